//! Key actors: people with their roles and affiliations, organisations (with acronyms),
//! and states (names, demonyms, capitals used for governments), joined across
//! sentences and articles.
//!
//! One detector a file, run over every sentence in two passes: `states`,
//! `organisations` and `people` (with `roles`) find names in each sentence; then
//! `people` confirms names that needed the whole set, `coreference` joins surnames and
//! offices to the people they name, and `affiliation` settles whom each actor acts for.
//! `mentions` records every name with its entity label on the way.
//!
//! Rules, not a statistical model: they are deterministic, explainable, and fast. A
//! person is a run of capitalised name words after a title ("US President Donald
//! Trump"), or before a reporting verb ("John Smith said"); a surname alone joins its
//! full name. An organisation is a capitalised run holding an institutional noun
//! ("Ministry", "Commission", "Forces").

mod affiliation;
mod clubs;
mod coreference;
mod datelines;
mod employers;
mod leaders;
mod mentions;
mod not_names;
mod organisations;
mod people;
mod players;
mod roles;
mod states;
mod tagged;
mod teams;

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;

pub use mentions::EntityLabel;
pub(crate) use mentions::Mention;

use super::bodies::BODIES;
use super::gazetteer::{Naming, GAZETTEER};
use super::lexicon::{
    is_name_word, strip_possessive, title_case, written_in_lower_case, CORPORATE_ENDINGS,
    OFFICE_WORDS,
};
use super::ner::{self, NameKind};
use super::sentences::{opens_with_dateline, words, Sentence, Word};
use super::{Actor, ActorKind, Evidence};
use coreference::actor_key;

/// Words of a military rank ("Lieutenant Colonel"): shown only when the person has no
/// other role ("Ukraine specialist on the National Security Council" says more).
const MILITARY_RANKS: &[&str] = &[
    "Lieutenant",
    "Colonel",
    "General",
    "Major",
    "Captain",
    "Sergeant",
    "Admiral",
    "Brigadier",
    "Marshal",
    "Rear",
    "Vice",
    "Army",
    "Air",
    "Chief",
];

/// A run of name words with nothing yet to show it is a person ("Aleksandr Fomin will
/// visit"), counted in pass 2 if that person is found elsewhere.
struct UnconfirmedName {
    sentence: usize,
    name: String,
    span: Range<usize>,
    /// It stands where names rarely do: the tail of a longer capitalised phrase ("Sea
    /// Route" of "Northern Sea Route"), or a heading line of its own.
    out_of_place: bool,
    /// It stands where a place does ("treated at Walter Reed"), so the tagger reading
    /// it as a person's name is no evidence of one.
    where_a_place_stands: bool,
    /// What the entity tagger reads it as, if anything.
    tagged: Option<NameKind>,
}

/// A lone capitalised name word ("Trump", "President Putin").
struct SingleName<'a> {
    sentence: usize,
    word: Word<'a>,
    /// The title before it, if any, and the office it states ("Russian President").
    role: Option<roles::Role>,
    /// A reporting verb stands next to it.
    speaks: bool,
    /// A relative pronoun or an age follows it ("Lebed, who …", "Yeltsin, 65, …").
    described_as_a_person: bool,
    /// The entity tagger reads it as a person's name.
    tagged_person: bool,
}

impl SingleName<'_> {
    /// A title strong enough to make the lone name a person ("President", "Prince").
    fn title(&self) -> Option<&'static str> {
        self.role.as_ref().and_then(|r| r.person_title)
    }
}

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
    /// The state the lexicon gives a national body, when the text names none for it.
    listed_state: Option<String>,
    /// The acronym the text defines for an organisation ("(IRIGC-MMTC)").
    acronym: Option<String>,
    /// How the text writes a body of the built-in list, with how often: one the story
    /// only ever calls "FBI" is shown as "FBI".
    written_as: BTreeMap<String, usize>,
    /// "the North’s foreign minister": the half of a divided country a role is of.
    half_of: Option<&'static str>,
    /// "his spokesman Stéphane Dujarric": the key of the person this one works for.
    serves: Option<String>,
    /// Where each mention by the full name starts: (article, byte).
    mention_starts: Vec<(usize, usize)>,
    /// Where a person is named by their surname alone ("Noel and Thomas were …").
    surname_starts: Vec<(usize, usize)>,
    /// For a state: the mentions where it acts (subject of a verb, its government);
    /// for a body, a verb right after its name.
    acts: usize,
    /// A body's mentions that only name a place after it ("the Local Government
    /// Education Authority school"): a body named only so is no actor.
    naming_a_place: usize,
    mentions: usize,
    articles: BTreeSet<usize>,
    first_seen: (usize, usize),
    evidence: Option<Evidence>,
}

/// Sentences tagged at once before the rules read them.
const TAGGING_BATCH: usize = 2048;

pub(crate) struct ActorFinder<'a> {
    texts: &'a [&'a str],
    exclude: BTreeSet<String>,
    drafts: FxHashMap<String, Draft>,
    order: Vec<String>,
    /// The last two or more words of every person's full name found so far, in lower
    /// case ("von der leyen"), and how many of `order` they cover.
    person_name_endings: FxHashSet<String>,
    person_name_endings_cover: usize,
    /// For each actor key, the sentences that mention it (for salience).
    mentions_by_actor: FxHashMap<String, Vec<usize>>,
    /// Acronyms defined in the text ("(IRIGC-MMTC)") → the key of their organisation.
    acronyms: FxHashMap<String, String>,
    /// Name runs with nothing yet to show they are people.
    unconfirmed_names: Vec<UnconfirmedName>,
    /// Every mention with its entity label, for `chancery entities`.
    spans: Vec<Mention>,
    /// How often each state is named only as the story's setting: its provinces
    /// ("Indiana", "Uttar Pradesh"), and the state itself in captions and credits.
    places_by_state: FxHashMap<usize, usize>,
    /// For each article, how often it names each state, as a place or as itself (an
    /// acting mention counting twice): where that article's story is set, for the
    /// offices only it names (`affiliation::framing_of`).
    settings: FxHashMap<usize, FxHashMap<usize, usize>>,
    /// Names found to be organisations only once the whole set was read (employers
    /// named in roles): their earlier mentions as people are organisations.
    organisation_names: FxHashSet<String>,
    /// Names written before a noun only a company has ("Alibaba shares"): organisations
    /// wherever the articles name them, found as employers are.
    company_names: FxHashSet<String>,
    /// Companies' states the text gives by a demonym ("the Chinese e-commerce giant"),
    /// for the company they name, found once every organisation is known.
    company_epithets: Vec<organisations::CompanyEpithet>,
    /// For each article, the organisation it named last, and where that mention ends
    /// ("the company’s …" points back to it; "… Association President Keith Gambill"
    /// works for it).
    last_organisation: FxHashMap<usize, (String, usize)>,
    /// Each organisation's mentions by article and where they end, for the body named
    /// right before a title when another is named later in the sentence ("…
    /// Association President Keith Gambill told … that the Legislature …").
    organisation_ends: FxHashMap<(usize, usize), String>,
    /// Offices the article names as bodies by an acronym ("the New York State Attorney
    /// General (NYAG)"), with the state they are of: the one named after one holds it.
    offices_named_as_bodies: FxHashMap<String, Option<usize>>,
    /// States a headline has acting ("Solomon Islands signs …").
    headline_acts: BTreeSet<usize>,
    /// New names given to a body ("rebranded itself The We Company"): the article,
    /// where the new name is written, and its key.
    renamed_bodies: Vec<(usize, usize, String)>,
    /// People whose title had a capitalised word before it that names no state
    /// ("Microsoft President Brad Smith"): the word is their employer when the set
    /// names a body so.
    employers_named_before_a_title: Vec<(String, String)>,
    /// People whose possessive introduces a party ("Wilders' Freedom Party"), and the
    /// party.
    party_leaders: Vec<(String, String)>,
    /// People given an office in the plural with others ("foreign ministers A and B"):
    /// each may serve another state, so the story's framing does not settle theirs.
    holders_of_a_shared_office: FxHashSet<String>,
    /// Entity labels kept for words no mention takes by the end: places the tagger found
    /// in words held as possible names (`tagged`), bodies named only by an acronym
    /// (`organisations`).
    labels_unless_taken: Vec<Mention>,
    /// Acronyms of laws and treaties ("DMA" of "the Digital Markets Act (DMA)"): no
    /// bodies, whatever the tagger reads.
    names_of_texts: FxHashSet<String>,
    /// News organisations named for their own work ("the BBC interview"): actors of the
    /// story only when it keeps naming that work.
    press_at_work: FxHashSet<String>,
    /// Sides named in lines of sports results, labelled once every name is read.
    teams: Vec<teams::Team>,
    /// Labels the shape of a line or a phrase settles, applied once every name is read,
    /// over what the rules read there: players of results lines are people, a dateline
    /// names places, the words before "economist John Smith" a body.
    line_labels: Vec<Mention>,
    /// Words that name no entity where they stand, whatever the rules read there: sports
    /// competitions ("American League"), names inside compound adjectives
    /// ("Vienna-based"), market indices ("the Nikkei average").
    not_names: Vec<Range<usize>>,
    /// Whether the labels of every mention are wanted (`chancery entities`), not only
    /// the actors: the line labels above are read only then.
    labelling: bool,
}

/// How much a dateline or a headline naming a state counts towards the story being set
/// there, against one for each sentence naming it.
const SETTING_WEIGHT: usize = 3;

/// How much a dateline counts: where the reporter files from, more than a headline
/// naming a state among others ("HONIARA (AP) —" under "Solomon Islands signs deal
/// with China as Australia voices concern").
const DATELINE_WEIGHT: usize = 5;

/// What the rules found: the actors, each with the sentences that mention it, and every
/// entity mention.
pub(crate) struct Found {
    pub actors: Vec<(Actor, Vec<usize>)>,
    pub spans: Vec<Mention>,
    /// Names that are organisations though a rule first read them as people.
    pub organisation_names: FxHashSet<String>,
}

impl<'a> ActorFinder<'a> {
    /// Every mention's label is wanted, not only the actors: the labels a line's shape
    /// settles (results lines, datelines, employers before a role) are read too.
    pub fn labelling_every_mention(mut self) -> Self {
        self.labelling = true;
        self
    }

    /// `exclude`: names that are not actors of the story (outlets, authors).
    pub fn new(texts: &'a [&'a str], exclude: BTreeSet<String>) -> Self {
        Self {
            texts,
            exclude,
            drafts: FxHashMap::default(),
            order: Vec::new(),
            person_name_endings: FxHashSet::default(),
            person_name_endings_cover: 0,
            mentions_by_actor: FxHashMap::default(),
            acronyms: FxHashMap::default(),
            unconfirmed_names: Vec::new(),
            spans: Vec::new(),
            places_by_state: FxHashMap::default(),
            settings: FxHashMap::default(),
            last_organisation: FxHashMap::default(),
            organisation_ends: FxHashMap::default(),
            press_at_work: FxHashSet::default(),
            teams: Vec::new(),
            line_labels: Vec::new(),
            not_names: Vec::new(),
            labelling: false,
            offices_named_as_bodies: FxHashMap::default(),
            headline_acts: BTreeSet::new(),
            renamed_bodies: Vec::new(),
            employers_named_before_a_title: Vec::new(),
            party_leaders: Vec::new(),
            holders_of_a_shared_office: FxHashSet::default(),
            labels_unless_taken: Vec::new(),
            names_of_texts: FxHashSet::default(),
            organisation_names: FxHashSet::default(),
            company_names: FxHashSet::default(),
            company_epithets: Vec::new(),
        }
    }

    /// Whether article `article` writes `word` in lower case somewhere: then it is a
    /// common noun, whatever its capitals elsewhere.
    fn written_in_lower_case(&self, article: usize, word: &str) -> bool {
        written_in_lower_case(self.texts[article], word)
    }

    /// Counts a place of `state` named in article `article` (a province, a town, a
    /// dateline) towards where the set and the article are set.
    fn note_place(&mut self, article: usize, state: usize, weight: usize) {
        *self.places_by_state.entry(state).or_default() += weight;
        self.note_setting(article, state, weight);
    }

    /// Counts `weight` towards `state` being where article `article` is set.
    fn note_setting(&mut self, article: usize, state: usize, weight: usize) {
        *self
            .settings
            .entry(article)
            .or_default()
            .entry(state)
            .or_default() += weight;
    }

    /// Captions and credits are no statements, but the states they name ("— The
    /// Nigerian Senate (@NGRSenate)", "Police patrol Kyiv. REUTERS/…") show where the
    /// story happens: they count towards its framing state, and nothing else.
    pub fn set_in(mut self, captions: &[Sentence]) -> Self {
        for caption in captions {
            let text = &self.texts[caption.article][caption.span.clone()];
            // "KIEV, Ukraine (AP) —", "Abu Dhabi, Oct 18 (WAM) --": a dateline says
            // where the story was reported.
            let dateline = caption.position == 0
                && text.split_whitespace().take(9).count() <= 8
                && (opens_with_dateline(text)
                    || text.split_whitespace().next().is_some_and(|w| {
                        w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                            && !w.chars().any(char::is_lowercase)
                    }));
            let (weight, once) = if dateline {
                (DATELINE_WEIGHT, true)
            } else {
                (1, false)
            };
            let words = words(self.texts[caption.article], caption.span.clone());
            self.count_setting(caption.article, &words, weight, once);
        }
        self
    }

    /// The articles' headlines (`None` where an article has none) name the state each
    /// story is about, more than any one sentence does.
    pub fn headlined(mut self, titles: &[Option<&str>]) -> Self {
        for (article, title) in titles.iter().enumerate() {
            if let Some(title) = title {
                let words = words(title, 0..title.len());
                self.count_setting(article, &words, SETTING_WEIGHT, true);
                // "Solomon Islands signs policing deal with China": the state a
                // headline has acting acts in the story.
                let mut i = 0;
                while i < words.len() {
                    let Some((state, naming, length)) = states::state_at(&words, i) else {
                        i += 1;
                        continue;
                    };
                    if states::state_acts(&words, i, length, naming) {
                        self.headline_acts.insert(state);
                    }
                    i += length;
                }
            }
        }
        self
    }

    /// Counts the states `words` of an article name towards where it is set: `weight`
    /// for each naming, or once for each state when `once` ("KIEV, Ukraine").
    fn count_setting(&mut self, article: usize, words: &[Word<'_>], weight: usize, once: bool) {
        let mut seen = BTreeSet::new();
        let mut i = 0;
        while i < words.len() {
            // "HONIARA, Aug 14 (AP) —": a town or province names its state too.
            let found = states::state_at(words, i)
                .map(|(s, _, l)| (s, l))
                .or_else(|| {
                    let (_, length) = states::place_at(words, i)?;
                    let phrase = join_words(&words[i..i + length]);
                    let phrase = strip_possessive(&phrase);
                    let state = GAZETTEER
                        .state_of_place(phrase)
                        .or_else(|| GAZETTEER.state_of_place(&title_case(phrase)))?;
                    Some((state, length))
                });
            match found {
                Some((state, length)) => {
                    if seen.insert(state) || !once {
                        self.note_place(article, state, weight);
                    }
                    i += length;
                }
                None => i += 1,
            }
        }
    }

    /// Finds the actors of all sentences. Returns them unranked, with for each actor
    /// the indices of the sentences that mention it.
    pub fn find(mut self, sentences: &[Sentence]) -> Found {
        let mut single_names: Vec<SingleName<'a>> = Vec::new();

        // Pass 1: states, organisations and full names by the rules, then the names only
        // the entity tagger found. The tagger reads each sentence on its own, so a batch
        // is tagged on every core; the rules build on what earlier sentences gave and go
        // in order. Batches keep the words of a large set from being held all at once.
        let texts = self.texts;
        for (batch_number, batch) in sentences.chunks(TAGGING_BATCH).enumerate() {
            let tagged: Vec<(Vec<Word<'a>>, Vec<ner::Name>)> = batch
                .par_iter()
                .map(|sentence| {
                    let text = texts[sentence.article];
                    let words = words(text, sentence.span.clone());
                    let names = ner::names(text, &words, sentence.span.clone());
                    (words, names)
                })
                .collect();
            for (offset, (sentence, (words, names))) in batch.iter().zip(tagged).enumerate() {
                let index = batch_number * TAGGING_BATCH + offset;
                self.read_sentence(sentence, index, &words, &names, &mut single_names);
            }
        }

        // A state a headline has acting, once named in a story.
        for state in std::mem::take(&mut self.headline_acts) {
            let key = format!("state:{}", GAZETTEER.name(state));
            if let Some(draft) = self.drafts.get_mut(&key) {
                draft.acts += 1;
            }
        }

        // Pass 2: names that needed the whole set to be read.
        self.employers_and_companies_as_organisations(sentences);
        self.employers_named_as_bodies();
        self.confirm_names(sentences, &single_names);
        self.parties_of_their_leaders();
        self.merge_spelling_variants();
        self.join_company_short_names();
        self.join_renamed_bodies();
        self.join_lone_institutions();
        self.join_bodies_named_without_their_state();
        self.join_bodies_named_with_an_owner();
        self.join_bodies_of_a_state_written_alike();
        self.join_acronyms_to_their_names();
        self.join_shorter_full_names();
        self.join_names_opening_a_longer_name();
        self.join_surnames(sentences, single_names);
        self.drop_organisations_named_as_people();
        self.drop_press_named_once_for_its_work();
        self.join_office_mentions(sentences);
        self.join_body_descriptions(sentences);
        self.roles_from_epithets(sentences);
        self.company_states_from_epithets();
        self.settle_affiliations();
        self.join_ministries_named_two_ways();
        self.label_teams();
        self.apply_line_labels();
        self.add_labels_not_taken();

        let actors = self
            .order
            .iter()
            .filter_map(|key| {
                let draft = self.drafts.remove(key)?;
                if draft.kind == ActorKind::Organisation && draft.naming_a_place == draft.mentions {
                    return None;
                }
                let mut sentence_ids = self.mentions_by_actor.remove(key).unwrap_or_default();
                // Each sentence once: the whole set's pass adds mentions of earlier
                // sentences after later ones, and ranking sums a score per sentence.
                sentence_ids.sort_unstable();
                sentence_ids.dedup();
                Some((draft.into_actor(), sentence_ids))
            })
            .collect();
        Found {
            actors,
            spans: self.spans,
            organisation_names: self.organisation_names,
        }
    }

    /// Pass 1 on one sentence: states, forces, organisations and full names by the
    /// rules, then the names only the entity tagger found.
    fn read_sentence(
        &mut self,
        sentence: &Sentence,
        index: usize,
        words: &[Word<'a>],
        names: &[ner::Name],
        single_names: &mut Vec<SingleName<'a>>,
    ) {
        let recorded = self.spans.len();
        let place_words = self.find_states(words, sentence, index);
        self.find_forces(words, sentence, index);
        let mut taken = self.find_organisations(words, sentence, index);
        taken.extend(place_words);
        self.note_acronyms_alone(words);
        self.note_companies_listed(words);
        self.find_people(words, &taken, names, sentence, index, single_names);
        self.add_tagged_names(names, recorded, single_names, sentence, index);
        self.note_teams(self.texts[sentence.article], words);
        if self.labelling {
            self.note_line_labels(self.texts[sentence.article], words);
        }
    }

    /// The sides a line of sports results names, kept until every name is read: each is
    /// then an organisation, whatever a rule read its name as.
    fn note_teams(&mut self, text: &str, words: &[Word<'_>]) {
        // In the line's order, none overlapping another.
        let teams = teams::teams_in_line(text, words);
        // Clubs named in a report of a game ("the Orioles", "Essex bowled Kent out")
        // too, left a person's where a rule reads one.
        let clubs: Vec<teams::Team> = clubs::clubs_in_sentence(text, words)
            .into_iter()
            .filter(|span| overlapped(&teams, |t| &t.span, span).is_none())
            .map(|span| teams::Team {
                span,
                one_score: false,
                standings: false,
            })
            .collect();
        for team in teams.into_iter().chain(clubs) {
            // A state's name is its national side, left as the state; so is a nation
            // that fields its own side though the states table has it as part of one.
            let name = &text[team.span.clone()];
            let is_state = [name.to_owned(), title_case(name)].iter().any(|n| {
                matches!(GAZETTEER.lookup(n), Some((_, Naming::Name)))
                    || teams::HOME_NATIONS.contains(&n.as_str())
            });
            if !is_state {
                self.teams.push(team);
            }
        }
    }

    /// The teams of results lines are organisations ("Leicestershire 296" a county,
    /// "Crystal Palace 1" a person's name to the rules), but for a name read as a
    /// person's where neither a match result nor a standings row follows (a golfer's
    /// rounds).
    fn label_teams(&mut self) {
        let mut teams = std::mem::take(&mut self.teams);
        if teams.is_empty() {
            return;
        }
        teams.sort_by_key(|t| t.span.start);
        let read_as_person: Vec<bool> = {
            let mut person = vec![false; teams.len()];
            for m in self.spans.iter().filter(|m| m.label == EntityLabel::Person) {
                if let Some(t) = overlapped(&teams, |t| &t.span, &m.span) {
                    person[t] = true;
                }
            }
            person
        };
        let kept: Vec<Range<usize>> = teams
            .into_iter()
            .zip(read_as_person)
            .filter(|(team, person)| !person || team.one_score || team.standings)
            .map(|(team, _)| team.span)
            .collect();
        // One pass over the spans, not one per team: a sports page has hundreds.
        self.spans
            .retain(|m| overlapped(&kept, |k| k, &m.span).is_none());
        self.spans.extend(kept.into_iter().map(|span| Mention {
            span,
            label: EntityLabel::Org,
        }));
    }

    /// Players of results lines ("Jayasuriya" of "c and b Jayasuriya 50", which the
    /// tagger reads as a body), employers before a role ("said Barclays economist John
    /// Smith"), the ground a results line opens with ("Hove : Sussex 363") and the
    /// places of a dateline ("BONN 1996-08-31").
    fn note_line_labels(&mut self, text: &str, words: &[Word<'_>]) {
        self.not_names.extend(not_names::not_names(words));
        let players = players::players_in_line(text, words).into_iter();
        self.line_labels.extend(players.map(|span| Mention {
            span,
            label: EntityLabel::Person,
        }));
        let employers = employers::employers_before_roles(text, words).into_iter();
        self.line_labels.extend(employers.map(|span| Mention {
            span,
            label: EntityLabel::Org,
        }));
        let venues = teams::venues_of_results(text, words).into_iter();
        self.line_labels.extend(venues.map(|span| Mention {
            span,
            label: EntityLabel::Loc,
        }));
        // "UNITED NATIONS 1996-08-29": a body's seat, named for the body.
        let places = datelines::places_in_dateline(words)
            .into_iter()
            .filter(|span| {
                let name = &text[span.clone()];
                BODIES.lookup(name).is_none() && BODIES.lookup(&title_case(name)).is_none()
            });
        self.line_labels.extend(places.map(|span| Mention {
            span,
            label: EntityLabel::Gpe,
        }));
    }

    /// The labels a line's shape settles replace whatever a rule or a team read there.
    fn apply_line_labels(&mut self) {
        let mut not_names = std::mem::take(&mut self.not_names);
        not_names.sort_by_key(|c| c.start);
        // Merged where they overlap, so one binary search finds any that a span meets.
        not_names.dedup_by(|next, kept| {
            let overlaps = next.start < kept.end;
            if overlaps {
                kept.end = kept.end.max(next.end);
            }
            overlaps
        });
        let mut labels = std::mem::take(&mut self.line_labels);
        labels.sort_by_key(|m| m.span.start);
        if labels.is_empty() && not_names.is_empty() {
            return;
        }
        self.spans.retain(|m| {
            overlapped(&labels, |l| &l.span, &m.span).is_none()
                && overlapped(&not_names, |c| c, &m.span).is_none()
        });
        self.spans.extend(labels);
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
            listed_state: None,
            acronym: None,
            written_as: BTreeMap::new(),
            half_of: None,
            serves: None,
            mention_starts: Vec::new(),
            surname_starts: Vec::new(),
            acts: 0,
            naming_a_place: 0,
            mentions: 0,
            articles: BTreeSet::new(),
            first_seen: (sentence.article, sentence.position),
            evidence: None,
        });
        draft.articles.insert(sentence.article);
        draft
    }

    fn record(&mut self, span: Range<usize>, label: EntityLabel) {
        self.spans.push(Mention { span, label });
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
        let start = span.start;
        if kind == ActorKind::Organisation {
            self.last_organisation
                .insert(sentence.article, (name.to_owned(), span.end));
            self.organisation_ends
                .insert((sentence.article, span.end), name.to_owned());
            self.note_short_names(name);
        }
        self.mentions_by_actor
            .entry(key.to_owned())
            .or_default()
            .push(index);
        let acting = kind == ActorKind::Organisation && verb_follows(&text[span.end..]);
        let naming_a_place = kind == ActorKind::Organisation && place_follows(&text[span.end..]);
        let draft = self.draft(key, kind, name, sentence);
        draft.mentions += 1;
        draft.acts += usize::from(acting);
        draft.naming_a_place += usize::from(naming_a_place);
        draft.mention_starts.push((sentence.article, start));
        // Only the first mention is the actor's evidence; counting the characters up to
        // every later one would make a long article quadratic.
        draft
            .evidence
            .get_or_insert_with(|| Evidence::new(sentence.article, text, span));
        draft
    }
}

/// Whether a place's noun follows a body's name: "… Authority school", "… Council
/// building" name a place after the body.
fn place_follows(after: &str) -> bool {
    let noun = after
        .strip_prefix(' ')
        .unwrap_or_default()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    matches!(
        noun,
        "school" | "hospital" | "clinic" | "camp" | "building" | "compound" | "premises"
    )
}

/// Whether the text right after a body's name (past its acronym in brackets) opens
/// with a verb it does: "The Competition and Markets Authority said …" acts in the
/// story, however seldom it is named.
fn verb_follows(after: &str) -> bool {
    let mut rest = after.trim_start();
    if rest.starts_with('(') {
        rest = rest
            .find(')')
            .map_or(rest, |close| rest[close + 1..].trim_start());
    }
    let verb = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    // Verbs of saying and deciding: "is", "has", "will" follow products and brands
    // as often ("the Mach E is …").
    matches!(
        verb,
        "said"
            | "says"
            | "announced"
            | "warned"
            | "urged"
            | "ruled"
            | "ordered"
            | "blocked"
            | "approved"
            | "rejected"
            | "condemned"
            | "accused"
            | "demanded"
            | "decided"
            | "sued"
            | "fined"
            | "imposed"
            | "denied"
    )
}

impl ActorFinder<'_> {
    /// "SoftBank Group Corp" is "SoftBank Group" and "SoftBank" further on: a company's
    /// name cut short before its corporate ending names it too, wherever it is written.
    fn note_short_names(&mut self, name: &str) {
        if !name
            .rsplit(' ')
            .next()
            .is_some_and(|last| CORPORATE_ENDINGS.contains(&last))
        {
            return;
        }
        let words: Vec<&str> = name.split(' ').collect();
        for k in 1..words.len() {
            if is_name_word(words[k - 1]) {
                self.company_names.insert(words[..k].join(" "));
            }
        }
    }
}

/// The index of the first of `sorted` (by start, none overlapping another) whose range
/// overlaps `span`.
/// The words `find` picks out of `line`, as written: how each line-shape module's tests
/// read what it finds.
#[cfg(test)]
fn found_in(line: &str, find: impl Fn(&str, &[Word<'_>]) -> Vec<Range<usize>>) -> Vec<&str> {
    let words = words(line, 0..line.len());
    find(line, &words)
        .into_iter()
        .map(|span| &line[span])
        .collect()
}

fn overlapped<T>(
    sorted: &[T],
    range_of: impl Fn(&T) -> &Range<usize>,
    span: &Range<usize>,
) -> Option<usize> {
    let first = sorted.partition_point(|t| range_of(t).end <= span.start);
    sorted
        .get(first)
        .is_some_and(|t| range_of(t).start < span.end)
        .then_some(first)
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

impl Draft {
    /// Takes in another draft of the same actor (another spelling of its name).
    fn absorb(&mut self, other: Draft) {
        self.naming_a_place += other.naming_a_place;
        self.aliases.insert(other.name);
        self.aliases.extend(other.aliases);
        for role in other.roles {
            if !self.roles.contains(&role) {
                self.roles.push(role);
            }
        }
        self.role_evidence = self.role_evidence.take().or(other.role_evidence);
        for (state, count) in other.affiliations {
            *self.affiliations.entry(state).or_default() += count;
        }
        for (employer, count) in other.employers {
            *self.employers.entry(employer).or_default() += count;
        }
        self.half_of = self.half_of.or(other.half_of);
        self.serves = self.serves.take().or(other.serves);
        self.mention_starts.extend(other.mention_starts);
        self.mention_starts.sort_unstable();
        self.surname_starts.extend(other.surname_starts);
        self.acts += other.acts;
        self.mentions += other.mentions;
        self.articles.extend(other.articles);
        if other.first_seen < self.first_seen {
            self.first_seen = other.first_seen;
            self.evidence = other.evidence.or(self.evidence.take());
        }
    }

    fn into_actor(mut self) -> Actor {
        let kind = self.kind;
        if !self.written_as.is_empty() && !self.written_as.contains_key(&self.name) {
            // The most written form; of two as common, the longer says more.
            let shown = self
                .written_as
                .iter()
                .max_by_key(|(form, count)| (**count, form.len()))
                .map(|(form, _)| form.clone())
                .expect("not empty");
            self.aliases.remove(&shown);
            self.aliases
                .insert(std::mem::replace(&mut self.name, shown));
        }
        // The office comes first; a rank ("Colonel General") only when nothing else is known.
        let mut roles: Vec<String> = self
            .roles
            .into_iter()
            .filter(|r| r != "government")
            .collect();
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
        // Of two offices, the one naming the body the person is shown with says more
        // ("Leader of New Social Contract" over "Lawmaker").
        roles.sort_by_key(|r| {
            let office = r
                .split(' ')
                .any(|w| OFFICE_WORDS.contains(&w.to_lowercase().as_str()));
            let rank = r.split(' ').all(|w| MILITARY_RANKS.contains(&w));
            let names_affiliation = affiliation.as_deref().is_some_and(|a| r.contains(a));
            (!office, rank, !names_affiliation)
        });
        Actor {
            name: self.name,
            kind,
            role: roles.first().cloned(),
            roles,
            affiliation,
            aliases: self.aliases.into_iter().collect(),
            acronym: self.acronym,
            mentions: self.mentions,
            sources: self.articles.into_iter().map(|a| a + 1).collect(),
            rank: 0,
            evidence: self.role_evidence.or(self.evidence),
            first_seen: self.first_seen,
            acts: self.acts,
            kept_by_user: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{lexicon, sentences};
    use super::*;

    /// The actors of a set of articles, read as `analyse` reads them (statements, and
    /// captions for the framing), each with the sentences that mention it.
    fn found_in(texts: &[&str], exclude: BTreeSet<String>) -> Vec<(Actor, Vec<usize>)> {
        let mut statements = Vec::new();
        let mut captions = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let split = sentences::split_story(i, text);
            statements.extend(split.statements);
            captions.extend(split.furniture);
        }
        ActorFinder::new(texts, exclude)
            .set_in(&captions)
            .find(&statements)
            .actors
    }

    fn actors_of(text: &str) -> Vec<Actor> {
        let exclude = BTreeSet::from(["Asian Lite News".to_owned()]);
        found_in(&[text], exclude)
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

    fn names(actors: &[Actor]) -> Vec<&str> {
        actors.iter().map(|a| a.name.as_str()).collect()
    }

    /// No actor is named exactly `name`.
    fn assert_absent(actors: &[Actor], name: &str) {
        assert!(
            !names(actors).contains(&name),
            "{name} is an actor: {:?}",
            names(actors)
        );
    }

    /// No actor's name holds `part` ("controlled" of "Party-controlled House").
    fn assert_no_name_containing(actors: &[Actor], part: &str) {
        assert!(
            !names(actors).iter().any(|n| n.contains(part)),
            "an actor's name holds {part:?}: {:?}",
            names(actors)
        );
    }

    /// The role shown for `name`, in lower case (titles are shown capitalised).
    /// Actor `name` is shown in `role`, affiliated to `affiliation`.
    fn assert_role_and_affiliation(actors: &[Actor], name: &str, role: &str, affiliation: &str) {
        let found = find(actors, name);
        assert_eq!(
            (found.role.as_deref(), found.affiliation.as_deref()),
            (Some(role), Some(affiliation)),
            "{name}"
        );
    }

    fn role_of(actors: &[Actor], name: &str) -> Option<String> {
        find(actors, name).role.as_deref().map(str::to_lowercase)
    }

    #[test]
    fn a_company_cut_short_an_acronym_of_a_name_and_an_employer_before_a_title() {
        let texts = [
            "Regulators blocked Microsoft's purchase of video game maker Activision \
             Blizzard. Microsoft President Brad Smith said the company would appeal. \
             Activision said it would work with Microsoft. The Competition and Markets \
             Authority said the deal would hurt cloud gaming.",
            "Sarah Cardell, chief executive of the CMA, said the decision was final. \
             Activision shares fell. Microsoft said it was disappointed.",
        ];
        let actors: Vec<Actor> = found_in(&texts, BTreeSet::new())
            .into_iter()
            .map(|(actor, _)| actor)
            .collect();
        // The full name first, then cut short: one company.
        assert_absent(&actors, "Activision");
        assert_eq!(find(&actors, "Activision Blizzard").mentions, 3);
        // An acronym no article spells out, of the one body with those initials.
        assert_absent(&actors, "CMA");
        assert_eq!(
            find(&actors, "Competition and Markets Authority").mentions,
            2
        );
        // "Microsoft President Brad Smith": Microsoft's, a body the set names.
        assert_eq!(
            find(&actors, "Brad Smith").affiliation.as_deref(),
            Some("Microsoft")
        );
    }

    #[test]
    fn a_person_s_party_and_the_office_naming_the_body_shown() {
        let actors = actors_of(
            "Four parties led by Geert Wilders' far-right Freedom Party agreed on Thursday \
             to form a government. Wilders said the coalition would be strict. The NSC is \
             led by former Christian Democrat lawmaker Pieter Omtzigt. Pieter Omtzigt, the \
             leader of New Social Contract, said his party had guarantees.",
        );
        let wilders = find(&actors, "Geert Wilders");
        assert_eq!(
            (wilders.role.as_deref(), wilders.affiliation.as_deref()),
            (Some("Leader"), Some("Freedom Party"))
        );
        let omtzigt = find(&actors, "Pieter Omtzigt");
        assert_eq!(
            omtzigt.role.as_deref(),
            Some("Leader of New Social Contract"),
            "{:?}",
            omtzigt.roles
        );
    }

    #[test]
    fn a_body_naming_a_place_is_no_actor_and_a_two_word_rank_keeps_the_office() {
        let actors = actors_of(
            "Parents gathered outside the Local Government Education Authority school in \
             Kuriga on Friday. Defence spokesman Maj. Gen. Edward Buba told reporters the \
             military was closing in.",
        );
        assert_absent(&actors, "Local Government Education Authority");
        let buba = find(&actors, "Edward Buba");
        assert_eq!(
            buba.roles,
            ["Defence Spokesman", "Major General"],
            "the office first, then the rank"
        );
    }

    #[test]
    fn a_two_word_state_s_plural_possessive_and_a_numbered_meeting_s_president() {
        let actors = actors_of(
            "Nearly 200 countries agreed on Wednesday to move away from fossil fuels. \
             COP28 President Sultan al-Jaber called the deal historic. Tina Stege, the \
             Marshall Islands' climate envoy, said the text was weak. Azerbaijan will host \
             the next summit, and Azerbaijan said it was ready.",
        );
        let stege = find(&actors, "Tina Stege");
        assert_eq!(
            (stege.role.as_deref(), stege.affiliation.as_deref()),
            (Some("Climate Envoy"), Some("Marshall Islands"))
        );
        // The meeting's president, not the state the story names most.
        assert_eq!(
            find(&actors, "Sultan al-Jaber").affiliation.as_deref(),
            Some("COP28")
        );
        let heads = actors_of(
            "Nearly 200 countries agreed on Wednesday to move away from fossil fuels. COP28 \
             President Sultan al-Jaber, who also heads the national oil company ADNOC, called \
             the deal historic.",
        );
        assert!(
            find(&heads, "Sultan al-Jaber")
                .roles
                .iter()
                .any(|r| r == "Head of the national oil company ADNOC"),
            "{:?}",
            find(&heads, "Sultan al-Jaber").roles
        );
    }

    #[test]
    fn a_union_named_before_its_kind_employs_and_a_portfolio_is_part_of_the_office() {
        let actors = actors_of(
            "Hundreds of thousands marched across France on Tuesday against the pension \
             plan. Laurent Berger, leader of the more moderate CFDT union, urged the \
             government to withdraw the bill. Labour Minister Olivier Dussopt told \
             lawmakers the government would not back down.",
        );
        assert_eq!(
            find(&actors, "Laurent Berger").affiliation.as_deref(),
            Some("CFDT")
        );
        assert_eq!(
            find(&actors, "Olivier Dussopt").role.as_deref(),
            Some("Labour Minister")
        );
    }

    #[test]
    fn a_central_bank_s_governor_and_the_head_of_a_named_mission() {
        let actors = actors_of(
            "The International Monetary Fund said on Wednesday it had reached a deal with \
             Egypt. Ivanna Vladkova Hollar, who led the IMF mission, said the package would \
             help. The central bank's governor, Hassan Abdalla, said the bank would let the \
             pound float. Rosa Lind, who led the research, said the data were clear.",
        );
        let hollar = find(&actors, "Ivanna Vladkova Hollar");
        assert_eq!(
            (hollar.role.as_deref(), hollar.affiliation.as_deref()),
            (
                Some("Head of the IMF mission"),
                Some("International Monetary Fund")
            )
        );
        // The state's own bank, not the body named before.
        let abdalla = find(&actors, "Hassan Abdalla");
        assert_eq!(abdalla.role.as_deref(), Some("Central Bank Governor"));
        assert_ne!(
            abdalla.affiliation.as_deref(),
            Some("International Monetary Fund")
        );
        // Work led in the past is no office.
        assert!(actors
            .iter()
            .filter(|a| a.name == "Rosa Lind")
            .all(|a| a.role.is_none()));
    }

    #[test]
    fn a_body_named_once_that_speaks_earns_a_row() {
        let mut authority =
            Actor::named("Competition and Markets Authority", ActorKind::Organisation);
        assert!(!authority.belongs_in_table());
        authority.acts = 1;
        assert!(authority.belongs_in_table());
        let actors = actors_of(
            "The Competition and Markets Authority said the merger would hurt competition.",
        );
        assert_eq!(find(&actors, "Competition and Markets Authority").acts, 1);
    }

    #[test]
    fn a_lower_case_office_after_a_possessive_is_whole_and_says_whose() {
        let actors = actors_of(
            "The International Court of Justice on Tuesday ordered Azerbaijan to reopen the \
             road. The court's president, Judge Joan Donoghue, said the blockade posed a real \
             risk. Armenia's prime minister, Nikol Pashinyan, said the order was welcome. A \
             spokesperson for the US State Department, Matthew Miller, said Washington \
             expected Azerbaijan to comply.",
        );
        let pashinyan = find(&actors, "Nikol Pashinyan");
        assert_eq!(
            (pashinyan.role.as_deref(), pashinyan.affiliation.as_deref()),
            (Some("Prime Minister"), Some("Armenia"))
        );
        let miller = find(&actors, "Matthew Miller");
        assert_eq!(miller.affiliation.as_deref(), Some("United States"));
        let donoghue = find(&actors, "Joan Donoghue");
        assert_eq!(
            (donoghue.role.as_deref(), donoghue.affiliation.as_deref()),
            (Some("President"), Some("International Court of Justice"))
        );
    }

    #[test]
    fn a_title_and_one_name_are_a_person_when_no_full_name_is_given() {
        let actors = actors_of(
            "Prince Edward told friends the visit went well. Critics said Prince Edward had \
             misjudged the mood. French President Macron is expected in London on Friday.",
        );
        let edward = find(&actors, "Prince Edward");
        assert_eq!(
            (edward.mentions, edward.role.as_deref()),
            (2, Some("Prince"))
        );
        let macron = find(&actors, "Macron");
        assert_eq!(
            (macron.role.as_deref(), macron.affiliation.as_deref()),
            (Some("President"), Some("France"))
        );
    }

    #[test]
    fn a_body_of_the_list_is_shown_as_the_story_writes_it() {
        let only_acronym = actors_of(
            "The FBI opened an inquiry into the jail on Monday. FBI agents searched the cells.",
        );
        let fbi = find(&only_acronym, "FBI");
        assert!(fbi
            .aliases
            .contains(&"Federal Bureau of Investigation".to_owned()));
        assert_eq!(fbi.affiliation.as_deref(), Some("United States"));
        let spelt_out = actors_of(
            "The Federal Bureau of Investigation opened an inquiry on Monday. FBI agents searched the cells.",
        );
        assert_eq!(
            find(&spelt_out, "Federal Bureau of Investigation").mentions,
            2
        );
    }

    #[test]
    fn an_office_in_capitals_keeps_its_body_and_qualifiers() {
        let actors = actors_of(
            "Public Ombudsman Nadia Rojas said the deaths were caused by gunshots. \
             Senate Leader, Ahmad Bello raised a motion on the deaths. \
             State Schools Superintendent Jennifer Cole backed the plan.",
        );
        assert_eq!(
            find(&actors, "Nadia Rojas").role.as_deref(),
            Some("Public Ombudsman")
        );
        assert_eq!(
            find(&actors, "Ahmad Bello").role.as_deref(),
            Some("Senate Leader")
        );
        assert_eq!(
            find(&actors, "Jennifer Cole").role.as_deref(),
            Some("State Schools Superintendent")
        );
    }

    #[test]
    fn the_country_s_office_belongs_to_the_state_named_before_it() {
        let actors = actors_of(
            "Officials withheld aid to Ukraine to pressure the country's President Volodymyr Zelensky, the report said.",
        );
        let zelensky = find(&actors, "Volodymyr Zelensky");
        assert_eq!(zelensky.affiliation.as_deref(), Some("Ukraine"));
    }

    #[test]
    fn an_office_in_the_plural_is_each_named_holder_s_without_the_story_s_state() {
        // Two foreign ministers serve two states: the story's leading one (Armenia,
        // named most) is neither's by framing alone.
        let actors = actors_of(
            "Armenia and Azerbaijan initialled a peace deal. Armenia will change its \
             constitution, Armenian officials said, and Armenia will hold a referendum.\n\n\
             The text was initialled by foreign ministers Ararat Mirzoyan and Jeyhun Bayramov \
             on Friday. Mirzoyan said the text was final.",
        );
        for name in ["Ararat Mirzoyan", "Jeyhun Bayramov"] {
            let minister = find(&actors, name);
            assert_eq!(minister.role.as_deref(), Some("Foreign Minister"), "{name}");
            assert_eq!(minister.affiliation, None, "{name}");
        }
        // Through a list, too.
        let actors = actors_of(
            "The star was voted off after dancing for judges Len Goodman, Bruno Tonioli and \
             Carrie Ann Inaba on Monday.",
        );
        for name in ["Len Goodman", "Bruno Tonioli", "Carrie Ann Inaba"] {
            assert_eq!(find(&actors, name).role.as_deref(), Some("Judge"), "{name}");
        }
    }

    #[test]
    fn a_name_set_off_after_an_office_in_lower_case_is_its_holder_s() {
        // The tagger reads the unfamiliar name as a body's; the office before it says whose.
        let actors =
            actors_of("Azerbaijan's president, Ilham Aliev, has made the change a condition.");
        assert_eq!(find(&actors, "Ilham Aliev").kind, ActorKind::Person);
        assert_role_and_affiliation(&actors, "Ilham Aliev", "President", "Azerbaijan");
    }

    #[test]
    fn a_person_s_possessive_before_a_role_is_whom_it_serves_not_an_employer() {
        let actors = actors_of(
            "The actress Mary Steenburgen wrote the songs for the film. Steenburgen's \
             co-writers Caitlyn Smith and Kate York came to the project from Nashville.",
        );
        let smith = find(&actors, "Caitlyn Smith");
        assert_eq!(smith.role.as_deref(), Some("Co-writer"));
        assert_eq!(smith.affiliation, None);
    }

    #[test]
    fn envoys_to_the_un_keep_their_posting_and_the_state_they_serve() {
        let actors = actors_of(
            "U.S. Ambassador to the United Nations Linda Thomas-Greenfield said the council \
             had failed. Russia's deputy U.N. Ambassador Dmitry Polyanskiy said the draft \
             interfered in Sudan's affairs. Rachel Odhiambo, a Horn of Africa analyst at the \
             International Crisis Group, said Moscow was courting the army.",
        );
        for (name, role, affiliation) in [
            (
                "Linda Thomas-Greenfield",
                "Ambassador to the United Nations",
                "United States",
            ),
            ("Dmitry Polyanskiy", "Deputy U.N. Ambassador", "Russia"),
            (
                "Rachel Odhiambo",
                "Horn of Africa analyst at the International Crisis Group",
                "International Crisis Group",
            ),
        ] {
            assert_role_and_affiliation(&actors, name, role, affiliation);
        }
    }

    #[test]
    fn a_rank_after_led_by_leads_the_one_body_of_that_name() {
        // Russia named most would frame an office with no state; "the army" he leads
        // is the Sudanese army, which says whose general he is.
        let actors = actors_of(
            "Russia vetoed the text. Russia said it would not change course, and Russia's \
             envoy agreed with Moscow. The Sudanese army welcomed the veto.\n\n\
             The text would have called on the army, led by Gen Abdel Fattah al-Burhan, to \
             protect civilians.",
        );
        let burhan = find(&actors, "Abdel Fattah al-Burhan");
        assert_eq!(burhan.affiliation.as_deref(), Some("Sudan"));
        assert_eq!(burhan.roles, ["Leader", "General"]);
    }

    #[test]
    fn a_company_s_short_name_alone_is_the_company_and_a_law_is_no_body() {
        let actors = actors_of(
            "Apple and Meta Platforms were fined on Wednesday for breaking the Digital \
             Markets Act (DMA). Meta had forced users to choose between paying and \
             consenting, the regulators said. Meta's chief global affairs officer Joel \
             Kaplan said the DMA was unfair.",
        );
        let meta = find(&actors, "Meta Platforms");
        assert!(meta.mentions >= 3, "{}", meta.mentions);
        assert_absent(&actors, "Meta");
        assert_role_and_affiliation(
            &actors,
            "Joel Kaplan",
            "Chief Global Affairs Officer",
            "Meta Platforms",
        );
        assert_absent(&actors, "Digital Markets Act");
        assert_absent(&actors, "DMA");
    }

    #[test]
    fn portfolios_parliament_members_and_a_commission_s_own_officers() {
        let actors = actors_of(
            "The European Commission fined Apple on Wednesday. EU tech chief Henna \
             Virkkunen told a news conference the fines were fair. Teresa Ribera, the \
             commission's executive vice-president for competition, said Europe enforced \
             its rules. The parliament's negotiator, the German MEP Andreas Schwab, said \
             the commission had blinked.",
        );
        for (name, role, affiliation) in [
            ("Henna Virkkunen", "EU Tech Chief", "European Union"),
            (
                "Teresa Ribera",
                "Executive Vice-president for Competition",
                "European Commission",
            ),
            ("Andreas Schwab", "MEP", "Germany"),
        ] {
            assert_role_and_affiliation(&actors, name, role, affiliation);
        }
    }

    #[test]
    fn a_base_is_no_person_and_a_chief_of_staff_serves_no_one_s_surname() {
        let actors = actors_of(
            "Trump told reporters at Joint Base Elmendorf-Richardson that talks had gone \
             well. Ukrainian President Volodymyr Zelenskiy will fly to Washington. \
             Zelenskyy's chief of staff, Andriy Yermak, said Kyiv would not accept the deal.",
        );
        assert!(
            names(&actors).iter().all(|n| !n.contains("Elmendorf")),
            "{:?}",
            names(&actors)
        );
        let yermak = find(&actors, "Andriy Yermak");
        assert_eq!(yermak.role.as_deref(), Some("Chief of Staff"));
        // "Zelenskyy's" is the president another outlet spells "Zelenskiy": whom he
        // serves, not a body he works for.
        assert_ne!(yermak.affiliation.as_deref(), Some("Zelenskyy"));
    }

    #[test]
    fn a_full_name_in_the_lead_is_a_person_but_not_a_place_or_a_street() {
        let actors = actors_of(
            "Three people died in clashes after the interim government ousted Evo Morales, officials said.\n\n\
             The president made an unscheduled trip to Walter Reed hospital on Saturday.",
        );
        assert_eq!(find(&actors, "Evo Morales").kind, ActorKind::Person);
        let lead_place = actors_of(
            "The company went from a Wall Street darling to a pariah in weeks, analysts said.",
        );
        assert!(
            !names(&lead_place).contains(&"Wall Street"),
            "{:?}",
            names(&lead_place)
        );
        let hospital = actors_of(
            "The president made an unscheduled trip to Walter Reed hospital on Saturday, aides said.",
        );
        assert!(
            !names(&hospital).contains(&"Walter Reed"),
            "{:?}",
            names(&hospital)
        );
    }

    #[test]
    fn a_caption_shows_the_state_the_story_is_about() {
        let story =
            "Senate Leader, Ahmad Bello raised a motion on the deaths of two lawmakers.\n\n\
                     — The Nigerian Senate (@NGRSenate) October 9, 2018\n\n\
                     The Senate observed a minute of silence.\n\n\
                     — The Nigerian Senate (@NGRSenate) October 9, 2018";
        let actors = actors_of(story);
        assert_eq!(
            find(&actors, "Ahmad Bello").affiliation.as_deref(),
            Some("Nigeria")
        );
        // The caption is no evidence of an actor: Nigeria does not act in the story.
        let nigeria = actors.iter().find(|a| a.name == "Nigeria");
        assert!(nigeria.is_none_or(|n| n.mentions == 0));
        let without_caption = actors_of(&story.replace("— The Nigerian Senate", ""));
        assert_eq!(find(&without_caption, "Ahmad Bello").affiliation, None);
    }

    #[test]
    fn the_towns_a_story_happens_in_frame_its_offices() {
        // No state is named: the towns say where the story is, so the minister's.
        let actors = actors_of(
            "Interior Minister Jan Kowalczyk spoke to reporters in Gdansk on Monday. \
             Police in Wroclaw and in Poznan arrested 20 people, he said.",
        );
        assert_eq!(
            find(&actors, "Jan Kowalczyk").affiliation.as_deref(),
            Some("Poland")
        );
        // "Inner Mongolia" is a region of China, not Mongolia the state.
        let plague = actors_of(
            "Health Minister Wei Lan said two cases were found in Inner Mongolia. \
             Officials in Inner Mongolia closed markets, and Inner Mongolia banned hunting.",
        );
        assert_absent(&plague, "Mongolia");
        assert_eq!(
            find(&plague, "Wei Lan").affiliation.as_deref(),
            Some("China")
        );
    }

    #[test]
    fn an_office_word_before_a_title_in_lower_case_is_part_of_it() {
        let actors =
            actors_of("Opposition leader Arseny Yatseniuk told reporters the vote was a victory.");
        assert_eq!(
            role_of(&actors, "Arseny Yatseniuk").as_deref(),
            Some("opposition leader")
        );
    }

    #[test]
    fn a_hyphenated_office_is_a_title_not_part_of_the_name() {
        let actors = actors_of(
            "UN Secretary-General Antonio Guterres welcomed the truce. The agency's \
             commissioner-general, Philippe Lazzarini, called for an investigation.",
        );
        let guterres = find(&actors, "Antonio Guterres");
        assert_eq!(
            (guterres.role.as_deref(), guterres.affiliation.as_deref()),
            (Some("Secretary-General"), Some("United Nations"))
        );
        assert_eq!(
            find(&actors, "Philippe Lazzarini").role.as_deref(),
            Some("Commissioner-General")
        );
    }

    #[test]
    fn a_counterpart_holds_the_same_office_for_their_own_state() {
        let actors = actors_of(
            "Russian Foreign Minister Pavel Orlov told his German counterpart Anna Weber \
             that the deal had failed.",
        );
        let weber = find(&actors, "Anna Weber");
        assert_eq!(
            (weber.role.as_deref(), weber.affiliation.as_deref()),
            (Some("Foreign Minister"), Some("Germany"))
        );
    }

    #[test]
    fn a_portfolio_after_a_two_word_demonym_and_a_half_of_a_divided_country() {
        let actors = actors_of(
            "North Korea fired two missiles, South Korea's military said. South Korean \
             Unification Minister Kim Yeon-chul called the launches regrettable. The South's \
             chief negotiator, Lee Do-hoon, will meet US officials next week.",
        );
        let kim = find(&actors, "Kim Yeon-chul");
        assert_eq!(
            (kim.role.as_deref(), kim.affiliation.as_deref()),
            (Some("Unification Minister"), Some("South Korea"))
        );
        assert_eq!(
            find(&actors, "Lee Do-hoon").affiliation.as_deref(),
            Some("South Korea")
        );
        assert_absent(&actors, "South");
    }

    #[test]
    fn a_listed_body_after_a_state_s_possessive_is_that_state_s() {
        let actors = actors_of(
            "Pakistan's Inter-Services Intelligence said the plot was foiled. The ISI gave \
             no details. South Korea's Joint Chiefs of Staff said the missiles flew 400 km.",
        );
        let isi = find(&actors, "Inter-Services Intelligence");
        assert_eq!(
            (isi.kind, isi.affiliation.as_deref()),
            (ActorKind::Organisation, Some("Pakistan"))
        );
        assert_eq!(
            find(&actors, "Joint Chiefs of Staff")
                .affiliation
                .as_deref(),
            Some("South Korea")
        );
    }

    #[test]
    fn a_role_said_of_people_by_is_or_were_is_theirs() {
        let actors = actors_of(
            "Prosecutors charged Anna Berg and Tom Vale with falsifying records. \
             Berg and Vale were the only officers assigned to the unit. \
             Carla Diaz is a lawyer for the family, and Diaz said she would appeal.",
        );
        assert_eq!(role_of(&actors, "Anna Berg").as_deref(), Some("officer"));
        assert_eq!(role_of(&actors, "Tom Vale").as_deref(), Some("officer"));
        assert_eq!(role_of(&actors, "Carla Diaz").as_deref(), Some("lawyer"));
        // A role of someone else's is not the subject's.
        let other = actors_of("Ben Ochs is the Director Jane Doe's deputy, officials said.");
        assert_ne!(role_of(&other, "Ben Ochs").as_deref(), Some("director"));
    }

    #[test]
    fn an_office_only_one_article_names_is_of_that_article_s_state() {
        let british = "Prince Edward, a member of the British royal family, spoke in London. \
             Britain's monarchy faces questions, and British lawmakers met on Monday.";
        let american = "Senator Ann Ruiz said the United States would act. \
             The United States Senate voted, and the United States Treasury agreed. \
             Officials in Texas and in Ohio welcomed the vote, the United States said.";
        let found: Vec<Actor> = found_in(&[british, american], BTreeSet::new())
            .into_iter()
            .map(|(actor, _)| actor)
            .collect();
        assert_eq!(
            find(&found, "Prince Edward").affiliation.as_deref(),
            Some("United Kingdom")
        );
        assert_eq!(
            find(&found, "Ann Ruiz").affiliation.as_deref(),
            Some("United States")
        );
    }

    #[test]
    fn a_dateline_and_a_headline_say_where_a_story_is_set() {
        // Without them the American reaction outweighs the one Ukrainian vote.
        let story = "Ukraine's parliament voted on Saturday to remove the president. \
             Interior Minister Arsen Avakov ordered police to guard the building, lawmakers \
             said.\n\nThe U.S. State Department said Washington welcomed the vote.";
        let affiliation = |actors: Vec<(Actor, Vec<usize>)>| {
            actors
                .into_iter()
                .find(|(a, _)| a.name == "Arsen Avakov")
                .and_then(|(a, _)| a.affiliation)
        };
        let datelined = format!("KIEV, Ukraine (AP) — {story}");
        assert_eq!(
            affiliation(found_in(&[datelined.as_str()], BTreeSet::new())),
            Some("Ukraine".to_owned())
        );
        let texts = [story];
        let statements = sentences::split_story(0, story).statements;
        let read = |title: Option<&str>| {
            ActorFinder::new(&texts, BTreeSet::new())
                .headlined(&[title])
                .find(&statements)
                .actors
        };
        assert_eq!(
            affiliation(read(Some("Ukraine's parliament ousts the president"))),
            Some("Ukraine".to_owned())
        );
        assert_ne!(affiliation(read(None)), Some("Ukraine".to_owned()));
    }

    #[test]
    fn the_commission_said_is_the_one_commission_and_a_surname_s_title_names_its_body() {
        let actors = actors_of(
            "The European Union will impose duties on the cars, the European Commission \
             said. Trade Commissioner Valdis Dombrovskis defended them. China said it \
             rejected the ruling and China would respond. China filed a complaint.\n\n\
             Talks will continue, the Commission said. The Commission President was not \
             there. Chinese Commerce Minister Wang Wentao met EU trade chief Dombrovskis.",
        );
        // "the Commission said", not "the Commission President".
        assert_eq!(find(&actors, "European Commission").mentions, 2);
        // The body in the title before the surname, not the state the story keeps naming.
        assert_eq!(
            find(&actors, "Valdis Dombrovskis").affiliation.as_deref(),
            Some("European Union")
        );
    }

    #[test]
    fn a_news_organisation_is_an_actor_when_the_story_keeps_naming_its_own_work() {
        let about_the_interview = actors_of(
            "Prince Andrew told the BBC interviewer he had no regrets. Reuters reported \
             that the palace was dismayed. Critics said the BBC interview was a disaster.",
        );
        let bbc = find(&about_the_interview, "BBC");
        assert_eq!(bbc.kind, ActorKind::Organisation);
        assert_eq!(bbc.affiliation.as_deref(), Some("United Kingdom"));
        assert!(!about_the_interview.iter().any(|a| a.name == "Reuters"));
        let one_interview = actors_of(
            "The minister said in a BBC interview that talks would resume. Reuters reported \
             the talks had stalled. Reuters said the envoys met twice.",
        );
        assert!(!one_interview
            .iter()
            .any(|a| a.name == "BBC" || a.name == "Reuters"));
    }

    #[test]
    fn a_lower_case_ministry_before_a_role_keeps_its_owner_and_company_means_the_one_named() {
        let actors = actors_of(
            "China's foreign ministry spokesperson Wang Wenbin said Japan had put its \
             interests first. Japan started the release on Thursday. Tokyo Electric Power \
             Co, which runs the plant, said it was safe. Company spokesman Kenichi Takahara \
             told reporters the pumps worked.",
        );
        let wang = find(&actors, "Wang Wenbin");
        assert_eq!(wang.affiliation.as_deref(), Some("China"));
        assert_eq!(wang.role.as_deref(), Some("Foreign Ministry Spokesperson"));
        assert_eq!(
            find(&actors, "Kenichi Takahara").affiliation.as_deref(),
            Some("Tokyo Electric Power Co")
        );
        assert!(!actors.iter().any(|a| a.name == "Company"), "{actors:?}");
    }

    #[test]
    fn a_government_body_named_alone_is_of_the_one_state_its_sentence_has_acting() {
        let actors = actors_of(
            "WASHINGTON, Feb 3 (Reuters) - The United States imposed sanctions on Friday. \
             The United States said Iran sent drones. Foreign Ministry spokesman Nasser \
             Kanaani said the sanctions were illegal and that Tehran would respond.",
        );
        assert_eq!(
            find(&actors, "Nasser Kanaani").affiliation.as_deref(),
            Some("Iran")
        );
        // A state named as a party to something says nothing of whose the body is.
        let navy = actors_of(
            "Britain's prince gave an interview in London. He flew Royal Air Force \
             helicopters in the war with Argentina.",
        );
        assert_ne!(
            find(&navy, "Royal Air Force").affiliation.as_deref(),
            Some("Argentina")
        );
    }

    #[test]
    fn a_listed_party_of_a_state_never_named_is_a_namesake_in_the_story_s_state() {
        let actors = actors_of(
            "Malawi's President Arthur Banda lost the runoff. Banda's Democratic \
             Progressive Party said it would go to court in Malawi. Chief Justice Rizine \
             Mzikamanda will hear the case.",
        );
        assert_eq!(
            find(&actors, "Democratic Progressive Party")
                .affiliation
                .as_deref(),
            Some("Malawi")
        );
        assert_eq!(
            find(&actors, "Rizine Mzikamanda").affiliation.as_deref(),
            Some("Malawi")
        );
        // "Banda's Democratic Progressive Party (DPP)": the acronym is the party's.
        let with_acronym = actors_of(
            "Malawi's President Arthur Banda lost. Banda's Democratic Progressive Party \
             (DPP) said it would go to court in Malawi. DPP lawyer Frank Mbeta filed it.",
        );
        assert!(
            !with_acronym.iter().any(|a| a.name == "DPP"),
            "{with_acronym:?}"
        );
        assert_eq!(
            find(&with_acronym, "Democratic Progressive Party").mentions,
            2
        );
        // Named with its state, the listed party keeps it.
        let taiwan = actors_of(
            "Taiwan votes on Saturday. The Democratic Progressive Party leads the polls in \
             Taiwan, and China has warned against it.",
        );
        assert_eq!(
            find(&taiwan, "Democratic Progressive Party")
                .affiliation
                .as_deref(),
            Some("Taiwan")
        );
    }

    #[test]
    fn a_given_name_that_is_a_state_s_is_a_person_s_when_an_appositive_gives_a_role() {
        let actors = actors_of(
            "“The ban will not make the abuses go away,” said Mali Rattanakorn, a \
             researcher at the Border Rights Network. Mali President Assimi Goita said \
             the border was closed.",
        );
        let researcher = find(&actors, "Mali Rattanakorn");
        assert_eq!(researcher.kind, ActorKind::Person);
        assert_eq!(
            researcher.affiliation.as_deref(),
            Some("Border Rights Network")
        );
        assert_eq!(find(&actors, "Mali").kind, ActorKind::State);
        assert_eq!(
            find(&actors, "Assimi Goita").affiliation.as_deref(),
            Some("Mali")
        );
    }

    #[test]
    fn a_military_government_is_the_state_s_government_and_whose_names_its_state() {
        let actors = actors_of(
            "THAILAND banned the film on Tuesday. The decision followed pressure from \
             Myanmar, whose military government had complained about the film. Myanmar's \
             military government did not respond to a request for comment.",
        );
        assert!(
            !actors.iter().any(|a| a.name == "Myanmar military"),
            "{actors:?}"
        );
        assert_eq!(find(&actors, "Myanmar").acts, 2);
        assert_eq!(
            find(&actors, "military government").affiliation.as_deref(),
            Some("Myanmar")
        );
    }

    #[test]
    fn a_state_acts_when_it_gives_what_the_noun_before_from_names() {
        let actors = actors_of(
            "The listing is seen as a vote of confidence from Beijing. The company faces \
             pressure from Washington. It buys its chips from Taiwan.",
        );
        assert_eq!(find(&actors, "China").acts, 1);
        assert_eq!(find(&actors, "United States").acts, 1);
        assert_eq!(find(&actors, "Taiwan").acts, 0);
    }

    #[test]
    fn a_state_first_in_a_list_or_before_a_qualified_organ_acts_and_a_rank_keeps_the_role() {
        let actors = actors_of(
            "Mali's transitional president, Colonel Assimi Goita, visited the wounded. \
             Government spokesman Col. Abdoulaye Maiga said the army was in control. Mali, \
             Burkina Faso and Niger formed an alliance in 2023.",
        );
        assert_eq!(find(&actors, "Mali").acts, 2);
        assert_eq!(find(&actors, "Burkina Faso").acts, 1);
        let goita = find(&actors, "Assimi Goita");
        assert_eq!(goita.role.as_deref(), Some("Transitional President"));
        assert_eq!(goita.affiliation.as_deref(), Some("Mali"));
        // The office as written, its sentence's capital and all; not the rank.
        assert_eq!(
            find(&actors, "Abdoulaye Maiga").role.as_deref(),
            Some("Government Spokesman")
        );
    }

    #[test]
    fn a_body_named_past_its_head_employs_the_title_after_it_and_a_majority_leader_is_one() {
        let actors = actors_of(
            "Office of Management and Budget Director Shalanda Young warned the agencies. \
             Senate Majority Leader Chuck Schumer said the bill would pass. Indiana House \
             Speaker Brian Bosma defended the budget.",
        );
        assert_eq!(
            find(&actors, "Shalanda Young").affiliation.as_deref(),
            Some("Office of Management and Budget")
        );
        assert_eq!(
            find(&actors, "Chuck Schumer").role.as_deref(),
            Some("Senate Majority Leader")
        );
        // A body's name ending on its head stays in the title.
        assert_absent(&actors, "Indiana House");
    }

    #[test]
    fn a_body_s_new_name_is_the_same_body_and_employs_its_recently_named_chair() {
        let actors = actors_of(
            "Founder Adam Neumann leased buildings back to the Federal Savings Bank. The \
             bank's board met on Monday. Neumann charged the Federal Savings Bank a fee after \
             the bank rebranded itself The We Bank. Job cuts will follow, said The We \
             Bank's recently named executive chair Marcelo Claure.",
        );
        let bank = find(&actors, "Federal Savings Bank");
        assert!(
            bank.aliases.iter().any(|a| a == "We Bank"),
            "{:?}",
            bank.aliases
        );
        assert_absent(&actors, "We Bank");
        assert_eq!(
            find(&actors, "Marcelo Claure").affiliation.as_deref(),
            Some("Federal Savings Bank")
        );
    }

    #[test]
    fn a_state_acts_in_its_headline_and_through_its_prime_minister() {
        let story = "Solomon Islands Prime Minister Jeremiah Manele signed the agreement in \
             Beijing. The deal lets Chinese officers train local police.";
        let texts = [story];
        let statements = sentences::split_story(0, story).statements;
        let acts = |title: &str| {
            ActorFinder::new(&texts, BTreeSet::new())
                .headlined(&[Some(title)])
                .find(&statements)
                .actors
                .into_iter()
                .find(|(a, _)| a.name == "Solomon Islands")
                .map_or(0, |(a, _)| a.acts)
        };
        assert_eq!(acts("Solomon Islands signs policing deal with China"), 2);
        // Named in its headline as a place, it does not act there.
        assert_eq!(acts("Policing deal signed in Solomon Islands"), 1);
    }

    #[test]
    fn each_sentence_naming_an_actor_counts_once() {
        // The surname in the first sentence joins the full name only once the whole
        // story is read, after the later sentences' mentions were counted.
        let story = "Rutte said the alliance would hold. Secretary-General Mark Rutte of \
             NATO met the ministers on Tuesday, and Rutte said allies agreed. Rutte left.";
        let texts = [story];
        let split = sentences::split_story(0, story);
        let found = ActorFinder::new(&texts, BTreeSet::new()).find(&split.statements);
        let (_, sentences) = found
            .actors
            .iter()
            .find(|(a, _)| a.name == "Mark Rutte")
            .expect("Mark Rutte");
        let mut once = sentences.clone();
        once.sort_unstable();
        once.dedup();
        assert_eq!(sentences.len(), once.len(), "{sentences:?}");
    }

    #[test]
    fn a_town_s_dateline_outweighs_the_other_states_a_headline_names() {
        // The headline names three states; the dateline's town is in the one whose
        // opposition leader speaks.
        let story = "HONIARA, Aug 14 (AP) — Solomon Islands signed a policing deal with \
             China. Australia's foreign minister said Australia was concerned. China said \
             the deal was not aimed at Australia. Opposition leader Matthew Wale accused the \
             government of secrecy.";
        let texts = [story];
        let split = sentences::split_story(0, story);
        let found = ActorFinder::new(&texts, BTreeSet::new())
            .set_in(&split.furniture)
            .headlined(&[Some(
                "Solomon Islands signs deal with China as Australia voices concern",
            )])
            .find(&split.statements);
        let wale = found
            .actors
            .iter()
            .find(|(a, _)| a.name == "Matthew Wale")
            .and_then(|(a, _)| a.affiliation.clone());
        assert_eq!(wale.as_deref(), Some("Solomon Islands"));
    }

    #[test]
    fn a_state_s_parliament_is_its_institution_and_makes_it_act() {
        let actors = actors_of(
            "Ukraine's parliament voted on Saturday to remove the president. Ukrainian \
             lawmakers also freed the former prime minister. Parliament speaker Oleksandr \
             Turchynov will run the country until the election.",
        );
        // The speaker's "Parliament" is that parliament, and so Ukraine's.
        assert_absent(&actors, "Parliament");
        assert_eq!(
            find(&actors, "Oleksandr Turchynov").affiliation.as_deref(),
            Some("Ukraine")
        );
        assert_eq!(
            find(&actors, "Ukrainian parliament").affiliation.as_deref(),
            Some("Ukraine")
        );
        assert!(find(&actors, "Ukraine").acts >= 2);
    }

    #[test]
    fn a_journalist_reporting_for_an_outlet_is_no_actor() {
        let actors = actors_of(
            "As Emily Fong reports for NPR, the first cases came to light last week. \
             Health official Li Wen said the outbreak was contained.",
        );
        assert_absent(&actors, "Emily Fong");
        assert!(names(&actors).contains(&"Li Wen"));
        let actors = actors_of(
            "The patients were isolated, according to Mei-Ling Tan of the New York Times. \
             Health official Li Wen said the outbreak was contained.",
        );
        assert_absent(&actors, "Mei-Ling Tan");
        assert!(names(&actors).contains(&"Li Wen"));
    }

    #[test]
    fn a_body_s_name_is_where_its_acronym_spells_it() {
        let actors = actors_of(
            "The talks were mediated by the Organisation for Security and Cooperation in \
             Europe (OSCE). \"They have a headquarters in Chuman,\" Faik Nerweyi of the \
             Kurdistan Democratic Party (KDP) told reporters. The KDP denied it, and the \
             OSCE said it would send monitors.",
        );
        let osce = find(
            &actors,
            "Organisation for Security and Cooperation in Europe",
        );
        assert_eq!(osce.mentions, 2);
        let kdp = find(&actors, "Kurdistan Democratic Party");
        assert_eq!(kdp.mentions, 2);
        assert!(
            !names(&actors)
                .iter()
                .any(|n| n.starts_with("Faik") && n.contains("Party")),
            "{:?}",
            names(&actors)
        );
    }

    #[test]
    fn a_paper_or_an_airline_named_after_a_state_is_not_the_state() {
        let actors = actors_of(
            "Officials met on Monday to discuss the flights, the Japan Times reported. \
             Air France cancelled them, China Daily said, and the South China Morning \
             Post said talks would go on.",
        );
        for state in ["Japan", "France", "China"] {
            assert_absent(&actors, state);
        }
    }

    #[test]
    fn a_clergy_title_is_a_title_not_part_of_a_body_s_name() {
        let actors = actors_of(
            "Supreme Leader Ayatollah Ali Khamenei said Iran would respond. Archbishop \
             Desmond Tutu urged calm, and Khamenei later repeated the warning.",
        );
        assert_role_and_affiliation(&actors, "Ali Khamenei", "Supreme Leader", "Iran");
        assert_eq!(find(&actors, "Ali Khamenei").mentions, 2);
        let tutu = find(&actors, "Desmond Tutu");
        assert_eq!(tutu.kind, ActorKind::Person);
        assert_eq!(tutu.role.as_deref(), Some("Archbishop"));
    }

    #[test]
    fn a_lower_case_office_with_its_portfolio_after_of_is_whole() {
        let actors = actors_of(
            "In Washington, the secretary of state, Marco Rubio, said the United States \
             wanted access. Ukraine's minister of defence, Denys Shmyhal, said the front \
             held. The cat flew with a member of the Santa Fe Animal Shelter.",
        );
        assert_role_and_affiliation(
            &actors,
            "Marco Rubio",
            "Secretary of State",
            "United States",
        );
        assert_role_and_affiliation(&actors, "Denys Shmyhal", "Minister of Defence", "Ukraine");
        assert!(
            !actors
                .iter()
                .any(|a| a.name.contains("Shelter") && a.kind == ActorKind::Person),
            "{:?}",
            names(&actors)
        );
    }

    #[test]
    fn an_office_the_sentence_gives_the_person_is_their_role() {
        let actors = actors_of(
            "Sanae Takaichi was elected Japan's first female prime minister on Tuesday. \
             Minoru Kihara will serve as chief cabinet secretary, the government's top \
             spokesman. Grace Chakwera was sworn in as Malawi's seventh president.",
        );
        assert_role_and_affiliation(&actors, "Sanae Takaichi", "Prime Minister", "Japan");
        assert_eq!(
            find(&actors, "Minoru Kihara").role.as_deref(),
            Some("Chief Cabinet Secretary")
        );
        assert_role_and_affiliation(&actors, "Grace Chakwera", "President", "Malawi");
        let named = actors_of(
            "Japan's new prime minister named Satsuki Katayama as finance minister on Tuesday.",
        );
        assert_role_and_affiliation(&named, "Satsuki Katayama", "Finance Minister", "Japan");
    }

    #[test]
    fn a_party_s_leader_works_for_the_party_not_the_state_in_its_name() {
        let actors = actors_of(
            "Takaichi won 237 votes, defeating Yoshihiko Noda, leader of the Constitutional \
             Democratic Party of Japan (CDP). Noda said the CDP would fight on.",
        );
        assert_eq!(
            find(&actors, "Yoshihiko Noda").affiliation.as_deref(),
            Some("Constitutional Democratic Party of Japan")
        );
    }

    #[test]
    fn a_name_in_apposition_to_a_kind_of_body_is_that_body() {
        let actors = actors_of(
            "The LDP lost its longtime partner Komeito, a Buddhist-backed party, after its \
             leader, Tetsuo Saito, said it could no longer tolerate the scandal.",
        );
        assert_eq!(find(&actors, "Komeito").kind, ActorKind::Organisation);
        assert_eq!(
            find(&actors, "Tetsuo Saito").affiliation.as_deref(),
            Some("Komeito")
        );
    }

    #[test]
    fn a_body_s_short_name_known_as_names_its_staff_s_employer() {
        let actors = actors_of(
            "Ishin co-leader Hirofumi Yoshimura said his party would back her. The \
             Osaka-based Japan Innovation Party, known as Ishin, agreed to support her.",
        );
        assert_eq!(
            find(&actors, "Hirofumi Yoshimura").affiliation.as_deref(),
            Some("Japan Innovation Party")
        );
    }

    #[test]
    fn a_party_before_a_public_office_is_no_employer() {
        let actors = actors_of(
            "Teachers rallied in Frankfort. Kentucky GOP Gov. Matt Bevin lashed out at them, \
             and Bevin said the sick-out was illegal.",
        );
        let bevin = find(&actors, "Matt Bevin");
        assert_ne!(bevin.affiliation.as_deref(), Some("Kentucky GOP"));
        assert_eq!(bevin.affiliation.as_deref(), Some("United States"));
    }

    #[test]
    fn the_company_s_officer_works_for_the_company_named_before() {
        let actors = actors_of(
            "Tyvak Nano-Satellite Systems is best known for building small satellites. \
             Marco Villa, the company’s chief operating officer, said Tyvak would bid again. \
             Steve Clarke, deputy associate administrator for exploration in NASA’s science \
             mission directorate, said NASA would pick two landers.",
        );
        assert_eq!(
            find(&actors, "Marco Villa").affiliation.as_deref(),
            Some("Tyvak Nano-Satellite Systems")
        );
        assert_eq!(
            find(&actors, "Steve Clarke").affiliation.as_deref(),
            Some("United States")
        );
    }

    #[test]
    fn a_name_before_a_place_noun_names_the_place() {
        let actors = actors_of(
            "Aid has not reached the Zaatari camp for weeks. The Zaatari camp holds 80,000 \
             people, and residents of the Zaatari camp say food is short.",
        );
        assert_no_name_containing(&actors, "Zaatari");
    }

    #[test]
    fn a_demonym_before_a_full_name_is_a_nationality_and_both_shares_the_role() {
        let actors = actors_of(
            "The Taliban freed two hostages on Tuesday.\n\nCanadian Joshua Boyle and Australian \
             Timothy Weeks, both professors at the American University of Kabul, were kidnapped \
             in 2016.",
        );
        for (name, state) in [("Joshua Boyle", "Canada"), ("Timothy Weeks", "Australia")] {
            let hostage = find(&actors, name);
            assert_eq!(
                (hostage.role.as_deref(), hostage.affiliation.as_deref()),
                (
                    Some("Professor at the American University of Kabul"),
                    Some(state)
                ),
                "{name}"
            );
        }
    }

    #[test]
    fn a_chinese_or_korean_name_is_written_family_name_first() {
        let actors = actors_of(
            "Foreign Minister Wang Yi arrived in Moscow on Monday. Wang said the talks would \
             be frank. Lai Ching-te, the vice president, won the vote on Saturday. Lai will \
             take office in May.",
        );
        assert_eq!(find(&actors, "Wang Yi").mentions, 2);
        assert_eq!(find(&actors, "Lai Ching-te").mentions, 2);
        assert_absent(&actors, "Wang");
        assert_absent(&actors, "Lai");
        // Pinyin, and not every word that only looks foreign.
        for word in ["Wang", "Jinping", "Keqiang", "Xi", "Zhuang", "Er"] {
            assert!(lexicon::is_pinyin(word), "{word}");
        }
        for word in ["Volgograd", "Cables", "Smith", "Ian", "Pirelli", "Coruna"] {
            assert!(!lexicon::is_pinyin(word), "{word}");
        }
        assert_eq!(lexicon::surname("Moon Jae-in"), "Moon");
        assert_eq!(lexicon::surname("Jean-Pierre Raffarin"), "Raffarin");
        assert_eq!(lexicon::surname("Abdel Fattah al-Sisi"), "al-Sisi");
    }

    #[test]
    fn a_body_named_with_its_state_and_alone_is_one_body_of_that_state() {
        let actors = actors_of(
            "China's Taiwan Affairs Office said the vote changed nothing. Chen Binhua, a \
             spokesperson for the Taiwan Affairs Office, said Beijing would respond. The \
             Taiwan Affairs Office declined further comment.",
        );
        let offices: Vec<&Actor> = actors
            .iter()
            .filter(|a| a.name.contains("Taiwan Affairs Office"))
            .collect();
        assert_eq!(offices.len(), 1, "{:?}", names(&actors));
        assert_eq!(offices[0].affiliation.as_deref(), Some("China"));
        assert_eq!(
            find(&actors, "Chen Binhua").affiliation.as_deref(),
            Some("China")
        );
    }

    #[test]
    fn a_body_s_name_ends_at_its_owner_s_possessive_and_at_its_own() {
        let actors = actors_of(
            "The Democratic Progressive Party won the vote on Saturday. Lai's Democratic \
             Progressive Party lost its majority, said Bonnie Glaser, managing director of \
             the Marshall Fund's Indo-Pacific program. The Agriculture Department's Drazek \
             declined to comment.",
        );
        assert_eq!(find(&actors, "Democratic Progressive Party").mentions, 2);
        assert_absent(&actors, "Lai's Democratic Progressive Party");
        assert_no_name_containing(&actors, "Indo-Pacific");
        assert_no_name_containing(&actors, "Drazek");
    }

    #[test]
    fn a_leader_named_by_led_by_and_a_surname_without_its_arabic_article() {
        let actors = actors_of(
            "Sudan's army, led by General Abdel Fattah al-Burhan, has fought the Rapid \
             Support Forces (RSF) since April. The RSF, commanded by Mohamed Hamdan Dagalo, \
             known as Hemedti, holds most of Darfur. Burhan said he would not negotiate. \
             Hemedti's brother is under sanctions.",
        );
        assert_eq!(find(&actors, "Abdel Fattah al-Burhan").mentions, 2);
        assert_absent(&actors, "Hemedti");
        let dagalo = find(&actors, "Mohamed Hamdan Dagalo");
        assert_eq!(dagalo.role.as_deref(), Some("Commander"));
        // "Hemedti's brother" is his too (the nickname where it is given may count).
        assert!(dagalo.mentions >= 2, "{}", dagalo.mentions);
        assert_eq!(dagalo.affiliation.as_deref(), Some("Rapid Support Forces"));
    }

    #[test]
    fn a_group_no_body_names_that_someone_leads_or_heads_is_named_in_the_office() {
        let actors = actors_of(
            "The opposition, led by Maria Corina Machado, says it won the vote. The \
             decision by the court's electoral chamber, headed by Caryslia Rodriguez, came \
             four weeks after the vote.",
        );
        assert_eq!(
            find(&actors, "Maria Corina Machado").role.as_deref(),
            Some("Leader of the opposition")
        );
        assert_eq!(
            find(&actors, "Caryslia Rodriguez").role.as_deref(),
            Some("Head of the court's electoral chamber")
        );
    }

    #[test]
    fn the_people_of_a_group_called_rebels_work_for_the_group_not_the_state() {
        let actors = actors_of(
            "Congo and the rebel Alliance Fleuve Congo (AFC) signed a framework in Doha. \
             It was signed by Benjamin Mbonimpa, the executive secretary of the rebel \
             Alliance Fleuve Congo. Corneille Nangaa, who leads the AFC, said the rebels \
             would defend the population. Government spokesman Patrick Muyaya said Congo \
             expected a withdrawal.",
        );
        for name in ["Benjamin Mbonimpa", "Corneille Nangaa"] {
            assert_eq!(
                find(&actors, name).affiliation.as_deref(),
                Some("Alliance Fleuve Congo"),
                "{name}"
            );
        }
        assert_eq!(
            find(&actors, "Patrick Muyaya").affiliation.as_deref(),
            Some("Democratic Republic of the Congo")
        );
    }

    #[test]
    fn a_former_or_acting_office_before_a_name_keeps_its_time() {
        let actors = actors_of(
            "Police arrested former President Rodrigo Duterte in Manila. Acting President \
             Sara Lopez met outgoing Prime Minister Mark Rutte in The Hague.",
        );
        for (name, role) in [
            ("Rodrigo Duterte", "Former President"),
            ("Mark Rutte", "Outgoing Prime Minister"),
        ] {
            assert_eq!(find(&actors, name).role.as_deref(), Some(role), "{name}");
        }
    }

    #[test]
    fn counsel_to_a_former_president_acts_for_the_person_not_the_state() {
        let actors = actors_of(
            "Philippine police arrested former President Rodrigo Duterte in Manila. \
             President Ferdinand Marcos Jr. said the Philippines had acted on a request from \
             Interpol. Salvador Panelo, a lawyer for the former president, said the arrest \
             was unlawful.",
        );
        let panelo = find(&actors, "Salvador Panelo");
        assert_eq!(
            panelo.role.as_deref(),
            Some("Lawyer for the former president")
        );
        assert_eq!(panelo.affiliation, None);
        // Named as someone's lawyer, the same.
        let actors = actors_of(
            "Philippine police arrested former President Rodrigo Duterte in Manila. \
             President Ferdinand Marcos Jr. said the Philippines had acted on a request from \
             Interpol. His lawyer, Salvador Panelo, said the arrest was unlawful.",
        );
        assert_eq!(find(&actors, "Salvador Panelo").affiliation, None);
    }

    #[test]
    fn a_name_opening_a_longer_one_but_for_its_accents_is_that_person() {
        let actors = actors_of(
            "Venezuela's opposition says Edmundo Gonzalez won the vote. The opposition's \
             candidate, Edmundo González Urrutia, has been in hiding since July.",
        );
        assert_eq!(find(&actors, "Edmundo González Urrutia").mentions, 2);
        assert_absent(&actors, "Edmundo Gonzalez");
    }

    #[test]
    fn an_office_named_by_its_acronym_is_a_body_and_the_name_set_off_after_it_holds_it() {
        let actors = actors_of(
            "The Ohio State Attorney General (OSAG) is examining the charity's accounts. \
             The charity said it had been contacted by the office of the OSAG, Dana Whitfield. \
             The OSAG declined to comment. The Deputy Attorney General (DAG) Owen Marsh \
             resigned.",
        );
        // Before a name, the office is that person's title.
        assert_absent(&actors, "Deputy Attorney General");
        assert_eq!(
            find(&actors, "Owen Marsh").role.as_deref(),
            Some("Deputy Attorney General")
        );
        let office = find(&actors, "Ohio State Attorney General");
        assert_eq!(office.kind, ActorKind::Organisation);
        assert_eq!(office.affiliation.as_deref(), Some("United States"));
        assert_eq!(office.mentions, 3);
        assert_absent(&actors, "OSAG");
        let holder = find(&actors, "Dana Whitfield");
        assert_eq!(holder.role.as_deref(), Some("Ohio State Attorney General"));
        assert_eq!(holder.affiliation.as_deref(), Some("United States"));
        // A name set off after an ordinary body is not its head.
        let listed = actors_of(
            "The Federal Bureau of Investigation (FBI) opened a case. Among those \
             questioned by the FBI, Martin Okafor said nothing.",
        );
        assert_eq!(find(&listed, "Martin Okafor").role, None);
    }

    #[test]
    fn a_state_s_name_ending_a_province_s_is_no_state() {
        let actors = actors_of(
            "The New Mexico Environment Department fined the refinery. Governor Ana Ruiz \
             of New Mexico said the fine was fair. The New Jersey Racing Commission met.",
        );
        let department = find(&actors, "New Mexico Environment Department");
        assert_eq!(department.affiliation.as_deref(), Some("United States"));
        let commission = find(&actors, "New Jersey Racing Commission");
        assert_eq!(commission.affiliation.as_deref(), Some("United States"));
        assert_absent(&actors, "Mexico");
        assert_absent(&actors, "Jersey");
    }

    #[test]
    fn a_company_is_named_after_its_kind_and_employs_by_its_whole_name_or_its_first_word() {
        let actors = actors_of(
            "The ride-hailing company Rydell Mobility confirmed the inquiry. Rydell \
             Mobility said it would cooperate. Rydell Mobility's chief executive, Priya \
             Natarajan, wrote to staff. Rydell's founder Tomas Vekic declined to comment. \
             The aircraft carrier Carl Vinson sailed.",
        );
        assert_eq!(
            find(&actors, "Rydell Mobility").kind,
            ActorKind::Organisation
        );
        for person in ["Priya Natarajan", "Tomas Vekic"] {
            assert_eq!(
                find(&actors, person).affiliation.as_deref(),
                Some("Rydell Mobility"),
                "{person}"
            );
        }
        assert_absent(&actors, "Rydell");
        // A warship is no company.
        assert!(actors
            .iter()
            .all(|a| a.name != "Carl Vinson" || a.kind != ActorKind::Organisation));
    }

    #[test]
    fn an_agent_noun_after_a_person_s_possessive_is_what_the_named_person_is_to_them() {
        let actors = actors_of(
            "The jury heard that the money was moved by Halloran's fixer Victor Szabo. \
             Victor Szabo denied it. Halloran's other lawyers declined to comment.",
        );
        let szabo = find(&actors, "Victor Szabo");
        assert_eq!(szabo.role.as_deref(), Some("Fixer"));
        // Working for a person is no affiliation with a body.
        assert_eq!(szabo.affiliation, None);
        assert_absent(&actors, "Halloran");
    }

    #[test]
    fn an_international_body_among_an_office_s_modifiers_employs_the_person() {
        let actors = actors_of(
            "Volker Perthes, the former U.N. special envoy for Sudan, said the fighting had \
             displaced millions. The EU's foreign policy chief Josep Borrell called for a \
             truce. \"Aid must get through,\" said Paul Drake, senior trade adviser to \
             Agriculture Secretary Dan Glickman.",
        );
        let perthes = find(&actors, "Volker Perthes");
        assert_eq!(perthes.affiliation.as_deref(), Some("United Nations"));
        assert_eq!(
            role_of(&actors, "Volker Perthes").as_deref(),
            Some("former special envoy for sudan")
        );
        assert_eq!(
            role_of(&actors, "Josep Borrell").as_deref(),
            Some("foreign policy chief")
        );
        assert_eq!(
            find(&actors, "Josep Borrell").affiliation.as_deref(),
            Some("European Union")
        );
        // The adviser's office is not the secretary's.
        assert!(!role_of(&actors, "Dan Glickman").is_some_and(|r| r.contains("adviser")));
        // That an office is held now goes without saying.
        let actors = actors_of("Lai Ching-te, the current vice president, won the vote.");
        assert_eq!(
            role_of(&actors, "Lai Ching-te").as_deref(),
            Some("vice president")
        );
    }

    #[test]
    fn states_act_after_a_relative_clause_and_a_state_s_army_is_its_military() {
        let actors = actors_of(
            "Saudi Arabia and the United States, which brokered a truce in May, said the \
             talks would resume. Saudi Arabia, which hosts the talks, urged calm. Sudan's \
             army shelled the city. The Sudanese military denied it. The RSF's deputy \
             commander is under sanctions, the Rapid Support Forces (RSF) said. The RSF's \
             fighters advanced.",
        );
        assert_eq!(find(&actors, "Saudi Arabia").acts, 2);
        assert_eq!(find(&actors, "United States").acts, 1);
        let forces: Vec<&str> = names(&actors)
            .into_iter()
            .filter(|n| n.contains("army") || n.contains("military"))
            .collect();
        assert_eq!(forces.len(), 1, "{forces:?}");
        assert_absent(&actors, "RSF");
    }

    #[test]
    fn an_office_s_body_before_whose_its_or_in_its_title_employs_the_holder() {
        let actors = actors_of(
            "European Commission President Ursula von der Leyen said Brussels was watching. \
             Von der Leyen spoke in Berlin. The opposition Unity Alliance (UA), whose leader \
             Maria Kessler leads the polls, demanded a vote. The Farmers Union held a rally. \
             Its chairman, Peter Vogt, said prices were too low.",
        );
        let leyen = find(&actors, "Ursula von der Leyen");
        assert_eq!(leyen.affiliation.as_deref(), Some("European Commission"));
        assert_eq!(leyen.mentions, 2);
        assert_absent(&actors, "Von der Leyen");
        assert_eq!(
            find(&actors, "Maria Kessler").affiliation.as_deref(),
            Some("Unity Alliance")
        );
        assert_eq!(
            find(&actors, "Peter Vogt").affiliation.as_deref(),
            Some("Farmers Union")
        );
    }

    #[test]
    fn a_province_s_institution_is_an_actor_of_the_province_s_state() {
        let actors = actors_of(
            "The Sichuan health commission reported two new cases on Monday. Sindh police \
             arrested four men near the border. Officials said China's health chiefs had \
             called the risk low.",
        );
        for (body, state) in [
            ("Sichuan health commission", "China"),
            ("Sindh police", "Pakistan"),
            ("China's health chiefs", "China"),
        ] {
            assert_eq!(
                find(&actors, body).affiliation.as_deref(),
                Some(state),
                "{body}"
            );
        }
        // A province named like a word is a place only where a body's name opens with it.
        let actors = actors_of(
            "Victoria Police charged a man on Friday. Nelson Mandela Foundation staff \
             welcomed the ruling. Victoria Police said more arrests were likely.",
        );
        assert_eq!(
            find(&actors, "Victoria Police").affiliation.as_deref(),
            Some("Australia")
        );
        assert!(actors
            .iter()
            .filter(|a| a.name.contains("Mandela"))
            .all(|a| a.affiliation.is_none()));
    }

    #[test]
    fn a_body_named_after_a_province_is_its_state_s_and_employs_its_staff() {
        let actors = actors_of(
            "Thousands of teachers rallied in Ohio on Tuesday. Ohio Education Association \
             President Mary Reyes told them that the Legislature should fund schools. \
             Leaders of the GOP-dominated Legislature declined to comment. Shares of \
             Douglas & Lomason Co rose. Reyes said teachers would return next month, when \
             most Ohio schools reopen.",
        );
        assert_eq!(
            find(&actors, "Ohio Education Association")
                .affiliation
                .as_deref(),
            Some("United States")
        );
        // Named right before her title, though another body ends the sentence.
        assert_eq!(
            find(&actors, "Mary Reyes").affiliation.as_deref(),
            Some("Ohio Education Association")
        );
        assert_eq!(
            find(&actors, "Legislature").affiliation.as_deref(),
            Some("United States")
        );
        // Companies are named after their founders, not after provinces.
        assert!(actors
            .iter()
            .filter(|a| a.name.contains("Lomason"))
            .all(|a| a.affiliation.is_none()));
    }

    #[test]
    fn a_legislative_chamber_s_committee_and_a_prison_belong_to_the_story_s_state() {
        let actors = actors_of(
            "The United States charged two guards on Tuesday. The United States said the \
             guards at the Metropolitan Correctional Center slept. The House Select \
             Committee on Intelligence held a hearing.\n\nThe Metropolitan Correctional \
             Center declined to comment. The House Select Committee on Intelligence will \
             meet again. Freedom House, a watchdog, said it was concerned. Freedom House \
             has long criticised the jail.",
        );
        for body in [
            "Metropolitan Correctional Center",
            "House Select Committee on Intelligence",
        ] {
            assert_eq!(
                find(&actors, body).affiliation.as_deref(),
                Some("United States"),
                "{body}"
            );
        }
        assert_eq!(find(&actors, "Freedom House").affiliation, None);
    }

    #[test]
    fn a_body_described_by_what_it_is_is_mentioned_again() {
        let actors = actors_of(
            "The U.S. Attorney’s Office charged a guard on Tuesday. Federal prosecutors \
             alleged that he slept. The prosecutors said he lied.\n\nThe Bureau of \
             Prisons declined to comment. The bureau said it would review its rules.",
        );
        assert_eq!(
            find(&actors, "U.S. Attorney’s Office").mentions,
            3,
            "{actors:?}"
        );
        assert_eq!(find(&actors, "Bureau of Prisons").mentions, 2);
        // Two ministries: "the ministry" could be either, so it is neither's.
        let actors = actors_of(
            "The Interior Ministry and the Finance Ministry met on Monday. The ministry \
             said the talks went well.",
        );
        assert_eq!(find(&actors, "Interior Ministry").mentions, 1);
        assert_eq!(find(&actors, "Finance Ministry").mentions, 1);
    }

    #[test]
    fn a_government_named_after_its_leader_is_an_organisation_of_the_leader_s_state() {
        let actors = actors_of(
            "China said on Monday it would retaliate against the tariffs. China has \
             long called them unfair, and Beijing promised a response.\n\nThe Harlan \
             administration imposed the tariffs in May, U.S. President Tom Harlan said. \
             Critics of the Harlan administration said prices would rise.",
        );
        let administration = find(&actors, "Harlan administration");
        assert_eq!(administration.kind, ActorKind::Organisation);
        assert_eq!(administration.mentions, 2);
        assert_eq!(
            administration.affiliation.as_deref(),
            Some("United States"),
            "the leader's state, not the story's"
        );
        assert_eq!(find(&actors, "Tom Harlan").mentions, 1);
        // A state's own administration is no leader's.
        let actors = actors_of("The Kenya administration said the road would open.");
        assert_absent(&actors, "Kenya administration");
    }

    #[test]
    fn a_possessive_or_question_word_opening_a_sentence_is_no_name() {
        let actors = actors_of(
            "Our employees are smart, said Dana Roe, chief executive of Tixly. Our partners \
             are bold. Their shares rose. Most analysts agree. How Tixly grew is no secret.",
        );
        for word in ["Our", "Their", "Most", "How"] {
            assert!(
                !names(&actors)
                    .iter()
                    .any(|n| n.split(' ').any(|w| w == word)),
                "{word}: {:?}",
                names(&actors)
            );
        }
        find(&actors, "Dana Roe");
    }

    #[test]
    fn a_surname_with_particles_and_a_lone_kind_of_body_are_no_bodies() {
        let actors = actors_of(
            "James Van Der Meer has been eliminated from the show.\n\nThe elimination came \
             in light of Van Der Meer’s announcement that his wife, Kim, had suffered a \
             miscarriage.\n\n“It is a tool,” explains SciSpacE Team Leader Ana \
             Ngo-Baptiste.",
        );
        assert_absent(&actors, "Van Der Meer");
        assert_absent(&actors, "Team");
        assert_eq!(find(&actors, "Ana Ngo-Baptiste").affiliation, None);
    }

    #[test]
    fn a_title_after_a_forename_with_no_name_after_it_is_a_surname() {
        let actors = actors_of(
            "American Paul King and Australian Timothy Weeks, both professors at the \
             American University of Kabul, were freed on Tuesday. Jordan’s King Abdullah \
             welcomed the release.\n\nKing and Weeks were abducted in 2016. The King said \
             nothing.",
        );
        let king = find(&actors, "Paul King");
        assert_eq!(
            king.mentions, 2,
            "the surname alone joins; the monarch does not"
        );
        assert_eq!(
            (king.role.as_deref(), king.affiliation.as_deref()),
            (
                Some("Professor at the American University of Kabul"),
                Some("United States")
            )
        );
        assert_eq!(role_of(&actors, "King Abdullah").as_deref(), Some("king"));
    }

    #[test]
    fn who_controls_a_body_is_no_part_of_its_name() {
        let actors = actors_of(
            "The president attacked the Democratic Party-controlled House of \
             Representatives on Monday. The House of Representatives voted on Tuesday.",
        );
        assert_eq!(find(&actors, "House of Representatives").mentions, 2);
        assert_no_name_containing(&actors, "controlled");
    }

    #[test]
    fn a_leader_named_without_a_country_serves_their_own_state() {
        let actors = actors_of(
            "The U.S. will keep its base after American troops leave Syria under President \
             Donald Trump’s announcement. Syria said the base was illegal. Syria has long \
             opposed it, and Syria called on Russia to act.\n\nPresident Trump said the \
             troops would stay. Mayor Sadiq Khan of London said nothing.",
        );
        assert_eq!(
            find(&actors, "Donald Trump").affiliation.as_deref(),
            Some("United States")
        );
        assert_eq!(find(&actors, "Donald Trump").mentions, 2);
        assert_eq!(
            find(&actors, "Sadiq Khan").affiliation.as_deref(),
            Some("United Kingdom"),
            "the state of the place after the name"
        );
        // A title and the surname of no leader still take the story's state.
        let actors = actors_of(
            "Syria said the base was illegal. Syria has long opposed it. President Ahmed \
             Rami said so.",
        );
        assert_eq!(
            find(&actors, "Ahmed Rami").affiliation.as_deref(),
            Some("Syria")
        );
    }

    #[test]
    fn a_movement_rooted_in_one_country_acts_for_it_and_its_spokesman_for_the_movement() {
        let actors = actors_of(
            "The Taliban freed two hostages on Tuesday, Taliban spokesman Omar Siddiqi said. \
             The Taliban said more talks would follow.\n\nThe Houthis fired a missile. \
             The Houthis said they would fire again.",
        );
        assert_eq!(
            find(&actors, "Taliban").affiliation.as_deref(),
            Some("Afghanistan")
        );
        assert_eq!(
            find(&actors, "Houthis").affiliation.as_deref(),
            Some("Yemen")
        );
        assert_eq!(
            find(&actors, "Omar Siddiqi").affiliation.as_deref(),
            Some("Taliban")
        );
    }

    #[test]
    fn an_appositive_after_a_surname_is_its_person_s_role() {
        let actors = actors_of(
            "Cmdr. Sean Rowe, a spokesperson for the coalition, spoke on Friday. \
             The camp is short of food.\n\nRowe, the U.S. commander, said aid would come.",
        );
        assert_eq!(
            find(&actors, "Sean Rowe").affiliation.as_deref(),
            Some("United States")
        );
    }

    #[test]
    fn a_middle_initial_is_part_of_the_name_and_a_private_person_s_attorney_has_no_state() {
        let actors = actors_of(
            "The United States charged Omar Hamid on Monday. Maria T. Delgado, Hamid’s \
             attorney, told reporters her client was innocent. The United States said he \
             had made threats.\n\nMaria Delgado said the case was weak.",
        );
        let lawyer = find(&actors, "Maria T. Delgado");
        assert_eq!(
            role_of(&actors, "Maria T. Delgado").as_deref(),
            Some("hamid’s attorney")
        );
        assert_eq!(lawyer.mentions, 2, "{actors:?}");
        // She serves a private person, not the state the story is about.
        assert_eq!(lawyer.affiliation, None);
        assert_absent(&actors, "Maria Delgado");
        assert_absent(&actors, "Maria");
    }

    #[test]
    fn a_generational_suffix_and_a_short_forename_name_the_same_person() {
        let actors = actors_of(
            "Daniel R. Kessler Jr., 61, pleaded guilty on Monday to threatening a judge.\n\n\
             “Dan Kessler regrets what he said,” his lawyer said. Kessler was arrested in \
             May. The judge wrote about the sentencing of Daniel Kessler, a man who \
             threatened her life.",
        );
        let kessler = find(&actors, "Daniel R. Kessler Jr");
        assert_eq!(kessler.mentions, 4, "{actors:?}");
        assert_absent(&actors, "Dan Kessler");
        assert_absent(&actors, "Daniel Kessler");
        // Two forenames that both start alike leave the short one open; so does a
        // forename of two letters.
        let actors = actors_of(
            "Alexander Brandt and Alexandra Brandt spoke on Monday. Alex Brandt did not. \
             Al Brandt left.",
        );
        find(&actors, "Alex Brandt");
        find(&actors, "Al Brandt");
    }

    #[test]
    fn a_name_before_a_noun_only_a_company_has_is_an_organisation() {
        let actors = actors_of(
            "Zentrova is set to raise $2 billion from its listing in Singapore. Zentrova \
             shares closed up 3 percent on Tuesday. Zentrova’s listing is the largest this \
             year.\n\nInvestors welcomed Neumark’s shares offer, said Ravi Menon.",
        );
        let company = find(&actors, "Zentrova");
        assert_eq!(company.kind, ActorKind::Organisation);
        assert_eq!(company.mentions, 3);
        // A person's shares are theirs: "Neumark’s shares" makes no company.
        assert_absent(&actors, "Neumark");
    }

    #[test]
    fn a_company_named_short_is_the_company_and_its_officers_work_for_it() {
        let actors = actors_of(
            "Norvale Stores Inc said on Tuesday it would cut 2,000 jobs. Chief Financial \
             Officer Carla Holm said the cuts would save money. The Finnish government \
             welcomed it, and Finland said so twice.\n\nShares of the Arkansas-based \
             Norvale fell, and Norvale said more cuts would follow.",
        );
        let company = find(&actors, "Norvale Stores Inc");
        assert_eq!(company.mentions, 3, "{:?}", names(&actors));
        assert!(company.aliases.contains(&"Norvale".to_owned()));
        // A company's officer does not serve the state the story is about.
        assert_eq!(find(&actors, "Carla Holm").affiliation, None);
    }

    #[test]
    fn the_north_of_a_korea_story_is_north_korea() {
        let actors = actors_of(
            "South Korean Defense Minister Min Ho-jun said Seoul would respond. Ri Yong Ho, \
             the North’s foreign minister, rejected the claim. South Korea said talks failed.",
        );
        assert_eq!(
            find(&actors, "Ri Yong Ho").affiliation.as_deref(),
            Some("North Korea")
        );
        assert_eq!(
            find(&actors, "Min Ho-jun").affiliation.as_deref(),
            Some("South Korea")
        );
    }

    #[test]
    fn a_state_after_a_titled_name_is_the_office_s() {
        let actors = actors_of(
            "President-elect Alberto Fernández of Argentina said he would not recognise it. \
             Bolivia said elections would follow, and Bolivia’s army stood by.",
        );
        assert_eq!(
            find(&actors, "Alberto Fernández").affiliation.as_deref(),
            Some("Argentina")
        );
    }

    #[test]
    fn professions_and_shared_offices_are_roles_and_venues_are_no_people() {
        let actors = actors_of(
            "Apple was pulled into the enterprise, Tim Cook said in a chat with Salesforce \
             founder and co-CEO Marc Benioff. Composer Kim Cheol-hwan wrote the score. \
             Writer Kyeong Min-seon wrote the play. Visitors came to Jeongdong Theater on Friday, and Jeongdong Theater said more \
             shows would follow.",
        );
        let benioff = find(&actors, "Marc Benioff");
        assert_eq!(
            role_of(&actors, "Marc Benioff").as_deref(),
            Some("founder and co-ceo")
        );
        // The name before a company's office is the company.
        assert_eq!(benioff.affiliation.as_deref(), Some("Salesforce"));
        assert_eq!(
            role_of(&actors, "Kim Cheol-hwan").as_deref(),
            Some("composer")
        );
        assert_eq!(
            role_of(&actors, "Kyeong Min-seon").as_deref(),
            Some("writer")
        );
        assert!(!actors
            .iter()
            .any(|a| a.name.contains("Jeongdong") && a.kind == ActorKind::Person));
    }

    #[test]
    fn an_unowned_ministry_is_the_state_of_the_dateline_its_story_was_filed_from() {
        let actors = actors_of(
            "Abu Dhabi, Oct 18 (WAM) -- The United Arab Emirates mediated an exchange of \
             captives between Russia and Ukraine, the Ministry of Foreign Affairs said. \
             The ministry thanked Russia and Ukraine for their cooperation. Officials in \
             Moscow and Kyiv confirmed the exchange.",
        );
        let ministry = find(&actors, "Ministry of Foreign Affairs");
        assert_eq!(
            ministry.affiliation.as_deref(),
            Some("United Arab Emirates")
        );
    }

    #[test]
    fn one_state_s_ministry_named_two_ways_is_one_body() {
        let found = found_in(
            &[
                "KYIV (Reuters) - Russia and Ukraine swapped prisoners. The UAE foreign \
                 ministry said its mediation had freed 2,184 people. Ukraine thanked the UAE.",
                "Abu Dhabi, Oct 18 (WAM) -- The Ministry of Foreign Affairs said the UAE had \
                 mediated a new exchange between Russia and Ukraine.",
            ],
            BTreeSet::new(),
        );
        let actors: Vec<Actor> = found.into_iter().map(|(actor, _)| actor).collect();
        let ministry = find(&actors, "Ministry of Foreign Affairs");
        assert_eq!(
            ministry.affiliation.as_deref(),
            Some("United Arab Emirates")
        );
        assert!(ministry
            .aliases
            .contains(&"UAE foreign ministry".to_owned()));
        assert!(!names(&actors).contains(&"UAE foreign ministry"));
    }

    #[test]
    fn staff_serve_the_state_whose_office_they_work_for() {
        let actors = actors_of(
            "KYIV (Reuters) - Ukraine and Russia swapped prisoners on Friday. Anwar \
             Gargash, diplomatic adviser to the UAE president, said the Gulf state would keep \
             working with Moscow and Kyiv. Ukraine thanked Russia's negotiators.",
        );
        assert_eq!(
            find(&actors, "Anwar Gargash").affiliation.as_deref(),
            Some("United Arab Emirates")
        );
    }

    #[test]
    fn a_title_and_name_after_a_comma_is_the_next_person_in_a_list() {
        let actors = actors_of(
            "Rutte met Michel, Scholz, French President Emmanuel Macron and Italian Prime \
             Minister Giorgia Meloni before the summit. German Chancellor Olaf Scholz said \
             the agreement sent a strong signal.",
        );
        let scholz = find(&actors, "Olaf Scholz");
        assert_eq!(scholz.affiliation.as_deref(), Some("Germany"));
        assert_eq!(scholz.roles, ["Chancellor"]);
        assert_eq!(
            find(&actors, "Emmanuel Macron").affiliation.as_deref(),
            Some("France")
        );
    }

    #[test]
    fn names_with_and_without_accents_are_one_person() {
        let found = found_in(
            &[
                "Hungarian Prime Minister Viktor Orban dropped his veto on Thursday.",
                "Viktor Orbán, Hungary's prime minister, met leaders for breakfast.",
            ],
            BTreeSet::new(),
        );
        let actors: Vec<Actor> = found.into_iter().map(|(actor, _)| actor).collect();
        let people: Vec<&str> = actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(people.len(), 1, "{people:?}");
    }

    #[test]
    fn a_name_opening_one_longer_name_in_another_article_is_that_person() {
        let found = found_in(
            &[
                "LIBREVILLE (Reuters) - Officers placed President Ali Bongo Ondimba under \
                 house arrest on Wednesday.",
                "Soldiers ousted Ali Bongo, whose family has ruled Gabon for 56 years.",
            ],
            BTreeSet::new(),
        );
        let actors: Vec<Actor> = found.into_iter().map(|(actor, _)| actor).collect();
        let bongo = find(&actors, "Ali Bongo Ondimba");
        assert!(
            bongo.aliases.contains(&"Ali Bongo".to_owned()),
            "{:?}",
            bongo.aliases
        );
        assert!(!names(&actors).contains(&"Ali Bongo"));
    }

    #[test]
    fn a_body_of_many_states_is_none_of_them_and_a_republican_guard_is_its_state_s() {
        let actors = actors_of(
            "LIBREVILLE (Reuters) - Gabon's officers named General Brice Oligui Nguema, the \
             head of the Republican Guard, as leader. The Economic Community of Central \
             African States and the Organization of American States condemned the coup in \
             Gabon. Gabon closed its borders.",
        );
        for bloc in [
            "Economic Community of Central African States",
            "Organization of American States",
        ] {
            assert_eq!(find(&actors, bloc).affiliation, None, "{bloc}");
        }
        assert_eq!(
            find(&actors, "Republican Guard").affiliation.as_deref(),
            Some("Gabon")
        );
    }

    #[test]
    fn his_spokesman_serves_whom_the_person_named_before_serves() {
        let actors = actors_of(
            "LIBREVILLE (Reuters) - Officers seized power in Gabon. Gabon's borders were \
             closed. UN Secretary-General António Guterres firmly condemns the coup attempt, \
             his spokesman Stéphane Dujarric said.",
        );
        assert_eq!(
            find(&actors, "Stéphane Dujarric").affiliation.as_deref(),
            find(&actors, "António Guterres").affiliation.as_deref()
        );
        assert_ne!(
            find(&actors, "Stéphane Dujarric").affiliation.as_deref(),
            Some("Gabon")
        );
    }

    #[test]
    fn the_building_a_body_sits_in_is_no_actor() {
        let actors = actors_of(
            "Several thousand teachers surrounded the Indiana Statehouse on Tuesday. \
             Indiana State Police reported at least 5,000 people entered the Statehouse. \
             Teachers lined the Statehouse steps and the Statehouse lawn, and House Speaker \
             Brian Bosma spoke before lawmakers in the Legislature.",
        );
        assert!(
            !names(&actors).iter().any(|n| n.contains("Statehouse")),
            "{:?}",
            names(&actors)
        );
        find(&actors, "Indiana State Police");
        find(&actors, "Brian Bosma");
    }

    #[test]
    fn a_name_written_where_a_place_stands_is_no_person_where_the_tagger_reads_one() {
        let actors = actors_of(
            "A kidnapped 8-year-old Brakeport Falls girl was rescued by police. Officers \
             in Brakeport Falls said the suspect, Michael Webb, was arrested. Brakeport \
             Falls police praised the neighbours.",
        );
        assert_absent(&actors, "Brakeport Falls");
    }

    #[test]
    fn the_employer_is_the_body_a_role_names_not_a_place_or_a_field() {
        let actors = actors_of(
            "“It works,” said Ana Ruiz, associate professor of epidemiology at Columbia \
             University Mailman School of Public Health. “It is hard,” said Lee Tan, a \
             postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich. \
             “Likes are gone,” said Kym Lino, a spokesperson for Instagram. “We will see,” \
             said Dan Stier, a data scientist and business advisor in the Bay Area. “I’m \
             sure,” said Tom Hale. “We’re ready,” Hale said. “It is new,” said Paul \
             Orrey, associate professor of physics at the University of Meridia and \
             co-author of the study. “Go,” said Lin Bo, commander of Harbour East \
             district. “Stay,” said Ed Sims, program administrator for the Refugees in \
             Towns Project at Corran University.",
        );
        let employer = |name: &str| find(&actors, name).affiliation.clone();
        assert_eq!(
            employer("Paul Orrey").as_deref(),
            Some("University of Meridia"),
            "the body's name ends where the capitals do"
        );
        assert_ne!(employer("Lin Bo").as_deref(), Some("Harbour East"));
        assert_eq!(employer("Ed Sims").as_deref(), Some("Corran University"));
        assert_eq!(
            employer("Ana Ruiz").as_deref(),
            Some("Columbia University Mailman School of Public Health")
        );
        assert_eq!(
            employer("Lee Tan").as_deref(),
            Some("Max Planck Institute for Astrophysics")
        );
        assert_eq!(employer("Kym Lino").as_deref(), Some("Instagram"));
        assert_eq!(employer("Dan Stier"), None);
        // A university's department takes no state from the story.
        let actors = actors_of(
            "The United States legalised it. The United States saw use rise. “It is \
             complex,” said Ian Hale, an expert in drug use at the Department of Health \
             Sciences.",
        );
        assert_eq!(
            find(&actors, "Ian Hale").affiliation.as_deref(),
            Some("Department of Health Sciences")
        );
        // A pronoun with its verb is no body.
        assert_no_name_containing(&actors, "’");
    }

    #[test]
    fn the_agency_s_chief_works_for_the_body_named_before() {
        let actors = actors_of(
            "Iran agreed to let the International Atomic Energy Agency restore cameras, the \
             agency’s chief Rafael Grossi said after talks in Tehran.",
        );
        assert_eq!(
            find(&actors, "Rafael Grossi").affiliation.as_deref(),
            Some("International Atomic Energy Agency")
        );
    }

    #[test]
    fn a_full_name_ending_a_longer_one_is_the_same_person() {
        let actors = actors_of(
            "Attorney General William Barr put Kathleen Hawk Sawyer in charge. Hawk Sawyer \
             testified on Tuesday. Hawk Sawyer said the agency was short of staff.",
        );
        let head = find(&actors, "Kathleen Hawk Sawyer");
        assert_eq!(head.mentions, 3, "{:?}", names(&actors));
        assert_absent(&actors, "Hawk Sawyer");
    }

    #[test]
    fn a_name_with_its_forename_cut_to_initials_is_the_person_named_in_full() {
        let actors = actors_of(
            "Former House Speaker Benjamin Nzeribe died on Monday, the Senate said. \
             Senators mourned Rt. Hon. B. U. Nzeribe and suspended their sitting. \
             M. Bevan, a clerk, read the motion.",
        );
        let speaker = find(&actors, "Benjamin Nzeribe");
        assert_eq!(speaker.mentions, 2, "{:?}", names(&actors));
        assert_absent(&actors, "B. U. Nzeribe");
        assert_eq!(find(&actors, "M. Bevan").kind, ActorKind::Person);
    }

    #[test]
    fn an_offices_portfolio_in_capitals_is_part_of_the_office_not_of_the_name() {
        let actors = actors_of(
            "Treasury Under Secretary for Terrorism and Financial Intelligence Brian Nelson \
             said the drones were fuelling the war. Special Envoy for Climate John Kerry \
             met EU High Representative for Foreign Affairs and Security Policy Josep \
             Borrell, and Under Secretary of State for Political Affairs Victoria Nuland \
             joined them.",
        );
        for (name, office) in [
            (
                "Brian Nelson",
                "Under Secretary for Terrorism and Financial Intelligence",
            ),
            ("John Kerry", "Special Envoy for Climate"),
            (
                "Josep Borrell",
                "High Representative for Foreign Affairs and Security Policy",
            ),
            (
                "Victoria Nuland",
                "Under Secretary of State for Political Affairs",
            ),
        ] {
            let person = find(&actors, name);
            assert!(
                person.roles.iter().any(|r| r.contains(office)),
                "{name}: {:?}",
                person.roles
            );
        }
        for fragment in [
            "Terrorism",
            "Intelligence Brian Nelson",
            "Climate John Kerry",
            "Political",
        ] {
            assert_absent(&actors, fragment);
        }
    }

    #[test]
    fn a_spokesperson_of_a_ministry_after_its_states_possessive_serves_that_state() {
        // Set in Manila, the Philippines named most; the ministry is China's.
        let actors = actors_of(
            "MANILA (Reuters) - The Philippines accused China of aggression. The Philippines \
             protested. China's Foreign Ministry spokesperson Mao Ning said the Philippines \
             should stop.",
        );
        assert_eq!(
            find(&actors, "Mao Ning").affiliation.as_deref(),
            Some("China")
        );
        // The body's full name before a lower-case title: its portfolio is not the title's.
        let actors = actors_of(
            "MANILA (Reuters) - The Philippines accused China of aggression. The Philippines \
             protested. China's Ministry of Foreign Affairs spokesperson Mao Ning said the \
             Philippines should stop.",
        );
        let spokesperson = find(&actors, "Mao Ning");
        assert_eq!(spokesperson.affiliation.as_deref(), Some("China"));
        assert_eq!(spokesperson.role.as_deref(), Some("Spokesperson"));
    }

    #[test]
    fn a_states_body_by_name_and_by_demonym_is_one_body() {
        let actors = actors_of(
            "A China Coast Guard vessel fired a water cannon at the boat. Chinese coast \
             guard ships then blocked its path, the Philippine Coast Guard said.",
        );
        assert_eq!(
            find(&actors, "China Coast Guard").mentions,
            2,
            "{:?}",
            names(&actors)
        );
        assert_absent(&actors, "Chinese coast guard");
    }

    #[test]
    fn a_state_after_an_offices_modifier_is_whom_it_serves_but_not_a_former_one() {
        let actors = actors_of(
            "MANILA (AP) - The Philippines protested. Manila summoned the envoy. Daniel \
             Kritenbrink, the top U.S. diplomat for East Asia, said the alliance held. Ursula \
             von der Leyen, a former German defence minister, said Brussels was watching.",
        );
        let envoy = find(&actors, "Daniel Kritenbrink");
        assert_eq!(envoy.affiliation.as_deref(), Some("United States"));
        let former = find(&actors, "Ursula von der Leyen");
        assert_ne!(former.affiliation.as_deref(), Some("Germany"));
    }

    #[test]
    fn a_movements_unit_in_lower_case_is_part_of_the_role_and_the_movement_employs() {
        let actors = actors_of(
            "Israel and Qatar held talks in Doha. Hamas political bureau chief Ismail \
             Haniyeh said the group would not accept a deal. Hamas armed wing spokesman Abu \
             Obeida said the fighting would go on.",
        );
        let chief = find(&actors, "Ismail Haniyeh");
        assert_eq!(chief.role.as_deref(), Some("Political Bureau Chief"));
        assert_eq!(chief.affiliation.as_deref(), Some("Hamas"));
        let spokesman = find(&actors, "Abu Obeida");
        assert_eq!(spokesman.role.as_deref(), Some("Armed Wing Spokesman"));
        assert_eq!(spokesman.affiliation.as_deref(), Some("Hamas"));
    }

    #[test]
    fn a_newspaper_is_a_source_and_a_team_is_a_body() {
        let actors = actors_of(
            "The Harbor City Chronicle says police are looking into the attack. The \
             Chronicle says the man was arrested a block away. Officers from the Joint \
             Narcotics Enforcement Team executed a search warrant on Monday.",
        );
        assert_no_name_containing(&actors, "Chronicle");
        let team = find(&actors, "Joint Narcotics Enforcement Team");
        assert_eq!(team.kind, ActorKind::Organisation);
    }

    #[test]
    fn a_body_named_to_qualify_someone_s_noun_does_nothing() {
        let actors = actors_of(
            "The rumour was made up to discredit her U.S. House testimony. The U.S. House \
             Intelligence Committee heard her on Friday.",
        );
        assert_absent(&actors, "U.S. House");
        assert!(names(&actors).contains(&"U.S. House Intelligence Committee"));
    }

    #[test]
    fn exchanges_and_units_are_bodies_of_the_state_their_name_holds() {
        let actors = actors_of(
            "Zentrova will list on the Hong Kong Stock Exchange next week. Fighters of the \
             Azov Battalion held the port. The South Korean Army Corps moved north.",
        );
        let exchange = find(&actors, "Hong Kong Stock Exchange");
        assert_eq!(exchange.kind, ActorKind::Organisation);
        assert_eq!(exchange.affiliation.as_deref(), Some("Hong Kong"));
        assert_eq!(
            find(&actors, "Azov Battalion").kind,
            ActorKind::Organisation
        );
    }

    #[test]
    fn a_government_building_before_a_title_qualifies_the_office() {
        let actors = actors_of(
            "The United States welcomed the release. “We pray for both men,” said White \
             House Press Secretary Jane Moore.",
        );
        assert_eq!(
            find(&actors, "Jane Moore").affiliation.as_deref(),
            Some("United States")
        );
        assert!(
            !actors.iter().any(|a| a.kind == ActorKind::Organisation),
            "{:?}",
            names(&actors)
        );
    }

    #[test]
    fn a_demonym_before_a_company_noun_is_the_company_s_state() {
        let actors = actors_of(
            "Zentrova shares rose on Tuesday. The Malaysian e-commerce giant said sales grew. \
             Investors bought Sunward Energy Ltd, a maker of solar panels, and Nordlys \
             Holdings.\n\nNorwegian investment company Nordlys Holdings declined to comment.",
        );
        assert_eq!(
            find(&actors, "Zentrova").affiliation.as_deref(),
            Some("Malaysia")
        );
        assert_eq!(
            find(&actors, "Nordlys Holdings").affiliation.as_deref(),
            Some("Norway")
        );
        // The epithet is not the company named last before it when it names another.
        assert_eq!(find(&actors, "Sunward Energy Ltd").affiliation, None);
    }

    #[test]
    fn a_relative_clause_saying_what_someone_is_gives_the_role() {
        let actors = actors_of(
            "Nigeria’s governor was in good health. Dr. Alan Reyes, who was then serving as \
             the President’s physician, said so in 2018. Nigeria’s police agreed. Mara Lind, who is also an executive at \
             Nordlys, said the deal was done. Tom Hale, who was arrested in May, said nothing.",
        );
        assert_eq!(
            role_of(&actors, "Alan Reyes").as_deref(),
            Some("president’s physician")
        );
        // Who serves the President serves the state the story is about.
        assert_eq!(
            find(&actors, "Alan Reyes").affiliation.as_deref(),
            Some("Nigeria")
        );
        let lind = find(&actors, "Mara Lind");
        assert_eq!(lind.role.as_deref(), Some("Executive at Nordlys"));
        assert_eq!(lind.affiliation.as_deref(), Some("Nordlys"));
        // What someone did is no role.
        assert_eq!(find(&actors, "Tom Hale").role, None);
    }

    #[test]
    fn a_courtesy_title_between_the_role_and_the_name_is_neither() {
        let actors = actors_of("Hale released a letter from his longtime physician Dr. Ian Bole.");
        assert_eq!(
            role_of(&actors, "Ian Bole").as_deref(),
            Some("longtime physician")
        );
    }

    #[test]
    fn the_democrats_are_the_american_party_but_not_the_liberal_democrats() {
        let actors = actors_of(
            "The Democrats want the hearing to go on. Republicans said it was a sham. \
             Democrats called a vote.\n\nIn London, the Liberal Democrats met on Monday.",
        );
        // Shown as the story writes it, known as the party.
        let democrats = find(&actors, "Democrats");
        assert_eq!(democrats.kind, ActorKind::Organisation);
        assert!(democrats.aliases.contains(&"Democratic Party".to_owned()));
        assert_eq!(democrats.mentions, 2);
        assert_eq!(democrats.affiliation.as_deref(), Some("United States"));
        assert_eq!(find(&actors, "Republicans").mentions, 1);
    }

    #[test]
    fn an_office_with_its_object_before_the_name_is_the_role() {
        let actors = actors_of(
            "Former U.S. ambassador to Ukraine Marie Yovanovitch testified on Friday. \
             Yovanovitch has served for decades.",
        );
        let envoy = find(&actors, "Marie Yovanovitch");
        assert_eq!(
            (
                envoy.kind,
                envoy.role.as_deref(),
                envoy.affiliation.as_deref()
            ),
            (
                ActorKind::Person,
                Some("Former Ambassador to Ukraine"),
                Some("United States")
            )
        );
        assert_absent(&actors, "Yovanovitch");
    }

    #[test]
    fn spellings_of_one_name_by_different_outlets_are_one_person() {
        let texts = [
            "Ukrainian President Viktor Yanukovych fled Kiev on Saturday. Opposition leader \
             Arseniy Yatsenyuk said parliament would meet.",
            "President Viktor Yanukovich appeared in Russia. Yatseniuk was named prime minister.",
        ];
        let actors: Vec<Actor> = found_in(&texts, BTreeSet::new())
            .into_iter()
            .map(|(actor, _)| actor)
            .collect();
        let people: Vec<&str> = actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(people, ["Viktor Yanukovych", "Arseniy Yatsenyuk"]);
        assert_eq!(find(&actors, "Viktor Yanukovych").mentions, 2);
        assert_eq!(find(&actors, "Arseniy Yatsenyuk").mentions, 2);
    }

    #[test]
    fn spelling_variants_are_transliterations_not_other_names() {
        use coreference::is_spelling_variant;
        for (a, b) in [
            ("yanukovich", "yanukovych"),
            ("zelensky", "zelenskiy"),
            ("jaczko", "jazcko"),
            ("haniyeh", "haniya"),
            ("haniyah", "haniyeh"),
            ("araghchi", "araqchi"),
            ("qaddafi", "gaddafi"),
            ("rouhani", "ruhani"),
        ] {
            assert!(is_spelling_variant(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("johnson", "johnston"),
            ("petrov", "petrova"),
            ("kim", "kym"),
            ("barr", "bar"),
            ("mattis", "matthews"),
            ("sara", "sarah"),
            ("mohammad", "mohammadeh"),
            ("quinn", "gwinn"),
        ] {
            assert!(!is_spelling_variant(a, b), "{a} {b}");
        }
    }

    #[test]
    fn an_office_before_the_name_is_not_glued_to_it_nor_a_verb_taken_for_a_role() {
        let actors = actors_of(
            "White House Chief of Staff Reince Priebus said the plan would go ahead. \
             The president-elect, Donald Trump, met Japanese Prime Minister Shinzo Abe in New York.",
        );
        let kim = actors_of(
            "The drills began on Monday, said Kim Min-seok, the South's chief military spokesman.",
        );
        assert_eq!(
            find(&kim, "Kim Min-seok").role.as_deref(),
            Some("Chief Military Spokesman")
        );
        let priebus = find(&actors, "Reince Priebus");
        assert_eq!(priebus.role.as_deref(), Some("Chief of Staff"));
        assert_eq!(
            find(&actors, "Donald Trump").role.as_deref(),
            Some("President-elect")
        );
        assert_eq!(
            find(&actors, "Shinzo Abe").affiliation.as_deref(),
            Some("Japan")
        );
    }

    #[test]
    fn an_acronym_the_article_spells_out_is_that_body_not_the_lexicon_s() {
        let actors = actors_of(
            "David Albright, president of the Institute for Science and International \
             Security (ISIS), said Iran was close to a deal.\n\nISIS has tracked the \
             programme for years.",
        );
        let institute = find(&actors, "Institute for Science and International Security");
        assert_eq!(institute.mentions, 2);
        assert!(
            !actors.iter().any(
                |a| a.name == "Islamic State" || a.aliases.iter().any(|n| n == "Islamic State")
            ),
            "{:?}",
            names(&actors)
        );
    }

    #[test]
    fn laws_units_and_states_are_not_taken_for_people_or_bodies() {
        let actors = actors_of(
            "The retailer was charged under the Foreign Corrupt Practices Act on Monday. \
             U.S. Army Maj. Gen. John Smith told reporters the troops would stay. \
             The Russian Federation rejected the proposal. \
             Candidates for Indiana's U.S. Senate seat met in a debate.",
        );
        let found = names(&actors);
        assert!(!found.iter().any(|n| n.contains("Practices")), "{found:?}");
        let smith = find(&actors, "John Smith");
        assert_eq!(
            (smith.kind, smith.affiliation.as_deref()),
            (ActorKind::Person, Some("United States"))
        );
        assert!(!found.iter().any(|n| n.contains("Federation")), "{found:?}");
        assert!(
            !found.iter().any(|n| n.starts_with("Candidates")),
            "{found:?}"
        );
        let union = actors_of(
            "Indiana State Teachers Association President Keith Gambill told teachers the \
             Legislature should act.",
        );
        assert_eq!(
            find(&union, "Keith Gambill").affiliation.as_deref(),
            Some("Indiana State Teachers Association")
        );
    }

    #[test]
    fn an_epithet_later_in_the_sentence_is_the_role_of_the_one_person_before_it() {
        let actors = actors_of(
            "Three people died in Bolivia after the interim government ousted Evo Morales, \
             when clashes erupted between the socialist leader’s supporters and police.\n\n\
             Maria Ortiz met Juan Perez, and the former minister said talks would go on.",
        );
        assert_eq!(
            find(&actors, "Evo Morales").role.as_deref(),
            Some("Socialist Leader")
        );
        // Two people named before the epithet: it is nobody's.
        assert_eq!(find(&actors, "Maria Ortiz").role, None);
        assert_eq!(find(&actors, "Juan Perez").role, None);
    }

    #[test]
    fn a_state_s_military_or_police_is_an_actor_beside_the_state() {
        let actors = actors_of(
            "The US military said a drone was shot down. US military officials gave no \
             details.\n\nChina's police detained two men, and Hong Kong police made arrests.",
        );
        let military = find(&actors, "US military");
        assert_eq!(
            (
                military.kind,
                military.mentions,
                military.affiliation.as_deref()
            ),
            (ActorKind::Organisation, 2, Some("United States"))
        );
        assert_eq!(
            find(&actors, "Chinese police").affiliation.as_deref(),
            Some("China")
        );
        assert_eq!(find(&actors, "United States").kind, ActorKind::State);
    }

    #[test]
    fn an_armed_group_named_in_capitals_before_what_its_members_are() {
        let actors = actors_of(
            "M23 rebels captured the town of Sake on Wednesday. The M23 rebel group has \
             seized swathes of North Kivu since 2022. M23 wants a seat at the table, \
             analysts said. Tuareg rebels and Syrian fighters were not involved, and F-16 \
             fighters flew overhead.",
        );
        let m23 = find(&actors, "M23");
        assert_eq!((m23.kind, m23.mentions), (ActorKind::Organisation, 3));
        // Peoples and states before "rebels" or "fighters" are no groups' names, nor a
        // model of aircraft.
        for name in ["Tuareg", "Syrian", "F-16"] {
            assert_no_name_containing(&actors, name);
        }
    }

    #[test]
    fn a_state_s_modified_office_and_unowned_security_forces_are_actors() {
        let actors = actors_of(
            "Three people died in clashes between protesters and security forces in Bolivia. \
             Bolivia’s public defender’s office said 30 were hurt. Bolivia’s new police \
             commissioner Ana Paz said order was restored. Bolivia said calm had returned.",
        );
        let office = find(&actors, "Bolivia’s public defender’s office");
        assert_eq!(office.affiliation.as_deref(), Some("Bolivia"));
        let forces = find(&actors, "security forces");
        assert_eq!(
            (forces.kind, forces.affiliation.as_deref()),
            (ActorKind::Organisation, Some("Bolivia"))
        );
        // "new police" qualifies the commissioner's office: no body.
        assert_no_name_containing(&actors, "new police");
        let actors = actors_of(
            "Protests in Bolivia against the self-declared “interim” government turned \
             deadly. Bolivia said calm had returned, and Bolivia’s army stood by.",
        );
        assert_eq!(
            find(&actors, "interim government").affiliation.as_deref(),
            Some("Bolivia")
        );
    }

    #[test]
    fn two_states_bodies_of_one_kind_and_the_body_in_capitals_are_one_each() {
        let actors = actors_of(
            "The Russian Defense Ministry said the camp was blocked. An aid worker said the \
             Russian and Syrian defense ministry’s claim is not true.\n\nA U.S. officer \
             said the Russian and Syrian defense ministry’s claim is false.",
        );
        let russian = find(&actors, "Russian Defense Ministry");
        assert_eq!(
            (russian.mentions, russian.affiliation.as_deref()),
            (3, Some("Russia")),
            "{actors:?}"
        );
        let syrian = find(&actors, "Syrian defense ministry");
        assert_eq!(
            (syrian.mentions, syrian.affiliation.as_deref()),
            (2, Some("Syria"))
        );
    }

    #[test]
    fn a_title_and_an_office_after_the_name_are_both_roles() {
        let actors = actors_of(
            "Washington has been eager to withdraw, but General Mark Milley, chairman of the \
             Joint Chiefs of Staff, told reporters the talks were over.",
        );
        let milley = find(&actors, "Mark Milley");
        assert_eq!(
            milley.roles,
            ["Chairman of the Joint Chiefs of Staff", "General"]
        );
    }

    #[test]
    fn a_rank_is_shown_only_when_nothing_else_is_known() {
        let actors = actors_of(
            "Lawmakers grilled Lt Col Alexander Vindman, a Ukraine specialist on the National \
             Security Council, on Tuesday. Col. Anna Berg said the drill went well.",
        );
        assert_eq!(
            find(&actors, "Alexander Vindman").role.as_deref(),
            Some("Ukraine specialist on the National Security Council")
        );
        assert_eq!(find(&actors, "Anna Berg").role.as_deref(), Some("Colonel"));
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
        let found = found_in(&texts, BTreeSet::new());
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
            "India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation",
        );
        assert_eq!(commission.acronym.as_deref(), Some("IRIGC-MMTC"));
        assert_eq!(commission.kind, ActorKind::Organisation);
        assert_eq!(commission.affiliation.as_deref(), Some("India, Russia"));
        assert_eq!(commission.mentions, 2);
    }

    #[test]
    fn a_plural_title_is_both_peoples_but_a_singular_one_only_the_first() {
        let actors = actors_of(
            "The two other black candidates in the race, Sens. Cory Booker and Kamala Harris, have struggled. \
             President Emmanuel Macron and Olaf Brandt met later.",
        );
        assert_eq!(
            find(&actors, "Cory Booker").role.as_deref(),
            Some("Senator")
        );
        assert_eq!(
            find(&actors, "Kamala Harris").role.as_deref(),
            Some("Senator")
        );
        assert_eq!(
            find(&actors, "Emmanuel Macron").role.as_deref(),
            Some("President")
        );
        assert!(actors
            .iter()
            .filter(|a| a.name == "Olaf Brandt")
            .all(|a| a.role.is_none()));
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
