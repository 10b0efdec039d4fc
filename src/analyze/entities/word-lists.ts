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
  mp mep alderman magistrate dean rector provost principal chancellor-elect lord lady dame sir
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
