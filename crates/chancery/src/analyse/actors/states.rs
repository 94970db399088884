//! States and places: a state named, by its demonym, its capital or a government
//! building, and whether it acts in the sentence or is only where something happens.

use std::collections::BTreeSet;
use std::ops::Range;

use super::super::gazetteer::{Naming, Place, GAZETTEER};
use super::super::lexicon::{
    is_capitalised, is_name_word, is_role_noun, strip_possessive, title_case, GEOGRAPHIC_HEADS,
    NEWSPAPER_WORDS, SHARED_WITH_PEOPLE, STATE_ORGANS, STATE_VERBS,
};
use super::super::sentences::{Sentence, Word};
use super::leaders::LEADERS;
use super::{actor_key, join_words, name_span, ActorFinder, ActorKind, Draft, EntityLabel};

impl ActorFinder<'_> {
    /// Records the states mentioned; returns the word indices of other places (cities,
    /// provinces, seas), so they are not read as people.
    pub(super) fn find_states(
        &mut self,
        words: &[Word<'_>],
        sentence: &Sentence,
        index: usize,
    ) -> BTreeSet<usize> {
        let mut places = BTreeSet::new();
        let mut i = 0;
        while i < words.len() {
            // "Guatemala City": a longer place name that starts with a state's is the
            // place (looked for only where the tables have a longer name to find).
            let state = state_at(words, i).filter(|&(_, _, length)| {
                let first = strip_possessive(words[i].text);
                let shouting = !first.chars().any(char::is_lowercase);
                let longer_known = shouting
                    || GAZETTEER.longest_from(first) > length
                    || GAZETTEER.longest_town_from(first) > length;
                !longer_known
                    || place_at(words, i).is_none_or(|(_, place_length)| place_length <= length)
            });
            // "the Japan Times reported", "China Daily", "South China Morning Post", "Air
            // France": a paper or an airline named after a state or a place is neither.
            let named_length = state
                .map(|(_, _, length)| length)
                .or_else(|| place_at(words, i).map(|(_, length)| length));
            if let Some(length) = named_length {
                let paper = newspaper_words_at(words, i + length);
                let airline = i > 0 && words[i - 1].text == "Air";
                if paper > 0 || airline {
                    let qualified = i > 0
                        && (REGION_QUALIFIERS.contains(&words[i - 1].text)
                            || matches!(words[i - 1].text, "North" | "South" | "East" | "West"));
                    let start = if airline || qualified { i - 1 } else { i };
                    let end = i + length + paper;
                    self.record(name_span(&words[start..end]), EntityLabel::Org);
                    places.extend(start..end);
                    i = end;
                    continue;
                }
            }
            let Some((state, naming, length)) = state else {
                // "India-Russia", "Russian-Indian": each part names a state.
                let mut parts_found = false;
                if words[i].text.contains('-') {
                    for part in words[i].text.split('-') {
                        let bare = strip_possessive(part);
                        if let Some((state, naming)) = GAZETTEER.lookup(bare) {
                            let offset = part.as_ptr() as usize - words[i].text.as_ptr() as usize;
                            let start = words[i].span.start + offset;
                            self.note_state(start..start + bare.len(), naming);
                            self.state_mention(
                                state,
                                part,
                                sentence,
                                index,
                                start..start + part.len(),
                            );
                            self.note_setting(sentence.article, state, 1);
                            parts_found = true;
                        }
                    }
                }
                if let Some((place, length)) = place_at(words, i).filter(|_| !parts_found) {
                    let phrase = join_words(&words[i..i + length]);
                    if let Some(state) = GAZETTEER.state_of_place(strip_possessive(&phrase)) {
                        self.note_place(sentence.article, state, 1);
                        if place == Place::Political {
                            self.province_institution(words, i..i + length, state, sentence, index);
                        }
                    }
                    let label = match place {
                        Place::Political => EntityLabel::Gpe,
                        Place::Geographic => EntityLabel::Loc,
                    };
                    self.record(name_span(&words[i..i + length]), label);
                    places.extend(i..i + length);
                    i += length;
                    continue;
                }
                i += 1;
                continue;
            };
            // "Upper Egypt", "Northern Cyprus", "the Irish Sea": a region of a state, or a
            // sea named by a demonym, is a place where things happen, not the state.
            let region_of_state =
                naming == Naming::Name && i > 0 && REGION_QUALIFIERS.contains(&words[i - 1].text);
            let sea = naming == Naming::Demonym
                && words
                    .get(i + length)
                    .is_some_and(|w| GEOGRAPHIC_HEADS.contains(&strip_possessive(w.text)));
            if region_of_state || sea {
                let place = if sea {
                    i..i + length + 1
                } else {
                    i - 1..i + length
                };
                if region_of_state {
                    self.note_place(sentence.article, state, 1);
                }
                self.record(name_span(&words[place.clone()]), EntityLabel::Loc);
                i = place.end;
                places.extend(place);
                continue;
            }
            self.note_state(name_span(&words[i..i + length]), naming);
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
            if naming == Naming::Demonym {
                self.note_company_epithet(words, i + length, state, sentence);
            }
            let acting = state_acts(words, i, length, naming);
            self.state_institution(words, i..i + length, state, sentence, index);
            let draft = self.state_mention(state, &surface, sentence, index, span);
            if matches!(naming, Naming::Seat | Naming::Building) {
                draft.roles.push("government".to_owned());
            }
            draft.acts += usize::from(acting);
            self.note_setting(sentence.article, state, 1 + usize::from(acting));
            i += length;
        }
        places
    }

    /// "the US military", "Hong Kong police": a state's institution named by a common
    /// noun after the state is an actor of its own, beside the state (which it also
    /// makes act). "China’s military" is shown as the "Chinese military".
    fn state_institution(
        &mut self,
        words: &[Word<'_>],
        state_words: Range<usize>,
        state: usize,
        sentence: &Sentence,
        index: usize,
    ) {
        // "the Russian and Syrian defense ministry": two states' bodies of one kind, the
        // first state's named before the second's.
        let second_state = words
            .get(state_words.end)
            .filter(|w| w.text == "and")
            .and_then(|_| state_at(words, state_words.end + 1))
            .filter(|(_, naming, _)| *naming == Naming::Demonym);
        let from = match second_state {
            Some((_, _, length)) => state_words.end + 1 + length,
            None => state_words.end,
        };
        // "the US military", or up to two lower-case modifiers before the institution:
        // "Bolivia’s public defender’s office", "China’s foreign ministry".
        let Some(last) = institution_after(words, from, STATE_INSTITUTIONS) else {
            return;
        };
        let noun = strip_possessive(&join_words(&words[from..=last])).to_owned();
        let written = join_words(&words[state_words.clone()]);
        let bare = strip_possessive(&written);
        let owner = if bare != written {
            GAZETTEER.demonym(state).unwrap_or(bare)
        } else {
            bare
        };
        let state_name = GAZETTEER.name(state).to_owned();
        // Keyed by the demonym's spelling, so "Russia’s defense ministry" is the
        // "Russian Defense Ministry" named in capitals elsewhere.
        // "Sudan's army" and "the Sudanese military" are one force, in lower case.
        let kind = if noun == "army" {
            "military"
        } else {
            noun.as_str()
        };
        let key = actor_key(
            "org",
            &format!("{} {kind}", GAZETTEER.demonym(state).unwrap_or(&state_name)),
        );
        let shown = format!("{owner} {noun}");
        let span = if second_state.is_some() {
            words[state_words.start].span.start..words[state_words.end - 1].span.end
        } else {
            words[state_words.start].span.start..words[last].span.end
        };
        let draft = self.mention(&key, ActorKind::Organisation, &shown, sentence, index, span);
        draft.affiliations.entry(state_name).or_insert(1);
        // A modified office is shown as the story writes it ("Bolivia’s public
        // defender’s office"); a lone noun with the demonym ("Chinese police").
        if last > from && second_state.is_none() {
            let written = join_words(&words[state_words.start..=last]);
            *draft
                .written_as
                .entry(strip_possessive(&written).to_owned())
                .or_default() += 1;
        }
    }

    /// "the Inner Mongolia health commission", "Sindh police": a province's institution
    /// named by a common noun after the province is an actor of the province's state.
    fn province_institution(
        &mut self,
        words: &[Word<'_>],
        province: Range<usize>,
        state: usize,
        sentence: &Sentence,
        index: usize,
    ) {
        let Some(last) = institution_after(words, province.end, PROVINCE_INSTITUTIONS) else {
            return;
        };
        // A town's government is the state's when the town is its capital ("the elected
        // Bangui government"); "the Balkan country's government" is a state's.
        let phrase = join_words(&words[province.clone()]);
        let town = GAZETTEER
            .state_of_province(strip_possessive(&phrase))
            .is_none();
        let possessive_between = words[province.end..last]
            .iter()
            .any(|w| strip_possessive(w.text) != w.text);
        if town || possessive_between {
            return;
        }
        let written = join_words(&words[province.start..=last]);
        let name = strip_possessive(&written).to_owned();
        let span = words[province.start].span.start..words[last].span.end;
        self.record(span.clone(), EntityLabel::Org);
        let key = actor_key("org", &name);
        let draft = self.mention(&key, ActorKind::Organisation, &name, sentence, index, span);
        draft
            .affiliations
            .entry(GAZETTEER.name(state).to_owned())
            .or_insert(1);
    }

    /// "clashes between protesters and security forces", "the self-declared “interim”
    /// government": the forces or the provisional government of the state the story is
    /// about (its framing state, settled at the end), named without it.
    pub(super) fn find_forces(&mut self, words: &[Word<'_>], sentence: &Sentence, index: usize) {
        for k in 1..words.len() {
            if !matches!(words[k].text, "forces" | "police" | "government" | "junta") {
                continue;
            }
            // The qualifier, over quotation marks around it.
            let Some(q) = (0..k)
                .rev()
                .take(3)
                .find(|&j| !matches!(words[j].text, "“" | "”" | "\""))
            else {
                continue;
            };
            let phrase = format!("{} {}", words[q].text, words[k].text);
            if !STATE_BODIES_NAMED_ALONE.contains(&phrase.as_str()) {
                continue;
            }
            // "Syrian security forces" are the state's, found by `state_institution`.
            let owned = q >= 1 && {
                let before = words[q - 1].text;
                is_capitalised(before) || strip_possessive(before) != before
            };
            if owned {
                continue;
            }
            let span = words[q].span.start..words[k].span.end;
            self.record(span.clone(), EntityLabel::Org);
            let key = format!("org:{phrase}");
            let draft = self.mention(
                &key,
                ActorKind::Organisation,
                &phrase,
                sentence,
                index,
                span,
            );
            // "pressure from Myanmar, whose military government had complained": the
            // state the relative clause is about owns it, whatever the story's framing.
            if let Some(state) = state_before_whose(words, q) {
                *draft
                    .affiliations
                    .entry(GAZETTEER.name(state).to_owned())
                    .or_default() += 2;
            }
        }
    }

    /// A state's name or seat is a GPE; a building for its government ("the Kremlin")
    /// an organisation; a demonym ("Indian") no entity at all.
    pub(super) fn note_state(&mut self, span: Range<usize>, naming: Naming) {
        let label = match naming {
            Naming::Name | Naming::Seat => EntityLabel::Gpe,
            Naming::Building => EntityLabel::Org,
            Naming::Demonym => return,
        };
        self.record(span, label);
    }

    pub(super) fn state_mention(
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
}

/// Common nouns naming a state's institution after the state's name ("US military").
const STATE_INSTITUTIONS: &[&str] = &[
    "military",
    "police",
    "army",
    "navy",
    "parliament",
    "legislature",
    "cabinet",
];

/// Common nouns naming a province's institution after its name: its government is
/// not the state's ("the Xinjiang government").
const PROVINCE_INSTITUTIONS: &[&str] = &[
    "government",
    "police",
    "legislature",
    "assembly",
    "authority",
    "commission",
];

/// Institutions named by a modifier and a noun after the state or province ("foreign
/// ministry", "public defender’s office", "security forces", "health chiefs").
const MODIFIED_INSTITUTIONS: &[&str] = &[
    "forces",
    "office",
    "ministry",
    "court",
    "guard",
    "authority",
    "commission",
    "department",
    "bureau",
    "chiefs",
];

/// The last word of an institution's common noun at word `from` (after a state's or a
/// province's name): one of `alone`, or up to two lower-case modifiers and one of
/// `MODIFIED_INSTITUTIONS` ("health commission"); none where the noun qualifies an
/// office ("Hong Kong’s new police commissioner").
fn institution_after(words: &[Word<'_>], from: usize, alone: &[&str]) -> Option<usize> {
    let last = (from..words.len().min(from + 3))
        .take_while(|&k| words[k].text.starts_with(char::is_lowercase))
        .find(|&k| {
            let noun = strip_possessive(words[k].text);
            alone.contains(&noun) || k > from && MODIFIED_INSTITUTIONS.contains(&noun)
        })?;
    // "Myanmar's military government" is the state's government, not its military.
    let qualifies_an_office = words.get(last + 1).is_some_and(|w| {
        is_role_noun(w.text) || matches!(w.text, "government" | "junta" | "regime" | "rulers")
    });
    (!qualifies_an_office).then_some(last)
}

/// The state named right before ", whose" that ends at word `at` ("Myanmar, whose
/// military government …").
fn state_before_whose(words: &[Word<'_>], at: usize) -> Option<usize> {
    if at < 3 || words[at - 1].text != "whose" || words[at - 2].text != "," {
        return None;
    }
    let comma = at - 2;
    (comma.saturating_sub(4)..comma).find_map(|start| {
        state_at(words, start)
            .filter(|&(_, naming, length)| start + length == comma && naming != Naming::Demonym)
            .map(|(state, _, _)| state)
    })
}

/// A state's forces or provisional government named without the state: they are the
/// framing state's.
pub(super) const STATE_BODIES_NAMED_ALONE: &[&str] = &[
    "security forces",
    "armed forces",
    "riot police",
    "interim government",
    "transitional government",
    "caretaker government",
    "provisional government",
    "military government",
    "unity government",
    "military junta",
];

/// Whether the state named at words `at..at + length` acts in the sentence (is the
/// subject of a verb, or stands for its government, officials or forces), rather than
/// being a place, a topic or a bystander.
pub(super) fn state_acts(words: &[Word<'_>], at: usize, length: usize, naming: Naming) -> bool {
    let last = words[at + length - 1].text;
    let next = words.get(at + length).map(|w| w.text);
    let possessive = strip_possessive(last) != last;
    if is_giver(words, at) {
        return true;
    }
    if is_located(words, at) {
        return false;
    }
    // "The United Kingdom and Kenya have signed", "the United States and the
    // Philippines agreed": both subjects act.
    if next == Some("and") && !possessive {
        let mut other = at + length + 1;
        if words.get(other).is_some_and(|w| w.text == "the") {
            other += 1;
        }
        if let Some((_, other_naming, other_length)) = state_at(words, other) {
            return state_acts(words, other, other_length, other_naming);
        }
    }
    // "Mali, Burkina Faso and Niger formed …": a state listed first acts with the list.
    if next == Some(",") && !possessive {
        if let Some((_, other_naming, other_length)) = state_at(words, at + length + 1) {
            return state_acts(words, at + length + 1, other_length, other_naming);
        }
    }
    // "Mali's transitional president", "China's new ambassador": an organ after one
    // word that qualifies it.
    let organ_after_qualifier = words.get(at + length + 1).is_some_and(|organ| {
        next.is_some_and(|q| q.starts_with(char::is_lowercase))
            && STATE_ORGANS.contains(&organ.text.to_lowercase().as_str())
    });
    if possessive && organ_after_qualifier {
        return true;
    }
    // "Saudi Arabia and the United States, which brokered a truce in May, said": the
    // verb after a relative clause is the state's.
    if next == Some(",") && !possessive && naming != Naming::Demonym {
        let clause = at + length + 1;
        if words.get(clause).is_some_and(|w| w.text == "which") {
            let close = (clause + 1..words.len().min(clause + 20)).find(|&k| words[k].text == ",");
            if let Some(verb) = close.and_then(|k| words.get(k + 1)) {
                return STATE_VERBS.contains(&verb.text);
            }
        }
    }
    match next {
        // "China's Foreign Ministry warned", "Russian troops": a state's organ acts for it.
        Some(next) if STATE_ORGANS.contains(&next.to_lowercase().as_str()) => {
            possessive || matches!(naming, Naming::Demonym | Naming::Name)
        }
        Some(next) if naming != Naming::Demonym && !possessive => {
            STATE_VERBS.contains(&next)
                || next.len() > 4 && next.ends_with("ed") && next.starts_with(char::is_lowercase)
        }
        _ => naming == Naming::Building && !possessive,
    }
}

/// What a government gives or does to others, named as a noun: "a vote of confidence
/// from Beijing", "pressure from Washington" (not "imports from China").
const GIVEN_BY_A_STATE: &[&str] = &[
    "aid",
    "approval",
    "assistance",
    "assurances",
    "backing",
    "blessing",
    "condemnation",
    "confidence",
    "criticism",
    "demands",
    "endorsement",
    "funding",
    "guarantees",
    "invitation",
    "objections",
    "offer",
    "opposition",
    "pressure",
    "pushback",
    "recognition",
    "request",
    "response",
    "retaliation",
    "signal",
    "support",
    "threats",
    "warning",
    "warnings",
];

/// "confidence from Beijing", "pressure from Washington": the state named at word `at`
/// gives what the noun before "from" names; it acts, though after "from".
fn is_giver(words: &[Word<'_>], at: usize) -> bool {
    at >= 2
        && words[at - 1].text == "from"
        && GIVEN_BY_A_STATE.contains(&words[at - 2].text.to_lowercase().as_str())
}

/// "in Moscow", "visiting Beijing", a dateline ("MANILA, March 4 (Reuters) -"): the
/// state named at word `at` is where someone is, not who acts or whom they represent.
pub(super) fn is_located(words: &[Word<'_>], at: usize) -> bool {
    let dateline = at == 0
        && words[0].text.chars().count() >= 3
        && !words[0].text.chars().any(char::is_lowercase);
    // "pressure from Washington": after "from", a state may give rather than be a place.
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
            && !is_giver(words, at)
}

/// How many words at `at` end a newspaper's name ("Times", "Morning Post"), or 0.
fn newspaper_words_at(words: &[Word<'_>], at: usize) -> usize {
    let paper = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| NEWSPAPER_WORDS.contains(&strip_possessive(w.text)))
    };
    let time_of_day = words
        .get(at)
        .is_some_and(|w| matches!(w.text, "Morning" | "Evening" | "Sunday"));
    if paper(at) {
        1
    } else if time_of_day && paper(at + 1) {
        2
    } else {
        0
    }
}

/// The longest state name starting at word `i`: (state, naming, words used).
pub(super) fn state_at(words: &[Word<'_>], i: usize) -> Option<(usize, Naming, usize)> {
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
        // "New Jersey", "New Mexico", "New South Wales": the end of a longer place's
        // name is no state of its own.
        let ends_a_place =
            (1..=i.min(2)).any(|back| place_name_length(words, i - back).is_some_and(|l| l > back));
        let a_person_s_name = length == 1
            && (SHARED_WITH_PEOPLE.contains(&name) && next_to_a_name
                || introduced_as_a_person(words, i));
        !(a_person_s_name || ends_a_place)
    })
}

/// "said Mali Rattanakorn, a researcher at …": a state's name and a name word set off
/// by an appositive with a role are a person's given name and surname, whatever the
/// given name.
fn introduced_as_a_person(words: &[Word<'_>], i: usize) -> bool {
    let word = |k: usize| words.get(k).map_or("", |w| w.text);
    let surname = word(i + 1);
    is_plain_name_word(surname)
        && !is_role_noun(surname)
        && word(i + 2) == ","
        && matches!(word(i + 3), "a" | "an" | "the")
        && (i + 4..i + 7).any(|k| is_role_noun(word(k)))
}

/// The longest place name at word `i`, whatever stands around it ("New Mexico" in "New
/// Mexico Environment Department"): (place, words used).
fn longest_place_name(words: &[Word<'_>], i: usize) -> Option<(Place, usize)> {
    longest_phrase(
        words,
        i,
        |first| GAZETTEER.longest_from(first),
        |phrase| GAZETTEER.place(phrase),
    )
}

/// How many words the longest place name at word `i` takes, whatever stands around it.
pub(super) fn place_name_length(words: &[Word<'_>], i: usize) -> Option<usize> {
    longest_place_name(words, i).map(|(_, length)| length)
}

/// The longest place name other than a state at word `i`: (place, words used). A
/// single word standing next to another name word is part of a name ("Nelson
/// Mandela"), not a place.
pub(super) fn place_at(words: &[Word<'_>], i: usize) -> Option<(Place, usize)> {
    let (place, length) = longest_place_name(words, i).or_else(|| {
        let ((), length) = longest_phrase(
            words,
            i,
            |first| GAZETTEER.longest_town_from(first),
            |phrase| GAZETTEER.is_town(phrase).then_some(()),
        )?;
        named_as_place(words, i, length).then_some((Place::Political, length))
    })?;
    let name_next = words.get(i + length).is_some_and(|w| is_name_word(w.text));
    let name_before = i > 0 && is_name_word(words[i - 1].text);
    (!(name_next || name_before)).then_some((place, length))
}

/// Capitalised words that make a state's name a region's ("Upper Egypt", "Northern
/// Cyprus"): the state itself does not act there.
const REGION_QUALIFIERS: &[&str] = &[
    "Inner", "Outer", "Upper", "Lower", "Greater", "Northern", "Southern", "Eastern", "Western",
];

/// Words before a name that make it a place: "in Mariupol", "near Aden".
const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "outside",
    "around",
    "across",
    "throughout",
    "into",
    "towards",
    "toward",
];

/// Nouns for a settlement, before "of" and a town's name ("the port city of Aden").
const SETTLEMENTS: &[&str] = &["city", "town", "village", "port", "suburb", "district"];

/// Words in towns' names that only places' names have.
#[rustfmt::skip]
const SETTLEMENT_WORDS: &[&str] = &[
    "Fort", "Port", "Saint", "St", "St.", "San", "Santa", "Santo", "São", "New", "Mount",
    "City", "Beach", "Springs", "Falls", "Heights", "Ciudad", "Puerto", "Bandar", "Kota",
    "Cape", "Harbour", "Harbor", "Nova", "Novo", "Nueva", "Nuevo", "Sidi", "Ras",
];

/// Whether the words around a town's name at `words[i..i + length]` say the town is
/// meant: a settlement word in a longer name ("Fort Worth"), a locative before it ("in
/// Mariupol"), a settlement noun and "of" ("the city of Aden"), or a state or province
/// after a comma ("Jackson, Mississippi"). Elsewhere many town names are people's or
/// ordinary words ("Jackson said", "Reading is"). A leader's surname is the leader ("in
/// Obama's speech").
fn named_as_place(words: &[Word<'_>], i: usize, length: usize) -> bool {
    // "Fort Worth", "San Antonio", "Port Harcourt": a settlement word in the name says it.
    if length > 1
        && words[i..i + length]
            .iter()
            .any(|w| SETTLEMENT_WORDS.contains(&strip_possessive(w.text)))
    {
        return true;
    }
    if length == 1 && LEADERS.is_surname(strip_possessive(words[i].text)) {
        return false;
    }
    let before = |back: usize| i.checked_sub(back).map(|b| words[b].text.to_lowercase());
    if before(1).is_some_and(|w| LOCATIVES.contains(&w.as_str())) {
        return true;
    }
    if before(1).as_deref() == Some("of")
        && before(2).is_some_and(|w| SETTLEMENTS.contains(&w.as_str()))
    {
        return true;
    }
    let after = i + length;
    words.get(after).is_some_and(|w| w.text == ",")
        && after + 1 < words.len()
        && (state_at(words, after + 1).is_some()
            || longest_phrase(
                words,
                after + 1,
                |first| GAZETTEER.longest_from(first),
                |phrase| GAZETTEER.place(phrase),
            )
            .is_some())
}

/// A name word that is not itself a state ("Michael", not "Russia").
pub(super) fn is_plain_name_word(word: &str) -> bool {
    is_name_word(word) && GAZETTEER.lookup(strip_possessive(word)).is_none()
}

/// The longest phrase starting at word `i` that `lookup` knows, with the words it
/// takes. A dateline or headline in capitals ("NEW DELHI —") is tried as a name too.
pub(super) fn longest_phrase<T>(
    words: &[Word<'_>],
    i: usize,
    longest_from: impl Fn(&str) -> usize,
    lookup: impl Fn(&str) -> Option<T>,
) -> Option<(T, usize)> {
    // Every name starts with a capital: skip the lookups for other words. Callers look
    // past a word ("between Australia and …") that may end the sentence.
    let word = words.get(i)?;
    if !is_capitalised(word.text) {
        return None;
    }
    let first = strip_possessive(word.text);
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
