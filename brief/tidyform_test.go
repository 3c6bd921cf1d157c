package brief

import (
	"strings"
	"testing"
)

// TestTidyForm checks tidyForm against the tidying it spares most forms:
// splitting into words and joining them with one space, curly apostrophes
// straightened; on forms of its own and on every form of the tables.
func TestTidyForm(t *testing.T) {
	slow := func(s string) string {
		return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u2019", "'")), " ")
	}
	forms := []string{"", " ", "Côte d’Ivoire", "Côte d'Ivoire", "New  York", " Paris", "Paris ", "Rio\tGrande",
		"Ho\u00a0Chi Minh City", "São Tomé", "A", "Bosnia and\nHerzegovina", "Kyiv\u2009Oblast"}
	for _, c := range gazCountries {
		forms = append(append(append(append(forms, c.Name, c.Capital), c.Short...), c.Demonyms...), c.Gov...)
	}
	for _, o := range gazOrgs {
		forms = append(append(forms, o.Name), o.Aliases...)
	}
	forms = append(append(forms, gazPlaces...), gazNatural...)
	for _, f := range forms {
		if got, want := tidyForm(f), slow(f); got != want {
			t.Errorf("tidyForm(%q) = %q, want %q", f, got, want)
		}
	}
}
