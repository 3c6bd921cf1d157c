package brief

import "testing"

// A picture's credit in brackets ("(Tom Brill/Tarrow Herald)") and a
// copyright line ("© 2026 Tarrow Herald. All rights reserved.") are page
// furniture: the photographer and the outlet they name are no actors.
// Sentences written for the test.
func TestPhotoCreditAndCopyrightAreFurniture(t *testing.T) {
	checkKinds(t, []kindCase{
		{"a credit and a copyright line", []string{
			`Dock workers at Tarrow walked out on Monday, and port chief Maria Santos said the company would not raise its offer.`,
			`“We will not be held to ransom,” Santos told reporters.`,
			`Photo: Dockers at the Tarrow terminal on Monday. (Tom Brill/Tarrow Herald)`,
			`© 2026 Tarrow Herald. All rights reserved.`},
			map[string]ActorKind{"Maria Santos": KindPerson}, []string{"Tom Brill", "Tarrow Herald"}},
	})
}
