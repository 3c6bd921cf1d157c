package brief

import "testing"

// A thing's name that the article counts or uses to qualify a noun ("the
// Tansy Hopper toy", "two Hollin Vale kettles") stays a thing when a
// sentence puts it in the passive ("the Tansy Hopper could be opened",
// "the Hollin Vale was recalled"): a passive verb of promising or saying
// is nothing the thing does. Sentences written for the test.
func TestThingInPassive(t *testing.T) {
	cases := []struct {
		name  string
		paras []string
	}{
		{"Tansy Hopper", []string{
			`The Tansy Hopper toy was sold online for £6 until March.`,
			`Testing found that the lid on the Tansy Hopper could be opened by a toddler in seconds, the regulator said.`}},
		{"Hollin Vale", []string{
			`Shops sold two Hollin Vale kettles a minute before Christmas, the retailer said.`,
			`The Hollin Vale was recalled in January after reports of cracked handles.`}},
		{"Ferro Glide", []string{
			`Each household received a Ferro Glide heater under the council scheme last winter.`,
			`The Ferro Glide was promised to another 500 homes, council leader Ann Pryor said.`}},
	}
	for _, c := range cases {
		an := analyzeText(t, c.paras...)
		if a := actorNamed(an, c.name); a != nil {
			t.Errorf("%q listed as actor %q (%s); actors: %q", c.name, a.Name, a.Kind, actorNames(an))
		}
	}
}
