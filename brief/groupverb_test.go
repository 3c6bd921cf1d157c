package brief

import (
	"strings"
	"testing"
)

// A verb after "to" that takes a group as its object ("a plan to make
// farmers leave", "wants to help farmers") is no part of the group's name;
// an adjective there still is ("to federal prosecutors").
// Sentences written for the test.
func TestVerbBeforeGroupIsNoQualifier(t *testing.T) {
	an := analyzeText(t,
		`Estland on Monday rejected a Commission plan to make farmers leave part of their land fallow.`,
		`“We are asked to pay farmers to grow nothing,” said Agriculture Minister Jaan Sepp. The ministry wants to help farmers who keep hedges.`,
		`Estonian farmers blocked roads on Tuesday, and the case was sent to federal prosecutors. Farmers said they would return on Friday.`)
	for _, a := range an.Actors {
		for _, f := range append([]string{a.Name}, a.Aliases...) {
			l := strings.ToLower(f)
			if strings.HasPrefix(l, "make ") || strings.HasPrefix(l, "pay ") || strings.HasPrefix(l, "help ") {
				t.Errorf("actor %q has the name form %q: a verb read as the group's qualifier", a.Name, f)
			}
		}
	}
	if actorNamed(an, "federal prosecutors") == nil && strings.Contains(strings.Join(actorNames(an), " "), "prosecutors") {
		t.Errorf("prosecutors lost their qualifier; actors: %q", actorNames(an))
	}
}
