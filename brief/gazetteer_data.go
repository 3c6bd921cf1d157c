package brief

// TEMPORARY minimal data until the real gazetteer lands.

type gazCountry struct {
	Name     string
	Short    []string
	Demonyms []string
	Capital  string
	Gov      []string
}

var gazCountries = []gazCountry{
	{"United Kingdom", []string{"UK", "U.K.", "Britain", "Great Britain"}, []string{"British", "Briton", "Britons"}, "London", []string{"Downing Street"}},
	{"United States", []string{"US", "U.S.", "USA", "America", "United States of America"}, []string{"American", "Americans"}, "Washington", nil},
	{"Ukraine", nil, []string{"Ukrainian", "Ukrainians"}, "Kyiv", []string{"Kiev"}},
	{"Russia", []string{"Russian Federation"}, []string{"Russian", "Russians"}, "Moscow", []string{"Kremlin"}},
	{"France", nil, []string{"French"}, "Paris", nil},
	{"Mauritius", nil, []string{"Mauritian"}, "Port Louis", nil},
	{"Saudi Arabia", nil, []string{"Saudi", "Saudis"}, "Riyadh", nil},
	{"Finland", nil, []string{"Finnish"}, "Helsinki", nil},
	{"Australia", nil, []string{"Australian", "Australians"}, "Canberra", nil},
}

type gazOrg struct {
	Name    string
	Aliases []string
	Kind    string
}

var gazOrgs = []gazOrg{
	{"Nato", []string{"NATO", "North Atlantic Treaty Organization"}, "organization"},
	{"White House", nil, "organization"},
	{"Facebook", nil, "organization"},
	{"Twitter", nil, "organization"},
	{"Snopes", []string{"Snopes.com"}, "organization"},
	{"ABC News", []string{"ABC"}, "organization"},
	{"Uber", nil, "organization"},
	{"Reuters", nil, "organization"},
}

type gazRegion struct {
	Name    string
	Aliases []string
	Kind    string
}

var gazRegions = []gazRegion{{"Europe", []string{"European", "Europeans"}, "group"}}

var gazPlaces = []string{"Indian Ocean", "Chagos Islands", "Diego Garcia", "Sydney", "New York"}

var givenNamesMale = `Keir Donald Volodymyr Vladimir Emmanuel Joe Charles David Mike Lucas Jim Tyler`
var givenNamesFemale = `Vanessa Eloise Fiona Jennifer Rebecca`
var commonWords = `the a an he she it they we i you but and or in on at for with this that these those his her their our
its my there some many most more one two when while after before if as so yet however meanwhile also according last
next earlier later still now then talks said says told last week day year years people mutual underlying despite`
var nonActorNames = `Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday
January, February, March, April, May, June, July, August, September, October, November, December`
