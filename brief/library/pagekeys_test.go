package library

import (
	"slices"
	"testing"

	"github.com/briefing-app/briefing/brief"
	"github.com/briefing-app/briefing/brief/page"
)

// TestPageKeysHoldEveryItemShown: an item the page shows whose key the
// export does not record is marked new right after the export.
func TestPageKeysHoldEveryItemShown(t *testing.T) {
	b := &page.Briefing{
		Differences: []page.Difference{{Kind: "number", Topic: "people rescued"}},
		Actors:      []brief.Actor{{Name: "Lotte Maris"}},
		Commitments: []brief.Commitment{{Actor: "Portven council", Text: "The council will reopen the quay by Friday."}},
		Disputes:    []brief.Dispute{{Parties: []string{"Tessaly Lines", "port officials"}, Text: "Tessaly Lines denied the sale."}},
		Quotes:      []brief.Quote{{Speaker: "Lotte Maris", Text: "We will not stop."}},
	}
	keys := PageKeys(b)
	for _, it := range []string{b.Differences[0].Key(), b.Actors[0].Key(), b.Commitments[0].Key(), b.Disputes[0].Key(), b.Quotes[0].Key()} {
		if !slices.Contains(keys, it) {
			t.Errorf("PageKeys %v lacks %s", keys, it)
		}
	}
	bs := Briefing{Exported: &Export{Keys: keys}}
	for _, sec := range b.Sections() {
		for _, it := range sec.Items {
			if bs.IsNew(it.Key()) {
				t.Errorf("%s is new right after its export", it.Key())
			}
		}
	}
}
