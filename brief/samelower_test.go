package brief

import (
	"strings"
	"testing"
)

// TestSameLower checks sameLower against lowering both strings, on ASCII
// names and on letters whose lower case has another length (the Kelvin
// sign, the dotted capital I).
func TestSameLower(t *testing.T) {
	words := []string{"", "a", "A", "Keir Starmer", "keir starmer", "KEIR STARMER", "Keir Starmers", "Kéir", "kéir", "KÉIR",
		"\u212Aeir", "keir", "\u0130stanbul", "i\u0307stanbul", "istanbul", "Straße", "STRASSE", "Łukasz", "łukasz", "UK", "uk", "U.K."}
	for _, a := range words {
		for _, b := range words {
			//lint:ignore SA6005 sameLower is checked against lowering, not folding
			if got, want := sameLower(a, b), strings.ToLower(a) == strings.ToLower(b); got != want {
				t.Errorf("sameLower(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}
