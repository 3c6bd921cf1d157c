package brief

import (
	"context"
	"strings"
	"testing"
)

// docOf analyses paragraphs written for a test and returns the engine's
// working state.
func docOf(t *testing.T, paras ...string) *doc {
	t.Helper()
	return analyzeDoc(context.Background(), NewArticle("Test", Normalize(strings.Join(paras, "\n\n"))), "S1")
}

// tokenOf returns the index of the first token spelled w (case-sensitive)
// after the text before, or fails.
func tokenOf(t *testing.T, d *doc, before, w string) int {
	t.Helper()
	from := strings.Index(d.text, before)
	if from < 0 {
		t.Fatalf("no %q in the text", before)
	}
	for i := range d.toks {
		if int(d.toks[i].s) >= from && d.tokText(i) == w {
			return i
		}
	}
	t.Fatalf("no token %q after %q", w, before)
	return -1
}

// argName names an argument for a test: the actor's name, "thing:HEAD
// (owner)" for a thing, "" for none.
func (d *doc) argName(a argument) string {
	name := func(r actorRef) string {
		if r.ent >= 0 {
			return d.ents[r.ent].name
		}
		return r.name
	}
	switch {
	case a.ref.ok():
		return name(a.ref)
	case a.thing:
		s := "thing:" + d.tokLower(a.head)
		if a.owner.ok() {
			s += " (" + name(a.owner) + ")"
		}
		return s
	}
	return ""
}

func TestSubjectArgument(t *testing.T) {
	cases := []struct {
		name, text, cue, want string
	}{
		{"a name", "Kenya will open the border on Monday.", "will", "Kenya"},
		{"across adverbs and auxiliaries", "Kenya has still not opened the border.", "opened", "Kenya"},
		{"conjoined names: the first leads", "Kenya and Uganda agreed to open the border.", "agreed", "Kenya"},
		{"an apposition", "A foreign ministry spokesman, Gao Wen, accused Britain of meddling.", "accused", "Gao Wen"},
		{"a person's apposition", "Senator Paul Hadley, a Democrat from Ohio, rejected the plan.", "rejected", "Paul Hadley"},
		{"a relative clause set off by commas", "Senator Paul Hadley, who chairs the committee, rejected the plan.", "rejected", "Paul Hadley"},
		{"the antecedent of a relative pronoun", "The hearing, which is scheduled to resume on March 9, was adjourned.", "scheduled", "thing:hearing"},
		{"a thing with its owner in a prepositional phrase", "Around 20 ships from Kenya and Tanzania would search the bay.", "would", "thing:ships (Kenya)"},
		{"a thing", "The debris would drift east for several days.", "would", "thing:debris"},
		{"a report", "The report accused the ministry of negligence.", "accused", "thing:report"},
		{"an agent noun", "Federal prosecutors are seeking a ten-year sentence.", "seeking", "Federal prosecutors"},
		{"an agent noun with a national modifier", "Kenyan officials rejected the report.", "rejected", "Kenya"},
		{"a generic agent", "Authorities would also begin searching the islands.", "would", "Authorities"},
		{"a spokesman for a body", "A spokesman for the Kenya Ports Authority declined to comment.", "declined", "Kenya Ports Authority"},
		{"a pronoun for a person", "Senator Paul Hadley spoke on Monday. He rejected the plan.", "rejected", "Paul Hadley"},
		{"not across a that-clause", "Senator Paul Hadley said that would change.", "would", ""},
		{"across an apposition and a relative clause", "Father Tom Okello, a priest and author of two books, who spoke first, warned the council.", "warned", "Tom Okello"},
		{"the subject of a copula for a predicate noun", "Senator Paul Hadley spoke on Monday. He is the only senator who has agreed to vote.", "agreed", "Paul Hadley"},
		{"an infinitive's subject", "Kenya's government continued to commit grave abuses.", "commit", "Kenya"},
		{"a possessive pronoun owns a body", "Senator Paul Hadley spoke on Monday. His office will publish the letter.", "will", "Paul Hadley"},
		{"American nuns are not America", "American nuns refused to cooperate with the inquiry.", "refused", "American nuns"},
		// A description of a body the article resolves to no actor is the
		// body as the article names it; a person's, or a report's, is none.
		{"a body no actor stands for", "The navy said on Tuesday that it had pulled 12 sailors from the water.", "said", "navy"},
		{"a committee no actor stands for", "The committee rejected the plan on Monday.", "rejected", "committee"},
		{"a person no actor stands for", "The president rejected the plan on Monday.", "rejected", "thing:president"},
		// A part of a group acts for the group, named or not.
		{"a part of a named group", "Irish nuns met in Cork on Monday. A majority of Irish nuns refused to cooperate.", "refused", "Irish nuns"},
		{"what share of a group", "Irish nuns met in Cork on Monday. Nobody knows what proportion of Irish nuns refused to take part.", "refused", "Irish nuns"},
		{"a part of a group named once", "Nobody knows what share of Irish nuns refused to take part.", "refused", "Irish nuns"},
		{"none of a group is no part", "Irish nuns met in Cork on Monday. None of the Irish nuns refused to cooperate.", "refused", "thing:none (Irish nuns)"},
		{"a thing of a group is no part", "Irish nuns met in Cork on Monday. The convents of Irish nuns were closed.", "were", "thing:convents (Irish nuns)"},
		// "after", "before", "until", "since" open a clause whose subject
		// follows them.
		{"a clause after 'after'", "Irish nuns met in Cork on Monday. Talks ended hours after Irish nuns rejected the offer.", "rejected", "Irish nuns"},
		{"a clause after 'before', a group named once", "Police sealed the building hours before protesters stormed the gates.", "stormed", "protesters"},
		{"an ordinary word opening the sentence is a thing", "Individuals could be concerned by the levy.", "concerned", "thing:individuals"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := docOf(t, c.text)
			tok := tokenOf(t, d, "", c.cue)
			if got := d.argName(d.subjectArg(tok)); got != c.want {
				t.Errorf("subject of %q = %q, want %q", c.cue, got, c.want)
			}
		})
	}
}

func TestObjectArguments(t *testing.T) {
	cases := []struct {
		name, text, cue string
		want            []string
	}{
		{"conjoined names", "Beijing rebuked Britain and Nigeria for signing the pact.", "rebuked", []string{"United Kingdom", "Nigeria"}},
		{"a thing's owner", "Senator Paul Hadley criticised the ministry's plan.", "criticised", nil},
		{"a thing's demonym owner", "Amara Okafor rejected a British request for the plants.", "rejected", []string{"United Kingdom"}},
		{"the object of the verb after 'to'", "Governor Ann Marsh declined to reappoint the outgoing auditor Peter Lindqvist.", "declined", []string{"Peter Lindqvist"}},
		{"not a place", "Senator Paul Hadley criticised Mombasa for the floods.", "criticised", nil},
		{"not a clause after the comma", "Daniel Morrow is appealing the ruling, his lawyer said.", "appealing", nil},
		{"not a second verb phrase", "Norvia ignored the Kenya Ports Authority and used its own docks.", "ignored", []string{"Kenya Ports Authority"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := docOf(t, c.text)
			tok := tokenOf(t, d, "", c.cue)
			_, hi := d.sentRange(d.sentenceOf(tok))
			var got []string
			for _, r := range d.objectArgs(tok, hi) {
				got = append(got, d.argName(argument{ref: r, owner: noActor, head: tok}))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("objects of %q = %q, want %q", c.cue, got, c.want)
			}
		})
	}
}
