package brief

import "testing"

// A body's officer tells what "members" will do ("Its chief executive,
// Maria Lenz, said members had hired lawyers and would seek a judicial
// review"): the members are the body's, for which she speaks, never an
// actor called "members"; and a verb of saying after "and" reports with
// the subject of the verb before it ("Its general secretary, Ana Ruiz,
// described the offer as “a start” and said members would vote…").
func TestCommitmentsOfficerMembers(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"members, a second verb", []string{
			"The Kelvin Hauliers' Association, which represents 300 haulage firms, opposes the new bridge toll.",
			"Its chief executive, Maria Lenz, said members had hired lawyers and would seek a judicial review of the toll in March."},
			"would seek a judicial review", "Maria Lenz", ""},
		{"members, said after another verb", []string{
			"The Dunmore Teachers' Union called off Monday's strike.",
			"Its general secretary, Ana Ruiz, described the offer as \"a start\" and said members would vote on it on March 3."},
			"members would vote on it", "Ana Ruiz", ""},
		{"a union, said after another verb", []string{
			"Kelso Rail plans to close two depots.",
			"Tom Brill, national officer of the Velmark Transport Union, called the closures \"a bill for the workers\" and said the union would seek urgent talks with the board."},
			"would seek urgent talks", "Velmark Transport Union", ""},
		{"his members, said after another verb", []string{
			"Dockers in Tarrow have been on strike since Monday.",
			"Rui Gomes, president of the Tarrow Dockers' Federation, praised the strikers and said his members would stay out until Friday."},
			"would stay out until Friday", "Rui Gomes", ""},
		{"a union named by its initials before the noun", []string{
			"Kelso Rail plans to close two depots.",
			"That offer did little to reassure the RMT union, which represents about 900 of Kelso Rail's drivers. Its national officer, Ana Ruiz, called the cuts reckless and said the union would seek urgent talks with the board."},
			"would seek urgent talks with the board", "RMT", ""},
		// Not the speaker's: the members of another body.
		{"another body's members", []string{
			"The Kelvin Hauliers' Association opposes the new bridge toll.",
			"Its chief executive, Maria Lenz, said the council's members had ignored the hauliers and would vote on the toll in March."},
			"would vote on the toll", "", ""},
	})
}
