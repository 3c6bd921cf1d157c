package brief

import "testing"

// A one-party dispute whose other side the sentence leaves unnamed states
// no disagreement when the party is only acted upon, only fails or owns
// a failure, or is blamed by unnamed critics in a background clause
// (disputeunnamed.go). The sentences are the project's own.
func TestDisputeUnnamedSide(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		// A measure in the passive with no agent: the one it fell on is
		// no side alone.
		{"ousted in a relative clause", []string{
			"Deputy leader Ana Ruiz, who was ousted from the cabinet last month, has been touring the northern provinces."},
			"Ana Ruiz, who was ousted", nil, nil, ""},
		{"expelled with no agent", []string{
			"Senator Piet Harlan, who was expelled from the party in March, will stand as an independent in Dunmore."},
			"was expelled from the party", nil, nil, ""},
		{"sacked with no agent", []string{
			"Colonel Yusuf Amadi, who was sacked from the army in 2019, now runs a farm near Kano."},
			"was sacked from the army", nil, nil, ""},
		{"expelled from a country", []string{
			"Envoy Abel Mensah, who was expelled from the country in May, returned to Accra on Sunday."},
			"was expelled from the country", nil, nil, ""},
		// The target of a measure whose maker is unnamed.
		{"will face sanctions", []string{
			"Rebel commanders will still face sanctions, the foreign ministry said on Monday."},
			"face sanctions", nil, nil, ""},
		{"faces new sanctions", []string{
			"Carrow Shipping faces new sanctions after its tankers were seen off the coast in June."},
			"faces new sanctions", nil, nil, ""},
		{"will face tougher sanctions", []string{
			"Carrow Shipping will face tougher sanctions next year, officials said."},
			"tougher sanctions", nil, nil, ""},
		// A failure or a regret of one party.
		{"unable to secure a change", []string{
			"Finance Minister Lena Holm has been unable to secure any change to the law."},
			"unable to secure", nil, nil, ""},
		{"failed to pass a bill", []string{
			"Governor Ann Marsh failed to pass the housing bill before the summer recess."},
			"failed to pass", nil, nil, ""},
		{"failed to win a vote", []string{
			"Mayor Jon Feld failed to win enough votes for the new tram line on Thursday."},
			"failed to win", nil, nil, ""},
		{"admitted a frustration", []string{
			"President Karl Tell admitted that his failure to pass the bill was the biggest frustration of his term."},
			"biggest frustration", nil, nil, ""},
		{"conceded a frustration", []string{
			"Governor Ann Marsh conceded that the slow rebuilding of the harbour had been her deepest frustration."},
			"deepest frustration", nil, nil, ""},
		{"acknowledged a frustration", []string{
			"Mayor Jon Feld acknowledged that the tram delays were a great frustration to him."},
			"great frustration", nil, nil, ""},
		{"said a failure was a frustration", []string{
			"Speaking on Friday, Senator Paul Hadley said the failure of the port bill was his biggest frustration in office."},
			"biggest frustration in office", nil, nil, ""},
		{"unable to win support", []string{
			"Minister Lena Holm was unable to win support for the plan in the cabinet."},
			"unable to win support", nil, nil, ""},
		{"failed to secure votes", []string{
			"Senator Paul Hadley has failed to secure the votes he needs for the port bill."},
			"failed to secure", nil, nil, ""},
		// Blame laid by unnamed critics in a background clause.
		{"critics' blame in a contact clause", []string{
			"General Omar Diallo returned to a country reduced to ruin by policies his critics have long blamed on him."},
			"his critics have long blamed", nil, nil, ""},
		{"a named person's critics", []string{
			"General Omar Diallo returned to a country reduced to ruin by policies Mr Diallo's critics have long blamed on him."},
			"critics have long blamed", nil, nil, ""},
		{"critics' criticism of a project", []string{
			"Minister Lena Holm toured the mine, a project her critics have criticised for years."},
			"her critics have criticised", nil, nil, ""},
		{"critics' blame of cuts", []string{
			"Chief executive Mara Quist left a company hollowed out by cuts her critics blamed on her."},
			"her critics blamed on her", nil, nil, ""},
		{"critics' blame of a closure", []string{
			"Minister Lena Holm visited the port, whose closure her critics have blamed on her, on Tuesday."},
			"her critics have blamed", nil, nil, ""},
	})
}

// What stays a dispute: a measure whose agent is named, a grievance
// faced, a failure to win another side over, a clash admitted, and
// critics who accuse in a main clause.
func TestDisputeUnnamedSideKept(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"ousted by a named agent", []string{
			"Former mayor Tomas Berg was ousted by Prime Minister Karl Tell in a reshuffle last spring."},
			"ousted by Prime Minister", []string{"Tomas Berg", "Karl Tell"}, nil, ""},
		{"accused in the passive", []string{
			"Finance Minister Lena Holm was accused on Tuesday of hiding the cost of the new bridge."},
			"was accused on Tuesday", []string{"Lena Holm"}, nil, ""},
		{"faces complaints", []string{
			"Kenmore Water faces complaints that it has refused to repair burst mains in the old town."},
			"faces complaints", []string{"Kenmore Water"}, nil, ""},
		{"admitted a clash", []string{
			"Interior Minister Sara Voss admitted she had clashed with the treasury over the budget."},
			"clashed with the treasury", []string{"Sara Voss"}, nil, ""},
		{"a body concerned about a law", []string{
			"The Kenmore Press Club is concerned the new secrecy law would silence local reporters."},
			"is concerned the new secrecy law", []string{"Kenmore Press Club"}, nil, ""},
		{"a frustration with a body", []string{
			"Governor Ann Marsh said her frustration with the Port Regulator had grown over the summer."},
			"frustration with the Port Regulator", []string{"Ann Marsh"}, nil, ""},
		{"critics accused in a main clause", []string{
			"Critics accused Mayor Jon Feld of wasting public money on the stadium."},
			"accused Mayor Jon Feld", []string{"Jon Feld"}, nil, ""},
		{"sanctions imposed by a named side", []string{
			"The European Union imposed sanctions on Carrow Shipping on Monday over its tankers."},
			"imposed sanctions", []string{"European Union", "Carrow Shipping"}, nil, ""},
	})
}
