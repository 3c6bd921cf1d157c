package brief

// The embedded gazetteer: the fixed names the engine recognises as actors
// (countries, organisations, groups, regions), the places that only locate
// events, given names with their usual sex, frequent English words and
// capitalised words that are never actors. This file holds data only; the
// lookup logic lives beside it.
//
// The tables were assembled by hand for Briefing. They follow these public
// sources:
//   - country names: ISO 3166-1 English short names and the United Nations
//     list of member states and observer states (un.org), using the short
//     forms English-language news uses ("Ivory Coast", "East Timor",
//     "Vatican") as canonical names;
//   - demonyms: the CIA World Factbook "Nationality" field and Wikipedia's
//     "List of adjectival and demonymic forms for countries and nations";
//   - capitals: Wikipedia's "List of national capitals"; where a country has a
//     separate seat of government, the seat is listed under Gov (Bolivia's
//     La Paz, Ivory Coast's Abidjan, Sri Lanka's Colombo);
//   - organisations: the organisations' own names and acronyms, the UN System
//     Chart, and the Reuters, AP and BBC style guides for the forms news uses;
//   - given names: common first names by country of origin, as romanised in
//     English-language news;
//   - common words: frequent words of general English, with their inflected
//     forms.
//
// Conventions that the lookup can rely on:
//   - Strings are written as they appear in news, with their capitals; all-caps
//     acronyms ("US", "WHO", "IS") are meant to be matched case-sensitively.
//   - Apostrophes are straight ('): fold typographic ones (’) to ' before a
//     lookup ("People's Republic of China", "Côte d'Ivoire").
//   - Accented names are listed both with and without their accents when news
//     writes both ("Élysée", "Elysee").
//   - A surface form belongs to one entry only across gazCountries, gazOrgs and
//     gazRegions; gazPlaces never repeats one of those forms. Forms that could
//     mean two entries are left out: "Korea" (North or South), "Korean".
//   - Each country's capital appears once, as Capital; other spellings of it
//     ("Kiev") and other seats of power are in Gov.

// gazCountry is a country or territory.
type gazCountry struct {
	// Name is the canonical English name used in briefings: "United
	// Kingdom", "United States", "Russia", "South Korea".
	Name string
	// Short lists other names, official long forms and abbreviations as news
	// writes them: "UK", "U.K.", "Britain"; "US", "U.S.", "America".
	Short []string
	// Demonyms lists the adjectives and the nouns for the people, singular
	// and plural: "British", "Briton", "Britons", "Brits".
	Demonyms []string
	// Capital is the capital, which news also uses for the government; empty
	// when the country has none of its own (Monaco, Singapore, Hong Kong,
	// Macau, and England, whose capital London is listed as the UK's).
	Capital string
	// Gov lists other names that stand for the government: official
	// residences and seats ("Downing Street", "Kremlin", "Élysée") and other
	// spellings of the capital ("Kiev"). "White House" is an organisation in
	// gazOrgs, not here.
	Gov []string
}

// gazCountries lists every UN member state and the two UN observer states
// (Palestine, the Holy See as "Vatican"), then countries and territories that
// news treats as countries (Taiwan, Kosovo, Hong Kong, Macau, Greenland, Puerto
// Rico, Somaliland) and the four constituent countries of the United Kingdom.
// Fields in order: Name, Short, Demonyms, Capital, Gov.
var gazCountries = []gazCountry{
	{"Afghanistan", []string{"Islamic Emirate of Afghanistan", "Islamic Republic of Afghanistan"}, []string{"Afghan", "Afghans"}, "Kabul", nil},
	{"Albania", []string{"Republic of Albania"}, []string{"Albanian", "Albanians"}, "Tirana", []string{"Tiranë"}},
	{"Algeria", []string{"People's Democratic Republic of Algeria"}, []string{"Algerian", "Algerians"}, "Algiers", nil},
	{"Andorra", []string{"Principality of Andorra"}, []string{"Andorran", "Andorrans"}, "Andorra la Vella", nil},
	{"Angola", []string{"Republic of Angola"}, []string{"Angolan", "Angolans"}, "Luanda", nil},
	{"Antigua and Barbuda", []string{"Antigua"}, []string{"Antiguan", "Antiguans", "Barbudan", "Barbudans"}, "St John's", []string{"St. John's", "Saint John's"}},
	{"Argentina", []string{"Argentine Republic"}, []string{"Argentine", "Argentines", "Argentinian", "Argentinians", "Argentinean", "Argentineans"}, "Buenos Aires", []string{"Casa Rosada"}},
	{"Armenia", []string{"Republic of Armenia"}, []string{"Armenian", "Armenians"}, "Yerevan", nil},
	{"Australia", []string{"Commonwealth of Australia"}, []string{"Australian", "Australians", "Aussie", "Aussies"}, "Canberra", nil},
	{"Austria", []string{"Republic of Austria"}, []string{"Austrian", "Austrians"}, "Vienna", nil},
	{"Azerbaijan", []string{"Republic of Azerbaijan"}, []string{"Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"}, "Baku", nil},
	{"Bahamas", []string{"The Bahamas", "Commonwealth of The Bahamas"}, []string{"Bahamian", "Bahamians"}, "Nassau", nil},
	{"Bahrain", []string{"Kingdom of Bahrain"}, []string{"Bahraini", "Bahrainis"}, "Manama", nil},
	{"Bangladesh", []string{"People's Republic of Bangladesh"}, []string{"Bangladeshi", "Bangladeshis"}, "Dhaka", nil},
	{"Barbados", nil, []string{"Barbadian", "Barbadians", "Bajan", "Bajans"}, "Bridgetown", nil},
	{"Belarus", []string{"Republic of Belarus", "Belorussia", "Byelorussia"}, []string{"Belarusian", "Belarusians", "Belarussian", "Belarussians"}, "Minsk", nil},
	// Brussels stands for the European Union in news ("Brussels warned…"),
	// so it is listed there, not as Belgium's capital.
	{"Belgium", []string{"Kingdom of Belgium"}, []string{"Belgian", "Belgians"}, "", nil},
	{"Belize", nil, []string{"Belizean", "Belizeans"}, "Belmopan", nil},
	{"Benin", []string{"Republic of Benin"}, []string{"Beninese"}, "Porto-Novo", []string{"Cotonou"}},
	{"Bhutan", []string{"Kingdom of Bhutan"}, []string{"Bhutanese"}, "Thimphu", nil},
	{"Bolivia", []string{"Plurinational State of Bolivia"}, []string{"Bolivian", "Bolivians"}, "Sucre", []string{"La Paz"}},
	{"Bosnia and Herzegovina", []string{"Bosnia", "Bosnia-Herzegovina", "BiH"}, []string{"Bosnian", "Bosnians", "Herzegovinian", "Herzegovinians"}, "Sarajevo", nil},
	{"Botswana", []string{"Republic of Botswana"}, []string{"Motswana", "Batswana", "Botswanan", "Botswanans"}, "Gaborone", nil},
	{"Brazil", []string{"Federative Republic of Brazil", "Brasil"}, []string{"Brazilian", "Brazilians"}, "Brasilia", []string{"Brasília", "Planalto", "Planalto Palace"}},
	{"Brunei", []string{"Brunei Darussalam"}, []string{"Bruneian", "Bruneians"}, "Bandar Seri Begawan", nil},
	{"Bulgaria", []string{"Republic of Bulgaria"}, []string{"Bulgarian", "Bulgarians"}, "Sofia", nil},
	{"Burkina Faso", []string{"Burkina"}, []string{"Burkinabe", "Burkinabè"}, "Ouagadougou", nil},
	{"Burundi", []string{"Republic of Burundi"}, []string{"Burundian", "Burundians"}, "Gitega", []string{"Bujumbura"}},
	{"Cambodia", []string{"Kingdom of Cambodia"}, []string{"Cambodian", "Cambodians"}, "Phnom Penh", nil},
	{"Cameroon", []string{"Republic of Cameroon"}, []string{"Cameroonian", "Cameroonians"}, "Yaounde", []string{"Yaoundé"}},
	{"Canada", nil, []string{"Canadian", "Canadians"}, "Ottawa", []string{"Parliament Hill"}},
	{"Cape Verde", []string{"Cabo Verde", "Republic of Cabo Verde"}, []string{"Cape Verdean", "Cape Verdeans", "Cabo Verdean", "Cabo Verdeans"}, "Praia", nil},
	{"Central African Republic", []string{"CAR"}, []string{"Central African", "Central Africans"}, "Bangui", nil},
	{"Chad", []string{"Republic of Chad"}, []string{"Chadian", "Chadians"}, "N'Djamena", []string{"Ndjamena"}},
	{"Chile", []string{"Republic of Chile"}, []string{"Chilean", "Chileans"}, "Santiago", []string{"La Moneda"}},
	{"China", []string{"PRC", "People's Republic of China", "mainland China", "Mainland China"}, []string{"Chinese"}, "Beijing", []string{"Zhongnanhai"}},
	{"Colombia", []string{"Republic of Colombia"}, []string{"Colombian", "Colombians"}, "Bogota", []string{"Bogotá", "Casa de Nariño"}},
	{"Comoros", []string{"Union of the Comoros", "The Comoros"}, []string{"Comoran", "Comorans", "Comorian", "Comorians"}, "Moroni", nil},
	{"Costa Rica", []string{"Republic of Costa Rica"}, []string{"Costa Rican", "Costa Ricans"}, "San José", []string{"San Jose"}},
	{"Croatia", []string{"Republic of Croatia"}, []string{"Croatian", "Croatians", "Croat", "Croats"}, "Zagreb", nil},
	{"Cuba", []string{"Republic of Cuba"}, []string{"Cuban", "Cubans"}, "Havana", nil},
	{"Cyprus", []string{"Republic of Cyprus"}, []string{"Cypriot", "Cypriots", "Greek Cypriot", "Greek Cypriots", "Turkish Cypriot", "Turkish Cypriots"}, "Nicosia", nil},
	{"Czech Republic", []string{"Czechia"}, []string{"Czech", "Czechs"}, "Prague", nil},
	{"Democratic Republic of the Congo", []string{"Democratic Republic of Congo", "DR Congo", "DRC", "Congo", "Congo-Kinshasa"}, []string{"Congolese"}, "Kinshasa", nil},
	{"Denmark", []string{"Kingdom of Denmark"}, []string{"Danish", "Dane", "Danes"}, "Copenhagen", []string{"Christiansborg"}},
	{"Djibouti", []string{"Republic of Djibouti"}, []string{"Djiboutian", "Djiboutians"}, "Djibouti City", nil},
	{"Dominica", []string{"Commonwealth of Dominica"}, nil, "Roseau", nil},
	{"Dominican Republic", nil, []string{"Dominican", "Dominicans"}, "Santo Domingo", nil},
	{"East Timor", []string{"Timor-Leste", "Timor Leste", "Democratic Republic of Timor-Leste"}, []string{"Timorese", "East Timorese"}, "Dili", nil},
	{"Ecuador", []string{"Republic of Ecuador"}, []string{"Ecuadorian", "Ecuadorians", "Ecuadorean", "Ecuadoreans"}, "Quito", nil},
	{"Egypt", []string{"Arab Republic of Egypt"}, []string{"Egyptian", "Egyptians"}, "Cairo", nil},
	{"El Salvador", []string{"Republic of El Salvador"}, []string{"Salvadoran", "Salvadorans", "Salvadorean", "Salvadoreans"}, "San Salvador", nil},
	{"Equatorial Guinea", []string{"Republic of Equatorial Guinea"}, []string{"Equatorial Guinean", "Equatorial Guineans", "Equatoguinean", "Equatoguineans"}, "Malabo", nil},
	{"Eritrea", []string{"State of Eritrea"}, []string{"Eritrean", "Eritreans"}, "Asmara", nil},
	{"Estonia", []string{"Republic of Estonia"}, []string{"Estonian", "Estonians"}, "Tallinn", nil},
	{"Eswatini", []string{"Swaziland", "Kingdom of Eswatini"}, []string{"Swazi", "Swazis", "Emaswati"}, "Mbabane", []string{"Lobamba"}},
	{"Ethiopia", []string{"Federal Democratic Republic of Ethiopia"}, []string{"Ethiopian", "Ethiopians"}, "Addis Ababa", nil},
	{"Fiji", []string{"Republic of Fiji"}, []string{"Fijian", "Fijians"}, "Suva", nil},
	{"Finland", []string{"Republic of Finland"}, []string{"Finnish", "Finn", "Finns"}, "Helsinki", nil},
	{"France", []string{"French Republic"}, []string{"French", "Frenchman", "Frenchmen", "Frenchwoman", "Frenchwomen"}, "Paris", []string{"Elysee", "Élysée", "Elysee Palace", "Élysée Palace", "Quai d'Orsay", "Matignon"}},
	{"Gabon", []string{"Gabonese Republic"}, []string{"Gabonese"}, "Libreville", nil},
	{"Gambia", []string{"The Gambia", "Republic of The Gambia"}, []string{"Gambian", "Gambians"}, "Banjul", nil},
	{"Georgia", nil, []string{"Georgian", "Georgians"}, "Tbilisi", nil},
	{"Germany", []string{"Federal Republic of Germany", "Deutschland"}, []string{"German", "Germans"}, "Berlin", []string{"Chancellery"}},
	{"Ghana", []string{"Republic of Ghana"}, []string{"Ghanaian", "Ghanaians"}, "Accra", nil},
	{"Greece", []string{"Hellenic Republic"}, []string{"Greek", "Greeks"}, "Athens", []string{"Maximos Mansion"}},
	{"Grenada", nil, []string{"Grenadian", "Grenadians"}, "St George's", []string{"St. George's", "Saint George's"}},
	{"Guatemala", []string{"Republic of Guatemala"}, []string{"Guatemalan", "Guatemalans"}, "Guatemala City", nil},
	{"Guinea", []string{"Republic of Guinea", "Guinea-Conakry"}, []string{"Guinean", "Guineans"}, "Conakry", nil},
	{"Guinea-Bissau", []string{"Republic of Guinea-Bissau"}, []string{"Bissau-Guinean", "Bissau-Guineans"}, "Bissau", nil},
	{"Guyana", []string{"Co-operative Republic of Guyana"}, []string{"Guyanese"}, "Georgetown", nil},
	{"Haiti", []string{"Republic of Haiti"}, []string{"Haitian", "Haitians"}, "Port-au-Prince", nil},
	{"Honduras", []string{"Republic of Honduras"}, []string{"Honduran", "Hondurans"}, "Tegucigalpa", nil},
	{"Hungary", nil, []string{"Hungarian", "Hungarians"}, "Budapest", nil},
	{"Iceland", nil, []string{"Icelandic", "Icelander", "Icelanders"}, "Reykjavik", []string{"Reykjavík"}},
	{"India", []string{"Republic of India", "Bharat"}, []string{"Indian", "Indians"}, "New Delhi", nil},
	{"Indonesia", []string{"Republic of Indonesia"}, []string{"Indonesian", "Indonesians"}, "Jakarta", []string{"Nusantara"}},
	{"Iran", []string{"Islamic Republic of Iran", "Persia"}, []string{"Iranian", "Iranians"}, "Tehran", []string{"Teheran"}},
	{"Iraq", []string{"Republic of Iraq"}, []string{"Iraqi", "Iraqis"}, "Baghdad", nil},
	{"Ireland", []string{"Republic of Ireland", "Eire", "Éire"}, []string{"Irish", "Irishman", "Irishmen", "Irishwoman", "Irishwomen"}, "Dublin", nil},
	{"Israel", []string{"State of Israel"}, []string{"Israeli", "Israelis"}, "Jerusalem", nil},
	{"Italy", []string{"Italian Republic"}, []string{"Italian", "Italians"}, "Rome", []string{"Palazzo Chigi"}},
	{"Ivory Coast", []string{"Côte d'Ivoire", "Cote d'Ivoire", "Republic of Côte d'Ivoire"}, []string{"Ivorian", "Ivorians"}, "Yamoussoukro", []string{"Abidjan"}},
	{"Jamaica", nil, []string{"Jamaican", "Jamaicans"}, "Kingston", nil},
	{"Japan", nil, []string{"Japanese"}, "Tokyo", nil},
	{"Jordan", []string{"Hashemite Kingdom of Jordan"}, []string{"Jordanian", "Jordanians"}, "Amman", nil},
	{"Kazakhstan", []string{"Republic of Kazakhstan"}, []string{"Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"}, "Astana", []string{"Nur-Sultan"}},
	{"Kenya", []string{"Republic of Kenya"}, []string{"Kenyan", "Kenyans"}, "Nairobi", nil},
	{"Kiribati", []string{"Republic of Kiribati"}, []string{"I-Kiribati"}, "Tarawa", []string{"South Tarawa"}},
	{"Kuwait", []string{"State of Kuwait"}, []string{"Kuwaiti", "Kuwaitis"}, "Kuwait City", nil},
	{"Kyrgyzstan", []string{"Kyrgyz Republic", "Kirghizia"}, []string{"Kyrgyz", "Kyrgyzstani", "Kyrgyzstanis"}, "Bishkek", nil},
	{"Laos", []string{"Lao PDR", "Lao People's Democratic Republic"}, []string{"Lao", "Laotian", "Laotians"}, "Vientiane", nil},
	{"Latvia", []string{"Republic of Latvia"}, []string{"Latvian", "Latvians"}, "Riga", nil},
	{"Lebanon", []string{"Lebanese Republic"}, []string{"Lebanese"}, "Beirut", []string{"Baabda"}},
	{"Lesotho", []string{"Kingdom of Lesotho"}, []string{"Basotho", "Mosotho"}, "Maseru", nil},
	{"Liberia", []string{"Republic of Liberia"}, []string{"Liberian", "Liberians"}, "Monrovia", nil},
	{"Libya", []string{"State of Libya"}, []string{"Libyan", "Libyans"}, "Tripoli", nil},
	{"Liechtenstein", []string{"Principality of Liechtenstein"}, []string{"Liechtensteiner", "Liechtensteiners"}, "Vaduz", nil},
	{"Lithuania", []string{"Republic of Lithuania"}, []string{"Lithuanian", "Lithuanians"}, "Vilnius", nil},
	{"Luxembourg", []string{"Grand Duchy of Luxembourg"}, []string{"Luxembourger", "Luxembourgers", "Luxembourgish"}, "Luxembourg City", nil},
	{"Madagascar", []string{"Republic of Madagascar"}, []string{"Malagasy"}, "Antananarivo", nil},
	{"Malawi", []string{"Republic of Malawi"}, []string{"Malawian", "Malawians"}, "Lilongwe", nil},
	{"Malaysia", nil, []string{"Malaysian", "Malaysians"}, "Kuala Lumpur", []string{"Putrajaya"}},
	{"Maldives", []string{"Republic of Maldives", "The Maldives"}, []string{"Maldivian", "Maldivians"}, "Malé", nil},
	{"Mali", []string{"Republic of Mali"}, []string{"Malian", "Malians"}, "Bamako", nil},
	{"Malta", []string{"Republic of Malta"}, []string{"Maltese"}, "Valletta", nil},
	{"Marshall Islands", []string{"Republic of the Marshall Islands"}, []string{"Marshallese"}, "Majuro", nil},
	{"Mauritania", []string{"Islamic Republic of Mauritania"}, []string{"Mauritanian", "Mauritanians"}, "Nouakchott", nil},
	{"Mauritius", []string{"Republic of Mauritius"}, []string{"Mauritian", "Mauritians"}, "Port Louis", nil},
	{"Mexico", []string{"United Mexican States"}, []string{"Mexican", "Mexicans"}, "Mexico City", []string{"Los Pinos", "National Palace"}},
	{"Micronesia", []string{"Federated States of Micronesia"}, []string{"Micronesian", "Micronesians"}, "Palikir", nil},
	{"Moldova", []string{"Republic of Moldova"}, []string{"Moldovan", "Moldovans"}, "Chisinau", []string{"Chișinău", "Kishinev"}},
	{"Monaco", []string{"Principality of Monaco"}, []string{"Monegasque", "Monégasque", "Monegasques"}, "", nil},
	{"Mongolia", nil, []string{"Mongolian", "Mongolians"}, "Ulaanbaatar", []string{"Ulan Bator"}},
	{"Montenegro", nil, []string{"Montenegrin", "Montenegrins"}, "Podgorica", nil},
	{"Morocco", []string{"Kingdom of Morocco"}, []string{"Moroccan", "Moroccans"}, "Rabat", nil},
	{"Mozambique", []string{"Republic of Mozambique"}, []string{"Mozambican", "Mozambicans"}, "Maputo", nil},
	{"Myanmar", []string{"Burma", "Republic of the Union of Myanmar"}, []string{"Burmese"}, "Naypyidaw", []string{"Naypyitaw", "Nay Pyi Taw"}},
	{"Namibia", []string{"Republic of Namibia"}, []string{"Namibian", "Namibians"}, "Windhoek", nil},
	{"Nauru", []string{"Republic of Nauru"}, []string{"Nauruan", "Nauruans"}, "Yaren", nil},
	{"Nepal", nil, []string{"Nepali", "Nepalis", "Nepalese"}, "Kathmandu", nil},
	{"Netherlands", []string{"Holland", "Kingdom of the Netherlands"}, []string{"Dutch", "Dutchman", "Dutchmen", "Dutchwoman", "Netherlander", "Netherlanders"}, "Amsterdam", []string{"The Hague"}},
	{"New Zealand", []string{"NZ", "Aotearoa"}, []string{"New Zealander", "New Zealanders", "Kiwi", "Kiwis"}, "Wellington", []string{"Beehive"}},
	{"Nicaragua", []string{"Republic of Nicaragua"}, []string{"Nicaraguan", "Nicaraguans"}, "Managua", nil},
	{"Niger", []string{"Republic of the Niger", "Republic of Niger"}, []string{"Nigerien", "Nigeriens"}, "Niamey", nil},
	{"Nigeria", []string{"Federal Republic of Nigeria"}, []string{"Nigerian", "Nigerians"}, "Abuja", []string{"Aso Rock"}},
	{"North Korea", []string{"DPRK", "Democratic People's Republic of Korea", "N Korea", "N. Korea"}, []string{"North Korean", "North Koreans"}, "Pyongyang", nil},
	{"North Macedonia", []string{"Macedonia", "Republic of North Macedonia", "FYROM"}, []string{"Macedonian", "Macedonians", "North Macedonian", "North Macedonians"}, "Skopje", nil},
	{"Norway", []string{"Kingdom of Norway"}, []string{"Norwegian", "Norwegians"}, "Oslo", nil},
	{"Oman", []string{"Sultanate of Oman"}, []string{"Omani", "Omanis"}, "Muscat", nil},
	{"Pakistan", []string{"Islamic Republic of Pakistan"}, []string{"Pakistani", "Pakistanis"}, "Islamabad", nil},
	{"Palau", []string{"Republic of Palau"}, []string{"Palauan", "Palauans"}, "Ngerulmud", nil},
	{"Panama", []string{"Republic of Panama"}, []string{"Panamanian", "Panamanians"}, "Panama City", nil},
	{"Papua New Guinea", []string{"PNG", "Independent State of Papua New Guinea"}, []string{"Papua New Guinean", "Papua New Guineans"}, "Port Moresby", nil},
	{"Paraguay", []string{"Republic of Paraguay"}, []string{"Paraguayan", "Paraguayans"}, "Asuncion", []string{"Asunción"}},
	{"Peru", []string{"Republic of Peru"}, []string{"Peruvian", "Peruvians"}, "Lima", nil},
	{"Philippines", []string{"Republic of the Philippines", "The Philippines"}, []string{"Filipino", "Filipinos", "Filipina", "Filipinas", "Philippine"}, "Manila", []string{"Malacanang", "Malacañang", "Malacañang Palace"}},
	{"Poland", []string{"Republic of Poland"}, []string{"Polish", "Pole", "Poles"}, "Warsaw", nil},
	{"Portugal", []string{"Portuguese Republic"}, []string{"Portuguese"}, "Lisbon", nil},
	{"Qatar", []string{"State of Qatar"}, []string{"Qatari", "Qataris"}, "Doha", nil},
	{"Republic of the Congo", []string{"Republic of Congo", "Congo Republic", "Congo-Brazzaville"}, nil, "Brazzaville", nil},
	{"Romania", nil, []string{"Romanian", "Romanians"}, "Bucharest", []string{"Cotroceni"}},
	{"Russia", []string{"Russian Federation"}, []string{"Russian", "Russians"}, "Moscow", []string{"Kremlin"}},
	{"Rwanda", []string{"Republic of Rwanda"}, []string{"Rwandan", "Rwandans"}, "Kigali", nil},
	{"Saint Kitts and Nevis", []string{"St Kitts and Nevis", "St. Kitts and Nevis", "St Kitts", "Saint Kitts", "Federation of Saint Christopher and Nevis"}, []string{"Kittitian", "Kittitians", "Nevisian", "Nevisians"}, "Basseterre", nil},
	{"Saint Lucia", []string{"St Lucia", "St. Lucia"}, []string{"Saint Lucian", "Saint Lucians", "St Lucian", "St Lucians"}, "Castries", nil},
	{"Saint Vincent and the Grenadines", []string{"St Vincent and the Grenadines", "St. Vincent and the Grenadines", "St Vincent", "Saint Vincent"}, []string{"Vincentian", "Vincentians"}, "Kingstown", nil},
	{"Samoa", []string{"Independent State of Samoa"}, []string{"Samoan", "Samoans"}, "Apia", nil},
	{"San Marino", []string{"Republic of San Marino"}, []string{"Sammarinese"}, "City of San Marino", nil},
	{"Sao Tome and Principe", []string{"São Tomé and Príncipe", "Democratic Republic of São Tomé and Príncipe"}, []string{"Santomean", "Santomeans"}, "São Tomé", []string{"Sao Tome"}},
	{"Saudi Arabia", []string{"Kingdom of Saudi Arabia", "KSA"}, []string{"Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"}, "Riyadh", nil},
	{"Senegal", []string{"Republic of Senegal"}, []string{"Senegalese"}, "Dakar", nil},
	{"Serbia", []string{"Republic of Serbia"}, []string{"Serbian", "Serbians", "Serb", "Serbs"}, "Belgrade", nil},
	{"Seychelles", []string{"Republic of Seychelles", "The Seychelles"}, []string{"Seychellois"}, "Victoria", nil},
	{"Sierra Leone", []string{"Republic of Sierra Leone"}, []string{"Sierra Leonean", "Sierra Leoneans"}, "Freetown", nil},
	{"Singapore", []string{"Republic of Singapore"}, []string{"Singaporean", "Singaporeans"}, "", nil},
	{"Slovakia", []string{"Slovak Republic"}, []string{"Slovak", "Slovaks", "Slovakian", "Slovakians"}, "Bratislava", nil},
	{"Slovenia", []string{"Republic of Slovenia"}, []string{"Slovenian", "Slovenians", "Slovene", "Slovenes"}, "Ljubljana", nil},
	{"Solomon Islands", []string{"Solomons"}, []string{"Solomon Islander", "Solomon Islanders"}, "Honiara", nil},
	{"Somalia", []string{"Federal Republic of Somalia"}, []string{"Somali", "Somalis"}, "Mogadishu", []string{"Villa Somalia"}},
	{"South Africa", []string{"Republic of South Africa", "RSA"}, []string{"South African", "South Africans"}, "Pretoria", []string{"Tshwane", "Union Buildings"}},
	{"South Korea", []string{"Republic of Korea", "ROK", "S Korea", "S. Korea"}, []string{"South Korean", "South Koreans"}, "Seoul", []string{"Blue House", "Cheong Wa Dae", "Yongsan"}},
	{"South Sudan", []string{"Republic of South Sudan"}, []string{"South Sudanese"}, "Juba", nil},
	{"Spain", []string{"Kingdom of Spain", "España"}, []string{"Spanish", "Spaniard", "Spaniards"}, "Madrid", []string{"Moncloa"}},
	{"Sri Lanka", []string{"Democratic Socialist Republic of Sri Lanka", "Ceylon"}, []string{"Sri Lankan", "Sri Lankans"}, "Sri Jayawardenepura Kotte", []string{"Colombo", "Kotte"}},
	{"Sudan", []string{"Republic of the Sudan", "Republic of Sudan"}, []string{"Sudanese"}, "Khartoum", []string{"Port Sudan"}},
	{"Suriname", []string{"Republic of Suriname", "Surinam"}, []string{"Surinamese"}, "Paramaribo", nil},
	{"Sweden", []string{"Kingdom of Sweden"}, []string{"Swedish", "Swede", "Swedes"}, "Stockholm", []string{"Rosenbad"}},
	{"Switzerland", []string{"Swiss Confederation"}, []string{"Swiss"}, "Bern", []string{"Berne"}},
	{"Syria", []string{"Syrian Arab Republic"}, []string{"Syrian", "Syrians"}, "Damascus", nil},
	{"Tajikistan", []string{"Republic of Tajikistan"}, []string{"Tajik", "Tajiks", "Tajikistani", "Tajikistanis"}, "Dushanbe", nil},
	{"Tanzania", []string{"United Republic of Tanzania"}, []string{"Tanzanian", "Tanzanians"}, "Dodoma", nil},
	{"Thailand", []string{"Kingdom of Thailand", "Siam"}, []string{"Thai", "Thais"}, "Bangkok", nil},
	{"Togo", []string{"Togolese Republic"}, []string{"Togolese"}, "Lomé", []string{"Lome"}},
	{"Tonga", []string{"Kingdom of Tonga"}, []string{"Tongan", "Tongans"}, "Nuku'alofa", []string{"Nukualofa"}},
	{"Trinidad and Tobago", []string{"Trinidad", "Republic of Trinidad and Tobago"}, []string{"Trinidadian", "Trinidadians", "Tobagonian", "Tobagonians", "Trinbagonian", "Trinbagonians"}, "Port of Spain", []string{"Port-of-Spain"}},
	{"Tunisia", []string{"Tunisian Republic", "Republic of Tunisia"}, []string{"Tunisian", "Tunisians"}, "Tunis", []string{"Carthage Palace"}},
	{"Turkey", []string{"Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"}, []string{"Turkish", "Turk", "Turks"}, "Ankara", nil},
	{"Turkmenistan", nil, []string{"Turkmen", "Turkmens", "Turkmenistani"}, "Ashgabat", []string{"Ashkhabad"}},
	{"Tuvalu", nil, []string{"Tuvaluan", "Tuvaluans"}, "Funafuti", nil},
	{"Uganda", []string{"Republic of Uganda"}, []string{"Ugandan", "Ugandans"}, "Kampala", nil},
	{"Ukraine", nil, []string{"Ukrainian", "Ukrainians"}, "Kyiv", []string{"Kiev", "Bankova"}},
	{"United Arab Emirates", []string{"UAE", "U.A.E."}, []string{"Emirati", "Emiratis"}, "Abu Dhabi", nil},
	{"United Kingdom", []string{"UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"}, []string{"British", "Briton", "Britons", "Brit", "Brits"}, "London", []string{"Downing Street", "No 10", "No. 10", "Number 10", "Whitehall", "Westminster"}},
	{"United States", []string{"US", "U.S.", "USA", "U.S.A.", "America", "United States of America"}, []string{"American", "Americans"}, "Washington", []string{"Washington DC", "Washington, DC", "Washington D.C.", "Washington, D.C.", "Capitol Hill", "Oval Office"}},
	{"Uruguay", []string{"Oriental Republic of Uruguay"}, []string{"Uruguayan", "Uruguayans"}, "Montevideo", nil},
	{"Uzbekistan", []string{"Republic of Uzbekistan"}, []string{"Uzbek", "Uzbeks", "Uzbekistani", "Uzbekistanis"}, "Tashkent", nil},
	{"Vanuatu", []string{"Republic of Vanuatu"}, []string{"Ni-Vanuatu"}, "Port Vila", nil},
	{"Venezuela", []string{"Bolivarian Republic of Venezuela"}, []string{"Venezuelan", "Venezuelans"}, "Caracas", []string{"Miraflores", "Miraflores Palace"}},
	{"Vietnam", []string{"Viet Nam", "Socialist Republic of Vietnam"}, []string{"Vietnamese"}, "Hanoi", nil},
	{"Yemen", []string{"Republic of Yemen"}, []string{"Yemeni", "Yemenis"}, "Sanaa", []string{"Sana'a"}},
	{"Zambia", []string{"Republic of Zambia"}, []string{"Zambian", "Zambians"}, "Lusaka", nil},
	{"Zimbabwe", []string{"Republic of Zimbabwe"}, []string{"Zimbabwean", "Zimbabweans"}, "Harare", nil},
	// UN General Assembly observer states
	{"Palestine", []string{"State of Palestine", "Palestinian territories", "Palestinian Territories", "Occupied Palestinian Territories", "occupied Palestinian territories", "Gaza", "Gaza Strip", "West Bank", "occupied West Bank"}, []string{"Palestinian", "Palestinians", "Gazan", "Gazans"}, "Ramallah", []string{"East Jerusalem"}},
	{"Vatican", []string{"Holy See", "Vatican City State"}, nil, "Vatican City", nil},
	// Other countries and territories often in the news
	{"Taiwan", []string{"Republic of China", "ROC"}, []string{"Taiwanese"}, "Taipei", nil},
	{"Kosovo", []string{"Republic of Kosovo"}, []string{"Kosovar", "Kosovars", "Kosovan", "Kosovans"}, "Pristina", []string{"Prishtina", "Priština"}},
	{"Hong Kong", []string{"Hong Kong SAR"}, []string{"Hongkonger", "Hongkongers", "Hong Konger", "Hong Kongers"}, "", nil},
	{"Macau", []string{"Macao", "Macau SAR"}, []string{"Macanese"}, "", nil},
	{"Greenland", []string{"Kalaallit Nunaat"}, []string{"Greenlander", "Greenlanders", "Greenlandic"}, "Nuuk", nil},
	{"Puerto Rico", []string{"Commonwealth of Puerto Rico"}, []string{"Puerto Rican", "Puerto Ricans"}, "San Juan", nil},
	{"Somaliland", []string{"Republic of Somaliland"}, []string{"Somalilander", "Somalilanders"}, "Hargeisa", nil},
	// Constituent countries of the United Kingdom (London stays the UK's capital)
	{"England", nil, []string{"Englishman", "Englishmen", "Englishwoman", "Englishwomen"}, "", nil},
	{"Scotland", nil, []string{"Scottish", "Scot", "Scots"}, "Edinburgh", []string{"Holyrood", "Bute House"}},
	{"Wales", []string{"Cymru"}, []string{"Welsh", "Welshman", "Welshmen", "Welshwoman"}, "Cardiff", nil},
	{"Northern Ireland", nil, []string{"Northern Irish"}, "Belfast", []string{"Stormont"}},
}

// gazOrg is an organisation or named group with a fixed name.
type gazOrg struct {
	// Name is the canonical name: "Nato", "United Nations", "World Health
	// Organization".
	Name string
	// Aliases are the acronyms and other names news uses: "NATO", "North
	// Atlantic Treaty Organization"; never a generic noun such as "the
	// alliance".
	Aliases []string
	// Kind is "organization", or "group" for party members ("Republicans",
	// "Tories"), militant groups and peoples or faiths.
	Kind string
}

// gazOrgs lists international bodies, government bodies of the countries
// most in English-language news, political parties, militant groups, peoples
// and faiths, companies, news organisations and online platforms. A party and
// its members are two entries: "Republican Party" (organization) and
// "Republicans" (group). "X" (formerly Twitter) is left out: it is too
// ambiguous to look up.
var gazOrgs = []gazOrg{
	// International bodies: the United Nations system
	{"United Nations", []string{"UN", "U.N.", "United Nations Organization"}, "organization"},
	{"UN Security Council", []string{"Security Council", "United Nations Security Council", "U.N. Security Council", "UNSC"}, "organization"},
	{"UN General Assembly", []string{"General Assembly", "United Nations General Assembly", "U.N. General Assembly", "UNGA"}, "organization"},
	{"UN Human Rights Council", []string{"Human Rights Council", "United Nations Human Rights Council", "UNHRC"}, "organization"},
	{"UN Human Rights Office", []string{"OHCHR", "Office of the High Commissioner for Human Rights", "UN human rights office"}, "organization"},
	{"UNHCR", []string{"UN Refugee Agency", "UN refugee agency", "United Nations High Commissioner for Refugees"}, "organization"},
	{"Unicef", []string{"UNICEF", "United Nations Children's Fund", "UN Children's Fund"}, "organization"},
	{"UNRWA", []string{"Unrwa", "United Nations Relief and Works Agency"}, "organization"},
	{"World Food Programme", []string{"WFP", "World Food Program"}, "organization"},
	{"Food and Agriculture Organization", []string{"FAO", "Food and Agriculture Organisation"}, "organization"},
	{"Unesco", []string{"UNESCO", "United Nations Educational, Scientific and Cultural Organization"}, "organization"},
	{"UN Development Programme", []string{"UNDP", "United Nations Development Programme"}, "organization"},
	{"UN Population Fund", []string{"UNFPA", "United Nations Population Fund"}, "organization"},
	{"OCHA", []string{"UN Office for the Coordination of Humanitarian Affairs", "Office for the Coordination of Humanitarian Affairs"}, "organization"},
	{"UN Environment Programme", []string{"UNEP", "United Nations Environment Programme"}, "organization"},
	{"Intergovernmental Panel on Climate Change", []string{"IPCC"}, "organization"},
	{"UN Framework Convention on Climate Change", []string{"UNFCCC"}, "organization"},
	{"UN Women", nil, "organization"},
	{"International Atomic Energy Agency", []string{"IAEA"}, "organization"},
	{"World Health Organization", []string{"WHO", "World Health Organisation"}, "organization"},
	{"World Trade Organization", []string{"WTO", "World Trade Organisation"}, "organization"},
	{"International Monetary Fund", []string{"IMF"}, "organization"},
	{"World Bank", []string{"World Bank Group"}, "organization"},
	{"International Labour Organization", []string{"ILO", "International Labor Organization", "International Labour Organisation"}, "organization"},
	{"International Maritime Organization", []string{"IMO", "International Maritime Organisation"}, "organization"},
	{"International Civil Aviation Organization", []string{"ICAO"}, "organization"},
	{"International Telecommunication Union", []string{"ITU"}, "organization"},
	{"World Meteorological Organization", []string{"WMO", "World Meteorological Organisation"}, "organization"},
	{"World Intellectual Property Organization", []string{"WIPO"}, "organization"},
	{"International Organization for Migration", []string{"IOM", "International Organisation for Migration"}, "organization"},
	{"International Criminal Court", []string{"ICC"}, "organization"},
	{"International Court of Justice", []string{"ICJ", "World Court"}, "organization"},
	{"Permanent Court of Arbitration", []string{"PCA"}, "organization"},
	{"UNAIDS", nil, "organization"},
	{"UNIFIL", []string{"UN Interim Force in Lebanon"}, "organization"},
	{"MONUSCO", nil, "organization"},
	{"Organisation for the Prohibition of Chemical Weapons", []string{"OPCW", "Organization for the Prohibition of Chemical Weapons"}, "organization"},
	{"Comprehensive Nuclear-Test-Ban Treaty Organization", []string{"CTBTO"}, "organization"},
	// Other international and regional bodies
	{"Nato", []string{"NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"}, "organization"},
	{"G7", []string{"G-7", "Group of Seven"}, "organization"},
	{"G20", []string{"G-20", "Group of 20", "Group of Twenty"}, "organization"},
	{"Brics", []string{"BRICS"}, "organization"},
	{"Opec", []string{"OPEC", "Organization of the Petroleum Exporting Countries", "Organisation of the Petroleum Exporting Countries"}, "organization"},
	{"Opec+", []string{"OPEC+", "OPEC Plus", "Opec Plus"}, "organization"},
	{"African Union", []string{"AU"}, "organization"},
	{"Asean", []string{"ASEAN", "Association of Southeast Asian Nations", "Association of South East Asian Nations"}, "organization"},
	{"Arab League", []string{"League of Arab States"}, "organization"},
	{"Gulf Cooperation Council", []string{"GCC", "Gulf Co-operation Council"}, "organization"},
	{"Organisation of Islamic Cooperation", []string{"OIC", "Organization of Islamic Cooperation"}, "organization"},
	{"Commonwealth", []string{"Commonwealth of Nations"}, "organization"},
	{"Council of Europe", nil, "organization"},
	{"OSCE", []string{"Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"}, "organization"},
	{"OECD", []string{"Organisation for Economic Co-operation and Development", "Organization for Economic Cooperation and Development"}, "organization"},
	{"International Energy Agency", []string{"IEA"}, "organization"},
	{"Organization of American States", []string{"OAS", "Organisation of American States"}, "organization"},
	{"Mercosur", []string{"Mercosul"}, "organization"},
	{"Ecowas", []string{"ECOWAS", "Economic Community of West African States"}, "organization"},
	{"Southern African Development Community", []string{"SADC"}, "organization"},
	{"East African Community", []string{"EAC"}, "organization"},
	{"Shanghai Cooperation Organisation", []string{"SCO", "Shanghai Cooperation Organization"}, "organization"},
	{"Collective Security Treaty Organization", []string{"CSTO"}, "organization"},
	{"Eurasian Economic Union", []string{"EAEU"}, "organization"},
	{"Pacific Islands Forum", nil, "organization"},
	{"Aukus", []string{"AUKUS"}, "organization"},
	{"Five Eyes", nil, "organization"},
	{"Quad", []string{"Quadrilateral Security Dialogue"}, "organization"},
	{"World Economic Forum", []string{"WEF"}, "organization"},
	{"Bank for International Settlements", []string{"BIS"}, "organization"},
	{"European Bank for Reconstruction and Development", []string{"EBRD"}, "organization"},
	{"Asian Development Bank", []string{"ADB"}, "organization"},
	{"Asian Infrastructure Investment Bank", []string{"AIIB"}, "organization"},
	{"International Olympic Committee", []string{"IOC"}, "organization"},
	{"Fifa", []string{"FIFA"}, "organization"},
	{"Uefa", []string{"UEFA"}, "organization"},
	{"Interpol", []string{"INTERPOL", "International Criminal Police Organization"}, "organization"},
	{"European Space Agency", []string{"ESA"}, "organization"},
	{"CERN", []string{"European Organization for Nuclear Research"}, "organization"},
	{"Gavi", []string{"Gavi, the Vaccine Alliance"}, "organization"},
	{"Global Fund", []string{"Global Fund to Fight AIDS, Tuberculosis and Malaria"}, "organization"},
	{"International Renewable Energy Agency", []string{"IRENA"}, "organization"},
	{"International Finance Corporation", []string{"IFC"}, "organization"},
	{"Financial Action Task Force", []string{"FATF"}, "organization"},
	{"World Anti-Doping Agency", []string{"WADA"}, "organization"},
	{"Court of Arbitration for Sport", []string{"CAS"}, "organization"},
	{"International Cricket Council", nil, "organization"},
	{"Euroclear", nil, "organization"},
	// European Union
	{"European Union", []string{"EU", "E.U.", "Brussels"}, "organization"},
	{"European Commission", []string{"EU Commission"}, "organization"},
	{"European Parliament", []string{"EU Parliament"}, "organization"},
	{"European Council", nil, "organization"},
	{"Council of the European Union", []string{"Council of the EU"}, "organization"},
	{"European Central Bank", []string{"ECB"}, "organization"},
	{"European Court of Justice", []string{"ECJ", "Court of Justice of the European Union", "CJEU"}, "organization"},
	{"European Court of Human Rights", []string{"ECHR", "Strasbourg court"}, "organization"},
	{"European Investment Bank", []string{"EIB"}, "organization"},
	{"Eurogroup", nil, "organization"},
	{"Eurostat", nil, "organization"},
	{"Europol", nil, "organization"},
	{"Frontex", nil, "organization"},
	{"European Medicines Agency", []string{"EMA"}, "organization"},
	// Humanitarian, rights and campaign organisations
	{"International Committee of the Red Cross", []string{"ICRC", "Red Cross"}, "organization"},
	{"International Federation of Red Cross and Red Crescent Societies", []string{"IFRC"}, "organization"},
	{"Red Crescent", []string{"Palestine Red Crescent Society", "Palestinian Red Crescent", "Red Crescent Society"}, "organization"},
	{"Amnesty International", []string{"Amnesty"}, "organization"},
	{"Human Rights Watch", []string{"HRW"}, "organization"},
	{"Médecins Sans Frontières", []string{"MSF", "Medecins Sans Frontieres", "Doctors Without Borders"}, "organization"},
	{"Oxfam", nil, "organization"},
	{"Save the Children", nil, "organization"},
	{"Greenpeace", nil, "organization"},
	{"WWF", []string{"World Wide Fund for Nature", "World Wildlife Fund"}, "organization"},
	{"Transparency International", nil, "organization"},
	{"Reporters Without Borders", []string{"Reporters sans frontières", "Reporters Sans Frontieres"}, "organization"},
	{"Committee to Protect Journalists", []string{"CPJ"}, "organization"},
	{"International Rescue Committee", []string{"IRC"}, "organization"},
	{"Norwegian Refugee Council", []string{"NRC"}, "organization"},
	{"World Central Kitchen", nil, "organization"},
	{"Gaza Humanitarian Foundation", []string{"GHF"}, "organization"},
	{"Gates Foundation", []string{"Bill & Melinda Gates Foundation", "Bill and Melinda Gates Foundation"}, "organization"},
	{"Wikimedia Foundation", nil, "organization"},
	{"Bellingcat", nil, "organization"},
	{"Pew Research Center", []string{"Pew"}, "organization"},
	{"Gallup", nil, "organization"},
	{"YouGov", nil, "organization"},
	{"Ipsos", nil, "organization"},
	{"ACLU", []string{"American Civil Liberties Union"}, "organization"},
	{"NAACP", nil, "organization"},
	{"National Rifle Association", []string{"NRA"}, "organization"},
	{"Planned Parenthood", nil, "organization"},
	{"Anti-Defamation League", []string{"ADL"}, "organization"},
	{"AIPAC", []string{"American Israel Public Affairs Committee"}, "organization"},
	{"Heritage Foundation", nil, "organization"},
	{"Brookings Institution", []string{"Brookings"}, "organization"},
	{"Council on Foreign Relations", []string{"CFR"}, "organization"},
	{"Chatham House", nil, "organization"},
	{"RAND Corporation", []string{"Rand Corporation", "RAND"}, "organization"},
	{"Cato Institute", nil, "organization"},
	{"Institute for the Study of War", []string{"ISW"}, "organization"},
	{"Media Matters", []string{"Media Matters for America"}, "organization"},
	{"NewsGuard", nil, "organization"},
	{"Extinction Rebellion", nil, "group"},
	{"Just Stop Oil", nil, "group"},
	{"Palestine Action", nil, "group"},
	{"Black Lives Matter", []string{"BLM"}, "group"},
	{"Harvard University", []string{"Harvard"}, "organization"},
	{"Columbia University", nil, "organization"},
	{"Stanford University", []string{"Stanford"}, "organization"},
	{"Yale University", []string{"Yale"}, "organization"},
	{"Princeton University", []string{"Princeton"}, "organization"},
	{"MIT", []string{"Massachusetts Institute of Technology"}, "organization"},
	{"Johns Hopkins University", nil, "organization"},
	{"University of Oxford", []string{"Oxford University"}, "organization"},
	{"University of Cambridge", []string{"Cambridge University"}, "organization"},
	{"London School of Economics", nil, "organization"},
	{"Imperial College London", []string{"Imperial College"}, "organization"},
	{"University College London", []string{"UCL"}, "organization"},
	{"King's College London", nil, "organization"},
	{"AFL-CIO", nil, "organization"},
	{"Teamsters", []string{"International Brotherhood of Teamsters"}, "organization"},
	{"United Auto Workers", []string{"UAW"}, "organization"},
	{"Confederation of British Industry", []string{"CBI"}, "organization"},
	{"Unison", nil, "organization"},
	{"GMB", nil, "organization"},
	{"National Education Union", []string{"NEU"}, "organization"},
	{"RMT", nil, "organization"},
	{"Aslef", nil, "organization"},
	// United States government
	{"White House", nil, "organization"},
	{"Pentagon", []string{"Department of Defense", "Defense Department", "US Department of Defense", "Department of War", "War Department", "DoD"}, "organization"},
	{"State Department", []string{"Department of State", "US State Department", "U.S. State Department"}, "organization"},
	{"Congress", []string{"US Congress", "U.S. Congress", "United States Congress"}, "organization"},
	{"Senate", []string{"US Senate", "U.S. Senate", "United States Senate"}, "organization"},
	{"House of Representatives", []string{"US House of Representatives", "U.S. House of Representatives", "US House", "U.S. House"}, "organization"},
	{"Supreme Court", []string{"US Supreme Court", "U.S. Supreme Court"}, "organization"},
	{"FBI", []string{"Federal Bureau of Investigation"}, "organization"},
	{"CIA", []string{"Central Intelligence Agency"}, "organization"},
	{"National Security Agency", []string{"NSA"}, "organization"},
	{"National Security Council", []string{"NSC"}, "organization"},
	{"Justice Department", []string{"Department of Justice", "DOJ", "US Justice Department", "U.S. Justice Department"}, "organization"},
	{"Food and Drug Administration", []string{"FDA"}, "organization"},
	{"Centers for Disease Control and Prevention", []string{"CDC", "Centers for Disease Control"}, "organization"},
	{"National Institutes of Health", []string{"NIH"}, "organization"},
	{"Department of Health and Human Services", []string{"HHS", "Health and Human Services"}, "organization"},
	{"Federal Reserve", []string{"Fed", "Federal Reserve Board", "US Federal Reserve", "U.S. Federal Reserve"}, "organization"},
	{"Securities and Exchange Commission", []string{"SEC"}, "organization"},
	{"Federal Trade Commission", []string{"FTC"}, "organization"},
	{"Federal Communications Commission", []string{"FCC"}, "organization"},
	{"Environmental Protection Agency", []string{"EPA"}, "organization"},
	{"Nasa", []string{"NASA", "National Aeronautics and Space Administration"}, "organization"},
	{"Treasury", []string{"Treasury Department", "Department of the Treasury", "US Treasury", "U.S. Treasury", "HM Treasury"}, "organization"},
	{"Department of Homeland Security", []string{"DHS", "Homeland Security", "Homeland Security Department"}, "organization"},
	{"Immigration and Customs Enforcement", []string{"ICE", "US Immigration and Customs Enforcement"}, "organization"},
	{"Customs and Border Protection", []string{"CBP", "US Customs and Border Protection"}, "organization"},
	{"Border Patrol", []string{"US Border Patrol", "U.S. Border Patrol"}, "organization"},
	{"Internal Revenue Service", []string{"IRS"}, "organization"},
	{"Federal Emergency Management Agency", []string{"FEMA"}, "organization"},
	{"Federal Aviation Administration", []string{"FAA"}, "organization"},
	{"National Transportation Safety Board", []string{"NTSB"}, "organization"},
	{"Drug Enforcement Administration", []string{"DEA"}, "organization"},
	{"Secret Service", []string{"US Secret Service", "U.S. Secret Service"}, "organization"},
	{"National Guard", nil, "organization"},
	{"Department of Agriculture", []string{"USDA", "Agriculture Department"}, "organization"},
	{"Department of Education", []string{"Education Department"}, "organization"},
	{"Department of Energy", []string{"Energy Department", "DOE"}, "organization"},
	{"Department of Labor", []string{"Labor Department"}, "organization"},
	{"Department of Commerce", []string{"Commerce Department"}, "organization"},
	{"Department of the Interior", []string{"Interior Department"}, "organization"},
	{"Department of Transportation", []string{"Transportation Department"}, "organization"},
	{"Department of Veterans Affairs", []string{"Veterans Affairs Department"}, "organization"},
	{"Office of Management and Budget", []string{"OMB"}, "organization"},
	{"Congressional Budget Office", []string{"CBO"}, "organization"},
	{"Government Accountability Office", []string{"GAO"}, "organization"},
	{"Bureau of Labor Statistics", []string{"BLS"}, "organization"},
	{"USAID", []string{"US Agency for International Development", "U.S. Agency for International Development"}, "organization"},
	{"Department of Government Efficiency", []string{"DOGE", "Doge"}, "organization"},
	{"Joint Chiefs of Staff", nil, "organization"},
	{"US Army", []string{"U.S. Army"}, "organization"},
	{"US Navy", []string{"U.S. Navy"}, "organization"},
	{"US Air Force", []string{"U.S. Air Force"}, "organization"},
	{"US Marine Corps", []string{"U.S. Marine Corps", "Marine Corps"}, "organization"},
	{"NYPD", []string{"New York Police Department"}, "organization"},
	{"Republican National Committee", []string{"RNC"}, "organization"},
	{"Democratic National Committee", []string{"DNC"}, "organization"},
	{"Capitol Police", []string{"US Capitol Police", "U.S. Capitol Police"}, "organization"},
	{"Social Security Administration", []string{"SSA"}, "organization"},
	{"US Postal Service", []string{"U.S. Postal Service", "USPS", "Postal Service"}, "organization"},
	{"US Coast Guard", []string{"U.S. Coast Guard", "Coast Guard"}, "organization"},
	{"Space Force", []string{"US Space Force", "U.S. Space Force"}, "organization"},
	{"Federal Election Commission", []string{"FEC"}, "organization"},
	{"Consumer Financial Protection Bureau", []string{"CFPB"}, "organization"},
	{"National Labor Relations Board", []string{"NLRB"}, "organization"},
	{"Office of Personnel Management", []string{"OPM"}, "organization"},
	{"Department of Housing and Urban Development", []string{"HUD"}, "organization"},
	{"Bureau of Alcohol, Tobacco, Firearms and Explosives", []string{"ATF"}, "organization"},
	{"Transportation Security Administration", []string{"TSA"}, "organization"},
	{"Federal Deposit Insurance Corporation", []string{"FDIC"}, "organization"},
	{"Commodity Futures Trading Commission", []string{"CFTC"}, "organization"},
	{"National Weather Service", nil, "organization"},
	{"National Hurricane Center", nil, "organization"},
	{"NOAA", []string{"National Oceanic and Atmospheric Administration"}, "organization"},
	{"US Geological Survey", []string{"U.S. Geological Survey", "USGS"}, "organization"},
	// United Kingdom government and public bodies
	{"Parliament", []string{"UK Parliament", "British Parliament", "Houses of Parliament"}, "organization"},
	{"House of Commons", []string{"Commons"}, "organization"},
	{"House of Lords", []string{"Lords"}, "organization"},
	{"Home Office", nil, "organization"},
	{"Foreign Office", []string{"Foreign, Commonwealth and Development Office", "FCDO"}, "organization"},
	{"Ministry of Defence", []string{"MoD"}, "organization"},
	{"Cabinet Office", nil, "organization"},
	{"Department for Education", []string{"DfE"}, "organization"},
	{"Department of Health and Social Care", []string{"DHSC"}, "organization"},
	{"Bank of England", []string{"BoE"}, "organization"},
	{"NHS", []string{"National Health Service", "NHS England"}, "organization"},
	{"Metropolitan Police", []string{"Met Police", "Metropolitan Police Service", "Scotland Yard"}, "organization"},
	{"Police Scotland", nil, "organization"},
	{"National Crime Agency", []string{"NCA"}, "organization"},
	{"Crown Prosecution Service", []string{"CPS"}, "organization"},
	{"MI5", []string{"Security Service"}, "organization"},
	{"MI6", []string{"Secret Intelligence Service", "SIS"}, "organization"},
	{"GCHQ", []string{"Government Communications Headquarters"}, "organization"},
	{"Ofcom", nil, "organization"},
	{"Ofgem", nil, "organization"},
	{"Ofwat", nil, "organization"},
	{"Ofsted", nil, "organization"},
	{"Office for National Statistics", []string{"ONS"}, "organization"},
	{"Office for Budget Responsibility", []string{"OBR"}, "organization"},
	{"Financial Conduct Authority", []string{"FCA"}, "organization"},
	{"Competition and Markets Authority", []string{"CMA"}, "organization"},
	{"Electoral Commission", nil, "organization"},
	{"Met Office", nil, "organization"},
	{"Environment Agency", nil, "organization"},
	{"Border Force", nil, "organization"},
	{"Royal Navy", nil, "organization"},
	{"British Army", nil, "organization"},
	{"Royal Air Force", []string{"RAF"}, "organization"},
	{"Scottish Government", []string{"Scottish government"}, "organization"},
	{"Scottish Parliament", nil, "organization"},
	{"Welsh Government", []string{"Welsh government"}, "organization"},
	{"Senedd", []string{"Welsh Parliament"}, "organization"},
	{"Northern Ireland Assembly", nil, "organization"},
	{"Buckingham Palace", nil, "organization"},
	{"Kensington Palace", nil, "organization"},
	{"Church of England", nil, "organization"},
	{"Institute for Fiscal Studies", []string{"IFS"}, "organization"},
	{"Resolution Foundation", nil, "organization"},
	{"Trades Union Congress", []string{"TUC"}, "organization"},
	{"British Medical Association", []string{"BMA"}, "organization"},
	{"Royal College of Nursing", []string{"RCN"}, "organization"},
	{"Transport for London", []string{"TfL"}, "organization"},
	{"Network Rail", nil, "organization"},
	{"Royal Mail", nil, "organization"},
	{"Post Office", nil, "organization"},
	{"Thames Water", nil, "organization"},
	{"HM Revenue and Customs", []string{"HMRC", "HM Revenue & Customs"}, "organization"},
	{"Department for Work and Pensions", []string{"DWP"}, "organization"},
	{"Department for Transport", []string{"DfT"}, "organization"},
	{"Ministry of Justice", []string{"MoJ"}, "organization"},
	{"Department for Business and Trade", nil, "organization"},
	{"Department for Energy Security and Net Zero", []string{"DESNZ"}, "organization"},
	{"Defra", []string{"Department for Environment, Food and Rural Affairs"}, "organization"},
	{"UK Health Security Agency", []string{"UKHSA"}, "organization"},
	{"Care Quality Commission", []string{"CQC"}, "organization"},
	{"Serious Fraud Office", []string{"SFO"}, "organization"},
	{"Ofqual", nil, "organization"},
	{"Independent Office for Police Conduct", []string{"IOPC"}, "organization"},
	{"High Court", nil, "organization"},
	{"Court of Appeal", nil, "organization"},
	{"Old Bailey", nil, "organization"},
	{"Church of Scotland", nil, "organization"},
	{"Football Association", []string{"FA"}, "organization"},
	// Other national bodies
	{"Bundestag", nil, "organization"},
	{"Bundesbank", nil, "organization"},
	{"Bundeswehr", nil, "organization"},
	{"Duma", []string{"State Duma"}, "organization"},
	{"FSB", []string{"Federal Security Service"}, "organization"},
	{"Knesset", nil, "organization"},
	{"Mossad", nil, "organization"},
	{"Shin Bet", nil, "organization"},
	{"Israel Defense Forces", []string{"IDF", "Israel Defence Forces", "Israeli Defense Forces", "Israeli Defence Forces"}, "organization"},
	{"Verkhovna Rada", []string{"Rada"}, "organization"},
	{"SBU", []string{"Security Service of Ukraine"}, "organization"},
	{"National People's Congress", []string{"NPC"}, "organization"},
	{"People's Liberation Army", []string{"PLA"}, "organization"},
	{"Politburo", nil, "organization"},
	{"Lok Sabha", nil, "organization"},
	{"Reserve Bank of India", []string{"RBI"}, "organization"},
	{"Bank of Japan", []string{"BoJ", "BOJ"}, "organization"},
	{"People's Bank of China", []string{"PBOC", "PBoC"}, "organization"},
	{"Islamic Revolutionary Guard Corps", []string{"IRGC", "Revolutionary Guards", "Revolutionary Guard"}, "organization"},
	{"Palestinian Authority", nil, "organization"},
	{"Vatican Bank", nil, "organization"},
	{"Catholic Church", []string{"Roman Catholic Church"}, "organization"},
	{"Bundesrat", nil, "organization"},
	{"National Assembly", nil, "organization"},
	{"Constitutional Court", nil, "organization"},
	{"Sejm", nil, "organization"},
	{"Dáil", []string{"Dail", "Dáil Éireann"}, "organization"},
	{"Majlis", nil, "organization"},
	{"Guardian Council", nil, "organization"},
	{"Assembly of Experts", nil, "organization"},
	{"COGAT", nil, "organization"},
	{"Ministry of State Security", []string{"MSS"}, "organization"},
	{"Central Military Commission", nil, "organization"},
	{"ISRO", []string{"Indian Space Research Organisation"}, "organization"},
	{"Sudanese Armed Forces", []string{"SAF", "Sudan Armed Forces"}, "organization"},
	{"Russian Orthodox Church", nil, "organization"},
	{"Church of Jesus Christ of Latter-day Saints", nil, "organization"},
	// Political parties
	{"Republican Party", []string{"GOP", "Grand Old Party"}, "organization"},
	{"Democratic Party", nil, "organization"},
	{"Labour Party", []string{"Labour", "Labour party"}, "organization"},
	{"Conservative Party", []string{"Conservative party", "Tory Party", "Tory party"}, "organization"},
	{"Liberal Democrats", []string{"Lib Dems", "Lib Dem", "LibDems", "Liberal Democrat"}, "organization"},
	{"Scottish National Party", []string{"SNP"}, "organization"},
	{"Reform UK", []string{"Reform"}, "organization"},
	{"Green Party", []string{"Greens", "Green party"}, "organization"},
	{"Plaid Cymru", nil, "organization"},
	{"Democratic Unionist Party", []string{"DUP"}, "organization"},
	{"Sinn Féin", []string{"Sinn Fein"}, "organization"},
	{"Social Democratic and Labour Party", []string{"SDLP"}, "organization"},
	{"Alliance Party", nil, "organization"},
	{"UKIP", []string{"UK Independence Party"}, "organization"},
	{"Alternative for Germany", []string{"AfD", "Alternative für Deutschland"}, "organization"},
	{"Christian Democratic Union", []string{"CDU"}, "organization"},
	{"Christian Social Union", []string{"CSU"}, "organization"},
	{"Social Democratic Party", []string{"SPD"}, "organization"},
	{"Free Democratic Party", []string{"FDP", "Free Democrats"}, "organization"},
	{"National Rally", []string{"Rassemblement National"}, "organization"},
	{"La France Insoumise", []string{"LFI", "France Unbowed"}, "organization"},
	{"Brothers of Italy", []string{"Fratelli d'Italia"}, "organization"},
	{"Fidesz", nil, "organization"},
	{"Law and Justice", []string{"PiS"}, "organization"},
	{"Likud", nil, "organization"},
	{"Fatah", nil, "organization"},
	{"Palestine Liberation Organization", []string{"PLO", "Palestine Liberation Organisation"}, "organization"},
	{"Justice and Development Party", []string{"AKP"}, "organization"},
	{"United Russia", nil, "organization"},
	{"Chinese Communist Party", []string{"CCP", "CPC", "Communist Party of China"}, "organization"},
	{"Bharatiya Janata Party", []string{"BJP"}, "organization"},
	{"Indian National Congress", []string{"Congress party", "Congress Party"}, "organization"},
	{"Pakistan Tehreek-e-Insaf", []string{"PTI"}, "organization"},
	{"African National Congress", []string{"ANC"}, "organization"},
	{"Liberal Democratic Party", []string{"LDP"}, "organization"},
	{"Muslim Brotherhood", nil, "group"},
	{"Fianna Fáil", []string{"Fianna Fail"}, "organization"},
	{"Fine Gael", nil, "organization"},
	{"Alba Party", nil, "organization"},
	{"Scottish Labour", nil, "organization"},
	{"Welsh Labour", nil, "organization"},
	// Groups: party members, militant groups, peoples and faiths
	{"Republicans", []string{"Republican"}, "group"},
	{"Democrats", []string{"Democrat"}, "group"},
	{"Tories", []string{"Tory", "Conservatives"}, "group"},
	{"Hamas", nil, "group"},
	{"Hezbollah", []string{"Hizbollah", "Hizballah"}, "group"},
	{"Taliban", nil, "group"},
	{"Houthis", []string{"Houthi", "Ansar Allah"}, "group"},
	{"Wagner Group", []string{"Wagner"}, "group"},
	{"Islamic State", []string{"IS", "ISIS", "ISIL", "Daesh"}, "group"},
	{"al-Qaeda", []string{"al-Qaida", "Al-Qaeda", "al Qaeda", "Al Qaeda"}, "group"},
	{"Boko Haram", nil, "group"},
	{"al-Shabab", []string{"al-Shabaab", "Al-Shabab", "Al-Shabaab"}, "group"},
	{"Hayat Tahrir al-Sham", []string{"HTS"}, "group"},
	{"Kurdistan Workers' Party", []string{"PKK"}, "group"},
	{"Syrian Democratic Forces", []string{"SDF"}, "group"},
	{"Rapid Support Forces", []string{"RSF"}, "group"},
	{"Palestinian Islamic Jihad", []string{"Islamic Jihad"}, "group"},
	{"M23", []string{"March 23 Movement"}, "group"},
	{"IRA", []string{"Irish Republican Army"}, "group"},
	{"Proud Boys", nil, "group"},
	{"Maga", []string{"MAGA"}, "group"},
	{"Kurds", []string{"Kurdish"}, "group"},
	{"Rohingya", nil, "group"},
	{"Uyghurs", []string{"Uyghur", "Uighurs", "Uighur"}, "group"},
	{"Yazidis", []string{"Yazidi"}, "group"},
	{"Druze", nil, "group"},
	{"Alawites", []string{"Alawite"}, "group"},
	{"Tamils", nil, "group"},
	{"Sunnis", []string{"Sunni"}, "group"},
	{"Shias", []string{"Shia", "Shiites", "Shiite", "Shi'ites"}, "group"},
	{"Muslims", nil, "group"},
	{"Christians", nil, "group"},
	{"Jews", nil, "group"},
	{"Catholics", nil, "group"},
	{"Hindus", nil, "group"},
	{"Sikhs", nil, "group"},
	{"Roma", nil, "group"},
	{"Maori", []string{"Māori"}, "group"},
	{"Tutsis", []string{"Tutsi"}, "group"},
	{"Hutus", []string{"Hutu"}, "group"},
	{"Pashtuns", []string{"Pashtun"}, "group"},
	{"Hazaras", []string{"Hazara"}, "group"},
	{"Tigrayans", []string{"Tigrayan"}, "group"},
	{"Crimean Tatars", nil, "group"},
	{"Chechens", []string{"Chechen"}, "group"},
	{"Bedouin", nil, "group"},
	{"Qassam Brigades", []string{"al-Qassam Brigades", "Izz ad-Din al-Qassam Brigades"}, "group"},
	{"Kataib Hezbollah", nil, "group"},
	{"Lashkar-e-Taiba", nil, "group"},
	{"Jaish-e-Mohammed", nil, "group"},
	{"ISIS-K", []string{"Islamic State Khorasan", "ISKP", "IS-K"}, "group"},
	{"JNIM", []string{"Jama'at Nusrat al-Islam wal-Muslimin"}, "group"},
	{"FARC", []string{"Revolutionary Armed Forces of Colombia"}, "group"},
	{"ELN", []string{"National Liberation Army"}, "group"},
	{"Tren de Aragua", nil, "group"},
	{"MS-13", nil, "group"},
	{"Sinaloa Cartel", []string{"Sinaloa cartel"}, "group"},
	{"Jalisco New Generation Cartel", []string{"CJNG"}, "group"},
	{"Azov Brigade", []string{"Azov"}, "group"},
	{"Polisario Front", []string{"Polisario"}, "group"},
	{"Tigray People's Liberation Front", []string{"TPLF"}, "group"},
	{"Arakan Army", nil, "group"},
	{"New IRA", nil, "group"},
	{"Antifa", nil, "group"},
	{"Oath Keepers", nil, "group"},
	{"Evangelicals", []string{"Evangelical"}, "group"},
	{"Protestants", nil, "group"},
	{"Buddhists", nil, "group"},
	{"Mormons", []string{"Mormon"}, "group"},
	{"Haredim", []string{"Haredi"}, "group"},
	{"Copts", []string{"Coptic Christians"}, "group"},
	{"Amazigh", []string{"Berbers"}, "group"},
	{"Aboriginal Australians", []string{"Indigenous Australians", "Aboriginal"}, "group"},
	{"First Nations", nil, "group"},
	{"Native Americans", []string{"Native American"}, "group"},
	{"Inuit", nil, "group"},
	{"Tibetans", []string{"Tibetan"}, "group"},
	{"Kashmiris", []string{"Kashmiri"}, "group"},
	{"Baloch", []string{"Baluch"}, "group"},
	{"Dalits", []string{"Dalit"}, "group"},
	{"Afrikaners", []string{"Afrikaner"}, "group"},
	{"Latinos", []string{"Latino", "Latina", "Latinas", "Hispanics", "Hispanic"}, "group"},
	// Companies
	{"Apple", nil, "organization"},
	{"Google", nil, "organization"},
	{"Alphabet", nil, "organization"},
	{"Microsoft", nil, "organization"},
	{"Amazon", nil, "organization"},
	{"Meta", []string{"Meta Platforms"}, "organization"},
	{"Facebook", nil, "organization"},
	{"Instagram", nil, "organization"},
	{"WhatsApp", nil, "organization"},
	{"Twitter", nil, "organization"},
	{"YouTube", nil, "organization"},
	{"Tesla", nil, "organization"},
	{"SpaceX", nil, "organization"},
	{"Starlink", nil, "organization"},
	{"xAI", nil, "organization"},
	{"OpenAI", nil, "organization"},
	{"Anthropic", nil, "organization"},
	{"Google DeepMind", []string{"DeepMind"}, "organization"},
	{"Nvidia", []string{"NVIDIA"}, "organization"},
	{"Intel", nil, "organization"},
	{"AMD", []string{"Advanced Micro Devices"}, "organization"},
	{"TSMC", []string{"Taiwan Semiconductor Manufacturing Company", "Taiwan Semiconductor Manufacturing Co"}, "organization"},
	{"IBM", nil, "organization"},
	{"Oracle", nil, "organization"},
	{"Salesforce", nil, "organization"},
	{"Palantir", nil, "organization"},
	{"Uber", nil, "organization"},
	{"Airbnb", nil, "organization"},
	{"Netflix", nil, "organization"},
	{"Spotify", nil, "organization"},
	{"Disney", []string{"Walt Disney Company"}, "organization"},
	{"Samsung", []string{"Samsung Electronics"}, "organization"},
	{"Sony", nil, "organization"},
	{"Toyota", nil, "organization"},
	{"Volkswagen", []string{"VW"}, "organization"},
	{"BMW", nil, "organization"},
	{"Mercedes-Benz", nil, "organization"},
	{"Stellantis", nil, "organization"},
	{"Ford", []string{"Ford Motor"}, "organization"},
	{"General Motors", []string{"GM"}, "organization"},
	{"Nissan", nil, "organization"},
	{"Honda", nil, "organization"},
	{"Hyundai", nil, "organization"},
	{"BYD", nil, "organization"},
	{"Boeing", nil, "organization"},
	{"Airbus", nil, "organization"},
	{"Lockheed Martin", nil, "organization"},
	{"RTX", []string{"Raytheon"}, "organization"},
	{"Northrop Grumman", nil, "organization"},
	{"BAE Systems", nil, "organization"},
	{"Rheinmetall", nil, "organization"},
	{"Shell", nil, "organization"},
	{"BP", nil, "organization"},
	{"ExxonMobil", []string{"Exxon Mobil", "Exxon"}, "organization"},
	{"Chevron", nil, "organization"},
	{"TotalEnergies", nil, "organization"},
	{"Saudi Aramco", []string{"Aramco"}, "organization"},
	{"Gazprom", nil, "organization"},
	{"Rosneft", nil, "organization"},
	{"Lukoil", nil, "organization"},
	{"Naftogaz", nil, "organization"},
	{"Glencore", nil, "organization"},
	{"Rio Tinto", nil, "organization"},
	{"BHP", nil, "organization"},
	{"Huawei", nil, "organization"},
	{"ZTE", nil, "organization"},
	{"TikTok", nil, "organization"},
	{"ByteDance", nil, "organization"},
	{"Alibaba", nil, "organization"},
	{"Tencent", nil, "organization"},
	{"Baidu", nil, "organization"},
	{"Xiaomi", nil, "organization"},
	{"DeepSeek", nil, "organization"},
	{"JPMorgan", []string{"JPMorgan Chase", "JP Morgan", "J.P. Morgan"}, "organization"},
	{"Goldman Sachs", []string{"Goldman"}, "organization"},
	{"Morgan Stanley", nil, "organization"},
	{"Citigroup", []string{"Citi"}, "organization"},
	{"Bank of America", nil, "organization"},
	{"Wells Fargo", nil, "organization"},
	{"BlackRock", nil, "organization"},
	{"Berkshire Hathaway", nil, "organization"},
	{"HSBC", nil, "organization"},
	{"Barclays", nil, "organization"},
	{"Lloyds", []string{"Lloyds Banking Group"}, "organization"},
	{"NatWest", nil, "organization"},
	{"Deutsche Bank", nil, "organization"},
	{"UBS", nil, "organization"},
	{"Credit Suisse", nil, "organization"},
	{"Visa", nil, "organization"},
	{"Mastercard", nil, "organization"},
	{"PayPal", nil, "organization"},
	{"Pfizer", nil, "organization"},
	{"Moderna", nil, "organization"},
	{"AstraZeneca", nil, "organization"},
	{"Johnson & Johnson", nil, "organization"},
	{"Novo Nordisk", nil, "organization"},
	{"Eli Lilly", nil, "organization"},
	{"GSK", []string{"GlaxoSmithKline"}, "organization"},
	{"Walmart", nil, "organization"},
	{"Tesco", nil, "organization"},
	{"Starbucks", nil, "organization"},
	{"McDonald's", nil, "organization"},
	{"Coca-Cola", nil, "organization"},
	{"Nike", nil, "organization"},
	{"Unilever", nil, "organization"},
	{"Nestlé", []string{"Nestle"}, "organization"},
	{"Siemens", nil, "organization"},
	{"Vodafone", nil, "organization"},
	{"Nokia", nil, "organization"},
	{"Ericsson", nil, "organization"},
	{"Tata", nil, "organization"},
	{"Reliance Industries", nil, "organization"},
	{"Adani Group", nil, "organization"},
	{"Ryanair", nil, "organization"},
	{"Lufthansa", nil, "organization"},
	{"British Airways", nil, "organization"},
	{"Truth Social", nil, "organization"},
	{"Bluesky", nil, "organization"},
	{"Telegram", nil, "organization"},
	{"Reddit", nil, "organization"},
	{"LinkedIn", nil, "organization"},
	{"Snapchat", nil, "organization"},
	{"Wikipedia", nil, "organization"},
	{"Snopes", nil, "organization"},
	{"PolitiFact", nil, "organization"},
	{"FactCheck.org", nil, "organization"},
	{"Full Fact", nil, "organization"},
	{"SMIC", nil, "organization"},
	{"CATL", nil, "organization"},
	{"Shein", nil, "organization"},
	{"Temu", nil, "organization"},
	{"Lenovo", nil, "organization"},
	{"DJI", nil, "organization"},
	{"Hikvision", nil, "organization"},
	{"Nippon Steel", nil, "organization"},
	{"SoftBank", nil, "organization"},
	{"Toshiba", nil, "organization"},
	{"Panasonic", nil, "organization"},
	{"Nintendo", nil, "organization"},
	{"Mitsubishi", nil, "organization"},
	{"Infosys", nil, "organization"},
	{"Air India", nil, "organization"},
	{"LG", nil, "organization"},
	{"SK Hynix", nil, "organization"},
	{"Kia", nil, "organization"},
	{"Roblox", nil, "organization"},
	{"Epic Games", nil, "organization"},
	{"Qualcomm", nil, "organization"},
	{"ASML", nil, "organization"},
	{"Broadcom", nil, "organization"},
	{"Cisco", nil, "organization"},
	{"Dell", nil, "organization"},
	{"Adobe", nil, "organization"},
	{"Mistral AI", nil, "organization"},
	{"Scale AI", nil, "organization"},
	{"GitHub", nil, "organization"},
	{"Cloudflare", nil, "organization"},
	{"CrowdStrike", nil, "organization"},
	{"Coinbase", nil, "organization"},
	{"Binance", nil, "organization"},
	{"FTX", nil, "organization"},
	{"Klarna", nil, "organization"},
	{"Revolut", nil, "organization"},
	{"Deliveroo", nil, "organization"},
	{"Sainsbury's", nil, "organization"},
	{"Asda", nil, "organization"},
	{"Marks & Spencer", []string{"M&S"}, "organization"},
	{"Primark", nil, "organization"},
	{"Rolls-Royce", nil, "organization"},
	{"Jaguar Land Rover", []string{"JLR"}, "organization"},
	{"easyJet", nil, "organization"},
	{"BT", []string{"BT Group"}, "organization"},
	{"Octopus Energy", nil, "organization"},
	{"British Gas", nil, "organization"},
	{"National Grid", nil, "organization"},
	{"EDF", nil, "organization"},
	{"Tata Steel", nil, "organization"},
	{"British Steel", nil, "organization"},
	{"Equinor", nil, "organization"},
	{"Eni", nil, "organization"},
	{"Halliburton", nil, "organization"},
	{"ADNOC", nil, "organization"},
	{"QatarEnergy", nil, "organization"},
	{"Petrobras", nil, "organization"},
	{"Pemex", nil, "organization"},
	{"PDVSA", nil, "organization"},
	{"Anglo American", nil, "organization"},
	{"De Beers", nil, "organization"},
	{"ArcelorMittal", nil, "organization"},
	{"Maersk", nil, "organization"},
	{"FedEx", nil, "organization"},
	{"UPS", nil, "organization"},
	{"DHL", nil, "organization"},
	{"Costco", nil, "organization"},
	{"Home Depot", nil, "organization"},
	{"Procter & Gamble", nil, "organization"},
	{"PepsiCo", nil, "organization"},
	{"Heineken", nil, "organization"},
	{"AB InBev", nil, "organization"},
	{"Diageo", nil, "organization"},
	{"L'Oréal", []string{"L'Oreal"}, "organization"},
	{"LVMH", nil, "organization"},
	{"Chanel", nil, "organization"},
	{"Gucci", nil, "organization"},
	{"Inditex", nil, "organization"},
	{"H&M", nil, "organization"},
	{"Adidas", nil, "organization"},
	{"Ikea", []string{"IKEA"}, "organization"},
	{"Lego", nil, "organization"},
	{"Philips", nil, "organization"},
	{"Bosch", nil, "organization"},
	{"Porsche", nil, "organization"},
	{"Audi", nil, "organization"},
	{"Ferrari", nil, "organization"},
	{"Renault", nil, "organization"},
	{"Peugeot", nil, "organization"},
	{"Volvo", nil, "organization"},
	{"Rivian", nil, "organization"},
	{"Waymo", nil, "organization"},
	{"Lyft", nil, "organization"},
	{"DoorDash", nil, "organization"},
	{"Shopify", nil, "organization"},
	{"eBay", nil, "organization"},
	{"GameStop", nil, "organization"},
	{"Warner Bros. Discovery", []string{"Warner Bros", "Warner Bros."}, "organization"},
	{"Paramount", []string{"Paramount Global"}, "organization"},
	{"Comcast", nil, "organization"},
	{"Fox Corporation", nil, "organization"},
	{"News Corp", nil, "organization"},
	{"AT&T", nil, "organization"},
	{"Verizon", nil, "organization"},
	{"T-Mobile", nil, "organization"},
	{"Deutsche Telekom", nil, "organization"},
	{"BioNTech", nil, "organization"},
	{"Sanofi", nil, "organization"},
	{"Roche", nil, "organization"},
	{"Novartis", nil, "organization"},
	{"Merck", nil, "organization"},
	{"AbbVie", nil, "organization"},
	{"Gilead", []string{"Gilead Sciences"}, "organization"},
	{"UnitedHealth", []string{"UnitedHealth Group", "UnitedHealthcare"}, "organization"},
	{"Purdue Pharma", nil, "organization"},
	{"Bayer", nil, "organization"},
	{"Monsanto", nil, "organization"},
	{"Cargill", nil, "organization"},
	{"KKR", nil, "organization"},
	{"Blackstone", nil, "organization"},
	{"Temasek", nil, "organization"},
	{"Public Investment Fund", []string{"PIF"}, "organization"},
	{"Nasdaq", nil, "organization"},
	{"New York Stock Exchange", []string{"NYSE"}, "organization"},
	{"London Stock Exchange", nil, "organization"},
	{"Moody's", nil, "organization"},
	{"S&P Global", []string{"Standard & Poor's"}, "organization"},
	{"Fitch", []string{"Fitch Ratings"}, "organization"},
	{"Deloitte", nil, "organization"},
	{"PwC", nil, "organization"},
	{"KPMG", nil, "organization"},
	{"EY", []string{"Ernst & Young"}, "organization"},
	{"McKinsey", []string{"McKinsey & Company"}, "organization"},
	{"Accenture", nil, "organization"},
	{"Rosatom", nil, "organization"},
	{"Rostec", nil, "organization"},
	{"Sberbank", nil, "organization"},
	{"VTB", nil, "organization"},
	{"Aeroflot", nil, "organization"},
	{"Ukrenergo", nil, "organization"},
	{"Energoatom", nil, "organization"},
	{"Weibo", nil, "organization"},
	{"WeChat", nil, "organization"},
	{"Douyin", nil, "organization"},
	{"Substack", nil, "organization"},
	{"Twitch", nil, "organization"},
	{"WikiLeaks", []string{"Wikileaks"}, "organization"},
	{"NFL", []string{"National Football League"}, "organization"},
	{"NBA", nil, "organization"},
	{"MLB", []string{"Major League Baseball"}, "organization"},
	{"NCAA", nil, "organization"},
	{"PGA Tour", nil, "organization"},
	{"LIV Golf", nil, "organization"},
	{"FIA", nil, "organization"},
	{"World Athletics", nil, "organization"},
	// News organisations
	{"Reuters", nil, "organization"},
	{"Associated Press", []string{"AP"}, "organization"},
	{"AFP", []string{"Agence France-Presse"}, "organization"},
	{"Bloomberg", []string{"Bloomberg News"}, "organization"},
	{"BBC", []string{"British Broadcasting Corporation", "BBC News"}, "organization"},
	{"CNN", nil, "organization"},
	{"Fox News", nil, "organization"},
	{"NBC", []string{"NBC News"}, "organization"},
	{"ABC News", []string{"ABC"}, "organization"},
	{"CBS", []string{"CBS News"}, "organization"},
	{"MSNBC", nil, "organization"},
	{"CNBC", nil, "organization"},
	{"NPR", []string{"National Public Radio"}, "organization"},
	{"PBS", nil, "organization"},
	{"New York Times", []string{"The New York Times", "NYT"}, "organization"},
	{"Washington Post", []string{"The Washington Post"}, "organization"},
	{"Wall Street Journal", []string{"The Wall Street Journal", "WSJ"}, "organization"},
	{"Financial Times", []string{"FT"}, "organization"},
	{"The Guardian", []string{"Guardian"}, "organization"},
	{"The Times", nil, "organization"},
	{"The Telegraph", []string{"Telegraph", "Daily Telegraph", "The Daily Telegraph"}, "organization"},
	{"The Economist", nil, "organization"},
	{"The Independent", nil, "organization"},
	{"The Observer", nil, "organization"},
	{"Daily Mail", []string{"MailOnline"}, "organization"},
	{"Evening Standard", nil, "organization"},
	{"Politico", nil, "organization"},
	{"Axios", nil, "organization"},
	{"Al Jazeera", nil, "organization"},
	{"Sky News", nil, "organization"},
	{"ITV", []string{"ITV News"}, "organization"},
	{"Channel 4", []string{"Channel 4 News"}, "organization"},
	{"GB News", nil, "organization"},
	{"Press Association", []string{"PA Media"}, "organization"},
	{"Yahoo", []string{"Yahoo News"}, "organization"},
	{"BuzzFeed", []string{"BuzzFeed News"}, "organization"},
	{"Breitbart", []string{"Breitbart News"}, "organization"},
	{"Salon", nil, "organization"},
	{"CNNMoney", nil, "organization"},
	{"Los Angeles Times", []string{"LA Times"}, "organization"},
	{"USA Today", nil, "organization"},
	{"The Atlantic", nil, "organization"},
	{"The New Yorker", nil, "organization"},
	{"Newsweek", nil, "organization"},
	{"The Hill", nil, "organization"},
	{"Vox", nil, "organization"},
	{"HuffPost", []string{"Huffington Post"}, "organization"},
	{"Forbes", nil, "organization"},
	{"ProPublica", nil, "organization"},
	{"Semafor", nil, "organization"},
	{"Der Spiegel", []string{"Spiegel"}, "organization"},
	{"Le Monde", nil, "organization"},
	{"Haaretz", nil, "organization"},
	{"Times of Israel", nil, "organization"},
	{"Kyiv Independent", nil, "organization"},
	{"Deutsche Welle", []string{"DW"}, "organization"},
	{"France 24", nil, "organization"},
	{"Euronews", nil, "organization"},
	{"Tass", []string{"TASS"}, "organization"},
	{"RIA Novosti", nil, "organization"},
	{"Interfax", nil, "organization"},
	{"RT", []string{"Russia Today"}, "organization"},
	{"Xinhua", nil, "organization"},
	{"Global Times", nil, "organization"},
	{"CCTV", nil, "organization"},
	{"South China Morning Post", []string{"SCMP"}, "organization"},
	{"Nikkei", nil, "organization"},
	{"Yonhap", nil, "organization"},
	{"KCNA", []string{"Korean Central News Agency"}, "organization"},
	{"Voice of America", []string{"VOA"}, "organization"},
	{"Radio Free Europe", []string{"RFE/RL", "Radio Free Europe/Radio Liberty"}, "organization"},
	{"The Sun", nil, "organization"},
	{"Daily Mirror", nil, "organization"},
	{"Daily Express", nil, "organization"},
	{"The Scotsman", nil, "organization"},
	{"Irish Times", []string{"The Irish Times"}, "organization"},
	{"RTÉ", []string{"RTE"}, "organization"},
	{"Sydney Morning Herald", []string{"The Sydney Morning Herald"}, "organization"},
	{"CBC", []string{"CBC News", "Canadian Broadcasting Corporation"}, "organization"},
	{"Globe and Mail", []string{"The Globe and Mail"}, "organization"},
	{"NHK", nil, "organization"},
	{"Kyodo", []string{"Kyodo News"}, "organization"},
	{"Straits Times", []string{"The Straits Times"}, "organization"},
	{"Hindustan Times", nil, "organization"},
	{"Times of India", []string{"The Times of India"}, "organization"},
	{"The Hindu", nil, "organization"},
	{"NDTV", nil, "organization"},
	{"Al Arabiya", nil, "organization"},
	{"Anadolu", []string{"Anadolu Agency"}, "organization"},
	{"IRNA", nil, "organization"},
	{"Tasnim", nil, "organization"},
	{"Ukrinform", nil, "organization"},
	{"Ukrainska Pravda", nil, "organization"},
	{"Meduza", nil, "organization"},
	{"Novaya Gazeta", nil, "organization"},
	{"Kommersant", nil, "organization"},
	{"Le Figaro", nil, "organization"},
	{"Die Zeit", nil, "organization"},
	{"Bild", nil, "organization"},
	{"Frankfurter Allgemeine Zeitung", []string{"FAZ"}, "organization"},
	{"Süddeutsche Zeitung", nil, "organization"},
	{"El País", []string{"El Pais"}, "organization"},
	{"Corriere della Sera", nil, "organization"},
	{"The Verge", nil, "organization"},
	{"TechCrunch", nil, "organization"},
	{"Ars Technica", nil, "organization"},
	{"Business Insider", nil, "organization"},
	{"Fox Business", nil, "organization"},
	{"C-SPAN", nil, "organization"},
	{"Newsmax", nil, "organization"},
	{"One America News", []string{"OANN"}, "organization"},
	{"The Daily Beast", []string{"Daily Beast"}, "organization"},
	{"Vice News", nil, "organization"},
	{"Mother Jones", nil, "organization"},
	{"National Review", nil, "organization"},
	{"The Intercept", nil, "organization"},
	{"Rolling Stone", nil, "organization"},
	{"The Hollywood Reporter", nil, "organization"},
	{"UPI", []string{"United Press International"}, "organization"},
	{"EFE", nil, "organization"},
	{"ANSA", nil, "organization"},
	{"DPA", nil, "organization"},
	{"Press Trust of India", nil, "organization"},
	{"ANI", nil, "organization"},
	{"People's Daily", nil, "organization"},
	{"China Daily", nil, "organization"},
	{"Caixin", nil, "organization"},
}

// gazRegion is a region or bloc that acts in news ("Europe", "the West").
type gazRegion struct {
	// Name is the canonical name: "Europe", "Middle East", "the West".
	Name string
	// Aliases are the region's adjectives and people nouns ("European",
	// "Europeans") and other names for it. Bodies such as the European Union
	// are in gazOrgs.
	Aliases []string
	// Kind is always "group".
	Kind string
}

// gazRegions lists continents, world regions and blocs that news treats as
// actors ("Europeans want", "the West warned").
var gazRegions = []gazRegion{
	{"Europe", []string{"European", "Europeans"}, "group"},
	{"Eastern Europe", []string{"Eastern European", "Eastern Europeans"}, "group"},
	{"Western Europe", []string{"Western European", "Western Europeans"}, "group"},
	{"Central Europe", []string{"Central European", "Central Europeans"}, "group"},
	{"Middle East", []string{"Middle Eastern", "Mideast"}, "group"},
	{"Africa", []string{"African", "Africans"}, "group"},
	{"North Africa", []string{"North African", "North Africans"}, "group"},
	{"West Africa", []string{"West African", "West Africans"}, "group"},
	{"East Africa", []string{"East African", "East Africans"}, "group"},
	{"Sub-Saharan Africa", []string{"sub-Saharan Africa"}, "group"},
	{"Horn of Africa", nil, "group"},
	{"Sahel", []string{"Sahelian"}, "group"},
	{"Maghreb", []string{"Maghrebi"}, "group"},
	{"Asia", []string{"Asian", "Asians"}, "group"},
	{"East Asia", []string{"East Asian", "East Asians"}, "group"},
	{"South Asia", []string{"South Asian", "South Asians"}, "group"},
	{"Southeast Asia", []string{"South-East Asia", "South East Asia", "Southeast Asian", "Southeast Asians", "South-East Asian"}, "group"},
	{"Central Asia", []string{"Central Asian", "Central Asians"}, "group"},
	{"Asia-Pacific", []string{"Asia Pacific"}, "group"},
	{"Indo-Pacific", nil, "group"},
	{"Latin America", []string{"Latin American", "Latin Americans"}, "group"},
	{"South America", []string{"South American", "South Americans"}, "group"},
	{"Central America", []string{"Central American", "Central Americans"}, "group"},
	{"North America", []string{"North American", "North Americans"}, "group"},
	{"Americas", nil, "group"},
	{"Caribbean", []string{"Caribbean nations"}, "group"},
	{"Oceania", nil, "group"},
	{"Pacific Islands", []string{"Pacific Islander", "Pacific Islanders"}, "group"},
	{"the West", []string{"Western", "Westerners", "Western powers", "Western allies"}, "group"},
	{"Global South", nil, "group"},
	{"Arab world", []string{"Arab", "Arabs", "Arab states", "Arab nations"}, "group"},
	{"Gulf states", []string{"Gulf Arab states", "Gulf countries", "Gulf nations"}, "group"},
	{"Levant", []string{"Levantine"}, "group"},
	{"Scandinavia", []string{"Scandinavian", "Scandinavians"}, "group"},
	{"Nordic countries", []string{"Nordics", "Nordic"}, "group"},
	{"Balkans", []string{"Balkan", "Western Balkans"}, "group"},
	{"Baltic states", []string{"Baltics", "Baltic"}, "group"},
	{"Caucasus", []string{"South Caucasus"}, "group"},
	{"Eurozone", []string{"Euro area"}, "group"},
}

// gazPlaces lists well-known places that are not national capitals: cities,
// states and provinces, UK counties and regions, seas, straits, rivers,
// islands, mountains and landmarks. They locate events and are not actors.
// Names that are also a gazetteer entry stay with that entry: the US state of
// Georgia and Washington state (a country and a capital), Australia's Victoria
// (the capital of Seychelles), Edinburgh (the capital of Scotland), Gaza (under
// Palestine), Capitol Hill (a Gov form of the United States).
var gazPlaces = []string{
	// United States: states (Georgia and Washington are left out: they are a country and a capital)
	"Alabama",
	"Alaska",
	"Arizona",
	"Arkansas",
	"California",
	"Colorado",
	"Connecticut",
	"Delaware",
	"Florida",
	"Hawaii",
	"Idaho",
	"Illinois",
	"Indiana",
	"Iowa",
	"Kansas",
	"Kentucky",
	"Louisiana",
	"Maine",
	"Maryland",
	"Massachusetts",
	"Michigan",
	"Minnesota",
	"Mississippi",
	"Missouri",
	"Montana",
	"Nebraska",
	"Nevada",
	"New Hampshire",
	"New Jersey",
	"New Mexico",
	"New York",
	"North Carolina",
	"North Dakota",
	"Ohio",
	"Oklahoma",
	"Oregon",
	"Pennsylvania",
	"Rhode Island",
	"South Carolina",
	"South Dakota",
	"Tennessee",
	"Texas",
	"Utah",
	"Vermont",
	"Virginia",
	"West Virginia",
	"Wisconsin",
	"Wyoming",

	// United States: cities and places
	"New York City",
	"NYC",
	"Manhattan",
	"Brooklyn",
	"Bronx",
	"Los Angeles",
	"San Francisco",
	"Chicago",
	"Houston",
	"Philadelphia",
	"Phoenix",
	"San Diego",
	"San Antonio",
	"Dallas",
	"Austin",
	"Seattle",
	"Boston",
	"Miami",
	"Atlanta",
	"Denver",
	"Detroit",
	"Las Vegas",
	"New Orleans",
	"Baltimore",
	"Pittsburgh",
	"Cleveland",
	"Minneapolis",
	"St Louis",
	"St. Louis",
	"Nashville",
	"Portland",
	"Charlotte",
	"Orlando",
	"Tampa",
	"Sacramento",
	"Honolulu",
	"Anchorage",
	"Salt Lake City",
	"Kansas City",
	"Milwaukee",
	"Cincinnati",
	"Indianapolis",
	"El Paso",
	"Tucson",
	"Albuquerque",
	"Oakland",
	"Memphis",
	"Louisville",
	"Newark",
	"Palm Beach",
	"Silicon Valley",
	"Hollywood",
	"Wall Street",
	"Mar-a-Lago",
	"Camp David",
	"Guantanamo Bay",
	"Guantanamo",
	"Pearl Harbor",
	"Times Square",
	"Central Park",
	"Ground Zero",
	"Statue of Liberty",
	"Grand Canyon",
	"Yellowstone",
	"Niagara Falls",
	"Golden Gate Bridge",
	"Guam",
	"American Samoa",
	"US Virgin Islands",

	// Canada
	"Ontario",
	"Quebec",
	"British Columbia",
	"Alberta",
	"Manitoba",
	"Saskatchewan",
	"Nova Scotia",
	"New Brunswick",
	"Newfoundland",
	"Newfoundland and Labrador",
	"Prince Edward Island",
	"Yukon",
	"Nunavut",
	"Northwest Territories",
	"Toronto",
	"Montreal",
	"Vancouver",
	"Calgary",
	"Edmonton",
	"Winnipeg",
	"Halifax",
	"Quebec City",

	// Australia and New Zealand (Victoria is left out: it is a capital)
	"New South Wales",
	"Queensland",
	"South Australia",
	"Western Australia",
	"Tasmania",
	"Northern Territory",
	"Sydney",
	"Melbourne",
	"Brisbane",
	"Perth",
	"Adelaide",
	"Darwin",
	"Hobart",
	"Gold Coast",
	"Auckland",
	"Christchurch",

	// United Kingdom and Ireland
	"Manchester",
	"Birmingham",
	"Liverpool",
	"Leeds",
	"Glasgow",
	"Bristol",
	"Sheffield",
	"Newcastle",
	"Nottingham",
	"Leicester",
	"Southampton",
	"Portsmouth",
	"Plymouth",
	"Brighton",
	"Oxford",
	"Cambridge",
	"York",
	"Aberdeen",
	"Dundee",
	"Inverness",
	"Swansea",
	"Newport",
	"Derry",
	"Londonderry",
	"Coventry",
	"Bradford",
	"Hull",
	"Stoke-on-Trent",
	"Wolverhampton",
	"Sunderland",
	"Milton Keynes",
	"Norwich",
	"Exeter",
	"Canterbury",
	"Dover",
	"Salisbury",
	"Southport",
	"Rotherham",
	"Blackpool",
	"Bolton",
	"Middlesbrough",
	"Grimsby",
	"Croydon",
	"Heathrow",
	"Gatwick",
	"Cork",
	"Galway",
	"Limerick",
	"Kent",
	"Essex",
	"Surrey",
	"Sussex",
	"East Sussex",
	"West Sussex",
	"Yorkshire",
	"North Yorkshire",
	"South Yorkshire",
	"West Yorkshire",
	"Lancashire",
	"Cornwall",
	"Devon",
	"Cumbria",
	"Norfolk",
	"Suffolk",
	"Somerset",
	"Dorset",
	"Hampshire",
	"Cheshire",
	"Merseyside",
	"Greater Manchester",
	"Midlands",
	"West Midlands",
	"East Midlands",
	"Northumberland",
	"County Durham",
	"Lincolnshire",
	"Wiltshire",
	"Oxfordshire",
	"Gloucestershire",
	"Hertfordshire",
	"Berkshire",
	"Buckinghamshire",
	"Derbyshire",
	"Staffordshire",
	"Shropshire",
	"Warwickshire",
	"Leicestershire",
	"Nottinghamshire",
	"Cambridgeshire",
	"Isle of Wight",
	"Scottish Highlands",
	"Lake District",
	"Cotswolds",
	"Home Counties",
	"Teesside",
	"Tyneside",
	"Orkney",
	"Shetland",
	"Hebrides",
	"Anglesey",
	"Snowdonia",
	"Isle of Man",
	"Jersey",
	"Guernsey",
	"Channel Islands",
	"Gibraltar",
	"Falklands",
	"Falkland Islands",
	"Sellafield",
	"Hinkley Point",
	"Faslane",
	"Trafalgar Square",
	"Parliament Square",
	"Hyde Park",
	"Big Ben",
	"Tower of London",
	"Stonehenge",

	// Europe
	"Barcelona",
	"Milan",
	"Naples",
	"Venice",
	"Florence",
	"Turin",
	"Munich",
	"Hamburg",
	"Frankfurt",
	"Cologne",
	"Düsseldorf",
	"Stuttgart",
	"Dresden",
	"Leipzig",
	"Marseille",
	"Lyon",
	"Nice",
	"Bordeaux",
	"Toulouse",
	"Strasbourg",
	"Lille",
	"Calais",
	"Cannes",
	"Rotterdam",
	"Antwerp",
	"Geneva",
	"Zurich",
	"Basel",
	"Davos",
	"Lausanne",
	"Porto",
	"Seville",
	"Valencia",
	"Bilbao",
	"Malaga",
	"Ibiza",
	"Mallorca",
	"Majorca",
	"Tenerife",
	"Canary Islands",
	"Balearic Islands",
	"Gothenburg",
	"Krakow",
	"Gdansk",
	"Thessaloniki",
	"Lesbos",
	"Crete",
	"Rhodes",
	"Salzburg",
	"Sicily",
	"Sardinia",
	"Corsica",
	"Lampedusa",
	"Catalonia",
	"Basque Country",
	"Andalusia",
	"Bavaria",
	"Saxony",
	"Lombardy",
	"Normandy",
	"Provence",
	"Alsace",
	"Flanders",
	"Wallonia",
	"Silesia",
	"Transylvania",
	"Svalbard",
	"Faroe Islands",
	"Azores",
	"Madeira",
	"Srebrenica",
	"Dubrovnik",
	"Eiffel Tower",
	"Notre-Dame",
	"Notre Dame",
	"Colosseum",
	"Acropolis",
	"Brandenburg Gate",
	"Berlin Wall",
	"Sagrada Familia",

	// Russia, Ukraine and neighbours
	"St Petersburg",
	"Saint Petersburg",
	"St. Petersburg",
	"Novosibirsk",
	"Yekaterinburg",
	"Vladivostok",
	"Sochi",
	"Murmansk",
	"Kazan",
	"Rostov-on-Don",
	"Volgograd",
	"Kaliningrad",
	"Siberia",
	"Chechnya",
	"Dagestan",
	"Kursk",
	"Belgorod",
	"Bryansk",
	"Red Square",
	"Crimea",
	"Sevastopol",
	"Donbas",
	"Donbass",
	"Donetsk",
	"Luhansk",
	"Lugansk",
	"Odesa",
	"Odessa",
	"Kharkiv",
	"Kharkov",
	"Mariupol",
	"Kherson",
	"Zaporizhzhia",
	"Zaporizhia",
	"Dnipro",
	"Dnipropetrovsk",
	"Lviv",
	"Bakhmut",
	"Avdiivka",
	"Pokrovsk",
	"Kramatorsk",
	"Sloviansk",
	"Mykolaiv",
	"Sumy",
	"Chernihiv",
	"Poltava",
	"Bucha",
	"Irpin",
	"Chernobyl",
	"Chornobyl",
	"Maidan",
	"Transnistria",
	"Abkhazia",
	"South Ossetia",
	"Nagorno-Karabakh",
	"Karabakh",

	// Middle East
	"Istanbul",
	"Izmir",
	"Antalya",
	"Gaziantep",
	"Diyarbakir",
	"Dubai",
	"Sharjah",
	"Jeddah",
	"Mecca",
	"Medina",
	"Haifa",
	"Tel Aviv",
	"Eilat",
	"Nazareth",
	"Bethlehem",
	"Hebron",
	"Jenin",
	"Nablus",
	"Tulkarm",
	"Jericho",
	"Gaza City",
	"Rafah",
	"Khan Younis",
	"Khan Yunis",
	"Deir al-Balah",
	"Jabalia",
	"Beit Lahia",
	"Beit Hanoun",
	"Sderot",
	"Ashkelon",
	"Ashdod",
	"Negev",
	"Galilee",
	"Golan Heights",
	"Golan",
	"Sinai",
	"Al-Aqsa",
	"Al-Aqsa Mosque",
	"al-Aqsa Mosque",
	"Temple Mount",
	"Western Wall",
	"Dome of the Rock",
	"Aleppo",
	"Homs",
	"Idlib",
	"Raqqa",
	"Deir ez-Zor",
	"Latakia",
	"Tartus",
	"Daraa",
	"Mosul",
	"Basra",
	"Erbil",
	"Kirkuk",
	"Fallujah",
	"Najaf",
	"Karbala",
	"Kurdistan",
	"Iraqi Kurdistan",
	"Isfahan",
	"Natanz",
	"Fordow",
	"Bushehr",
	"Mashhad",
	"Tabriz",
	"Shiraz",
	"Qom",
	"Bandar Abbas",
	"Kharg Island",
	"Aden",
	"Hodeidah",
	"Marib",
	"Taiz",
	"Sidon",
	"Tyre",
	"Benghazi",
	"Misrata",
	"Alexandria",
	"Giza",
	"Suez",
	"Sharm el-Sheikh",
	"Luxor",
	"Aswan",
	"Port Said",
	"Kandahar",
	"Herat",
	"Mazar-i-Sharif",
	"Jalalabad",
	"Helmand",
	"Bagram",
	"Hagia Sophia",

	// South and East Asia
	"Mumbai",
	"Bombay",
	"Delhi",
	"Kolkata",
	"Calcutta",
	"Chennai",
	"Bangalore",
	"Bengaluru",
	"Hyderabad",
	"Ahmedabad",
	"Pune",
	"Srinagar",
	"Amritsar",
	"Kashmir",
	"Jammu and Kashmir",
	"Punjab",
	"Kerala",
	"Gujarat",
	"Maharashtra",
	"Uttar Pradesh",
	"Bihar",
	"West Bengal",
	"Tamil Nadu",
	"Manipur",
	"Assam",
	"Ladakh",
	"Karachi",
	"Lahore",
	"Peshawar",
	"Rawalpindi",
	"Quetta",
	"Balochistan",
	"Khyber Pakhtunkhwa",
	"Chittagong",
	"Taj Mahal",
	"Shanghai",
	"Shenzhen",
	"Guangzhou",
	"Wuhan",
	"Chengdu",
	"Chongqing",
	"Hangzhou",
	"Nanjing",
	"Tianjin",
	"Xi'an",
	"Harbin",
	"Urumqi",
	"Lhasa",
	"Xinjiang",
	"Tibet",
	"Guangdong",
	"Hubei",
	"Sichuan",
	"Yunnan",
	"Hainan",
	"Inner Mongolia",
	"Tiananmen Square",
	"Tiananmen",
	"Forbidden City",
	"Great Wall",
	"Osaka",
	"Kyoto",
	"Hiroshima",
	"Nagasaki",
	"Fukushima",
	"Yokohama",
	"Sapporo",
	"Hokkaido",
	"Okinawa",
	"Busan",
	"Incheon",
	"Jeju",
	"Kaesong",
	"Demilitarized Zone",
	"Kaohsiung",
	"Kinmen",
	"Ho Chi Minh City",
	"Saigon",
	"Da Nang",
	"Yangon",
	"Rangoon",
	"Mandalay",
	"Rakhine",
	"Phuket",
	"Chiang Mai",
	"Cebu",
	"Davao",
	"Mindanao",
	"Surabaya",
	"Bali",
	"Java",
	"Sumatra",
	"Borneo",
	"Aceh",
	"Penang",
	"Almaty",
	"Samarkand",

	// Africa
	"Lagos",
	"Kano",
	"Port Harcourt",
	"Johannesburg",
	"Cape Town",
	"Durban",
	"Soweto",
	"Mombasa",
	"Dar es Salaam",
	"Zanzibar",
	"Goma",
	"Lubumbashi",
	"Casablanca",
	"Marrakesh",
	"Marrakech",
	"Tangier",
	"Timbuktu",
	"El Fasher",
	"Omdurman",
	"Darfur",
	"Kordofan",
	"Tigray",
	"Mekelle",
	"Bulawayo",
	"Cabo Delgado",

	// Latin America
	"São Paulo",
	"Sao Paulo",
	"Rio de Janeiro",
	"Medellín",
	"Medellin",
	"Cali",
	"Guadalajara",
	"Monterrey",
	"Tijuana",
	"Ciudad Juárez",
	"Ciudad Juarez",
	"Cancún",
	"Cancun",
	"Acapulco",
	"Sinaloa",
	"Culiacán",
	"Culiacan",
	"Valparaíso",
	"Cusco",
	"Machu Picchu",
	"Patagonia",
	"Tierra del Fuego",
	"Galapagos Islands",
	"Galápagos Islands",
	"Maracaibo",
	"Amazon rainforest",
	"Darien Gap",

	// Islands
	"Chagos Islands",
	"Chagos Archipelago",
	"Diego Garcia",
	"Senkaku Islands",
	"Diaoyu Islands",
	"Spratly Islands",
	"Spratlys",
	"Paracel Islands",
	"Scarborough Shoal",
	"Second Thomas Shoal",
	"Kuril Islands",
	"Kurils",
	"Sakhalin",
	"Aleutian Islands",
	"Cayman Islands",
	"British Virgin Islands",
	"Bermuda",
	"Turks and Caicos",
	"Anguilla",
	"Montserrat",
	"Aruba",
	"Curaçao",
	"Curacao",
	"Martinique",
	"Guadeloupe",
	"Réunion",
	"Mayotte",
	"New Caledonia",
	"French Polynesia",
	"Tahiti",
	"Easter Island",
	"Socotra",
	"Snake Island",
	"Ascension Island",
	"St Helena",
	"South Georgia",
	"Bougainville",
}

// gazNatural lists seas, oceans, straits, canals, rivers, lakes, mountains
// and ranges: places like gazPlaces, and never actors, even when named
// often ("tension in the South Atlantic", "storms in the Alps").
var gazNatural = []string{
	// Oceans, seas, straits, canals and rivers
	"Atlantic",
	"Atlantic Ocean",
	"Pacific",
	"Pacific Ocean",
	"Indian Ocean",
	"Arctic",
	"Arctic Ocean",
	"Southern Ocean",
	"Antarctic",
	"Antarctica",
	"Mediterranean",
	"Mediterranean Sea",
	"Black Sea",
	"Red Sea",
	"Caspian Sea",
	"Baltic Sea",
	"North Sea",
	"Irish Sea",
	"Aegean",
	"Aegean Sea",
	"Adriatic",
	"Adriatic Sea",
	"Sea of Azov",
	"Sea of Japan",
	"South China Sea",
	"East China Sea",
	"Yellow Sea",
	"Arabian Sea",
	"Persian Gulf",
	"Arabian Gulf",
	"Gulf of Oman",
	"Gulf of Aden",
	"Gulf of Mexico",
	"Gulf of America",
	"Gulf of Guinea",
	"Bay of Bengal",
	"Caribbean Sea",
	"Barents Sea",
	"Dead Sea",
	"Sea of Galilee",
	"English Channel",
	"Strait of Hormuz",
	"Hormuz",
	"Bab el-Mandeb",
	"Bab al-Mandab",
	"Bosphorus",
	"Dardanelles",
	"Taiwan Strait",
	"Strait of Gibraltar",
	"Strait of Malacca",
	"Kerch Strait",
	"Bering Strait",
	"Suez Canal",
	"Panama Canal",
	"Lake Victoria",
	"Lake Geneva",
	"Great Lakes",
	"Thames",
	"River Thames",
	"Seine",
	"Rhine",
	"Danube",
	"Dnieper",
	"Volga",
	"Nile",
	"Euphrates",
	"Tigris",
	"Jordan River",
	"Yangtze",
	"Mekong",
	"Ganges",
	"Indus",
	"Rio Grande",
	"Potomac",

	// Mountains and ranges
	"Himalayas",
	"Alps",
	"Andes",
	"Rockies",
	"Rocky Mountains",
	"Urals",
	"Ural Mountains",
	"Pyrenees",
	"Carpathians",
	"Atlas Mountains",
	"Hindu Kush",
	"Mount Everest",
	"Everest",
	"Kilimanjaro",
	"Mont Blanc",
	"Mount Etna",
	"Etna",
	"Vesuvius",
	"Mount Fuji",
	"Appalachians",
	"Sierra Nevada",
}

// givenNamesMale and givenNamesFemale list given names, whitespace-separated,
// for telling that an unknown capitalised pair ("Olena Kovalenko") is a person
// and for the person's sex. They are international: English, French, German,
// Dutch, Scandinavian, Italian, Spanish, Portuguese, Slavic, Baltic, Greek,
// Hungarian, Arabic, Turkish, Persian, Hebrew, South Asian, East Asian and
// African names, often in several romanisations ("Volodymyr", "Vladimir";
// "Mohammed", "Muhammad"). A name used for both sexes (Alex, Jordan, Kim,
// Robin, Andrea, Jean) is in neither list, and so is a name that is an
// everyday English word (Will, Bill, Mark, Guy, Grace, Hope, May, June, Rose),
// which keeps both lists disjoint from commonWords. A few names are also
// places or capitals (Sofia, Victoria, Santiago, Charlotte, Florence); the
// gazetteer test lists them.
var givenNamesMale = `
Aaron Abbas Abdallah Abdel Abdelaziz Abdul Abdulaziz Abdullah Abdulrahman Abiy Abraham Adam
Adrian Ahmad Ahmed Ahmet Aidan Ajit Akbar Akinwumi Akira Akshay Alain Alan Alassane Alastair
Albert Alberto Alejandro Aleksandar Aleksandr Aleksei Alessandro Alexander Alexei Alexey Alfie
Alfonso Alfred Ali Aliko Alistair Allan Alvaro Alvin Ambrose Amir Amit Amos Amr Anand Anatoly
Anders Andreas Andrei Andrej Andres Andrew Andrey Andrii Andriy Andrzej Andrés Andy Angelo Angus
Anil Anthony Antoine Antonio Antony Antti Antônio Anura Anwar Archibald Archie Armin Arnaud
Arnold Arseniy Artem Arthur Arun Arvind Ashok Asif Assimi Austin Avi Avigdor Ayman Balázs Barack
Barney Barry Bashar Basil Bassirou Bastien Ben Benedict Benjamin Benny Benoit Benoît Bernard
Bernie Bert Bertie Bezalel Bilawal Binali Bjorn Björn Bob Bobby Bohdan Bola Boris Boyko Brad
Bradley Brandon Brendan Brent Brett Brian Bruce Bruno Bryan Burak Byron Calin Callum Calvin Carl
Carlo Carlos Cecil Cedric Charles Christophe Chuck Ciro Clarence Clark Claudio Clement Clifford
Clint Clive Clyde Colin Connor Conor Conrad Craig Cristiano Curtis Cyril Cédric Călin Damian
Damien Daniel Danny Dario Darren Darryl Dave David Dean Declan Deepak Dennis Denys Derek Desmond
Devlet Dick Didier Diego Dieter Dimitar Dimitris Dinesh Dmitri Dmitriy Dmitry Dmytro Domenico
Dominic Donald Doug Douglas Dragan Duncan Dustin Dwight Dylan Eamon Eamonn Ebrahim Ed Eddie
Edgar Edgars Edmund Edouard Eduardo Edward Edwin Ehsan Ehud Ekrem Eli Elijah Elliot Elliott Elon
Elton Elvis Emile Emiliano Emilio Emmanuel Emmerson Emmett Emre Enrico Enrique Eric Erik Ernest
Ernesto Ernie Espen Ethan Ettore Eugene Evgeny Evo Ewan Fabien Fabio Fabrice Fahad Fahd Faisal
Farhad Faure Federico Felipe Felix Ferdinand Ferenc Fergus Fernando Fidel Filippo Florent Fouad
Francesco Francis Francisco Franck Francois Frank Frank-Walter Franklin Frans François Fraser
Fred Freddie Frederick Frederik Friedrich Fuad Fumio Fyodor Félix Gabor Gabriel Gamal Gareth
Garry Gary Gautam Gavin Gaël Geert Gennady Gennaro Geoff Geoffrey George Georgios Gerald Geraldo
Gerard Gerhard Gerry Giancarlo Gianni Gideon Gilad Gilbert Gilles Giorgio Giorgos Giovanni
Gitanas Giuseppe Glenn Gonzalo Goodluck Goran Gordon Gotabaya Graeme Graham Greg Gregg Gregory
Grigory Grégoire Guido Guillaume Gunter Gustavo Gábor Gérald Gérard Günter Haakon Hafez Hage
Haitham Hakainde Hakan Hakeem Hamad Hamid Hamish Hamza Hank Hans Harold Harrison Harry Haruki
Harvey Hasan Hassan Hazem Hector Heiko Heinz Helmut Hendrik Henri Henrik Henry Herbert Herman
Herve Hervé Herzi Hiroshi Hisham Horst Hosni Hossein Howard Hryhoriy Hubertus Hugh Hugo Hugues
Humphrey Hussein Ian Ibrahim Ibrahima Ichiro Idriss Ignacio Igor Ihor Il-sung Imran Isaac Isaias
Ismail Itamar Ivan Iñigo Jack Jacob Jacques Jae-in Jae-myung Jair Jakaya Jake Jamal James Jared
Jaroslaw Jarosław Jason Jasper Javad Javier Jawaharlal Jean-Claude Jean-Luc Jean-Marie
Jean-Michel Jean-Noël Jean-Paul Jean-Pierre Jean-Yves Jeff Jeffrey Jens Jeremy Jeroen Jerome
Jerry Jesse Jiabao Jiechi Jim Jimmy Jinping Jintao Jiri Jiří Joachim Joao Joaquin Joaquín Joe
Joel Joerg Joey Johan Johannes John Johnny Joko Jomo Jon Jonas Jonathan Jong-il Jong-un Jorge
Jose Joseph Josh Joshua José João Joël Juan Juha Julian Julien Julius Junichiro Jurgen Justin
Jérôme Jörg Jürgen Kagiso Kais Karan Kareem Karim Karl Karl-Heinz Kazuo Keir Keith Kemal Ken
Kenji Kenneth Kenny Keqiang Kevin Kgalema Khaled Khalid Ki-moon Kieran Kirill Kithure Kjell
Klaus Kofi Konstantin Konstantinos Kostiantyn Kristian Krzysztof Kwame Kyle Kylian Kyriakos
Lachlan Lance Larry Lars Laszlo Laurence Laurent Lawrence Lech Leo Leon Leonard Leonardo Leonid
Lewis Liam Lionel Lloyd Logan Lorenzo Lothar Louis Loïc Luc Luca Luciano Ludwig Luigi Luis Luiz
Lukas Luke László Macky Magnus Mahamat Mahathir Mahinda Mahmoud Mahmud Majid Maksym Malcolm
Mamadou Manfred Manmohan Manuel Marc Marcel Marcello Marcelo Marco Marcos Marcus Marek Mariano
Mario Markus Martin Marvin Marwan Masayoshi Masoud Massimo Mateusz Mathias Mathieu Mats Matt
Matteo Matthew Matthias Maurice Mauricio Maurizio Max Maxime Maximilian Mazen Mehdi Mehmet
Melvin Mevlut Mevlüt Michael Michel Mick Mickey Miguel Mike Mikhail Mikko Milorad Milos Miloš
Mircea Mitch Mitchell Mohamad Mohamed Mohammad Mohammed Mohsen Mojtaba Moritz Moshe Moussa Moïse
Muammar Muhammad Muhammadu Mukesh Murat Murray Musa Musalia Mustafa Mykhailo Mykola Nabih Nabil
Naftali Naguib Najib Naoto Narendra Nasser Nathan Nathaniel Nawaz Nayib Neil Nelson Neville
Nicholas Nick Nicolae Nicolas Nicolò Nigel Niklas Nikola Nikolai Nikolay Nikos Nils Nitin Noah
Noel Norbert Norman Nuno Ofer Olaf Olav Oleg Oleh Oleksandr Oleksii Oleksiy Oliver Olivier Ollie
Olusegun Osama Oscar Oswald Otto Oumar Ousmane Owen Ozgur Pablo Paolo Pascal Patrice Patrick
Paul Pavel Pavlo Pedro Percy Pervez Pete Peter Petr Petro Petteri Phil Philip Philipp Philippe
Phillip Piero Pierre Pieter Pietro Piotr Piyush Prabowo Prakash Prayuth Qasem Qassem Quentin
Radoslaw Radosław Rafael Rafal Rafał Raffaele Rahul Raila Rajesh Rajiv Rajnath Rakesh Ralph
Ramesh Rami Ramon Ramzan Ramón Randall Randy Ranil Raphael Raphaël Ratan Raul Raymond Raúl Recep
Reggie Reginald Remi Renato Rene René Rex Reza Rhys Riad Ricardo Riccardo Richard Richie Rick
Ricky Rigathi Rishi Robbie Robert Roberto Rocco Rodney Rodrigo Roger Rohit Roland Rolf Romano
Ronald Ronnie Rory Ross Roy Ruben Rubén Rudy Rui Rumen Rupert Ruslan Russell Rustem Ruud Ryan
Rémi Saad Sachin Saddam Saif Salah Saleh Salem Salman Salva Salvatore Sami Samir Samuel Sandro
Sanjay Santiago Satya Sauli Scott Seamus Sean Sebastian Sebastien Sebastián Serge Sergei Sergey
Sergio Serhii Serhiy Seth Seydou Shane Shashi Shaul Shaun Shehbaz Shigeru Shimon Shinjiro Shinzo
Siddharth Sidney Sigmar Sigurd Silvio Simon Slobodan Srettha Stanislav Stanley Stavros Stefan
Stefano Stephan Stephane Stephen Steve Steven Stewart Stuart Stéphane Subrahmanyam Suk-yeol
Sundar Sunil Suresh Sven Sylvain Sébastien Takeshi Talal Tamim Taras Tarek Tariq Taro Tayyip Ted
Teddy Terence Terry Thabo Thaksin Theo Theodore Thiago Thibault Thierry Thomas Thorsten Tiago
Tim Timothy Tobias Toby Todd Tom Tomas Tomasz Tommaso Tommy Tomás Tomáš Tony Torsten Traian
Travis Trevor Tristan Troy Tucker Turki Tyler Uhuru Ulf Ulrich Ulrik Umberto Uri Uwe Vaclav
Vadim Vadym Valerio Valeriy Valery Valéry Vasily Vasyl Vernon Vicente Victor Vijay Vikram Viktor
Vince Vincent Vincenzo Vinicius Vinícius Virat Vitali Vitaliy Vitaly Vittorio Vivek Vladimir
Volodymyr Vyacheslav Václav Wade Wael Walid Wallace Walter Warren Wayne Werner Wes Wesley Wilbur
Wilfred Wilhelm Willem William Willie Winston Wojciech Wolfgang Wopke Wouter Xavi Xavier
Xiaoping Yahya Yair Yannick Yannis Yaroslav Yasin Yasser Yevgeny Yevhen Yitzhak Yoav Yogi
Yonatan Yosef Yoshihide Yossi Yousef Youssef Yoweri Yukio Yuri Yuriy Yusuf Yves Zach Zachary
Zayed Zedong Zemin Ziad Zinedine Zoltan Zoltán Zoran Zulfikar Álvaro Édouard Émile Özgür İbrahim
`

// givenNamesFemale: see givenNamesMale.
var givenNamesFemale = `
Abena Abigail Ada Adaeze Adele Adjoa Adriana Agnes Agnieszka Agnès Aiko Aisha Aishwarya Akie
Akosua Alejandra Alessandra Alice Alicia Alina Alison Allison Amal Amanda Amelia Amelie Amina
Aminata Amy Amélie Ana Anastasia Angela Angelina Anielle Anita Anjali Anke Ann Anna Annalena
Anne Anne-Marie Anneliese Annie Annika Antonia Arabella Arundhati Asma Astrid Audrey Aurelie
Aurore Aurélie Awa Ayanna Ayelet Ayesha Ayse Ayşe Barbara Basma Beata Beatrice Beatriz Becky
Begona Begoña Belinda Bella Benazir Bernadette Beth Bethany Betty Beverley Beverly Birgit
Birgitta Brenda Bridget Brigitte Britney Brittany Bushra Busisiwe Caitlin Camila Camilla Candace
Carla Carmen Carol Carole Caroline Carolyn Catarina Catherine Cathy Cayetana Cecile Celia
Chandrika Chantal Charlotte Chelsea Cheryl Chiamaka Chiara Chimamanda Chloe Chloé Christa
Christiane Christina Christine Cindy Claire Clara Clare Claudia Clemence Clémence Colleen
Condoleezza Consuelo Corazon Cristina Cynthia Cécile Daisy Dalia Danielle Daphne Daria Darya
Debbie Deborah Debra Deepika Delcy Delphine Denise Diana Diane Dianne Dilan Dilma Dina Dolores
Donatella Donna Doris Dorota Dorothee Dorothy Droupadi Dubravka Ebba Edith Efua Ekaterina Elaine
Eleanor Eleni Elif Elin Elisa Elisabeth Elise Elizabeth Ella Ellen Elly Elodie Eloise Elsie
Elvira Elzbieta Elżbieta Eman Emanuela Emily Emine Emma Erica Erin Erna Esperanza Esra Esther
Eva Evelyn Evita Ewa Farah Fatima Fatma Fatou Federica Femke Fernanda Fiona Florence Folake
Frances Francesca Francoise Franziska Françoise Frauke Frida Funmilayo Gabriela Gabrielle Galina
Gemma Georgina Geraldine Gerda Geun-hye Ghada Gianna Gillian Gina Ginette Giorgia Giulia Gleisi
Gloria Golda Golshifteh Graca Graciela Graça Greta Gretchen Guadalupe Gwen Gwyneth Hala Halyna
Hanan Hanna Hannah Hannelore Harini Harriet Haruka Hasina Hauwa Hayley Heather Heba Heidi Heike
Helen Helena Helle Henrietta Hiba Hillary Hiroko Holly Huda Ilaria Ildiko Ildikó Ilhan Ilse Iman
Imelda Indira Ines Ing-wen Ingrid Ingrida Inna Inés Irene Irina Iryna Isabel Isabella Isabelle
Ivana Ivanka Iveta Jacinda Jacqueline Jamila Jane Janet Janice Jasmine Jayalalithaa Jeanne
Jelena Jemima Jennifer Jenny Jess Jessica Jill Jo-Anne Joan Joana Joanna Joanne Jocelyn Joni
Josefina Josephine Josiane Joyce Juana Judit Judith Judy Julia Julie Juliet Kaja Kalpana Kamala
Karen Karin Karoline Katalin Katarina Katarzyna Kate Katerina Kateryna Katherine Kathleen
Kathryn Kathy Katie Katja Katrin Katy Kavita Kayleigh Keiko Kellyanne Kemi Keon-hee Kersti
Khadija Khaleda Khrystyna Kimberly Kirsten Kirsty Kolinda Kristalina Kristen Kristi Ksenia
Kseniya Kumiko Kyrsten Laetitia Laila Lakshmi Larisa Laura Lauren Layla Lea Leah Leila Leni
Leonor Lesley Leticia Limor Lina Linda Lindiwe Linnea Lisa Liudmyla Liv Liz Lois Lorena Lorraine
Louise Loujain Lourdes Lubna Lucia Lucinda Lucy Lucía Ludmila Lydia Lyudmila Lyudmyla Lætitia
Léa Madeleine Magdalena Maggie Maha Mahsa Maia Maja Malak Malala Malgorzata Mamata Manal Mandy
Manon Manuela Margaret Margarita Margaux Margrethe Maria Mariam Mariama Mariana Marie Marielle
Mariko Marilyn Marina Marine Marion Marisol Marit Mariya Marjorie Marta Martha Martina Mary
Maryam Maryna María Masako Mathilde Matilda Maureen Mayawati Małgorzata Meera Megan Megawati
Melania Melanie Melissa Meral Mercedes Merve Mette Mhairi Michelle Michiko Milica Miranda Miri
Molly Mona Monica Monika Monique Montserrat Nadezhda Nadia Nadine Nadiya Naledi Nancy Naomi
Narges Nasrin Natalia Natalie Nataliya Natalya Natasha Nathalie Nawal Nazanin Neha Ngozi Nicole
Nikki Niloufar Nina Nirmala Nkosazana Noor Nora Noriko Norma Nour Nuria Oksana Oleksandra Olena
Olga Olivia Ophélie Orit Orly Ornella Paetongtarn Pamela Paola Parisa Patricia Paula Pauline
Penelope Petra Philippa Phoebe Phyllis Pilar Polina Polly Pooja Pramila Pratibha Priscilla Priti
Priya Priyanka Rachel Rachida Radha Raffaella Rania Rasha Rashida Razan Rebecca Rebekah Reem
Regina Rekha Renate Ricarda Rigoberta Rima Rita Roberta Rocio Rocío Rosa Rosalind Rosario
Rosemary Rosie Roya Ruslana Ruth Sabine Sabrina Sachiko Sahle-Work Sahra Sakura Sally Salma
Samantha Samar Samia Samira Sanae Sandra Sandrine Sanna Sara Sarah Saskia Segolene Seiko Serena
Shabana Sharon Sheila Shelley Shilpa Shira Shireen Shirin Shirley Sibel Sienna Sigrid Silvia
Simona Sirimavo Smriti Sofia Sofiya Sonia Sophia Sophie Soraya Stacey Stefania Steffi Stella
Stephanie Suella Suha Sunita Susan Susana Susanna Susanne Sushma Susie Suzanne Svenja Svetlana
Sylvia Sylvie Ségolène Tamara Tammy Tansu Tatiana Tatyana Teresa Tetiana Thandi Theresa Thuli
Tiffany Tina Tomoko Tove Tracey Tulsi Tzipi Ulla Ulrike Ursula Usha Ute Valentina Valentyna
Valeria Valerie Valérie Vanessa Vera Veronica Veronique Vicky Victoria Vidya Viktoria Viktoriia
Viorica Virginia Virginie Véronique Wangari Wendy Winnie Ximena Xiomara Yaa Yana Yasmin Yasmine
Yaël Yekaterina Yingluck Yo-jong Yoko Yolanda Yoshiko Yulia Yuliia Yumiko Yuriko Yvette Yvonne
Zahra Zainab Zeinab Zeynep Zodwa Zoe Zoya Zoë Zuzana Élisabeth Élodie
`

// commonWords lists frequent English words in lower case, whitespace-separated:
// function words, every form of common verbs ("say", "says", "said",
// "saying"), adverbs and connectives ("however", "meanwhile", "despite"),
// nouns, adjectives, numbers written out, days and months. A capitalised word
// at the start of a sentence whose lower case is here is an ordinary word, not
// a name. Gazetteer entries win over this list ("Turkey", "Labour", "Reform"),
// and so should a name already seen in the same article: "Hunt", "Brown" or
// "Young" is a surname once "Jeremy Hunt" has appeared. Words that are mostly
// first names when capitalised at the start of a sentence (bill, mark, grant,
// rose, sue) are left out.
var commonWords = `
a abandon abandoned ability able abolish abolished about above absolute absorb academic accept
acceptable accepted accepting accepts access accompanied accompany according accordingly account
accumulate accurate accuse accused accuses accusing achieve achieved achieves achieving
acknowledge acknowledged acknowledges acknowledging acquire acquired across act acted acting
action active activity actor acts actual adapt adapted add added adding additional additionally
address adds adequate adjust adjusted administer administration administrative admire admit
admits admitted admittedly admitting adopt adopted adopts adult advance advanced advantage
advice advise advised advocate affair affairs affect affected affecting affects afford afraid
after afternoon again against age aged agency agenda agent aggressive ago agree agreed agreeing
agreement agrees agricultural ahead aid aim aimed aiming aims air aircraft airline airport
airstrike airstrikes alarm alcohol alert align alike alive all allege alleged allegedly alleges
alleging alleviate alliance allies allow allowed allowing allows ally almost alone along
alongside already also alter alternative although altogether always am amazing ambitious amend
amended amid amidst among amongst amount an analyse analysed analysis ancient and anew anger
angry animal anniversary announce announced announcement announces announcing annual annually
anonymous another answer answered answering answers anti anti-government anticipate anxiety any
anybody anyhow anyone anything anyway anywhere apart apartment apparent apparently appeal
appealed appear appeared appearing appears application applied applies apply applying appoint
appointed appointment appreciate approach approached appropriate approval approve approved
approves approving approximately april are area areas aren't argue argued argues arguing
argument arm armed arms army around arrange arranged arrangement arrest arrested arresting
arrests arrival arrive arrived arrives arriving art article artificial artist as aside ask asked
asking asks asleep aspect assault assembly assert asserted asserting asserts assess assessed
assessment asset assets assign assist assistance assisted association assume assumed assumption
assure at ate atmosphere attach attack attacked attacking attacks attempt attempted attempting
attempts attend attended attending attends attention attitude attract attracted audience august
author authorise authorised authorities authority authorize authorized available average avoid
avoided avoiding avoids award awarded aware awareness away baby back background bad badly bag
balance ball ban bank banks banned bans bar barely barred base basic basis bath battery battle
be beach bear beat beaten beautiful beauty became because become becomes becoming bed been beer
before beforehand began begin beginning begins begun behalf behavior behaviour behind being
belief believe believed believes believing bell belong belonged belongs below belt bench beneath
benefit benefited benefits beside besides best bet better between beyond bid big bike billion
billionaire billions bills bin bind bipartisan bird birth biscuit bit bite bitter black blade
blame blamed blames blaming blanket blast blasted blew blind block blocked blocks blood blow
blue board boat body bold bomb bombardment bond book boost boosted boot border borders bore
borne borrow borrowed boss both bother bottle bottom bought bounce bowl box boy brain branch
brand brave breach breached bread break breakfast breaking breaks breathe brick bride bridge
brief bright brilliant bring bringing brings broad broke broken brother brought brown brush
bucket budget build building builds built burden bureau buried bury bus business businesses busy
but buy buying buys by cabinet cake calculate calculated call called calling calls came camera
camp campaign campaigns can can't cancel canceled cancelled cancer candidate candidates candle
cannot cap capable capacity capital captain capture captured car card care cared career careful
carpet carried carries carry carrying case cases cash cast casual cat catch catches catching
category caught cause caused causes causing ceasefire celebrate celebrated cell center central
centre century ceremony certain certainly chain chair chairman chairwoman challenge challenged
chamber champion championship chance chancellor change changed changes changing chaos chapter
character charge charged charges charging charity chased cheap check checked checking checks
cheese chemical chest chicken chief child childhood children chip choice choose chooses choosing
chose chosen church cinema circle circumstance circumstances cite cited cites citing citizen
citizens city civil civilian claim claimed claiming claims clarified clarify clash clashed class
classic clean clear cleared clearly client climate climb climbed clinic clock close closed
closely closes closing cloth cloud club coach coal coalition coast coat code coffee coin cold
collapse collapsed collar colleague colleagues collect collected collection collective college
color colour column combat combination combine combined come comes comfort comfortable coming
command commanded commander comment commented commenting comments commercial commission
commissioner commit commitment committed committee common communicate communication community
companies company compare compared comparison compensate compete competed competition
competitive compile complain complained complaining complains complaint complete completed
completely complex comply compose comprehensive computer concede conceded concedes conceding
concentrate concept concern concerned concerns conclude concluded conclusion condemn condemned
condemning condemns condition conditions conduct conducted conference confidence confident
confirm confirmed confirming confirms conflict confront confronted congressman congresswoman
connect connected connection conquer conscious consequence consequences consequently
conservative consider considerable consideration considered considering considers consist
consistent constant constituency constitute constitution constitutional construct construction
consult consulted consume consumer consumers contact contacted contain contained contains
contemplate contemporary contend content contest contested context continue continued continues
continuing contract contracts contribute contributed contribution control controlled controlling
controls controversial conventional conversation convert convict convicted convince convinced
cook cookie cool cooperate cooperation coordinate cope copy corn corner coronavirus corporate
corporation correct corruption cost costing costly costs cottage could couldn't council
councillor counsel count counted counter counting countries country counts county coup couple
courage course court cousin cover coverage covered covering covers cow crack crackdown cracked
crash crashed cream create created creates creating creation credit crew cried crime crimes
criminal crisis criteria critic critical criticise criticised criticising criticism criticize
criticized criticizing critics crop cross crossed crowd crucial cry cultural culture cup cure
curious currency current currently curtain customer customers cut cuts cutting cyber cycle dad
daily damage damaged dance danger dangerous dare dark data date daughter day days dead deadline
deal dealing deals dealt dear death deaths debate debated debt decade decades december decent
decide decided decides deciding decision decisions declaration declare declared declares
declaring decline declined decrease deep deeply defeat defeated defence defend defendant
defended defending defends defense defensive deficit define defined definitely degree delay
delayed delegation delete deliberate deliver delivered delivering delivers demand demanded
demanding demands democracy democratic demonstrate demonstrated demonstration denied denies deny
denying depart department depend depended dependent depends deploy deployed deport deported
deposit deputies deputy derive describe described describes describing description deserve
deserved design designed desire desk desperate despite destroy destroyed destroying destroys
detail detailed details detain detained detect detected detention determine determined develop
developed developing development develops device devote diary dictate did didn't die died dies
differ difference different difficult difficulty dig digital diminish dinner diplomat diplomatic
diplomats direct direction directly director dirty disabled disagree disagreed disagrees
disappear disappeared disaster discover discovered discuss discussed discusses discussing
discussion disease dish disinformation dismiss dismissed display displayed dispute disputed
disrupt disrupted distance distinct distribute distributed district diverse divide divided
division do doctor doctors document documents does doesn't dog doing doll dollar dollars
domestic dominant don't donate donated done door double doubled doubt doubted doubtless down
downstairs downturn downward dozen dozens draft drag dragged drama dramatic drank draw drawer
drawing drawn draws dream dress dressed drink drive driven driver drives driving drone drones
drop dropped dropping drops drove drug drugs dry dual due during dusk dust duty dying each eager
ear early earn earned earth ease eased easily east eastern easy eat eaten eating eats economic
economist economists economy edge edition editor educate education educational effect effective
effectively efficient effort efforts egg eight eighteen eighth eighty either elbow elderly elect
elected election elections electoral electric electricity electronic element eleven eligible
eliminate eliminated elite else elsewhere email embargo embassy embrace embraced emerge emerged
emergency emissions emotional emphasis emphasise emphasised emphasises emphasize emphasized
emphasizes empire employ employed employee employees employer employment empty enable enabled
encounter encourage encouraged end ended ending endorse endorsed ends enemy energy enforce
enforced engage engaged engine engineer enhance enjoy enjoyed enormously enough enrich ensure
ensured ensures ensuring enter entered entering enterprise enters entire entirely entry envelope
environment environmental envoy epidemic episode equal equally equipment era error escalation
escape escaped especially essay essential essentially establish established estate estimate
estimated estimates estimating ethnic evacuate evacuated evacuation evaluate even evening event
events eventually ever every everybody everyone everything everywhere evidence evident evil
evolve exact exactly examination examine examined example exceed exceeded excellent except
exceptional excessive exchange exchanged exciting exclude excluded exclusive execute executed
executive exercise exhibit exhibition exist existed existence existing exists expand expanded
expansion expect expectation expected expecting expects expel expelled expense expensive
experience experienced expert experts explain explained explaining explains explanation explode
exploded explore explored explosion export exported exports expose exposed express expressed
expression extend extended extent external extra extract extraordinary extreme extremely
extremist extremists eye eyes fabric face faced faces facilitate facilities facility facing fact
faction factor factory fade fail failed failing fails failure fair fairly faith fall fallen
falling falls false familiar families family famous fan far farm farmer farmers fashion fast fat
fatal father fault favor favour fear feared feather feature featured february fed federal fee
feed feel feeling feels fell fellow felt female fence festival fever few fewer fewest field
fifteen fifth fifty fight fighting fights figure figures file filed fill filled film final
finally finance financed financial find finding findings finds fine finger finish finished fire
fired fires firing firm firmly firms first fiscal fish fit fits fitted five fix fixed flag flat
fled flee fleeing flew flexible flies flight float floor flour flow flower flown fly flying
focus focused focusing fog fold folk follow followed following follows food foot football for
force forced forces forcing forecast forecasted foreign foreigner forest forever forget forgive
forgot forgotten fork form formal format formed former formerly forms fortune forty forum
forward fought found foundation four fourteen fourth fox frame framework fraud freedom freeze
frequently fresh friday friend friendly friends frog from front frontline froze frozen fruit
frustrated fuel full fully function fund fundamental funded funding funds funeral funny fur
further furthermore future gain gained gains game games gap garage garden garlic gas gate gather
gathered gave gender general generally generate generated generation generous genocide genuine
get gets getting giant gift girl girls give given gives giving glad glass global glove go goal
goals goat god goes going gold golden golf gone good goodbye goods got gotten govern governed
government governments governor grab grabbed grade gradual gradually grand granted graph grass
grateful gray great greatly green greet grew grey gross ground group groups grow growing grown
grows growth guarantee guaranteed guard guarded guess guest guidance guide guided guideline
guilty guitar gun guns had hadn't hair half hall halt halted hammer hand handed handle handled
hands handsome hang hanged happen happened happening happens happy hard hardline hardly harm
harmed harsh has hasn't hastily hat have haven't having hawkish he he'd he'll he's head headed
headline headquarters heal health healthy hear heard hearing hears heart heat heavily heavy heel
height held hello help helped helpful helping helps hence her here here's hero hers herself hey
hid hidden hide high highly hill him himself hint hinted hire hired his historic historical
history hit hits hitting hold holder holding holds hole holiday holy home homes honest honestly
honey honour hook hope hoped hopefully hopes hoping horse hospital host hostage hostages hosted
hostile hot hotel hour hours house household households housing how however huge human
humanitarian humanity humans hundred hundreds hundredth hungry hunt hurry hurt husband i i'd
i'll i'm i've ice idea ideal ideas identical identified identify identity if ignore ignored
illegal illustrate image imagination imagine immediate immediately immense immigrants
immigration impact imperial implement implemented implication imply import importance important
imported imports impose imposed impossible impress impression impressive imprison imprisoned
improve improved improvement improving in inadequate incident include included includes
including income incorporate increase increased increases increasing increasingly incredible
incumbent indeed independence independent index indicate indicated indicates indicating indict
indicted indirect individual industrial industry inevitable inflation influence inform informal
information informed infrastructure inherit initial initially initiate initiative injure injured
injury ink innocent inquiry insert inside insight insist insisted insisting insists inspect
inspected inspector inspire install instant instantly instead institution institutions instruct
instrument insurance insure insurgency insurgents intelligence intend intended intense intention
interest interested interesting interests interfere interim internal international
internationally internet interpret interrupt intervene intervened interview interviewed into
introduce introduced introduction invade invaded invasion invent invest invested investigate
investigated investigating investigation investment investor investors invisible invitation
invite invited involve involved involves involving iron irrelevant is island isn't issue issued
issues it it's item items its itself jacket jam january jar jeans jewel jihadist job jobs join
joined joining joins joint jointly joke joked journalist journalists journey judge judged
judgement judges judgment juice july jump jumped june junior junta jury just justice justify
keen keep keeping keeps kept kettle key kick kicked kid kidnap kidnapped kids kill killed
killing kills kind kindly king kingdom kitchen knee knew knife knock know knowing knowledge
known knows lab label labor labour lack lacked ladder lady lake lamp land landed landslide
language languages large largely last lasted late lately later latest laugh laughed launch
launched launches launching law lawmaker lawmakers lawn laws lawsuit lawyer lawyers lay layer
lead leader leaders leadership leading leads leaf league leak leaked lean leap learn learned
learning learns learnt least leave leaves leaving lecture led left leg legal legislate
legislation legislative legislature legitimate lemon lend length lent less lesson lest let let's
lets letter letting level levels liability liberal liberty licence license lid lie lies life
lifetime lift lifted light lightly like liked likely likes limit limited limits line lines link
linked lip list listen listened literally literary literature little live lived lives living
loan loans local locally location lock lockdown locked logical long look looked looking looks
looming loose lose loses losing loss losses lost lot loud loudly love loved lovely loves low
lower lowered loyal lucky lunch lying machine mad made magazine magic main mainly maintain
maintained maintains major majority make maker makers makes making male man manage managed
management manager manages managing mandatory manifesto many map march margin marginal marked
market markets marriage married marry mass massacre massive match material matter mattered
matters mature maximum may maybe mayor me meal mean meaning means meant meanwhile measure
measured measures meat media medical medicine medium meet meeting meets melt member members
memory mental mention mentioned mentioning mentions mere merely merge merged message met metal
method midday middle midnight might mightn't migrant migrants migrate militant militants
military milk million millions mind mine minimise minimum minister ministers ministry minor
minority minute minutes mirror misinformation miss missed missile missiles mission mistake mix
mixed mobile mobilise mobilize model moderate modern modest modify moment monday monetary money
monitor monitored monkey month monthly months mood moon moral more moreover morning mortgage
most mostly mother motion motor mount mountain mounted mouse mouth move moved movement moves
movie moving mp mps much mud mug multiple municipal murder murdered museum music must mustn't
mutual my myself nail name named namely names narrow narrowly nation national nationally nations
native natural naturally nature naval near nearly neat neatly necessarily necessary neck need
needle needn't needs negative negotiate negotiated negotiations negotiator negotiators neighbor
neighbour neither nervous nest net network neutral never nevertheless new newly news newspaper
next nice night nightly nine nineteen ninety ninth no noble nobody noise nominate nominated
nominee none nonetheless nonstop noon nor normal normally north northern nose not notable
notably note noted notes nothing notice noticed notify noting notion novel november now nowadays
nowhere nuclear number numbers numerous nurse nut obey object objected objective obligation
observe observed obtain obtained obvious obviously occasion occasionally occupied occupy occur
occurred ocean october odd of off offence offense offensive offer offered offering offers office
officer officers official officials often oh oil ok okay old omit on once one ones oneself onion
only onslaught onto open opened opening openly opens operate operated operation operational
operations opinion opponent opponents opportunity oppose opposed opposes opposing opposite
opposition optimistic option options or orange order ordered ordinary organic organisation
organization original originally other others otherwise ought our ours ourselves oust ousted out
outbreak outcome outer outline outlined output outside oven over overall overcome overlook
overnight overseas overturn overturned owe owed owl own owned owner owns pace package page paid
pain painful painfully painting pair pan pandemic panel paper parallel pardon pardoned parent
parents park parliament parliamentarians parliamentary part partial partially participant
participate particular particularly partly partner partners partnership party pass passed
passenger passes passing passive past path patient patients pattern pay paying payment pays
peace peaceful peacekeepers peak pen penalty pencil pension people pepper per perceive percent
percentage perfect perfectly perform performance performed perhaps period permanent permanently
permission permit permitted person personal personally personnel perspective persuade persuaded
phase phone photo photograph phrase physical physically physician piano pick picked picture pie
piece pig pile pillow pilot pin pipe place placed places plain plan planet planned planning
plans plant planted plants plate platform play played player players playing plays plead pleaded
pleasant please pleasure pledge pledged pledges pledging plenty plot plunge plunged plus pocket
poem point pointed police policies policy political politically politician politicians politics
poll polled polls poor poorly popular population populist port portion pose posed position
positive possess possibility possible possibly post posted posting posts pot potato potential
potentially pour poverty power powerful powers practical practice praise praised pray preach
precede precious precise predict predicted predicting predicts prefer preferred pregnant
preliminary premature premier premiership premises preparation prepare prepared prepares
presence present presented preserve preside presidency president presidential press pressed
pressure presumably pretend pretty prevail prevent prevented previous previously price prices
pride priest primarily primary prime principal principle print prior priority prison prisoner
prisoners privacy private privately privatise prize probable probably problem problems procedure
proceed proceeds process proclaim produce produced product production products profession
professional professor profile profit profound program programme progress progressive prohibit
project projects prominent promise promised promises promising promote promoted promptly
pronounce proof proper properly property proportion proposal propose proposed prosecute
prosecuted prosecutor prosecutors prospect prospective protect protected protecting protection
protest protested protester protesters protests proud prove proved proven provide provided
provides providing province provincial provision provoke provoked psychological public
publication publicly publish published pull pulled pump punish punished purchase purchased pure
purely purpose pursue pursued push pushed pushing put puts putting qualify quality quantity
quarter queen question questioned questions quick quickly quiet quietly quit quite quote quoted
quotes rabbit race raced radical radio raid raided rail rain raise raised raises raising rallied
rally ran random rang range rank ranked ransom rapid rapidly rare rarely rat rate rated rates
rather ratio raw reach reached reaches reaching react reacted reaction read reader readers
readily reading reads ready real realise realised realistic reality realize realized really
reason reasonable reasonably reasons reassure rebel rebellion rebels rebuild rebuilt recall
recalled recalling recalls receive received receives receiving recent recently recession
recognise recognised recognize recognized recommend recommended recommends record recorded
records recover recovered recovery recruit recruited red reduce reduced reduces reducing
reduction referendum reflect reflected reform reformed reforms refugee refugees refuse refused
refuses refusing regain regard regarded regardless regime region regional register registered
regret regular regularly regulate regulation regulations regulator reinforce reiterate
reiterated reject rejected rejecting rejects relate related relation relations relationship
relative relatively relax release released relevant reliable relied relief religion religious
reluctant rely remain remained remaining remains remark remarkable remarkably remarked remember
remembered remind reminded remote remove removed renew renewed rent repair repaired repeat
repeated repeatedly repeating repeats replace replaced replied replies reply replying report
reported reportedly reporter reporters reporting reports represent representative represented
represents republic republican reputation request require required requirement requires rescue
research researcher researchers reserve resident residential residents resign resignation
resigned resist resistance resisted resolution resolve resolved resource resources respect
respective respectively respond responded responding responds response responsibility
responsible rest restaurant restore restored restrict restricted result results resume resumed
retain retaliate retaliation retire retired retreat retrieve return returned returning returns
reveal revealed revealing reveals revenue reverse reversed review reviewed revise revive
revolution reward ribbon rice rich ridden ride right rights rigid ring riot riots rise risen
rises rising risk risks rival river road robust rode role romantic roof room root rope rough
roughly round route row royal rug rule ruled rules ruling rumour run running runs rural rush
rushed sack sacked sacred sad safe said salary sale sales salt same sample sanction sanctioned
sanctions sand sandwich sat satisfied satisfy saturday save saved saving savings saw say saying
says scale scandal scared scarf scene schedule scheme scholar school schools science scientist
scientists scope score scrap scrapped screen sea search searched season seat seats second
secondary secret secretary section sector sectors secure secured security see seed seeing seek
seeking seeks seem seemed seemingly seems seen sees seize seized select selected selection self
sell selling sells senator senators send sending sends senior sense sensitive sent sentence
sentenced separate september series serious seriously servant serve served serves service
services serving session set sets setting settle settled settlement seven seventeen seventh
seventy several severe sexual shadow shake shall shallow shan't shape shaped share shared
shareholder shares sharing sharp sharply she she'd she'll she's sheep shelf shelling shift
shifted shine ship shipped shirt shock shocked shoe shook shoot shooting shop short shortly shot
should shoulder shouldn't shout shouted show showed showing shown shows shrink shut sick side
sign signal signed significance significant significantly signing signs silence silent silk
silver similar similarly simple simply since sincere sincerely sing single sink sister sit site
sits sitting situation six sixteen sixth sixty size skill skills skin skirmish skirt sky slam
slammed slash slashed sleep slept slide slight slightly slip slow slowed slowly small smart
smash smooth smoothly snake snow so soap social society sock sofa soft software solar sold
soldier soldiers sole solely solid solution solve solved some somebody somehow someone something
sometimes somewhat somewhere son song soon sophisticated sorry sort sought soul sound sounded
soup source sources south southern space spare spark sparked speak speaker speaking speaks
special specific specifically specify speech spell spend spending spends spent spin spirit
spiritual split spoil spoke spoken spokesman spokesperson spokeswoman spoon sport sports spot
spread spring squeeze stab stabbed stable staff stage staged stake stamp stand standard
standards standing stands star start started starting starts state stated statehood statement
states stating station status stay stayed staying stays steadily steady steal steel steep step
stepped stick sticky still stimulate stock stocks stole stolen stomach stone stood stop stopped
stopping stops store stored storm story straight strange strategic strategy street strength
strengthen strengthened stress stressed stresses stressing stretch strict strictly strike
strikes striking strip strong strongly struck structural structure struggle struggled student
students studied studio study stuff stupid style subject submit submitted subsequent
subsequently substantial substitute subtle succeed succeeded success successful successfully
such sudden suddenly sued suffer suffered suffering sufficient sugar suggest suggested
suggesting suggests suit suitable suitcase summit summon summoned sun sunday super superior
supervise supplied supply support supported supporter supporters supporting supports suppose
supposed supposedly supreme sure surely surface surge surged surgery surprise surprised
surprising surround surrounded survey survive survived suspect suspected suspects suspend
suspended suspicious sustain sustainable swallow swear sweater sweet swiftly swing switch
switched symbol symbolic system systems table tackle tackled tail take taken takes taking talent
talk talked talking talks tall tap target targeted targets tariff tariffs task taught tax taxes
taxpayer tea teach teacher teachers team teams tear technical technology teen teenager
television tell telling tells temporarily temporary ten tend tended tender tends tent tenth term
terminate terms terrible territory terror terrorism terrorist terrorists test tested testified
testify text than thank thanked thanks that that's the theatre their theirs them themselves then
theory therapy there there's thereby therefore these they they'd they'll they're they've thick
thin thing things think thinking thinks third thirteen thirty this thoroughly those though
thought thousand thousands thread threat threaten threatened threatening threatens threats three
threw throat through throughout throw thrown thumb thursday thus ticket tie tied tiger tight
tightly till time times tiny tired title to today toe together toilet told tolerate tomato
tomorrow tone tongue tonight too took tool tools tooth top topic topped tore torture total
totally touch touched tough tour toured toward towards towel town toxic toy track tracked trade
traded tradition traditional traditionally traffic tragedy train trained training transfer
transferred transform transition transmit transport trap trapped travel traveled travelled tray
treat treated treatment treaty tree tremendous trend trial tried tries trigger triggered
trillion trip triple troops tropical trouble truce truck true truly trust trusted truth try
trying tube tuesday turmoil turn turned turning turns tweet tweeted tweets twelve twentieth
twenty twice two type typical typically ugly ultimate ultimately umbrella unable unanimously
uncertain unclear uncover under undergo undermine undermined underneath understand understanding
understands understood unemployed unexpected unfair unfortunately unhappy uniform union unique
unit unite united universal universe university unknown unless unlike unlikely unprecedented
unrest until unto unusual unveil unveiled up update updated upgrade uphold upon upper uprising
upset upstairs upward urban urge urged urgent urges urging us use used useful user users uses
using usual usually vaccination vaccine valid valuable value values vanish variety various vary
vase vast vehicle vehicles verbal version versus very veteran veto vetoed via victim victims
victory video view viewed views village violate violated violence violent virtual virtually visa
visible visit visited visiting visitor visits vital voice volume voluntary vote voted voter
voters votes voting vow vowed vowing vows vulnerable wage wages wait waited waiting waits wake
walk walked walking walks wall wallet want wanted wanting wants war warfare warm warn warned
warning warns wars was wash wasn't waste watch watched watches watching water way ways we we'd
we'll we're we've weak weaken weakened wealth wealthy weapon weapons wear weather web website
wednesday week weekday weekend weekly weeks weigh weight welcome welcomed welfare well went were
weren't west western wet what what's whatever wheel when where whereas whether which whichever
while whilst whip whisper whispered whistleblower white who who's whoever whole wholly whom
whomever whose why wide widely widen wife wild wildly will win window wine wing winner winning
wins winter wire wise wish wished with withdraw withdrawn withdrew withhold within without
witness witnessed witnesses wolf woman women won won't wonder wondered wonderful wood wooden
wool word words wore work worked worker workers working works world worn worried worries worry
worse worst worth worthy would wouldn't wound wounded wow wrap write writer writes writing
written wrong wrote yard yeah year yearly years yes yesterday yet yield you you'd you'll you're
you've young your yours yourself yourselves youth zero zone
`

// nonActorNames lists capitalised words and phrases that are never actors:
// days, months and their abbreviations ("May" included: a title or first name
// before it, as in "Theresa May", is the engine's cue for the surname),
// holidays, eras and events ("Brexit", "Covid-19"), diseases, scriptures,
// languages used as nouns ("English"), time zones, capitalised common nouns of
// news ("Internet", "GDP"), events and prizes, and page furniture (photo
// credits, captions, buttons: "Getty Images", "Read more", "Subscribe").
// Format: one entry per line, so an entry may contain spaces; blank lines
// separate the groups and are ignored.
var nonActorNames = `
Monday
Tuesday
Wednesday
Thursday
Friday
Saturday
Sunday
Mon
Tue
Tues
Wed
Thu
Thur
Thurs
Fri
Sat
Sun

January
February
March
April
May
June
July
August
September
October
November
December
Jan
Feb
Mar
Apr
Jun
Jul
Aug
Sep
Sept
Oct
Nov
Dec

Christmas
Christmas Day
Christmas Eve
Xmas
Easter
Easter Sunday
Easter Monday
Good Friday
Lent
Advent
Pentecost
Ramadan
Eid
Eid al-Fitr
Eid al-Adha
Hanukkah
Chanukah
Passover
Yom Kippur
Rosh Hashanah
Sukkot
Purim
Diwali
Holi
Vesak
Nowruz
Lunar New Year
Chinese New Year
Tet
New Year
New Year's Day
New Year's Eve
Hogmanay
Thanksgiving
Halloween
Valentine's Day
Mother's Day
Father's Day
Independence Day
Memorial Day
Labor Day
Labour Day
Veterans Day
Presidents' Day
Martin Luther King Day
Juneteenth
Boxing Day
Bank Holiday
Remembrance Day
Remembrance Sunday
Armistice Day
Anzac Day
Australia Day
Canada Day
Bastille Day
Victory Day
Unification Day
Black Friday
Cyber Monday
Super Tuesday
Election Day
Polling Day
Holocaust Memorial Day
Holocaust Remembrance Day

Brexit
Covid
Covid-19
COVID
COVID-19
Coronavirus
Omicron
Cold War
World War One
World War Two
World War I
World War II
First World War
Second World War
Great War
Holocaust
Nakba
Middle Ages
Renaissance
Enlightenment
Reformation
Industrial Revolution
Great Depression
Great Recession
Arab Spring
Troubles
Partygate
Watergate
Iron Curtain
Stone Age
Bronze Age
Iron Age
Victorian
Edwardian
Georgian era

Ebola
Mpox
Zika
HIV
Aids
AIDS
SARS
Sars
Alzheimer's
Parkinson's

God
Allah
Bible
Koran
Quran
Qur'an
Torah
Talmud

English
Arabic
Mandarin
Cantonese
Hindi
Urdu
Bengali
Punjabi
Swahili
Hebrew
Yiddish
Farsi
Pashto
Dari
Tagalog
Latin
Esperanto
Gaelic
Sanskrit

AM
PM
A.M.
P.M.
GMT
BST
UTC
CET
CEST
EET
EEST
EST
EDT
CST
CDT
MST
MDT
PST
PDT
PT
ET
CT
MT
HST
AKST
IST
JST
AEST
AEDT

Internet
Web
World Wide Web
AI
GDP
CPI
VAT
PPE
Wi-Fi
Bitcoin
Ethereum
iPhone
iPad
Android
iOS
Windows
ChatGPT
Gemini
Copilot
Grok
Obamacare
Affordable Care Act
Medicare
Medicaid
Social Security
Universal Credit
First Amendment
Second Amendment
Fifth Amendment
Fourteenth Amendment
Constitution
Bill of Rights
State of the Union
Prime Minister's Questions
PMQs
Queen's Speech
King's Speech
Budget
Autumn Statement
Spring Statement
Article 5
Article 50
Green New Deal
New Deal
MeToo
#MeToo

Olympics
Olympic Games
Paralympics
Paralympic Games
World Cup
Euros
Super Bowl
Premier League
Champions League
Six Nations
Wimbledon
Grand Prix
Formula One
Formula 1
Tour de France
Ryder Cup
Ashes
Oscars
Academy Awards
Grammys
Emmys
Baftas
Golden Globes
Booker Prize
Nobel Prize
Nobel Peace Prize
Pulitzer Prize
Eurovision
Glastonbury
Met Gala

Photo
Photos
Photograph
Photographs
Image
Images
Picture
Pictures
Video
Videos
Getty
Getty Images
AP Photo
AFP Photo
Reuters Photo
EPA-EFE
Shutterstock
Alamy
PA Wire
PA Images
Credit
Caption
File photo
Advertisement
Advert
Sponsored
Sponsored Content
Read
Read more
Read More
Related
Related Articles
Related Stories
Share
Share this
Share This
Subscribe
Sign up
Sign Up
Sign in
Log in
Newsletter
Newsletters
Comments
Comment
Updated
Published
Listen
Watch
Live
Live updates
Live Updates
Breaking
Breaking News
Exclusive
Opinion
Analysis
Editorial
Explainer
Follow
Follow us
Copyright
All rights reserved
Privacy Policy
Cookie Policy
Terms of Use
Terms of Service
Contact Us
Skip to content
Skip to main content
Menu
Search
Home
Topics
Trending
More
Next
Previous
Close
Print
Email
Click here
Loading
`
