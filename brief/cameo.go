package brief

// The CAMEO event code of each commitment and dispute (the JSON's
// "cameo"), so that a reader can tell an accusation (112) from a threat
// (13x), a rejection (12x) or a lawsuit (115). The code comes from the cue
// table derived from the CAMEO verb file (lexdata/cues.tsv, by lemma and
// the word after it) when the cue is there in a family that fits;
// otherwise from the hand codes below, for the cues the file lacks or codes
// for another sense.

// disputeHandCodes are the codes of dispute cues (lemmas and forms) that
// the CAMEO file lacks or files under another sense: "attack" and "blast"
// are violence (19x) there but words in the news the engine reads them in;
// "insist" is a statement (016) there but a contested claim here.
var disputeHandCodes = map[string]string{
	"resist": "120", "attack": "111", "blast": "111", "sanction": "163", "baulk": "120", "balk": "120",
	"refrain": "120", "clash": "110", "lobby": "100", "question": "110", "invade": "192", "lie": "112",
	"mislead": "112", "manipulate": "112", "deceive": "112", "sack": "174", "call": "020", "vote": "120",
	"campaign": "140", "rule": "116", "argue": "110", "speak": "111", "brand": "111", "dub": "111",
	"label": "111", "fail": "110", "unable": "110", "struck": "120", "concerned": "110", "adamant": "110",
	"arms": "140", "responsible": "112", "against": "110", "insist": "110", "fight": "110", "appeal": "115",
	"retaliate": "130", "deny": "110", "ignore": "120", "dismiss": "120", "appalled": "111",
	"outraged": "111", "furious": "111", "distanced": "110", "overspent": "112", "plead": "110",
	"contradict": "110", "disagree": "110", "seek": "173", "charge": "173",
}

// disputeNounCodes are the codes of the dispute nouns.
var disputeNounCodes = map[string]string{
	"dispute": "110", "row": "110", "battle": "110", "battles": "110", "feud": "110", "spat": "110", "clash": "110", "clashes": "110",
	"rift": "110", "standoff": "110", "tensions": "110", "tension": "110", "differences": "110",
	"disagreement": "110", "disagreements": "110", "controversy": "110", "firestorm": "111",
	"hostility": "110", "confrontation": "110", "conflict": "110", "conflicts": "110", "impasse": "110",
	"deadlock": "110", "criticism": "111", "criticisms": "111", "backlash": "111", "condemnation": "111",
	"rebuke": "111", "outrage": "111", "anger": "111", "fury": "111", "ire": "111", "frustration": "110",
	"dismay": "110", "concern": "110", "concerns": "110", "opposition": "110", "refusal": "120", "objection": "110", "objections": "110",
	"accusations": "112", "allegations": "112", "accusation": "112", "allegation": "112", "abuses": "1122",
	"atrocities": "1122", "charges": "173", "lawsuit": "115", "complaint": "114", "complaints": "114",
	"grievance": "114", "grievances": "114", "protest": "140", "protests": "140", "sanctions": "163",
	"tariffs": "163", "boycott": "163", "veto": "129", "ultimatum": "139", "threat": "130", "threats": "130",
	"warning": "130", "warnings": "130", "demand": "100", "crackdown": "175", "war": "190", "question": "110",
	"ruling": "116", "fire": "111", "assault": "111", "attack": "111", "pressure": "100",
}

// disputeCameo returns the CAMEO code of the dispute cue w at token t.
func (d *doc) disputeCameo(t int, w string, noun bool) string {
	if t+1 < len(d.toks) && d.tokLower(t+1) == "that" && d.sentenceOf(t+1) == d.sentenceOf(t) &&
		lemmaName(d.lemmaAt(t)) == "charge" {
		return "112" // "charged that Norlake had…": an accusation, not an arrest
	}
	if noun {
		if c, ok := disputeNounCodes[w]; ok {
			return c
		}
	} else if d.lex[t]&lexNaming != 0 && t+1 < len(d.toks) && !appealParticles[d.tokLower(t+1)] {
		return "111" // a scornful name: "called the bill “the worst…”"
	}
	if c, ok := disputeHandCodes[w]; ok {
		return c
	}
	if c, ok := disputeHandCodes[lemmaName(d.lemmaAt(t))]; ok {
		return c
	}
	if c, ok := d.cueAt(t, len(d.toks)); ok && c.family == famDispute {
		return c.cameo
	}
	if c, ok := disputeNounCodes[w]; ok {
		return c
	}
	return "110"
}

// appealParticles make "call" an appeal (020): "called on", "called for".
var appealParticles = setOf("on", "for", "upon")

// meetVerbs, as the action of a commitment, make it an intent to meet or
// negotiate (036).
var meetVerbs = setOf("meet", "visit", "travel", "talk", "negotiate", "host", "hold", "attend", "fly", "land",
	"arrive", "head", "address", "discuss", "join")

// commitCameo returns the CAMEO code of the commitment cue at token t whose
// action verb is at token v (the verb after a modal or "to"; -1 for none):
// the cue's own code when it has one of the intent (03), agreement (057)
// or yield (08) families, else the code the action verb gives, else 030.
func (d *doc) commitCameo(t, v int) string {
	if agreementVerbs[lemmaName(d.lemmaAt(t))] {
		return "057" // "reached a deal with…"
	}
	if c, ok := d.cueAt(t, len(d.toks)); ok && (c.family == famCommit || c.family == famYield) && !(c.cameo == "030" && v > t) {
		return c.cameo
	}
	if v > t && v < len(d.toks) {
		if meetVerbs[lemmaName(d.lemmaAt(v))] {
			return "036"
		}
		if c, ok := d.cueAt(v, len(d.toks)); ok && c.family == famYield {
			return c.cameo
		}
		if l := lemmaName(d.lemmaAt(v)); l == "sign" || l == "ratify" || agreementVerbs[l] {
			return "057"
		}
	}
	return "030"
}

// actionVerbAfter returns the action verb of the commitment cue at t: the
// verb after the modal, or after "to" ("plans to sign", "is due to meet"),
// across adverbs, "be" and "not"; -1 when there is none within the
// clause.
func (d *doc) actionVerbAfter(t, hi int) int {
	for k := t + 1; k < hi && k <= t+6; k++ {
		if d.toks[k].kind != tWord {
			return -1
		}
		w := d.tokLower(k)
		if w == "to" || isAdverb(w) || isAuxiliary(w) || isBe(w) || w == "not" || w == "also" {
			continue
		}
		return k
	}
	return -1
}
