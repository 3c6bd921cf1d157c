package brief

// The gazetteer: the fixed names Briefing recognises as actors, and the word
// lists that tell names from ordinary words. Assembled for Briefing from
// public reference lists: the ISO 3166-1 English short names and the UN
// member-state list (countries), the CIA World Factbook "Nationality" field
// (demonyms), Wikipedia's "List of national capitals" (capitals), the
// official names of international organisations, government bodies,
// parties, companies and news outlets as they write them, and general
// knowledge of English word frequency (common words) and of given names.

// gazCountry is a country or territory.
type gazCountry struct {
	Name     string   // canonical English name used in briefings
	Short    []string // other names and abbreviations as written in news
	Demonyms []string // adjectives and people nouns, singular and plural
	Capital  string   // the capital, which stands for the government
	Gov      []string // other seats of government and spellings ("Kremlin", "Kiev")
}

// gazOrg is an organisation or named group with a fixed name.
type gazOrg struct {
	Name    string
	Aliases []string
	Kind    string // "organization" or "group"
}

// gazRegion is a region or bloc that acts in news ("Europe", "the West").
type gazRegion struct {
	Name    string
	Aliases []string
	Kind    string
}

var gazCountries = []gazCountry{
	{"Afghanistan", []string{"Islamic Emirate of Afghanistan"}, []string{"Afghan", "Afghans"}, "Kabul", nil},
	{"Albania", nil, []string{"Albanian", "Albanians"}, "Tirana", nil},
	{"Algeria", nil, []string{"Algerian", "Algerians"}, "Algiers", nil},
	{"Andorra", nil, []string{"Andorran", "Andorrans"}, "Andorra la Vella", nil},
	{"Angola", nil, []string{"Angolan", "Angolans"}, "Luanda", nil},
	{"Antigua and Barbuda", []string{"Antigua"}, []string{"Antiguan", "Antiguans"}, "St John's", nil},
	{"Argentina", []string{"Argentine Republic"}, []string{"Argentine", "Argentines", "Argentinian", "Argentinians"}, "Buenos Aires", []string{"Casa Rosada"}},
	{"Armenia", nil, []string{"Armenian", "Armenians"}, "Yerevan", nil},
	{"Australia", []string{"Commonwealth of Australia"}, []string{"Australian", "Australians", "Aussie", "Aussies"}, "Canberra", nil},
	{"Austria", nil, []string{"Austrian", "Austrians"}, "Vienna", nil},
	{"Azerbaijan", nil, []string{"Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"}, "Baku", nil},
	{"Bahamas", []string{"The Bahamas"}, []string{"Bahamian", "Bahamians"}, "Nassau", nil},
	{"Bahrain", nil, []string{"Bahraini", "Bahrainis"}, "Manama", nil},
	{"Bangladesh", nil, []string{"Bangladeshi", "Bangladeshis"}, "Dhaka", nil},
	{"Barbados", nil, []string{"Barbadian", "Barbadians", "Bajan"}, "Bridgetown", nil},
	{"Belarus", []string{"Byelorussia"}, []string{"Belarusian", "Belarusians"}, "Minsk", nil},
	{"Belgium", nil, []string{"Belgian", "Belgians"}, "", nil},
	{"Belize", nil, []string{"Belizean", "Belizeans"}, "Belmopan", nil},
	{"Benin", nil, []string{"Beninese"}, "Porto-Novo", nil},
	{"Bhutan", nil, []string{"Bhutanese"}, "Thimphu", nil},
	{"Bolivia", nil, []string{"Bolivian", "Bolivians"}, "La Paz", []string{"Sucre"}},
	{"Bosnia and Herzegovina", []string{"Bosnia", "BiH"}, []string{"Bosnian", "Bosnians"}, "Sarajevo", nil},
	{"Botswana", nil, []string{"Botswanan", "Batswana", "Motswana"}, "Gaborone", nil},
	{"Brazil", []string{"Brasil"}, []string{"Brazilian", "Brazilians"}, "Brasilia", []string{"Brasília", "Planalto"}},
	{"Brunei", []string{"Brunei Darussalam"}, []string{"Bruneian", "Bruneians"}, "Bandar Seri Begawan", nil},
	{"Bulgaria", nil, []string{"Bulgarian", "Bulgarians"}, "Sofia", nil},
	{"Burkina Faso", nil, []string{"Burkinabe", "Burkinabé"}, "Ouagadougou", nil},
	{"Burundi", nil, []string{"Burundian", "Burundians"}, "Gitega", nil},
	{"Cape Verde", []string{"Cabo Verde"}, []string{"Cape Verdean", "Cape Verdeans"}, "Praia", nil},
	{"Cambodia", nil, []string{"Cambodian", "Cambodians"}, "Phnom Penh", nil},
	{"Cameroon", nil, []string{"Cameroonian", "Cameroonians"}, "Yaounde", []string{"Yaoundé"}},
	{"Canada", nil, []string{"Canadian", "Canadians"}, "Ottawa", nil},
	{"Central African Republic", []string{"CAR"}, []string{"Central African", "Central Africans"}, "Bangui", nil},
	{"Chad", nil, []string{"Chadian", "Chadians"}, "N'Djamena", nil},
	{"Chile", nil, []string{"Chilean", "Chileans"}, "Santiago", nil},
	{"China", []string{"People's Republic of China", "PRC", "Mainland China"}, []string{"Chinese"}, "Beijing", []string{"Peking", "Zhongnanhai"}},
	{"Colombia", nil, []string{"Colombian", "Colombians"}, "Bogota", []string{"Bogotá"}},
	{"Comoros", nil, []string{"Comoran", "Comorian", "Comorians"}, "Moroni", nil},
	{"Democratic Republic of the Congo", []string{"DR Congo", "DRC", "Congo-Kinshasa", "Democratic Republic of Congo"}, []string{"Congolese"}, "Kinshasa", nil},
	{"Republic of the Congo", []string{"Congo-Brazzaville", "Congo Republic"}, nil, "Brazzaville", nil},
	{"Costa Rica", nil, []string{"Costa Rican", "Costa Ricans"}, "San José", nil},
	{"Ivory Coast", []string{"Côte d'Ivoire", "Cote d'Ivoire"}, []string{"Ivorian", "Ivorians"}, "Yamoussoukro", []string{"Abidjan"}},
	{"Croatia", nil, []string{"Croatian", "Croatians", "Croat", "Croats"}, "Zagreb", nil},
	{"Cuba", nil, []string{"Cuban", "Cubans"}, "Havana", nil},
	{"Cyprus", nil, []string{"Cypriot", "Cypriots"}, "Nicosia", nil},
	{"Czech Republic", []string{"Czechia"}, []string{"Czech", "Czechs"}, "Prague", nil},
	{"Denmark", nil, []string{"Danish", "Dane", "Danes"}, "Copenhagen", nil},
	{"Djibouti", nil, []string{"Djiboutian", "Djiboutians"}, "Djibouti City", nil},
	{"Dominica", nil, nil, "Roseau", nil},
	{"Dominican Republic", nil, []string{"Dominican", "Dominicans"}, "Santo Domingo", nil},
	{"Ecuador", nil, []string{"Ecuadorian", "Ecuadorians", "Ecuadorean"}, "Quito", nil},
	{"Egypt", nil, []string{"Egyptian", "Egyptians"}, "Cairo", nil},
	{"El Salvador", nil, []string{"Salvadoran", "Salvadorans", "Salvadorean"}, "San Salvador", nil},
	{"Equatorial Guinea", nil, []string{"Equatoguinean", "Equatorial Guinean"}, "Malabo", nil},
	{"Eritrea", nil, []string{"Eritrean", "Eritreans"}, "Asmara", nil},
	{"Estonia", nil, []string{"Estonian", "Estonians"}, "Tallinn", nil},
	{"Eswatini", []string{"Swaziland"}, []string{"Swazi", "Swazis"}, "Mbabane", nil},
	{"Ethiopia", nil, []string{"Ethiopian", "Ethiopians"}, "Addis Ababa", nil},
	{"Fiji", nil, []string{"Fijian", "Fijians"}, "Suva", nil},
	{"Finland", nil, []string{"Finnish", "Finn", "Finns"}, "Helsinki", nil},
	{"France", []string{"French Republic"}, []string{"French", "Frenchman", "Frenchwoman"}, "Paris", []string{"Elysee", "Élysée", "Elysée Palace", "Élysée Palace", "Quai d'Orsay"}},
	{"Gabon", nil, []string{"Gabonese"}, "Libreville", nil},
	{"Gambia", []string{"The Gambia"}, []string{"Gambian", "Gambians"}, "Banjul", nil},
	{"Georgia", nil, []string{"Georgian", "Georgians"}, "Tbilisi", nil},
	{"Germany", []string{"Federal Republic of Germany"}, []string{"German", "Germans"}, "Berlin", []string{"Bundesregierung"}},
	{"Ghana", nil, []string{"Ghanaian", "Ghanaians"}, "Accra", nil},
	{"Greece", []string{"Hellenic Republic"}, []string{"Greek", "Greeks"}, "Athens", nil},
	{"Grenada", nil, []string{"Grenadian", "Grenadians"}, "St George's", nil},
	{"Guatemala", nil, []string{"Guatemalan", "Guatemalans"}, "Guatemala City", nil},
	{"Guinea", nil, []string{"Guinean", "Guineans"}, "Conakry", nil},
	{"Guinea-Bissau", nil, []string{"Bissau-Guinean"}, "Bissau", nil},
	{"Guyana", nil, []string{"Guyanese"}, "", nil},
	{"Haiti", nil, []string{"Haitian", "Haitians"}, "Port-au-Prince", nil},
	{"Honduras", nil, []string{"Honduran", "Hondurans"}, "Tegucigalpa", nil},
	{"Hungary", nil, []string{"Hungarian", "Hungarians"}, "Budapest", nil},
	{"Iceland", nil, []string{"Icelandic", "Icelander", "Icelanders"}, "Reykjavik", []string{"Reykjavík"}},
	{"India", []string{"Republic of India", "Bharat"}, []string{"Indian", "Indians"}, "New Delhi", []string{"Delhi"}},
	{"Indonesia", nil, []string{"Indonesian", "Indonesians"}, "Jakarta", nil},
	{"Iran", []string{"Islamic Republic of Iran", "Persia"}, []string{"Iranian", "Iranians"}, "Tehran", nil},
	{"Iraq", nil, []string{"Iraqi", "Iraqis"}, "Baghdad", nil},
	{"Ireland", []string{"Republic of Ireland", "Eire", "Éire"}, []string{"Irish"}, "Dublin", []string{"Dáil", "Dail"}},
	{"Israel", []string{"State of Israel"}, []string{"Israeli", "Israelis"}, "Jerusalem", []string{"Tel Aviv"}},
	{"Italy", []string{"Italian Republic"}, []string{"Italian", "Italians"}, "Rome", []string{"Palazzo Chigi"}},
	{"Jamaica", nil, []string{"Jamaican", "Jamaicans"}, "Kingston", nil},
	{"Japan", nil, []string{"Japanese"}, "Tokyo", nil},
	{"Jordan", []string{"Hashemite Kingdom of Jordan"}, []string{"Jordanian", "Jordanians"}, "Amman", nil},
	{"Kazakhstan", nil, []string{"Kazakh", "Kazakhs", "Kazakhstani"}, "Astana", nil},
	{"Kenya", nil, []string{"Kenyan", "Kenyans"}, "Nairobi", nil},
	{"Kiribati", nil, []string{"I-Kiribati"}, "Tarawa", nil},
	{"North Korea", []string{"DPRK", "Democratic People's Republic of Korea"}, []string{"North Korean", "North Koreans"}, "Pyongyang", nil},
	{"South Korea", []string{"Republic of Korea", "ROK"}, []string{"South Korean", "South Koreans"}, "Seoul", nil},
	{"Kosovo", nil, []string{"Kosovar", "Kosovars", "Kosovan"}, "Pristina", nil},
	{"Kuwait", nil, []string{"Kuwaiti", "Kuwaitis"}, "Kuwait City", nil},
	{"Kyrgyzstan", []string{"Kyrgyz Republic"}, []string{"Kyrgyz"}, "Bishkek", nil},
	{"Laos", []string{"Lao PDR"}, []string{"Laotian", "Laotians", "Lao"}, "Vientiane", nil},
	{"Latvia", nil, []string{"Latvian", "Latvians"}, "Riga", nil},
	{"Lebanon", nil, []string{"Lebanese"}, "Beirut", nil},
	{"Lesotho", nil, []string{"Basotho", "Mosotho"}, "Maseru", nil},
	{"Liberia", nil, []string{"Liberian", "Liberians"}, "Monrovia", nil},
	{"Libya", nil, []string{"Libyan", "Libyans"}, "Tripoli", nil},
	{"Liechtenstein", nil, []string{"Liechtensteiner"}, "Vaduz", nil},
	{"Lithuania", nil, []string{"Lithuanian", "Lithuanians"}, "Vilnius", nil},
	{"Luxembourg", nil, []string{"Luxembourgish", "Luxembourger", "Luxembourgers"}, "", nil},
	{"Madagascar", nil, []string{"Malagasy"}, "Antananarivo", nil},
	{"Malawi", nil, []string{"Malawian", "Malawians"}, "Lilongwe", nil},
	{"Malaysia", nil, []string{"Malaysian", "Malaysians"}, "Kuala Lumpur", []string{"Putrajaya"}},
	{"Maldives", []string{"The Maldives"}, []string{"Maldivian", "Maldivians"}, "Malé", nil},
	{"Mali", nil, []string{"Malian", "Malians"}, "Bamako", nil},
	{"Malta", nil, []string{"Maltese"}, "Valletta", nil},
	{"Marshall Islands", nil, []string{"Marshallese"}, "Majuro", nil},
	{"Mauritania", nil, []string{"Mauritanian", "Mauritanians"}, "Nouakchott", nil},
	{"Mauritius", nil, []string{"Mauritian", "Mauritians"}, "Port Louis", nil},
	{"Mexico", []string{"United Mexican States"}, []string{"Mexican", "Mexicans"}, "Mexico City", nil},
	{"Micronesia", []string{"Federated States of Micronesia"}, []string{"Micronesian"}, "Palikir", nil},
	{"Moldova", nil, []string{"Moldovan", "Moldovans"}, "Chisinau", []string{"Chișinău"}},
	{"Monaco", nil, []string{"Monegasque"}, "Monaco-Ville", nil},
	{"Mongolia", nil, []string{"Mongolian", "Mongolians"}, "Ulaanbaatar", []string{"Ulan Bator"}},
	{"Montenegro", nil, []string{"Montenegrin", "Montenegrins"}, "Podgorica", nil},
	{"Morocco", nil, []string{"Moroccan", "Moroccans"}, "Rabat", nil},
	{"Mozambique", nil, []string{"Mozambican", "Mozambicans"}, "Maputo", nil},
	{"Myanmar", []string{"Burma"}, []string{"Burmese", "Myanmarese"}, "Naypyidaw", []string{"Naypyitaw"}},
	{"Namibia", nil, []string{"Namibian", "Namibians"}, "Windhoek", nil},
	{"Nauru", nil, []string{"Nauruan"}, "Yaren", nil},
	{"Nepal", nil, []string{"Nepali", "Nepalese"}, "Kathmandu", nil},
	{"Netherlands", []string{"The Netherlands", "Holland"}, []string{"Dutch", "Dutchman"}, "Amsterdam", []string{"The Hague"}},
	{"New Zealand", []string{"Aotearoa"}, []string{"New Zealander", "New Zealanders", "Kiwi", "Kiwis"}, "Wellington", nil},
	{"Nicaragua", nil, []string{"Nicaraguan", "Nicaraguans"}, "Managua", nil},
	{"Niger", nil, []string{"Nigerien", "Nigeriens"}, "Niamey", nil},
	{"Nigeria", nil, []string{"Nigerian", "Nigerians"}, "Abuja", nil},
	{"North Macedonia", []string{"Macedonia"}, []string{"Macedonian", "Macedonians"}, "Skopje", nil},
	{"Norway", nil, []string{"Norwegian", "Norwegians"}, "Oslo", nil},
	{"Oman", []string{"Sultanate of Oman"}, []string{"Omani", "Omanis"}, "Muscat", nil},
	{"Pakistan", nil, []string{"Pakistani", "Pakistanis"}, "Islamabad", nil},
	{"Palau", nil, []string{"Palauan"}, "Ngerulmud", nil},
	{"Palestine", []string{"State of Palestine", "Palestinian Authority", "Palestinian territories", "Occupied Palestinian Territories"}, []string{"Palestinian", "Palestinians"}, "Ramallah", nil},
	{"Panama", nil, []string{"Panamanian", "Panamanians"}, "Panama City", nil},
	{"Papua New Guinea", []string{"PNG"}, []string{"Papua New Guinean"}, "Port Moresby", nil},
	{"Paraguay", nil, []string{"Paraguayan", "Paraguayans"}, "Asuncion", []string{"Asunción"}},
	{"Peru", nil, []string{"Peruvian", "Peruvians"}, "Lima", nil},
	{"Philippines", []string{"The Philippines"}, []string{"Filipino", "Filipinos", "Filipina", "Philippine"}, "Manila", []string{"Malacañang", "Malacanang"}},
	{"Poland", nil, []string{"Polish", "Pole", "Poles"}, "Warsaw", nil},
	{"Portugal", nil, []string{"Portuguese"}, "Lisbon", nil},
	{"Qatar", nil, []string{"Qatari", "Qataris"}, "Doha", nil},
	{"Romania", nil, []string{"Romanian", "Romanians"}, "Bucharest", nil},
	{"Russia", []string{"Russian Federation"}, []string{"Russian", "Russians"}, "Moscow", []string{"Kremlin"}},
	{"Rwanda", nil, []string{"Rwandan", "Rwandans"}, "Kigali", nil},
	{"Saint Kitts and Nevis", []string{"St Kitts and Nevis"}, []string{"Kittitian"}, "Basseterre", nil},
	{"Saint Lucia", []string{"St Lucia"}, []string{"Saint Lucian", "St Lucian"}, "Castries", nil},
	{"Saint Vincent and the Grenadines", []string{"St Vincent and the Grenadines"}, []string{"Vincentian"}, "Kingstown", nil},
	{"Samoa", nil, []string{"Samoan", "Samoans"}, "Apia", nil},
	{"San Marino", nil, []string{"Sammarinese"}, "", nil},
	{"Sao Tome and Principe", []string{"São Tomé and Príncipe"}, []string{"Santomean"}, "São Tomé", nil},
	{"Saudi Arabia", []string{"Kingdom of Saudi Arabia", "KSA"}, []string{"Saudi", "Saudis"}, "Riyadh", nil},
	{"Senegal", nil, []string{"Senegalese"}, "Dakar", nil},
	{"Serbia", nil, []string{"Serbian", "Serbians", "Serb", "Serbs"}, "Belgrade", nil},
	{"Seychelles", nil, []string{"Seychellois"}, "", nil},
	{"Sierra Leone", nil, []string{"Sierra Leonean", "Sierra Leoneans"}, "Freetown", nil},
	{"Singapore", nil, []string{"Singaporean", "Singaporeans"}, "", nil},
	{"Slovakia", []string{"Slovak Republic"}, []string{"Slovak", "Slovaks"}, "Bratislava", nil},
	{"Slovenia", nil, []string{"Slovenian", "Slovenians", "Slovene", "Slovenes"}, "Ljubljana", nil},
	{"Solomon Islands", nil, []string{"Solomon Islander"}, "Honiara", nil},
	{"Somalia", nil, []string{"Somali", "Somalis"}, "Mogadishu", nil},
	{"South Africa", []string{"Republic of South Africa", "RSA"}, []string{"South African", "South Africans"}, "Pretoria", []string{"Cape Town"}},
	{"South Sudan", nil, []string{"South Sudanese"}, "Juba", nil},
	{"Spain", []string{"Kingdom of Spain", "España"}, []string{"Spanish", "Spaniard", "Spaniards"}, "Madrid", []string{"Moncloa"}},
	{"Sri Lanka", []string{"Ceylon"}, []string{"Sri Lankan", "Sri Lankans"}, "Colombo", []string{"Sri Jayawardenepura Kotte"}},
	{"Sudan", nil, []string{"Sudanese"}, "Khartoum", nil},
	{"Suriname", nil, []string{"Surinamese"}, "Paramaribo", nil},
	{"Sweden", nil, []string{"Swedish", "Swede", "Swedes"}, "Stockholm", nil},
	{"Switzerland", []string{"Swiss Confederation"}, []string{"Swiss"}, "Bern", []string{"Berne"}},
	{"Syria", []string{"Syrian Arab Republic"}, []string{"Syrian", "Syrians"}, "Damascus", nil},
	{"Taiwan", []string{"Republic of China"}, []string{"Taiwanese"}, "Taipei", nil},
	{"Tajikistan", nil, []string{"Tajik", "Tajiks"}, "Dushanbe", nil},
	{"Tanzania", nil, []string{"Tanzanian", "Tanzanians"}, "Dodoma", []string{"Dar es Salaam"}},
	{"Thailand", []string{"Siam"}, []string{"Thai", "Thais"}, "Bangkok", nil},
	{"Timor-Leste", []string{"East Timor"}, []string{"Timorese"}, "Dili", nil},
	{"Togo", nil, []string{"Togolese"}, "Lome", []string{"Lomé"}},
	{"Tonga", nil, []string{"Tongan", "Tongans"}, "Nuku'alofa", nil},
	{"Trinidad and Tobago", []string{"Trinidad"}, []string{"Trinidadian", "Trinidadians"}, "Port of Spain", nil},
	{"Tunisia", nil, []string{"Tunisian", "Tunisians"}, "Tunis", nil},
	{"Turkey", []string{"Türkiye", "Turkiye"}, []string{"Turkish", "Turk", "Turks"}, "Ankara", nil},
	{"Turkmenistan", nil, []string{"Turkmen"}, "Ashgabat", nil},
	{"Tuvalu", nil, []string{"Tuvaluan"}, "Funafuti", nil},
	{"Uganda", nil, []string{"Ugandan", "Ugandans"}, "Kampala", nil},
	{"Ukraine", nil, []string{"Ukrainian", "Ukrainians"}, "Kyiv", []string{"Kiev"}},
	{"United Arab Emirates", []string{"UAE", "Emirates", "U.A.E."}, []string{"Emirati", "Emiratis"}, "Abu Dhabi", nil},
	{"United Kingdom", []string{"UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"}, []string{"British", "Briton", "Britons", "Brit", "Brits"}, "London", []string{"Downing Street", "Whitehall", "Number 10", "No 10"}},
	{"United States", []string{"US", "U.S.", "USA", "U.S.A.", "America", "United States of America"}, []string{"American", "Americans"}, "Washington", []string{"Washington DC", "Washington D.C.", "Capitol Hill"}},
	{"Uruguay", nil, []string{"Uruguayan", "Uruguayans"}, "Montevideo", nil},
	{"Uzbekistan", nil, []string{"Uzbek", "Uzbeks"}, "Tashkent", nil},
	{"Vanuatu", nil, []string{"Ni-Vanuatu"}, "Port Vila", nil},
	{"Vatican", []string{"Holy See", "Vatican City"}, []string{"Vatican"}, "", nil},
	{"Venezuela", nil, []string{"Venezuelan", "Venezuelans"}, "Caracas", []string{"Miraflores"}},
	{"Vietnam", []string{"Viet Nam"}, []string{"Vietnamese"}, "Hanoi", nil},
	{"Yemen", nil, []string{"Yemeni", "Yemenis"}, "Sanaa", []string{"Sana'a"}},
	{"Zambia", nil, []string{"Zambian", "Zambians"}, "Lusaka", nil},
	{"Zimbabwe", nil, []string{"Zimbabwean", "Zimbabweans"}, "Harare", nil},
	{"Hong Kong", []string{"HK"}, []string{"Hongkonger", "Hongkongers"}, "", nil},
	{"Macau", []string{"Macao"}, []string{"Macanese"}, "", nil},
	{"Greenland", nil, []string{"Greenlandic", "Greenlander", "Greenlanders"}, "Nuuk", nil},
	{"Puerto Rico", nil, []string{"Puerto Rican", "Puerto Ricans"}, "San Juan", nil},
	{"Scotland", nil, []string{"Scottish", "Scot", "Scots"}, "Edinburgh", []string{"Holyrood"}},
	{"Wales", nil, []string{"Welsh"}, "Cardiff", nil},
	{"England", nil, nil, "", nil},
	{"Northern Ireland", nil, []string{"Northern Irish"}, "Belfast", []string{"Stormont"}},
	{"Western Sahara", nil, []string{"Sahrawi", "Sahrawis"}, "Laayoune", nil},
}

var gazOrgs = []gazOrg{
	{"United Nations", []string{"UN", "U.N.", "United Nations Organization"}, "organization"},
	{"UN Security Council", []string{"Security Council", "United Nations Security Council", "UNSC"}, "organization"},
	{"UN General Assembly", []string{"General Assembly", "United Nations General Assembly"}, "organization"},
	{"Unicef", []string{"UNICEF", "United Nations Children's Fund"}, "organization"},
	{"UNHCR", []string{"UN refugee agency", "United Nations High Commissioner for Refugees"}, "organization"},
	{"World Food Programme", []string{"WFP", "World Food Program"}, "organization"},
	{"UNESCO", []string{"Unesco"}, "organization"},
	{"Nato", []string{"NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"}, "organization"},
	{"European Union", []string{"EU", "E.U."}, "organization"},
	{"European Commission", nil, "organization"},
	{"European Parliament", []string{"MEPs"}, "organization"},
	{"European Council", nil, "organization"},
	{"Council of the European Union", []string{"Council of the EU"}, "organization"},
	{"European Central Bank", []string{"ECB"}, "organization"},
	{"European Court of Justice", []string{"ECJ", "Court of Justice of the European Union"}, "organization"},
	{"European Court of Human Rights", []string{"ECHR"}, "organization"},
	{"Council of Europe", nil, "organization"},
	{"G7", []string{"Group of Seven", "G-7"}, "organization"},
	{"G20", []string{"Group of 20", "G-20"}, "organization"},
	{"Brics", []string{"BRICS"}, "organization"},
	{"Opec", []string{"OPEC", "Organization of the Petroleum Exporting Countries", "Opec+", "OPEC+"}, "organization"},
	{"International Monetary Fund", []string{"IMF"}, "organization"},
	{"World Bank", nil, "organization"},
	{"World Trade Organization", []string{"WTO", "World Trade Organisation"}, "organization"},
	{"World Health Organization", []string{"WHO", "World Health Organisation"}, "organization"},
	{"International Criminal Court", []string{"ICC"}, "organization"},
	{"International Court of Justice", []string{"ICJ", "World Court"}, "organization"},
	{"International Atomic Energy Agency", []string{"IAEA"}, "organization"},
	{"Interpol", nil, "organization"},
	{"Europol", nil, "organization"},
	{"African Union", []string{"AU"}, "organization"},
	{"Asean", []string{"ASEAN", "Association of Southeast Asian Nations"}, "organization"},
	{"Arab League", []string{"League of Arab States"}, "organization"},
	{"Gulf Cooperation Council", []string{"GCC"}, "organization"},
	{"Organization of American States", []string{"OAS"}, "organization"},
	{"Commonwealth", []string{"Commonwealth of Nations"}, "organization"},
	{"OSCE", []string{"Organization for Security and Co-operation in Europe"}, "organization"},
	{"OECD", []string{"Organisation for Economic Co-operation and Development"}, "organization"},
	{"International Energy Agency", []string{"IEA"}, "organization"},
	{"Red Cross", []string{"International Committee of the Red Cross", "ICRC", "Red Crescent"}, "organization"},
	{"Amnesty International", []string{"Amnesty"}, "organization"},
	{"Human Rights Watch", []string{"HRW"}, "organization"},
	{"Medecins Sans Frontieres", []string{"Médecins Sans Frontières", "MSF", "Doctors Without Borders"}, "organization"},
	{"Greenpeace", nil, "organization"},
	{"Oxfam", nil, "organization"},
	{"Save the Children", nil, "organization"},
	{"White House", nil, "organization"},
	{"Pentagon", []string{"Department of Defense", "Defense Department", "US Department of Defense"}, "organization"},
	{"State Department", []string{"Department of State", "US State Department"}, "organization"},
	{"Justice Department", []string{"Department of Justice", "DOJ", "US Justice Department"}, "organization"},
	{"Treasury Department", []string{"US Treasury", "Department of the Treasury"}, "organization"},
	{"Department of Homeland Security", []string{"Homeland Security", "DHS"}, "organization"},
	{"Congress", []string{"US Congress", "U.S. Congress"}, "organization"},
	{"US Senate", []string{"Senate", "U.S. Senate"}, "organization"},
	{"House of Representatives", []string{"US House", "U.S. House"}, "organization"},
	{"Supreme Court", []string{"US Supreme Court", "U.S. Supreme Court"}, "organization"},
	{"FBI", []string{"Federal Bureau of Investigation"}, "organization"},
	{"CIA", []string{"Central Intelligence Agency"}, "organization"},
	{"NSA", []string{"National Security Agency"}, "organization"},
	{"FDA", []string{"Food and Drug Administration"}, "organization"},
	{"CDC", []string{"Centers for Disease Control and Prevention", "Centers for Disease Control"}, "organization"},
	{"Federal Reserve", []string{"Fed", "US Federal Reserve"}, "organization"},
	{"SEC", []string{"Securities and Exchange Commission"}, "organization"},
	{"FTC", []string{"Federal Trade Commission"}, "organization"},
	{"FCC", []string{"Federal Communications Commission"}, "organization"},
	{"EPA", []string{"Environmental Protection Agency"}, "organization"},
	{"NASA", nil, "organization"},
	{"IRS", []string{"Internal Revenue Service"}, "organization"},
	{"ICE", []string{"Immigration and Customs Enforcement"}, "organization"},
	{"Republican Party", []string{"Republicans", "GOP", "Republican"}, "group"},
	{"Democratic Party", []string{"Democrats", "Democrat"}, "group"},
	{"Parliament", []string{"UK Parliament", "British Parliament"}, "organization"},
	{"House of Commons", []string{"Commons"}, "organization"},
	{"House of Lords", []string{"Lords"}, "organization"},
	{"Bank of England", []string{"BoE"}, "organization"},
	{"NHS", []string{"National Health Service"}, "organization"},
	{"Metropolitan Police", []string{"Met Police", "Scotland Yard", "the Met"}, "organization"},
	{"MI5", nil, "organization"},
	{"MI6", []string{"Secret Intelligence Service"}, "organization"},
	{"GCHQ", nil, "organization"},
	{"Ofcom", nil, "organization"},
	{"Ofgem", nil, "organization"},
	{"Ofsted", nil, "organization"},
	{"Office for Budget Responsibility", []string{"OBR"}, "organization"},
	{"Treasury", []string{"HM Treasury"}, "organization"},
	{"Home Office", nil, "organization"},
	{"Foreign Office", []string{"Foreign", "Commonwealth and Development Office", "FCDO"}, "organization"},
	{"Ministry of Defence", []string{"MoD"}, "organization"},
	{"Labour Party", []string{"Labour"}, "group"},
	{"Conservative Party", []string{"Conservatives", "Tories", "Tory Party", "Tory"}, "group"},
	{"Liberal Democrats", []string{"Lib Dems", "Liberal Democrat Party"}, "group"},
	{"Scottish National Party", []string{"SNP"}, "group"},
	{"Reform UK", nil, "group"},
	{"Green Party", []string{"Greens"}, "group"},
	{"Plaid Cymru", nil, "group"},
	{"Sinn Fein", []string{"Sinn Féin"}, "group"},
	{"DUP", []string{"Democratic Unionist Party"}, "group"},
	{"Bundestag", nil, "organization"},
	{"Bundesbank", nil, "organization"},
	{"CDU", []string{"Christian Democratic Union"}, "group"},
	{"SPD", []string{"Social Democrats", "Social Democratic Party"}, "group"},
	{"AfD", []string{"Alternative for Germany"}, "group"},
	{"Duma", []string{"State Duma"}, "organization"},
	{"Knesset", nil, "organization"},
	{"Likud", nil, "group"},
	{"Hamas", nil, "group"},
	{"Hezbollah", []string{"Hizbollah"}, "group"},
	{"Islamic Jihad", nil, "group"},
	{"Taliban", nil, "group"},
	{"Houthis", []string{"Houthi", "Houthi rebels"}, "group"},
	{"Islamic State", []string{"ISIS", "Isis", "ISIL", "Daesh"}, "group"},
	{"al-Qaeda", []string{"Al Qaeda", "al Qaeda", "Al-Qaeda"}, "group"},
	{"Wagner Group", []string{"Wagner"}, "group"},
	{"Israel Defense Forces", []string{"IDF", "Israeli military"}, "organization"},
	{"Revolutionary Guards", []string{"IRGC", "Islamic Revolutionary Guard Corps"}, "organization"},
	{"Kurdistan Workers' Party", []string{"PKK"}, "group"},
	{"Apple", nil, "organization"},
	{"Google", []string{"Alphabet"}, "organization"},
	{"Microsoft", nil, "organization"},
	{"Amazon", nil, "organization"},
	{"Meta", []string{"Meta Platforms"}, "organization"},
	{"Facebook", nil, "organization"},
	{"Instagram", nil, "organization"},
	{"WhatsApp", nil, "organization"},
	{"Twitter", nil, "organization"},
	{"TikTok", nil, "organization"},
	{"ByteDance", nil, "organization"},
	{"YouTube", nil, "organization"},
	{"Snapchat", []string{"Snap"}, "organization"},
	{"Reddit", nil, "organization"},
	{"LinkedIn", nil, "organization"},
	{"Telegram", nil, "organization"},
	{"Wikipedia", nil, "organization"},
	{"Tesla", nil, "organization"},
	{"SpaceX", nil, "organization"},
	{"OpenAI", nil, "organization"},
	{"Anthropic", nil, "organization"},
	{"Nvidia", nil, "organization"},
	{"Intel", nil, "organization"},
	{"IBM", nil, "organization"},
	{"Samsung", nil, "organization"},
	{"Sony", nil, "organization"},
	{"Nintendo", nil, "organization"},
	{"Huawei", nil, "organization"},
	{"Alibaba", nil, "organization"},
	{"Tencent", nil, "organization"},
	{"Uber", nil, "organization"},
	{"Lyft", nil, "organization"},
	{"Airbnb", nil, "organization"},
	{"Netflix", nil, "organization"},
	{"Disney", []string{"Walt Disney"}, "organization"},
	{"Walmart", nil, "organization"},
	{"Verizon", nil, "organization"},
	{"Yahoo", nil, "organization"},
	{"Toyota", nil, "organization"},
	{"Volkswagen", []string{"VW"}, "organization"},
	{"Ford", []string{"Ford Motor"}, "organization"},
	{"General Motors", []string{"GM"}, "organization"},
	{"Boeing", nil, "organization"},
	{"Airbus", nil, "organization"},
	{"Shell", nil, "organization"},
	{"BP", nil, "organization"},
	{"ExxonMobil", []string{"Exxon"}, "organization"},
	{"Chevron", nil, "organization"},
	{"Gazprom", nil, "organization"},
	{"Rosneft", nil, "organization"},
	{"Aramco", []string{"Saudi Aramco"}, "organization"},
	{"Pfizer", nil, "organization"},
	{"Moderna", nil, "organization"},
	{"AstraZeneca", nil, "organization"},
	{"Johnson & Johnson", nil, "organization"},
	{"JPMorgan", []string{"JPMorgan Chase", "JP Morgan"}, "organization"},
	{"Goldman Sachs", nil, "organization"},
	{"BlackRock", nil, "organization"},
	{"HSBC", nil, "organization"},
	{"Barclays", nil, "organization"},
	{"Reuters", []string{"Thomson Reuters"}, "organization"},
	{"Associated Press", []string{"AP"}, "organization"},
	{"AFP", []string{"Agence France-Presse"}, "organization"},
	{"Bloomberg", nil, "organization"},
	{"BBC", []string{"British Broadcasting Corporation"}, "organization"},
	{"CNN", nil, "organization"},
	{"Fox News", []string{"Fox"}, "organization"},
	{"NBC", []string{"NBC News"}, "organization"},
	{"ABC News", []string{"ABC"}, "organization"},
	{"CBS", []string{"CBS News"}, "organization"},
	{"MSNBC", nil, "organization"},
	{"NPR", nil, "organization"},
	{"PBS", nil, "organization"},
	{"New York Times", []string{"NYT", "The New York Times"}, "organization"},
	{"Washington Post", []string{"The Washington Post"}, "organization"},
	{"Wall Street Journal", []string{"WSJ", "The Wall Street Journal"}, "organization"},
	{"Financial Times", []string{"FT"}, "organization"},
	{"The Guardian", []string{"Guardian"}, "organization"},
	{"The Times", nil, "organization"},
	{"The Telegraph", []string{"Daily Telegraph"}, "organization"},
	{"The Economist", []string{"Economist"}, "organization"},
	{"Politico", nil, "organization"},
	{"Axios", nil, "organization"},
	{"Al Jazeera", nil, "organization"},
	{"Sky News", nil, "organization"},
	{"BuzzFeed", []string{"BuzzFeed News"}, "organization"},
	{"Breitbart", []string{"Breitbart News"}, "organization"},
	{"Salon", nil, "organization"},
	{"CNNMoney", []string{"CNN Money"}, "organization"},
	{"Mashable", nil, "organization"},
	{"Vox", nil, "organization"},
	{"Snopes", []string{"Snopes.com"}, "organization"},
	{"PolitiFact", []string{"Politifact"}, "organization"},
	{"TMZ", nil, "organization"},
	{"Daily Mail", nil, "organization"},
	{"Xinhua", nil, "organization"},
	{"Tass", []string{"TASS"}, "organization"},
}

var gazRegions = []gazRegion{
	{"Europe", []string{"European", "Europeans"}, "group"},
	{"Middle East", []string{"Middle Eastern"}, "group"},
	{"Africa", []string{"African", "Africans"}, "group"},
	{"Asia", []string{"Asian", "Asians"}, "group"},
	{"Latin America", []string{"Latin American", "Latin Americans"}, "group"},
	{"South America", []string{"South American", "South Americans"}, "group"},
	{"North America", []string{"North American", "North Americans"}, "group"},
	{"Central America", []string{"Central American"}, "group"},
	{"Caribbean", nil, "group"},
	{"Gulf states", []string{"Gulf Arab states"}, "group"},
	{"the West", []string{"Western", "Western countries", "Western allies", "Western powers", "Western leaders"}, "group"},
	{"Scandinavia", []string{"Scandinavian", "Scandinavians"}, "group"},
	{"Balkans", []string{"Balkan"}, "group"},
	{"Baltic states", []string{"Baltics"}, "group"},
	{"Eastern Europe", []string{"Eastern European", "Eastern Europeans"}, "group"},
	{"Western Europe", []string{"Western European"}, "group"},
	{"Southeast Asia", []string{"Southeast Asian"}, "group"},
	{"Central Asia", []string{"Central Asian"}, "group"},
	{"East Asia", []string{"East Asian"}, "group"},
	{"South Asia", []string{"South Asian"}, "group"},
	{"Sub-Saharan Africa", nil, "group"},
	{"Sahel", nil, "group"},
	{"Horn of Africa", nil, "group"},
	{"Indo-Pacific", nil, "group"},
	{"Arctic", nil, "group"},
	{"Global South", nil, "group"},
}

// gazPlaces are well-known places that locate events; they are not actors.
var gazPlaces = []string{
	"New York", "New York City", "NYC", "Los Angeles", "San Francisco", "Chicago", "Houston", "Phoenix",
	"Philadelphia", "San Antonio", "San Diego", "Dallas", "Austin", "Seattle", "Boston", "Miami", "Atlanta",
	"Denver", "Detroit", "Las Vegas", "Portland", "Baltimore", "Minneapolis", "New Orleans", "Nashville",
	"Cleveland", "Pittsburgh", "St Louis", "Kansas City", "Sacramento", "Silicon Valley", "Manhattan",
	"Brooklyn", "Queens", "Bronx", "Staten Island", "Hollywood", "West Hollywood", "Beverly Hills",
	"Wall Street", "Capitol", "Mar-a-Lago", "Camp David", "Alabama", "Alaska", "Arizona", "Arkansas",
	"California", "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana",
	"Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
	"Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
	"North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
	"South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington State",
	"West Virginia", "Wisconsin", "Wyoming", "Toronto", "Montreal", "Vancouver", "Calgary", "Quebec", "Ontario",
	"British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "Sydney", "Melbourne", "Brisbane",
	"Perth", "Adelaide", "Hobart", "Auckland", "Christchurch", "New South Wales", "Victoria state",
	"Queensland", "Tasmania", "Northland", "Gold Coast", "Manchester", "Birmingham", "Liverpool", "Leeds",
	"Sheffield", "Bristol", "Newcastle", "Nottingham", "Leicester", "Glasgow", "Aberdeen", "Dundee", "Oxford",
	"Cambridge", "Brighton", "Southampton", "Plymouth", "Kent", "Essex", "Surrey", "Sussex", "Yorkshire",
	"Lancashire", "Cornwall", "Devon", "Norfolk", "Suffolk", "Cumbria", "Shropshire", "Shrewsbury",
	"West Midlands", "Midlands", "Merseyside", "Westminster", "Mayfair", "Soho", "Heathrow", "Gatwick", "Paris",
	"Marseille", "Lyon", "Bordeaux", "Toulouse", "Strasbourg", "Munich", "Hamburg", "Frankfurt", "Cologne",
	"Stuttgart", "Dusseldorf", "Düsseldorf", "Dresden", "Leipzig", "Milan", "Naples", "Turin", "Florence",
	"Venice", "Barcelona", "Valencia", "Seville", "Bilbao", "Porto", "Geneva", "Zurich", "Davos", "Basel",
	"Lausanne", "Rotterdam", "Antwerp", "Gothenburg", "Krakow", "Kraków", "Gdansk", "Lviv", "Odesa", "Odessa",
	"Kharkiv", "Kherson", "Zaporizhzhia", "Mariupol", "Donetsk", "Luhansk", "Crimea", "Donbas", "Bakhmut",
	"Avdiivka", "Dnipro", "Mykolaiv", "Bucha", "St Petersburg", "Saint Petersburg", "Kaliningrad", "Chechnya",
	"Siberia", "Belgorod", "Kursk", "Istanbul", "Izmir", "Thessaloniki", "Mumbai", "Bombay", "Kolkata",
	"Chennai", "Bangalore", "Bengaluru", "Hyderabad", "Karachi", "Lahore", "Shanghai", "Shenzhen", "Guangzhou",
	"Wuhan", "Hangzhou", "Chengdu", "Xinjiang", "Tibet", "Osaka", "Kyoto", "Hiroshima", "Busan",
	"Ho Chi Minh City", "Saigon", "Dubai", "Sharjah", "Jeddah", "Mecca", "Medina", "Aleppo", "Homs", "Idlib",
	"Mosul", "Basra", "Erbil", "Kandahar", "Herat", "Gaza", "Gaza Strip", "West Bank", "Gaza City", "Rafah",
	"Khan Younis", "Golan Heights", "Haifa", "Eilat", "Alexandria", "Benghazi", "Casablanca", "Marrakech",
	"Lagos", "Kano", "Johannesburg", "Durban", "Mombasa", "Goma", "Darfur", "Tigray", "Timbuktu",
	"Rio de Janeiro", "Sao Paulo", "São Paulo", "Medellin", "Guadalajara", "Monterrey", "Tijuana",
	"Indian Ocean", "Atlantic", "Atlantic Ocean", "Pacific", "Pacific Ocean", "Arctic Ocean", "Southern Ocean",
	"Mediterranean", "Mediterranean Sea", "Black Sea", "Red Sea", "Baltic Sea", "North Sea", "Caspian Sea",
	"South China Sea", "East China Sea", "Persian Gulf", "Gulf of Mexico", "Gulf of Aden", "English Channel",
	"Channel", "Strait of Hormuz", "Bosphorus", "Suez Canal", "Panama Canal", "Taiwan Strait", "Sea of Azov",
	"Kerch Strait", "Nile", "Danube", "Rhine", "Thames", "Amazon rainforest", "Mississippi River", "Yangtze",
	"Euphrates", "Tigris", "Jordan River", "Alps", "Himalayas", "Andes", "Rockies", "Sahara", "Chagos Islands",
	"Chagos", "Diego Garcia", "Falklands", "Falkland Islands", "Gibraltar", "Canary Islands",
	"Balearic Islands", "Sicily", "Sardinia", "Corsica", "Crete", "Guam", "Bermuda", "Cayman Islands",
	"Kashmir", "Kivu", "North Kivu", "South Kivu", "Nagorno-Karabakh", "Transnistria", "Abkhazia",
	"South Ossetia", "Kurdistan",
}

// givenNamesMale are given names borne mostly by men (whitespace-separated).
var givenNamesMale = `
Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Aidan Akira Alan Alastair Albert Alberto Aleksandr
Aleksei Alessandro Alex Alexander Alexandre Alexei Alexis Alfred Ali Alistair Amir Amit Anand Anders Andre
Andreas Andrei Andrew Andrzej Andy Angelo Anthony Anton Antonio Antony Arjun Arnold Arthur Ashok Ashraf
Barack Barry Bashar Ben Benedict Benjamin Benny Bernard Bernie Bert Bill Billy Bob Bobby Boris Brad Bradley
Brandon Brendan Brett Brian Bruce Bruno Bryan Byron Caleb Calvin Cameron Carl Carlos Carlo Cesar Charles
Charlie Chris Christian Christoph Christopher Chuck Clarence Claude Claudio Clifford Clint Colin Connor Conor
Craig Cyril Dale Damian Damien Dan Daniel Danny Dario Darren Dave David Dean Dennis Derek Desmond Diego
Dimitri Dmitri Dmitry Dominic Donald Doug Douglas Duncan Dwight Ed Eddie Edgar Edmund Edouard Eduardo Edward
Edwin Elon Emil Emmanuel Emmerson Enrique Eric Erik Ernest Ernesto Ethan Eugene Evan Fabio Faisal Farid
Felipe Felix Fernando Fidel Filippo Finn Florian Francesco Francis Francisco Franco Frank Franz Fred
Frederick Friedrich Gabriel Gareth Garry Gary Gavin Gennady Geoffrey George Georg Gerald Gerard Gerhard
Giorgio Giovanni Giuseppe Glenn Gordon Graham Grant Greg Gregory Guillaume Gustavo Hakan Hamid Hans Harold
Harry Hassan Hector Heinrich Helmut Henry Herbert Hernan Hiroshi Horst Howard Hugh Hugo Hussein Ian Ibrahim
Igor Ilya Imran Isaac Ismail Ivan Jack Jacob Jacques Jake Jamal James Jamie Jan Jared Jason Javier Jay Jeff
Jeffrey Jens Jeremy Jerome Jerry Jesse Jim Jimmy Joachim Joe Joel Johan Johann Johannes John Johnny Jon
Jonathan Jordi Jorge Jose José Josef Joseph Josh Joshua Juan Julian Julio Justin Kamal Karim Karl Keir Keith
Ken Kenji Kenneth Kevin Khalid Kirill Klaus Kofi Konstantin Kurt Kwame Kyle Lamar Larry Lars Laurent Lawrence
Leo Leon Leonard Leonardo Liam Lloyd Logan Lorenzo Louis Luc Luca Lucas Luigi Luis Luiz Lukas Luke Magnus
Mahmoud Malcolm Manuel Marc Marcel Marco Marcus Mario Marius Mark Martin Marvin Mateo Matt Matteo Matthew
Matthias Maurice Max Maxim Maximilian Mehmet Michael Michel Miguel Mike Mikhail Milan Mitch Mitchell Mohamed
Mohammad Mohammed Muhammad Mustafa Nabil Narendra Nasser Nathan Neil Nelson Nicholas Nick Nicolas Niels Nigel
Nikita Nikolai Noah Norman Oleg Oleksandr Oleksiy Oliver Olivier Omar Oscar Osman Otto Owen Pablo Paolo
Patrick Paul Pavel Pedro Pete Peter Petr Petro Phil Philip Philippe Pierre Piotr Rafael Rahul Raj Rajesh
Ralph Ramon Randy Raphael Rashid Ravi Ray Raymond Recep Reza Ricardo Richard Rick Rishi Rob Robert Roberto
Robin Rodrigo Roger Roland Roman Ron Ronald Ross Roy Rudolf Rudy Rupert Russell Ryan Saeed Salman Sam Sami
Samuel Sanjay Satya Scott Sean Sebastian Serge Sergei Sergey Sergio Seth Shane Sharif Shaun Shinzo Sid Simon
Stanley Stefan Stephen Steve Steven Stuart Sundar Taro Ted Terry Theo Theodore Thierry Thomas Tim Timothy
Tobias Todd Tom Tomas Tommy Tony Travis Trevor Tyler Uwe Valentin Valery Vasily Victor Viktor Vincent Vivek
Vladimir Volodymyr Walter Warren Wayne Werner Wesley Wilhelm William Wolfgang Xavier Xi Yaroslav Yasser
Yitzhak Yoshihide Youssef Yuri Yusuf Zach Zachary Nikos Kyriakos Alexandros Giorgos Andrej Jaroslaw Mateusz
Mikheil Aleksandar Slobodan Ilham Nikol Kassym-Jomart Shavkat Emomali Nursultan Sadyr Yair Naftali Avigdor
Itamar Bezalel Yahya Hossein Masoud Ebrahim Javad Mohsen Abbas Bola Muhammadu Olusegun Goodluck Uhuru Thabo
Julius Yoweri Abiy Morgan Jair Andres Mauricio Cristiano Lionel Shehbaz Nawaz Joko Prabowo Ferdinand Shigeru
Fumio Hunter Mitt Lindsey Hakeem Sadiq`

// givenNamesFemale are given names borne mostly by women (whitespace-separated).
var givenNamesFemale = `
Abigail Ada Adriana Agnes Aisha Alexandra Alexandria Alice Alicia Alina Alison Allison Amal Amanda Amara
Amelia Amy Ana Anastasia Angela Angelina Anita Ann Anna Anne Annette Antonia Ariana Astrid Audrey Ava Barbara
Beata Beatrice Beatriz Benazir Bernadette Beth Bethany Betty Beverly Bianca Brenda Bridget Brigitte Brittany
Camilla Carla Carmen Carol Caroline Carolyn Cassandra Catherine Cecilia Celine Charlotte Chelsea Cheryl Chloe
Christina Christine Cindy Claire Clara Claudia Colette Cristina Cynthia Dana Daniela Danielle Daphne Deborah
Debra Denise Diana Diane Dolores Donna Doris Dorothy Edith Elaine Eleanor Elena Elif Elisabeth Elise Eliza
Elizabeth Ella Ellen Eloise Elsa Emilia Emily Emma Erica Erin Esther Eva Evelyn Fatima Fatma Fiona Florence
Frances Francesca Gabriela Gabrielle Gemma Georgina Geraldine Gillian Gina Giorgia Giulia Gloria Greta Gwen
Hanna Hannah Harriet Hayley Heather Heidi Helen Helena Helga Hillary Hilary Hina Ilhan Imelda Ines Ingrid
Irene Irina Isabel Isabella Isabelle Jacinda Jacqueline Jane Janet Janice Jasmine Jennifer Jenny Jessica Jill
Joan Joanna Jodie Josephine Judith Judy Julia Julie Juliet Justine Kamala Karen Karin Kate Katherine Kathleen
Kathryn Kathy Katie Katrin Kay Kayla Kelly Kemi Keiko Kimberly Kirsten Kristen Kristina Kristi Lara Laura
Lauren Leah Leila Lena Lilian Lillian Linda Lindsay Lisa Liz Lorraine Louise Lucia Lucy Luisa Lydia Lynn
Madeleine Madison Magdalena Maia Mallory Margaret Margarita Margot Maria Marianne Marie Marina Marine Marion
Marisa Marjorie Marta Martha Mary Maryam Megan Meghan Melania Melanie Melissa Meryl Mette Mia Michaela
Michelle Mila Mildred Miriam Monica Monique Nadia Nadine Nancy Naomi Natalia Natalie Natasha Nicole Nikki
Nina Nora Nour Nuala Olena Olga Olivia Oprah Paige Pamela Patricia Paula Pauline Penelope Penny Petra
Philippa Phoebe Pippa Priti Rachel Rania Rebecca Regina Renata Rita Roberta Rosa Rosalind Rosemary Roxanne
Ruth Sabine Sally Samantha Sandra Sara Sarah Sasha Serena Shakira Sharon Sheila Shirley Silvia Simone Sofia
Sonia Sophia Sophie Stacey Stella Stephanie Susan Susanne Suzanne Svetlana Sylvia Tamara Tanya Teresa Theresa
Tiffany Tina Tracy Tulsi Ulrike Ursula Valentina Valerie Vanessa Vera Veronica Victoria Viktoria Violet
Virginia Vivian Wendy Yasmin Yolanda Yulia Yvette Yvonne Zainab Zara Zoe`

// commonWords are frequent English words (lower case, whitespace-separated): a
// capitalised word at the start of a sentence whose lower-case form is here is
// an ordinary word, not a name. Gazetteer entries take precedence.
var commonWords = `
a about above across act action actions actually add added adding addition additional additionally address
after afternoon again against age agency ago agree agreed agreement ahead aid aim aimed air all allow allowed
almost alone along already also although always am amid among amount an analysis analyst analysts and
announced announcement annual another answer any anyone anything apparently appear appeared approach april
are area areas argue argued argument arms army around arrived as ask asked asking at attack attacks attempt
attention authorities authority available average avoid away back bad ban bank banks base based basis be
became because become becomes been before began begin behind being believe believed below best better between
beyond big bill billion bit black board body book border both bought break bring brought budget build
building built business but buy by call called calling calls came campaign can cannot capital car care career
case cases cause caused cent central centre century certain certainly chair chairman challenge chance change
changed changes charge charged charges chief child children choice cities citizens city civil claim claimed
claims clear clearly close closed co coalition code come comes coming comment comments commission committee
common communities community companies company compared complete concern concerned concerns conditions
conference confirmed conflict congress consider considered continue continued contract control correspondent
cost costs could council countries country couple course court cover create created crime crisis critical
critics current currently cut cuts daily data day days deal deals death debate decade decades december
decided decision defence defense deficit demand democracy department despite details development did died
difference different difficult director do does doing done doubt down dr drop due during each earlier early
east economic economy education effect effort efforts eight either election elections else elsewhere
emergency end ended energy enough entire environment especially estimated even evening event events
eventually ever every everyone everything evidence exactly example executive expect expected experience
expert experts explained face faced fact failed fall false family far fast father fear fears february federal
feel felt few field fight fighting figure figures final finally finance financial find first five focus
following food for force forces foreign form former forward found four free friday friends from front full
fund funding further furthermore future gain game gas gave general get getting give given gives giving global
go goal goes going gone good government governments great greater ground group groups growing growth had half
hand happen happened hard has have having he head health hear heard help her here high higher him himself his
history hit hold home hope hospital hour hours house housing how however huge human hundreds i idea if
important importantly in include included including increase increased indeed industry information initially
inside instead interest international interview into investment involved is issue issues it its itself
january job jobs join joined july june just justice keep key kind know known labour lack land large largely
last late later latest law laws lead leader leaders leadership leading least leave led left legal less let
level levels life like likely line list little live lives local long longer look looking lost lot low made
main major majority make making man many march market markets matter may maybe me mean measures media meet
meeting member members men middle might military million minister ministers ministry minutes money month
months more moreover morning most mother move moved movement much must my nation national nearly need needed
needs neither never nevertheless new news next night nine no none nor north not nothing november now number
numbers october of off offer offered office officer officers official officials often oil old on once one
ones only open operation opposition or order other others our out outside over overall own page paid parents
parliament part parties party past pay peace people per percent perhaps period person place plan planned
plans play point police policies policy political politics poll poor popular position possible post power
powers president press pressure previous previously price prices prime private probably problem problems
process program programme project protect protest protesters protests provide provided public published push
put question questions quickly quite race raise raised range rate rates rather reached read ready real really
reason received recent recently record reduce region released remain remained remains report reported
reportedly reports research researchers residents response rest result results return revealed right rights
rise rising risk road role room rule rules run running safety said sale sales same saturday saw say saying
says school schools season second secretary security see seen send senior sense sent september series service
services set seven several share shares she short should show showed shown side sign significant similar
since single six small so social some someone something sometimes soon source sources south speaking special
spending spokesman spokeswoman spokesperson staff stage start started state statement states stay step still
stock stop story strong students study such suggested summer sunday support supporters sure system take taken
taking talk talks target tax team terms than thank thanks that the their them themselves then there therefore
these they thing things think third this those though thought thousands threat three through thursday thus
time times to today together told tomorrow too took top total toward towards trade trial tried troops true
try trying tuesday turn turned two under understand union unit until up upon us use used using very victims
view violence visit vote voters votes want wanted wants war was watch water way ways we wednesday week
weekend weeks well went were west what whatever when where whether which while white who whole whom whose why
wide wife will win with within without woman women won word words work worked workers working world would
wrote year years yes yesterday yet you young your ability able absolutely accept accepted access according
account accused acting active activists actor actress admitted adults advance advice affairs affected afraid
african afterwards agencies agents aide aides airport alarm alert alive allegations alleged allegedly allies
alliance ally alternative ambassador ambitious amendment ancient anger angry animal animals announce annually
anonymous anyway apart appeal appeals applause application applied apply appointed appreciate approval
approved arab arrest arrested arrival art article artist artists asian aside aspect assault assembly
assessment assets assistance associate association assume assured attacked attempted attend attended attorney
audience august author award aware awareness background backing backlash balance ballot bankrupt bar barely
battle bear beat beautiful bed beginning behalf behaviour behavior beings belief bench benefit benefits bid
biggest billionaire bills birth blame blamed blast blocked blood blow blue boat bodies bold bomb bombing bond
bonds boost born borrowing boss bottom boy boys brain brand bread breaking brief briefly bright brilliant
britain broad broadcast broken brother brothers brown brutal buildings bullet bureau burden bus businesses
busy buyers cabinet camera camp campaigners cancer candidate candidates capacity captain card careful
carefully carried carry cash cast casualties catch cell ceremony chain chairwoman chamber champion
championship chancellor chances changing channel chaos character charity cheap check chemical chiefs choose
chose christian church circumstances citing civilian civilians class classic clash clashes clean climate
clinic closely closer closing club clubs coach coast cold collapse colleague colleagues collection college
colonel combat comfortable command commander commentators commercial commissioner commitment commitments
committed communications compensation competition complained complaint complaints completely complex concede
concluded condemned conduct confidence confident confirm congressional connection consequences conservative
consistent constitution constitutional construction consumer consumers contact content context continues
contracts contrast contribution controversial controversy convicted conviction cooperation cop corporate
corruption councils counsel count counter countless county courts cousin coverage covid crash creating
creative credit crew crimes criminal criticised criticism criticized crowd crowds crucial culture cup
currency customer customers cutting cyber damage danger dangerous dark date daughter dead deadline deadly
dealing dear debt decide decisions declared decline declined deep deeply defeat defend defended defendant
defender defensive degree delay delayed delegation deliberately delivered delivery demanded demands democrat
democratic demonstrators denied deny deputy described design designed desire desperate destroyed destruction
detail detained determined develop developed developing device devices difficulties digital diplomat
diplomatic diplomats directly disaster discuss discussed discussion discussions disease dismissed dispute
distance district divided doctor doctors document documents dollar dollars domestic door doors double drawn
dream drive driven driver drivers driving drug drugs dying earn earnings easily easy eat economists edge
editor edition educational effective effectively efficient elected electoral electric electricity element
elements elite embassy emerged emissions employees employers employment encourage enemy enforcement engine
engineers enjoy ensure enter entered entirely entry equal equipment equity era escape essential establish
established estate estimate estimates ethnic european euro evacuated examined excellent exchange exclusive
executives exercise exist existing exit expand expansion expectations expensive explain explosion exports
exposed express extend extended extent extra extreme eye eyes facilities facility facing factory factors
facts failure fair faith familiar families famous fan fans farm farmers fashion favour favor favourite
feature fee feeling fees fell fellow female festival fifth fighters file filed film films finding findings
fine fire fired firm firms fiscal fit fix flag flat flight flights floor flow fly football forced forecast
forest forget formal formally forms fought foundation fourth frame framework freedom fresh friend friendly
fuel fully fun function funds funeral gap gather gathered gender generation generous german giant girl girls
goals gold golden goods govern governor grand grant grants green grew gross guard guarantee guests guidance
guilty gun guns guy hair hall halt hands hardly harm heads healthcare hearing heart heat heavily heavy held
hell helped helping hidden hide highest highly hired historic holding holiday holidays homes honest honour
hopes horse host hostage hosted hot hotel household households humanitarian hundred hunger husband identified
identity illegal image images immediate immediately immigrants immigration impact imports improve improved
incident income increasing increasingly independence independent index indicated individual individuals
industrial inflation influence initial initiative injured injuries injury inquiry insisted inspector instance
institute institution institutions insurance intelligence intended intense interested internal internet
interests interim intervention interviews introduce introduced invasion invest investigating investigation
investigators investors invited island islands israeli jail joint journalist journalists judge judges jury
justify kept kids kill killed killing kilometres king knew knowledge labor lady largest laughed launch
launched lawmakers lawsuit lawyer lawyers lay leaves lecture legislation lending lesson letter letters
liberal licence license lies light limit limited limits link linked listed listen literally living loan loans
lobby located long-term looked looks lose losing loss losses loud love loved lower luck lucky machine
magazine maintain maintained male manage managed management manager mandate mark marked marriage mass massive
match material mayor meal meanwhile measure medical medicine meetings memory mental mention mentioned merely
message met method mid migrants mind minimum minor minute miss missed missile missiles missing mission
mistake mixed mobile model modern moment momentum monday monitor moral mostly motion motor mouth moving
multiple murder museum music muslim muslims mutual myself named names narrow nations native natural nature
naval navy near nearby necessary negative negotiations negotiator neighbours neighbors net network networks
newly newspaper nobody normal normally note noted notes notice nuclear nurse nurses object obviously occasion
occupied offering offers officially offices ongoing online opened opening operations opinion opponents
opportunity opposed option options ordered ordinary organisation organisations organization organizations
organised organized origin original otherwise ourselves outbreak output owned owner owners ownership pace
package pain pair palace panel paper papers parent park parking particular particularly partner partners
partnership passed passengers passing path patient patients pattern paying payment payments peaceful peak
penalty pension pensions performance permanent permission personal personally persons phone photo photos
physical pick picked picture pictures piece pilot places planning plant plants platform player players
playing plea please pleased pledge pledged plenty pockets pointed points politician politicians pollsters
pool population port positive possibility possibly potential potentially pound pounds poverty powerful
practice praised prepared presence present presidency presidential pretty prevent prevented primary prince
principle priority prison prisoners probe procedure proceedings produce produced producer product production
products profit profits programs progress promise promised promote proper property proposal proposals
proposed prosecution prosecutor prosecutors protected protection proud prove proved provider provides
province provisions pub publicly pulled punishment purchase purpose pushed pushing putting quality quarter
queen quick quiet quit quoted radio raising rally ran rare rarely rating reach reaction reading reality
realise realize reasons rebels receive receiving recession recognise recognize recommended records recovery
red reduced referendum reform reforms refugee refugees refused regime regional regions register regular
regulation regulations regulator regulators related relations relationship relatively release relief
religious remaining remarks remember removed rent repeated repeatedly replace replaced reply representative
representatives republic republican request require required requirements rescue reserve resident resign
resignation resistance resolution resources respect respond responded responsibility responsible restaurant
restrictions resulted retail retired retirement returned revenue review rich ride rival rivals river robust
rock rose round route royal rubbish ruled ruling rumours rural russian safe sanctions save saved saving
savings scale scandal scene scheduled scheme science scientific scientists score screen sea search seat seats
secret secretly sector sectors secure seek seeking seem seemed seems seized select selling senate senator
seriously serve served serving session settlement severe sex shadow shape shared sharp shift ship ships shock
shop shops shot shut sick sides signal signed significantly signs silence silent simple simply singer sister
site sites situation size skills sky slightly slow slowly smaller smart smoke soft software soldier soldiers
solution son song sort sought sound space speak speaker speaks speech speed spend spent spirit spoke spoken
sport sports spot spread spring squad square stable stadium stake stand standard standards standing stands
star stars starting state-owned station stations status steady steel stepped steps stick stocks stood store
stores storm straight strategic strategy street streets strength stress strike strikes struck structure
struggle student studies stuff style subject substantial success successful suffered suggest suggestion suit
summit sun supply supported supporting supreme surgery surprise surprised surrounding survey survive
survivors suspect suspected suspects suspended sweeping swift symbol table tackle tactics talked talking tank
taxes taxpayers teacher teachers teams tech technical technology teenager television tell telling temporary
ten tenants tension tensions territory terror terrorism terrorist terrorists test testing tests text thanked
theatre theory thinking thousand threatened threats throughout ticket tickets tie ties tight till title
tonight tool tools topic tough tour tourism tourists town towns track traditional traffic training transfer
transition transport travel treasury treatment treaty tree trend trip trouble truck truly trust truth turning
twice type typically ultimately unable uncertainty unclear understanding unemployment unfortunately unions
united universities university unknown unless unlike unlikely unprecedented upper urban urged urgent useful
user users usual usually vaccine value values various vehicle vehicles version veteran veterans vice victim
victory video videos village villages violent virtual virus vision visitors visits vital voice voted voting
vulnerable wage wages waiting walk walked wall warm warned warning warnings wars waste watched weak weapon
weapons wear weather website weight welcome welcomed welfare western whilst widely widespread wildlife
willing wind window winner winning winter wish witness witnesses wonder wonderful worker workforce worried
worry worse worst worth wounded writer writing written wrong yard youth zone ah anyhow besides hence hereby
nonetheless regardless similarly thereby whereas whereby hitherto likewise accordingly consequently
conversely incidentally admittedly arguably fortunately hopefully interestingly ironically luckily naturally
notably oddly presumably remarkably sadly seemingly strangely surprisingly thankfully tragically undoubtedly
incredibly basically essentially frankly honestly definitely evidently plainly undeniably amidst alongside
beneath beside except via regarding concerning considering excluding granted assuming supposing responding
reporting publishing update updated posted photograph subscribe advertisement sponsored trending editorial
explainer`

// nonActorNames are capitalised words and phrases that are never actors: days,
// months, holidays, time zones, page furniture, common abbreviations.
// Entries are separated by commas or line breaks.
var nonActorNames = `Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, Mon, Tue, Tues, Wed, Thu, Thur, Thurs, Fri, Sat, Sun
January, February, March, April, May, June, July, August, September, October, November, December, Jan, Feb, Mar, Apr, Jun, Jul, Aug, Sep, Sept, Oct, Nov, Dec
Christmas, Easter, Ramadan, Eid, Hanukkah, Diwali, Thanksgiving, Halloween, New Year, New Year's Eve, Passover, Lent, Advent
AM, PM, GMT, BST, EST, EDT, PST, PDT, CET, CEST, UTC, ET, PT
Internet, Covid, Covid-19, COVID-19, COVID, Coronavirus, Brexit, Web, God, Earth, Moon, Sun, Heaven
Photo, Photos, Image, Images, Video, Videos, Getty, Getty Images, Shutterstock, Alamy, Advertisement, Read, Related, Share, Subscribe, Newsletter, Comments, Updated, Published, Sponsored, Watch, Listen, Click, Follow, Sign, Login, Menu, Search, Home, Skip
OK, TV, PDF, GDP, CEO, CFO, COO, CTO, MP, MPs, MEP, MEPs, PM, VP, ID, AI, VR, USB, URL, FAQ, LGBT, LGBTQ, DNA, HIV, AIDS, PhD, MBA, BA, MA, UFO, Q&A, PR, HR, IT, IP, TBC, TBA, N/A, RIP, ASAP, FYI, LOL, OMG, DIY, APR, VAT, CPI, IPO, ETF, EV, EVs, SUV, GPS, CCTV, A&E, ICU, GP, GPs, NGO, NGOs
English, Latin, Arabic, Mandarin, Cantonese, Hindi, Urdu, Swahili, Esperanto
Islam, Christianity, Judaism, Hinduism, Buddhism, Catholicism, Protestantism
Mr, Mrs, Ms, Dr, Sir, Madam`
