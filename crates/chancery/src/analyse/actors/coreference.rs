//! One actor, however the articles name it again: "the minister" for the one minister
//! of the article, spellings that differ in case, hyphens or spaces.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use super::super::bodies::BODIES;
use super::super::gazetteer::{Naming, GAZETTEER};
use super::super::lexicon::{
    is_acronym, is_name_word, is_pinyin, is_role_noun, is_word_char, strip_possessive, surname,
    without_generational_suffix, CORPORATE_ENDINGS, ORG_CONNECTORS, ORG_HEADS, ROLE_MODIFIERS,
};
use super::super::sentences::{words, Sentence, Word};
use super::roles::{title_case_office, Role};
use super::tagged::names_a_people;
use super::{ActorFinder, ActorKind, Draft, EntityLabel, Evidence, SingleName};

/// Titles a person is named with, not only addressed by: "Prince Andrew", "Queen
/// Elizabeth", "Emir Tamim".
const ROYAL_TITLES: &[&str] = &["Prince", "Princess", "King", "Queen", "Emir", "Sheikh"];

impl ActorFinder<'_> {
    /// A surname alone ("Trump has accused…") joins the one person of that surname;
    /// after a title ("President Putin", "Prince Andrew") it is a person even without a
    /// full name anywhere in the set, holding the title's office.
    pub(super) fn join_surnames(
        &mut self,
        sentences: &[Sentence],
        single_names: Vec<SingleName<'_>>,
    ) {
        let mut by_surname: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for (key, draft) in &self.drafts {
            if draft.kind == ActorKind::Person {
                let surname = surname(&draft.name).to_lowercase();
                // "Abdel Fattah al-Burhan" is "Burhan" alone too.
                if let Some(bare) = without_arabic_article(&surname) {
                    by_surname
                        .entry(bare.to_owned())
                        .or_default()
                        .push(key.clone());
                }
                by_surname.entry(surname).or_default().push(key.clone());
            }
        }
        // "Wang Yi" … "Wang said": a Chinese name in pinyin whose first word stands
        // alone in the set, read as a person's, and whose last never does is written
        // family name first.
        // Only the lone words read as a person's ("Pirelli" alone is the company of
        // "Pirelli Cables").
        let alone: BTreeSet<String> = single_names
            .iter()
            .filter(|single| single.tagged_person || single.speaks || single.title().is_some())
            .map(|single| strip_possessive(single.word.text).to_lowercase())
            .collect();
        let family_first: Vec<(String, String)> = self
            .drafts_of(ActorKind::Person)
            .filter_map(|(key, d)| {
                let (family, given) = d.name.split_once(' ')?;
                let (family, given) = (family.to_lowercase(), given.to_lowercase());
                (is_pinyin(&family)
                    && is_pinyin(&given)
                    && alone.contains(&family)
                    && !alone.contains(&given))
                .then(|| (family, key.clone()))
            })
            .collect();
        for (first, key) in family_first {
            by_surname.entry(first).or_insert_with(|| vec![key]);
        }
        // "Mohamed Hamdan Dagalo, known as Hemedti": the nickname alone is the person.
        let nicknames = self.nicknames();
        for (nickname, key) in &nicknames {
            by_surname
                .entry(nickname.to_lowercase())
                .or_insert_with(|| vec![key.clone()]);
        }
        // "Meta had forced …" after "Meta Platforms": a lone word that is the short
        // name of a body named in full in the set is that body.
        let mut bodies_by_word: FxHashMap<String, Option<String>> = FxHashMap::default();
        for (key, draft) in self.drafts_of(ActorKind::Organisation) {
            let short_names = draft.aliases.iter().filter(|a| {
                !a.contains(' ') && draft.name.starts_with(a.as_str()) && draft.name.contains(' ')
            });
            for name in short_names {
                bodies_by_word
                    .entry(name.clone())
                    .and_modify(|k| {
                        if k.as_deref() != Some(key.as_str()) {
                            *k = None;
                        }
                    })
                    .or_insert_with(|| Some(key.clone()));
            }
        }
        // Surnames by first letter, where a spelling variant can only be.
        let mut by_initial: FxHashMap<char, Vec<String>> = FxHashMap::default();
        for surname in by_surname.keys() {
            if let Some(initial) = surname.chars().next() {
                by_initial.entry(initial).or_default().push(surname.clone());
            }
        }
        for single in single_names {
            let surname = strip_possessive(single.word.text);
            let span = single.word.span.start..single.word.span.start + surname.len();
            let sentence = &sentences[single.sentence];
            let joined = by_surname.get(&surname.to_lowercase()).map(Vec::as_slice);
            // The tagger reading the surname as a person's is enough to label it.
            // So is a lone name that speaks or is described as a person ("Lebed said",
            // "Lebed, who …"): a label only, too little to list an actor on. A word in
            // -s that speaks is more often a group ("Officials said", "Traders said").
            let speaks_alone = single.speaks && !surname.ends_with('s');
            // ("Zairean troops", "Hutu rebels": a people's word the tagger may read as a
            // person's.)
            let reads_as_a_person = (single.title().is_some()
                || single.tagged_person
                || speaks_alone
                || single.described_as_a_person)
                && !names_a_people(surname);
            if reads_as_a_person || matches!(joined, Some([_])) {
                self.record(span.clone(), EntityLabel::Person);
            }
            // "Yanukovich" for the "Viktor Yanukovych" of another outlet.
            let joined = joined.or_else(|| {
                let lower = surname.to_lowercase();
                let initial = lower.chars().next()?;
                let mut variants = by_initial
                    .get(&initial)?
                    .iter()
                    .filter(|known| is_spelling_variant(known, &lower))
                    .filter_map(|known| by_surname.get(known))
                    .map(Vec::as_slice);
                match (variants.next(), variants.next()) {
                    (Some(keys), None) => Some(keys),
                    _ => None,
                }
            });
            // The body whose short name the lone word is, looked up only when the set has
            // such names.
            let body = (!reads_as_a_person && !bodies_by_word.is_empty())
                .then(|| bodies_by_word.get(surname).cloned().flatten())
                .flatten();
            match joined {
                Some([key]) => {
                    let key = key.clone();
                    let draft = self
                        .drafts
                        .get_mut(&key)
                        .expect("surname index points to a draft");
                    draft.mentions += 1;
                    draft
                        .surname_starts
                        .push((sentence.article, single.word.span.start));
                    draft.articles.insert(sentence.article);
                    if let Some(role) = &single.role {
                        add_role(draft, role);
                    }
                    self.mentions_by_actor
                        .entry(key)
                        .or_default()
                        .push(single.sentence);
                }
                None if body.is_some() => {
                    if let Some(key) = body {
                        self.record(span.clone(), EntityLabel::Org);
                        if let Some(draft) = self.drafts.get_mut(&key) {
                            draft.mentions += 1;
                            draft.articles.insert(sentence.article);
                        }
                        self.mentions_by_actor
                            .entry(key)
                            .or_default()
                            .push(single.sentence);
                    }
                }
                None if single.title().is_some() => {
                    let key = self.titled_person(&single, surname, sentence);
                    let lower = surname.to_lowercase();
                    if let Some(initial) = lower.chars().next() {
                        by_initial.entry(initial).or_default().push(lower.clone());
                    }
                    by_surname.insert(lower, vec![key]);
                }
                _ => {}
            }
        }
        // The tagger's reading of the nickname as another actor is the person.
        for (nickname, key) in nicknames {
            let other = self
                .order
                .iter()
                .find(|k| **k != key && self.drafts.get(*k).is_some_and(|d| d.name == nickname))
                .cloned();
            if let Some(other) = other {
                self.merge_into(&key, &other);
            }
        }
    }

    /// "Mohamed Hamdan Dagalo, known as Hemedti", "(better known as Hemedti)": each
    /// nickname given right after a person's full name, with that person's key.
    fn nicknames(&self) -> Vec<(String, String)> {
        // Most sets give none: the names are indexed only when one is.
        let mut people: Option<FxHashMap<&str, &String>> = None;
        let mut found = Vec::new();
        for (before, nickname) in given_nicknames(self.texts) {
            // The full name ending right before: its last two to four words.
            let people = people.get_or_insert_with(|| {
                self.drafts_of(ActorKind::Person)
                    .filter(|(_, d)| d.name.contains(' '))
                    .map(|(key, d)| (d.name.as_str(), key))
                    .collect()
            });
            let words: Vec<&str> = before.rsplit(' ').take(4).collect();
            let person = (2..=words.len()).find_map(|n| {
                let name: Vec<&str> = words[..n].iter().rev().copied().collect();
                people.get(name.join(" ").as_str())
            });
            if let Some(key) = person {
                found.push((nickname, (*key).clone()));
            }
        }
        found
    }

    /// A person known only by a title and one name: the name as the story writes it
    /// ("Prince Andrew" keeps a royal title, "President Putin" is "Putin"), the office
    /// as role, its state as affiliation. Returns the person's key.
    fn titled_person(
        &mut self,
        single: &SingleName<'_>,
        surname: &str,
        sentence: &Sentence,
    ) -> String {
        let role = single.role.as_ref().expect("a titled name has its title");
        let title = single.title().expect("a titled name has its title");
        let name = if ROYAL_TITLES.contains(&title) {
            format!("{title} {surname}")
        } else {
            surname.to_owned()
        };
        let key = actor_key("person", &name);
        let text = self.texts[sentence.article];
        let span = role.span.start..single.word.span.start + surname.len();
        let draft = self.mention(
            &key,
            ActorKind::Person,
            &name,
            sentence,
            single.sentence,
            span.clone(),
        );
        add_role(draft, role);
        if !role.groups.is_empty() {
            draft
                .role_evidence
                .get_or_insert_with(|| Evidence::new(sentence.article, text, span));
        }
        key
    }

    /// One person whose full name two outlets spell differently ("Viktor Yanukovich",
    /// "Viktor Yanukovych"): the less named spelling joins the more named one.
    pub(super) fn merge_spelling_variants(&mut self) {
        let people: Vec<String> = self
            .order
            .iter()
            .filter(|key| {
                self.drafts
                    .get(*key)
                    .is_some_and(|d| d.kind == ActorKind::Person)
            })
            .cloned()
            .collect();
        // Only names of as many words, with the same first letters, can be variants.
        let mut alike: BTreeMap<(usize, String), Vec<String>> = BTreeMap::new();
        for key in people {
            let name = &self.drafts[&key].name;
            let initials: String = name.split(' ').filter_map(|w| w.chars().next()).collect();
            alike
                .entry((name.split(' ').count(), initials.to_lowercase()))
                .or_default()
                .push(key);
        }
        for people in alike.values().filter(|keys| keys.len() > 1) {
            self.merge_variants_among(people);
        }
    }

    fn merge_variants_among(&mut self, people: &[String]) {
        for (n, first) in people.iter().enumerate() {
            for second in &people[n + 1..] {
                let (Some(a), Some(b)) = (self.drafts.get(first), self.drafts.get(second)) else {
                    continue;
                };
                if !is_same_name_spelt_otherwise(&a.name, &b.name) {
                    continue;
                }
                let (keep, drop) = if b.mentions > a.mentions {
                    (second, first)
                } else {
                    (first, second)
                };
                self.merge_into(&keep.clone(), &drop.clone());
            }
        }
    }

    /// "Hawk Sawyer" after "Kathleen Hawk Sawyer", "Pat Carlineo" beside "Patrick
    /// Carlineo Jr.": a name of two words or more that ends another person's longer name
    /// in the same articles, or is that name with its forename cut short, is that person.
    pub(super) fn join_shorter_full_names(&mut self) {
        let people: Vec<(String, String, BTreeSet<usize>)> = self
            .drafts_of(ActorKind::Person)
            .filter(|(_, draft)| draft.name.contains(' '))
            .map(|(key, draft)| (key.clone(), draft.name.clone(), draft.articles.clone()))
            .collect();
        // Only names with the same last word can end one another.
        let mut by_last_word: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (n, (_, name, _)) in people.iter().enumerate() {
            by_last_word.entry(surname(name)).or_default().push(n);
        }
        for (short_key, short, articles) in &people {
            let longer: Vec<&String> = by_last_word[surname(short)]
                .iter()
                .map(|&n| &people[n])
                .filter(|(_, long, long_articles)| {
                    let long = without_generational_suffix(long);
                    // "Von der Leyen" opening a sentence ends "Ursula von der Leyen".
                    let ends_it = long.len() > short.len()
                        && long.is_char_boundary(long.len() - short.len())
                        && long[long.len() - short.len()..].eq_ignore_ascii_case(short)
                        && long[..long.len() - short.len()].ends_with(' ');
                    (ends_it || is_short_forename_of(short, long))
                        && !long_articles.is_disjoint(articles)
                })
                .map(|(key, _, _)| key)
                .collect();
            // Two longer names ending alike ("Mary Ann Lee", "Jo Ann Lee") leave it open.
            if let [long_key] = longer[..] {
                self.merge_into(long_key, short_key);
            }
        }
    }

    /// "Ali Bongo" in one article, "Ali Bongo Ondimba" in another: a name of two words
    /// that opens exactly one person's name of three is that person, where no one else
    /// bears the longer name's last word (as "Kim Jong Un" and "Kim Jong Il" would).
    pub(super) fn join_names_opening_a_longer_name(&mut self) {
        let people: Vec<(String, String)> = self
            .drafts_of(ActorKind::Person)
            .map(|(key, draft)| (key.clone(), draft.name.clone()))
            .collect();
        // Names of three words by their first two; how many people bear each last word.
        // Accents aside: "Edmundo Gonzalez" in a wire opens "Edmundo González Urrutia".
        let mut by_opening: FxHashMap<String, Vec<&String>> = FxHashMap::default();
        let mut bearers: FxHashMap<&str, usize> = FxHashMap::default();
        for (key, name) in &people {
            *bearers.entry(surname(name)).or_default() += 1;
            if let Some((opening, _)) = name.rsplit_once(' ') {
                if name.split(' ').count() == 3 {
                    by_opening
                        .entry(without_accents(opening))
                        .or_default()
                        .push(key);
                }
            }
        }
        let joins: Vec<(String, String)> = people
            .iter()
            .filter(|(_, short)| short.split(' ').count() == 2)
            .filter_map(|(short_key, short)| {
                let [long_key] = by_opening.get(&without_accents(short))?[..] else {
                    return None;
                };
                let long = &self.drafts.get(long_key)?.name;
                (bearers.get(surname(long)) == Some(&1))
                    .then(|| (long_key.clone(), short_key.clone()))
            })
            .collect();
        for (long, short) in joins {
            self.merge_into(&long, &short);
        }
    }

    /// The actor of key `drop` is the one of key `keep`: its names, roles and mentions
    /// join it.
    fn merge_into(&mut self, keep: &str, drop: &str) {
        let (Some(dropped), true) = (self.drafts.remove(drop), self.drafts.contains_key(keep))
        else {
            return;
        };
        let sentences = self.mentions_by_actor.remove(drop).unwrap_or_default();
        let kept = self.mentions_by_actor.entry(keep.to_owned()).or_default();
        kept.extend(sentences);
        kept.sort_unstable();
        kept.dedup();
        self.drafts
            .get_mut(keep)
            .expect("checked above")
            .absorb(dropped);
    }

    /// "Parliament" beside "Ukraine's parliament": a body a state has one of, named
    /// alone, is the one state's body of that kind the articles name.
    pub(super) fn join_lone_institutions(&mut self) {
        let lone: Vec<(String, String)> = self
            .drafts_of(ActorKind::Organisation)
            .filter(|(_, draft)| {
                matches!(
                    draft.name.as_str(),
                    "Parliament" | "Cabinet" | "Legislature"
                )
            })
            .map(|(key, draft)| (key.clone(), format!(" {}", draft.name.to_lowercase())))
            .collect();
        for (key, ending) in lone {
            let owners: Vec<&String> = self
                .drafts_of(ActorKind::Organisation)
                .filter(|(other, d)| {
                    **other != key
                        && d.name.to_lowercase().ends_with(&ending)
                        && !d.affiliations.is_empty()
                })
                .map(|(other, _)| other)
                .collect();
            if let [owner] = owners.as_slice() {
                let owner = (*owner).clone();
                self.merge_into(&owner, &key);
            }
        }
    }

    /// "China's Taiwan Affairs Office" (kept as the "Chinese Taiwan Affairs Office")
    /// beside the "Taiwan Affairs Office": the body named alone is the one state's of
    /// that name, when only one state's is named.
    pub(super) fn join_bodies_named_without_their_state(&mut self) {
        let owned = self.bodies_also_named_without(|first| {
            GAZETTEER
                .lookup(first)
                .is_some_and(|(_, naming)| naming == Naming::Demonym)
        });
        for (owned_key, bare_key) in &owned {
            let one_state_s = owned.iter().filter(|(_, other)| other == bare_key).count() == 1;
            if one_state_s {
                if let Some(bare) = self.drafts.get_mut(bare_key) {
                    // The state its name seemed to hold was the state it serves.
                    bare.affiliations.clear();
                }
                self.merge_into(owned_key, bare_key);
            }
        }
    }

    /// "CMA" beside "the Competition and Markets Authority" when no article spells it
    /// out: an acronym no list holds is the one body named in the set whose initials
    /// it is (a state or demonym before the name aside: "the UK's …").
    pub(super) fn join_acronyms_to_their_names(&mut self) {
        let initials = |name: &str| -> String {
            let words: Vec<&str> = name.split(' ').collect();
            let skip = usize::from(
                words.len() > 2 && GAZETTEER.lookup(strip_possessive(words[0])).is_some(),
            );
            words[skip..]
                .iter()
                .filter(|w| !ORG_CONNECTORS.contains(w))
                .filter_map(|w| w.chars().next().filter(char::is_ascii_uppercase))
                .collect()
        };
        // Each name's initials once, so a set with many bodies is read in one pass.
        let mut by_initials: FxHashMap<String, Vec<&String>> = FxHashMap::default();
        for (key, draft) in self.drafts_of(ActorKind::Organisation) {
            if draft.name.contains(' ') {
                by_initials
                    .entry(initials(&draft.name))
                    .or_default()
                    .push(key);
            }
        }
        let mut joins: Vec<(String, String)> = Vec::new();
        for (acronym_key, draft) in self.drafts_of(ActorKind::Organisation) {
            let acronym = draft.name.as_str();
            let unlisted = is_acronym(acronym)
                && acronym.len() >= 3
                && acronym.chars().all(|c| c.is_ascii_uppercase())
                && BODIES.lookup(acronym).is_none()
                && !self.acronyms.contains_key(acronym);
            if !unlisted {
                continue;
            }
            if let Some([named]) = by_initials.get(acronym).map(Vec::as_slice) {
                joins.push(((*named).clone(), acronym_key.clone()));
            }
        }
        joins.sort_unstable();
        for (named, acronym) in joins {
            self.merge_into(&named, &acronym);
        }
    }

    /// "Lai's Democratic Progressive Party" beside the "Democratic Progressive Party":
    /// a name's possessive before a body's name says whose it is; the body is the one
    /// named alone.
    pub(super) fn join_bodies_named_with_an_owner(&mut self) {
        for (owned_key, bare_key) in
            self.bodies_also_named_without(|first| strip_possessive(first) != first)
        {
            self.merge_into(&bare_key, &owned_key);
        }
    }

    /// "China Coast Guard" beside "the Chinese coast guard" and "China's coast guard": a
    /// body named after its state, by name, possessive or demonym, and then the same
    /// words in any case, is one body, shown by the name written as a proper name.
    pub(super) fn join_bodies_of_a_state_written_alike(&mut self) {
        let mut by_form: BTreeMap<(usize, String), Vec<(String, bool)>> = BTreeMap::new();
        for (key, draft) in self.drafts_of(ActorKind::Organisation) {
            let words: Vec<&str> = draft.name.split(' ').collect();
            // A state of two words first ("South Korean").
            for n in [2, 1] {
                if words.len() <= n {
                    continue;
                }
                let owner = words[..n].join(" ");
                let Some((state, naming)) = GAZETTEER.lookup(strip_possessive(&owner)) else {
                    continue;
                };
                if matches!(naming, Naming::Name | Naming::Demonym) {
                    let rest = &words[n..];
                    let proper = rest.iter().all(|w| w.starts_with(char::is_uppercase));
                    by_form
                        .entry((state, rest.join(" ").to_lowercase()))
                        .or_default()
                        .push((key.clone(), proper));
                }
                break;
            }
        }
        self.join_each_by_its_proper_name(by_form.into_values());
    }

    /// "the Ministry of Foreign Affairs" and "the UAE foreign ministry" in a story the
    /// UAE's ministry is framed in: one state's ministry named two ways is one body,
    /// shown by its proper name. Asked once affiliations are settled, as the framing
    /// gives an unowned ministry its state.
    pub(super) fn join_ministries_named_two_ways(&mut self) {
        let mut by_portfolio: BTreeMap<(String, String), Vec<(String, bool)>> = BTreeMap::new();
        for (key, draft) in self.drafts_of(ActorKind::Organisation) {
            let mut states = draft.affiliations.keys();
            let (Some(state), None) = (states.next(), states.next()) else {
                continue;
            };
            if let Some(portfolio) = ministry_portfolio(&draft.name) {
                let proper = draft
                    .name
                    .split(' ')
                    .all(|w| w.starts_with(char::is_uppercase) || ORG_CONNECTORS.contains(&w));
                by_portfolio
                    .entry((state.clone(), portfolio))
                    .or_default()
                    .push((key.clone(), proper));
            }
        }
        self.join_each_by_its_proper_name(by_portfolio.into_values());
    }

    /// Each group of keys (with whether its name is a proper one, all in capitals) is one
    /// body, shown by its first proper name, else by the first.
    fn join_each_by_its_proper_name(&mut self, groups: impl Iterator<Item = Vec<(String, bool)>>) {
        for bodies in groups.filter(|b| b.len() > 1) {
            let keep = bodies
                .iter()
                .find(|(_, proper)| *proper)
                .unwrap_or(&bodies[0])
                .0
                .clone();
            for (key, _) in &bodies {
                if *key != keep {
                    self.merge_into(&keep, key);
                }
            }
        }
    }

    /// Organisations whose first word passes `first_word` and whose other words name
    /// another organisation of the set: their keys, with that other's.
    fn bodies_also_named_without(
        &self,
        first_word: impl Fn(&str) -> bool,
    ) -> Vec<(String, String)> {
        self.drafts_of(ActorKind::Organisation)
            .filter_map(|(key, draft)| {
                let (first, rest) = draft.name.split_once(' ')?;
                let bare_key = actor_key("org", rest);
                (self.is_organisation(&bare_key) && bare_key != *key && first_word(first))
                    .then(|| (key.clone(), bare_key))
            })
            .collect()
    }

    /// The drafts of one kind, in the order the articles first name them, with their keys.
    pub(super) fn drafts_of(
        &self,
        kind: ActorKind,
    ) -> impl Iterator<Item = (&String, &Draft)> + '_ {
        self.order.iter().filter_map(move |key| {
            let draft = self.drafts.get(key)?;
            (draft.kind == kind).then_some((key, draft))
        })
    }

    fn is_organisation(&self, key: &str) -> bool {
        self.drafts
            .get(key)
            .is_some_and(|d| d.kind == ActorKind::Organisation)
    }

    /// "Wal-Mart" after "Wal-Mart Stores Inc", "SoftBank" after "SoftBank Group Corp": a
    /// company's name cut short before its corporate ending is the same company.
    pub(super) fn join_company_short_names(&mut self) {
        let companies: Vec<(String, String)> = self
            .drafts_of(ActorKind::Organisation)
            .filter(|(_, draft)| {
                draft
                    .name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|ending| CORPORATE_ENDINGS.contains(&ending))
            })
            .map(|(key, draft)| (key.clone(), draft.name.clone()))
            .collect();
        for (key, name) in companies {
            let words: Vec<&str> = name.split(' ').collect();
            for short in (1..words.len()).map(|k| words[..k].join(" ")) {
                let short_key = actor_key("org", &short);
                if self.is_organisation(&short_key) && short_key != key {
                    self.merge_into(&key, &short_key);
                }
            }
        }
        // "Rydell's founder" beside "the ride-hailing company Rydell Mobility": a body
        // named by one word that opens the name of one company, named more often, is
        // that company cut short. (Not "Sony" beside its "Sony Now" service.)
        let mut by_first_word: FxHashMap<String, Vec<(String, usize)>> = FxHashMap::default();
        for (key, draft) in self.drafts_of(ActorKind::Organisation) {
            let a_company_s_name = !draft.name.split(' ').any(|w| ORG_CONNECTORS.contains(&w))
                && self.company_names.contains(&draft.name);
            if let Some((first, _)) = draft.name.split_once(' ').filter(|_| a_company_s_name) {
                by_first_word
                    .entry(first.to_owned())
                    .or_default()
                    .push((key.clone(), draft.mentions));
            }
        }
        let mut joins: Vec<(String, String)> = by_first_word
            .into_iter()
            .filter_map(|(first, longer)| {
                let [(long_key, long_mentions)] = longer.as_slice() else {
                    return None;
                };
                let short_key = actor_key("org", &first);
                let short = self.drafts.get(&short_key)?;
                let a_name =
                    GAZETTEER.lookup(&first).is_none() && !ORG_HEADS.contains(&first.as_str());
                // "video game maker Activision Blizzard" and "Activision" after it: the
                // full name first, then cut short, however often.
                let first_seen = |key: &str| {
                    self.drafts
                        .get(key)
                        .and_then(|d| d.mention_starts.iter().min().copied())
                };
                let introduced_in_full = first_seen(long_key) < first_seen(&short_key);
                let cut_short = short.mentions < *long_mentions || introduced_in_full;
                (a_name && short.kind == ActorKind::Organisation && cut_short)
                    .then(|| (long_key.clone(), short_key))
            })
            .collect();
        // The same joins whatever order the map kept.
        joins.sort_unstable();
        for (long_key, short_key) in joins {
            self.merge_into(&long_key, &short_key);
        }
    }

    /// "WeWork … rebranded itself The We Company": the new name is the same body, shown
    /// by the name the story uses first.
    pub(super) fn join_renamed_bodies(&mut self) {
        for (article, at, new_key) in std::mem::take(&mut self.renamed_bodies) {
            // The body named last before the new name.
            let renamed = self
                .drafts_of(ActorKind::Organisation)
                .filter(|(key, _)| **key != new_key)
                .filter_map(|(key, draft)| {
                    let last = draft
                        .mention_starts
                        .iter()
                        .filter(|&&(a, start)| a == article && start < at)
                        .map(|&(_, start)| start)
                        .max()?;
                    Some((last, key.clone()))
                })
                .max();
            if let Some((_, old_key)) = renamed {
                self.merge_into(&old_key, &new_key);
            }
        }
    }

    /// "The minister said …" is one more mention of the one person of that article whose
    /// role names the office; with two ministers in the article it is nobody's.
    pub(super) fn join_office_mentions(&mut self, sentences: &[Sentence]) {
        self.join_descriptions(sentences, &OFFICE_ANAPHOR, |draft, office| {
            draft.kind == ActorKind::Person
                && draft
                    .roles
                    .iter()
                    .any(|r| r.to_lowercase().contains(office))
        });
    }

    /// "The ministry said", "prosecutors alleged": the one body of the article a
    /// description fits is mentioned again, so a body the story keeps coming back to
    /// counts as often as the story names it.
    pub(super) fn join_body_descriptions(&mut self, sentences: &[Sentence]) {
        self.join_descriptions(sentences, &BODY_DESCRIPTION, |draft, description| {
            draft.kind == ActorKind::Organisation && described_by(description, &draft.name)
        });
    }

    /// Each match of `pattern` (its first group that matched is the description) is one
    /// more mention of the one actor of that article it `fits`; a sentence that already
    /// names that actor is not counted twice.
    fn join_descriptions(
        &mut self,
        sentences: &[Sentence],
        pattern: &Regex,
        fits: impl Fn(&Draft, &str) -> bool,
    ) {
        for (index, sentence) in sentences.iter().enumerate() {
            let text = &self.texts[sentence.article][sentence.span.clone()];
            for found in pattern.captures_iter(text) {
                let description = found
                    .iter()
                    .skip(1)
                    .flatten()
                    .next()
                    .map_or("", |m| m.as_str());
                let actors: Vec<&String> = self
                    .order
                    .iter()
                    .filter(|key| {
                        self.drafts.get(*key).is_some_and(|d| {
                            d.articles.contains(&sentence.article) && fits(d, description)
                        })
                    })
                    .collect();
                let [key] = actors.as_slice() else {
                    continue;
                };
                let key = (*key).clone();
                let sentences_of_actor = self.mentions_by_actor.entry(key.clone()).or_default();
                if sentences_of_actor.contains(&index) {
                    continue;
                }
                sentences_of_actor.push(index);
                sentences_of_actor.sort_unstable();
                if let Some(draft) = self.drafts.get_mut(&key) {
                    draft.mentions += 1;
                }
            }
        }
    }
}

/// "The ministry said", "the Commission said", "federal prosecutors alleged": a body
/// named by what it is, for the one body of the article whose name says so (not "the
/// Commission President", the start of another name).
static BODY_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:[Tt]he ((?:[Mm]inistry|[Aa]gency|[Cc]ommittee|[Cc]ommission|[Cc]ouncil|[Bb]ureau|[Dd]epartment|[Ll]egislature|[Pp]arliament|[Tt]ribunal|[Ii]nstitute|[Ff]oundation)(?:\s+[^A-Z\s]|[^A-Za-z\s]|$))|(prosecutors)(?-u:\b))")
        .expect("valid regex")
});

/// What a body's name holds when a description names it: its head noun, or for
/// "prosecutors" the office that prosecutes.
/// "burhan" of "al-burhan", "sisi" of "el-sisi": the Arabic article, which news drops
/// when it names the person by the surname alone.
fn without_arabic_article(surname: &str) -> Option<&str> {
    ["al-", "el-"]
        .iter()
        .find_map(|article| surname.strip_prefix(article))
        .filter(|bare| !bare.is_empty())
}

fn described_by(description: &str, name: &str) -> bool {
    let name = name.to_lowercase().replace('’', "'");
    // "the Commission said": the head noun, capitalised or not, before the next word.
    let description = description
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let description = description.as_str();
    if description == "prosecutors" {
        return ["attorney's office", "prosecutor", "prosecution"]
            .iter()
            .any(|office| name.contains(office));
    }
    name.split(' ').any(|word| word == description)
}

/// "Pat Carlineo" for "Patrick W. Carlineo": a forename and surname, the forename of
/// three letters or more starting the other's, or its initial, the surname the same.
fn is_short_forename_of(short: &str, long: &str) -> bool {
    let (Some((short_first, short_last)), Some((long_first, _))) =
        (short.split_once(' '), long.split_once(' '))
    else {
        return false;
    };
    // "B. U. Nzeribe" for "Benjamin Nzeribe": initials, the first one of the forename
    // the other spells out.
    if let Some((initials, last)) = short.rsplit_once(' ') {
        let is_initial = |w: &str| {
            let mut chars = w.chars();
            let (letter, stop, rest) = (chars.next(), chars.next(), chars.next());
            letter.is_some_and(char::is_uppercase) && stop == Some('.') && rest.is_none()
        };
        if initials.split(' ').all(is_initial) {
            return !is_initial(long_first)
                && long_first.chars().next() == short.chars().next()
                && last == surname(long);
        }
    }
    short_first.len() >= 3
        && long_first.len() > short_first.len()
        && long_first.starts_with(short_first)
        && short_last == surname(long)
}

/// "Mohamed Hamdan Dagalo, known as Hemedti", "(better known as Hemedti)", "the Japan
/// Innovation party, known as Ishin": each short name the texts give after "known as",
/// with the text before it (without "also"/"better", the comma or the bracket).
pub(super) fn given_nicknames<'t>(texts: &[&'t str]) -> Vec<(&'t str, String)> {
    let mut given = Vec::new();
    for text in texts {
        for (at, _) in text.match_indices("known as ") {
            let before = text[..at].trim_end();
            let before = before
                .strip_suffix("also")
                .or_else(|| before.strip_suffix("better"))
                .unwrap_or(before)
                .trim_end()
                .trim_end_matches([',', '('])
                .trim_end();
            let nickname: String = text[at + "known as ".len()..]
                .trim_start_matches(['"', '“'])
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == ' '))
                .next()
                .unwrap_or("")
                .split(' ')
                .take_while(|w| is_name_word(w))
                .collect::<Vec<_>>()
                .join(" ");
            if !nickname.is_empty() {
                given.push((before, nickname));
            }
        }
    }
    given
}

/// Letters transliterations and spellings of one name trade for each other.
const SOFT_LETTERS: &str = "aeiouyjhw";

/// Whether two spellings of a name differ only as transliterations do: one vowel-like
/// letter for another ("Yanukovich", "Yanukovych"), one such letter more ("Zelensky",
/// "Zelenskiy"), two neighbours swapped ("Jaczko", "Jazcko"), an open ending written
/// "eh", "ah" or "a" ("Haniyeh", "Haniya"), or one sound written with other letters
/// ("Araghchi", "Araqchi"). Both lower case.
pub(super) fn is_spelling_variant(a: &str, b: &str) -> bool {
    // "Haniyeh", "Haniya", "Haniyah": a final "eh" or "ah" transliterates one letter
    // that others write "a".
    let open_ending = |name: &str| {
        name.strip_suffix("eh")
            .or_else(|| name.strip_suffix("ah"))
            .or_else(|| name.strip_suffix('a'))
            .filter(|stem| stem.chars().count() >= 4)
            .map(str::to_owned)
    };
    if a != b && open_ending(a).is_some_and(|stem| open_ending(b) == Some(stem)) {
        return true;
    }
    // "Orbán", "Orban": one name with its accents and without.
    if a != b && !(a.is_ascii() && b.is_ascii()) && without_accents(a) == without_accents(b) {
        return true;
    }
    // Compared for every surname against every other of its initial: ASCII names, most
    // of them, are compared as they are, without a copy.
    if a.is_ascii() && b.is_ascii() {
        let soft = |c| SOFT_LETTERS.as_bytes().contains(&c);
        if differ_as_variants(a.as_bytes(), b.as_bytes(), b'a', soft) {
            return true;
        }
        // "Araghchi", "Araqchi"; "Qaddafi", "Gaddafi"; "Rouhani", "Ruhani": one sound
        // that transliterations write with other letters (keyed only where one of those
        // letters is: most pairs compared are not).
        let written_otherwise =
            |n: &str| n.contains('q') || n.contains("gh") || n.contains("ou") || n.contains("dj");
        if a.len().abs_diff(b.len()) > 2 || !(written_otherwise(a) || written_otherwise(b)) {
            return false;
        }
        let (a, b) = (transliteration_key(a), transliteration_key(b));
        return a == b || differ_as_variants(a.as_bytes(), b.as_bytes(), b'a', soft);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    differ_as_variants(&a, &b, 'a', |c| SOFT_LETTERS.contains(c))
}

/// A lower-case ASCII name with the letters transliterations disagree on written one
/// way: "gh", "q", "g" and "k" as "k"; "ou" as "u"; "dj" as "j". ("Qu" is English,
/// "Quinn", and stays.)
fn transliteration_key(name: &str) -> String {
    let name = name
        .replace("gh", "k")
        .replace("ou", "u")
        .replace("dj", "j")
        .replace("qu", "\u{1}");
    name.replace(['q', 'g'], "k").replace('\u{1}', "qu")
}

/// A name's letters without their accents ("Orbán" → "Orban", "Szijjártó" → "Szijjarto").
fn without_accents(name: &str) -> String {
    name.nfd()
        .filter(|&c| !unicode_normalization::char::is_combining_mark(c))
        .collect()
}

/// [`is_spelling_variant`] over the names' letters; `a_letter` is the letter "a".
fn differ_as_variants<T: Copy + Eq>(
    a: &[T],
    b: &[T],
    a_letter: T,
    soft: impl Fn(T) -> bool,
) -> bool {
    if a == b || a.len().min(b.len()) < 5 || a.first() != b.first() {
        return false;
    }
    if a.len() == b.len() {
        let mut differ = (0..a.len()).filter(|&i| a[i] != b[i]);
        return match (differ.next(), differ.next(), differ.next()) {
            (Some(i), None, _) => soft(a[i]) && soft(b[i]),
            (Some(i), Some(j), None) => j == i + 1 && a[i] == b[j] && a[j] == b[i],
            _ => false,
        };
    }
    let (long, short) = if a.len() > b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() != short.len() + 1 {
        return false;
    }
    let at = (0..short.len())
        .find(|&i| long[i] != short[i])
        .unwrap_or(short.len());
    // "Petrov", "Petrova": a final "a" makes a woman's form of the name, another person.
    let feminine = at == short.len() && long[at] == a_letter;
    soft(long[at]) && !feminine && long[at + 1..] == short[at..]
}

/// Whether two full names are one name spelt otherwise: the same number of words, each
/// the same or a spelling variant, one at least a variant.
fn is_same_name_spelt_otherwise(a: &str, b: &str) -> bool {
    let a: Vec<String> = a.split(' ').map(str::to_lowercase).collect();
    let b: Vec<String> = b.split(' ').map(str::to_lowercase).collect();
    a.len() == b.len()
        && a.len() >= 2
        && a != b
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x == y || is_spelling_variant(x, y))
}

/// A role stated beside a surname or a lone titled name: its offices, and the state it
/// serves, for the person.
fn add_role(draft: &mut Draft, role: &Role) {
    for group in &role.groups {
        if !draft.roles.contains(group) {
            draft.roles.push(group.clone());
        }
    }
    if let Some(state) = role.state {
        *draft
            .affiliations
            .entry(GAZETTEER.name(state).to_owned())
            .or_default() += 1;
    } else if let Some(employer) = &role.employer {
        // "EU trade chief Dombrovskis": the body the title names.
        *draft.employers.entry(employer.clone()).or_default() += 1;
    }
}

impl ActorFinder<'_> {
    /// A person named without a role, then called by an epithet later in the same
    /// sentence ("… ousted Evo Morales, after clashes between the socialist leader’s
    /// supporters …"), holds that role, when the sentence names no other person before.
    pub(super) fn roles_from_epithets(&mut self, sentences: &[Sentence]) {
        // The people each sentence names, so a sentence looks at its own people only;
        // in reading order, so the first epithet of a person is the one kept.
        let mut people_in: BTreeMap<usize, Vec<String>> = BTreeMap::new();
        for (key, indices) in &self.mentions_by_actor {
            if self
                .drafts
                .get(key)
                .is_some_and(|d| d.kind == ActorKind::Person)
            {
                for &index in indices {
                    people_in.entry(index).or_default().push(key.clone());
                }
            }
        }
        for (index, people) in people_in {
            let sentence = &sentences[index];
            self.counterparts_hold_the_office(sentence, &people);
            let words = words(self.texts[sentence.article], sentence.span.clone());
            // "Noel and Thomas were the only officers assigned to the unit": a role said
            // of the names that open the clause, for each of them.
            for copula in 1..words.len() {
                let Some(role) = predicate_role(&words, copula) else {
                    continue;
                };
                let subject_from = (0..copula)
                    .rev()
                    .take_while(|&k| is_name_word(words[k].text) || words[k].text == "and")
                    .last();
                let Some(from) = subject_from else {
                    continue;
                };
                let subject = words[from].span.start..words[copula].span.start;
                for key in &people {
                    let person = self.drafts.get_mut(key).expect("listed above");
                    let named_there = person
                        .mention_starts
                        .iter()
                        .chain(&person.surname_starts)
                        .any(|&(a, s)| a == sentence.article && subject.contains(&s));
                    if named_there && person.roles.is_empty() {
                        person.roles.push(role.clone());
                    }
                }
            }
            for (at, the) in words.iter().enumerate() {
                if !the.text.eq_ignore_ascii_case("the") {
                    continue;
                }
                let Some(epithet) = epithet_after(&words, at + 1, false) else {
                    continue;
                };
                let named_before: Vec<&String> = people
                    .iter()
                    .filter(|key| {
                        self.drafts[*key].mention_starts.iter().any(|&(a, s)| {
                            a == sentence.article && s >= sentence.span.start && s < the.span.start
                        })
                    })
                    .collect();
                if let [key] = named_before[..] {
                    let person = self.drafts.get_mut(key).expect("listed above");
                    if person.roles.is_empty() {
                        person.roles.push(epithet);
                    }
                }
            }
        }
    }
}

/// The role an epithet names at word `from`: up to two qualifiers and a role noun
/// ("socialist leader", "former president"; "only officers" when `plural`, shown as one
/// "Officer"), with no name after it ("the former president Barack Obama" is a title,
/// read by `roles`).
fn epithet_after(words: &[Word<'_>], from: usize, plural: bool) -> Option<String> {
    for end in from..words.len().min(from + 3) {
        let word = strip_possessive(words[end].text);
        if !word.starts_with(char::is_lowercase) {
            return None;
        }
        let singular = if plural {
            word.strip_suffix('s')
        } else {
            Some(word)
        };
        if let Some(singular) = singular.filter(|w| is_role_noun(w)) {
            let named_next = words.get(end + 1).is_some_and(|w| is_name_word(w.text));
            let shown: Vec<&str> = words[from..end]
                .iter()
                .map(|w| w.text)
                .chain(std::iter::once(singular))
                .collect();
            return (!named_next).then(|| title_case_office(&shown));
        }
        if !(ROLE_MODIFIERS.contains(&word) || is_adjective_like(word)) {
            return None;
        }
    }
    None
}

impl ActorFinder<'_> {
    /// "Foreign Minister Sergei Lavrov told his German counterpart Frank-Walter
    /// Steinmeier": a counterpart holds the office of the person the sentence named
    /// before them, for their own state.
    fn counterparts_hold_the_office(&mut self, sentence: &Sentence, people: &[String]) {
        let first_mention = |draft: &Draft| {
            draft
                .mention_starts
                .iter()
                .filter(|&&(a, s)| a == sentence.article && sentence.span.contains(&s))
                .map(|&(_, s)| s)
                .min()
        };
        let is_counterpart = |role: &String| role.to_lowercase().ends_with("counterpart");
        for key in people {
            let Some(at) = self
                .drafts
                .get(key)
                .filter(|d| d.roles.first().is_some_and(is_counterpart))
                .and_then(first_mention)
            else {
                continue;
            };
            let office = people
                .iter()
                .filter_map(|other| self.drafts.get(other))
                .filter(|d| first_mention(d).is_some_and(|s| s < at))
                .filter_map(|d| d.roles.first().filter(|r| !is_counterpart(r)))
                .next_back()
                .cloned();
            if let (Some(office), Some(draft)) = (office, self.drafts.get_mut(key)) {
                draft.roles[0] = office;
            }
        }
    }
}

/// The role a copula at `copula` says its subject holds: "is a doctor", "were the only
/// officers" (one officer each); a role noun after an article and at most two
/// qualifiers, with no name after it ("is the Director Jane Doe's deputy" names
/// another person).
fn predicate_role(words: &[Word<'_>], copula: usize) -> Option<String> {
    let plural = match words[copula].text {
        "is" | "was" => false,
        "are" | "were" => true,
        _ => return None,
    };
    let text = |k: usize| words.get(k).map_or("", |w| w.text);
    if !matches!(text(copula + 1), "a" | "an" | "the") {
        return None;
    }
    let mut from = copula + 2;
    while matches!(text(from), "only" | "two" | "three" | "four") {
        from += 1;
    }
    epithet_after(words, from, plural)
}

/// "socialist", "exiled", "longtime": words that qualify a role in an epithet.
fn is_adjective_like(word: &str) -> bool {
    ["ist", "al", "ic", "ed", "ive", "ary", "ian", "time"]
        .iter()
        .any(|ending| word.len() > 4 && word.ends_with(ending))
}

/// The key that joins spellings of one name: case, hyphens and spacing ignored, so
/// "Inter-Governmental Commission" and "Intergovernmental Commission", "al-Sisi" and
/// "Al Sisi" are one actor.
pub(super) fn actor_key(kind: &str, name: &str) -> String {
    // "George W. Bush" is "George Bush", "Patrick Carlineo Jr." is "Patrick Carlineo":
    // a person's middle initial or generational suffix is no part of the key.
    let initial = |word: &str| {
        word.len() == 2 && word.starts_with(|c: char| c.is_ascii_uppercase()) && word.ends_with('.')
    };
    let name = if kind == "person" {
        without_generational_suffix(name)
    } else {
        name
    };
    let folded: String = name
        .split(' ')
        .filter(|word| kind != "person" || !initial(word))
        .flat_map(str::chars)
        .filter(|&c| is_word_char(c))
        .flat_map(char::to_lowercase)
        .collect();
    format!("{kind}:{folded}")
}

/// "The minister said": an office named with "the", for the one person holding it.
pub(super) static OFFICE_ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Tt]he (minister|ambassador|president|secretary|envoy|chancellor|premier|spokesman|spokeswoman|spokesperson|commander|governor|mayor|senator|adviser|advisor|prime minister|foreign minister|defence minister|defense minister)(?-u:\b)")
        .expect("valid regex")
});

/// A ministry's portfolio, however the name is written: "Ministry of Foreign Affairs",
/// "UAE foreign ministry" and "Foreign Ministry" are all "foreign"; none for a name
/// that is no ministry's.
fn ministry_portfolio(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').map(strip_possessive).collect();
    let at = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("ministry"))?;
    let portfolio: Vec<&str> = if at == 0 {
        // "Ministry of (the) Interior"
        words[1..]
            .iter()
            .copied()
            .skip_while(|w| matches!(*w, "of" | "the" | "for"))
            .collect()
    } else if at + 1 == words.len() {
        // "(UAE) foreign ministry", "Russian Defence Ministry": without the state.
        words[..at]
            .iter()
            .copied()
            .filter(|w| GAZETTEER.lookup(w).is_none())
            .collect()
    } else {
        return None;
    };
    let portfolio = portfolio.join(" ").to_lowercase();
    let portfolio = match portfolio.as_str() {
        "" => return None,
        "foreign affairs" | "external affairs" => "foreign",
        "defense" => "defence",
        "internal affairs" | "home affairs" => "interior",
        other => other,
    };
    Some(portfolio.to_owned())
}
