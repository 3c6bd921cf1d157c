package brief

import "testing"

// A capitalised particle that opens a name ("Bin Salman", "El Baradei",
// "Van Gaal", "Da Silva", "Ibn Saud") is part of it, at the start of a
// sentence as inside one; the person is not "Salman" or "Gaal". A
// capitalised ordinary word before another ("Bin collections") is still
// no name. Sentences written for the test.
func TestNameParticlesOpenNames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"bin at the start", []string{`Bin Tamar said the kingdom would invest more in solar power.`},
			map[string]ActorKind{"Bin Tamar": KindPerson}, []string{"Tamar"}},
		{"bin inside a sentence", []string{`The envoy met Bin Tamar in the capital on Monday, officials said.`},
			map[string]ActorKind{"Bin Tamar": KindPerson}, []string{"Tamar"}},
		{"el at the start", []string{`El Baradai warned that the talks would fail without a ceasefire.`},
			map[string]ActorKind{"El Baradai": KindPerson}, []string{"Baradai"}},
		{"van, then the surname alone", []string{
			`Van Gaalen said his team would win the cup.`,
			`Gaalen added that two players were injured.`},
			map[string]ActorKind{"Van Gaalen": KindPerson}, nil},
		{"da with she", []string{`Da Silveira told reporters she would not resign.`},
			map[string]ActorKind{"Da Silveira": KindPerson}, []string{"Silveira"}},
		{"ibn", []string{`Ibn Rashad founded the movement in 1932, historians say.`},
			map[string]ActorKind{"Ibn Rashad": KindPerson}, []string{"Rashad"}},
		{"de in apposition", []string{`De Vallier, the club's owner, said he would sell it by June.`},
			map[string]ActorKind{"De Vallier": KindPerson}, []string{"Vallier"}},
		{"a broadcaster opened by a particle", []string{
			`Al Mayadeen reported that the talks had collapsed.`,
			`Al Mayadeen said its reporter had been detained at the border.`},
			map[string]ActorKind{"Al Mayadeen": KindOrganization}, []string{"Mayadeen"}},
		{"a particle before a given name", []string{`Al Sharif said he would appeal against the verdict.`},
			map[string]ActorKind{"Al Sharif": KindPerson}, nil},
		// The other direction.
		{"a bin is no particle", []string{`Bin collections will resume on Monday, the council said.`},
			nil, []string{"Bin", "Bin collections"}},
		{"a given name that is a particle", []string{`Ben Tull said he would resign as council leader.`},
			map[string]ActorKind{"Ben Tull": KindPerson}, []string{"Tull"}},
	})
}
