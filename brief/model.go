package brief

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"
)

// Cite points at one sentence of one source, so every item of a briefing can
// be checked against the text it came from.
type Cite struct {
	// Source is the source's ID within the analysis: "S1", "S2", …
	Source string `json:"source"`
	// Sentence indexes the article's Sentences.
	Sentence int `json:"sentence"`
}

// Source describes one analysed article.
type Source struct {
	ID        string    `json:"id"`
	ArticleID string    `json:"article_id,omitempty"`
	Title     string    `json:"title"`
	Path      string    `json:"path"`
	Site      string    `json:"site,omitempty"`
	Byline    string    `json:"byline,omitempty"`
	Date      time.Time `json:"date,omitzero"`
	Words     int       `json:"words"`
	// Failed is set when the engine failed on the article (a fault in
	// Briefing, recovered from): it is listed, with nothing taken from it,
	// and the app says so.
	Failed bool `json:"failed,omitempty"`
}

// ActorKind says what sort of actor an Actor is.
type ActorKind string

// The kinds of actor.
const (
	KindPerson       ActorKind = "person"
	KindOrganization ActorKind = "organization"
	KindCountry      ActorKind = "country"
	KindGroup        ActorKind = "group"
	KindOther        ActorKind = "other"
)

// Actor is a person, organisation, country or group that acts in the
// articles, with every name form the articles use for it merged.
type Actor struct {
	// Name is the canonical name: the fullest form ("Keir Starmer",
	// "United Kingdom").
	Name string    `json:"name"`
	Kind ActorKind `json:"kind"`
	// Role is the actor's title or function ("Prime Minister"), when given.
	Role string `json:"role,omitempty"`
	// Aliases are the other forms used for the actor ("Mr Starmer", "UK").
	Aliases []string `json:"aliases"`
	// Mentions counts the references to the actor, pronouns included.
	Mentions int `json:"mentions"`
	// Acts counts where the actor acts in the articles: each quote it
	// speaks, commitment it makes, dispute it is a party to, and mention
	// as the subject of a reporting or other verb ("the ministry said",
	// "Varga ordered"). Zero for an actor only named: a place that only
	// locates, a thing, an outlet only cited.
	Acts int `json:"acts,omitempty"`
	// Stance is one line on where the actor stands: its main commitment or
	// dispute, when it has one.
	Stance string `json:"stance,omitempty"`
	// Score orders actors by importance; higher is more important.
	Score float64 `json:"score"`
	// Cites are the sentences that mention the actor, first mention first.
	Cites []Cite `json:"cites,omitempty"`
}

// Quote is a direct quotation with its speaker.
type Quote struct {
	// Text is the words inside the quotation marks; the parts of a split
	// quote are joined with " … ".
	Text string `json:"text"`
	// Speaker is the canonical name of the speaker, or the description of an
	// unnamed source ("a senior administration official"); empty when unknown.
	Speaker string `json:"speaker"`
	// Cites are where the quote stands; the same quote in two outlets has
	// two cites.
	Cites []Cite  `json:"cites"`
	Score float64 `json:"score"`
}

// Strength says how firm a commitment is.
type Strength string

// Commitment strengths.
const (
	Firm   Strength = "firm"   // will, agreed, signed, promised
	Hedged Strength = "hedged" // would, could, hopes, is expected to
)

// Commitment is a statement that an actor promised, agreed, is ready or due
// to do something.
type Commitment struct {
	// Actor is the canonical name of the committing actor.
	Actor string `json:"actor"`
	// Text is the sentence (or clause) that states the commitment.
	Text string `json:"text"`
	// What is the action committed to, as a clause.
	What string `json:"what,omitempty"`
	// When is the time expression, if any ("on Friday", "by 2027").
	When     string   `json:"when,omitempty"`
	Strength Strength `json:"strength"`
	// SaidBy names the speaker when the commitment was made inside a quote.
	SaidBy string `json:"said_by,omitempty"`
	// Cameo is the CAMEO event code of the commitment ("030" intent to
	// cooperate, "036" intent to meet, "057" sign an agreement, "08x"
	// yield).
	Cameo string  `json:"cameo,omitempty"`
	Cites []Cite  `json:"cites"`
	Score float64 `json:"score"`
}

// Dispute is an open disagreement, rejection, criticism or demand between
// parties.
type Dispute struct {
	// Parties are the canonical names of who is against whom (or what).
	Parties []string `json:"parties"`
	// Text is the sentence (or clause) that states the dispute.
	Text string `json:"text"`
	// Topic is what the dispute is over, when it can be told.
	Topic string `json:"topic,omitempty"`
	// Cue is the word that signals it ("rejected", "criticised").
	Cue string `json:"cue,omitempty"`
	// Cameo is the CAMEO event code of the dispute, so that a reader can
	// tell accusations ("112") from threats ("13x") or rejections ("12x").
	Cameo string  `json:"cameo,omitempty"`
	Cites []Cite  `json:"cites"`
	Score float64 `json:"score"`
}

// Analysis is what the engine extracts from one or more articles: every
// actor, quote, commitment and dispute found, most important first.
type Analysis struct {
	Sources     []Source     `json:"sources"`
	Actors      []Actor      `json:"actors"`
	Quotes      []Quote      `json:"quotes"`
	Commitments []Commitment `json:"commitments"`
	Disputes    []Dispute    `json:"disputes"`
	// Articles are the analysed articles, in the order of Sources.
	Articles []*Article `json:"-"`
}

// Article returns the article a source ID ("S2") stands for, or nil.
func (an *Analysis) Article(source string) *Article {
	n, err := strconv.Atoi(strings.TrimPrefix(source, "S"))
	if err != nil || n < 1 || n > len(an.Articles) {
		return nil
	}
	return an.Articles[n-1]
}

// SourceID returns the ID of the i-th (0-based) source: "S1", "S2", …
func SourceID(i int) string { return "S" + strconv.Itoa(i+1) }

// Key returns a stable identifier of an item, used to pin or remove it in the
// app and to keep those choices across re-analysis.
func itemKey(kind string, parts ...string) string {
	h := sha256.New()
	h.Write([]byte(kind))
	for _, p := range parts {
		h.Write([]byte{0})
		h.Write([]byte(strings.ToLower(strings.Join(strings.Fields(p), " "))))
	}
	return kind + ":" + hex.EncodeToString(h.Sum(nil)[:6])
}

// Key identifies the actor across analyses.
func (a Actor) Key() string { return itemKey("actor", a.Name) }

// Key identifies the quote across analyses.
func (q Quote) Key() string { return itemKey("quote", q.Text) }

// Key identifies the commitment across analyses.
func (c Commitment) Key() string { return itemKey("commitment", c.Actor, c.Text) }

// Key identifies the dispute across analyses.
func (d Dispute) Key() string { return itemKey("dispute", d.Text) }

// Cite returns the actor's first mention.
func (a Actor) Cite() Cite { return firstCite(a.Cites) }

// Cite returns the first citation of a quote (its earliest source).
func (q Quote) Cite() Cite { return firstCite(q.Cites) }

// Cite returns the first citation of a commitment.
func (c Commitment) Cite() Cite { return firstCite(c.Cites) }

// Cite returns the first citation of a dispute.
func (d Dispute) Cite() Cite { return firstCite(d.Cites) }

func firstCite(cs []Cite) Cite {
	if len(cs) == 0 {
		return Cite{}
	}
	return cs[0]
}
