//! Organisations: bodies from the built-in list ("NATO"), capitalised runs around an
//! institutional head noun ("Russian Defence Ministry"), their acronyms, and which of
//! them belong to a state's government.

use std::collections::BTreeSet;
use std::ops::Range;

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashSet;

use super::super::bodies::BODIES;
use super::super::gazetteer::{Naming, GAZETTEER};
use super::super::lexicon::{
    is_acronym, is_capitalised, is_capitalised_role_noun, is_code_name, is_hyphenated_modifier,
    is_legal_suffix, is_name_word, is_org_word, is_role_noun, spelt_out, strip_possessive,
    COMMON_ACRONYMS, COMPANY_HEADS, CORPORATE_ENDINGS, NAMES_OF_CONTESTS,
    NAMES_OF_TEXTS_AND_MEETINGS, OFFICE_WORDS, OPENERS, ORG_CONNECTORS, ORG_HEADS, PERSON_TITLES,
    PROGRAMME_NOUNS, ROLE_WORDS, STATE_ORGANS,
};
use super::super::sentences::{Sentence, Word};
use super::mentions::Mention;
use super::states::{
    longest_phrase, place_name_length, state_acts, state_at, STATE_BODIES_NAMED_ALONE,
};
use super::{actor_key, join_words, name_span, ActorFinder, ActorKind, EntityLabel};

/// The acronym in brackets starting at word `at` ("(IRIGC-MMTC)" after a body's name).
fn acronym_in_brackets<'w, 'a>(words: &'w [Word<'a>], at: usize) -> Option<&'w Word<'a>> {
    match words.get(at..at + 3)? {
        [open, acronym, close]
            if open.text == "(" && close.text == ")" && is_acronym(acronym.text) =>
        {
            Some(acronym)
        }
        _ => None,
    }
}

/// A body's full name spelt out before its acronym in brackets, as word indices:
/// "Organisation for Security and Cooperation in Europe (OSCE)", "Guangdong Post and
/// Telecommunications Administration (GPTA)". Each capital of the acronym, from the
/// last, is the initial of a capitalised word (or of a hyphenated part: "Inter-Services")
/// before the bracket; small joining words are passed over. Only a name holding a
/// body's head noun counts, not a state's, a law's or an office's.
fn bodies_spelt_out(words: &[Word<'_>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for open in 1..words.len() {
        let Some(acronym) = acronym_in_brackets(words, open) else {
            continue;
        };
        let Some(start) = spelt_out_before(words, open, acronym.text) else {
            continue;
        };
        let run = &words[start..open];
        let name = join_words(run);
        let a_body = run
            .iter()
            .any(|w| ORG_HEADS.contains(&strip_possessive(w.text)));
        let a_text = run
            .last()
            .is_some_and(|w| NAMES_OF_TEXTS_AND_MEETINGS.contains(&w.text));
        if a_body && !a_text && GAZETTEER.lookup(&name).is_none() {
            found.push(start..open);
        }
    }
    found
}

/// Where the name the acronym abbreviates starts, if the words before `open` spell it.
fn spelt_out_before(words: &[Word<'_>], open: usize, acronym: &str) -> Option<usize> {
    let letters: Vec<char> = acronym.chars().filter(char::is_ascii_uppercase).collect();
    if letters.len() < 2 {
        return None;
    }
    let mut left = letters.len();
    let mut j = open;
    while j > 0 && open - j < letters.len() + 6 {
        j -= 1;
        let w = strip_possessive(words[j].text);
        if is_capitalised(w) {
            let initials: Vec<char> = w
                .split('-')
                .filter_map(|part| part.chars().next())
                .filter(char::is_ascii_uppercase)
                .collect();
            if initials.is_empty() || initials.len() > left {
                return None;
            }
            if letters[left - initials.len()..left] != initials[..] {
                return None;
            }
            left -= initials.len();
            if left == 0 {
                return Some(j);
            }
        } else if left == letters.len()
            || !matches!(w, "of" | "for" | "and" | "the" | "in" | "on" | "de" | "&")
        {
            return None;
        }
    }
    None
}

impl ActorFinder<'_> {
    /// Returns the word indices that belong to organisation names, so they are not
    /// read as people.
    pub(super) fn find_organisations(
        &mut self,
        words: &[Word<'_>],
        sentence: &Sentence,
        index: usize,
    ) -> BTreeSet<usize> {
        let mut taken = BTreeSet::new();
        let bodies_by_acronym = bodies_spelt_out(words);
        for i in 0..words.len() {
            if self.leader_s_administration(words, i, sentence, index) {
                taken.extend(i..=i + 1);
            }
        }
        let mut i = 0;
        while i < words.len() {
            if taken.contains(&i) || !is_capitalised(words[i].text) || words[i].text == "The" {
                i += 1;
                continue;
            }
            if let Some(length) = self.known_body(words, i, None, sentence, index) {
                taken.extend(i..i + length);
                i += length;
                continue;
            }
            if self.armed_group(words, i, sentence, index) {
                taken.insert(i);
                i += 1;
                continue;
            }
            // "Pakistan's Inter-Services Intelligence", "South Korea's Joint Chiefs of
            // Staff": a body of the list after a state's possessive is that state's.
            if let Some((state, owner)) = state_s_possessive(words, i) {
                let body_at = i + owner;
                if body_at < words.len() {
                    if let Some(length) =
                        self.known_body(words, body_at, Some(state), sentence, index)
                    {
                        taken.extend(body_at..body_at + length);
                        i = body_at + length;
                        continue;
                    }
                }
            }
            // "Banda's Democratic Progressive Party": a body of the list after its
            // owner's possessive is named without the owner.
            let owner = words[i].text;
            if strip_possessive(owner) != owner && is_name_word(owner) && i + 1 < words.len() {
                if let Some(length) = self.known_body(words, i + 1, None, sentence, index) {
                    taken.extend(i + 1..i + 1 + length);
                    i += 1 + length;
                    continue;
                }
            }
            // "Candidates for Indiana's U.S. Senate": people, not the body's name.
            if is_role_noun(words[i].text.strip_suffix('s').unwrap_or(words[i].text)) {
                i += 1;
                continue;
            }
            // The longest run of capitalised words and inner connectors.
            let mut end = i;
            let mut j = i;
            let mut before_a_title = false;
            let mut modified_from = None;
            while j < words.len() {
                let w = words[j].text;
                // "the Democratic Party-controlled House of Representatives": the name
                // starts after who controls it.
                if is_hyphenated_modifier(w) {
                    modified_from = Some(j + 1);
                    break;
                }
                // "U.S. Army Maj. Gen. John Smith": a title after the body's head noun,
                // with a name right after it, starts a person's name ("Kenya's Cabinet
                // Secretary for Defence" is one office).
                // The body's head noun last seen, and whether its name goes on past it
                // ("Office of Management and Budget").
                let last_head =
                    (i..j).rfind(|&k| ORG_HEADS.contains(&strip_possessive(words[k].text)));
                let named_past_its_head =
                    last_head.is_some_and(|k| matches!(words[k + 1].text, "of" | "for" | "on"));
                // "Office of Management and Budget Director Shalanda Young" too: any
                // office after a body's name that goes on past its head ("Indiana
                // House Speaker" stays one title).
                let title_after_head = (PERSON_TITLES.contains(&w)
                    || spelt_out(w) != w
                    || is_capitalised_role_noun(w) && named_past_its_head)
                    && last_head.is_some()
                    && words[j..]
                        .iter()
                        .find(|w| !ROLE_WORDS.contains(&w.text))
                        .is_some_and(|w| is_name_word(w.text));
                if let Some(head) = last_head.filter(|_| title_after_head) {
                    // "White House Press Secretary …": the words between the head and
                    // the title are the office's ("Press"), not the body's; but "Office
                    // of Management and Budget Director …" is all the body's.
                    end = if named_past_its_head { j } else { head + 1 };
                    before_a_title = true;
                    break;
                }
                // "The We Company": a pronoun after "The" is a name's (not a month's:
                // "the August National Association of …").
                let named_after_the = j == i
                    && i > 0
                    && matches!(words[i - 1].text, "The" | "the")
                    && matches!(w, "We" | "I" | "It" | "You" | "They" | "He" | "She" | "Our");
                if is_capitalised(w) && (!OPENERS.contains(&w) || named_after_the) || is_org_word(w)
                {
                    end = j + 1;
                    // "the German Marshall Fund's Indo-Pacific program": the body's name
                    // ends at its head's possessive; what follows is its own.
                    let bare = strip_possessive(w);
                    if bare != w && j > i && ORG_HEADS.contains(&bare) {
                        break;
                    }
                    // "Kia Motor Corp of South Korea": a company's legal suffix ends its
                    // name; what follows says where it is from.
                    if j > i && is_legal_suffix(bare) {
                        break;
                    }
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
            if let Some(next) = modified_from {
                i = next;
                continue;
            }
            // "Apple Inc and Goldman Sachs": a name that ends on its head noun before
            // "and" is complete; "Commission on Military and Military …" is not.
            let end = (i + 1..end)
                .find(|&k| {
                    words[k].text == "and"
                        && ORG_HEADS.contains(&strip_possessive(words[k - 1].text))
                })
                .unwrap_or(end);
            // "Fighters of the Azov Battalion" opening a sentence: the capital is the
            // sentence's, and the body's name starts after "of the".
            // So does "Joel Naroff of First Union" anywhere: a name of two words or more
            // with no body's word in it, then "of" and a body, is someone at that body.
            let person_of_body = |of: usize| {
                of >= 2
                    && words[i..i + of]
                        .iter()
                        .all(|w| is_name_word(w.text) && !is_org_word(strip_possessive(w.text)))
            };
            let start = match words[i..end].iter().position(|w| w.text == "of") {
                Some(of)
                    if (i == 0 || person_of_body(of)) && !ORG_HEADS.contains(&words[i].text) =>
                {
                    let of = i + of;
                    let from = if words.get(of + 1).is_some_and(|w| w.text == "the") {
                        of + 2
                    } else {
                        of + 1
                    };
                    let head_after = words[from.min(end)..end]
                        .iter()
                        .any(|w| ORG_HEADS.contains(&strip_possessive(w.text)));
                    if head_after && from + 1 < end {
                        from
                    } else {
                        i
                    }
                }
                _ => i,
            };
            // "Apple and Meta Platforms were fined": a company's name, ending on a
            // corporate word, holds no "and" (its own is an ampersand: "Procter &
            // Gamble Co"); an institution's does ("Organisation for Security and
            // Cooperation", "Science and Technology Committee").
            let start = if end > start
                && CORPORATE_ENDINGS.contains(&strip_possessive(words[end - 1].text))
            {
                (start..end)
                    .rfind(|&k| words[k].text == "and")
                    .map_or(start, |and| and + 1)
            } else {
                start
            };
            // A body's name its acronym spells out is read whole ("… Cooperation in
            // Europe (OSCE)"), and starts where the spelling does ("Faik Nerweyi of the
            // Kurdistan Democratic Party (KDP)").
            let (start, end) = bodies_by_acronym
                .iter()
                .find(|body| (i..end.max(i + 1)).contains(&body.start))
                .map_or((start, end), |body| (body.start, body.end));
            let run = &words[start..end];
            // "(IRIGC-MMTC)" right after the name is its acronym.
            let acronym_word = acronym_in_brackets(words, end);
            // "the Digital Markets Act", "the Paris Agreement": a law's, a treaty's or a
            // meeting's name, though it holds a body's word ("Markets", "Union").
            if run
                .last()
                .is_some_and(|w| NAMES_OF_TEXTS_AND_MEETINGS.contains(&strip_possessive(w.text)))
            {
                // "the Digital Markets Act (DMA)": its acronym names the law too.
                if let Some(acronym) = acronym_word {
                    self.names_of_texts.insert(acronym.text.to_owned());
                }
                i = end.max(i + 1);
                continue;
            }
            // "Commercial Lunar Payload Services (CLPS) contracts", "the Volatiles
            // Investigating Polar Exploration Rover (VIPER) mission": a programme's name
            // and acronym, as the noun after them says; neither is a body.
            if let Some(acronym) = acronym_word {
                if words
                    .get(end + 3)
                    .is_some_and(|w| PROGRAMME_NOUNS.contains(&w.text))
                {
                    self.names_of_texts.insert(acronym.text.to_owned());
                    self.names_of_texts.insert(join_words(&words[start..end]));
                    i = end + 3;
                    continue;
                }
            }
            let institution_head = run
                .iter()
                .position(|w| ORG_HEADS.contains(&strip_possessive(w.text)));
            // "Douglas & Lomason", "Procter & Gamble": names joined by an ampersand are
            // a firm's, never a person's; in quotation marks, a work's title ("“War &
            // Peace”").
            let text = self.texts[sentence.article];
            let quoted = run.first().is_some_and(|w| {
                text[..w.span.start]
                    .trim_end()
                    .ends_with(['“', '"', '‘', '\''])
            });
            let ampersand = run
                .windows(2)
                .position(|pair| text[pair[0].span.end..pair[1].span.start].trim() == "&")
                .filter(|_| !quoted);
            // "the Legislature", "the GOP-dominated Parliament": the one body of that
            // kind the state the story is about has (settled with the affiliations).
            let lone_institution = run.len() == 1
                && matches!(run[0].text, "Legislature" | "Parliament" | "Cabinet")
                && start > 0
                && (words[start - 1].text == "the"
                    || is_hyphenated_modifier(words[start - 1].text));
            let acronym = acronym_word.map(|w| w.text.to_owned());
            // "The New York State Attorney General (NYAG) is investigating": an office
            // the article names by an acronym of its own acts as a body.
            // Before a name, it is that person's title ("National Security Advisor (NSA)
            // Ajit Doval").
            let office_by_acronym = run.last().is_some_and(|w| is_role_noun(w.text))
                && acronym.as_deref().is_some_and(|a| spells_out(run, a))
                && words.get(end + 3).is_none_or(|w| !is_name_word(w.text));
            let head_at = institution_head
                .or(ampersand)
                .or(lone_institution.then_some(0))
                .or(office_by_acronym.then(|| run.len() - 1));
            let has_office = run
                .iter()
                .any(|w| OFFICE_WORDS.contains(&w.text.to_lowercase().as_str()));
            let Some(_) = head_at.filter(|_| (!has_office || office_by_acronym) && end > i) else {
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
            // "the Russian Federation": a state's name, which the state rules count; so
            // is a government's building qualifying a title ("White House Press
            // Secretary Stephanie Grisham").
            // "the West Bank": a place's name whose last word is a body's head noun.
            let counted_as_a_state = GAZETTEER
                .lookup(&name)
                .is_some_and(|(_, naming)| naming == Naming::Name || before_a_title)
                || GAZETTEER.place(&name).is_some();
            // "her U.S. House testimony": after a possessive pronoun and before a noun,
            // the body's name only says which testimony; the body does nothing.
            let modifier = start > 0
                && matches!(
                    words[start - 1].text,
                    "her" | "his" | "their" | "its" | "our" | "my" | "your"
                )
                && words
                    .get(end)
                    .is_some_and(|w| w.text.starts_with(char::is_lowercase));
            if modifier {
                self.record(name_span(run), EntityLabel::Org);
            }
            if counted_as_a_state
                || modifier
                || self.exclude.contains(&name)
                || run.len() < 2 && acronym.is_none() && !lone_institution
            {
                i = end;
                continue;
            }
            // "Hong Kong Stock Exchange", "Indo-Pakistani Commission": the states its
            // name holds, read whole or by the parts of a compound.
            let mut affiliations: Vec<usize> = Vec::new();
            let mut k = 0;
            while k < run.len() {
                if let Some((state, _, length)) = state_at(run, k) {
                    // "Taiwan Affairs Office", "Kashmir Affairs Ministry": the state is
                    // the portfolio, not the owner.
                    if run.get(k + length).is_none_or(|w| w.text != "Affairs") {
                        affiliations.push(state);
                    }
                    k += length;
                    continue;
                }
                // "New Jersey Attorney General": a longer place's name holds no state
                // of its own ("Jersey").
                if let Some(length) = place_name_length(run, k).filter(|&length| length > 1) {
                    k += length;
                    continue;
                }
                affiliations.extend(
                    run[k].text.split('-').filter_map(|part| {
                        GAZETTEER.lookup(strip_possessive(part)).map(|(s, _)| s)
                    }),
                );
                k += 1;
            }
            // "Economic Community of Central African States", "Organization of American
            // States": a body of many states is none of them.
            let of_many_states = run.iter().enumerate().any(|(k, w)| {
                matches!(w.text, "States" | "Nations" | "Countries")
                    && k > 0
                    && run[k - 1].text != "United"
                    && run[..k].iter().any(|w| w.text == "of")
            });
            if of_many_states {
                affiliations.clear();
            }
            // "Indiana State Teachers Association", "Ontario Provincial Police": a body
            // named after a province is of the province's state.
            if affiliations.is_empty() && (institution_head.is_some() || office_by_acronym) {
                let words: Vec<&str> = run.iter().map(|w| w.text).collect();
                affiliations.extend(province_opening(&words));
            }
            // "Foreign Ministry spokesman Nasser Kanaani said … that Tehran would
            // respond": a government body named without its state is of the one state
            // its sentence names, before the story's framing is asked.
            if affiliations.is_empty() && is_government_body(&name) {
                affiliations.extend(only_state_named(words));
            }
            let span = run[0].span.start..run[run.len() - 1].span.end;
            self.record(name_span(run), EntityLabel::Org);
            if acronym.is_some() {
                let acronym_span = words[end + 1].span.clone();
                self.record(acronym_span, EntityLabel::Org);
            }
            if office_by_acronym {
                self.offices_named_as_bodies
                    .insert(name.clone(), affiliations.first().copied());
            }
            let key = actor_key("org", &name);
            // "… after the company rebranded itself The We Company": the body named
            // just before has a new name.
            let before_name = if start > 0 && matches!(words[start - 1].text, "The" | "the") {
                start - 1
            } else {
                start
            };
            let renames = |phrase: &[&str]| {
                before_name >= phrase.len()
                    && words[before_name - phrase.len()..before_name]
                        .iter()
                        .zip(phrase)
                        .all(|(w, p)| w.text == *p)
            };
            let renamed = [
                &["rebranded", "itself"][..],
                &["renamed", "itself"],
                &["rebranded", "as"],
                &["changed", "its", "name", "to"],
            ]
            .iter()
            .any(|phrase| renames(phrase));
            if renamed {
                self.renamed_bodies.push((
                    sentence.article,
                    words[before_name].span.start,
                    key.clone(),
                ));
            }
            let draft = self.mention(
                &key,
                ActorKind::Organisation,
                &name,
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
            // The acronym in brackets is this body's, not the lexicon's body of that
            // name ("Institute for Science and International Security (ISIS)").
            let end = if acronym.is_some() { end + 3 } else { end };
            if let Some(acronym) = acronym {
                draft.aliases.insert(acronym.clone());
                draft.acronym.get_or_insert_with(|| acronym.clone());
                self.acronyms.entry(acronym).or_insert(key);
            }
            taken.extend(start..end);
            i = end;
        }
        // Acronyms defined earlier count as mentions of their organisation.
        for (k, w) in words.iter().enumerate() {
            // "The RSF's deputy commander": the acronym in the possessive.
            let acronym = strip_possessive(w.text);
            if taken.contains(&k) || !(is_acronym(acronym) || is_code_name(acronym)) {
                continue;
            }
            if let Some(target) = self.acronyms.get(acronym).cloned() {
                let prev_is_paren = k > 0 && words[k - 1].text == "(";
                if !prev_is_paren {
                    self.record(w.span.start..w.span.start + acronym.len(), EntityLabel::Org);
                    if let Some(draft) = self.drafts.get_mut(&target) {
                        self.organisation_ends
                            .insert((sentence.article, w.span.end), draft.name.clone());
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

    /// "members of the NLD", "the FOMC meeting": an acronym after "the" that names no
    /// state, no listed body and no thing ("the GDP") is a body's, labelled so unless a
    /// mention takes the word. No actor: the article never said which body it is.
    pub(super) fn note_acronyms_alone(&mut self, words: &[Word<'_>]) {
        for (k, pair) in words.windows(2).enumerate() {
            let acronym = strip_possessive(pair[1].text);
            // ("the PGA Tour": part of a longer name; "THE LIGHTS": a headline's capitals.)
            let part_of_a_name = words
                .get(k + 2)
                .is_some_and(|w| is_capitalised(w.text) && acronym == pair[1].text);
            if matches!(pair[0].text, "the" | "The")
                && !part_of_a_name
                && is_acronym(acronym)
                && !acronym.contains(|c: char| c.is_ascii_digit())
                && !COMMON_ACRONYMS.contains(&acronym)
                && GAZETTEER.lookup(acronym).is_none()
                && !self.names_of_texts.contains(acronym)
            {
                let start = pair[1].span.start;
                self.labels_unless_taken.push(Mention {
                    span: start..start + acronym.len(),
                    label: EntityLabel::Org,
                });
            }
        }
    }

    /// "firms including Mobil, Shell and Caltex", "banks such as Barclays": the names a
    /// plural of companies lists are companies', wherever the article names them.
    pub(super) fn note_companies_listed(&mut self, words: &[Word<'_>]) {
        for k in 0..words.len().saturating_sub(2) {
            let from = match (words[k + 1].text, words[k + 2].text) {
                ("including" | "like", _) => k + 2,
                ("such", "as") => k + 3,
                _ => continue,
            };
            let noun = words[k].text.to_ascii_lowercase();
            let plural = noun.strip_suffix('s').unwrap_or("");
            if !(COMPANY_HEADS.contains(&plural) || matches!(plural, "bank" | "club")) {
                continue;
            }
            let mut name: Vec<&str> = Vec::new();
            for w in words.iter().skip(from) {
                let bare = strip_possessive(w.text);
                if is_capitalised(bare) && !OPENERS.contains(&bare) {
                    name.push(bare);
                    continue;
                }
                if !name.is_empty() {
                    self.company_names.insert(name.join(" "));
                    name.clear();
                }
                if !matches!(w.text, "," | "and" | "or") {
                    break;
                }
            }
            if !name.is_empty() {
                self.company_names.insert(name.join(" "));
            }
        }
    }

    /// "M23 rebels", "the FDLR militia", "the M23 rebel group": a name in capitals (and
    /// digits) right before what its members are is an armed group, whether or not a list
    /// holds it; the name alone counts as the group afterwards ("M23 wants a seat"). Names
    /// in lower case before those words are peoples or places ("Tuareg rebels", "Syrian
    /// fighters"), so only capitals are read.
    fn armed_group(
        &mut self,
        words: &[Word<'_>],
        i: usize,
        sentence: &Sentence,
        index: usize,
    ) -> bool {
        let name = strip_possessive(words[i].text);
        let text = |k: usize| words.get(k).map_or("", |w| w.text);
        let members = matches!(
            text(i + 1),
            "rebels"
                | "militia"
                | "militias"
                | "militiamen"
                | "insurgents"
                | "guerrillas"
                | "fighters"
                | "militants"
        ) || text(i + 1) == "rebel"
            && matches!(
                text(i + 2),
                "group" | "movement" | "alliance" | "coalition" | "fighters"
            );
        let coded = is_acronym(name) || is_code_name(name);
        if !members
            || !coded
            || name != words[i].text
            || GAZETTEER.lookup(name).is_some()
            || BODIES.lookup(name).is_some()
        {
            return false;
        }
        let span = words[i].span.clone();
        self.record(span.clone(), EntityLabel::Org);
        let key = actor_key("org", name);
        self.acronyms
            .entry(name.to_owned())
            .or_insert_with(|| key.clone());
        let draft = self.mention(&key, ActorKind::Organisation, name, sentence, index, span);
        *draft.written_as.entry(name.to_owned()).or_default() += 1;
        true
    }

    /// A body from the lexicon at word `i` ("NATO", "United Nations"): returns how many
    /// words it took.
    pub(super) fn known_body(
        &mut self,
        words: &[Word<'_>],
        i: usize,
        named_state: Option<usize>,
        sentence: &Sentence,
        index: usize,
    ) -> Option<usize> {
        // An acronym the articles spell out is theirs: counted by `find_organisations`.
        if self.acronyms.contains_key(words[i].text) {
            return None;
        }
        let (body, length) = longest_phrase(
            words,
            i,
            |first| BODIES.longest_from(first),
            |phrase| BODIES.lookup(phrase),
        )?;
        // "Liberal Democrats", "Sweden Democrats": another party, whose name goes on
        // before the members' plural the list holds for the American one.
        // An owner's possessive before it is no part of the name ("Banda's Democratic
        // Progressive Party").
        let name_goes_on = i > 0 && {
            let before = words[i - 1].text;
            is_name_word(before) && !OPENERS.contains(&before) && strip_possessive(before) == before
        };
        if body.name.ends_with(" Party") && name_goes_on {
            return None;
        }
        // "the UEFA Cup": a contest's name goes on from it; the body is no actor there.
        // Its words are still taken.
        if words
            .get(i + length)
            .is_some_and(|w| NAMES_OF_CONTESTS.contains(&w.text))
        {
            return Some(length);
        }
        let span = name_span(&words[i..i + length]);
        self.record(span.clone(), EntityLabel::Org);
        // A news organisation is where the story comes from ("Reuters reported"), unless
        // the story is about its own work ("the BBC interview").
        let its_own_work = body.press
            && words
                .get(i + length)
                .is_some_and(|w| PRESS_WORK.contains(&w.text.to_lowercase().as_str()));
        if body.press && !its_own_work || self.exclude.contains(&body.name) {
            return Some(length);
        }
        let surface = strip_possessive(&join_words(&words[i..i + length])).to_owned();
        let key = actor_key("org", &body.name);
        if body.press {
            self.press_at_work.insert(key.clone());
        }
        // "Democratic Progressive Party (DPP)": the acronym the article gives it, when
        // the list does not know it already ("(WTO)" is read as the body's own name).
        let acronym = acronym_in_brackets(words, i + length)
            .filter(|acronym| BODIES.lookup(acronym.text).is_none());
        // Recorded as the body's, so the tagger does not make it a body of its own.
        if let Some(acronym) = acronym {
            self.record(acronym.span.clone(), EntityLabel::Org);
            self.acronyms
                .entry(acronym.text.to_owned())
                .or_insert_with(|| key.clone());
        }
        let acronym = acronym.map(|w| w.text.to_owned());
        let draft = self.mention(
            &key,
            ActorKind::Organisation,
            &body.name,
            sentence,
            index,
            span,
        );
        *draft.written_as.entry(surface.clone()).or_default() += 1;
        if surface != body.name {
            draft.aliases.insert(surface);
        }
        if let Some(acronym) = &acronym {
            draft.aliases.insert(acronym.clone());
            draft.acronym.get_or_insert_with(|| acronym.clone());
        }
        match (&body.state, named_state) {
            // The state the text names for a national body wins over the list's ("South
            // Korea's Joint Chiefs of Staff"); an international body stays international.
            (Some(_), Some(named)) => {
                *draft
                    .affiliations
                    .entry(GAZETTEER.name(named).to_owned())
                    .or_default() += 2;
            }
            (Some(state), None) => {
                draft.affiliations.entry(state.clone()).or_insert(1);
                draft.listed_state = Some(state.clone());
            }
            (None, _) => draft.international = true,
        }
        Some(length)
    }
}

/// The one state a sentence names (by name, seat or demonym), if it names exactly one
/// and has it acting by its name or seat ("Tehran would respond"); a state named as a
/// place or a party to something ("the war with Argentina") says nothing of whose the
/// body is.
fn only_state_named(words: &[Word<'_>]) -> Option<usize> {
    let mut named = None;
    let mut acting = false;
    let mut i = 0;
    while i < words.len() {
        let Some((state, naming, length)) = state_at(words, i) else {
            i += 1;
            continue;
        };
        if named.is_some_and(|n| n != state) {
            return None;
        }
        named = Some(state);
        // By its name or seat: "Ukrainian President Zelensky" beside "the National
        // Security Council" is another state's president.
        acting |= naming != Naming::Demonym && state_acts(words, i, length, naming);
        i += length;
    }
    named.filter(|_| acting)
}

/// Whether `acronym` is made of the initials of the capitalised words of `run`, in
/// order, leaving out at most one of them ("New York State Attorney General": "NYAG").
fn spells_out(run: &[Word<'_>], acronym: &str) -> bool {
    let initials: Vec<char> = run
        .iter()
        .filter(|w| is_capitalised(w.text))
        .filter_map(|w| w.text.chars().next())
        .collect();
    let letters: Vec<char> = acronym.chars().filter(char::is_ascii_uppercase).collect();
    if letters.len() < 2 || letters.first() != initials.first() {
        return false;
    }
    let mut next = 0;
    for initial in &initials {
        if letters.get(next) == Some(initial) {
            next += 1;
        }
    }
    next == letters.len() && initials.len() <= letters.len() + 1
}

/// The state of the province whose name opens a longer name ("Inner Mongolia health
/// commission", "Indiana State Teachers Association"); towns do not count, since many
/// bodies are named after founders or streets, and nor do companies' names ("Douglas &
/// Lomason Co"). A province named like a word or a first name counts only before
/// "State" or the body's head noun ("Victoria Police", not "Nelson Mandela Foundation").
pub(super) fn province_opening(words: &[&str]) -> Option<usize> {
    if words.last().is_some_and(|w| CORPORATE_ENDINGS.contains(w)) {
        return None;
    }
    (1..words.len().min(4)).rev().find_map(|length| {
        let phrase = words[..length].join(" ");
        let state = GAZETTEER.state_of_province(strip_possessive(&phrase))?;
        let next = strip_possessive(words[length]);
        let plainly_a_place = GAZETTEER.place(&phrase).is_some();
        (plainly_a_place || next == "State" || ORG_HEADS.contains(&next)).then_some(state)
    })
}

/// A state's name in the possessive at word `i`, in one or two words ("Pakistan's",
/// "South Korea's"): the state and how many words name it.
fn state_s_possessive(words: &[Word<'_>], i: usize) -> Option<(usize, usize)> {
    let (state, naming, length) = state_at(words, i)?;
    let last = words[i + length - 1].text;
    (naming == Naming::Name && strip_possessive(last) != last).then_some((state, length))
}

impl ActorFinder<'_> {
    /// "The Trump administration": a government named after its leader, an actor of
    /// its own (the leader's state is settled with the other affiliations).
    fn leader_s_administration(
        &mut self,
        words: &[Word<'_>],
        i: usize,
        sentence: &Sentence,
        index: usize,
    ) -> bool {
        let after_the = i > 0 && matches!(words[i - 1].text, "the" | "The");
        let named_after_a_leader = after_the
            && words.get(i + 1).is_some_and(|w| w.text == "administration")
            && is_name_word(words[i].text)
            && state_at(words, i).is_none();
        if !named_after_a_leader {
            return false;
        }
        let name = format!("{} administration", words[i].text);
        let span = words[i].span.start..words[i + 1].span.end;
        self.record(span.clone(), EntityLabel::Org);
        let key = actor_key("org", &name);
        self.mention(&key, ActorKind::Organisation, &name, sentence, index, span);
        true
    }
}

/// Whether an organisation's name makes it part of a state's government: a head noun
/// only a state has ("Ministry", "Parliament", "Police"), or a body a national
/// qualifier makes the state's ("National Security Council", "Federal Bureau …").
/// Councils, commissions and agencies otherwise exist between states too ("Arctic
/// Council", "European Commission"), so they take no state from the story's framing.
pub(super) fn is_government_body(name: &str) -> bool {
    // "security forces", "the interim government": named without the state, but its;
    // so is a government named after its leader ("Trump administration").
    if STATE_BODIES_NAMED_ALONE.contains(&name) || name.ends_with(" administration") {
        return true;
    }
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
                | "Correctional"
                | "Prison"
                | "Penitentiary"
        )
    });
    // A national qualifier, a portfolio only a state's government holds ("Foreign
    // Office", "Defence Council"), or a chamber of its legislature ("House Select
    // Committee on Intelligence"; not "Freedom House").
    let national = words.first() == Some(&"House")
        || words.iter().any(|w| {
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
    // "Department of Health Sciences": a university's, not a government's.
    let academic = words.iter().any(|w| {
        matches!(
            *w,
            "Sciences"
                | "Studies"
                | "Engineering"
                | "Physics"
                | "Chemistry"
                | "Biology"
                | "Mathematics"
                | "Economics"
                | "Humanities"
                | "Psychology"
                | "Sociology"
                | "Medicine"
                | "University"
                | "College"
        )
    });
    // "Republican Guard", "Revolutionary Guards", "Border Guard": a state's guard.
    let states_guard = words.iter().any(|w| matches!(*w, "Guard" | "Guards"))
        && words
            .iter()
            .any(|w| matches!(*w, "Republican" | "Revolutionary" | "Coast" | "Border"));
    !international && !academic && (state_only_head || states_guard || national && shared_head)
}

impl ActorFinder<'_> {
    /// The bodies people's roles name as their employer ("president … of SpaceX", "at
    /// Blue Origin"), and the names written as a company's ("Alibaba shares"), are
    /// organisations wherever the articles name them: each naming is a mention, and the
    /// same words are no person's name.
    pub(super) fn employers_and_companies_as_organisations(&mut self, sentences: &[Sentence]) {
        let mut names: Vec<String> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::Person)
            .flat_map(|d| d.employers.keys().cloned())
            .chain(self.company_names.iter().cloned())
            .filter(|e| {
                // "Government spokesman Col. Abdoulaye Maiga": the story's state's
                // government, which the affiliations settle, no body of its own.
                let a_state_s_organ = STATE_ORGANS.contains(&e.to_lowercase().as_str());
                is_capitalised(e)
                    && !a_state_s_organ
                    && GAZETTEER.lookup(e).is_none()
                    && !self.exclude.contains(e)
                    && !self.acronyms.contains_key(e)
                    && BODIES.lookup(e).is_none()
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        if names.is_empty() {
            return;
        }
        let Ok(finder) = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
        else {
            return;
        };
        // Mentions the organisation rules or the tagger counted already.
        let counted: FxHashSet<(usize, usize)> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::Organisation)
            .flat_map(|d| d.mention_starts.iter().copied())
            .collect();
        for (index, sentence) in sentences.iter().enumerate() {
            let text = self.texts[sentence.article];
            let found: Vec<(usize, std::ops::Range<usize>)> = finder
                .find_iter(&text[sentence.span.clone()])
                .map(|m| {
                    let start = sentence.span.start + m.start();
                    (m.pattern().as_usize(), start..start + m.len())
                })
                .filter(|(_, span)| {
                    let before = text[..span.start].chars().next_back();
                    let after = text[span.end..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
                .collect();
            for (pattern, span) in found {
                if counted.contains(&(sentence.article, span.start)) {
                    continue;
                }
                let name = names[pattern].clone();
                self.record(span.clone(), EntityLabel::Org);
                let key = actor_key("org", &name);
                self.mention(&key, ActorKind::Organisation, &name, sentence, index, span);
            }
        }
        let people: FxHashSet<String> = names.iter().map(|n| actor_key("person", n)).collect();
        self.drafts.retain(|key, _| !people.contains(key));
        let names: FxHashSet<String> = names.into_iter().collect();
        self.unconfirmed_names.retain(|u| !names.contains(&u.name));
        self.organisation_names.extend(names);
    }
}

/// How far back, in bytes, a definite epithet ("the Chinese company") looks for the
/// company it names: two or three sentences of news.
const RECENT_BYTES: usize = 600;

/// A demonym before a company noun: "the Chinese e-commerce giant" (the company the
/// article named last), "Japanese investment company SoftBank Group Corp" (the one
/// named next).
pub(super) struct CompanyEpithet {
    article: usize,
    /// Where the demonym starts.
    start: usize,
    /// Where the word after the company noun starts.
    next_start: Option<usize>,
    /// "The Chinese company": it points back to a company already named.
    definite: bool,
    state: usize,
}

impl ActorFinder<'_> {
    /// Notes a company epithet whose demonym ends at word `after`, if up to three
    /// lower-case modifiers and a company noun follow.
    pub(super) fn note_company_epithet(
        &mut self,
        words: &[Word<'_>],
        after: usize,
        state: usize,
        sentence: &Sentence,
    ) {
        let Some(demonym) = after.checked_sub(1).and_then(|k| words.get(k)) else {
            return;
        };
        let head = (after..words.len().min(after + 4))
            .take_while(|&k| words[k].text.starts_with(char::is_lowercase))
            .find(|&k| COMPANY_HEADS.contains(&strip_possessive(words[k].text)));
        let Some(head) = head else {
            return;
        };
        let definite = after >= 2 && words[after - 2].text.eq_ignore_ascii_case("the");
        self.company_epithets.push(CompanyEpithet {
            article: sentence.article,
            start: demonym.span.start,
            next_start: words.get(head + 1).map(|w| w.span.start),
            definite,
            state,
        });
    }

    /// Gives each company its state from the epithets that name it, unless its own
    /// words gave one.
    pub(super) fn company_states_from_epithets(&mut self) {
        let epithets = std::mem::take(&mut self.company_epithets);
        if epithets.is_empty() {
            return;
        }
        // Where each company is named, in reading order.
        let mut named: Vec<((usize, usize), String)> = self
            .drafts
            .iter()
            .filter(|(_, d)| d.kind == ActorKind::Organisation && !d.international)
            .flat_map(|(key, d)| d.mention_starts.iter().map(move |&at| (at, key.clone())))
            .collect();
        named.sort_unstable();
        for epithet in epithets {
            let named_next = epithet.next_start.and_then(|next| {
                let at = (epithet.article, next);
                named
                    .get(named.partition_point(|(start, _)| *start < at))
                    .filter(|(start, _)| *start == at)
            });
            // "The German automaker" points back a sentence or two, not to a company
            // named paragraphs before.
            let here = (epithet.article, epithet.start);
            let named_last = named
                .partition_point(|(start, _)| *start < here)
                .checked_sub(1)
                .map(|k| &named[k])
                .filter(|((article, start), _)| {
                    *article == epithet.article && epithet.start - start <= RECENT_BYTES
                });
            let company = named_next.or(named_last.filter(|_| epithet.definite));
            let Some((_, key)) = company else {
                continue;
            };
            let key = key.clone();
            let draft = self.drafts.get_mut(&key).expect("found above");
            let state = GAZETTEER.name(epithet.state).to_owned();
            if draft.affiliations.keys().all(|s| *s == state) {
                *draft.affiliations.entry(state).or_default() += 1;
            }
        }
    }
}

/// What a news organisation makes, named after it when the story is about its work ("the
/// BBC interview", "a CNN documentary"); not what it reports ("a Reuters investigation
/// found" cites it).
const PRESS_WORK: &[&str] = &[
    "broadcast",
    "documentary",
    "interview",
    "interviewer",
    "interviews",
    "podcast",
    "program",
    "programme",
];

impl ActorFinder<'_> {
    /// A news organisation named once for its work is the venue of one interview, not an
    /// actor of the story: its row goes.
    pub(super) fn drop_press_named_once_for_its_work(&mut self) {
        let press = std::mem::take(&mut self.press_at_work);
        self.drafts
            .retain(|key, draft| !press.contains(key) || draft.mentions >= 2);
    }
}
