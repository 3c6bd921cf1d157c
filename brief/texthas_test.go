package brief

import (
	"strings"
	"testing"
)

// TestTextHasIsContains checks that textHas answers as strings.Contains
// over the article's text, asked in any order and again, whatever the
// length of the opening it indexes: overlapping openings, a text found
// only at its very end, a text longer than the opening, one not there.
func TestTextHasIsContains(t *testing.T) {
	text := "Rui dos Santos Rocha met dos Santos. Later, dos dos Reis said de la Cruz and  de  Luca agreed; ended de"
	needles := []string{" dos Santos Rocha", " dos Santos", " dos Reis", " dos dos", " dos Santos Silva",
		" de la Cruz", " de  Luca", " de", " de Luca", " dos", "Rui", " ended de", " ended dex", ""}
	for _, k := range []int{1, 3, 5, 100} {
		d := &doc{text: text}
		for range 2 {
			for _, s := range needles {
				if got, want := d.textHas(s, k), strings.Contains(text, s); got != want {
					t.Errorf("k=%d textHas(%q) = %v, want %v", k, s, got, want)
				}
			}
		}
	}
}
