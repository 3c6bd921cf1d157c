package brief

import "testing"

// "Bill" before a surname is a given name ("Bill Ortega said"), though a
// bill is a thing ("the Clean Rivers Bill", "Bill C-11"); a storm's or an
// operation's name keeps its head word at the start of a sentence too
// ("Hurricane Delia hit…" is no organisation named Delia). Sentences
// written for the test.
func TestBillAsGivenNameAndThingOpeners(t *testing.T) {
	checkKinds(t, []kindCase{
		{"Bill and a surname", []string{
			`The Tarrow council approved the harbour plan on Monday.`,
			`Bill Ortega, who chairs the residents' group, said it would appeal. On Tuesday, Bill Ngata said he would join the appeal.`},
			map[string]ActorKind{"Bill Ortega": KindPerson, "Bill Ngata": KindPerson}, nil},
		{"bills that are things", []string{
			`The Clean Rivers Bill passed the Tarrow assembly on Monday. Bill C-11 passed a day later.`,
			`Speaker Ana Borg said both would take effect in May.`},
			map[string]ActorKind{"Ana Borg": KindPerson}, []string{"Clean Rivers Bill", "Bill C-11", "C-11"}},
		{"a hurricane and an operation opening sentences", []string{
			`Hurricane Delia hit the Tarrow coast on Monday, and Governor Ron Ames declared an emergency.`,
			`Operation Northern Shield began at dawn on Tuesday, the army said.`},
			map[string]ActorKind{"Ron Ames": KindPerson}, []string{"Delia", "Hurricane Delia", "Northern Shield", "Operation Northern Shield"}},
	})
}
