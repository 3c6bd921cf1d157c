package brief

import "testing"

// A denial of "the claim", "the charge" or "any such promise" told in the
// sentence before: the one who made the claim is the other side.
func TestDisputeDeniedClaim(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"claims… X denied the claim", []string{
			"Ann Marsh claims the council hid the audit from voters. Kenmore Council denied the claim on Tuesday."},
			"denied the claim", []string{"Kenmore Council", "Ann Marsh"}, nil, ""},
		{"says… X denies the charge", []string{
			"Kenya says fishing boats from Tanzania crossed into its waters. Tanzania denies the charge."},
			"denies the charge", []string{"Tanzania", "Kenya"}, nil, ""},
		{"says… denies making any such promise", []string{
			"The Seafarers Guild says it was promised that no jobs would go. Dalmore Shipping has denied making any such promise."},
			"denied making", []string{"Dalmore Shipping", "Seafarers Guild"}, nil, ""},
		{"alleged… denied the allegations", []string{
			"Senator Ruth Okonjo alleged that state contracts had been rigged. Governor Ann Marsh has denied the allegations."},
			"denied the allegations", []string{"Ann Marsh", "Ruth Okonjo"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"a denial with no claim before", []string{
			"Kenmore Council met on Monday. The council leader, Tom Brannigan, denied hiding the accounts."},
			"denied hiding", []string{"Tom Brannigan"}, []string{"Kenmore Council"}, ""},
		{"two claimants: neither", []string{
			"Ann Marsh says the audit was hidden, and Ruth Okonjo claims the minutes were changed. Kenmore Council denied the claims."},
			"denied the claims", []string{"Kenmore Council"}, []string{"Ann Marsh", "Ruth Okonjo"}, ""},
		{"the denier's own claim", []string{
			"Kenmore Council says the audit was published in May. Kenmore Council denied the claim that it was late."},
			"denied the claim", []string{"Kenmore Council"}, nil, ""},
	})
}

// "denies any wrongdoing" answers the accuser of the sentence before; with
// none, or with two, the denier stands alone.
func TestDisputeDeniedWrongdoing(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"accused… the company denies any wrongdoing", []string{
			"Environmental group Clean Rivers accused Orvex Holdings of dumping waste into the Sava river. The company denies any wrongdoing."},
			"denies any wrongdoing", []string{"Orvex Holdings", "Clean Rivers"}, nil, ""},
		{"accused… denied wrongdoing", []string{
			"The Riders Council accused Velta Rail of hiding its profits. Velta Rail denied wrongdoing."},
			"denied wrongdoing", []string{"Velta Rail", "Riders Council"}, nil, ""},
		{"say… denies wrongdoing", []string{
			"Chief prosecutor Mira Holm says Karl Vos took bribes from the port board. Vos denies wrongdoing."},
			"denies wrongdoing", []string{"Karl Vos", "Mira Holm"}, nil, ""},
		{"alleged… denied any misconduct", []string{
			"Senator Ruta Venn alleged that Governor Ana Lutz rigged the port contract. Lutz has denied any misconduct."},
			"denied any misconduct", []string{"Ana Lutz", "Ruta Venn"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"no accuser before", []string{
			"Orvex Holdings posted record profits on Monday. The company denied any wrongdoing in a statement."},
			"denied any wrongdoing", []string{"Orvex Holdings"}, []string{"Clean Rivers"}, ""},
		{"two accusers: neither", []string{
			"Ruta Venn says the audit was hidden, and Sela Moor claims the minutes were changed. Governor Ana Lutz denies any wrongdoing."},
			"denies any wrongdoing", []string{"Ana Lutz"}, []string{"Ruta Venn", "Sela Moor"}, ""},
		{"the denier's own words before", []string{
			"Governor Ana Lutz says the contract was fair. Lutz denies any wrongdoing."},
			"denies any wrongdoing", []string{"Ana Lutz"}, nil, ""},
	})
}

// A charge told in the passive before ("was accused by the Riders
// Council"): a denial by the one charged answers the agent.
func TestDisputeDeniedPassiveCharge(t *testing.T) {
	checkDisputeCases(t, []disputeCase{
		{"was accused by… denies any wrongdoing", []string{
			"Velta Rail was accused by the Riders Council of hiding its profits. Velta Rail denies any wrongdoing."},
			"denies any wrongdoing", []string{"Velta Rail", "Riders Council"}, nil, ""},
		{"has been sued by… denied the allegations", []string{
			"Orvex Holdings has been sued by the Green League over the spill. The company denied the allegations."},
			"denied the allegations", []string{"Orvex Holdings", "Green League"}, nil, ""},
		{"was criticised by… denied any wrongdoing", []string{
			"Governor Ana Lutz was criticised by Senator Ruta Venn over the port deal. Lutz denied any wrongdoing."},
			"denied any wrongdoing", []string{"Ana Lutz", "Ruta Venn"}, nil, ""},
	})
	checkDisputeCases(t, []disputeCase{
		{"praised by: no charge", []string{
			"Velta Rail was praised by the Riders Council for its safety record. Velta Rail denies any wrongdoing."},
			"denies any wrongdoing", []string{"Velta Rail"}, []string{"Riders Council"}, ""},
		{"another was charged", []string{
			"The Riders Council was accused by Velta Rail of lying. Orvex Holdings denies any wrongdoing."},
			"denies any wrongdoing", []string{"Orvex Holdings"}, []string{"Velta Rail", "Riders Council"}, ""},
	})
}
