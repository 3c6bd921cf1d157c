package brief

import "testing"

// A name that only qualifies the title of a law or written instrument
// ("against the Kenyan Building Code", "breaches the Dunmere Harbour
// Act") is no party: the instrument is a thing. The one who objects stays
// a party; the instrument's country, body or place does not.
func TestDisputeInstrumentTitle(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"a demonym in a code's title", []string{
			"Senator Ruth Okoro met Kenyan officials in Nairobi on Monday to discuss the new port.",
			"Ms Okoro said the new harbour fence was ugly, cheap and against the Kenyan Building Code."},
			"Kenyan Building Code", []string{"Ruth Okoro"}, []string{"Kenya"}, ""},
		{"an acronym in a directive's title", []string{
			"The Velmont Fishing Guild and the European Union have argued over quotas for years.",
			"The Velmont Fishing Guild protested against the EU Water Framework Directive on Monday."},
			"Water Framework Directive", []string{"Velmont Fishing Guild"}, []string{"European Union"}, ""},
		{"a government's own quotas are still its", []string{
			"The Velmont Fishing Guild protested against the Kenyan government's new quotas."},
			"new quotas", []string{"Velmont Fishing Guild", "Kenya"}, nil, ""},
	})
}
