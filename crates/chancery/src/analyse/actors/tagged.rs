//! Names only the entity tagger found: organisations no list or head noun gives away
//! (companies, parties, armed groups, universities, clubs), people named without a title
//! or a reporting verb, and places no table holds. The rules' own finds come first; a
//! tagged name that overlaps one of them is left to the rules.

use std::ops::Range;

use rustc_hash::FxHashSet;

use super::super::gazetteer::{Naming, Place, GAZETTEER};
use super::super::lexicon::{
    is_acronym, is_kind_of_body, is_letter, is_particle, strip_possessive, surname,
    COMMON_ACRONYMS, NAMES_OF_CONTESTS, NAMES_OF_TEXTS_AND_MEETINGS, NEWSPAPER_WORDS,
    NOT_NAME_WORDS, OFFICE_WORDS, OPENERS, ORG_CONNECTORS, ORG_HEADS, PEOPLES, PLACE_NOUNS,
    PLACE_PREPOSITIONS, PRESS_NOUNS, VESSEL_NOUNS,
};
use super::super::ner::{Name, NameKind};
use super::super::sentences::Sentence;
use super::mentions::Mention;
use super::{actor_key, ActorFinder, ActorKind, EntityLabel, SingleName};
use crate::date::{month_number, weekday_name};

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// What the tagger reads the words at `span` as: the kind of the tagged name that
/// covers at least half of them.
pub(super) fn tagged_kind(names: &[Name], span: &Range<usize>) -> Option<NameKind> {
    names.iter().find_map(|name| {
        let shared = name
            .span
            .end
            .min(span.end)
            .saturating_sub(name.span.start.max(span.start));
        (2 * shared >= span.len()).then_some(name.kind)
    })
}

impl ActorFinder<'_> {
    /// Records the tagged names of one sentence that no rule claimed: every mention
    /// from `recorded` on, and the names the people rules hold for pass 2, are the
    /// rules' own.
    pub(super) fn add_tagged_names(
        &mut self,
        names: &[Name],
        recorded: usize,
        single_names: &[SingleName<'_>],
        sentence: &Sentence,
        index: usize,
    ) {
        let text = self.texts[sentence.article];
        let claimed: Vec<Range<usize>> = self.spans[recorded..]
            .iter()
            .map(|m| m.span.clone())
            .collect();
        // Names the people rules hold until the whole set is read; both lists grow in
        // sentence order, so this sentence's are at the end.
        let held: Vec<Range<usize>> = self
            .unconfirmed_names
            .iter()
            .rev()
            .take_while(|u| u.sentence == index)
            .map(|u| u.span.clone())
            .chain(
                single_names
                    .iter()
                    .rev()
                    .take_while(|s| s.sentence == index)
                    .map(|s| s.word.span.clone()),
            )
            .collect();
        for name in names {
            if claimed.iter().any(|c| overlaps(c, &name.span)) {
                continue;
            }
            if held.iter().any(|c| overlaps(c, &name.span)) {
                // "near Mahala", "died in Tacambaro": a lone capitalised word the people
                // rules may yet confirm as a surname; if they do not, the tagger's place
                // it is, where the word before says where ("in", "at", "near": after
                // "from", "to" or "of" as many such words are clubs and surnames).
                let after_a_preposition = text[..name.span.start]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w));
                if name.kind == NameKind::Location && after_a_preposition {
                    let span = trim_name(text, name.span.clone());
                    if is_plausible_name(text, &span) {
                        if let Some(label) = place_label(&text[span.clone()]) {
                            self.labels_unless_taken.push(Mention { span, label });
                        }
                    }
                }
                continue;
            }
            let span = trim_name(text, name.span.clone());
            let words = &text[span.clone()];
            if !is_plausible_name(text, &span)
                || inside_a_quoted_title(text, &span)
                || names_a_vessel(text, &span)
                || names_a_people(words)
                || COMMON_ACRONYMS.contains(&words)
                || names_a_day(words)
                || is_time_zone(words)
            {
                continue;
            }
            // "the UEFA Cup", "the Davis Cup": a name a contest's or a treaty's name goes
            // on from is part of that name, no actor.
            let next = text[span.end..].split_whitespace().next().unwrap_or("");
            if NAMES_OF_CONTESTS.contains(&next) || NAMES_OF_TEXTS_AND_MEETINGS.contains(&next) {
                continue;
            }
            // "Liberte newspaper said": an outlet.
            if PRESS_NOUNS.contains(&next) {
                self.record(span, EntityLabel::Org);
                continue;
            }
            match name.kind {
                // "Iraqi tanks", "Kremlin": a state's name or word is no one's name.
                NameKind::Person if GAZETTEER.lookup(words).is_some() => {}
                NameKind::Person => self.record(span, EntityLabel::Person),
                // "the Korea Herald": a paper named after a place.
                NameKind::Location
                    if words
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| NEWSPAPER_WORDS.contains(&last)) =>
                {
                    self.record(span, EntityLabel::Org);
                }
                // A demonym ("Saudi", "European") is no entity; a place the tables
                // know keeps their label.
                NameKind::Location => {
                    if let Some(label) = place_label(words) {
                        self.record(span, label);
                    }
                }
                NameKind::Other => {}
                NameKind::Organisation => {
                    // A single word the article also writes in lower case is a common
                    // noun in capitals ("Reform"), not a body's name.
                    // So is a run ending on one that is no institution's head noun
                    // ("Portion Fix Containers" beside "the containers"): a product or a
                    // headline.
                    let last = words.rsplit(' ').next().unwrap_or(words);
                    let common = !is_acronym(last)
                        && !ORG_HEADS.contains(&last)
                        && self.written_in_lower_case(sentence.article, last);
                    // "Indiana" (a province named like a word) is a place here too.
                    let known_place = GAZETTEER.lookup(words).is_some()
                        || GAZETTEER.place(words).is_some()
                        || GAZETTEER.state_of_province(words).is_some();
                    // "the Indiana Statehouse", "the Capitol": the building a body sits
                    // in, no actor of its own (the body is named for itself).
                    let a_seat_of_government = matches!(
                        last.to_lowercase().as_str(),
                        "statehouse" | "capitol" | "courthouse"
                    );
                    // "House of Representatives Speaker", "Senate President Bukola
                    // Saraki": an office in the run makes it a person's title, not a body.
                    let holds_office = words
                        .split(' ')
                        .any(|w| OFFICE_WORDS.contains(&w.to_lowercase().as_str()));
                    // "Syrian government", "Chinese authorities": the state itself, which
                    // the state rules already count as acting.
                    let a_state_s_organ = words.split_once(' ').is_some_and(|(first, rest)| {
                        GAZETTEER.lookup(first).is_some()
                            && rest.split(' ').all(|w| w.starts_with(char::is_lowercase))
                    });
                    // "the Rukban camp", "Chaoyang hospital": a place's name.
                    let names_a_place = text[span.end..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|next| PLACE_NOUNS.contains(&next));
                    // "Team", "Group" alone: a kind of body, no particular one (the
                    // tagger cut the name before it: "SciSpacE Team Leader").
                    let kind_of_body = is_kind_of_body(words);
                    // "The San Francisco Chronicle says": the press, no actor.
                    let press = NEWSPAPER_WORDS.contains(&last);
                    if press {
                        self.record(span.clone(), EntityLabel::Org);
                    }
                    if common
                        || kind_of_body
                        || press
                        || known_place
                        || a_seat_of_government
                        || names_a_place
                        || holds_office
                        || a_state_s_organ
                        || self.exclude.contains(words)
                        || self.names_of_texts.contains(words)
                        || NAMES_OF_TEXTS_AND_MEETINGS.contains(&last)
                    {
                        continue;
                    }
                    self.record(span.clone(), EntityLabel::Org);
                    let key = actor_key("org", words);
                    let owned = words.to_owned();
                    self.mention(&key, ActorKind::Organisation, &owned, sentence, index, span);
                }
            }
        }
    }
}

/// Whether `span` lies inside a short quotation of two or more words, all capitalised
/// but for small joining words: a work's title ("“War & Peace”", "\"Ice Cold in
/// Alex\""), neither a body nor a person.
pub(super) fn inside_a_quoted_title(text: &str, span: &Range<usize>) -> bool {
    // A title of eight words lies within a few dozen bytes of the name: only those are
    // searched (the whole text before every name would be read again and again).
    const REACH: usize = 100;
    let mut from = span.start.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (span.end + REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let Some(open) = text[from..span.start].rfind(['“', '"']).map(|at| from + at) else {
        return false;
    };
    let Some(close) = text[span.end..to].find(['”', '"']) else {
        return false;
    };
    let mark = text[open..].chars().next().map_or(1, char::len_utf8);
    let quoted = &text[open + mark..span.end + close];
    let words: Vec<&str> = quoted.split_whitespace().collect();
    (2..=8).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || matches!(
                    *w,
                    "&" | "of" | "the" | "and" | "in" | "a" | "an" | "on" | "for" | "to"
                )
        })
}

/// "the aircraft carrier Carl Vinson": a ship's name.
fn names_a_vessel(text: &str, span: &Range<usize>) -> bool {
    text[..span.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| VESSEL_NOUNS.contains(&w))
}

/// "0800 GMT": a clock's zone.
fn is_time_zone(words: &str) -> bool {
    matches!(
        words,
        "GMT" | "UTC" | "EST" | "EDT" | "CST" | "CDT" | "PST" | "PDT" | "CET" | "CEST" | "BST"
    )
}

/// "closed for Labor Day", "Independence Day": a day's name.
fn names_a_day(words: &str) -> bool {
    words.ends_with(" Day")
        || matches!(
            words,
            "Christmas"
                | "Easter"
                | "Ramadan"
                | "Eid"
                | "Thanksgiving"
                | "Hanukkah"
                | "Diwali"
                | "Passover"
                | "Yom Kippur"
                | "New Year"
                | "Lunar New Year"
        )
}

/// "the Israelis", "Libyans", "Moslems", "Kurdish", "Zairean": a people, a faith or the
/// adjective for them, no one actor.
pub(super) fn names_a_people(words: &str) -> bool {
    let demonym = |word: &str| {
        GAZETTEER
            .lookup(word)
            .is_some_and(|(_, naming)| naming == Naming::Demonym)
    };
    PEOPLES.contains(&words) || demonym(words) || words.strip_suffix('s').is_some_and(demonym)
}

/// How a place the tagger found is labelled: a region or sea is a location, a town or
/// province a political place. A demonym ("Saudi", "European") is no entity, and a
/// state the tables know keeps the label the state rules give it.
fn place_label(words: &str) -> Option<EntityLabel> {
    if GAZETTEER.lookup(words).is_some() || NOT_NAME_WORDS.contains(&words) {
        return None;
    }
    Some(match GAZETTEER.place(words) {
        Some(Place::Geographic) => EntityLabel::Loc,
        _ => EntityLabel::Gpe,
    })
}

impl ActorFinder<'_> {
    /// The labels no mention took: places the tagger found in words the people rules
    /// held and then did not confirm as anyone's name, bodies named by an acronym alone.
    pub(super) fn add_labels_not_taken(&mut self) {
        let labels = std::mem::take(&mut self.labels_unless_taken);
        if labels.is_empty() {
            return;
        }
        // The mentions by start, with the furthest end reached so far: one binary search
        // per label tells whether any mention overlaps it (a set of articles has tens of
        // thousands of mentions).
        let mut taken: Vec<Range<usize>> = self.spans.iter().map(|m| m.span.clone()).collect();
        taken.sort_unstable_by_key(|r| r.start);
        let furthest: Vec<usize> = taken
            .iter()
            .scan(0, |end, r| {
                *end = (*end).max(r.end);
                Some(*end)
            })
            .collect();
        for label in labels {
            let starting_before = taken.partition_point(|r| r.start < label.span.end);
            let overlapped =
                starting_before > 0 && furthest[starting_before - 1] > label.span.start;
            if !overlapped {
                self.spans.push(label);
            }
        }
    }
}

/// Whether the tagged words can be a name at all: they start with a capital, hold no
/// digits, are not a lone sentence opener ("The") or initial ("B."), and are not a
/// social-media handle or tag ("@NGRSenate").
pub(super) fn is_plausible_name(text: &str, span: &Range<usize>) -> bool {
    let words = &text[span.clone()];
    let letters = words.chars().filter(|&c| is_letter(c)).count();
    let handle = text[..span.start].ends_with(['@', '#']);
    // The tagger learnt English text: its reading of other scripts is guesswork.
    let latin = words.starts_with(|c: char| c.is_uppercase() && (c as u32) < 0x250);
    // Names are capitalised words with a connector or two between them ("Bank of
    // England"); a run ending in lower case ("Gulf and Saudi officials") is not one.
    let capitalised_ends = words
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let connectors_only = words.split(' ').all(|w| {
        w.starts_with(char::is_uppercase) || ORG_CONNECTORS.contains(&w) || is_particle(w)
    });
    // "I’m", "We’re", "They’ve": a pronoun and its verb.
    let contraction = words.split(' ').any(|w| {
        [
            "’m", "’re", "’ve", "’ll", "’d", "n’t", "'m", "'re", "'ve", "'ll", "'d", "n't",
        ]
        .iter()
        .any(|end| w.ends_with(end))
    });
    latin
        && !contraction
        && capitalised_ends
        && connectors_only
        && !words.chars().any(|c| c.is_ascii_digit())
        && words.split(' ').count() <= 8
        && letters >= 2
        && !(letters == 2 && words.ends_with('.'))
        && !OPENERS.contains(&words)
        && !handle
}

/// A tagged name without a leading "the", a possessive ending, trailing punctuation or
/// a trailing connector.
fn trim_name(text: &str, mut span: Range<usize>) -> Range<usize> {
    for article in ["The ", "the "] {
        if text[span.clone()].starts_with(article) && span.len() > article.len() {
            span.start += article.len();
        }
    }
    // "Arkansas-based Wal-Mart": where a body is based is no part of its name.
    if let Some((first, _)) = text[span.clone()].split_once(' ') {
        if first.ends_with("-based") {
            span.start += first.len() + 1;
        }
    }
    // "the Statehouse on Tuesday", "the Foreign Ministry Tuesday", "the Assembly in
    // March": a date is no part of a name; the name ends before it (a month alone may be
    // a surname, "Theresa May"; a day inside a name stays, "Good Friday Agreement").
    let named = &text[span.clone()];
    let last_word_at = named.rfind(' ').map_or(0, |at| at + 1);
    let (mut offset, mut previous) = (0, None::<(usize, &str)>);
    for word in named.split(' ') {
        let preposition = previous
            .filter(|(_, p)| matches!(*p, "on" | "in" | "since" | "until" | "by"))
            .map(|(at, _)| at);
        let day = weekday_name(word) && (preposition.is_some() || offset == last_word_at);
        let month = preposition.is_some() && month_number(word).is_some();
        if offset > 0 && (day || month) {
            span.end = span.start + preposition.unwrap_or(offset).saturating_sub(1);
            break;
        }
        previous = Some((offset, word));
        offset += word.len() + 1;
    }
    let bare = strip_possessive(&text[span.clone()])
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.')
        .len();
    span.end = span.start + bare;
    while let Some((rest, last)) = text[span.clone()].rsplit_once(' ') {
        if !ORG_CONNECTORS.contains(&last) {
            break;
        }
        span.end = span.start + rest.len();
    }
    span
}

impl ActorFinder<'_> {
    /// "Epstein" read as an organisation in one sentence is the person of that name
    /// elsewhere: an organisation named exactly as a person, as the end of a person's
    /// name ("Van Der Beek") or as a person's surname, is that person.
    pub(super) fn drop_organisations_named_as_people(&mut self) {
        let people: FxHashSet<String> = self
            .drafts
            .values()
            .filter(|d| d.kind == ActorKind::Person)
            .flat_map(|d| {
                // "Van Der Beek" of "James Van Der Beek": every ending of the name.
                let name = d.name.to_lowercase();
                let endings: Vec<String> = name
                    .match_indices(' ')
                    .map(|(at, _)| name[at + 1..].to_owned())
                    .collect();
                let surname = surname(&d.name).to_lowercase();
                std::iter::once(name)
                    .chain(endings)
                    .chain(std::iter::once(surname))
            })
            .collect();
        self.drafts.retain(|_, d| {
            d.kind != ActorKind::Organisation || !people.contains(&d.name.to_lowercase())
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trimmed(text: &str) -> &str {
        &text[trim_name(text, 0..text.len())]
    }

    #[test]
    fn a_date_the_tagger_runs_on_into_is_cut_from_the_name() {
        assert_eq!(trimmed("the Statehouse on Tuesday"), "Statehouse");
        assert_eq!(trimmed("National Assembly in March"), "National Assembly");
        assert_eq!(trimmed("Foreign Ministry Tuesday"), "Foreign Ministry");
        // A month alone may be a surname; only a preposition makes it a date.
        assert_eq!(trimmed("Theresa May"), "Theresa May");
        assert_eq!(trimmed("Good Friday Agreement"), "Good Friday Agreement");
        assert_eq!(
            trimmed("Commission on Human Rights"),
            "Commission on Human Rights"
        );
    }
}
