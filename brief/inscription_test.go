package brief

import "testing"

// Words on a banner, a slogan and a chant are nobody's statement: they are
// no quote, neither of the person the sentence names nor of anyone else.
// A quote said in the same paragraph keeps its speaker. Sentences written
// for the test.
func TestInscriptionQuotes(t *testing.T) {
	noQuote := []struct {
		name  string
		paras []string
		quote string
	}{
		{"the slogan", []string{
			`Chief executive Mira Solberg launched the new Brightlock camera in March.`,
			`Brightlock has long sold its cameras with the slogan “Safe at home, safe for good”, Solberg said.`},
			"Safe at home"},
		{"banners that read", []string{
			`Several hundred dockers marched to the Velden port office on Monday with banners that read “Our port, our jobs, our town”.`},
			"Our port, our jobs"},
		{"placards reading", []string{
			`Supporters of opposition leader Ruth Banda held placards reading “Count every vote in Ndola” outside the court.`},
			"Count every vote"},
		{"chanting", []string{
			`Students filled the square in front of the Brill town hall, chanting “No fees, no debts, no deal” until dusk.`},
			"No fees, no debts"},
	}
	for _, c := range noQuote {
		t.Run(c.name, func(t *testing.T) {
			an := analyzeText(t, c.paras...)
			if q := itemWith(an.Quotes, func(x Quote) string { return x.Text }, c.quote); q != nil {
				t.Errorf("%q is a quote (speaker %q)", c.quote, q.Speaker)
			}
		})
	}
	// Real quotes keep their speakers.
	checkSpeakers(t, []speakerCase{
		{"a quote after the banners", []string{
			`Several hundred dockers marched to the Velden port office on Monday with banners that read “Our port, our jobs, our town”.`,
			`“We will not let them close the north quay,” said union leader Kofi Mensah.`},
			"close the north quay", "Kofi Mensah"},
		{"reading out a statement", []string{
			`Harbour master Lena Voss read a statement to reporters: “The north quay will stay open until the inquiry reports.”`},
			"north quay will stay open", "Lena Voss"},
	})
}
