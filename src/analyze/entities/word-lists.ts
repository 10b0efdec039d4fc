/** Closed word lists that type a capitalised chunk by evidence; all keys are lower case. */

const set = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Honorifics: kept as aliases ("Mr Okafor"), never as descriptors. */
export const HONORIFICS = set(
  'mr mr. mrs mrs. ms ms. miss mx sir dame madam mme mme. mlle m. herr frau sr. sra. señor señora',
);

/** Female / male honorifics and role words, the only gender evidence the pronoun resolver uses. */
export const FEMALE_WORDS = set(
  'mrs mrs. ms ms. miss dame madam mme mme. mlle frau sra. señora spokeswoman chairwoman congresswoman businesswoman queen princess actress sister mother wife daughter duchess countess baroness lady councilwoman policewoman',
);
export const MALE_WORDS = set(
  'mr mr. sir herr sr. señor spokesman chairman congressman businessman king prince actor brother father husband son duke count baron lord councilman policeman',
);

/** Capitalised titles that glue to a name ("Secretary-General Ana Duarte", "Adm. Kim"). */
export const TITLES = set(`
  president vice-president president-elect prime premier minister secretary secretary-general undersecretary
  general gen gen. adm adm. admiral lt lt. lieutenant col col. colonel capt capt. captain cmdr cmdr. commander
  maj maj. major sgt sgt. sergeant cpl corporal marshal brigadier commodore
  sen sen. senator rep rep. representative congressman congresswoman gov gov. governor mayor
  judge justice chancellor ambassador envoy consul chairman chairwoman chair chairperson
  ceo cfo coo chief director professor prof prof. dr dr. doctor
  king queen prince princess emperor empress pope cardinal bishop archbishop rabbi imam reverend rev rev. pastor father
  sheikh sheik emir sultan crown deputy inspector superintendent supt supt. detective det det. officer constable commissioner
  spokesperson spokesman spokeswoman speaker coach attorney prosecutor councillor councilor councilman councilwoman
  mp mep alderman magistrate dean rector provost principal chancellor-elect lord lady dame sir leader whip
`);

/** Words that may stand before a title inside a capitalised role ("Foreign Minister", "Deputy Prime Minister"). */
export const TITLE_MODIFIERS = set(`
  former acting interim deputy vice assistant associate senior junior chief executive managing general first
  foreign finance interior defence defense labour labor health education justice economy economic trade environment
  energy transport agriculture culture home state treasury foreign-affairs fisheries housing tourism industry
  national regional federal city county state supreme high district
`);

/** Lower-case role nouns: they end a descriptor before a name ("union spokeswoman Ana Duarte") and refer back ("the minister"). */
export const ROLE_NOUNS = set(`
  minister president spokesperson spokesman spokeswoman professor mayor governor senator chancellor secretary
  director chief ambassador judge general admiral commander chairman chairwoman chair ceo leader official analyst
  economist lawyer attorney researcher fellow scientist expert activist candidate founder executive editor manager
  officer inspector lecturer teacher doctor nurse adviser advisor diplomat negotiator organiser organizer
  representative prosecutor coach lawmaker legislator premier engineer captain correspondent journalist author
  historian president-elect secretary-general commissioner envoy head deputy superintendent detective constable
  councillor councilor mp spokesperson-designate campaigner strategist pollster consultant aide adviser
  owner entrepreneur investor banker broker trader farmer fisherman driver pilot union unionist
`);

/** Words that make a capitalised chunk an organisation. */
export const ORG_WORDS = set(`
  ministry agency institute institution university college school council department centre center union
  authority police party press news bank company corporation corp corp. inc inc. ltd ltd. plc llc gmbh ag sa group
  association federation foundation commission committee court office bureau board organisation organization
  service services army navy air-force force forces parliament assembly senate congress government administration
  fund trust society league club network times post journal herald tribune gazette daily radio television tv
  broadcasting broadcaster airlines airways hospital museum academy alliance coalition movement front church cabinet
  secretariat observatory laboratory laboratories lab programme program industries holdings partners media channel guard
  brigade railway railways railroad motors energy petroleum oil systems technologies labs pharmaceuticals
  exchange reserve treasury tribunal commission inquiry cooperative co-operative consortium syndicate federation
  confederation chamber embassy consulate mission directorate inspectorate regulator watchdog observatory
  institute-of monitor monitors gazette review magazine weekly chronicle telegraph courier
`);

/** News agencies and other bodies commonly named by a single word or an acronym. */
export const KNOWN_ORGS = set(`
  reuters afp ap bloomberg xinhua tass ria interfax yonhap kyodo lusa efe ansa dpa pti ani bernama antara
  bbc cnn nbc cbs abc fox msnbc npr pbs al-jazeera nato un u.n. eu e.u. who imf opec unesco unicef oecd wto
  fbi cia nsa pentagon kremlin interpol asean icc icj
`);

/** Nationality, ethnic, religious and party adjectives: capitalised but not entities on their own. */
export const NATIONALITIES = set(`
  afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani
  bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese bolivian bosnian botswanan
  brazilian british bruneian bulgarian burkinabe burmese burundian cambodian cameroonian canadian cape-verdean
  chadian chilean chinese colombian comoran congolese costa-rican croatian cuban cypriot czech danish djiboutian
  dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european fijian filipino finnish
  french gabonese gambian georgian german ghanaian greek grenadian guatemalan guinean guyanese haitian honduran
  hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian
  kazakh kenyan korean kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian libyan lithuanian luxembourgish
  macedonian malagasy malawian malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque
  mongolian montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani
  pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian rwandan saudi
  scottish senegalese serbian sierra-leonean singaporean slovak slovenian somali south-african spanish sri-lankan
  sudanese surinamese swazi swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian
  turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean
  african asian arab arabic latin latino latina hispanic nordic scandinavian balkan baltic caribbean pacific atlantic
  mediterranean western eastern northern southern central
  muslim muslims christian christians jewish jews catholic catholics protestant hindu hindus buddhist sikh islamic
  sunni shia shiite kurdish kurds pashtun tamil uighur uyghur
  democrat democrats democratic republican republicans conservative conservatives liberal liberals labourite tory tories
  socialist socialists communist communists green greens
  americans britons french germans chinese canadians europeans africans asians arabs russians israelis palestinians
  portuguese spaniards italians mexicans brazilians indians pakistanis iranians iraqis syrians ukrainians koreans
  japanese australians nigerians kenyans
`);

/** Capitalised words that are never names: function words, pronouns, months and days. */
export const NON_NAMES = set(`
  the a an this that these those it its he she they we i you his her their our my your him them us me
  but and or nor if when while as at in on for with by from to of after before since although though however
  meanwhile yet so then there here what who whom whose why how where which some many most all both each every
  no not yes nor neither either also still even just only now today tomorrow yesterday tonight
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
  one two three four five six seven eight nine ten first second third last next another other such
  according asked said says told added despite during under over against between among about above below
  please thank thanks oh ok okay well because unless until whether instead indeed perhaps maybe
`);

/** Particles inside names of many origins ("Ricardo de Souza", "Ludwig van Dijk", "Omar bin Said"). */
export const NAME_PARTICLES = set(
  'de da do dos das del della dei di du des van von der den ter ten le la bin ibn bint al el abu',
);

/** Connectors allowed inside an organisation's name once an organisation word is present. */
export const ORG_CONNECTORS = set('of for on and the de du des la le');

/**
 * Head words that make a capitalised chunk an organisation only as its last word ("Halvorsen
 * Lines", "Atlantica Terminals", "Levante Port Workers"): some are surnames or common words
 * elsewhere in a name.
 */
export const ORG_HEADS = set(`
  terminals lines shipping logistics salvage towage dredging freight cargo transport transit airways
  watch forum council institute partners group holdings ventures capital securities investments investment
  enterprises solutions consulting consultants engineering construction resources brands foods beverages
  insurance assurance telecom telecoms communications marine maritime mining minerals metals steel chemicals
  pharma biotech therapeutics analytics robotics software electronics semiconductors automotive aviation
  rail railways shipyards shipyard yards line carriers trading traders exports imports
  workers dockworkers dockers hauliers haulers truckers drivers farmers growers fishermen producers exporters
  importers shippers employers manufacturers retailers residents miners pilots nurses teachers doctors
  lawyers journalists students pensioners veterans taxpayers consumers users owners operators tenants
  times post herald guard press agency gazette courier observer sentinel ledger dispatch chronicle mirror
  express standard examiner inquirer globe star sun telegraph tribune journal bulletin monitor
`);

/** Lone capitalised words that name a body by themselves ("Congress", "Parliament"). */
export const STANDALONE_ORGS = set(`
  congress parliament senate cabinet knesset bundestag duma politburo kremlin pentagon vatican
`);

/** First words of a place name in Portuguese, Spanish, French, Italian and English. */
export const PLACE_FIRST = set(`
  rua avenida av. avda. avda largo praça praca travessa estrada calçada calcada cais ponte porto
  vila vilanova calle carrer plaza plaça paseo passeig puerto puerta camino carretera playa isla
  rue avenue boulevard bd quai pont place chaussée chaussee allée allee
  via viale piazza corso ponte lungomare
  mount mt mt. lake loch cape isle port fort
  santa santo são sao san saint sainte st st. sankt
`);

/** Last words of a place name ("Kestrel Street", "West Coast", "Tagus Bridge"). */
export const PLACE_HEADS = set(`
  street st st. road rd rd. avenue ave ave. lane boulevard square plaza bridge bay river lake mountain mountains
  mount hill hills island islands isles valley coast beach harbour harbor canal strait straits gulf sea ocean
  peninsula province county district region quay wharf pier dam desert forest heights falls delta estuary
  highway motorway expressway airport station quarter basin lagoon cove point headland reef archipelago
  plateau plain plains springs creek
`);

/** Head words of a place name that are also common surnames ("Michael Bay", "Emily Post"). */
export const SURNAME_LIKE_HEADS = set(
  'bay hill hills lane street post press banks bank rivers guard',
);

/** Lower-case nouns after a name that make it a place ("the Ribeira district", "the Douro river"). */
export const PLACE_NOUNS_AFTER = set(`
  district region river valley province terminal port airport station bridge neighbourhood neighborhood
  quarter suburb estuary coast island peninsula area county parish municipality borough township
  motorway highway harbour harbor canal delta basin lagoon strait
`);

/** Lower-case nouns before a name that make it a ship ("the container ship Kestrel Bay"). */
export const VESSEL_NOUNS = set(`
  ship ships vessel vessels tanker tankers freighter freighters ferry ferries trawler trawlers yacht yachts
  boat boats containership bulker barge tug tugboat frigate destroyer submarine warship warships cruiser
  liner steamer schooner dredger icebreaker
`);

/** Heads of a descriptor that make its name an organisation ("a Geneva-based firm", "the operator"). */
export const ORG_NOUNS = set(`
  company companies firm firms operator operators carrier carriers group network agency body organisation
  organization association union federation confederation watchdog regulator consortium conglomerate
  subsidiary startup start-up insurer insurers lender lenders bank banks airline airlines maker manufacturer
  producer retailer supplier broadcaster newspaper broadsheet tabloid outlet publisher charity ngo
  coalition alliance foundation institute think-tank party shipper shippers line division department
  unit office bureau branch arm wing
`);

/** Heads of a descriptor that make its name a place ("a fishing town", "the port"). */
export const PLACE_NOUNS = set(`
  town towns city cities village villages port ports district suburb neighbourhood neighborhood region
  province island municipality parish county hamlet borough capital
`);

/** The part after the dash of a leading "Marseille-based" unit: a modifier, not part of the name. */
export const MODIFIER_SUFFIXES = set(`
  based headquartered listed registered owned backed funded run operated controlled led flagged born
`);

/** Prepositions before a name that, with no person evidence, mark a place ("in Sines"). */
export const PLACE_PREPOSITIONS = set('in near at from outside across around via towards toward');

/** Words before a nationality in a compound adjective ("South Korean", "Sri Lankan"). */
export const NATIONALITY_PREFIXES = set(`
  south north east west central new sri saudi costa sierra el papua south-east north-east south-west
  north-west northern southern eastern western upper lower
`);

/** Nationality adjectives whose first part is a separate word ("Sri Lankan", "New Zealander"). */
export const COMPOUND_NATIONALITIES = set(`
  lankan zealander zealand arabian rican salvadoran leonean guinean sudanese african american korean
  asian european caribbean
`);

/** Title abbreviations written with a dot the tokenizer splits off ("Rear Adm. Lee"). */
export const TITLE_ABBREVIATIONS = set(`
  adm gen col lt capt cmdr maj sgt cpl sen rep gov dr prof rev supt det brig insp pres atty amb
`);

/** Verbs whose object after "to" is a destination ("diverting cargo to Sines"). */
export const MOTION_VERBS = set(`
  divert travel fly return move reroute sail head go come send ship transfer evacuate relocate drive tow
  steam redirect deliver export import flee migrate commute
`);

/** Words before a reporter's name in a credit line ("Additional reporting by"). */
export const CREDIT_WORDS = set('reporting editing writing compiled additional');

/** Last words of a company's name: its first word alone may stand for it ("Halvorsen said"). */
export const BUSINESS_HEADS = set(`
  terminals lines shipping logistics salvage towage dredging freight services partners group holdings
  ventures capital securities investments enterprises solutions consulting engineering construction
  resources brands foods insurance telecom communications mining motors airlines airways energy petroleum
  oil systems technologies labs pharmaceuticals industries media company corporation corp corp. inc inc.
  ltd ltd. plc llc gmbh ag sa bank carriers trading healthcare health
`);

/** Last words of names that are no person, body or place: laws, treaties, days ("Election Day"). */
export const NON_ENTITY_HEADS = set(`
  act acts bill law laws treaty accord accords amendment doctrine protocol day
`);

/** Lower-case nouns right before a name that make it a company ("the salvage firm Strait Salvage"). */
export const COMPANY_NOUNS = set(`
  company firm operator carrier insurer lender airline maker manufacturer producer retailer supplier
  broadcaster newspaper publisher charity consortium conglomerate subsidiary startup watchdog regulator
  shipper
`);
