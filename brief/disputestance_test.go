package brief

import "testing"

// Accusations name two sides: the accuser and the accused, whether the
// accused is a description of a body named before ("the regulator"), the
// subject of a passive participle ("Norlake, accused by the union of…"),
// the antecedent of a relative ("which the union accused of…"), the
// subject of a charge ("charged that Norlake had…") or what blame is put
// on ("blamed the breakdown on Norlake").
func TestDisputeAccusationSides(t *testing.T) {
	regulator := "Opposition leader Tom Haldane spoke about the Energy Regulatory Commission and grid prices this week."
	strike := "The Transport Workers Union began a strike against Norlake Shipping on Monday."
	port := "Senator Paul Hadley and Governor Ann Marsh met in Lagos on Friday to discuss the port."
	checkDisputeCases(t, []disputeCase{
		{"a description before 'of' and a gerund", []string{regulator,
			"Mr Haldane accused the regulator of ignoring the warnings about the winter supply."},
			"accused the regulator", []string{"Tom Haldane", "Energy Regulatory Commission"}, nil, "112"},
		{"a title before 'of' is the person who holds it", []string{port,
			"Mr Hadley later accused the governor of misleading voters about the cost."},
			"accused the governor", []string{"Paul Hadley", "Ann Marsh"}, []string{"governor"}, "112"},
		{"a participle's agent in an apposition", []string{strike,
			"Norlake, accused by the union of bad faith, said it would keep its offer on the table."},
			"accused by the union", []string{"Norlake Shipping", "Transport Workers Union"}, nil, "112"},
		{"a person's participle in an apposition", []string{port,
			"Ms Marsh, accused by Mr Hadley of misleading voters, said she would stay in office."},
			"accused by Mr Hadley", []string{"Ann Marsh", "Paul Hadley"}, nil, "112"},
		{"a participle opening the sentence", []string{strike,
			"Accused by the union of hiding its profits, Norlake published its accounts on Friday."},
			"Accused by the union", []string{"Norlake Shipping", "Transport Workers Union"}, nil, "112"},
		{"a relative's antecedent", []string{strike,
			"Norlake, which the union accused of bad faith, kept its offer on the table."},
			"which the union accused", []string{"Norlake Shipping", "Transport Workers Union"}, nil, "112"},
		{"charged that an actor had", []string{strike,
			"The union charged that Norlake had hidden its profits from the workers."},
			"charged that Norlake", []string{"Transport Workers Union", "Norlake Shipping"}, nil, "112"},
		{"charged that a description had", []string{port,
			"Mr Hadley charged that the governor had hidden the cost of the port from the public."},
			"charged that the governor", []string{"Paul Hadley", "Ann Marsh"}, nil, "112"},
		{"blame put on an actor", []string{strike,
			"The union blamed the breakdown of the talks on Norlake."},
			"blamed the breakdown", []string{"Transport Workers Union", "Norlake Shipping"}, nil, "112"},
		{"blame put on a person", []string{port,
			"Mr Hadley blamed the delays at the port squarely on Ms Marsh."},
			"blamed the delays", []string{"Paul Hadley", "Ann Marsh"}, nil, "112"},
		// Not accusations between two sides.
		{"a battery charged", []string{strike,
			"The union's phones charged that night while the leaders slept."},
			"charged that night", nil, nil, ""},
		{"blame put on the weather", []string{strike,
			"Norlake blamed the delays on the storms that closed the port."},
			"blamed the delays", nil, nil, ""},
	})
}

// Refusals told as what one would not do: "would not accept a text that…",
// "will never agree to the pay offer". Only accepting, agreeing, signing,
// supporting, backing or endorsing something put forward is refused.
func TestDisputeWouldNotRefusals(t *testing.T) {
	pact := "Ministers from Turkey, France and Greece met in Brussels on Monday to discuss a draft of the migration pact prepared by the European Commission."
	strike := "The Transport Workers Union began a strike against Norlake Shipping on Monday."
	checkDisputeCases(t, []disputeCase{
		{"her country would not accept a text", []string{pact,
			"Greek minister Eleni Vasou said her country would not accept a text that shifted the burden onto border states."},
			"would not accept a text", []string{"Eleni Vasou"}, []string{"Turkey", "France"}, "120"},
		{"a capital will not accept a body's draft", []string{pact,
			"Ankara will not accept the commission's draft, a Turkish official said."},
			"will not accept the commission", []string{"Turkey", "European Commission"}, nil, "120"},
		{"said it would never agree to", []string{strike,
			"The union said it would never agree to the new pay offer."},
			"would never agree", []string{"Transport Workers Union"}, nil, "120"},
		{"will no longer accept an actor's terms", []string{strike,
			"The union will no longer accept Norlake's terms, its leader said."},
			"no longer accept", []string{"Transport Workers Union", "Norlake Shipping"}, nil, "120"},
		{"won't sign the pact", []string{pact,
			"France won't sign the pact in its present form, the minister said."},
			"sign the pact", []string{"France"}, nil, "120"},
		{"will not support a body's proposal", []string{pact,
			"Greece will not support the commission's proposal on quotas."},
			"support the commission", []string{"Greece", "European Commission"}, nil, "120"},
		{"cannot back a plan put forward by", []string{strike,
			"The union cannot back a plan put forward by Norlake, its leader said."},
			"cannot back a plan", []string{"Transport Workers Union", "Norlake Shipping"}, nil, "120"},
		// Not refusals of what another side put forward.
		{"would not be able to", []string{pact,
			"Greece would not be able to attend the next meeting, the minister said."},
			"be able to attend", nil, nil, ""},
		{"would not comment", []string{pact,
			"Ankara would not comment on the draft."},
			"comment on the draft", nil, nil, ""},
		{"would not agree to talk", []string{strike,
			"The union would not agree to talk to reporters."},
			"agree to talk", nil, nil, ""},
		{"will not accept orders", []string{strike,
			"Norlake will not accept new orders until the strike ends."},
			"accept new orders", nil, nil, ""},
		{"will not back down", []string{pact,
			"Ankara will not back down, the minister said."},
			"back down", nil, nil, ""},
		{"a refusal supposed", []string{pact,
			"If Greece will not sign the pact, the talks will go on without it."},
			"sign the pact", nil, nil, ""},
		{"a question", []string{pact,
			"Why would France not support the proposal, reporters asked."},
			"support the proposal", nil, nil, ""},
	})
}
