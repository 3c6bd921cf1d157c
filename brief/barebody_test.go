package brief

import (
	"slices"
	"strings"
	"testing"
)

// An unresolved description of a body ("the company" in an article that
// names no company it could be) tells the reader nothing of who acts: no
// dispute, commitment or quote prints it as its party, actor or speaker
// under its bare head noun. The item prints without that party when
// another remains, or is dropped. A description the article resolves, a
// qualified one ("the health ministry"), or a group ("residents") stays.
// Sentences written for the test.
func TestBareBodyIsNoParty(t *testing.T) {
	bare := []string{"company", "the company", "The company", "firm", "the firm", "ministry", "the ministry",
		"The ministry", "agency", "committee", "regulator", "lender", "insurer", "union", "council", "operator"}
	cases := []struct {
		name  string
		paras []string
		item  string // "quote", "commit" or "dispute"
		words string
		is    string // the party, actor or speaker it must print ("" for none)
		kept  bool   // whether the item must be printed at all
	}{
		// Both sides unresolved: no dispute left.
		{"firm against ministry", []string{"The firm criticised the ministry over the delay on Tuesday."},
			"dispute", "criticised the ministry", "", false},
		{"regulator against lender", []string{"The regulator fined the lender on Friday for mis-selling loans to pensioners."},
			"dispute", "fined the lender", "", false},
		{"agency threatens council", []string{"The agency has threatened to sue the council over the unpaid fees."},
			"dispute", "threatened to sue", "", false},
		{"one side only, unresolved", []string{"The committee rejected the harbour plan on Monday."},
			"dispute", "rejected the harbour plan", "", false},
		// One side named: the dispute keeps it alone.
		{"a senator against the ministry", []string{"Senator Ann Kell criticised the ministry over the delays on Tuesday."},
			"dispute", "criticised the ministry", "Ann Kell", true},
		{"the company against a senator", []string{"The company accused Senator Ann Kell of misleading voters about the mine."},
			"dispute", "accused Senator Ann Kell", "Ann Kell", true},
		// A verb that needs two sides needs both.
		{"a clash needs two sides", []string{"Mayor Ruth Calder clashed with the company over the landfill on Monday."},
			"dispute", "clashed with the company", "", false},
		// Commitments and quotes.
		{"the ministry commits", []string{"The ministry said it would publish the figures by June."},
			"commit", "publish the figures", "", false},
		{"the operator pledges", []string{"The operator pledged on Thursday to restore the night trains by the spring."},
			"commit", "restore the night trains", "", false},
		{"the company speaks", []string{"“We will appeal the ruling,” the company said on Monday."},
			"quote", "We will appeal the ruling", "", true},
		{"the council speaks", []string{"“Our budget has had enough cuts,” the council said in a statement."},
			"quote", "Our budget has had enough cuts", "", true},
		// The other direction: resolved, qualified or plural descriptions stay.
		{"the company resolved", []string{"Marlowe Cement Ltd cut forty jobs at its Dunmore works.",
			"The company said it would reopen the kiln by August."},
			"commit", "reopen the kiln", "Marlowe Cement Ltd", true},
		{"the company resolved, quoted", []string{"Marlowe Cement Ltd cut forty jobs at its Dunmore works.",
			"“The kiln will reopen when demand returns,” the company said."},
			"quote", "The kiln will reopen", "Marlowe Cement Ltd", true},
		{"the firm resolved, disputing", []string{"Tarrant Mining Corp lost its licence in March.",
			"The firm accused the Sellan Mining Board of bias on Wednesday."},
			"dispute", "accused the Sellan Mining Board", "Tarrant Mining Corp", true},
		{"a qualified description", []string{"The health ministry rejected the claims made by Senator Ann Kell on Monday."},
			"dispute", "rejected the claims", "health ministry", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			got, ok := creditedTo(an, descCheck{item: c.item, words: c.words})
			if ok != c.kept {
				t.Fatalf("%s with %q printed = %v, want %v (credited to %q)", c.item, c.words, ok, c.kept, got)
			}
			if !ok {
				return
			}
			for _, b := range bare {
				if slices.Contains(got, b) {
					t.Errorf("%s %q credited to %q: a bare description %q", c.item, c.words, got, b)
				}
			}
			if c.is != "" && !slices.Contains(got, c.is) {
				t.Errorf("%s %q credited to %q, want %q", c.item, c.words, got, c.is)
			}
			if c.is == "" && c.item == "quote" && strings.Join(got, "") != "" {
				t.Errorf("quote %q given to %q, want no speaker", c.words, got)
			}
		})
	}
}

// bareBody tells a description's bare head from a name, a qualified
// description, a plural and a generic agent.
func TestBareBodyNames(t *testing.T) {
	for _, w := range []string{"company", "the company", "The firm", "this ministry", "regulator", "the agency",
		"committee", "lender", "the union"} {
		if !bareBody(w) {
			t.Errorf("bareBody(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "health ministry", "the health ministry", "unions", "companies", "police",
		"officials", "residents", "Ann Kell", "spokesman", "the president", "protesters", "the report"} {
		if bareBody(w) {
			t.Errorf("bareBody(%q) = true, want false", w)
		}
	}
}
