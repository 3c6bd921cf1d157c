package brief_test

import (
	"slices"
	"testing"

	"github.com/briefing-app/briefing/brief"
)

// TestDescriptionApposedToName: a description set off before the name it
// describes ("The council leader, Omar Haddad, accused…") is that name's,
// not the last person of a like title: the accuser is Haddad, and the
// role goes to the one it describes.
func TestDescriptionApposedToName(t *testing.T) {
	an := brief.Analyze(brief.NewArticle("Council row",
		"Mayor Lena Frost opened the session on Monday. The council leader, Omar Haddad, accused Kestrel Homes of ignoring residents.\n\n"+
			"Minister of Ports Tomas Brel spoke next. The council's president, Ines Varga, said the council would challenge the permits in court."))
	found := false
	for _, d := range an.Disputes {
		if slices.Contains(d.Parties, "Lena Frost") {
			t.Errorf("a dispute of the council leader's given to the mayor: %q", d.Parties)
		}
		found = found || slices.Equal(d.Parties, []string{"Omar Haddad", "Kestrel Homes"})
	}
	if !found {
		t.Errorf("no dispute of Omar Haddad against Kestrel Homes in %+v", an.Disputes)
	}
	for _, a := range an.Actors {
		if a.Name == "Tomas Brel" && a.Role != "Minister of Ports" {
			t.Errorf("Tomas Brel's role is %q", a.Role)
		}
	}
}
