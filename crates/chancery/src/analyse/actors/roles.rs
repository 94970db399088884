//! Roles stated next to a name: a title before it ("Russia’s Deputy Defence
//! Minister"), an appositive after it ("…, India’s ambassador to Russia,"), a role in
//! lower case ("WeWork’s founder and former CEO"), with the state or employer it names.

use std::ops::Range;

use super::super::bodies::BODIES;
use super::super::gazetteer::{Naming, GAZETTEER};
use super::super::lexicon::{
    capitalise_first, is_acronym, is_auxiliary, is_capitalised, is_capitalised_role_noun,
    is_name_word, is_role_noun, is_verb_like, spelt_out, strip_possessive, DANGLING_ROLE_WORDS,
    GEOGRAPHIC_HEADS, HONORIFICS, OPENERS, ORG_CONNECTORS, ORG_HEADS, PERSON_TITLES, PERSON_VERBS,
    ROLE_MODIFIERS, ROLE_WORDS,
};
use super::super::sentences::Word;
use super::states::state_at;

/// A role stated next to a name, with the state it belongs to.
#[derive(Clone)]
pub(super) struct Role {
    /// Role phrases, split at commas: ["Deputy Defence Minister", "Colonel General"].
    pub groups: Vec<String>,
    /// The state whose office it is ("Russia’s …", "Indian …").
    pub state: Option<usize>,
    /// A title strong enough to make a lone name a person ("President").
    pub person_title: Option<&'static str>,
    /// From the role's first word to the name.
    pub span: Range<usize>,
    /// The non-state body the role names as where the person works ("WeWork’s
    /// founder", "a Boise State University political scientist").
    pub employer: Option<String>,
    /// The employer is the body named last before ("Marco Villa, the company’s chief
    /// operating officer").
    pub employer_named_before: bool,
    /// The half of a divided country the office is of, named for short ("the North’s
    /// foreign minister"): which country, the story's other states tell.
    pub half_of: Option<&'static str>,
    /// "his spokesman Stéphane Dujarric": the office serves the person named before.
    pub serves_person_named_before: bool,
}

impl Role {
    /// No office, only the state a person is of ("American Kevin King").
    pub(super) fn nationality(state: usize, span: Range<usize>) -> Self {
        Self {
            groups: Vec::new(),
            state: Some(state),
            person_title: None,
            span,
            employer: None,
            employer_named_before: false,
            half_of: None,
            serves_person_named_before: false,
        }
    }
}

/// The words `from..to` of the modifiers before an office that name a body of the
/// list ("U.N." in "former U.N. special envoy"), if any.
fn listed_body_among_modifiers(modifiers: &[&str]) -> Option<(usize, usize)> {
    let from = modifiers.iter().position(|w| is_capitalised(w))?;
    let length = modifiers[from..]
        .iter()
        .take_while(|w| is_capitalised(w))
        .count();
    (1..=length).rev().find_map(|n| {
        let name = modifiers[from..from + n].join(" ");
        BODIES
            .lookup(strip_possessive(&name))
            .filter(|body| !body.press)
            .map(|_| (from, from + n))
    })
}

/// Common nouns whose possessive points back to a body named before ("the company’s").
pub(super) const BODY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "agency",
    "organisation",
    "organization",
    "bank",
    "party",
    "university",
    "institute",
    "network",
    "startup",
    "carrier",
    "manufacturer",
    "charity",
];

/// Nouns for a body that, as a possessive before an office, point back to the body of
/// that kind the article named ("The court's president": the International Court of
/// Justice), not merely to the body named last.
pub(super) const INSTITUTION_NOUNS: &[&str] = &[
    "court",
    "tribunal",
    "commission",
    "council",
    "committee",
    "board",
    "parliament",
    "assembly",
];

/// Bodies whose name stands inside an office's title ("Senate Leader", "House Speaker").
const ROLE_BODIES: &[&str] = &[
    "Senate",
    "House",
    "Assembly",
    "Parliament",
    "Party",
    "Council",
    "Cabinet",
    "Congress",
    "Committee",
    "Commission",
    "Board",
];

/// "former", "acting" …: when an office is held, in the capitals of a title.
fn time_of_office(word: &str) -> Option<&'static str> {
    Some(match word {
        "former" => "Former",
        "acting" => "Acting",
        "outgoing" => "Outgoing",
        "interim" => "Interim",
        _ => return None,
    })
}

/// Reads the title before a name, right to left: "Russia’s Deputy Defence Minister,
/// Colonel General | Aleksandr Fomin"; "National Security Advisor (NSA) | Ajit Doval".
pub(super) fn role_before(words: &[Word<'_>], name_start: usize) -> Option<Role> {
    let mut groups: Vec<Vec<&str>> = vec![Vec::new()];
    let mut j = name_start;
    let mut start = name_start;
    let mut person_title = None;
    let mut employer_named_before = false;
    while j > 0 {
        let w = words[j - 1].text;
        // "Opposition leader Arseny Yatseniuk": a title in lower case right before the
        // name, after a capitalised office word, is the title.
        let lower_title_after_office = j == name_start
            && j >= 2
            && w.starts_with(char::is_lowercase)
            && ROLE_WORDS.contains(&words[j - 2].text);
        let title = lower_title_after_office
            .then(|| ROLE_WORDS.iter().find(|r| **r == capitalise_first(w)))
            .flatten();
        if let Some(title) = title {
            groups[0].insert(0, title);
            start = j - 1;
            j -= 1;
            // "China's Ministry of Foreign Affairs spokesperson": the capitals before
            // the title name a body ("Ministry of …"), the one just named; its
            // portfolio is no part of the title.
            if names_a_body_of(words, j) {
                employer_named_before = true;
                break;
            }
        } else if let Some(title) = ROLE_WORDS.iter().find(|r| **r == w) {
            // Walking right to left, the group being filled is always the first.
            groups[0].insert(0, spelt_out(w));
            if person_title.is_none() {
                person_title = PERSON_TITLES.iter().copied().find(|t| *t == *title);
            }
            start = j - 1;
            j -= 1;
        } else if is_capitalised(w)
            && (is_capitalised_role_noun(w)
                || !groups[0].is_empty()
                    && start == j
                    && ROLE_MODIFIERS.contains(&w.to_lowercase().as_str()))
        {
            // An office written with capitals that is not a title of the list: "Public
            // Ombudsman Nadia Cruz", "State Schools Superintendent Jennifer McCormick".
            groups[0].insert(0, w);
            start = j - 1;
            j -= 1;
        } else if let Some(time) = time_of_office(w).filter(|_| !groups[0].is_empty() && start == j)
        {
            // "former President Rodrigo Duterte": the office he held, as the sentence
            // gives it.
            groups[0].insert(0, time);
            start = j - 1;
            j -= 1;
        } else if ROLE_BODIES.contains(&w) && !groups[0].is_empty() && start == j {
            // "Senate Leader", "House Speaker": the body is part of the office; but
            // "White House Press Secretary" names a government building, the state.
            // "European Commission President": a listed body is the employer, left
            // whole for the words before the office.
            let with_the_word_before = j >= 2 && {
                let two = format!("{} {w}", words[j - 2].text);
                GAZETTEER.lookup(&two).is_some() || BODIES.lookup(&two).is_some()
            };
            if with_the_word_before {
                break;
            }
            groups[0].insert(0, w);
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
    // "South Korean Unification Minister": a portfolio no list holds, between the
    // state and the title, is the office's.
    if !groups[0].is_empty()
        && start >= 2
        && start == j
        && is_capitalised(words[start - 1].text)
        && !is_name_of_a_state(words[start - 1].text)
        && state_ending_at(words, start - 1).is_some()
    {
        groups[0].insert(0, words[start - 1].text);
        start -= 1;
    }
    // "Texas Governor Greg Abbott", "Lagos State Governor …": a province or town right
    // before a public office is the office's own, and its state the state served (a
    // "Florida lawyer" is only from there).
    let mut place_state = None;
    let public = is_public_office(&groups[0].join(" "));
    if public && start == j && state_ending_at(words, start).is_none() {
        if let Some((state, length)) = place_ending_at(words, start) {
            for k in (start - length..start).rev() {
                groups[0].insert(0, words[k].text);
            }
            start -= length;
            place_state = Some(state);
        } else if start >= 2 && is_party_label(words[start - 1].text) {
            // "Kentucky GOP Gov. Matt Bevin": the party between says whose side he is
            // on; the place before it is still the office's.
            if let Some((state, _)) = place_ending_at(words, start - 1) {
                place_state = Some(state);
            }
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
    // "Russia’s …", "Indian …", "US …" just before the title; "the country’s …" is
    // the state the sentence named last before it.
    let named = state_ending_at(words, start);
    let state = named
        .map(|(state, _)| state)
        .or_else(|| the_country_s(words, start));
    let span_start = if let Some((_, length)) = named {
        words[start - length].span.start
    } else if state.is_some() {
        words[start - 1].span.start
    } else {
        words[start].span.start
    };
    let state = state
        .or(place_state)
        .or_else(|| state_of_the_place_of(&groups, None));
    // "COP28 President Sultan al-Jaber", "G20 chair": a meeting's or group's name with
    // its number before the office says whose office it is, not a state.
    let employer = start
        .checked_sub(1)
        .map(|k| words[k].text)
        .filter(|w| state.is_none() && is_acronym(w) && w.contains(|c: char| c.is_ascii_digit()))
        .map(|w| {
            BODIES
                .lookup(w)
                .map_or(w, |body| body.name.as_str())
                .to_owned()
        });
    Some(Role {
        groups,
        state,
        person_title,
        span: span_start..words[name_start].span.start,
        employer,
        employer_named_before,
        half_of: None,
        serves_person_named_before: false,
    })
}

/// Whether the capitalised words ending before word `end` name a body by its head noun
/// and what it is of or for ("Ministry of Foreign Affairs", "Department for Education").
fn names_a_body_of(words: &[Word<'_>], end: usize) -> bool {
    let mut k = end;
    while k > 0 && end - k < 6 {
        let w = words[k - 1].text;
        if matches!(w, "of" | "for") {
            return k >= 2 && ORG_HEADS.contains(&strip_possessive(words[k - 2].text)) && k < end;
        }
        if !is_capitalised(w) {
            return false;
        }
        k -= 1;
    }
    false
}

/// The state named by the one or two words ending at word `end` (exclusive): "Russia’s",
/// "Indian", "South Korean"; with how many words name it.
fn state_ending_at(words: &[Word<'_>], end: usize) -> Option<(usize, usize)> {
    let two = end.checked_sub(2).and_then(|k| {
        let phrase = format!("{} {}", words[k].text, strip_possessive(words[k + 1].text));
        GAZETTEER.lookup(&phrase).map(|(state, _)| (state, 2))
    });
    two.or_else(|| {
        let word = strip_possessive(words.get(end.checked_sub(1)?)?.text);
        GAZETTEER.lookup(word).map(|(state, _)| (state, 1))
    })
}

/// "Mayor of London", "Governor of Kano State", "President of France": a public office
/// of a place serves the place's state. Not when the role names another employer, nor
/// for an office of a body ("President of the European Commission").
fn state_of_the_place_of(groups: &[String], employer: Option<&str>) -> Option<usize> {
    if employer.is_some() {
        return None;
    }
    groups
        .iter()
        .filter(|g| is_public_office(g))
        .find_map(|group| {
            let (_, object) = group.rsplit_once(" of ")?;
            let object = object.strip_prefix("the ").unwrap_or(object);
            if let Some((state, naming)) = GAZETTEER.lookup(object) {
                return matches!(naming, Naming::Name | Naming::Seat).then_some(state);
            }
            // "Kano State", "Sindh province": the province's own name.
            let province = [
                " State",
                " state",
                " Province",
                " province",
                " Region",
                " region",
            ]
            .iter()
            .find_map(|kind| object.strip_suffix(kind))
            .unwrap_or(object);
            GAZETTEER
                .state_of_place(object)
                .or_else(|| GAZETTEER.state_of_place(province))
        })
}

/// A province or a town of one state, in up to three capitalised words ending at word
/// `end` (exclusive), and not itself a state's name: "Texas", "Lagos", "Kaduna", "New
/// South Wales". Returns its state and how many words name it.
fn place_ending_at(words: &[Word<'_>], end: usize) -> Option<(usize, usize)> {
    [3, 2, 1].into_iter().find_map(|length| {
        let from = end.checked_sub(length)?;
        let parts = words.get(from..end)?;
        if !parts
            .iter()
            .all(|w| is_capitalised(w.text) && strip_possessive(w.text) == w.text)
        {
            return None;
        }
        // "Wells Fargo analyst": the end of a longer name is no place of its own.
        let in_a_longer_name = from.checked_sub(1).is_some_and(|k| {
            let w = words[k].text;
            is_capitalised(w) && strip_possessive(w) == w && !OPENERS.contains(&w)
        });
        if in_a_longer_name {
            return None;
        }
        let phrase = super::join_words(parts);
        let state = GAZETTEER.state_of_place(&phrase)?;
        GAZETTEER
            .lookup(&phrase)
            .is_none()
            .then_some((state, length))
    })
}

/// Whether a word is itself a state's name or demonym ("Korean").
fn is_name_of_a_state(word: &str) -> bool {
    GAZETTEER.lookup(strip_possessive(word)).is_some()
}

/// "aid to Ukraine to pressure the country’s President …": the state a "the country’s"
/// ending at word `end` (exclusive) refers to, the last one named before it.
fn the_country_s(words: &[Word<'_>], end: usize) -> Option<usize> {
    let possessive = words.get(end.checked_sub(1)?)?.text;
    let noun = strip_possessive(possessive);
    let refers = noun != possessive
        && matches!(noun, "country" | "nation")
        && end >= 2
        && words[end - 2].text.eq_ignore_ascii_case("the");
    if !refers {
        return None;
    }
    (0..end - 2)
        .rev()
        .find_map(|i| state_at(words, i).map(|(state, _, _)| state))
}

/// "… for Africa", "… of the Arctic", "… for Terrorism and Financial Intelligence"
/// ending at word `j`: the object of an office ("Minister for Africa", "Special Envoy
/// for the Arctic"). Returns its length in words, up to the "for"/"of", when a role word
/// stands right before it. Two capitalised words at most, or more with a joining word
/// among them; the role words a portfolio may hold ("Foreign Affairs") are read by the
/// caller when they come last.
pub(super) fn office_object(words: &[Word<'_>], j: usize) -> Option<usize> {
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
    // "Ambassador to the United Nations", "Envoy to Ukraine": where the office is
    // posted is part of it too.
    let is_office = |k: usize| {
        k >= 2
            && matches!(words[k - 1].text, "for" | "of" | "to")
            && ROLE_WORDS.contains(&words[k - 2].text)
    };
    if is_office(k) {
        return Some(j - (k - 1));
    }
    // "for Terrorism and Financial Intelligence", "for Foreign Affairs and Security
    // Policy": capitalised words joined by "and", back to the office's "for".
    let mut joined = false;
    while k > 0 && j - k < 8 {
        let w = words[k - 1].text;
        if matches!(w, "and" | "&") {
            joined = true;
        } else if !is_capitalised(w) {
            break;
        }
        k -= 1;
        if joined && is_office(k) {
            return Some(j - (k - 1));
        }
    }
    None
}

/// "first", "seventh", "21st": a place in a line of holders.
fn is_ordinal(word: &str) -> bool {
    let numbered = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    matches!(word, "first" | "second" | "third")
        || !numbered.is_empty()
            && numbered.bytes().all(|b| b.is_ascii_digit())
            && matches!(&word[numbered.len()..], "st" | "nd" | "rd" | "th")
        || word.strip_suffix("th").is_some_and(|stem| {
            matches!(
                stem,
                "four" | "fif" | "six" | "seven" | "eigh" | "nin" | "ten" | "eleven" | "twelf"
            )
        })
}

/// Verbs that give the person before them an office: what follows reads as an appositive.
const OFFICE_PREDICATES: &[&[&str]] = &[
    &["was", "elected"],
    &["was", "re-elected"],
    &["was", "named"],
    &["was", "appointed"],
    &["was", "sworn", "in", "as"],
    &["has", "become"],
    &["became"],
    &["will", "serve", "as"],
    // "named Satsuki Katayama as finance minister".
    &["as"],
];

/// Prepositions after a role's object that begin an action or a circumstance.
const ROLE_ENDING_PREPOSITIONS: &[&str] = &[
    "on", "during", "over", "about", "with", "by", "after", "since", "from", "into", "until",
];

/// Reads an appositive after a name: "Vinay Kumar, India’s ambassador to Russia, said";
/// "John Roth, vice president of business development at SNC."; "Scott Paul, who heads
/// the Alliance …". The role keeps its whole extent: the office and what it is of.
pub(super) fn role_after(words: &[Word<'_>], name_end: usize) -> Option<Role> {
    // "Sanae Takaichi was elected Japan's first female prime minister", "Minoru Kihara
    // will serve as chief cabinet secretary": an office the sentence makes the person
    // take reads like an appositive.
    let takes_office = OFFICE_PREDICATES.iter().find_map(|predicate| {
        let length = predicate.len();
        words
            .get(name_end..name_end + length)
            .is_some_and(|run| run.iter().zip(*predicate).all(|(w, p)| w.text == *p))
            .then_some(length)
    });
    let mut k = match takes_office {
        Some(length) => name_end + length,
        None if words.get(name_end).map(|w| w.text) == Some(",") => name_end + 1,
        None => return None,
    };
    let mut phrase: Vec<&str> = Vec::new();
    let mut state = None;
    // ", who heads the Alliance …", ", who also heads …": the verb stands for the office;
    // in the past only when a body's name follows ("who led the IMF mission", not "who
    // led the research").
    let text = |at: usize| words.get(at).map_or("", |w| w.text);
    let adverb = usize::from(matches!(
        text(k + 1),
        "also" | "now" | "currently" | "still"
    ));
    let verb = text(k + 1 + adverb);
    let object = k + 2 + adverb + usize::from(text(k + 2 + adverb) == "the");
    let heads = matches!(verb, "heads" | "leads" | "chairs")
        || matches!(verb, "headed" | "led" | "chaired") && is_capitalised(text(object));
    if text(k) == "who" && heads {
        phrase.push("head");
        k += 2 + adverb;
        if words.get(k).map(|w| w.text) == Some("the") {
            k += 1;
        }
        phrase.push("of");
        phrase.push("the");
    }
    // ", who was then serving as the President's physician", ", who is also an
    // executive at SoftBank": a relative clause that states what the person is.
    if phrase.is_empty() && words.get(k).map(|w| w.text) == Some("who") {
        k += who_is_words(words, k + 1);
    }
    let mut employer = None;
    let mut employer_named_before = false;
    let mut half_of = None;
    let appositive: Vec<&Word<'_>> = words.iter().skip(k).take(14).collect();
    let mut second_word_of_state = false;
    for (n, w) in appositive.iter().enumerate() {
        if std::mem::take(&mut second_word_of_state) {
            continue;
        }
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
                | "whose"
                | "where"
                | "when"
                | "while"
                | "that"
                | "said"
                | "says"
                | "told"
        ) {
            break;
        }
        // ", and the former minister said": a clause joined on, not an appositive.
        if phrase.is_empty()
            && state.is_none()
            && matches!(
                w.text,
                "and" | "but" | "or" | "so" | "yet" | "as" | "after" | "before"
            )
        {
            return None;
        }
        if phrase.is_empty() && matches!(w.text, "the" | "a" | "an" | "another" | "one" | "both") {
            continue;
        }
        // "both professors at …": the office of each, in the singular.
        if phrase.is_empty() && words.get(k).is_some_and(|first| first.text == "both") {
            let singular = w.text.strip_suffix('s').filter(|one| is_role_noun(one));
            if let Some(one) = singular {
                phrase.push(one);
                continue;
            }
        }
        // "the top U.S. diplomat": a state may follow the office's modifiers; a
        // "former German defence minister" served that state once, not now.
        let only_modifiers = phrase
            .iter()
            .all(|p| ROLE_MODIFIERS.contains(p) && !matches!(*p, "former" | "then"));
        if only_modifiers && state.is_none() {
            // "the Marshall Islands' climate envoy": a state of two words.
            let two_words = appositive
                .get(n + 1)
                .filter(|next| is_capitalised(w.text) && strip_possessive(next.text) != next.text)
                .and_then(|next| {
                    let name = format!("{} {}", w.text, strip_possessive(next.text));
                    GAZETTEER.lookup(&name).map(|(s, _)| s)
                });
            if let Some(s) = two_words {
                state = Some(s);
                second_word_of_state = true;
                continue;
            }
            if let Some((s, naming)) = GAZETTEER.lookup(strip_possessive(w.text)) {
                // "a Ukraine specialist": a bare name before a role is its subject
                // matter; "India’s ambassador", "a Russian diplomat", "the U.S.
                // attorney" say whom it serves.
                let office_next = appositive
                    .get(n + 1)
                    .is_some_and(|next| is_public_office(next.text));
                let serves =
                    naming == Naming::Demonym || strip_possessive(w.text) != w.text || office_next;
                if serves {
                    state = Some(s);
                    continue;
                }
            }
        }
        if phrase.is_empty() && state.is_none() {
            // "the South’s chief military spokesman": a half of a divided country
            // named for short; whose office it is the role's words do not say.
            let half = half_named_for_short(strip_possessive(w.text));
            if half.is_some() && strip_possessive(w.text) != w.text {
                half_of = half;
                continue;
            }
            // "the company’s chief operating officer": a common noun's possessive points
            // back to a body named before; it is not part of the role.
            if strip_possessive(w.text) != w.text && w.text.starts_with(char::is_lowercase) {
                let noun = strip_possessive(w.text);
                employer_named_before |=
                    BODY_NOUNS.contains(&noun) || INSTITUTION_NOUNS.contains(&noun);
                continue;
            }
        }
        phrase.push(w.text);
    }
    // "elected Japan's first female prime minister on Tuesday": what made the news of
    // taking the office is no part of it, nor is when.
    if takes_office.is_some() {
        let news = phrase
            .iter()
            .take_while(|w| {
                is_ordinal(w)
                    || matches!(
                        **w,
                        "new" | "female" | "woman" | "male" | "youngest" | "oldest" | "next"
                    )
            })
            .count();
        phrase.drain(..news);
        if let Some(when) = phrase.iter().position(|w| {
            matches!(
                *w,
                "on" | "after" | "last" | "this" | "since" | "until" | "by" | "earlier" | "later"
            )
        }) {
            phrase.truncate(when);
        }
    }
    // "a Boise State University political scientist", "a SpaceX engineer": a body's
    // name before the role noun is the employer, not part of the role.
    let office_at = phrase.iter().position(|w| is_role_noun(w))?;
    let named_before = phrase[..office_at]
        .iter()
        .take_while(|w| is_capitalised(w) || ORG_CONNECTORS.contains(w))
        .count();
    if named_before > 0
        && (ORG_HEADS.contains(&strip_possessive(phrase[named_before - 1]))
            || is_acronym(strip_possessive(phrase[named_before - 1])))
    {
        employer = Some(strip_possessive(&phrase[..named_before].join(" ")).to_owned());
        phrase.drain(..named_before);
    } else if let Some((from, to)) = listed_body_among_modifiers(&phrase[..office_at]) {
        // "the former U.N. special envoy for Sudan": a listed body after the
        // modifiers is the employer, whatever the office is for.
        employer = Some(strip_possessive(&phrase[from..to].join(" ")).to_owned());
        phrase.drain(from..to);
    }
    let office_at = phrase.iter().position(|w| is_role_noun(w))?;
    // ", met Japanese Prime Minister …": a verb opening the words after the comma makes
    // them what the person did, not what they are.
    if phrase
        .first()
        .is_some_and(|w| PERSON_VERBS.contains(w) || is_verb_like(w))
    {
        return None;
    }
    // A role noun opens the appositive within a few modifiers ("a top national security
    // aide"); further in, the phrase is a clause, not a role.
    // A preposition before it makes the role someone else's ("younger brother of the
    // Taliban’s deputy leader").
    // ("a Horn of Africa analyst": an "of" between capitals is inside a name.)
    let inside_a_name = |k: usize| {
        k > 0
            && is_capitalised(phrase[k - 1])
            && phrase.get(k + 1).is_some_and(|w| is_capitalised(w))
    };
    if office_at > 6
        || phrase[..office_at].iter().enumerate().any(|(k, w)| {
            is_auxiliary(w)
                || matches!(*w, "of" | "to" | "for" | "at" | "in" | "on" | "with")
                    && !inside_a_name(k)
        })
    {
        return None;
    }
    // "the principal deputy White House press secretary": a government building or a
    // state named among the modifiers says whose office it is.
    if state.is_none() {
        state = (0..office_at).find_map(|k| {
            let two = phrase
                .get(k + 1)
                .map(|next| format!("{} {next}", phrase[k]));
            two.as_deref()
                .and_then(|t| GAZETTEER.lookup(t))
                .or_else(|| GAZETTEER.lookup(strip_possessive(phrase[k])))
                // A government's building or seat; a bare state name is the subject
                // matter ("a Ukraine expert").
                .filter(|(_, naming)| matches!(naming, Naming::Building | Naming::Seat))
                .map(|(s, _)| s)
        });
    }
    // The office runs on through a prepositional object ("… of business development at
    // SNC"), to the end of the appositive; anything else after it ends the role.
    let mut end = office_at + 1;
    loop {
        if end < phrase.len() && (is_role_noun(phrase[end]) || phrase[end] == "and") {
            end += 1;
            continue;
        }
        // "president and chief operating officer": lower-case modifiers up to another
        // role noun belong to the office.
        let next_office = (end..phrase.len().min(end + 3)).find(|&k| is_role_noun(phrase[k]));
        match next_office {
            Some(k)
                if phrase[end..k].iter().all(|w| {
                    w.starts_with(char::is_lowercase)
                        && !is_verb_like(w)
                        && !DANGLING_ROLE_WORDS.contains(w)
                }) =>
            {
                end = k + 1;
            }
            _ => break,
        }
    }
    // ", French President Emmanuel Macron and …": a title with a name right after it is
    // the next person's in a list, not what this one is.
    if phrase.get(end).is_some_and(|w| is_name_word(w)) {
        return None;
    }
    // The object names an institution or a counterpart ("aide to Vice President Pence",
    // "… at SNC"); a further "on", "during", "over" … starts what the person did, not
    // what they are ("… on Trump's July 25 phone call").
    if end < phrase.len() && matches!(phrase[end], "to" | "of" | "for" | "at" | "on" | "in") {
        end = phrase
            .iter()
            .enumerate()
            .skip(end + 1)
            .find(|&(k, w)| {
                // "of advanced development programs": an "-ed" word before a noun is an
                // adjective; before a preposition or an article, a verb.
                let verb = is_auxiliary(w)
                    || is_verb_like(w)
                        && phrase.get(k + 1).is_none_or(|next| {
                            matches!(
                                *next,
                                "by" | "to" | "in" | "on" | "the" | "a" | "an" | "that"
                            )
                        });
                verb || ROLE_ENDING_PREPOSITIONS.contains(w)
            })
            .map_or(phrase.len(), |(p, _)| p);
    }
    while end > office_at + 1 && DANGLING_ROLE_WORDS.contains(&phrase[end - 1]) {
        end -= 1;
    }
    let state = state.or_else(|| state_served_by_staff(&phrase[office_at..end]));
    let groups = vec![role_as_shown(&phrase[..end])];
    // Read as written: the title case a short office is shown in would make "for
    // competition" a body's name.
    let employer = employer.or_else(|| employer_in(&phrase[..end].join(" ")));
    let state = state.or_else(|| state_of_the_place_of(&groups, employer.as_deref()));
    let employer_named_before = employer_named_before && employer.is_none();
    Some(Role {
        groups,
        state,
        person_title: None,
        span: words[name_end].span.clone(),
        employer,
        employer_named_before,
        half_of,
        serves_person_named_before: false,
    })
}

/// "diplomatic adviser to the UAE president", "spokesman for the Russian foreign
/// ministry": staff serve the state whose office or body they work for. (An envoy "to
/// the Russian president" serves the state that sends them, so only staff count.)
fn state_served_by_staff(office: &[&str]) -> Option<usize> {
    let staff = matches!(
        office.first().copied()?,
        "adviser"
            | "advisor"
            | "aide"
            | "assistant"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "counsellor"
            | "counselor"
    );
    let object = office
        .iter()
        .position(|w| matches!(*w, "to" | "for"))
        .filter(|_| staff)?;
    let rest = &office[object + 1..];
    let rest = rest.strip_prefix(&["the"]).unwrap_or(rest);
    let (owner, office_words) = rest.split_first()?;
    let (state, _) = GAZETTEER
        .lookup(strip_possessive(owner))
        .filter(|(_, naming)| matches!(naming, Naming::Name | Naming::Demonym))?;
    // The office or body right after ("president", "foreign ministry", "State
    // Department").
    office_words
        .iter()
        .take(2)
        .any(|w| {
            let w = w.to_lowercase();
            is_public_office(&w)
                || matches!(
                    w.as_str(),
                    "government"
                        | "ministry"
                        | "presidency"
                        | "cabinet"
                        | "department"
                        | "embassy"
                        | "mission"
                )
        })
        .then_some(state)
}

/// "American Kevin King and Australian Timothy Weeks, both professors at …": the role
/// after the last of two names joined by "and" (`name_end` is where the first ends), when
/// "both" says it is each one's.
pub(super) fn shared_role_after(words: &[Word<'_>], name_end: usize) -> Option<Role> {
    if words.get(name_end)?.text != "and" {
        return None;
    }
    let comma = (name_end + 1..words.len().min(name_end + 6)).find(|&k| words[k].text == ",")?;
    let names_between = words[name_end + 1..comma]
        .iter()
        .all(|w| is_capitalised(w.text));
    (names_between && words.get(comma + 1)?.text == "both")
        .then(|| role_after(words, comma))
        .flatten()
}

/// "ministers" → "minister": a role noun in the plural, in lower case, as its singular
/// (what each of the people named after it is).
pub(super) fn singular_role_noun(word: &str) -> Option<&str> {
    let singular = word.strip_suffix('s')?;
    (word.starts_with(char::is_lowercase) && !singular.ends_with('s') && is_role_noun(singular))
        .then_some(singular)
}

/// "Azerbaijan’s presidential aide | Farid Guliyev", "WeWork’s founder and former CEO, |
/// Adam Neumann": a role in lower case right before a name, with the state or body
/// whose possessive opens it.
pub(super) fn lowercase_role_before(words: &[Word<'_>], name_start: usize) -> Option<Role> {
    let mut j = name_start;
    // "Mali's transitional president, Colonel Assimi Goita", "Government spokesman Col.
    // Abdoulaye Maiga": a rank or title right before the name is the person's too, and
    // the role in lower case before it says what they do. A rank of two words ("Maj.
    // Gen.") is one title.
    let is_rank = |w: &str| super::MILITARY_RANKS.contains(&w) || spelt_out(w) != w;
    if j >= 3 && is_rank(words[j - 1].text) && is_rank(words[j - 2].text) {
        j -= 1;
    }
    if j >= 2 {
        let title = words[j - 1].text;
        let comma_before = words[j - 2].text == ",";
        // "The court's president, Judge Joan Donoghue": after an office in lower case and
        // a comma, any title word is the name's.
        let titled = PERSON_TITLES.contains(&title)
            || spelt_out(title) != title
            || super::MILITARY_RANKS.contains(&title)
            || comma_before && ROLE_WORDS.contains(&title);
        let lower_case_before = comma_before || words[j - 2].text.starts_with(char::is_lowercase);
        if titled && lower_case_before {
            j -= 1;
        }
    }
    if j >= 2 && words[j - 1].text == "," {
        j -= 1;
    }
    // "his longtime physician Dr. Harold Bornstein": a courtesy title between the role
    // and the name.
    if j >= 2 && HONORIFICS.contains(&words[j - 1].text) {
        j -= 1;
    }
    let phrase_end = j;
    // "ambassador to (the) Ukraine | Marie Yovanovitch": the office's object stands
    // between the office and the name.
    let mut object = j;
    while object > 0 && j - object < 3 && is_capitalised(words[object - 1].text) {
        object -= 1;
    }
    // "senior trade advisor to Agriculture Secretary Dan Glickman": a title between
    // them is the person's own, and the office before it someone else's.
    let titled = words[object..j].iter().any(|w| is_role_noun(w.text));
    if object < j && !titled {
        let mut before = object;
        if before > 0 && words[before - 1].text == "the" {
            before -= 1;
        }
        if before >= 2
            && matches!(words[before - 1].text, "to" | "for" | "of")
            && is_role_noun(words[before - 2].text)
            && words[before - 2].text.starts_with(char::is_lowercase)
        {
            j = before - 1;
        }
    }
    let written = words.get(j.checked_sub(1)?)?.text;
    // "foreign ministers Ararat Mirzoyan and Jeyhun Bayramov": an office in the plural
    // right before a name is each named one's, shown in the singular.
    let singular = (j == name_start)
        .then(|| singular_role_noun(written))
        .flatten();
    // "Zelenskyy's chief of staff, Andriy Yermak", "the secretary of state, Marco
    // Rubio": an office in lower case with its portfolio after "of" is named by the word
    // before "of".
    let office_of = j >= 3
        && written.starts_with(char::is_lowercase)
        && !DANGLING_ROLE_WORDS.contains(&written)
        && !is_role_noun(written)
        && words[j - 2].text == "of"
        && words[j - 3].text.starts_with(char::is_lowercase)
        && is_role_noun(words[j - 3].text);
    if office_of {
        j -= 2;
    }
    let last = singular.unwrap_or(if office_of {
        words[j - 1].text
    } else {
        written
    });
    let relation = j == phrase_end && is_relation_to_a_person(words, j - 1);
    if relation {
        let owner = &words[j - 2];
        return Some(Role {
            groups: vec![role_as_shown(&[last])],
            state: None,
            person_title: None,
            span: owner.span.start..words[name_start].span.start,
            employer: None,
            employer_named_before: false,
            half_of: None,
            serves_person_named_before: false,
        });
    }
    if !(is_role_noun(last) && (last.starts_with(char::is_lowercase) || ROLE_WORDS.contains(&last)))
    {
        return None;
    }
    let mut start = j - 1;
    while start > 0 && j - start < 6 {
        // "Defence spokesman …" opening the sentence: its capital is the sentence's.
        let opening = (start == 1).then(|| words[0].text.to_lowercase());
        let w = opening.as_deref().unwrap_or(words[start - 1].text);
        // "Russia's deputy U.N. Ambassador": a body's acronym inside the office, with
        // the office's words in lower case before it, says where the office is held.
        let written_as_acronym = w.chars().filter(char::is_ascii_uppercase).count() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        let body_inside = start >= 2
            && written_as_acronym
            && BODIES.lookup(w).is_some()
            && words[start - 2].text.starts_with(char::is_lowercase)
            && ROLE_MODIFIERS.contains(&words[start - 2].text);
        if body_inside {
            start -= 1;
            continue;
        }
        // "China's foreign ministry spokesperson", "Hamas political bureau chief": the
        // body or its unit, in lower case, is part of the role, and the name or
        // possessive before it still says whose.
        let qualifies = w.starts_with(char::is_lowercase)
            && (is_role_noun(w)
                || ROLE_MODIFIERS.contains(&w)
                || matches!(
                    w,
                    "ministry"
                        | "department"
                        | "agency"
                        | "embassy"
                        | "administration"
                        | "customs"
                        | "interior"
                        | "commerce"
                        | "education"
                        | "bureau"
                        | "office"
                        | "wing"
                        | "committee"
                        | "council"
                        | "armed"
                        | "media"
                        | "press"
                )
                || w == "and"
                    && start >= 2
                    && words[start - 2].text.starts_with(char::is_lowercase)
                || w.len() > 5 && (w.ends_with("al") || w.ends_with("ary") || w.ends_with("ic")));
        if !qualifies {
            break;
        }
        start -= 1;
    }
    // "recently named executive chair": when the person got the role is not the role
    // (but "The We Company's recently named …" still says whose it is).
    let mut phrase_from = start;
    while phrase_from < j - 1
        && matches!(
            words[phrase_from].text,
            "and" | "recently" | "newly" | "named" | "appointed" | "then"
        )
    {
        phrase_from += 1;
    }
    let mut phrase: Vec<&str> = words[phrase_from..phrase_end]
        .iter()
        .map(|w| w.text)
        .collect();
    if let (Some(singular), Some(shown)) = (singular, phrase.last_mut()) {
        *shown = singular;
    }
    // Only a lone capitalised title ("CEO") with nothing in lower case is left to
    // `role_before`.
    if phrase.len() == 1 && !last.starts_with(char::is_lowercase) {
        return None;
    }
    let owner = start
        .checked_sub(1)
        .map(|k| words[k].text)
        .filter(|w| strip_possessive(w) != *w && is_capitalised(w));
    // "U.S. ambassador", "Russian diplomat": a state or its demonym before an office
    // says whom it serves (before other roles, a bare name is the subject matter: "a
    // Ukraine specialist").
    let public = is_public_office(&phrase.join(" "));
    let served = start
        .checked_sub(1)
        .filter(|_| owner.is_none())
        .and_then(|k| GAZETTEER.lookup(words[k].text))
        .filter(|(_, naming)| *naming == Naming::Demonym || public)
        .map(|(s, _)| s);
    // "Kaduna state governor": a province or town before a public office is the
    // office's own, and its state the state served.
    let place = (owner.is_none() && served.is_none() && public)
        .then(|| place_ending_at(words, start))
        .flatten();
    // "former U.S. ambassador": a qualifier before the state is the office's.
    let qualifier = start.checked_sub(2).filter(|&k| {
        served.is_some() && ROLE_MODIFIERS.contains(&words[k].text.to_lowercase().as_str())
    });
    if let Some(k) = qualifier {
        phrase.insert(0, words[k].text);
    }
    if let Some((_, length)) = place {
        let named: Vec<&str> = words[start - length..start]
            .iter()
            .map(|w| w.text)
            .collect();
        phrase.splice(0..0, named);
    }
    let state = owner
        .and_then(|w| GAZETTEER.lookup(strip_possessive(w)).map(|(s, _)| s))
        .or(served)
        .or(place.map(|(state, _)| state));
    // "The South’s chief negotiator": a half of a divided country named for short, which
    // the other states the story names tell (`affiliation`), not a body.
    let half_of = owner.and_then(|w| half_named_for_short(strip_possessive(w)));
    // "Rydell Mobility's chief executive": the owner is the whole name ending in the
    // possessive, not its last word.
    let owner_name = owner.map(|w| {
        let at = start - 1;
        let mut from = at;
        while from > 0 && at - from < 3 {
            let before = words[from - 1].text;
            // "The We Company's": a pronoun after "The" is a name's.
            let after_the = from >= 2 && matches!(words[from - 2].text, "The" | "the");
            let pronoun = matches!(
                before,
                "We" | "I" | "It" | "You" | "They" | "He" | "She" | "Our"
            );
            let part_of_name = is_capitalised(before)
                && (!OPENERS.contains(&before) || after_the && pronoun)
                && strip_possessive(before) == before
                && GAZETTEER.lookup(before).is_none();
            if !part_of_name {
                break;
            }
            from -= 1;
        }
        let mut parts: Vec<&str> = words[from..at].iter().map(|w| w.text).collect();
        parts.push(strip_possessive(w));
        parts.join(" ")
    });
    let owned = owner_name
        .filter(|name| state.is_none() && half_of.is_none() && !ORG_HEADS.contains(&name.as_str()));
    // "State Department spokesman Matthew Miller": a body named right before the office,
    // without a possessive, is part of the office's name as the text gives it.
    let body_named_before = owned.is_none().then(|| body_before(words, start)).flatten();
    let mut employer = owned.or(body_named_before.clone());
    // "the agency’s chief Rafael Grossi", "Its candidate, Alice Weidel": the body
    // named before.
    // "The central bank's governor": a state's own bank, which the story's framing
    // gives, not the body named last (the IMF).
    let central_bank = start.checked_sub(2).is_some_and(|k| {
        words[k].text == "central" && strip_possessive(words[k + 1].text) == "bank"
    });
    let employer_named_before = employer.is_none()
        && state.is_none()
        && !central_bank
        && start.checked_sub(1).is_some_and(|k| {
            let w = words[k].text;
            // "Company spokesman Kenichi Takahara" opening a sentence: the company the
            // article named before.
            let opening_noun = (k == 0 || OPENERS.contains(&words[k - 1].text))
                && BODY_NOUNS.contains(&w.to_lowercase().as_str());
            strip_possessive(w) != w
                && (BODY_NOUNS.contains(&strip_possessive(w))
                    || INSTITUTION_NOUNS.contains(&strip_possessive(w)))
                || matches!(w, "its" | "Its")
                || opening_noun
        });
    // "White House press secretary", "Kremlin spokesman": a building that stands for a
    // government is its state, and part of the office's name as the text gives it.
    let mut building_words = 0;
    let state = state.or_else(|| {
        let (s, _) = GAZETTEER.lookup(employer.as_deref()?)?;
        building_words = employer.take()?.split(' ').count();
        Some(s)
    });
    // (A building found above took the employer: then its words are the body's.)
    let body_words = match &body_named_before {
        Some(body) if employer.is_some() => body.split(' ').count(),
        _ => building_words,
    };
    if body_words > 0 {
        // "China's Foreign Ministry spokesperson": the owner's possessive says whose the
        // office is, and stays out of its name.
        let named = words[start - body_words..start]
            .iter()
            .map(|w| w.text)
            .skip_while(|w| strip_possessive(w) != *w);
        phrase.splice(0..0, named);
    }
    let before = usize::from(owner.is_some() || served.is_some())
        + usize::from(qualifier.is_some())
        + place.map_or(0, |(_, length)| length)
        + body_words;
    // (Each word before is counted once; saturating all the same: a role never panics.)
    let span_start = words[start.saturating_sub(before)].span.start;
    // "Guterres …, his spokesman Stéphane Dujarric said": whom the person works for.
    let serves_person_named_before = state.is_none()
        && employer.is_none()
        && !employer_named_before
        && start
            .checked_sub(1)
            .is_some_and(|k| matches!(words[k].text, "his" | "her" | "His" | "Her"));
    if central_bank {
        phrase.splice(0..0, ["central", "bank"]);
    }
    let groups = vec![role_as_shown(&phrase)];
    let state = state.or_else(|| state_of_the_place_of(&groups, employer.as_deref()));
    Some(Role {
        groups,
        state,
        person_title: None,
        span: span_start..words[name_start].span.start,
        employer,
        employer_named_before,
        half_of,
        serves_person_named_before,
    })
}

/// "Epstein's madame-procurer | Ghislaine Maxwell", "Trump's fixer | Michael Cohen": an
/// agent noun the lexicon lacks, right after a person's possessive, says what the named
/// person is to that person. It is no employment: the owner is no employer.
fn is_relation_to_a_person(words: &[Word<'_>], at: usize) -> bool {
    let noun = words[at].text;
    let head = noun.rsplit('-').next().unwrap_or(noun);
    let agent = head.len() > 4
        && (head.ends_with("er") || head.ends_with("or") || head.ends_with("ist"))
        && !matches!(
            head,
            "other"
                | "former"
                | "latter"
                | "elder"
                | "younger"
                | "older"
                | "longer"
                | "after"
                | "never"
                | "whether"
                | "under"
                | "over"
                | "rather"
                | "further"
                | "together"
                | "matter"
                | "power"
                | "order"
                | "letter"
                | "number"
                | "paper"
                | "water"
                | "career"
                | "border"
                | "corner"
                | "interior"
                | "favor"
                | "error"
                | "minor"
                | "major"
                | "senior"
                | "junior"
        );
    let lower = noun.chars().all(|c| c.is_lowercase() || c == '-');
    let owner = at
        .checked_sub(1)
        .map(|k| words[k].text)
        .filter(|w| strip_possessive(w) != *w)
        .map(strip_possessive);
    agent
        && lower
        && !is_role_noun(noun)
        && owner.is_some_and(|w| is_name_word(w) && GAZETTEER.lookup(w).is_none())
}

/// "North", "South", "East", "West": a divided country's half named for short.
fn half_named_for_short(word: &str) -> Option<&'static str> {
    match word {
        "North" => Some("North"),
        "South" => Some("South"),
        "East" => Some("East"),
        "West" => Some("West"),
        _ => None,
    }
}

/// "Boise State University | political scientist": a body's name, ending on its head
/// noun or an acronym, right before a role written in lower case is the employer.
fn body_before(words: &[Word<'_>], start: usize) -> Option<String> {
    let last = words.get(start.checked_sub(1)?)?.text;
    if !(ORG_HEADS.contains(&last) || is_acronym(last) && GAZETTEER.lookup(last).is_none()) {
        return None;
    }
    let mut first = start - 1;
    while first > 0
        && is_capitalised(words[first - 1].text)
        && !OPENERS.contains(&words[first - 1].text)
    {
        first -= 1;
    }
    // "Company spokesman": a kind of body, no particular one.
    if first == start - 1 && BODY_NOUNS.contains(&last.to_lowercase().as_str()) {
        return None;
    }
    let name: Vec<&str> = words[first..start].iter().map(|w| w.text).collect();
    Some(name.join(" "))
}

/// A short office as a title ("ambassador to Russia" → "Ambassador to Russia"); a longer
/// role as written, with its first letter raised ("Vice president of business …").
pub(super) fn role_as_shown(words: &[&str]) -> String {
    // "the current vice president": that the office is held now goes without saying.
    let words = match words {
        [now, rest @ ..]
            if !rest.is_empty() && matches!(*now, "current" | "sitting" | "incumbent") =>
        {
            rest
        }
        _ => words,
    };
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
pub(super) fn title_case_office(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| {
            if matches!(
                *w,
                "to" | "of" | "for" | "the" | "and" | "on" | "at" | "in" | "with" | "from" | "by"
            ) {
                (*w).to_owned()
            } else {
                // "director-general" → "Director-General"; "president-elect" keeps its
                // qualifier in lower case.
                let (office, general) = match w.strip_suffix("-general") {
                    Some(office) => (office, "-General"),
                    None => (*w, ""),
                };
                capitalise_first(office) + general
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The body a role names as where the person works: the capitalised words after the
/// first "at", "of", "for" or "in" that a name follows ("vice president of business
/// development at SNC" → "SNC"; "president of the Alliance for American
/// Manufacturing"; "spokesperson for Instagram"), without the place it is in ("… at the
/// Max Planck Institute for Astrophysics in Munich"); a place is no employer ("advisor
/// in the Bay Area").
pub(super) fn employer_in(role: &str) -> Option<String> {
    let words: Vec<&str> = role.split(' ').collect();
    let prepositions: Vec<usize> = (0..words.len())
        .filter(|&k| matches!(words[k], "at" | "of" | "for" | "in"))
        .collect();
    // "leader of the opposition Labour Party", "secretary of the rebel Alliance Fleuve
    // Congo": a body's name after what kind it is.
    let after = |k: usize| -> Vec<&str> {
        words[k + 1..]
            .iter()
            .copied()
            .skip_while(|w| *w == "the")
            .skip_while(|w| matches!(*w, "rebel" | "opposition" | "armed" | "separatist"))
            .collect()
    };
    for &k in &prepositions {
        let mut rest = after(k);
        if !rest.first().is_some_and(|w| is_capitalised(w)) {
            continue;
        }
        // "… Institute for Astrophysics in Munich": where the body is, not its name.
        if let Some(within) = rest.iter().position(|w| *w == "in") {
            if rest[within + 1..].iter().all(|w| is_capitalised(w)) {
                rest.truncate(within);
            }
        }
        // The body's name is the run of capitalised words and connectors, whole: "… at
        // the University of Florida and co-author of the study" ends at "Florida"; but
        // "Kowloon West district" qualifies a noun, and "Refugees in Towns Project" goes
        // on past "in".
        let mut name_words = rest
            .iter()
            .take_while(|w| is_capitalised(w) || ORG_CONNECTORS.contains(w))
            .count();
        while name_words > 1 && ORG_CONNECTORS.contains(&rest[name_words - 1]) {
            name_words -= 1;
        }
        if rest.get(name_words).is_some_and(|next| *next != "and") {
            continue;
        }
        rest.truncate(name_words);
        // "the Company", "the Group": a head noun alone names no particular body.
        let generic = rest.len() == 1 && ORG_HEADS.contains(&strip_possessive(rest[0]));
        let name = strip_possessive(&rest.join(" ")).to_owned();
        let a_place = GEOGRAPHIC_HEADS.contains(&strip_possessive(rest[rest.len() - 1]))
            || GAZETTEER.place(&name).is_some()
            || GAZETTEER.is_town(&name)
            || GAZETTEER
                .lookup(&name)
                .is_some_and(|(_, naming)| matches!(naming, Naming::Name | Naming::Seat));
        if !generic && !a_place {
            return Some(name);
        }
    }
    // "leader of the more moderate CFDT union": a name between a few modifiers and
    // the kind of body it is, ending the role. (A party's leader in a story of
    // offices serves the state as often: "leader of the Fatherland party" is left.)
    for &k in &prepositions {
        let mut rest = after(k);
        // "… the Chatham House thinktank in London": where the body is, not its kind.
        if let Some(within) = rest.iter().position(|w| *w == "in") {
            if within > 0 && rest[within + 1..].iter().all(|w| is_capitalised(w)) {
                rest.truncate(within);
            }
        }
        let from = rest
            .iter()
            .take(4)
            .take_while(|w| w.starts_with(char::is_lowercase))
            .count();
        let run = rest[from..]
            .iter()
            .take_while(|w| is_capitalised(w))
            .count();
        let kind_ends_it = from + run + 1 == rest.len()
            && matches!(
                rest[rest.len() - 1],
                "union"
                    | "movement"
                    | "alliance"
                    | "federation"
                    | "coalition"
                    | "bloc"
                    | "mission"
                    | "delegation"
                    | "thinktank"
                    | "think-tank"
            );
        if run > 0 && kind_ends_it {
            let name = rest[from..from + run].join(" ");
            if GAZETTEER.lookup(&name).is_none() {
                return Some(name);
            }
        }
    }
    // "head of the U.N. peacekeeping mission MONUSCO", "chief of the state oil company
    // ADNOC": the body's own name, after the kind of body it is, ends the role.
    for &k in &prepositions {
        let rest = after(k);
        let run = rest.iter().rev().take_while(|w| is_capitalised(w)).count();
        let Some(kind) = rest.len().checked_sub(run + 1).map(|at| rest[at]) else {
            continue;
        };
        let names_its_kind = BODY_NOUNS.contains(&kind)
            || matches!(
                kind,
                "mission" | "militia" | "movement" | "force" | "alliance" | "coalition"
            );
        let name = rest[rest.len() - run..].join(" ");
        if run > 0
            && names_its_kind
            && GAZETTEER.lookup(&name).is_none()
            && GAZETTEER.place(&name).is_none()
        {
            return Some(name);
        }
    }
    // "… in NASA’s science mission directorate": the body owns the unit named after it.
    let rest = after(*prepositions.last()?);
    let owner = rest.iter().position(|w| strip_possessive(w) != *w)?;
    rest[..=owner]
        .iter()
        .all(|w| is_capitalised(w) || ORG_CONNECTORS.contains(w))
        .then(|| strip_possessive(&rest[..=owner].join(" ")).to_owned())
}

/// How many words at `from` say "is" before a role: "is", "was also", "was then
/// serving as", "serves as"; 0 when they do not, and the relative clause is a deed.
fn who_is_words(words: &[Word<'_>], from: usize) -> usize {
    let text = |k: usize| words.get(k).map_or("", |w| w.text);
    let mut k = from;
    if matches!(text(k), "is" | "was") {
        k += 1;
        while matches!(text(k), "then" | "now" | "also" | "currently" | "still") {
            k += 1;
        }
        if text(k) == "serving" && text(k + 1) == "as" {
            k += 2;
        }
    } else if matches!(text(k), "serves" | "served") && text(k + 1) == "as" {
        k += 2;
    } else {
        return 0;
    }
    // The role follows with its article ("a professor", "the company’s founder").
    if matches!(text(k), "a" | "an" | "the") {
        1 + k - from
    } else {
        0
    }
}

/// A party's label or name ends on this word ("GOP", "Democratic", "Labour", "Tory",
/// "… Party").
pub(super) fn is_party_label(word: &str) -> bool {
    matches!(
        word,
        "GOP"
            | "Democrat"
            | "Democrats"
            | "Democratic"
            | "Republican"
            | "Republicans"
            | "Labour"
            | "Tory"
            | "Tories"
            | "Party"
    )
}

/// Whether a role is a public office, which a person holds for a state.
pub(super) fn is_public_office(role: &str) -> bool {
    // "the President’s physician" serves the office, and so the state; so does a
    // "President-elect".
    role.split([' ', '-']).any(|w| {
        matches!(
            strip_possessive(w).to_lowercase().as_str(),
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
                | "justice"
                | "magistrate"
                | "legislator"
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
                | "presidential"
        )
    }) && !role.split(' ').any(|w| {
        // Offices of companies and associations are not a state's.
        matches!(
            w.to_lowercase().as_str(),
            "ceo"
                | "cfo"
                | "coo"
                | "executive"
                | "founder"
                | "chair"
                | "financial"
                | "operating"
                | "marketing"
        )
    }) && !serves_a_private_person(role)
}

/// "Carlineo’s attorney", "Epstein’s lawyer": an office held for a person, named in the
/// possessive, and not for a state or a place ("Hong Kong’s police commissioner").
fn serves_a_private_person(role: &str) -> bool {
    let words: Vec<&str> = role.split(' ').collect();
    words.iter().enumerate().any(|(k, w)| {
        let owner = strip_possessive(w);
        if owner == *w {
            return false;
        }
        let first = words[..k]
            .iter()
            .rposition(|w| !is_capitalised(w))
            .map_or(0, |p| p + 1);
        let name = words[first..k]
            .iter()
            .copied()
            .chain(std::iter::once(owner))
            .collect::<Vec<_>>()
            .join(" ");
        is_name_word(owner) && GAZETTEER.lookup(&name).is_none() && GAZETTEER.place(&name).is_none()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The role read before (or, with a comma, after) the name starting with `first`.
    fn role_of(text: &str, first: &str) -> Option<Role> {
        let words = crate::analyse::sentences::words(text, 0..text.len());
        let at = words.iter().position(|w| w.text == first)?;
        role_before(&words, at)
            .or_else(|| lowercase_role_before(&words, at))
            .or_else(|| {
                let end = (at..words.len()).find(|&k| words[k].text == ",")?;
                role_after(&words, end)
            })
    }

    #[test]
    fn a_government_building_before_an_office_is_part_of_it_and_says_the_state() {
        let role = role_of(
            "White House press secretary Stephanie Grisham said so.",
            "Stephanie",
        )
        .expect("a role");
        assert_eq!(role.groups, ["White House Press Secretary"]);
        assert_eq!(
            role.state,
            GAZETTEER.lookup("United States").map(|(s, _)| s)
        );
        assert_eq!(role.employer, None);
    }

    #[test]
    fn a_body_named_right_before_an_office_is_part_of_its_name() {
        for (text, first, office) in [
            (
                "State Department spokesman Matthew Miller said so.",
                "Matthew",
                "State Department Spokesman",
            ),
            (
                "China's Foreign Ministry spokesperson Mao Ning said so.",
                "Mao",
                "Foreign Ministry Spokesperson",
            ),
        ] {
            let role = role_of(text, first).unwrap_or_else(|| panic!("no role in {text:?}"));
            assert_eq!(role.groups, [office], "{text}");
        }
        // A kind of body alone is no particular one: "Company spokesman" speaks for the
        // company named before, which stays out of the office's name.
        let role =
            role_of("Company spokesman Kenichi Takahara said so.", "Kenichi").expect("a role");
        assert_eq!(role.groups, ["Spokesman"]);
        assert!(role.employer_named_before);
    }

    #[test]
    fn a_body_named_after_its_kind_at_the_end_of_a_role_is_the_employer() {
        for (role, employer) in [
            (
                "head of the U.N. peacekeeping mission MONUSCO",
                Some("MONUSCO"),
            ),
            (
                "chief executive of the state oil company ADNOC",
                Some("ADNOC"),
            ),
            ("director of the group in Lyon", None),
            ("an analyst in Paris", None),
            (
                "associate fellow at the Chatham House thinktank in London",
                Some("Chatham House"),
            ),
            ("president of the company", None),
            ("envoy of the mission to Kenya", None),
        ] {
            assert_eq!(employer_in(role).as_deref(), employer, "{role}");
        }
    }

    #[test]
    fn a_public_office_of_a_province_or_town_serves_its_state() {
        let state = |name: &str| GAZETTEER.lookup(name).map(|(s, _)| s);
        for (text, first, office, served) in [
            (
                "Texas Governor Greg Abbott spoke.",
                "Greg",
                "Texas Governor",
                "United States",
            ),
            (
                "Lagos State Governor Babajide Sanwo-Olu spoke.",
                "Babajide",
                "Lagos State Governor",
                "Nigeria",
            ),
            (
                "Kaduna state governor Uba Sani spoke.",
                "Uba",
                "Kaduna State Governor",
                "Nigeria",
            ),
            (
                "Mayor of London Sadiq Khan spoke.",
                "Sadiq",
                "Mayor of London",
                "United Kingdom",
            ),
            (
                "He met Abba Kabir Yusuf, the governor of Kano State, on Monday.",
                "Abba",
                "Governor of Kano State",
                "Nigeria",
            ),
            (
                "New South Wales Premier Chris Minns spoke.",
                "Chris",
                "New South Wales Premier",
                "Australia",
            ),
            (
                "The mayor of El Paso, Oscar Leeser, said so.",
                "Oscar",
                "Mayor of El Paso",
                "United States",
            ),
        ] {
            let role = role_of(text, first).unwrap_or_else(|| panic!("no role in {text:?}"));
            assert_eq!(role.groups, [office], "{text}");
            assert_eq!(role.state, state(served), "{text}");
        }
        // A private calling is only from the place; the end of a longer name is no place.
        for (text, first) in [
            ("Florida lawyer Mark Green filed suit.", "Mark"),
            ("Wells Fargo analyst Zachary Fadem wrote.", "Zachary"),
        ] {
            let role = role_of(text, first).unwrap_or_else(|| panic!("no role in {text:?}"));
            assert_eq!(role.state, None, "{text}");
            assert!(!role.groups[0].contains("Florida") && !role.groups[0].contains("Fargo"));
        }
    }

    #[test]
    fn staff_serve_the_office_s_state_and_envoys_the_state_that_sends_them() {
        let uae = GAZETTEER.lookup("UAE").map(|(state, _)| state);
        assert!(uae.is_some());
        let adviser = ["adviser", "to", "the", "UAE", "president"];
        assert_eq!(state_served_by_staff(&adviser), uae);
        let spokesman = ["spokesman", "for", "the", "Emirati", "foreign", "ministry"];
        assert_eq!(state_served_by_staff(&spokesman), uae);
        let us = GAZETTEER.lookup("US").map(|(state, _)| state);
        let department = ["spokesperson", "for", "the", "US", "State", "Department"];
        assert_eq!(state_served_by_staff(&department), us);
        // An envoy to a state's president is sent by another state.
        let envoy = ["envoy", "to", "the", "UAE", "president"];
        assert_eq!(state_served_by_staff(&envoy), None);
        // A state alone is the subject of the work, not whom it serves.
        let expert = ["adviser", "on", "the", "UAE"];
        assert_eq!(state_served_by_staff(&expert), None);
    }
}
