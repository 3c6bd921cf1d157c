package brief

// The word lists the extraction rules are written in terms of. They are small,
// closed classes of English (titles, speech verbs, pronouns, cue words); the
// large open lists (countries, organisations, names, common words) are in
// gazetteer_data.go.

// Gender of a person, as far as the text tells.
const (
	genderUnknown int8 = iota
	genderMale
	genderFemale
)

// honorifics precede a name and tell the gender, but are not a role.
var honorifics = map[string]int8{
	"mr": genderMale, "mr.": genderMale, "sir": genderMale, "lord": genderMale, "messrs": genderMale,
	"mrs": genderFemale, "mrs.": genderFemale, "ms": genderFemale, "ms.": genderFemale, "miss": genderFemale,
	"dame": genderFemale, "lady": genderFemale, "baroness": genderFemale, "mme": genderFemale, "mx": genderUnknown,
	"dr": genderUnknown, "dr.": genderUnknown, "prof": genderUnknown, "prof.": genderUnknown,
}

// royalTitles stay part of the name ("King Charles", "Pope Francis").
var royalTitles = map[string]int8{
	"king": genderMale, "queen": genderFemale, "prince": genderMale, "princess": genderFemale,
	"pope": genderMale, "emperor": genderMale, "empress": genderFemale, "sheikh": genderMale,
	"duke": genderMale, "duchess": genderFemale, "emir": genderMale, "sultan": genderMale,
}

// titleHeads are the nouns of a title or role that can stand before a name
// ("President", "Prime Minister", "Chief Inspector").
var titleHeads = setOf(
	"president", "pm", "president-elect", "vice-president", "minister", "secretary", "chancellor", "premier",
	"senator", "sen.", "sen", "rep.", "rep", "representative", "congressman", "congresswoman", "governor", "gov.",
	"mayor", "sheriff", "judge", "justice", "ambassador", "envoy", "commissioner", "inspector", "detective", "superintendent",
	"constable", "officer", "sergeant", "sgt.", "captain", "capt.", "commander", "general", "gen.", "colonel",
	"col.", "lieutenant", "lt.", "major", "admiral", "marshal", "chief", "director", "chairman", "chairwoman",
	"chair", "ceo", "founder", "spokesman", "spokeswoman", "spokesperson", "leader", "speaker", "attorney",
	"prosecutor", "coach", "manager", "councillor", "councilman", "councilwoman", "taoiseach", "archbishop",
	"bishop", "cardinal", "rabbi", "imam", "reverend", "rev.", "father", "professor", "sister", "deputy",
	"secretary-general", "director-general", "attorney-general", "solicitor-general", "inspector-general", "surgeon-general", "governor-general", "prime-minister", "lawmaker", "mp", "mep", "senior", "executive", "head", "physician",
	"economist", "analyst", "lawyer", "writer", "reporter", "photographer", "veteran", "editor", "columnist",
	"author", "journalist", "actor", "actress", "singer", "activist", "campaigner", "businessman", "businesswoman",
	"billionaire", "entrepreneur", "investor", "doctor", "surgeon", "nurse", "teacher", "student", "mother",
	"son", "daughter", "wife", "husband", "brother", "widow", "diplomat", "negotiator", "adviser",
	"advisor", "aide", "strategist", "pollster", "historian", "expert", "scientist", "researcher", "candidate",
	"nominee", "challenger", "incumbent", "owner", "boss", "official", "opponent", "critic", "rival", "ally",
	"striker", "player", "star", "presenter", "host", "anchor", "commentator", "blogger", "founder", "partner",
	"resident", "pilot", "soldier", "priest", "chef", "designer", "producer", "filmmaker", "director",
	"treasurer", "comptroller", "whip", "dean", "assemblyman", "assemblywoman", "assemblymember",
	"det.", "supt.", "insp.", "amb.", "atty.", "cmdr.", "adm.", "maj.", "brig.", "brigadier", "corporal", "cpl.",
	"trooper", "ensign",
)

// descriptiveRoles are the titleHeads that describe a person rather than
// address one: they stand before a full name ("actor Tomas Varga", "student
// Ana Ruiz") but not before a surname alone the way "President Varga" or
// "Detective Ruiz" do. Capitalised before a single word they most often open
// the name of a work or a term ("Star Wars", "Student Survival").
var descriptiveRoles = setOf(
	"founder", "spokesman", "spokeswoman", "spokesperson", "executive", "head", "senior", "physician",
	"economist", "analyst", "lawyer", "writer", "reporter", "photographer", "veteran", "editor", "columnist",
	"author", "journalist", "actor", "actress", "singer", "activist", "campaigner", "businessman", "businesswoman",
	"billionaire", "entrepreneur", "investor", "doctor", "surgeon", "nurse", "teacher", "student", "son",
	"daughter", "wife", "husband", "widow", "diplomat", "negotiator", "adviser", "advisor", "aide", "strategist",
	"pollster", "historian", "expert", "scientist", "researcher", "candidate", "nominee", "challenger",
	"incumbent", "owner", "boss", "official", "opponent", "critic", "rival", "ally", "striker", "player", "star",
	"presenter", "host", "anchor", "commentator", "blogger", "partner", "resident", "pilot", "soldier", "chef",
	"designer", "producer", "filmmaker", "manager", "lawmaker", "ceo",
)

// tradeRoles are the trades of scientists, scholars and other
// professionals that a story gives as a person's role ("Harlow astronomer
// Lena Berg", "Marta Quill, an epidemiologist at Corran University"):
// titleHeads that describe rather than address (descriptiveRoles). Words
// that as often open a business's or a work's name ("chemist", "artist")
// are left out.
var tradeRoles = setOf(
	"astronomer", "astrophysicist", "physicist", "biologist", "microbiologist", "epidemiologist", "virologist",
	"immunologist", "climatologist", "meteorologist", "geologist", "seismologist", "volcanologist",
	"oceanographer", "glaciologist", "ecologist", "zoologist", "botanist", "geneticist", "neuroscientist",
	"psychologist", "psychiatrist", "sociologist", "anthropologist", "archaeologist", "criminologist",
	"demographer", "statistician", "mathematician", "engineer", "pharmacist", "dentist",
	"paediatrician", "pediatrician", "cardiologist", "oncologist", "neurologist", "radiologist", "pathologist",
	"toxicologist", "nutritionist", "veterinarian", "lecturer", "scholar", "novelist", "playwright", "poet",
	"philosopher", "theologian", "linguist", "curator", "archivist", "librarian", "accountant", "banker",
	"consultant",
)

// sharedOffices are the offices that two or more hold at once, written
// with "co-" ("co-director", "co-chair"): each is one of titleHeads and,
// like "founder", describes rather than addresses.
var sharedOffices = []string{"director", "chair", "chairman", "chairwoman", "founder", "leader", "president",
	"host", "author", "owner", "ceo", "editor", "manager", "captain", "pilot", "presenter", "producer"}

// addedRoles are the trades and shared offices above, added to
// titleHeads: written with a capital inside a sentence they are a word of
// a name ("Harlow Engineer Corps", "Tom Banker", "a Rhodes Scholar"),
// never a title before one (isTitleWord, roleAfter).
var addedRoles = map[string]bool{}

func init() {
	for w := range tradeRoles {
		titleHeads[w], descriptiveRoles[w], addedRoles[w] = true, true, true
	}
	for _, w := range sharedOffices {
		titleHeads["co-"+w], descriptiveRoles["co-"+w], addedRoles["co-"+w] = true, true, true
	}
}

// associateNouns name a person by their tie to another ("the minister's
// spokesman", "a lawyer for the family"); with kinNouns they are the
// relation nouns: a title after one ("the wife of the minister") belongs to
// the other person, not to the one so described.
var associateNouns = setOf("spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "aide", "adviser",
	"advisor", "assistant", "deputy", "friend", "secretary", "bodyguard", "driver", "biographer", "chief-of-staff",
	"envoy", "emissary")

// KinNoun reports a noun that names a relative ("husband", "wife",
// "daughter", "widow", "partner"): the kinNouns table, lower case.
func KinNoun(w string) bool {
	_, ok := kinNouns[w]
	return ok
}

// relationNoun reports a noun that names a person by a tie to another.
func relationNoun(w string) bool {
	_, kin := kinNouns[w]
	return kin || associateNouns[w]
}

// isTitleMod reports whether the word of lexicon entry e modifies a title
// head: one of titleMods, or the field of a government office in the
// agent table ("Agriculture Commissioner", "Fisheries Minister").
func isTitleMod(e lexEntry) bool {
	return e.sets&inTitleMods != 0 || isPortfolio(e)
}

// isPortfolio reports a government office's field of the agent table
// ("industry" of "minister of industry", "security" of "ministry for
// security").
func isPortfolio(e lexEntry) bool {
	return e.lem != 0 && int(e.lem) < len(lexTab.portfolio) && lexTab.portfolio[e.lem]
}

// titleMods modify a title head ("Prime", "Foreign", "Vice").
var titleMods = setOf(
	"prime", "foreign", "home", "defence", "defense", "interior", "finance", "treasury", "health", "education",
	"trade", "justice", "culture", "energy", "environment", "transport", "economy", "business", "culture",
	"shadow", "deputy", "vice", "acting", "interim", "former", "ex", "then", "first", "chief", "senior",
	"assistant", "associate", "executive", "managing", "general", "attorney", "state", "staff", "lead", "top",
	"police", "army", "navy", "military", "labour", "conservative", "republican", "democratic", "opposition",
	"party", "majority", "minority", "house", "senate", "supreme", "high", "district", "federal", "county",
	"city", "national", "regional", "elect", "-elect", "grand", "crown", "lord", "fact", "fact-checker",
	"news", "white", "union", "team", "club", "co-founder", "founding", "longtime", "veteran", "retired",
	"former", "incoming", "outgoing", "newly", "appointed", "elected",
)

// The speech, think and naming verbs are lemma lists in
// tools/lexgen/seeds (speech.txt, think.txt, naming.txt), read from
// lexdata/classes.tsv into the class bits lexSpeech, lexThink and lexNaming
// (lex.go); isSpeechWord tests a word.

// pronouns that refer to people, with their gender; plural and neuter
// pronouns are resolved to organisations and countries.
var personPronouns = map[string]int8{
	"he": genderMale, "him": genderMale, "his": genderMale, "himself": genderMale,
	"she": genderFemale, "her": genderFemale, "hers": genderFemale, "herself": genderFemale,
}

// determiners open a noun phrase.
var determiners = setOf("a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their",
	"our", "my", "your", "one", "another", "some", "several", "many", "two", "three", "four")

// locatives are prepositions after which a place only locates something.
var locatives = setOf("in", "at", "near", "across", "inside", "outside", "around", "throughout", "from",
	"to", "into", "via", "through", "towards", "toward", "within", "over", "off")

// nameConnectors may stand inside a multi-word name ("Bank of England",
// "Charles de Gaulle").
var nameConnectors = setOf("of", "for", "on", "and", "&", "de", "du", "des", "da", "das", "do", "dos", "di",
	"del", "della", "van", "von", "der", "den", "la", "le", "les", "al", "el", "bin", "ibn", "ben", "y", "the", "at")

// orgHeads end organisation names ("Food Standards Agency", "West Mercia Police").
var orgHeads = setOf(
	"agency", "police", "party", "ministry", "department", "council", "commission", "university", "college",
	"school", "academy", "center", "centre", "institute", "institution", "foundation", "bank", "fund", "inc",
	"inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "ltd.", "plc", "llc", "group",
	"committee", "court", "army", "navy", "force", "forces", "union", "association", "federation",
	"organisation", "organization", "office", "service", "services", "authority", "board", "administration",
	"network", "news", "times", "post", "journal", "press", "club", "church", "league", "alliance", "coalition",
	"assembly", "parliament", "congress", "senate", "cabinet", "government", "trust", "society", "bureau",
	"holdings", "airlines", "airways", "motors", "labs", "laboratories", "systems", "technologies", "media",
	"studios", "records", "entertainment", "magazine", "herald", "tribune", "gazette", "telegraph", "guardian",
	"channel", "tv", "radio", "broadcasting", "hospital", "clinic", "council", "directorate", "secretariat",
	"tribunal", "guard", "corps", "brigade", "battalion", "regiment", "command", "unit", "squad",
	"movement", "front", "brotherhood", "party's", "caucus", "group's", "exchange", "insurance", "capital",
	"partners", "ventures", "energy", "oil", "petroleum", "pharmaceuticals", "pharma", "project", "initiative",
	"program", "programme", "council's", "watchdog", "regulator", "consortium", "cooperative", "team",
	"air", "aviation", "logistics",
)

// foreignOrgHeads open the names of organisations in languages that put
// the head word first (Portuguese, Spanish, Italian, French, Dutch,
// German): "Instituto Serra do Mar", "Banco do Brasil", "Universidade de
// São Paulo", "Fundación Ríos Limpios". None of them is an English word or a
// given name, so a name that opens with one is a body's, never a person's.
var foreignOrgHeads = setOf(
	"instituto", "istituto", "institut", "instituut", "banco", "banca", "banque", "universidade", "universidad",
	"università", "universita", "université", "universite", "universität", "universitat", "universiteit",
	"fundação", "fundacao", "fundación", "fundacion", "fondazione", "fondation", "stichting", "stiftung",
	"ministerio", "ministério", "ministero", "ministère", "ministere", "ministerium", "ministerie",
	"secretaria", "secretaría", "agência", "agencia", "agenzia", "agence", "companhia", "compañía", "compagnia",
	"empresa", "partido", "partito", "sindicato", "confederação", "confederación", "federação", "federación",
	"associação", "asociación", "associazione", "comissão", "comisión", "commissione", "conselho", "consejo",
	"consiglio", "hospitais", "ospedale", "clínica", "clinica", "escola",
	"escuela", "colégio", "colegio", "museu", "museo", "teatro", "petróleos", "petroleos", "caixa", "caja",
	"cámara", "câmara", "assembleia", "asamblea", "frente", "movimento", "movimiento", "polícia",
	"policía", "polizia", "exército", "ejército", "esercito", "marinha", "serviço", "servicio",
	"servizio", "corporación", "grupo", "gruppo", "sociedade", "sociedad", "società", "societa", "organização",
	"organización", "organizzazione", "centro", "laboratório", "laboratorio", "observatório", "observatorio",
	"autorité", "autorite", "autorità", "autorita", "autoridad", "autoridade", "conseil", "cour", "corte", "tribunale",
	"dirección", "direccion", "direzione", "comité", "comitato", "fédération", "confédération",
	"syndicat", "fiscalía", "fiscalia", "procuraduría", "superintendencia", "gendarmerie", "guardia", "assemblée",
	"sénat", "senado")

// clubSuffixes end the names of sports clubs, after the town's name
// ("Ashbury United", "Kelbridge Athletic", "Harwick Rovers"); clubPrefixes
// open them ("FC Norden"). "City", "Town" and "County" are left out: they
// end names of places as often ("Ashbury City" may be the town).
var (
	clubSuffixes = setOf("united", "rovers", "athletic", "wanderers", "albion", "rangers", "hotspur", "fc", "afc")
	clubPrefixes = setOf("fc", "afc", "sc", "cf", "atletico", "atlético")
)

// placeHeads end names of places ("Indian Ocean", "Chagos Islands").
var placeHeads = setOf(
	"island", "islands", "ocean", "sea", "river", "mountains", "mountain", "mount", "street", "road", "square",
	"avenue", "park", "valley", "county", "city", "province", "region", "state", "bay", "gulf", "lake", "coast",
	"airport", "station", "bridge", "hotel", "stadium", "palace", "garden", "gardens", "hall", "tower", "strait",
	"peninsula", "desert", "canal", "district", "borough", "village", "town", "heights", "plaza", "beach",
	"harbour", "harbor", "port", "border", "highway", "motorway", "building", "arena", "cathedral", "abbey",
	"castle", "prison", "camp", "base", "field", "fields", "hills", "forest", "lane", "way", "drive", "boulevard",
)

// groupNouns after a name make a group or organisation actor
// ("Trump administration", "Trump supporters", "Uber drivers").
var groupNouns = map[string]ActorKind{
	"administration": KindOrganization, "government": KindOrganization, "campaign": KindOrganization,
	"supporters": KindGroup, "loyalists": KindGroup, "drivers": KindGroup, "workers": KindGroup,
	"employees": KindGroup, "officials": KindGroup, "voters": KindGroup, "fans": KindGroup,
	"leaders": KindGroup, "lawmakers": KindGroup, "prosecutors": KindGroup, "customers": KindGroup,
	"forces": KindGroup, "troops": KindGroup, "rebels": KindGroup, "protesters": KindGroup,
	"police": KindOrganization, "council": KindOrganization, "family": KindGroup,
}
