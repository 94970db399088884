//! What words are, for the rules that find actors and for the entity tagger: titles and
//! offices, institutional head nouns, words that open sentences, reporting verbs, and
//! the shapes of name words (capitalised, caseless scripts, particles, acronyms).

use std::sync::{LazyLock, OnceLock};

use rustc_hash::FxHashSet;

/// A fixed list of words, looked up by hashing: the rules ask the long lists about
/// nearly every word, and scanning a hundred entries each time showed in profiles.
pub(crate) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordList {
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
        }
    }

    pub(crate) fn contains(&self, word: &&str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(*word)
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'static, &'static str> {
        self.words.iter()
    }

    pub(crate) fn words(&self) -> &'static [&'static str] {
        self.words
    }
}

/// Words of titles and offices that stand before a name ("Deputy Defence Minister").
#[rustfmt::skip]
pub(crate) static ROLE_WORDS: WordList = WordList::new(&[
    "Acting", "Admiral", "Advisor", "Adviser", "Affairs", "Ambassador", "Army", "Attorney",
    "Brigadier", "Cabinet", "Captain", "Chairman", "Chairperson", "Chairwoman", "Chancellor",
    "Chief", "Colonel", "Commander", "Commerce", "Commissioner", "Consul", "Crown", "Defence",
    "Defense", "Deputy", "Diplomat", "Director", "Economic", "Education", "Emir", "Energy",
    "Envoy", "Executive", "External", "Finance", "First", "Foreign", "Former", "General",
    "Governor", "Head", "Health", "High", "Home", "Interior", "Joint", "Justice", "King",
    "Lieutenant", "Leader", "Major", "Marshal", "Mayor", "Military", "Minister", "Naval",
    "National", "Opposition", "Permanent", "Premier", "President", "Presidential", "Press",
    "Prime", "Prince", "Princess", "Queen", "Representative", "Secretary", "Security",
    "Senator", "Senior", "Sheikh", "Special", "Speaker", "Spokesman", "Spokesperson",
    "Spokeswoman", "State", "Supreme", "Trade", "Under", "Vice", "CEO", "Gen", "Gen.", "Lt",
    "Lt.", "Col", "Col.", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir", "Dame",
    "Hon", "Hon.", "Rt", "Rt.", "Prof", "Prof.", "Professor", "Rep", "Rep.", "Sen", "Sen.", "Gov", "Gov.", "Cmdr", "Cmdr.",
    "Maj", "Maj.", "Sgt", "Sgt.", "Adm", "Adm.", "Capt", "Capt.", "Amb", "Amb.", "Officer",
    "Operating", "Financial", "Technology", "Administrator", "Founder", "Co-founder",
    "Editor", "Managing", "Counsel", "Inspector", "Assistant", "Associate", "Chair",
    "Attorney-General", "Councillor", "Councilman", "Councilwoman", "Congressman",
    "Congresswoman", "Judge", "Sens", "Sens.", "Reps", "Reps.", "Staff", "Secretary-General",
    "Director-General", "Commissioner-General", "Governor-General", "Solicitor-General",
    "Inspector-General", "Auditor-General", "Surgeon-General", "Vice-President",
    "Vice-Chancellor", "Majority", "Minority",
    // Members of a parliament: "the German MEP Andreas Schwab", "Labour MP …".
    "MP", "MEP",
    // Clergy and coaches: "Ayatollah Ali Khamenei", "Archbishop Desmond Tutu", "Coach
    // Berti Vogts".
    "Ayatollah", "Mufti", "Mullah", "Imam", "Cardinal", "Archbishop", "Bishop",
    "Rabbi", "Patriarch", "Reverend", "Rev", "Rev.", "Coach",
]);

/// Titles of several people at once ("Sens. Cory Booker and Kamala Harris").
pub(crate) const PLURAL_TITLES: &[&str] = &["Sens", "Sens.", "Reps", "Reps."];

/// Abbreviated titles as a briefing spells them out ("Rep." → "Representative").
pub(crate) fn spelt_out(title: &str) -> &str {
    match title.trim_end_matches('.') {
        "Rep" => "Representative",
        "Sen" => "Senator",
        "Sens" => "Senator",
        "Reps" => "Representative",
        "Gov" => "Governor",
        "Cmdr" => "Commander",
        "Gen" => "General",
        "Lt" => "Lieutenant",
        "Col" => "Colonel",
        "Maj" => "Major",
        "Sgt" => "Sergeant",
        "Adm" => "Admiral",
        "Capt" => "Captain",
        "Amb" => "Ambassador",
        "Prof" => "Professor",
        _ => title,
    }
}

/// Words that make a role an office rather than a rank or a courtesy title.
#[rustfmt::skip]
pub(crate) const OFFICE_WORDS: &[&str] = &[
    "advisor", "adviser", "ambassador", "chairman", "chairperson", "chairwoman", "chancellor",
    "chief", "commander", "commissioner", "consul", "director", "emir", "envoy", "governor",
    "head", "king", "leader", "mayor", "minister", "premier", "president", "prince", "princess",
    "queen", "representative", "secretary", "senator", "speaker", "spokesman", "spokesperson",
    "spokeswoman", "ceo", "diplomat", "official", "officer", "lawmaker",
];

/// Nouns that say what a person is or does, written in running text: an appositive or a
/// lower-case title holding one of these is a role ("a top national security aide to
/// …", "WeWork’s founder and former CEO"), beside the offices above.
#[rustfmt::skip]
pub(crate) const ROLE_NOUNS: &[&str] = &[
    "aide", "specialist", "founder", "co-founder", "hopeful", "candidate", "nominee", "lawyer",
    "attorney", "expert", "analyst", "professor", "doctor", "physician", "defendant",
    "hostage", "inmate", "executive", "chair", "administrator", "superintendent", "member",
    "ombudsman", "researcher", "economist", "fellow", "strategist", "activist", "manager",
    "dean", "judge", "prosecutor", "legislator", "congressman", "congresswoman", "mp",
    "financier", "offender", "owner", "partner", "negotiator", "general", "colonel",
    "commissioner", "insurgent", "militant", "commander", "pilot", "student", "worker",
    "investor", "chairman", "coordinator", "counsel", "consultant", "scientist", "engineer",
    "head", "heads", "chief", "officer", "official", "spokesman", "spokeswoman", "trafficker",
    "suspect", "ceo", "counterpart", "organiser", "organizer", "campaigner", "mediator",
    "lobbyist", "whistleblower", "protester", "protestor", "volunteer",
    // Professions news names people by ("composer Kim Cheol-hwan"); not the ones that are
    // common surnames too (Cook, Baker, Singer, Player).
    "composer", "choreographer", "producer", "novelist", "poet", "journalist", "reporter",
    "editor", "columnist", "filmmaker", "designer", "architect", "photographer", "actor",
    "actress", "musician", "rapper", "comedian", "athlete", "footballer", "physicist",
    "chemist", "biologist", "historian", "sociologist", "psychologist", "psychiatrist",
    "surgeon", "nurse", "astronaut", "astronomer", "epidemiologist", "virologist", "writer",
    "screenwriter", "playwright", "lyricist",
    // Trades and players' positions sports and market reports name people by ("Broker
    // Khurshid Alam said", "Fullback Andre Joubert scored"); not the surnames among them
    // (Driver, Coach, Hooker).
    "broker", "dealer", "trader", "fullback", "full-back", "winger", "flanker", "scrum-half",
    "fly-half", "striker", "midfielder", "defender", "goalkeeper", "pitcher", "shortstop",
    "outfielder", "quarterback", "batsman", "all-rounder", "skipper", "referee", "umpire",
    "jockey", "cyclist", "sprinter", "golfer", "boxer",
];

/// Role nouns that are also given names ("Dean Baquet"): in capitals, a name.
const ROLE_NOUNS_ALSO_NAMES: &[&str] = &["dean"];

/// Whether a word, in capitals, is a role noun rather than a given name ("Ombudsman",
/// "Superintendent"; not "Dean").
pub(crate) fn is_capitalised_role_noun(word: &str) -> bool {
    is_role_noun(word) && !ROLE_NOUNS_ALSO_NAMES.contains(&word.to_lowercase().as_str())
}

/// Whether a lower-case word names a role: an office or a role noun, also one about to
/// be taken up ("president-elect", "minister-designate").
pub(crate) fn is_role_noun(word: &str) -> bool {
    // Read for every capitalised word (`is_name_word`): one set lookup, and a copy in
    // lower case only when the word has capitals.
    static ROLE_NOUN_SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| OFFICE_WORDS.iter().chain(ROLE_NOUNS).copied().collect());
    let (lowered, mut buffer);
    let lower = if !word.bytes().any(|b| b.is_ascii_uppercase()) && word.is_ascii() {
        word
    } else if word.is_ascii() && word.len() <= 32 {
        // A short ASCII word is lowered on the stack, without a copy on the heap.
        buffer = [0u8; 32];
        buffer[..word.len()].copy_from_slice(word.as_bytes());
        buffer[..word.len()].make_ascii_lowercase();
        std::str::from_utf8(&buffer[..word.len()]).unwrap_or_default()
    } else {
        lowered = word.to_lowercase();
        lowered.as_str()
    };
    // "commissioner-general", "director-general": the office, at the head of its body.
    let lower = lower
        .strip_suffix("-elect")
        .or_else(|| lower.strip_suffix("-designate"))
        .or_else(|| lower.strip_suffix("-general"))
        .unwrap_or(lower);
    // "co-CEO", "co-chair": one of two holding the office; "vice-chair", "deputy-head":
    // the office's second.
    let lower = lower
        .strip_prefix("co-")
        .or_else(|| lower.strip_prefix("vice-"))
        .or_else(|| lower.strip_prefix("deputy-"))
        .unwrap_or(lower);
    ROLE_NOUN_SET.contains(lower)
}

/// Titles strong enough to make a single following name a person ("President Putin").
#[rustfmt::skip]
pub(crate) static PERSON_TITLES: WordList = WordList::new(&[
    "President", "Minister", "Chancellor", "Premier", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
    "Dr", "Dr.", "Sir", "Dame", "Senator", "Ambassador", "Secretary", "King", "Queen", "Prince",
    "Emir", "Sheikh", "Governor", "Mayor", "Professor", "Prof.", "Rep", "Rep.", "Sen", "Sen.",
    "Gov", "Gov.",
]);

/// The last words of the names of laws, treaties and meetings, which are no bodies
/// ("the Digital Markets Act", "the Paris Agreement").
#[rustfmt::skip]
pub(crate) const NAMES_OF_TEXTS_AND_MEETINGS: &[&str] = &[
    "Act", "Treaty", "Agreement", "Accord", "Convention", "Protocol", "Directive",
    "Regulation", "Bill", "Deal", "Plan", "Talks", "Summit",
];

/// The last words of the names of contests ("the UEFA Cup", "the Davis Cup"): a body's
/// name before one is the contest's, no actor (not "Games": "Epic Games" is a company).
#[rustfmt::skip]
pub(crate) const NAMES_OF_CONTESTS: &[&str] = &[
    "Cup", "Championship", "Championships", "Olympics", "Trophy", "Tournament", "Prix",
];

/// Nouns only a person can be, beside the offices ("a caretaker", "an avowed opponent").
#[rustfmt::skip]
pub(crate) const PERSON_NOUNS: &[&str] = &[
    "man", "woman", "boy", "girl", "caretaker", "opponent", "critic", "supporter", "veteran",
    "resident", "farmer", "student", "teacher", "lawyer", "doctor", "activist", "dissident",
    "businessman", "businesswoman", "writer", "author", "novelist", "poet", "actor", "actress",
    "singer", "player", "priest", "monk", "journalist", "reporter", "photographer",
    "politician", "father", "mother", "son", "daughter", "wife", "husband", "brother",
    "sister", "widow", "widower", "native", "survivor", "witness", "defendant", "lawmaker",
];

/// Nouns a ship's name follows ("the aircraft carrier Carl Vinson"): the name is a
/// vessel's, not a person's.
#[rustfmt::skip]
pub(crate) const VESSEL_NOUNS: &[&str] = &[
    "carrier", "warship", "frigate", "destroyer", "cruiser", "submarine", "ship", "vessel",
    "tanker", "freighter", "ferry", "yacht", "liner", "corvette",
];

/// Nouns the press goes by after its name ("Liberte newspaper said"): the name is an
/// outlet's ("daily" and "weekly" are adverbs as often: "use the containers daily").
#[rustfmt::skip]
pub(crate) const PRESS_NOUNS: &[&str] = &[
    "newspaper", "newspapers", "magazine", "tabloid", "broadcaster",
];

/// Words a place's name follows: they say where ("treated at Walter Reed").
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &["at", "in", "inside", "outside", "near"];

/// Nouns that make a capitalised run an institution.
#[rustfmt::skip]
pub(crate) static ORG_HEADS: WordList = WordList::new(&[
    "Agency", "Alliance", "Army", "Assembly", "Association", "Authority", "Bank", "Board",
    "Bureau", "Cabinet", "Command", "Commission", "Committee", "Company", "Congress",
    "Corporation", "Council", "Court", "Department", "Directorate", "Federation", "Forces",
    "Force", "Front", "Fund", "Government", "Group", "Guard", "House", "Institute", "League",
    "Ministry",
    "Movement", "Navy", "Office", "Organisation", "Organization", "Parliament", "Party",
    "Police", "Secretariat", "Senate", "Service", "Union", "University", "Inc", "Ltd", "Corp",
    // The last words companies and foundations take: "Cassini Works", "Tyvak
    // Nano-Satellite Systems", "Blue Origin Holdings".
    "Inc.", "Ltd.", "Corp.", "Co", "Co.", "LLC", "PLC", "Limited", "Works", "Systems",
    "Technologies", "Platforms", "Industries", "Holdings", "Dynamics", "Robotics", "Aerospace",
    "Laboratories", "Labs", "Motors", "Airlines", "Airways", "Pharmaceuticals", "Ventures",
    "Enterprises", "Foundation", "Centre", "Center", "Society",
    // Exchanges, clubs and military units: "Hong Kong Stock Exchange", "Azov Battalion".
    "Exchange", "Tribunal", "Club", "Network", "Brigade", "Battalion", "Regiment", "Corps",
    // Units: "Joint Narcotics Enforcement Team".
    "Team", "Unit", "Squad",
    // A wire's desks, named with their city: "Warsaw Newsroom", "New York Newsdesk".
    "Newsroom", "Newsdesk",
    // Media companies: "Dick Clark Productions", "Big Machine Records".
    "Productions", "Records", "Studios", "Pictures", "Entertainment", "Media", "Partners",
    "Investments", "Communications",
    // Finance and research houses analysts work at: "Wedbush Securities", "Capital
    // Economics", "Counterpoint Research", "Eurasia Group", "RBC Capital Markets".
    // (Not "Energy" or "Management": ministries' and offices' names hold them.)
    "Securities", "Capital", "Markets", "Economics", "Research", "Advisors", "Advisers",
    "Associates", "Bancorp",
    // Forums and coalitions of states or parties: "Pacific Islands Forum", "Syrian
    // Opposition Coalition", "Brookings Institution", "Syrian Observatory for Human Rights".
    "Forum", "Coalition", "Institution", "Observatory", "Consortium", "Community",
]);

/// "Team", "Group", "Agency" alone: a kind of body, no particular one; the bodies a
/// state has only one of ("Congress", "Parliament", "the Government") are named so.
pub(crate) fn is_kind_of_body(name: &str) -> bool {
    ORG_HEADS.contains(&name)
        && !STATE_ORGANS.contains(&name.to_lowercase().as_str())
        && !matches!(
            name,
            "Congress" | "Parliament" | "Senate" | "Cabinet" | "Legislature"
        )
}

/// Connectors allowed inside an organisation's name.
pub(crate) const ORG_CONNECTORS: &[&str] = &["of", "on", "and", "for", "the", "&"];

/// Capitalised words that open sentences or name days: never part of a name.
#[rustfmt::skip]
pub(crate) static OPENERS: WordList = WordList::new(&[
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
    "In", "On", "At", "As", "By", "For", "From", "With", "To", "Of", "And", "But", "Or", "If",
    "After", "Before", "During", "While", "When", "Where", "Meanwhile", "However", "Also",
    "Considering", "According", "Despite", "Amid", "Since", "Both", "Several", "Other",
    "Our", "Their", "His", "Her", "Its", "My", "Your", "There", "Here", "What", "Why", "How",
    "Some", "Many", "Most", "Each", "Every", "Such", "Yet", "Still", "Now",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]);

/// Capitalised common nouns of news text that do not belong to a person's name.
#[rustfmt::skip]
pub(crate) static NOT_NAME_WORDS: WordList = WordList::new(&[
    "Operation", "Strategic", "Partnership", "Privileged", "Technical", "Cooperation", "Talks",
    "Summit", "Agreement", "Treaty", "Deal", "Accord", "Act", "Plan", "Policy", "Programme",
    "Program", "Project", "Mission", "Initiative", "Corridor", "Forum", "Dialogue",
    "Conference", "Meeting", "News", "Times", "Post", "Daily", "Media", "Story", "Latest",
    "Previous", "Next", "Top", "Air", "War", "Peace", "Global", "International", "Armed",
    "Islamic", "Republic", "Federal", "United", "North", "South", "East", "West", "Northern",
    "Southern", "Eastern", "Western", "Central", "Europe", "European", "Asia", "Asian",
    "Africa", "African", "Middle", "Gulf", "Pacific", "Atlantic", "Indo-Pacific",
    "Awards", "Festival", "Championship", "Olympics", "Cup",
    // Military bases and camps: "Joint Base Elmendorf-Richardson", "Fort Bragg".
    "Base", "Fort",
    // Newspapers: "The San Francisco Chronicle says …" is a source, not a person.
    "Chronicle", "Tribune", "Herald", "Gazette", "Journal", "Telegraph", "Examiner",
    "Inquirer", "Courier", "Observer",
]);

/// The last words of a newspaper's name ("San Francisco Chronicle", "New York Times"):
/// the press reports the story, it is no actor of it.
#[rustfmt::skip]
pub(crate) const NEWSPAPER_WORDS: &[&str] = &[
    "Times", "Post", "News", "Daily", "Chronicle", "Tribune", "Herald", "Gazette", "Journal",
    "Telegraph", "Examiner", "Inquirer", "Courier", "Observer",
];

/// Verbs that, right after a capitalised pair, mark it as a person without a title.
#[rustfmt::skip]
pub(crate) const PERSON_VERBS: &[&str] = &[
    "said", "says", "told", "added", "stated", "noted", "argued", "warned", "announced",
    "accused", "met", "meets", "visited", "insisted", "claimed", "believes", "wrote", "asked",
];

/// State names that are also people's names.
pub(crate) const SHARED_WITH_PEOPLE: &[&str] =
    &["Jordan", "Chad", "Georgia", "Israel", "Kenya", "India"];

/// Last words that make a capitalised run a geographic place ("Scarborough Shoal").
#[rustfmt::skip]
pub(crate) const GEOGRAPHIC_HEADS: &[&str] = &[
    "Sea", "Ocean", "Strait", "Straits", "Gulf", "Bay", "Shoal", "Shoals", "Reef", "Island",
    "Islands", "Peninsula", "River", "Lake", "Mountain", "Mountains", "Valley", "Desert",
    "Canal", "Route", "Coast", "Basin", "Plateau", "Delta", "Pass", "Corridor", "Street",
    "Avenue", "Road", "Square", "Boulevard", "Airport", "Bridge", "Theater", "Theatre",
    "Stadium", "Arena", "Museum", "Cathedral", "Area", "Region",
];

/// Common nouns a name stands before as the name of a place or an institution
/// ("Walter Reed hospital", "the Rukban camp"): then the name is neither a person nor
/// a body acting in the story.
#[rustfmt::skip]
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "hospital", "clinic", "airport", "university", "college", "school", "prison", "jail",
    "base", "stadium", "center", "centre", "hotel", "museum", "station", "bridge", "street",
    "avenue", "road", "square", "park", "building", "tower", "campus", "hall", "church",
    "mosque", "temple", "library", "camp", "port", "harbour", "harbor", "plant", "institute",
    "crossing", "checkpoint", "refinery", "pipeline", "dam",
];

/// Nouns only a company has, written straight after its name ("Alibaba shares
/// closed", "Boeing executives"): the name is a company's, not a person's.
#[rustfmt::skip]
pub(crate) const COMPANY_NOUNS: &[&str] = &[
    "shares", "stock", "shareholders", "executives", "employees", "subsidiary", "IPO",
];

/// The last words of a company's full name, which the story drops once it has named it
/// ("SoftBank Group Corp" … "SoftBank").
#[rustfmt::skip]
pub(crate) const CORPORATE_ENDINGS: &[&str] = &[
    "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "PLC", "plc", "Group",
    "Holdings", "Corporation", "Company", "AG", "SA", "NV", "Platforms", "Technologies",
];

/// Peoples, faiths and the adjectives for them that the states table has no entry for
/// ("Moslems", "Hutu", "Kurdish", "English law"): a group of people, never one actor.
#[rustfmt::skip]
pub(crate) static PEOPLES: WordList = WordList::new(&[
    "Arab", "Arabs", "Moslem", "Moslems", "Muslim", "Muslims", "Christian", "Christians",
    "Jew", "Jews", "Jewish", "Catholic", "Catholics", "Roman Catholic", "Protestant",
    "Protestants", "Hindu", "Hindus", "Sikh", "Sikhs", "Buddhist", "Buddhists", "Sunni",
    "Sunnis", "Shia", "Shiite", "Shiites", "Shi'ite", "Shi'ites", "Alawite", "Alawites",
    "Druze", "Yazidi", "Yazidis", "Hutu", "Hutus", "Tutsi", "Tutsis", "Kurd", "Kurds",
    "Kurdish", "Chechen", "Chechens", "Tamil", "Tamils", "Serb", "Serbs", "Croat", "Croats",
    "Pashtun", "Pashtuns", "Baloch", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Rohingya",
    "Bedouin", "Berber", "Berbers", "Tuareg", "Palestinian", "Palestinians", "English",
    "Scottish", "Welsh", "Zairean", "Zaireans", "Soviet", "Latino", "Latinos", "Hispanic",
    "Hispanics", "Aboriginal", "Maori",
]);

/// Nouns after a name and its acronym that make it a programme's or a thing's, not a
/// body's ("… Services (CLPS) contracts").
#[rustfmt::skip]
pub(crate) const PROGRAMME_NOUNS: &[&str] = &[
    "contract", "contracts", "programme", "program", "initiative", "mission", "scheme",
    "project", "award", "awards", "rover", "satellite", "missile", "missiles", "treaty",
    "deal", "framework",
];

/// Acronyms of things, not of bodies: measures, documents, diseases, job titles.
#[rustfmt::skip]
pub(crate) static COMMON_ACRONYMS: WordList = WordList::new(&[
    "GDP", "GNP", "CPI", "PPI", "PMI", "IPO", "CEO", "CFO", "COO", "CTO", "VAT", "FDI", "ETF",
    "EPS", "HIV", "AIDS", "DNA", "LNG", "LPG", "GMO", "MP", "MPs", "PhD", "TV", "ID", "SUV",
    "ATM", "NGO", "NGOs", "AI", "WMD", "ICBM", "UAV", "GPS", "UFO", "SMS", "PDF", "URL", "USB",
    "PC", "IT", "ERA", "RBI", "PM", "VP", "DA", "ICU", "ER", "DMZ", "FY", "MOU", "NDA",
]);

/// Whether a word is a company's legal form ("Corp", "Inc.", "AG"), which ends its name.
pub(crate) fn is_legal_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Inc" | "Corp" | "Co" | "Ltd" | "LLC" | "PLC" | "plc" | "AG" | "SA" | "NV" | "AB" | "GmbH"
    )
}

/// Common nouns for a company ("the Chinese e-commerce giant", "Japanese investment
/// company SoftBank").
#[rustfmt::skip]
pub(crate) const COMPANY_HEADS: &[&str] = &[
    "company", "firm", "giant", "group", "conglomerate", "corporation", "retailer", "carrier",
    "airline", "maker", "manufacturer", "lender", "insurer", "operator", "startup", "start-up",
    "automaker", "carmaker", "chipmaker", "miner", "developer", "investor",
];

/// What a company has, in the possessive ("Alibaba’s listing", "WeWork’s valuation");
/// a person's shares are theirs too ("Neumann’s shares"), so shares are not here.
#[rustfmt::skip]
pub(crate) const COMPANY_POSSESSIONS: &[&str] = &[
    "listing", "IPO", "valuation", "shareholders", "subsidiary", "headquarters", "revenue",
    "revenues", "profits", "profit", "earnings", "board", "CEO", "customers", "division",
    "subsidiaries", "sales", "stock", "products", "plant", "plants", "factory", "factories",
    "stores", "brand", "brands", "workforce", "shareholder", "CFO", "turnover", "dividend",
];

/// Words between a company's possessive and what it has, saying for when ("Magna's
/// quarterly sales", "Pirelli's first-half profit").
#[rustfmt::skip]
pub(crate) const REPORTING_PERIODS: &[&str] = &[
    "quarterly", "annual", "half-year", "full-year", "net", "operating", "pre-tax", "pretax",
    "first-quarter", "second-quarter", "third-quarter", "fourth-quarter", "first-half",
    "second-half", "interim", "yearly", "monthly",
];

/// Courtesy titles that stand before a name but are no office.
pub(crate) const HONORIFICS: &[&str] = &[
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Sir",
    "Dame",
    "Sheikh",
    "Hon",
    "Hon.",
    "Rt",
    "Rt.",
    "Ayatollah",
    "Reverend",
    "Rev",
    "Rev.",
];

/// Words a role never ends on ("Vice President of").
pub(crate) const DANGLING_ROLE_WORDS: &[&str] =
    &["of", "for", "the", "to", "and", "at", "on", "in", "a"];

/// Lower-case words that qualify a role written before a name ("presidential aide",
/// "new police commissioner", "founder and former CEO").
#[rustfmt::skip]
pub(crate) const ROLE_MODIFIERS: &[&str] = &[
    "former", "new", "top", "senior", "deputy", "acting", "interim", "chief", "then",
    "longtime", "principal", "associate", "assistant", "executive", "vice", "state",
    "federal", "local", "police", "security", "defence", "defense", "foreign", "military",
    "party", "campaign", "press", "health", "prison", "union", "schools", "district",
    "recently", "named", "elected", "appointed", "opposition", "government", "army",
    "public", "policy", "trade", "intelligence", "finance", "energy", "climate",
    "humanitarian", "nuclear", "ruling", "justice", "human", "rights",
    // Portfolios and a company's functions: "EU tech chief", "chief global affairs officer".
    "tech", "technology", "digital", "competition", "antitrust", "industry", "migration",
    "environment", "transport", "education", "agriculture", "labour", "labor",
    "affairs", "global", "operating", "marketing", "communications", "information",
    "investment", "research", "regulatory",
    // "prime minister", "crown prince", "supreme leader": part of the office's name.
    "prime", "crown", "supreme",
    // Portfolios: "Labour Minister Olivier Dussopt", "the interior minister".
    "labour", "labor", "interior", "transport", "agriculture", "environment", "education",
    "economy", "housing", "industry", "culture",
];

/// Verbs that, right after a state's name, make it the one acting ("China imposed").
#[rustfmt::skip]
pub(crate) const STATE_VERBS: &[&str] = &[
    "said", "says", "has", "have", "had", "will", "would", "could", "can", "may", "must",
    "is", "was", "wants", "plans", "warned", "announced", "accused", "imposed", "rejected",
    "denied", "launched", "agreed", "signed", "sent", "called", "urged", "threatened",
    "demanded", "responded", "retaliated", "confirmed", "condemned", "insisted", "vowed",
    "hit", "struck", "seeks", "sought", "refused", "opposes", "backs", "supports", "hopes",
    // Headlines' present tense: "Solomon Islands signs deal", "Russia warns Kyiv".
    "signs", "warns", "rejects", "agrees", "announces", "accuses", "imposes", "denies",
    "launches", "threatens", "demands", "vows", "urges", "condemns", "confirms", "responds",
    "retaliates", "strikes", "sends", "refuses", "expels", "recalls", "summons", "bans",
];

/// Nouns for a state's institutions: "China's government", "Russian troops" act for it.
#[rustfmt::skip]
pub(crate) const STATE_ORGANS: &[&str] = &[
    "government", "officials", "authorities", "forces", "troops", "military", "embassy",
    "ministry", "navy", "army", "leaders", "leadership", "administration", "diplomats",
    "regulators", "negotiators", "delegation", "president", "foreign", "defence", "defense",
    "health", "state", "parliament", "lawmakers", "legislators", "parliamentarians",
    "cabinet", "prosecutors", "police", "prime", "junta", "regime",
];

pub(crate) fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "said"
            | "says"
            | "told"
            | "did"
            | "does"
            | "can"
            | "could"
            | "may"
            | "should"
    )
}

/// A lower-case word that is probably a verb: the end of a noun phrase.
pub(crate) fn is_verb_like(word: &str) -> bool {
    is_auxiliary(word)
        || word.len() > 4 && word.ends_with("ed") && word.starts_with(char::is_lowercase)
}

/// Whether a non-ASCII character of the blocks news text uses most is a letter, without
/// the Unicode tables: general punctuation (curly quotes, dashes) is none; Latin-1 and
/// Latin Extended letters ("é", "ł") and basic Cyrillic are. `None` for the rest.
#[inline]
fn common_letter(c: char) -> Option<bool> {
    match c {
        '\u{2000}'..='\u{206F}' => Some(false),
        '\u{00C0}'..='\u{024F}' => Some(c != '×' && c != '÷'),
        '\u{0410}'..='\u{044F}' => Some(true),
        _ => None,
    }
}

/// `char::is_alphanumeric`, answering for ASCII and the commonest other blocks without
/// the Unicode tables, which splitting every text into words would otherwise search
/// for every curly quote and every letter of a Russian article.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    with_shortcuts(c, |c| c.is_ascii_alphanumeric(), char::is_alphanumeric)
}

/// `char::is_alphabetic`, with the same shortcuts as [`is_word_char`].
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    with_shortcuts(c, |c| c.is_ascii_alphabetic(), char::is_alphabetic)
}

/// `ascii` for an ASCII character, the common blocks' answer for theirs, `tables` for
/// the rest.
#[inline]
fn with_shortcuts(c: char, ascii: impl Fn(char) -> bool, tables: impl Fn(char) -> bool) -> bool {
    if c.is_ascii() {
        ascii(c)
    } else {
        common_letter(c).unwrap_or_else(|| tables(c))
    }
}

/// Whether `text` writes `word` as a whole word starting with a lower-case letter
/// ("the opposition" for "Opposition"): its lower case found where neither a letter,
/// a digit nor a hyphen stands either side. A search of the text, not a set of its
/// words: it is asked for a few words of each article.
pub(crate) fn written_in_lower_case(text: &str, word: &str) -> bool {
    let is_part = |c: char| is_word_char(c) || c == '-';
    let lower = word.to_lowercase();
    if !lower.starts_with(char::is_lowercase) || !lower.chars().all(is_part) {
        return false;
    }
    memchr::memmem::find_iter(text.as_bytes(), lower.as_bytes()).any(|at| {
        // A match of a whole UTF-8 word starts and ends on character boundaries.
        !text[..at].chars().next_back().is_some_and(is_part)
            && !text[at + lower.len()..].chars().next().is_some_and(is_part)
    })
}

/// "NEW DELHI" → "New Delhi".
/// The word with its first letter a capital: "leader" → "Leader".
pub(crate) fn capitalise_first(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub(crate) fn title_case(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    let mut start_of_word = true;
    for c in phrase.chars() {
        if start_of_word {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start_of_word = matches!(c, ' ' | '-');
    }
    out
}

/// A word that may stand inside an organisation's name even when it is not capitalised
/// like a name: its head nouns and a few adjectives ("Armed Forces").
pub(crate) fn is_org_word(word: &str) -> bool {
    ORG_HEADS.contains(&word)
        || matches!(
            word,
            "Armed" | "Military" | "Technical" | "Inter-Governmental"
        )
}

pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .or_else(|| word.strip_suffix('\''))
        .unwrap_or(word)
}

/// "Jr.", "III": words after a surname that tell a father from a son, not part of
/// how the story calls the person.
pub(crate) fn is_generational_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches(['.', ',']),
        "Jr" | "Sr" | "II" | "III" | "IV"
    )
}

/// A person's name without its generational suffix: "Patrick Carlineo Jr." is the
/// "Patrick Carlineo" of the next article.
pub(crate) fn without_generational_suffix(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((rest, last)) if is_generational_suffix(last) && rest.contains(' ') => rest,
        _ => name,
    }
}

/// The word a person is called by alone: the last of the name, the suffix aside; the
/// first where a hyphenated given name in lower case after the hyphen ends it, the
/// East Asian order ("Lai Ching-te" is "Lai", "Moon Jae-in" is "Moon").
pub(crate) fn surname(name: &str) -> &str {
    let name = without_generational_suffix(name);
    let last = name.rsplit(' ').next().unwrap_or(name);
    match name.split_once(' ') {
        Some((family, _)) if is_east_asian_given_name(last) => family,
        _ => last,
    }
}

/// Whether a capitalised word is one or more syllables of Hanyu Pinyin without tones
/// ("Wang", "Jinping", "Keqiang"), as Chinese names are written in English news.
pub(crate) fn is_pinyin(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    !lower.is_empty() && lower.is_ascii() && pinyin_syllables(&lower)
}

fn pinyin_syllables(rest: &str) -> bool {
    if rest.is_empty() {
        return true;
    }
    // Longest initial first ("zh" before "z"), then every final that fits.
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w", "",
    ];
    #[rustfmt::skip]
    const FINALS: &[&str] = &[
        "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan",
        "ai", "ei", "ao", "ou", "an", "en", "in", "un", "ia", "ie", "iu", "ua", "uo", "ui",
        "ue", "er", "a", "o", "e", "i", "u", "v",
    ];
    INITIALS.iter().any(|initial| {
        rest.strip_prefix(initial).is_some_and(|after| {
            FINALS
                .iter()
                .filter(|fin| fits_initial(initial, fin))
                .any(|fin| after.strip_prefix(fin).is_some_and(pinyin_syllables))
        })
    })
}

/// The spelling rules that keep pinyin from reading like English: a syllable with no
/// initial never starts with i, u or ü ("yan", not "ian"); "o" alone follows only
/// b, p, m, f, w and y.
fn fits_initial(initial: &str, fin: &str) -> bool {
    match initial {
        "" => !fin.starts_with(['i', 'u', 'v']),
        "b" | "p" | "m" | "f" | "w" | "y" => true,
        _ => fin != "o",
    }
}

/// "Ching-te", "Jae-in", "Jong-un": two syllables joined by a hyphen, the second in
/// lower case (unlike "Jean-Pierre" or "al-Sisi").
fn is_east_asian_given_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(first, second)| {
        first.len() >= 2
            && first.starts_with(char::is_uppercase)
            && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && !second.is_empty()
            && second.chars().all(|c| c.is_ascii_lowercase())
    })
}

pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word that can be part of a person's name: capitalised, then lower case letters
/// ("Fomin", "O'Brien", "al-Sisi"); not a title, a month or a sentence opener.
pub(crate) fn is_name_word(word: &str) -> bool {
    if is_caseless(word) {
        return true;
    }
    let bare = strip_possessive(word);
    // Most words are in lower case: answered before anything else is looked at.
    if !bare.starts_with(char::is_uppercase) {
        return false;
    }
    let rest_lower = bare.chars().skip(1).any(char::is_lowercase)
        && bare
            .chars()
            .all(|c| is_letter(c) || matches!(c, '-' | '\'' | '’' | '.'));
    let modifier = is_hyphenated_modifier(bare);
    // Read for nearly every word of every sentence: the lists are one set.
    static NEVER_NAME_WORDS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
        [&ROLE_WORDS, &NOT_NAME_WORDS, &OPENERS, &ORG_HEADS]
            .into_iter()
            .flat_map(WordList::words)
            .copied()
            .collect()
    });
    rest_lower && !modifier && !NEVER_NAME_WORDS.contains(bare) && !is_capitalised_role_noun(bare)
}

/// "Arkansas-based", "Saudi-led", "GOP-dominated": where or by whom, said of the name
/// that follows; no part of a name.
pub(crate) fn is_hyphenated_modifier(word: &str) -> bool {
    [
        "-based",
        "-led",
        "-backed",
        "-born",
        "-owned",
        "-run",
        "-controlled",
        "-dominated",
        "-allied",
        "-funded",
        "-linked",
        "-aligned",
    ]
    .iter()
    .any(|end| word.ends_with(end))
}

/// A word in a script without capital letters (Arabic, CJK, Devanagari …).
pub(crate) fn is_caseless(word: &str) -> bool {
    word.chars()
        .all(|c| is_letter(c) && !c.is_uppercase() && !c.is_lowercase())
}

pub(crate) fn is_particle(word: &str) -> bool {
    is_bare_particle(word) || word.starts_with("al-") && word.len() > 3
}

/// A particle that cannot end a name ("bin", "van der"); "al-Mansouri" can.
pub(crate) fn is_bare_particle(word: &str) -> bool {
    matches!(
        word,
        "bin" | "bint" | "ibn" | "van" | "der" | "den" | "de" | "da" | "von" | "la" | "le" | "del"
    )
}

/// A name written in capitals with a number: "M23", "P5". (An acronym needs two letters;
/// "F-16", with its hyphen, is a model, not a name.)
pub(crate) fn is_code_name(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

pub(crate) fn is_acronym(word: &str) -> bool {
    // The first letter first: it answers for nearly every word.
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '-' || c.is_ascii_digit())
        && word.chars().filter(|&c| is_letter(c)).count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_written_in_lower_case_is_found_only_whole() {
        let text = "The opposition’s well-known leader, an anti-war voice, met Co-op staff.";
        for (word, written) in [
            ("Opposition", true), // "opposition’s": the apostrophe ends the word
            ("Leader", true),
            ("Well", false), // only inside "well-known"
            ("Anti-war", true),
            ("Op", false), // inside "Co-op"
            ("Staff", true),
            ("Voices", false),
            ("U.S.", false), // a full stop is no part of a word
            ("", false),
        ] {
            assert_eq!(written_in_lower_case(text, word), written, "{word:?}");
        }
    }

    #[test]
    fn acronyms_are_two_capitals_or_more() {
        for (word, acronym) in [
            ("IAEA", true),
            ("UN", true),
            ("COP28", true),
            ("ECOWAS-led", false),
            ("NATO-EU", true),
            ("G7", false),
            ("F-16", false),
            ("Nato", false),
            ("un", false),
            ("", false),
        ] {
            assert_eq!(is_acronym(word), acronym, "{word:?}");
        }
    }

    #[test]
    fn code_names_are_capitals_with_a_number() {
        for (word, code) in [
            ("M23", true),
            ("P5", true),
            ("F-16", false),
            ("M", false),
            ("m23", false),
            ("NATO", false),
        ] {
            assert_eq!(is_code_name(word), code, "{word:?}");
        }
    }

    #[test]
    fn role_nouns_are_found_in_any_case() {
        for word in [
            "minister",
            "Minister",
            "MINISTER",
            "President-elect",
            "Co-Chair",
            "DIRECTOR-GENERAL",
        ] {
            assert!(is_role_noun(word), "{word}");
        }
        // Longer than the stack buffer, or not ASCII: lowered on the heap, no role.
        assert!(!is_role_noun("Ministerialbürokratieabteilungsleiter"));
        assert!(!is_role_noun("MINISTERMINISTERMINISTERMINISTERMINISTER"));
        assert!(!is_role_noun("Klitschko"));
    }
}
