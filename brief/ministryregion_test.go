package brief

import "testing"

// "The ministry" is a ministry or a Department of state, not a region
// written with a lower-case "department" ("Oruro department", "the Gard
// department"): a minister who says "the ministry will…" after naming a
// region speaks for his own ministry, not for the region.
func TestCommitmentsMinistryNotRegion(t *testing.T) {
	checkCommitCases(t, []commitCase{
		{"a region after the governor", []string{
			"Bolivia's mining minister, Rafael Quispe, spoke after a meeting with the governor of Oruro department.",
			"Mr Quispe said the ministry was prepared to open a consultation with local communities."},
			"prepared to open a consultation", "Rafael Quispe", ""},
		{"a region visited", []string{
			"Colombia's health minister, Ana Ruiz, visited hospitals in Chocó department on Friday.",
			"Ms Ruiz said the ministry would send 300 nurses to the region next month."},
			"would send 300 nurses", "Ana Ruiz", ""},
		{"a French department", []string{
			"France's interior minister, Luc Girard, toured flooded towns in the Gard department on Monday.",
			"Mr Girard said the ministry would pay for the repair of the bridges."},
			"would pay for the repair", "Luc Girard", ""},
		{"a region, then she said", []string{
			"Guatemala's education minister, Rosa Pérez, met teachers in Petén department.",
			"She said the ministry planned to build 12 schools in the north next year."},
			"planned to build 12 schools", "Rosa Pérez", ""},
		{"farmers from a region", []string{
			"Uruguay's agriculture minister, Diego Sosa, met farmers from Salto department on Thursday.",
			"Mr Sosa said the ministry was ready to buy the surplus wheat."},
			"ready to buy the surplus wheat", "Diego Sosa", ""},
		{"a region after an attack", []string{
			"Honduras' security minister, Julio Cruz, visited Olancho department after the attack.",
			"Mr Cruz said the ministry would deploy 500 police officers to the border."},
			"would deploy 500 police officers", "Julio Cruz", ""},
		{"a ministry named by its country, then a region", []string{
			"Peru's Ministry of Energy signed a deal with Kestrel Mining on Monday. Protests spread in Cusco department on Tuesday.",
			"The ministry would review the mine's water permits by June, its spokesman, Luis Vega, said."},
			"would review the mine's water permits", "Luis Vega", ""},
		// A Department of state is still what "the department" names.
		{"the State Department", []string{
			"The US State Department said on Monday it had summoned the ambassador.",
			"The department will publish its annual report on human rights in March, a spokesman said."},
			"will publish its annual report", "State Department", ""},
	})
}
