//! Key actors: people with their roles and affiliations, organisations (with acronyms),
//! and states (names, demonyms, capitals used for governments), joined across
//! sentences and articles.
//!
//! Rules, not a statistical model: they are deterministic, explainable, and fast. A
//! person is a run of capitalised name words after a title ("US President Donald
//! Trump"), or before a reporting verb ("John Smith said"); a surname alone joins its
//! full name. An organisation is a capitalised run holding an institutional noun
//! ("Ministry", "Commission", "Forces").

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::bodies::BODIES;
use super::entities::{EntityLabel, Span};
use super::gazetteer::{Naming, Place, GAZETTEER};
use super::sentences::{words, Sentence, Word};
use super::{Actor, ActorKind, Evidence};

/// Words of titles and offices that stand before a name ("Deputy Defence Minister").
#[rustfmt::skip]
const ROLE_WORDS: &[&str] = &[
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
    "Prof", "Prof.", "Professor",
];

/// Words that make a role an office rather than a rank or a courtesy title.
#[rustfmt::skip]
const OFFICE_WORDS: &[&str] = &[
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
const ROLE_NOUNS: &[&str] = &[
    "aide", "specialist", "founder", "co-founder", "hopeful", "candidate", "nominee", "lawyer",
    "attorney", "expert", "analyst", "professor", "doctor", "physician", "defendant",
    "hostage", "inmate", "executive", "chair", "administrator", "superintendent", "member",
    "ombudsman", "researcher", "economist", "fellow", "strategist", "activist", "manager",
    "dean", "judge", "prosecutor", "legislator", "congressman", "congresswoman", "mp",
    "financier", "offender", "owner", "partner", "negotiator", "general", "colonel",
    "commissioner", "insurgent", "militant", "commander", "pilot", "student", "worker",
    "investor", "chairman", "coordinator", "counsel", "consultant", "scientist", "engineer",
    "head", "heads", "chief", "officer", "official", "spokesman", "spokeswoman", "trafficker",
    "suspect", "ceo",
];

/// Whether a lower-case word names a role: an office or a role noun.
fn is_role_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    OFFICE_WORDS.contains(&lower.as_str()) || ROLE_NOUNS.contains(&lower.as_str())
}

/// Titles strong enough to make a single following name a person ("President Putin").
#[rustfmt::skip]
const PERSON_TITLES: &[&str] = &[
    "President", "Minister", "Chancellor", "Premier", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
    "Dr", "Dr.", "Sir", "Dame", "Senator", "Ambassador", "Secretary", "King", "Queen", "Prince",
    "Emir", "Sheikh", "Governor", "Mayor", "Professor", "Prof.",
];

/// Nouns that make a capitalised run an institution.
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "Agency", "Alliance", "Army", "Assembly", "Association", "Authority", "Bank", "Board",
    "Bureau", "Cabinet", "Command", "Commission", "Committee", "Company", "Congress",
    "Corporation", "Council", "Court", "Department", "Directorate", "Federation", "Forces",
    "Force", "Front", "Fund", "Government", "Group", "Guard", "House", "Institute", "League",
    "Ministry",
    "Movement", "Navy", "Office", "Organisation", "Organization", "Parliament", "Party",
    "Police", "Secretariat", "Senate", "Service", "Union", "University", "Inc", "Ltd", "Corp",
];

/// Connectors allowed inside an organisation's name.
#[rustfmt::skip]
const ORG_CONNECTORS: &[&str] = &["of", "on", "and", "for", "the", "&"];

/// Capitalised words that open sentences or name days: never part of a name.
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
    "In", "On", "At", "As", "By", "For", "From", "With", "To", "Of", "And", "But", "Or", "If",
    "After", "Before", "During", "While", "When", "Where", "Meanwhile", "However", "Also",
    "Considering", "According", "Despite", "Amid", "Since", "Both", "Several", "Other",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
];

/// Capitalised common nouns of news text that do not belong to a person's name.
#[rustfmt::skip]
const NOT_NAME_WORDS: &[&str] = &[
    "Operation", "Strategic", "Partnership", "Privileged", "Technical", "Cooperation", "Talks",
    "Summit", "Agreement", "Treaty", "Deal", "Accord", "Act", "Plan", "Policy", "Programme",
    "Program", "Project", "Mission", "Initiative", "Corridor", "Forum", "Dialogue",
    "Conference", "Meeting", "News", "Times", "Post", "Daily", "Media", "Story", "Latest",
    "Previous", "Next", "Top", "Air", "War", "Peace", "Global", "International", "Armed",
    "Islamic", "Republic", "Federal", "United", "North", "South", "East", "West", "Northern",
    "Southern", "Eastern", "Western", "Central", "Europe", "European", "Asia", "Asian",
    "Africa", "African", "Middle", "Gulf", "Pacific", "Atlantic", "Indo-Pacific",
];

/// Verbs that, right after a capitalised pair, mark it as a person without a title.
#[rustfmt::skip]
const PERSON_VERBS: &[&str] = &[
    "said", "says", "told", "added", "stated", "noted", "argued", "warned", "announced",
    "accused", "met", "meets", "visited", "insisted", "claimed", "believes", "wrote", "asked",
];

/// A name run with nothing yet to show it is a person: (sentence, name, span, whether it
/// stands where names rarely do: the tail of a longer capitalised phrase, as "Sea Route"
/// of "Northern Sea Route", or a heading line of its own).
type Unconfirmed = (usize, String, Range<usize>, bool);

/// State names that are also people's names.
const SHARED_WITH_PEOPLE: &[&str] = &["Jordan", "Chad", "Georgia", "Israel", "Kenya", "India"];

/// Last words that make a capitalised run a geographic place ("Scarborough Shoal").
#[rustfmt::skip]
const GEOGRAPHIC_HEADS: &[&str] = &[
    "Sea", "Ocean", "Strait", "Straits", "Gulf", "Bay", "Shoal", "Shoals", "Reef", "Island",
    "Islands", "Peninsula", "River", "Lake", "Mountain", "Mountains", "Valley", "Desert",
    "Canal", "Route", "Coast", "Basin", "Plateau", "Delta", "Pass", "Corridor",
];

/// A lone capitalised name word ("Trump", "President Putin"): (sentence, word, title
/// before it, whether a speech verb stands next to it).
type SingleName<'a> = (usize, Word<'a>, Option<&'static str>, bool);

/// What the rules found, before ranking.
struct Draft {
    kind: ActorKind,
    name: String,
    aliases: BTreeSet<String>,
    roles: Vec<String>,
    role_evidence: Option<Evidence>,
    affiliations: BTreeMap<String, usize>,
    /// Non-state bodies a person's role names ("… at SNC"), with how often.
    employers: BTreeMap<String, usize>,
    /// An international body from the lexicon: no state's government.
    international: bool,
    /// For a state: the mentions where it acts (subject of a verb, its government).
    acts: usize,
    mentions: usize,
    articles: BTreeSet<usize>,
    first_seen: (usize, usize),
    evidence: Option<Evidence>,
}

pub(crate) struct ActorFinder<'a> {
    texts: &'a [&'a str],
    exclude: BTreeSet<String>,
    drafts: HashMap<String, Draft>,
    order: Vec<String>,
    /// For each actor key, the sentences that mention it (for salience).
    mentions_by_actor: HashMap<String, Vec<usize>>,
    /// Acronyms defined in the text ("(IRIGC-MMTC)") → the key of their organisation.
    acronyms: HashMap<String, String>,
    /// Name runs with nothing to show they are people ("Aleksandr Fomin will visit"):
    /// (sentence, name, span), counted in pass 2 if that person is found elsewhere.
    unconfirmed_names: Vec<Unconfirmed>,
    /// Every mention with its entity label, for `chancery entities`.
    spans: Vec<Span>,
    /// How often each state's provinces are named ("Indiana", "Uttar Pradesh").
    places_by_state: HashMap<usize, usize>,
}

/// What the rules found: the actors, each with the sentences that mention it, and every
/// entity mention.
pub(crate) struct Found {
    pub actors: Vec<(Actor, Vec<usize>)>,
    pub spans: Vec<Span>,
}

impl<'a> ActorFinder<'a> {
    /// `exclude`: names that are not actors of the story (outlets, authors).
    pub fn new(texts: &'a [&'a str], exclude: BTreeSet<String>) -> Self {
        Self {
            texts,
            exclude,
            drafts: HashMap::new(),
            order: Vec::new(),
            mentions_by_actor: HashMap::new(),
            acronyms: HashMap::new(),
            unconfirmed_names: Vec::new(),
            spans: Vec::new(),
            places_by_state: HashMap::new(),
        }
    }

    /// Finds the actors of all sentences. Returns them unranked, with for each actor
    /// the indices of the sentences that mention it.
    pub fn find(mut self, sentences: &[Sentence]) -> Found {
        let mut single_names: Vec<SingleName<'a>> = Vec::new();

        // Pass 1: states, organisations and full names.
        for (index, sentence) in sentences.iter().enumerate() {
            let text = self.texts[sentence.article];
            let words = words(text, sentence.span.clone());
            let place_words = self.find_states(&words, sentence, index);
            let mut taken = self.find_organisations(&words, sentence, index);
            taken.extend(place_words);
            self.find_people(&words, &taken, sentence, index, &mut single_names);
        }

        // Pass 2: a full name without a title joins the person found with one, in any
        // article; so does one whose surname alone is seen speaking in its article
        // ("Helen Ashcombe" … "said Ashcombe"). A surname alone ("Trump has accused…")
        // then joins its full name.
        let unconfirmed = std::mem::take(&mut self.unconfirmed_names);
        // (article, surname) → the unconfirmed full names ending with it.
        let mut by_article_surname: HashMap<(usize, String), BTreeSet<String>> = HashMap::new();
        for (index, name, ..) in &unconfirmed {
            if let Some(surname) = name.rsplit(' ').next() {
                by_article_surname
                    .entry((sentences[*index].article, surname.to_lowercase()))
                    .or_default()
                    .insert(actor_key("person", name));
            }
        }
        let promoted: BTreeSet<String> = single_names
            .iter()
            .filter(|(.., title, speaks)| title.is_some() || *speaks)
            .filter_map(|(index, word, ..)| {
                let surname = strip_possessive(word.text).to_lowercase();
                let matching = by_article_surname.get(&(sentences[*index].article, surname))?;
                (matching.len() == 1)
                    .then(|| matching.first().cloned())
                    .flatten()
            })
            .collect();
        // Words the article also writes in lower case are common nouns, so a run of them
        // in capitals is a product or a headline ("Portion Fix Containers"), not a name.
        let mut lowercase_words: HashMap<usize, HashSet<&str>> = HashMap::new();
        for (index, name, span, tail) in unconfirmed {
            let key = actor_key("person", &name);
            let article = sentences[index].article;
            let confirmed = self.drafts.contains_key(&key) || promoted.contains(&key);
            let looks_like_a_name = !tail && name.split(' ').count() <= 3 && {
                let text = self.texts[article];
                let lower = lowercase_words
                    .entry(article)
                    .or_insert_with(|| lowercase_words_of(text));
                !name
                    .split(' ')
                    .any(|w| lower.contains(w.to_lowercase().as_str()))
            };
            if confirmed || looks_like_a_name {
                self.spans
                    .push((article, span.clone(), EntityLabel::Person));
            }
            if confirmed {
                let sentence = &sentences[index];
                self.mention(&key, ActorKind::Person, &name, sentence, index, span);
            }
        }
        let mut by_surname: HashMap<String, Vec<String>> = HashMap::new();
        for (key, draft) in &self.drafts {
            if draft.kind == ActorKind::Person {
                if let Some(last) = draft.name.split(' ').next_back() {
                    by_surname
                        .entry(last.to_lowercase())
                        .or_default()
                        .push(key.clone());
                }
            }
        }
        for (index, word, title, _) in single_names {
            let surname = strip_possessive(word.text);
            let joined = by_surname.get(&surname.to_lowercase()).map(Vec::as_slice);
            // "President Putin" is a person even when no full name is given.
            if title.is_some() || matches!(joined, Some([_])) {
                let span = word.span.start..word.span.start + surname.len();
                self.spans
                    .push((sentences[index].article, span, EntityLabel::Person));
            }
            if let Some([key]) = joined {
                let sentence = &sentences[index];
                let draft = self
                    .drafts
                    .get_mut(key)
                    .expect("surname index points to a draft");
                draft.mentions += 1;
                draft.articles.insert(sentence.article);
                self.mentions_by_actor
                    .entry(key.clone())
                    .or_default()
                    .push(index);
            }
        }

        self.join_office_mentions(sentences);
        self.settle_affiliations();

        let actors = self
            .order
            .iter()
            .filter_map(|key| {
                let draft = self.drafts.remove(key)?;
                let mut sentence_ids = self.mentions_by_actor.remove(key).unwrap_or_default();
                sentence_ids.dedup();
                Some((draft.into_actor(), sentence_ids))
            })
            .collect();
        Found {
            actors,
            spans: self.spans,
        }
    }

    /// "The minister said …" is one more mention of the one person of that article whose
    /// role names the office; with two ministers in the article it is nobody's.
    fn join_office_mentions(&mut self, sentences: &[Sentence]) {
        for (index, sentence) in sentences.iter().enumerate() {
            let text = &self.texts[sentence.article][sentence.span.clone()];
            for office in OFFICE_ANAPHOR.captures_iter(text) {
                let office = &office[1];
                let holders: Vec<&String> = self
                    .order
                    .iter()
                    .filter(|key| {
                        self.drafts.get(*key).is_some_and(|d| {
                            d.kind == ActorKind::Person
                                && d.articles.contains(&sentence.article)
                                && d.roles.iter().any(|r| r.to_lowercase().contains(office))
                        })
                    })
                    .collect();
                if let [key] = holders.as_slice() {
                    let key = (*key).clone();
                    if let Some(draft) = self.drafts.get_mut(&key) {
                        draft.mentions += 1;
                    }
                    self.mentions_by_actor.entry(key).or_default().push(index);
                }
            }
        }
    }

    fn draft(&mut self, key: &str, kind: ActorKind, name: &str, sentence: &Sentence) -> &mut Draft {
        if !self.drafts.contains_key(key) {
            self.order.push(key.to_owned());
        }
        let draft = self.drafts.entry(key.to_owned()).or_insert_with(|| Draft {
            kind,
            name: name.to_owned(),
            aliases: BTreeSet::new(),
            roles: Vec::new(),
            role_evidence: None,
            affiliations: BTreeMap::new(),
            employers: BTreeMap::new(),
            international: false,
            acts: 0,
            mentions: 0,
            articles: BTreeSet::new(),
            first_seen: (sentence.article, sentence.position),
            evidence: None,
        });
        draft.articles.insert(sentence.article);
        draft
    }

    fn mention(
        &mut self,
        key: &str,
        kind: ActorKind,
        name: &str,
        sentence: &Sentence,
        index: usize,
        span: Range<usize>,
    ) -> &mut Draft {
        let text = self.texts[sentence.article];
        let evidence = Evidence::new(sentence.article, text, span);
        self.mentions_by_actor
            .entry(key.to_owned())
            .or_default()
            .push(index);
        let draft = self.draft(key, kind, name, sentence);
        draft.mentions += 1;
        draft.evidence.get_or_insert(evidence);
        draft
    }

    /// Records the states mentioned; returns the word indices of other places (cities,
    /// provinces, seas), so they are not read as people.
    fn find_states(
        &mut self,
        words: &[Word<'_>],
        sentence: &Sentence,
        index: usize,
    ) -> BTreeSet<usize> {
        let mut places = BTreeSet::new();
        let mut i = 0;
        while i < words.len() {
            let Some((state, naming, length)) = state_at(words, i) else {
                // "India-Russia", "Russian-Indian": each part names a state.
                let mut parts_found = false;
                if words[i].text.contains('-') {
                    for part in words[i].text.split('-') {
                        let bare = strip_possessive(part);
                        if let Some((state, naming)) = GAZETTEER.lookup(bare) {
                            let offset = part.as_ptr() as usize - words[i].text.as_ptr() as usize;
                            let start = words[i].span.start + offset;
                            self.note_state(sentence, start..start + bare.len(), naming);
                            self.state_mention(
                                state,
                                part,
                                sentence,
                                index,
                                start..start + part.len(),
                            );
                            parts_found = true;
                        }
                    }
                }
                if let Some((place, length)) = place_at(words, i).filter(|_| !parts_found) {
                    let phrase = join_words(&words[i..i + length]);
                    if let Some(state) = GAZETTEER.state_of_place(strip_possessive(&phrase)) {
                        *self.places_by_state.entry(state).or_default() += 1;
                    }
                    let label = match place {
                        Place::Political => EntityLabel::Gpe,
                        Place::Geographic => EntityLabel::Loc,
                    };
                    self.spans
                        .push((sentence.article, name_span(&words[i..i + length]), label));
                    places.extend(i..i + length);
                    i += length;
                    continue;
                }
                i += 1;
                continue;
            };
            self.note_state(sentence, name_span(&words[i..i + length]), naming);
            // "a meeting in Kuala Lumpur": a capital after "in" is a place, not the
            // government speaking.
            if naming == Naming::Seat && is_located(words, i) {
                places.extend(i..i + length);
                i += length;
                continue;
            }
            let span = words[i].span.start..words[i + length - 1].span.end;
            let surface = words[i..i + length]
                .iter()
                .map(|w| w.text)
                .collect::<Vec<_>>()
                .join(" ");
            let surface = strip_possessive(&surface).to_owned();
            let acting = state_acts(words, i, length, naming);
            let draft = self.state_mention(state, &surface, sentence, index, span);
            if matches!(naming, Naming::Seat | Naming::Building) {
                draft.roles.push("government".to_owned());
            }
            draft.acts += usize::from(acting);
            i += length;
        }
        places
    }

    /// A state's name or seat is a GPE; a building for its government ("the Kremlin")
    /// an organisation; a demonym ("Indian") no entity at all.
    fn note_state(&mut self, sentence: &Sentence, span: Range<usize>, naming: Naming) {
        let label = match naming {
            Naming::Name | Naming::Seat => EntityLabel::Gpe,
            Naming::Building => EntityLabel::Org,
            Naming::Demonym => return,
        };
        self.spans.push((sentence.article, span, label));
    }

    fn state_mention(
        &mut self,
        state: usize,
        surface: &str,
        sentence: &Sentence,
        index: usize,
        span: Range<usize>,
    ) -> &mut Draft {
        let name = GAZETTEER.name(state).to_owned();
        let key = format!("state:{name}");
        let draft = self.mention(&key, ActorKind::State, &name, sentence, index, span);
        if surface != name {
            draft.aliases.insert(surface.to_owned());
        }
        draft
    }

    /// Returns the word indices that belong to organisation names, so they are not
    /// read as people.
    fn find_organisations(
        &mut self,
        words: &[Word<'_>],
        sentence: &Sentence,
        index: usize,
    ) -> BTreeSet<usize> {
        let mut taken = BTreeSet::new();
        let mut i = 0;
        while i < words.len() {
            if !is_capitalised(words[i].text) || words[i].text == "The" {
                i += 1;
                continue;
            }
            if let Some(length) = self.known_body(words, i, sentence, index) {
                taken.extend(i..i + length);
                i += length;
                continue;
            }
            // The longest run of capitalised words and inner connectors.
            let mut end = i;
            let mut j = i;
            while j < words.len() {
                let w = words[j].text;
                if is_capitalised(w) && !OPENERS.contains(&w) || is_org_word(w) {
                    end = j + 1;
                } else {
                    // "Commission on Military …", "Organisation of the Islamic …"; but
                    // "Later the Arab Union" starts at "Arab".
                    let connects = ORG_CONNECTORS.contains(&w)
                        && j > i
                        && (end == j && w != "the"
                            || w == "the"
                                && end == j - 1
                                && matches!(words[j - 1].text, "of" | "for" | "on"));
                    if !connects {
                        break;
                    }
                }
                j += 1;
            }
            // "Apple Inc and Goldman Sachs": a name that ends on its head noun before
            // "and" is complete; "Commission on Military and Military …" is not.
            let end = (i + 1..end)
                .find(|&k| {
                    words[k].text == "and"
                        && ORG_HEADS.contains(&strip_possessive(words[k - 1].text))
                })
                .unwrap_or(end);
            let run = &words[i..end];
            let head_at = run
                .iter()
                .position(|w| ORG_HEADS.contains(&strip_possessive(w.text)));
            let has_office = run
                .iter()
                .any(|w| OFFICE_WORDS.contains(&w.text.to_lowercase().as_str()));
            let Some(_) = head_at.filter(|_| !has_office && end > i) else {
                i = end.max(i + 1);
                continue;
            };
            let name_words: Vec<&str> = run.iter().map(|w| w.text).collect();
            let mut name = name_words.join(" ");
            name = strip_possessive(&name).to_owned();
            // "China's Foreign Ministry" is the "Chinese Foreign Ministry", the same body
            // as when the article writes it so.
            if let Some(demonym) = run
                .first()
                .filter(|w| strip_possessive(w.text) != w.text && run.len() > 1)
                .and_then(|w| GAZETTEER.lookup(strip_possessive(w.text)))
                .filter(|(_, naming)| *naming == Naming::Name)
                .and_then(|(state, _)| GAZETTEER.demonym(state))
            {
                let rest = name.split_once(' ').map_or("", |(_, rest)| rest);
                name = format!("{demonym} {rest}");
            }
            // "(IRIGC-MMTC)" right after the name is its acronym.
            let acronym = (words.get(end).map(|w| w.text) == Some("("))
                .then(|| words.get(end + 1))
                .flatten()
                .filter(|w| is_acronym(w.text) && words.get(end + 2).map(|w| w.text) == Some(")"))
                .map(|w| w.text.to_owned());
            if self.exclude.contains(&name) || run.len() < 2 && acronym.is_none() {
                i = end;
                continue;
            }
            let affiliations: Vec<usize> = run
                .iter()
                .flat_map(|w| w.text.split('-'))
                .filter_map(|part| GAZETTEER.lookup(strip_possessive(part)).map(|(s, _)| s))
                .collect();
            let span = run[0].span.start..run[run.len() - 1].span.end;
            self.spans
                .push((sentence.article, name_span(run), EntityLabel::Org));
            if acronym.is_some() {
                let acronym_span = words[end + 1].span.clone();
                self.spans
                    .push((sentence.article, acronym_span, EntityLabel::Org));
            }
            let key = actor_key("org", &name);
            let display = match &acronym {
                Some(acronym) => format!("{name} ({acronym})"),
                None => name.clone(),
            };
            let draft = self.mention(
                &key,
                ActorKind::Organisation,
                &display,
                sentence,
                index,
                span.clone(),
            );
            for state in affiliations {
                *draft
                    .affiliations
                    .entry(GAZETTEER.name(state).to_owned())
                    .or_default() += 1;
            }
            if let Some(acronym) = acronym {
                draft.aliases.insert(acronym.clone());
                self.acronyms.entry(acronym).or_insert(key);
            }
            taken.extend(i..end);
            i = end;
        }
        // Acronyms defined earlier count as mentions of their organisation.
        for (k, w) in words.iter().enumerate() {
            if taken.contains(&k) || !is_acronym(w.text) {
                continue;
            }
            if let Some(target) = self.acronyms.get(w.text).cloned() {
                let prev_is_paren = k > 0 && words[k - 1].text == "(";
                if !prev_is_paren {
                    self.spans
                        .push((sentence.article, w.span.clone(), EntityLabel::Org));
                    if let Some(draft) = self.drafts.get_mut(&target) {
                        draft.mentions += 1;
                        draft.articles.insert(sentence.article);
                        self.mentions_by_actor
                            .entry(target)
                            .or_default()
                            .push(index);
                    }
                }
            }
        }
        taken
    }

    /// A body from the lexicon at word `i` ("NATO", "United Nations"): returns how many
    /// words it took.
    fn known_body(
        &mut self,
        words: &[Word<'_>],
        i: usize,
        sentence: &Sentence,
        index: usize,
    ) -> Option<usize> {
        let (body, length) = longest_phrase(
            words,
            i,
            |first| BODIES.longest_from(first),
            |phrase| BODIES.lookup(phrase),
        )?;
        let span = name_span(&words[i..i + length]);
        self.spans
            .push((sentence.article, span.clone(), EntityLabel::Org));
        if body.press || self.exclude.contains(&body.name) {
            return Some(length);
        }
        let surface = strip_possessive(&join_words(&words[i..i + length])).to_owned();
        let key = actor_key("org", &body.name);
        let draft = self.mention(
            &key,
            ActorKind::Organisation,
            &body.name,
            sentence,
            index,
            span,
        );
        if surface != body.name {
            draft.aliases.insert(surface);
        }
        match &body.state {
            Some(state) => {
                draft.affiliations.entry(state.clone()).or_insert(1);
            }
            None => draft.international = true,
        }
        Some(length)
    }

    fn find_people(
        &mut self,
        words: &[Word<'a>],
        org_words: &BTreeSet<usize>,
        sentence: &Sentence,
        index: usize,
        single_names: &mut Vec<SingleName<'a>>,
    ) {
        let text = self.texts[sentence.article];
        let mut i = 0;
        while i < words.len() {
            if org_words.contains(&i)
                || !is_name_word(words[i].text)
                || state_at(words, i).is_some()
            {
                i += 1;
                continue;
            }
            let mut end = i + 1;
            while end < words.len()
                && end - i < 5
                && !org_words.contains(&end)
                && (is_name_word(words[end].text) || is_particle(words[end].text))
                && state_at(words, end).is_none()
            {
                end += 1;
                if words[end - 1].text.ends_with("’s") || words[end - 1].text.ends_with("'s") {
                    break;
                }
            }
            while end > i + 1 && is_bare_particle(words[end - 1].text) {
                end -= 1;
            }
            let role = role_before(words, i);
            // "Scarborough Shoal", "Northern Sea Route": a place, not a person.
            if end - i >= 2 && GEOGRAPHIC_HEADS.contains(&strip_possessive(words[end - 1].text)) {
                let start = if i > 0
                    && is_capitalised(words[i - 1].text)
                    && !OPENERS.contains(&words[i - 1].text)
                {
                    i - 1
                } else {
                    i
                };
                self.spans.push((
                    sentence.article,
                    name_span(&words[start..end]),
                    EntityLabel::Loc,
                ));
                i = end;
                continue;
            }
            let name = words[i..end]
                .iter()
                .map(|w| strip_possessive(w.text))
                .collect::<Vec<_>>()
                .join(" ");
            // Arabic, Chinese, Japanese … have no capitals: after a title, a run of
            // such words is the name, even a single one ("Foreign Minister 王毅").
            let caseless = words[i..end].iter().all(|w| is_caseless(w.text));
            let followed_by_verb = words
                .get(end)
                .is_some_and(|w| PERSON_VERBS.contains(&w.text));
            let said_before = i >= 2
                && matches!(words[i - 1].text, "said" | "says")
                && matches!(words[i - 2].text, "," | "”" | "\"");
            if end - i == 1 && !(caseless && role.is_some()) {
                let title = role.as_ref().and_then(|r| r.person_title);
                let speaks = followed_by_verb || said_before;
                single_names.push((index, words[i].clone(), title, speaks));
                i = end;
                continue;
            }
            if self.exclude.contains(&name) {
                i = end;
                continue;
            }
            let role_after_name = role_after(words, end);
            // A role in lower case ("Azerbaijan’s presidential aide") says more than a
            // lone title word caught before it.
            let (role, employer_before) = match lowercase_role_before(words, i) {
                Some((lower, employer))
                    if role
                        .as_ref()
                        .is_none_or(|r| r.groups.join(" ").len() < lower.groups[0].len()) =>
                {
                    (Some(lower), employer)
                }
                _ => (role, None),
            };
            if role.is_none() && role_after_name.is_none() && !followed_by_verb && !said_before {
                let span = name_span(&words[i..end]);
                // The tail of a longer capitalised phrase, or a line of its own (a
                // heading, "Portion Fix Containers: …"), is no evidence of a person.
                let tail = i > 0 && {
                    let before = words[i - 1].text;
                    is_capitalised(before) && !OPENERS.contains(&before) && !is_acronym(before)
                } || i == 0 && words.get(end).is_none_or(|w| w.text == ":");
                self.unconfirmed_names.push((index, name, span, tail));
                i = end;
                continue;
            }
            self.spans.push((
                sentence.article,
                name_span(&words[i..end]),
                EntityLabel::Person,
            ));
            let span_start = role.as_ref().map_or(words[i].span.start, |r| r.span.start);
            let span = span_start..words[end - 1].span.end;
            let key = actor_key("person", &name);
            // Affiliation from the role's own words only, never from a state merely
            // named nearby; the story's framing fills offices without one at the end.
            let affiliation = role
                .as_ref()
                .and_then(|r| r.state)
                .or_else(|| role_after_name.as_ref().and_then(|r| r.state));
            let employer = employer_before.or_else(|| {
                role_after_name
                    .as_ref()
                    .and_then(|r| employer_in(&r.groups[0]))
            });
            let draft = self.mention(
                &key,
                ActorKind::Person,
                &name,
                sentence,
                index,
                span.clone(),
            );
            let stated = role.filter(|r| !r.groups.is_empty()).or(role_after_name);
            if let Some(role) = stated {
                for group in role.groups {
                    if !draft.roles.contains(&group) {
                        draft.roles.push(group);
                    }
                }
                draft
                    .role_evidence
                    .get_or_insert_with(|| Evidence::new(sentence.article, text, span));
            }
            if let Some(state) = affiliation {
                *draft
                    .affiliations
                    .entry(GAZETTEER.name(state).to_owned())
                    .or_default() += 1;
            } else if let Some(employer) = employer {
                *draft.employers.entry(employer).or_default() += 1;
            }
            i = end;
        }
    }

    /// Affiliations the words next to a name did not give: an employer named in the role
    /// ("… at SNC", "WeWork’s founder") is the body, or its state when it is a national
    /// one; a government body or an office with no state named belongs to the state the
    /// story is about (the one it names most, when one clearly leads).
    fn settle_affiliations(&mut self) {
        let framing = self.framing_state();
        let bodies: HashMap<String, (String, Option<String>)> = self
            .drafts
            .iter()
            .filter(|(_, d)| d.kind == ActorKind::Organisation)
            .flat_map(|(_, d)| {
                let state = d.affiliations.keys().next().cloned();
                let entry = (plain_name(&d.name).to_owned(), state);
                std::iter::once(d.name.clone())
                    .chain(d.aliases.iter().cloned())
                    .chain(std::iter::once(plain_name(&d.name).to_owned()))
                    .map(move |n| (n.to_lowercase(), entry.clone()))
            })
            .collect();
        for draft in self.drafts.values_mut() {
            if !draft.affiliations.is_empty() {
                continue;
            }
            match draft.kind {
                ActorKind::Person => {
                    let employer = draft
                        .employers
                        .iter()
                        .max_by_key(|(_, n)| **n)
                        .map(|(e, _)| e);
                    if let Some(employer) = employer {
                        let known = bodies.get(&employer.to_lowercase());
                        let state = GAZETTEER
                            .lookup(employer)
                            .map(|(s, _)| GAZETTEER.name(s).to_owned())
                            .or_else(|| known.and_then(|(_, state)| state.clone()));
                        // A government body named only in the role ("chairman of the
                        // Joint Chiefs of Staff") is the state the story is about.
                        let state = state
                            .or_else(|| framing.clone().filter(|_| is_government_body(employer)));
                        let shown = state
                            .or_else(|| known.map(|(name, _)| name.clone()))
                            .unwrap_or_else(|| employer.clone());
                        draft.affiliations.insert(shown, 1);
                    } else if let Some(state) = framing
                        .as_ref()
                        .filter(|_| draft.roles.iter().any(|r| is_public_office(r)))
                    {
                        draft.affiliations.insert(state.clone(), 1);
                    }
                }
                ActorKind::Organisation => {
                    let building = GAZETTEER
                        .lookup(plain_name(&draft.name))
                        .filter(|(_, naming)| *naming == Naming::Building)
                        .map(|(s, _)| GAZETTEER.name(s).to_owned());
                    let state = building.or_else(|| {
                        framing
                            .clone()
                            .filter(|_| is_government_body(&draft.name) && !draft.international)
                    });
                    if let Some(state) = state {
                        draft.affiliations.insert(state, 1);
                    }
                }
                ActorKind::State => {}
            }
        }
    }

    /// The state the story is about: the one named most, itself or by its provinces,
    /// a mention where it acts counting twice ("Norway plans …" frames an interview
    /// more than "relations with Russia"), when it is named at least twice and more
    /// than any other.
    fn framing_state(&self) -> Option<String> {
        let mut by_name: BTreeMap<&str, usize> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::State)
            .map(|d| (d.name.as_str(), d.mentions + d.acts))
            .collect();
        for (state, count) in &self.places_by_state {
            *by_name.entry(GAZETTEER.name(*state)).or_default() += count;
        }
        let mut counts: Vec<(usize, &str)> = by_name.into_iter().map(|(n, c)| (c, n)).collect();
        counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        match counts.as_slice() {
            [(top, name), rest @ ..]
                if *top >= 2 && rest.first().is_none_or(|(next, _)| next < top) =>
            {
                Some((*name).to_owned())
            }
            _ => None,
        }
    }
}

/// "Sierra Nevada Corporation (SNC)" → "Sierra Nevada Corporation".
fn plain_name(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name)
}

/// The body a role names as where the person works: the capitalised words after its
/// last "at" or "of" ("vice president of business development at SNC" → "SNC";
/// "president of the Alliance for American Manufacturing").
fn employer_in(role: &str) -> Option<String> {
    let words: Vec<&str> = role.split(' ').collect();
    let at = words.iter().rposition(|w| matches!(*w, "at" | "of"))?;
    // "president of the Alliance for American Manufacturing": the name may hold "for".
    let first_of = words
        .iter()
        .position(|w| matches!(*w, "at" | "of"))
        .filter(|&k| {
            words
                .get(k + 1)
                .is_some_and(|w| *w == "the" || is_capitalised(w))
        })
        .unwrap_or(at);
    let rest: Vec<&str> = words[first_of + 1..]
        .iter()
        .copied()
        .skip_while(|w| *w == "the")
        .collect();
    let capitalised = rest.first().is_some_and(|w| is_capitalised(w))
        && rest
            .iter()
            .all(|w| is_capitalised(w) || ORG_CONNECTORS.contains(w));
    // "the Company", "the Group": a head noun alone names no particular body.
    let generic = rest.len() == 1 && ORG_HEADS.contains(&strip_possessive(rest[0]));
    (capitalised && !rest.is_empty() && !generic)
        .then(|| strip_possessive(&rest.join(" ")).to_owned())
}

/// Whether a role is a public office, which a person holds for a state.
fn is_public_office(role: &str) -> bool {
    role.split(' ').any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "president"
                | "minister"
                | "senator"
                | "sen"
                | "sen."
                | "governor"
                | "gov"
                | "gov."
                | "speaker"
                | "secretary"
                | "attorney"
                | "ambassador"
                | "envoy"
                | "general"
                | "commissioner"
                | "mayor"
                | "premier"
                | "chancellor"
                | "lawmaker"
                | "congressman"
                | "congresswoman"
                | "representative"
                | "rep"
                | "rep."
                | "superintendent"
                | "prosecutor"
                | "judge"
                | "officer"
                | "colonel"
                | "col"
                | "lt"
                | "commander"
                | "cmdr"
                | "admiral"
                | "ombudsman"
                | "leader"
                | "king"
                | "queen"
                | "prince"
                | "princess"
                | "advisor"
                | "adviser"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "official"
                | "diplomat"
                | "aide"
        )
    }) && !role.split(' ').any(|w| {
        // Offices of companies and associations are not a state's.
        matches!(
            w.to_lowercase().as_str(),
            "ceo" | "executive" | "founder" | "chair"
        )
    })
}

/// Whether an organisation's name makes it part of a state's government: a head noun
/// only a state has ("Ministry", "Parliament", "Police"), or a body a national
/// qualifier makes the state's ("National Security Council", "Federal Bureau …").
/// Councils, commissions and agencies otherwise exist between states too ("Arctic
/// Council", "European Commission"), so they take no state from the story's framing.
fn is_government_body(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').map(strip_possessive).collect();
    let international = name.contains("United Nations")
        || words.iter().any(|w| {
            matches!(
                *w,
                "International"
                    | "World"
                    | "Global"
                    | "European"
                    | "Arctic"
                    | "Regional"
                    | "Asian"
                    | "African"
                    | "Atlantic"
                    | "Pacific"
                    | "Islamic"
                    | "Arab"
            )
        });
    let state_only_head = words.iter().any(|w| {
        matches!(
            *w,
            "Ministry"
                | "Department"
                | "Senate"
                | "Parliament"
                | "Legislature"
                | "Police"
                | "Army"
                | "Navy"
                | "Cabinet"
                | "Government"
                | "Congress"
                | "Administration"
                | "Chiefs"
        )
    });
    // A national qualifier, or a portfolio only a state's government holds ("Foreign
    // Office", "Defence Council").
    let national = words.iter().any(|w| {
        matches!(
            *w,
            "National"
                | "Federal"
                | "State"
                | "Royal"
                | "Presidential"
                | "Foreign"
                | "Home"
                | "Interior"
                | "Defence"
                | "Defense"
                | "Treasury"
                | "Justice"
        )
    });
    let shared_head = words.iter().any(|w| {
        matches!(
            *w,
            "Assembly"
                | "Bureau"
                | "Agency"
                | "Directorate"
                | "Court"
                | "Guard"
                | "Forces"
                | "Committee"
                | "Commission"
                | "Office"
                | "Military"
                | "Council"
                | "Service"
                | "Authority"
        )
    });
    !international && (state_only_head || national && shared_head)
}

/// A role stated next to a name, with the state it belongs to.
struct Role {
    /// Role phrases, split at commas: ["Deputy Defence Minister", "Colonel General"].
    groups: Vec<String>,
    state: Option<usize>,
    person_title: Option<&'static str>,
    span: Range<usize>,
}

/// Reads the title before a name, right to left: "Russia’s Deputy Defence Minister,
/// Colonel General | Aleksandr Fomin"; "National Security Advisor (NSA) | Ajit Doval".
fn role_before(words: &[Word<'_>], name_start: usize) -> Option<Role> {
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    let mut j = name_start;
    let mut start = name_start;
    let mut person_title = None;
    while j > 0 {
        let w = words[j - 1].text;
        if let Some(title) = ROLE_WORDS.iter().find(|r| **r == w) {
            // Walking right to left, the group being filled is always the first.
            groups[0].insert(0, w);
            if person_title.is_none() {
                person_title = PERSON_TITLES.iter().copied().find(|t| *t == *title);
            }
            start = j - 1;
            j -= 1;
        } else if w == ")" && j >= 3 && words[j - 3].text == "(" && is_acronym(words[j - 2].text) {
            j -= 3;
        } else if w == ","
            && j >= 2
            && ROLE_WORDS.contains(&words[j - 2].text)
            && !groups[0].is_empty()
        {
            groups.insert(0, Vec::new());
            j -= 1;
        } else if w == ","
            && j == name_start
            && j >= 2
            && (ROLE_WORDS.contains(&words[j - 2].text) || office_object(words, j - 1).is_some())
        {
            // "Cabinet Secretary for Defence, Joseph Mwangi".
            j -= 1;
        } else if let Some(length) = office_object(words, j) {
            for k in (j - length..j).rev() {
                groups[0].insert(0, words[k].text);
            }
            j -= length;
        } else if matches!(w, "of" | "for") && j >= 2 && ROLE_WORDS.contains(&words[j - 2].text) {
            groups[0].insert(0, w);
            j -= 1;
        } else {
            break;
        }
    }
    let groups: Vec<String> = groups
        .into_iter()
        .map(|mut g| {
            // "Prime Minister Sheikh …": the honorific is not part of the office.
            while g.len() > 1 && HONORIFICS.contains(&g[g.len() - 1]) {
                g.pop();
            }
            g
        })
        .filter(|g| !g.is_empty())
        .map(|g| g.join(" "))
        .filter(|g| {
            !matches!(
                g.as_str(),
                "Mr" | "Mr." | "Mrs" | "Mrs." | "Ms" | "Ms." | "Dr" | "Dr." | "Sir" | "Dame"
            )
        })
        .collect();
    if groups.is_empty() && person_title.is_none() {
        return None;
    }
    // "Russia’s …", "Indian …", "US …" just before the title.
    let state = (start > 0)
        .then(|| GAZETTEER.lookup(strip_possessive(words[start - 1].text)))
        .flatten()
        .map(|(state, _)| state);
    let span_start = if state.is_some() {
        words[start - 1].span.start
    } else {
        words[start].span.start
    };
    Some(Role {
        groups,
        state,
        person_title,
        span: span_start..words[name_start].span.start,
    })
}

/// Courtesy titles that stand before a name but are no office.
const HONORIFICS: &[&str] = &[
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Sheikh",
];

/// "… for Africa", "… of the Arctic" ending at word `j`: the object of an office
/// ("Minister for Africa", "Special Envoy for the Arctic"). Returns its length in words,
/// up to the "for"/"of", when a role word stands right before it.
fn office_object(words: &[Word<'_>], j: usize) -> Option<usize> {
    let mut k = j;
    while k > 0
        && j - k < 2
        && is_capitalised(words[k - 1].text)
        && !ROLE_WORDS.contains(&words[k - 1].text)
    {
        k -= 1;
    }
    if k == j {
        return None;
    }
    if k > 0 && words[k - 1].text == "the" {
        k -= 1;
    }
    (k >= 2 && matches!(words[k - 1].text, "for" | "of") && ROLE_WORDS.contains(&words[k - 2].text))
        .then(|| j - (k - 1))
}

/// Reads an appositive after a name: "Vinay Kumar, India’s ambassador to Russia, said";
/// "John Roth, vice president of business development at SNC."; "Scott Paul, who heads
/// the Alliance …". The role keeps its whole extent: the office and what it is of.
fn role_after(words: &[Word<'_>], name_end: usize) -> Option<Role> {
    if words.get(name_end).map(|w| w.text) != Some(",") {
        return None;
    }
    let mut phrase: Vec<&str> = Vec::new();
    let mut state = None;
    let mut k = name_end + 1;
    // ", who heads the Alliance …": the verb stands for the office.
    if words.get(k).map(|w| w.text) == Some("who")
        && words
            .get(k + 1)
            .is_some_and(|w| matches!(w.text, "heads" | "leads" | "chairs"))
    {
        phrase.push("head");
        k += 2;
        if words.get(k).map(|w| w.text) == Some("the") {
            k += 1;
        }
        phrase.push("of");
        phrase.push("the");
    }
    for w in words.iter().skip(k).take(14) {
        if matches!(
            w.text,
            "," | "("
                | ")"
                | ";"
                | ":"
                | "“"
                | "”"
                | "\""
                | "who"
                | "which"
                | "said"
                | "says"
                | "told"
        ) {
            break;
        }
        if phrase.is_empty() && matches!(w.text, "the" | "a" | "an") {
            continue;
        }
        if phrase.is_empty() && state.is_none() {
            if let Some((s, naming)) = GAZETTEER.lookup(strip_possessive(w.text)) {
                // "a Ukraine specialist": a bare name before a role is its subject
                // matter; "India’s ambassador", "a Russian diplomat" say whom it serves.
                let serves = naming == Naming::Demonym || strip_possessive(w.text) != w.text;
                if serves {
                    state = Some(s);
                    continue;
                }
            }
        }
        phrase.push(w.text);
    }
    let office_at = phrase.iter().position(|w| is_role_noun(w))?;
    // A role noun opens the appositive within a few modifiers ("a top national security
    // aide"); further in, the phrase is a clause, not a role.
    if office_at > 4 || phrase[..office_at].iter().any(|w| is_auxiliary(w)) {
        return None;
    }
    // The office runs on through a prepositional object ("… of business development at
    // SNC"), to the end of the appositive; anything else after it ends the role.
    let mut end = office_at + 1;
    while end < phrase.len() && (is_role_noun(phrase[end]) || phrase[end] == "and") {
        end += 1;
    }
    if end < phrase.len() && matches!(phrase[end], "to" | "of" | "for" | "at" | "on" | "in") {
        end = phrase
            .iter()
            .skip(end)
            .position(|w| is_verb_like(w))
            .map_or(phrase.len(), |p| p + end);
    }
    while end > office_at + 1 && DANGLING_ROLE_WORDS.contains(&phrase[end - 1]) {
        end -= 1;
    }
    Some(Role {
        groups: vec![role_as_shown(&phrase[..end])],
        state,
        person_title: None,
        span: words[name_end].span.clone(),
    })
}

/// Words a role never ends on ("Vice President of").
const DANGLING_ROLE_WORDS: &[&str] = &["of", "for", "the", "to", "and", "at", "on", "in", "a"];

fn is_auxiliary(word: &str) -> bool {
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
fn is_verb_like(word: &str) -> bool {
    is_auxiliary(word)
        || word.len() > 4 && word.ends_with("ed") && word.starts_with(char::is_lowercase)
}

/// Lower-case words that qualify a role written before a name ("presidential aide",
/// "new police commissioner", "founder and former CEO").
#[rustfmt::skip]
const ROLE_MODIFIERS: &[&str] = &[
    "former", "new", "top", "senior", "deputy", "acting", "interim", "chief", "then",
    "longtime", "principal", "associate", "assistant", "executive", "vice", "state",
    "federal", "local", "police", "security", "defence", "defense", "foreign", "military",
    "party", "campaign", "press", "health", "prison", "union", "schools", "district",
    "recently", "named", "elected", "appointed", "opposition", "government", "army",
];

/// "Azerbaijan’s presidential aide | Farid Guliyev", "WeWork’s founder and former CEO, |
/// Adam Neumann": a role in lower case right before a name, with the state or body
/// whose possessive opens it.
fn lowercase_role_before(words: &[Word<'_>], name_start: usize) -> Option<(Role, Option<String>)> {
    let mut j = name_start;
    if j >= 2 && words[j - 1].text == "," {
        j -= 1;
    }
    let last = words.get(j.checked_sub(1)?)?.text;
    if !(is_role_noun(last) && (last.starts_with(char::is_lowercase) || ROLE_WORDS.contains(&last)))
    {
        return None;
    }
    let mut start = j - 1;
    while start > 0 && j - start < 6 {
        let w = words[start - 1].text;
        let qualifies = w.starts_with(char::is_lowercase)
            && (is_role_noun(w)
                || ROLE_MODIFIERS.contains(&w)
                || w == "and"
                    && start >= 2
                    && words[start - 2].text.starts_with(char::is_lowercase)
                || w.len() > 5 && (w.ends_with("al") || w.ends_with("ary") || w.ends_with("ic")));
        if !qualifies {
            break;
        }
        start -= 1;
    }
    while start < j - 1 && words[start].text == "and" {
        start += 1;
    }
    let phrase: Vec<&str> = words[start..j].iter().map(|w| w.text).collect();
    // Only a lone capitalised title ("CEO") with nothing in lower case is left to
    // `role_before`.
    if phrase.len() == 1 && !last.starts_with(char::is_lowercase) {
        return None;
    }
    let owner = start
        .checked_sub(1)
        .map(|k| words[k].text)
        .filter(|w| strip_possessive(w) != *w && is_capitalised(w));
    let state = owner.and_then(|w| GAZETTEER.lookup(strip_possessive(w)).map(|(s, _)| s));
    let employer = owner
        .filter(|w| state.is_none() && !ORG_HEADS.contains(&strip_possessive(w)))
        .map(|w| strip_possessive(w).to_owned());
    let span_start = words[start - usize::from(owner.is_some())].span.start;
    Some((
        Role {
            groups: vec![role_as_shown(&phrase)],
            state,
            person_title: None,
            span: span_start..words[name_start].span.start,
        },
        employer,
    ))
}

/// A short office as a title ("ambassador to Russia" → "Ambassador to Russia"); a longer
/// role as written, with its first letter raised ("Vice president of business …").
fn role_as_shown(words: &[&str]) -> String {
    if words.len() <= 4 {
        return title_case_office(words);
    }
    let joined = words.join(" ");
    let mut chars = joined.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// "foreign minister" → "Foreign Minister", "ambassador to Russia" → "Ambassador to
/// Russia": an office written in running text, shown as a title.
fn title_case_office(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| {
            if matches!(*w, "to" | "of" | "for" | "the" | "and" | "on") {
                (*w).to_owned()
            } else {
                let mut chars = w.chars();
                chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Verbs that, right after a state's name, make it the one acting ("China imposed").
#[rustfmt::skip]
const STATE_VERBS: &[&str] = &[
    "said", "says", "has", "have", "had", "will", "would", "could", "can", "may", "must",
    "is", "was", "wants", "plans", "warned", "announced", "accused", "imposed", "rejected",
    "denied", "launched", "agreed", "signed", "sent", "called", "urged", "threatened",
    "demanded", "responded", "retaliated", "confirmed", "condemned", "insisted", "vowed",
    "hit", "struck", "seeks", "sought", "refused", "opposes", "backs", "supports", "hopes",
];

/// Nouns for a state's institutions: "China's government", "Russian troops" act for it.
#[rustfmt::skip]
const STATE_ORGANS: &[&str] = &[
    "government", "officials", "authorities", "forces", "troops", "military", "embassy",
    "ministry", "navy", "army", "leaders", "leadership", "administration", "diplomats",
    "regulators", "negotiators", "delegation", "president", "foreign", "defence", "defense",
    "health", "state",
];

/// Whether the state named at words `at..at + length` acts in the sentence (is the
/// subject of a verb, or stands for its government, officials or forces), rather than
/// being a place, a topic or a bystander.
fn state_acts(words: &[Word<'_>], at: usize, length: usize, naming: Naming) -> bool {
    let last = words[at + length - 1].text;
    let next = words.get(at + length).map(|w| w.text);
    let possessive = strip_possessive(last) != last;
    if is_located(words, at) {
        return false;
    }
    // "The United Kingdom and Kenya have signed": both subjects act.
    if next == Some("and") && !possessive {
        let other = at + length + 1;
        if let Some((_, other_naming, other_length)) = state_at(words, other) {
            return state_acts(words, other, other_length, other_naming);
        }
    }
    match next {
        Some(next) if STATE_ORGANS.contains(&next) => {
            possessive || matches!(naming, Naming::Demonym | Naming::Name)
        }
        Some(next) if naming != Naming::Demonym && !possessive => {
            STATE_VERBS.contains(&next)
                || next.len() > 4 && next.ends_with("ed") && next.starts_with(char::is_lowercase)
        }
        _ => naming == Naming::Building && !possessive,
    }
}

/// "in Moscow", "visiting Beijing", a dateline ("MANILA, March 4 (Reuters) -"): the
/// state named at word `at` is where someone is, not who acts or whom they represent.
fn is_located(words: &[Word<'_>], at: usize) -> bool {
    let dateline = at == 0
        && words[0].text.chars().count() >= 3
        && !words[0].text.chars().any(char::is_lowercase);
    dateline
        || at > 0
            && matches!(
                words[at - 1].text,
                "in" | "to"
                    | "at"
                    | "from"
                    | "across"
                    | "into"
                    | "visiting"
                    | "visit"
                    | "visits"
                    | "visited"
            )
}

/// The key that joins spellings of one name: case, hyphens and spacing ignored, so
/// "Inter-Governmental Commission" and "Intergovernmental Commission", "al-Sisi" and
/// "Al Sisi" are one actor.
fn actor_key(kind: &str, name: &str) -> String {
    let folded: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    format!("{kind}:{folded}")
}

/// "The minister said": an office named with "the", for the one person holding it.
static OFFICE_ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Tt]he (minister|ambassador|president|secretary|envoy|chancellor|premier|spokesman|spokeswoman|spokesperson|commander|governor|mayor|senator|adviser|advisor|prime minister|foreign minister|defence minister|defense minister)(?-u:\b)")
        .expect("valid regex")
});

/// Every word the text writes starting with a lower-case letter.
fn lowercase_words_of(text: &str) -> HashSet<&str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .collect()
}

/// The bytes of a name written over `words`, without a possessive ending.
fn name_span(words: &[Word<'_>]) -> Range<usize> {
    let last = &words[words.len() - 1];
    words[0].span.start..last.span.start + strip_possessive(last.text).len()
}

/// Words as written: spaced, but no space before a comma ("Foreign, Commonwealth and
/// Development Office").
fn join_words(words: &[Word<'_>]) -> String {
    let mut out = String::new();
    for (k, w) in words.iter().enumerate() {
        if k > 0 && w.text != "," {
            out.push(' ');
        }
        out.push_str(w.text);
    }
    out
}

/// The longest place name other than a state at word `i`: (place, words used). A
/// single word standing next to another name word is part of a name ("Nelson
/// Mandela"), not a place.
fn place_at(words: &[Word<'_>], i: usize) -> Option<(Place, usize)> {
    let (place, length) = longest_phrase(
        words,
        i,
        |first| GAZETTEER.longest_from(first),
        |phrase| GAZETTEER.place(phrase),
    )?;
    let name_next = words.get(i + length).is_some_and(|w| is_name_word(w.text));
    let name_before = i > 0 && is_name_word(words[i - 1].text);
    (!(name_next || name_before)).then_some((place, length))
}

/// The longest state name starting at word `i`: (state, naming, words used).
fn state_at(words: &[Word<'_>], i: usize) -> Option<(usize, Naming, usize)> {
    longest_phrase(
        words,
        i,
        |first| GAZETTEER.longest_from(first),
        |phrase| GAZETTEER.lookup(phrase),
    )
    .map(|((state, naming), length)| (state, naming, length))
    .filter(|&(_, _, length)| {
        // "Michael Jordan", "Chad Smith": a state name that is also a given or family
        // name, next to another name word, is a person's name.
        let name = strip_possessive(words[i].text);
        let next_to_a_name = words.get(i + 1).is_some_and(|w| is_plain_name_word(w.text))
            || i > 0 && is_plain_name_word(words[i - 1].text);
        !(length == 1 && SHARED_WITH_PEOPLE.contains(&name) && next_to_a_name)
    })
}

/// A name word that is not itself a state ("Michael", not "Russia").
fn is_plain_name_word(word: &str) -> bool {
    is_name_word(word) && GAZETTEER.lookup(strip_possessive(word)).is_none()
}

/// The longest phrase starting at word `i` that `lookup` knows, with the words it
/// takes. A dateline or headline in capitals ("NEW DELHI —") is tried as a name too.
fn longest_phrase<T>(
    words: &[Word<'_>],
    i: usize,
    longest_from: impl Fn(&str) -> usize,
    lookup: impl Fn(&str) -> Option<T>,
) -> Option<(T, usize)> {
    // Every name starts with a capital: skip the lookups for other words.
    if !is_capitalised(words[i].text) {
        return None;
    }
    let first = strip_possessive(words[i].text);
    let shouting = first.chars().count() >= 3 && !first.chars().any(char::is_lowercase);
    let as_written = longest_from(first);
    let max = if shouting {
        as_written.max(longest_from(&title_case(first)))
    } else {
        as_written
    };
    (1..=max.min(words.len() - i)).rev().find_map(|length| {
        let phrase = join_words(&words[i..i + length]);
        let phrase = strip_possessive(&phrase);
        lookup(phrase)
            .or_else(|| {
                let all_capitals = shouting && !phrase.chars().any(char::is_lowercase);
                all_capitals.then(|| lookup(&title_case(phrase))).flatten()
            })
            .map(|found| (found, length))
    })
}

/// "NEW DELHI" → "New Delhi".
fn title_case(phrase: &str) -> String {
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
fn is_org_word(word: &str) -> bool {
    ORG_HEADS.contains(&word)
        || matches!(
            word,
            "Armed" | "Military" | "Technical" | "Inter-Governmental"
        )
}

fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| word.strip_suffix('’'))
        .unwrap_or(word)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word that can be part of a person's name: capitalised, then lower case letters
/// ("Fomin", "O'Brien", "al-Sisi"); not a title, a month or a sentence opener.
fn is_name_word(word: &str) -> bool {
    if is_caseless(word) {
        return true;
    }
    let bare = strip_possessive(word);
    let mut chars = bare.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let rest_lower = bare.chars().skip(1).any(char::is_lowercase)
        && bare
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
    first_upper
        && rest_lower
        && !ROLE_WORDS.contains(&bare)
        && !NOT_NAME_WORDS.contains(&bare)
        && !OPENERS.contains(&bare)
        && !ORG_HEADS.contains(&bare)
}

/// A word in a script without capital letters (Arabic, CJK, Devanagari …).
fn is_caseless(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase())
}

fn is_particle(word: &str) -> bool {
    is_bare_particle(word) || word.starts_with("al-") && word.len() > 3
}

/// A particle that cannot end a name ("bin", "van der"); "al-Mansouri" can.
fn is_bare_particle(word: &str) -> bool {
    matches!(
        word,
        "bin" | "bint" | "ibn" | "van" | "der" | "den" | "de" | "da" | "von" | "la" | "le" | "del"
    )
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '-' || c.is_ascii_digit())
        && word.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

impl Draft {
    fn into_actor(self) -> Actor {
        let kind = self.kind;
        // The office comes first; a rank ("Colonel General") only when nothing else is known.
        let mut roles: Vec<String> = self
            .roles
            .into_iter()
            .filter(|r| r != "government")
            .collect();
        roles.sort_by_key(|r| {
            !r.split(' ')
                .any(|w| OFFICE_WORDS.contains(&w.to_lowercase().as_str()))
        });
        let affiliation = if kind == ActorKind::State {
            None
        } else {
            let mut counted: Vec<(String, usize)> = self.affiliations.into_iter().collect();
            counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            let top = counted.first().map(|c| c.1).unwrap_or(0);
            let names: Vec<String> = counted
                .into_iter()
                .filter(|c| c.1 == top)
                .map(|c| c.0)
                .collect();
            (!names.is_empty()).then(|| names.join(", "))
        };
        Actor {
            name: self.name,
            kind,
            role: roles.first().cloned(),
            roles,
            affiliation,
            aliases: self.aliases.into_iter().collect(),
            mentions: self.mentions,
            sources: self.articles.into_iter().map(|a| a + 1).collect(),
            rank: 0,
            evidence: self.role_evidence.or(self.evidence),
            first_seen: self.first_seen,
            acts: self.acts,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::sentences;
    use super::*;

    fn actors_of(text: &str) -> Vec<Actor> {
        let texts = [text];
        let all = sentences::split(0, text);
        let exclude = BTreeSet::from(["Asian Lite News".to_owned()]);
        ActorFinder::new(&texts, exclude)
            .find(&all)
            .actors
            .into_iter()
            .map(|(actor, _)| actor)
            .collect()
    }

    fn find<'a>(actors: &'a [Actor], name: &str) -> &'a Actor {
        actors.iter().find(|a| a.name == name).unwrap_or_else(|| {
            panic!(
                "no actor {name} in {:?}",
                actors.iter().map(|a| &a.name).collect::<Vec<_>>()
            )
        })
    }

    #[test]
    fn title_before_a_name_gives_role_and_affiliation() {
        let actors = actors_of(
            "Russia’s Deputy Defence Minister, Colonel General Aleksandr Fomin, met Indian Ambassador Vinay Kumar on Wednesday.",
        );
        let fomin = find(&actors, "Aleksandr Fomin");
        assert_eq!(fomin.role.as_deref(), Some("Deputy Defence Minister"));
        assert_eq!(fomin.roles, ["Deputy Defence Minister", "Colonel General"]);
        assert_eq!(fomin.affiliation.as_deref(), Some("Russia"));
        let kumar = find(&actors, "Vinay Kumar");
        assert_eq!(
            (kumar.role.as_deref(), kumar.affiliation.as_deref()),
            (Some("Ambassador"), Some("India"))
        );
    }

    #[test]
    fn a_full_name_without_title_joins_the_person_in_another_article() {
        let texts = [
            "Russia’s Deputy Defence Minister Aleksandr Fomin met officials on Monday.",
            "Aleksandr Fomin will visit New Delhi next month.",
        ];
        let sentences: Vec<Sentence> = texts
            .iter()
            .enumerate()
            .flat_map(|(i, text)| sentences::split(i, text))
            .collect();
        let found = ActorFinder::new(&texts, BTreeSet::new())
            .find(&sentences)
            .actors;
        let (fomin, mentioned_in) = found
            .iter()
            .find(|(a, _)| a.name == "Aleksandr Fomin")
            .expect("Fomin found");
        assert_eq!((fomin.mentions, &fomin.sources[..]), (2, &[1, 2][..]));
        assert_eq!(mentioned_in, &[0, 1]);
    }

    #[test]
    fn the_office_and_other_spellings_join_the_same_actor() {
        let actors = actors_of(
            "Egypt’s Foreign Minister Sameh Shoukry met Sudanese envoys. The minister said talks would go on. \
             The Arab Inter-Parliamentary Union met. Later the Arab Interparliamentary Union adjourned.",
        );
        assert_eq!(find(&actors, "Sameh Shoukry").mentions, 2);
        let unions: Vec<&Actor> = actors
            .iter()
            .filter(|a| a.name.contains("Parliamentary Union"))
            .collect();
        assert_eq!(
            unions.len(),
            1,
            "{:?}",
            actors.iter().map(|a| &a.name).collect::<Vec<_>>()
        );
        assert_eq!(unions[0].mentions, 2);
    }

    #[test]
    fn a_state_possessive_body_is_named_with_the_demonym() {
        let actors = actors_of(
            "China's Foreign Ministry warned on Monday. The Chinese Foreign Ministry later added details.",
        );
        let ministry = find(&actors, "Chinese Foreign Ministry");
        assert_eq!(ministry.mentions, 2);
        assert_eq!(ministry.affiliation.as_deref(), Some("China"));
    }

    #[test]
    fn surname_alone_joins_the_full_name() {
        let actors = actors_of(
            "US President Donald Trump has announced new tariffs on Indian goods. Trump has accused New Delhi of fuelling the war.",
        );
        let trump = find(&actors, "Donald Trump");
        assert_eq!(trump.mentions, 2);
        assert_eq!(trump.affiliation.as_deref(), Some("United States"));
        assert!(!actors.iter().any(|a| a.name == "Trump"));
    }

    #[test]
    fn a_visitor_is_affiliated_with_the_story_s_state_not_the_place_visited() {
        // The office names no state: the one the story is about (India, named most)
        // holds it, not Moscow where he is nor Russia whose officials he meets.
        let actors = actors_of(
            "India is pressing ahead with the deal. New Delhi wants it signed this year. Meanwhile, National Security Advisor (NSA) Ajit Doval is also in Moscow, holding meetings with senior Russian officials to discuss India-Russia defence cooperation.",
        );
        let doval = find(&actors, "Ajit Doval");
        assert_eq!(doval.role.as_deref(), Some("National Security Advisor"));
        assert_eq!(doval.affiliation.as_deref(), Some("India"));
    }

    #[test]
    fn capitals_and_demonyms_are_their_state() {
        let actors = actors_of(
            "New Delhi and Moscow agreed, and Indian officials said the Kremlin had signed.",
        );
        let india = find(&actors, "India");
        assert_eq!(india.kind, ActorKind::State);
        assert!(india.aliases.contains(&"New Delhi".to_owned()));
        assert!(find(&actors, "Russia")
            .aliases
            .contains(&"Kremlin".to_owned()));
    }

    #[test]
    fn organisation_keeps_its_acronym_and_states() {
        let actors = actors_of(
            "The talks are guided by the India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation (IRIGC-MMTC) each year. The IRIGC-MMTC met twice.",
        );
        let commission = find(
            &actors,
            "India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation (IRIGC-MMTC)",
        );
        assert_eq!(commission.kind, ActorKind::Organisation);
        assert_eq!(commission.affiliation.as_deref(), Some("India, Russia"));
        assert_eq!(commission.mentions, 2);
    }

    #[test]
    fn names_in_scripts_without_capitals_follow_a_title() {
        let actors = actors_of(
            "Chinese Foreign Minister 王毅 joined Saudi Foreign Minister فيصل بن فرحان in Riyadh.",
        );
        assert_eq!(find(&actors, "王毅").affiliation.as_deref(), Some("China"));
        assert_eq!(
            find(&actors, "فيصل بن فرحان").role.as_deref(),
            Some("Foreign Minister")
        );
    }

    #[test]
    fn common_capitalised_phrases_are_not_people() {
        let actors = actors_of(
            "The Special and Privileged Strategic Partnership grew during Operation Sindoor in May, reports Asian Lite News.",
        );
        assert!(
            actors.iter().all(|a| a.kind != ActorKind::Person),
            "{:?}",
            actors.iter().map(|a| &a.name).collect::<Vec<_>>()
        );
    }
}
