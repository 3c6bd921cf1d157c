package load

import (
	"strings"
	"testing"
)

// An advert left inside the story (a short block whose class or id names
// an advert) is dropped before readability strips the classes: its quoted
// slogan is no one's quote. A long wrapper whose id mentions adverts, and
// the story's own paragraphs, stay. Page written for the test.
func TestHTMLAdvertsDropped(t *testing.T) {
	para := `<p>The ferry operator Saltmarsh Lines said on Thursday that it would cut its winter timetable to two sailings a day, blaming the price of fuel and a shortage of crew on its northern routes.</p>`
	page := `<html><head><title>Ferry firm cuts winter sailings</title></head><body><div id="ad-wrapper"><article><h1>Ferry firm cuts winter sailings</h1>` +
		para +
		`<p>Islanders said the cuts would leave them stranded. “We were promised a lifeline, not a timetable for tourists,” said Morag Bain, who runs the shop in Port Elrick.</p>
<div class="ad-slot ad-mpu">Advertisement — Fly for less this winter. “The smartest way to the islands”</div>
<aside id="sponsored-box"><p>“Every seat is a window seat,” says our partner airline.</p></aside>
<p>The operator's chief executive, Colin Rae, said the company had lost money on every winter sailing for three years and could not go on paying for empty ships, but that the summer timetable would not change.</p>
<p>The islands' council will meet the company next week, a spokeswoman said, and will ask the government to pay for the sailings the company wants to drop.</p>
</article></div></body></html>`
	a, err := Parse("ferry.html", []byte(page), FormatHTML)
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"smartest way", "window seat", "Advertisement"} {
		if strings.Contains(a.Text, gone) {
			t.Errorf("the advert's %q was kept:\n%s", gone, a.Text)
		}
	}
	for _, kept := range []string{"Saltmarsh Lines said on Thursday", "not a timetable for tourists", "three years", "islands' council"} {
		if !strings.Contains(a.Text, kept) {
			t.Errorf("text lacks %q:\n%s", kept, a.Text)
		}
	}
}
