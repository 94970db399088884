//! Affiliations the words next to a name did not give: a known leader's own state, the
//! employer a role names, a leader's administration's state, or, for a public office or
//! a government body, the state the story is about.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap, FxHashSet};

use super::super::bodies::BODIES;
use super::super::gazetteer::{Naming, GAZETTEER};
use super::super::lexicon::{strip_possessive, surname, CORPORATE_ENDINGS};
use super::coreference::is_spelling_variant;
use super::leaders::LEADERS;
use super::organisations::{is_government_body, province_opening};
use super::roles::is_public_office;
use super::{ActorFinder, ActorKind, Draft};

impl ActorFinder<'_> {
    /// Affiliations the words next to a name did not give: an employer named in the role
    /// ("… at SNC", "WeWork’s founder") is the body, or its state when it is a national
    /// one; a government body or an office with no state named belongs to the state the
    /// story is about (the one it names most, when one clearly leads).
    pub(super) fn settle_affiliations(&mut self) {
        let set_framing = self.framing_state();
        self.place_namesakes(set_framing.as_deref());
        // In a set of articles set in different states ("Prince Andrew" in a British
        // column beside American court reports), an office only some articles name is
        // framed by those articles, when one state clearly leads there.
        let local_framing: FxHashMap<String, String> = self
            .drafts
            .iter()
            .filter(|(_, d)| d.kind != ActorKind::State && d.articles.len() < self.texts.len())
            .filter_map(|(key, d)| Some((key.clone(), self.framing_of(&d.articles)?)))
            .collect();
        let named_states: Vec<String> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::State)
            .map(|d| d.name.clone())
            .collect();
        let bodies: FxHashMap<String, (String, Option<String>)> = self
            .drafts
            .iter()
            .filter(|(_, d)| d.kind == ActorKind::Organisation)
            .flat_map(|(_, d)| {
                // "Indiana State Teachers Association": a province's union or school is
                // the employer its staff are shown with; its police serves the state.
                let words: Vec<&str> = d.name.split(' ').collect();
                let provincial = !is_government_body(&d.name) && province_opening(&words).is_some();
                let state = d
                    .affiliations
                    .keys()
                    .next()
                    .cloned()
                    .filter(|_| !provincial);
                let entry = (d.name.clone(), state);
                std::iter::once(d.name.clone())
                    .chain(d.aliases.iter().cloned())
                    .chain(std::iter::once(d.name.clone()))
                    .map(move |n| (n.to_lowercase(), entry.clone()))
            })
            .collect();
        // A leader the story names without their country serves their own state, before
        // anything below reads people's states.
        for draft in self.drafts.values_mut() {
            if draft.kind == ActorKind::Person && draft.affiliations.is_empty() {
                if let Some(state) = known_leader_s_state(draft) {
                    draft.affiliations.insert(state.to_owned(), 1);
                }
            }
        }
        // "The Trump administration" governs for its leader's state.
        let administrations: FxHashMap<String, String> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::Person)
            .filter_map(|d| {
                let state = d.affiliations.keys().next()?;
                Some((
                    format!("{} administration", surname(&d.name)),
                    state.clone(),
                ))
            })
            .collect();
        let rebels = self.rebel_bodies();
        // "Steenburgen's co-writers": a person's possessive before a role names whom
        // the role serves, not an employer.
        let people: FxHashSet<String> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::Person)
            .flat_map(|d| [d.name.to_lowercase(), surname(&d.name).to_lowercase()])
            .collect();
        for (key, draft) in self.drafts.iter_mut() {
            // Whom a person works for settles theirs, below.
            let serves_someone = draft.serves.as_ref().is_some_and(|s| s != key);
            if !draft.affiliations.is_empty() || serves_someone {
                continue;
            }
            let framing = local_framing
                .get(key)
                .cloned()
                .or_else(|| set_framing.clone());
            match draft.kind {
                ActorKind::Person => {
                    // ("Zelenskyy's" for the "Zelenskiy" another outlet spells.)
                    let a_person_s = |employer: &str| {
                        let employer = employer.to_lowercase();
                        people.contains(&employer)
                            || !employer.contains(' ')
                                && people.iter().any(|p| is_spelling_variant(p, &employer))
                    };
                    let employer = draft
                        .employers
                        .iter()
                        .filter(|(e, _)| !a_person_s(e))
                        .max_by_key(|(_, n)| **n)
                        .map(|(e, _)| e);
                    if let Some(state) = draft
                        .half_of
                        .and_then(|half| half_named(half, &named_states))
                    {
                        draft.affiliations.insert(state, 1);
                    } else if let Some(employer) = employer {
                        let known = bodies.get(&employer.to_lowercase());
                        // A movement's spokesman speaks for the movement, not its
                        // country; a company's executive works for the company; a
                        // party's leader leads the party ("leader of the Constitutional
                        // Democratic Party of Japan", "RN leader Marine Le Pen").
                        let serves_a_state = |name: &String| {
                            let company = name
                                .rsplit(' ')
                                .next()
                                .is_some_and(|last| CORPORATE_ENDINGS.contains(&last))
                                || self.company_names.contains(name);
                            let party = name.split(' ').any(|w| w == "Party");
                            !company
                                && !party
                                && !rebels.contains(&name.to_lowercase())
                                && !BODIES
                                    .lookup(name)
                                    .is_some_and(|body| body.movement || body.party)
                        };
                        let state = GAZETTEER
                            .lookup(employer)
                            .map(|(s, _)| GAZETTEER.name(s).to_owned())
                            .or_else(|| {
                                known
                                    .filter(|(name, _)| serves_a_state(name))
                                    .and_then(|(_, state)| state.clone())
                            });
                        // "China's Foreign Ministry": a government body written after its
                        // state's possessive is that state's, whatever the story's framing.
                        let state = state.or_else(|| {
                            possessive_owner(employer).filter(|_| is_government_body(employer))
                        });
                        // A government body named only in the role ("chairman of the
                        // Joint Chiefs of Staff") is the state the story is about.
                        let state = state
                            .or_else(|| framing.clone().filter(|_| is_government_body(employer)));
                        let shown = state
                            .or_else(|| known.map(|(name, _)| name.clone()))
                            .unwrap_or_else(|| employer.clone());
                        draft.affiliations.insert(shown, 1);
                    } else if let Some(state) = framing.as_ref().filter(|_| {
                        // (Counsel to "the former president" acts for a person.)
                        draft
                            .roles
                            .iter()
                            .any(|r| is_public_office(r) && !is_counsel(r))
                            && !self.holders_of_a_shared_office.contains(key)
                    }) {
                        draft.affiliations.insert(state.clone(), 1);
                    }
                }
                ActorKind::Organisation => {
                    let building = GAZETTEER
                        .lookup(draft.name.as_str())
                        .filter(|(_, naming)| *naming == Naming::Building)
                        .map(|(s, _)| GAZETTEER.name(s).to_owned());
                    let state = building
                        .or_else(|| administrations.get(&draft.name).cloned())
                        .or_else(|| {
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
        self.settle_staff(&local_framing, set_framing.as_deref());
    }

    /// Bodies the articles call rebels or an armed group ("the rebel Alliance Fleuve
    /// Congo", "the M23 rebel group"), by all their names in lower case: movements,
    /// whose people work for them, not for the state the group fights in or is named
    /// after.
    fn rebel_bodies(&self) -> FxHashSet<String> {
        const BEFORE: &[&str] = &["rebel", "armed", "militant", "insurgent", "separatist"];
        const AFTER: &[&str] = &["rebel", "rebels", "militia", "militias", "insurgents"];
        // Only articles with one of those words are read for the bodies' names.
        let about_rebels: Vec<bool> = self
            .texts
            .iter()
            .map(|text| {
                ["rebel", "armed", "milit", "insurgent", "separatist"]
                    .iter()
                    .any(|w| text.contains(w))
            })
            .collect();
        let mut rebels = FxHashSet::default();
        for draft in self.drafts.values() {
            if draft.kind != ActorKind::Organisation {
                continue;
            }
            let names: Vec<&str> = std::iter::once(draft.name.as_str())
                .chain(draft.aliases.iter().map(String::as_str))
                .collect();
            // Read in the draft's own articles only: a set may hold a thousand.
            let called_rebels = names.iter().any(|name| {
                let texts = draft.articles.iter().filter(|&&a| about_rebels[a]);
                texts.map(|&a| self.texts[a]).any(|text| {
                    text.match_indices(name).any(|(at, _)| {
                        let before = text[..at].split_whitespace().next_back();
                        let after = text[at + name.len()..].split_whitespace().next();
                        before.is_some_and(|w| BEFORE.contains(&w))
                            || after.is_some_and(|w| AFTER.contains(&w))
                    })
                })
            });
            if called_rebels {
                rebels.extend(names.iter().map(|n| n.to_lowercase()));
            }
        }
        rebels
    }

    /// "his spokesman Stéphane Dujarric": staff named with a possessive pronoun serve
    /// whom the person named before serves ("UN Secretary-General António Guterres"),
    /// else their articles' or the story's framing state, as any public office.
    fn settle_staff(&mut self, local_framing: &FxHashMap<String, String>, framing: Option<&str>) {
        let staff: Vec<(String, String)> = self
            .drafts
            .iter()
            .filter(|(_, d)| d.kind == ActorKind::Person && d.affiliations.is_empty())
            .filter_map(|(key, d)| Some((key.clone(), d.serves.clone()?)))
            .collect();
        for (key, served) in staff {
            let theirs: BTreeMap<String, usize> = self
                .drafts
                .get(&served)
                .map(|d| d.affiliations.clone())
                .unwrap_or_default();
            let Some(draft) = self.drafts.get_mut(&key) else {
                continue;
            };
            // "Salvador Panelo, a lawyer for the former president": counsel acts for the
            // person, not for the state that person served.
            let counsel = !draft.roles.is_empty() && draft.roles.iter().all(|r| is_counsel(r));
            if counsel {
                continue;
            }
            if !theirs.is_empty() {
                draft.affiliations = theirs;
            } else if let Some(state) = local_framing
                .get(&key)
                .map(String::as_str)
                .or(framing)
                .filter(|_| draft.roles.iter().any(|r| is_public_office(r)))
            {
                draft.affiliations.insert(state.to_owned(), 1);
            }
        }
    }

    /// "Banda's Democratic Progressive Party" in a story about Malawi is not Taiwan's
    /// party of that name: a party the lexicon places in a state the articles never name
    /// is a namesake in the state the story is about. (Parties' names are shared across
    /// countries; the Federal Reserve's or the Taliban's are not, and a story need not
    /// name their state.)
    fn place_namesakes(&mut self, framing: Option<&str>) {
        let Some(framing) = framing else {
            return;
        };
        let named: FxHashSet<String> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::State)
            .map(|d| d.name.clone())
            .chain(
                self.places_by_state
                    .keys()
                    .map(|&s| GAZETTEER.name(s).to_owned()),
            )
            .collect();
        for draft in self.drafts.values_mut() {
            let Some(listed) = draft.listed_state.as_ref() else {
                continue;
            };
            let namesake = draft.name.ends_with(" Party")
                && !named.contains(listed)
                && draft.affiliations.len() == 1;
            if namesake {
                draft.affiliations.clear();
                draft.affiliations.insert(framing.to_owned(), 1);
            }
        }
    }

    /// The state the story is about: the one named most, itself or by its provinces,
    /// a mention where it acts counting twice ("Norway plans …" frames an interview
    /// more than "relations with Russia"), when it is named at least twice and more
    /// than any other.
    pub(super) fn framing_state(&self) -> Option<String> {
        let mut by_name: BTreeMap<&str, usize> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::State)
            .map(|d| (d.name.as_str(), d.mentions + d.acts))
            .collect();
        for (state, count) in &self.places_by_state {
            *by_name.entry(GAZETTEER.name(*state)).or_default() += count;
        }
        leading_state(by_name.into_iter().map(|(n, c)| (c, n)).collect())
    }

    /// The state articles `articles` are set in, by the same rule, from what each
    /// article names itself.
    fn framing_of(&self, articles: &BTreeSet<usize>) -> Option<String> {
        let mut by_name: BTreeMap<&str, usize> = BTreeMap::new();
        for article in articles {
            for (state, count) in self.settings.get(article).into_iter().flatten() {
                *by_name.entry(GAZETTEER.name(*state)).or_default() += count;
            }
        }
        leading_state(by_name.into_iter().map(|(n, c)| (c, n)).collect())
    }
}

/// A lawyer's role ("Lawyer for the former president", "Defence attorney"), not an office
/// ("Attorney General").
fn is_counsel(role: &str) -> bool {
    let role = role.to_lowercase();
    let words: Vec<&str> = role.split(' ').collect();
    let head = match words.as_slice() {
        ["defence" | "defense" | "personal" | "family", head, ..] => *head,
        [head, ..] => *head,
        [] => return false,
    };
    matches!(
        head,
        "lawyer" | "attorney" | "counsel" | "solicitor" | "barrister"
    ) && !role.contains("general")
}

/// The state whose possessive opens a name ("China's Foreign Ministry", "South Korea’s
/// Unification Ministry").
fn possessive_owner(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let owner = words
        .iter()
        .take(3)
        .position(|w| strip_possessive(w) != *w)?;
    let state = strip_possessive(&words[..=owner].join(" ")).to_owned();
    GAZETTEER
        .lookup(&state)
        .filter(|(_, naming)| *naming == Naming::Name)
        .map(|(s, _)| GAZETTEER.name(s).to_owned())
}

/// The state named most, when it is named at least twice and more than any other.
fn leading_state(mut counts: Vec<(usize, &str)>) -> Option<String> {
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

/// Offices only a head of state or government holds, for a title and surname alone
/// ("President Trump") to name a leader of the table.
const HEAD_OFFICES: &[&str] = &[
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "supreme leader",
    "crown prince",
];

/// The state of a leader of the built-in table: by the full name, or by a surname alone
/// under a head's title.
fn known_leader_s_state(draft: &Draft) -> Option<&'static str> {
    if draft.name.contains(' ') {
        return LEADERS.state_of(&draft.name);
    }
    let heads = draft.roles.iter().any(|role| {
        let role = role.to_lowercase();
        HEAD_OFFICES.iter().any(|office| role.ends_with(office))
    });
    heads
        .then(|| LEADERS.state_of_surname(&draft.name))
        .flatten()
}

/// "The North" in a story that names South Korea is North Korea; in one that names
/// Sudan, "the South" is South Sudan: the divided country whose half the story names.
fn half_named(half: &str, named_states: &[String]) -> Option<String> {
    named_states.iter().find_map(|state| {
        let rest = ["North ", "South ", "East ", "West "]
            .iter()
            .find_map(|h| state.strip_prefix(h))
            .unwrap_or(state);
        let candidate = format!("{half} {rest}");
        let (found, naming) = GAZETTEER.lookup(&candidate)?;
        (naming == Naming::Name).then(|| GAZETTEER.name(found).to_owned())
    })
}
