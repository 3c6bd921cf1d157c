package brief

import "testing"

// A stance in the speaker's own quotation against "this plan", "the
// offer" or "it", which the sentence before says another put forward:
// the one who put it forward is the other side.
func TestDisputeQuotedStanceProposer(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"proposed a levy; “we reject this plan”", []string{
			"The Finance Ministry proposed a new fuel levy on Monday. “We reject this plan outright,” said Tomas Verlaine, the head of the Hauliers Federation."},
			"reject this plan", []string{"Tomas Verlaine", "Finance Ministry"}, nil, ""},
		{"unveiled plans; “we oppose this plan”", []string{
			"Kenmore Council unveiled plans to close three libraries on Tuesday. “We oppose this plan and we will fight it,” said Ann Marsh, who leads the Green group."},
			"oppose this plan", []string{"Ann Marsh", "Kenmore Council"}, nil, ""},
		{"offered a rise; “we reject this offer”", []string{
			"Calder Terminals offered its workers a 3% rise on Friday. “We reject this offer, and so will our members,” said Maria Kowal, the general secretary of the Dockworkers Union."},
			"reject this offer", []string{"Maria Kowal", "Calder Terminals"}, nil, ""},
		{"proposed a patrol; “we reject this idea”", []string{
			"Kenya proposed a joint patrol of the lake on Monday. “We reject this idea,” Tanzania's foreign minister, Amina Juma, told reporters."},
			"reject this idea", []string{"Amina Juma", "Kenya"}, nil, ""},
		{"a passive proposal; “we oppose the ban”", []string{
			"A ban on night flights was proposed by the Harbour Trust last week. “We oppose the ban because it will cost hundreds of jobs,” said Paul Hadley, who runs Leith Airport."},
			"oppose the ban", []string{"Paul Hadley", "Harbour Trust"}, nil, ""},
		{"tabled a motion; “we will fight it”", []string{
			"Senator Ruth Okonjo tabled a motion to scrap the toll on Wednesday. “We dismiss it entirely,” said Governor Ann Marsh."},
			"dismiss it", []string{"Ann Marsh", "Ruth Okonjo"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"two proposers: neither", []string{
			"Kenya proposed a joint patrol and Uganda suggested a new survey of the lake. “We reject this idea,” said Tanzania's foreign minister, Amina Juma."},
			"reject this idea", []string{"Amina Juma"}, []string{"Kenya", "Uganda"}, ""},
		{"nothing put forward before", []string{
			"The Finance Ministry met hauliers on Monday. “We reject this plan outright,” said Tomas Verlaine, the head of the Hauliers Federation."},
			"reject this plan", []string{"Tomas Verlaine"}, []string{"Finance Ministry"}, ""},
		{"not what was put forward: any tax", []string{
			"The Finance Ministry proposed a new fuel levy on Monday. “We reject any new tax on diesel,” said Tomas Verlaine, the head of the Hauliers Federation."},
			"reject any new tax", []string{"Tomas Verlaine"}, []string{"Finance Ministry"}, ""},
		{"announced a profit is no proposal", []string{
			"Calder Terminals announced a record profit on Friday. “We reject this wholesale,” said Maria Kowal, the general secretary of the Dockworkers Union."},
			"reject this", []string{"Maria Kowal"}, []string{"Calder Terminals"}, ""},
	})
}

// A group the speaker calls "our" or "my" in her own quote ("Our members
// will reject…") is her side: the party is the speaker, not "members".
func TestDisputeQuotedOwnGroup(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"our members will reject", []string{
			"“Our members will reject any deal that cuts overtime,” said Maria Kowal, the general secretary of the Dockworkers Union."},
			"reject any deal", []string{"Maria Kowal"}, []string{"members"}, ""},
		{"our farmers reject X's quotas", []string{
			"“Our farmers reject the ministry's quotas,” said Ann Marsh of the Farmers League."},
			"reject the ministry", []string{"Ann Marsh"}, []string{"farmers"}, ""},
		{"our drivers have condemned the levy", []string{
			"“Our drivers have condemned the levy from the start,” said Tomas Verlaine, the head of the Hauliers Federation."},
			"condemned the levy", []string{"Tomas Verlaine"}, []string{"drivers"}, ""},
		{"our workers accuse X", []string{
			"“Our workers accuse Calder Terminals of breaking its word,” said Maria Kowal."},
			"accuse Calder Terminals", []string{"Maria Kowal", "Calder Terminals"}, []string{"workers"}, ""},
		{"my fellow farmers oppose", []string{
			"“My fellow farmers oppose the quotas imposed by the Agriculture Ministry,” said Ann Marsh."},
			"oppose the quotas", []string{"Ann Marsh"}, []string{"farmers"}, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a quote no one is named as saying: no party", []string{
			"“Our members will reject any deal that cuts overtime.”"},
			"reject any deal", nil, nil, ""},
	})
}
