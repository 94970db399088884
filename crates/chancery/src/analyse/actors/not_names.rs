//! Capitalised words that name no entity where they stand: a sports league or one of its
//! divisions, a competition ("American League", "EASTERN DIVISION"); a place or a body
//! inside a compound adjective ("the Vienna-based body", "Moscow-backed leader": the
//! compound describes something else); and a market index named after its compiler or
//! exchange ("the Dow Jones industrial average", "the 225-share Nikkei average").

use std::ops::Range;

use super::super::lexicon::{is_capitalised, ORG_HEADS};
use super::Word;

/// Points of the compass a league's divisions are named by.
#[rustfmt::skip]
const COMPASS_WORDS: &[&str] = &[
    "eastern", "western", "central", "northern", "southern", "atlantic", "pacific", "midwest",
    "northeast", "northwest", "southeast", "southwest",
];

/// Names of a sports league or one of its divisions, which are competitions, not bodies:
/// "EASTERN DIVISION", "Atlantic Division", "American League", "National League
/// Central", "Major League Baseball". Their spans in `words`; a name that goes on
/// ("National League for Democracy") is some other body's.
fn competitions(words: &[Word<'_>]) -> Vec<Range<usize>> {
    // Read for every sentence: most have no league's word, and are left at once.
    let is = |i: usize, any: &[&str]| {
        words
            .get(i)
            .is_some_and(|w| any.iter().any(|a| w.text.eq_ignore_ascii_case(a)))
    };
    let heads = ["league", "division", "conference"];
    if !(0..words.len()).any(|i| is(i, &heads)) {
        return Vec::new();
    }
    let is_compass = |i: usize| is(i, COMPASS_WORDS);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut end = i;
        if is_compass(i) {
            // "EASTERN DIVISION", "Pacific Conference".
            while end < words.len() && is_compass(end) {
                end += 1;
            }
            if !is(end, &["division", "conference"]) {
                i += 1;
                continue;
            }
            end += 1;
        } else if is(i, &["american", "national", "major", "premier"]) && is(i + 1, &["league"]) {
            // "American League", "Major League Baseball", "National League West".
            end = i + 2;
            if is(end, &["baseball", "soccer", "east", "west"]) || is_compass(end) {
                end += 1;
            }
        } else {
            i += 1;
            continue;
        }
        let capitalised = words[i..end].iter().all(|w| is_capitalised(w.text));
        let goes_on = words
            .get(end)
            .is_some_and(|w| matches!(w.text, "for" | "of" | "Party"));
        if capitalised && !goes_on {
            found.push(words[i].span.start..words[end - 1].span.end);
        }
        i = end;
    }
    found
}

/// Words after an index's name ("Nikkei average", "Nasdaq composite index").
const INDEX_WORDS: &[&str] = &[
    "index",
    "indices",
    "indexes",
    "average",
    "composite",
    "industrial",
];

/// The spans of `words` that name no entity.
pub(crate) fn not_names(words: &[Word<'_>]) -> Vec<Range<usize>> {
    let mut spans = competitions(words);
    for (i, word) in words.iter().enumerate() {
        // "Vienna-based", "Hong Kong-listed": a capitalised name, then a hyphen and a
        // word in lower case. The name may start words before ("New York-based").
        // (Most words are in lower case, and are left at their first letter.)
        let split = is_capitalised(word.text)
            .then(|| word.text.rsplit_once('-'))
            .flatten();
        if let Some((name, tail)) = split {
            let compound = is_capitalised(name)
                && !name.ends_with('-')
                && tail.chars().all(|c| c.is_ascii_lowercase())
                && is_participle_of_a_compound(tail);
            if compound {
                let start = run_start(words, i);
                spans.push(words[start].span.start..word.span.start + name.len());
            }
        }
        // ("The American Stock Exchange index": an exchange's index names the exchange.)
        let index = INDEX_WORDS.contains(&word.text)
            && i > 0
            && is_capitalised(words[i - 1].text)
            && !ORG_HEADS.contains(&words[i - 1].text);
        if index {
            let start = run_start(words, i - 1);
            spans.push(words[start].span.start..words[i - 1].span.end);
        }
    }
    spans
}

/// "based", "led", "backed", "born", "run": the second half of a compound adjective
/// after a name (not a syllable of a name: "Kim In-so", "Chen Chun-yeh").
fn is_participle_of_a_compound(tail: &str) -> bool {
    tail.len() >= 4 && tail.ends_with("ed")
        || matches!(
            tail,
            "born"
                | "bound"
                | "run"
                | "made"
                | "built"
                | "held"
                | "style"
                | "owned"
                | "led"
                | "bred"
                | "grown"
                | "wide"
        )
}

/// Where the run of capitalised words ending at `last` starts.
fn run_start(words: &[Word<'_>], last: usize) -> usize {
    let mut start = last;
    while start > 0 && is_capitalised(words[start - 1].text) {
        start -= 1;
    }
    start
}

#[cfg(test)]
mod tests {
    use super::super::found_in;
    use super::*;

    fn named(line: &str) -> Vec<&str> {
        found_in(line, |_, words| not_names(words))
    }

    #[test]
    fn a_name_inside_a_compound_adjective_names_no_entity() {
        assert_eq!(named("the Vienna-based body said"), ["Vienna"]);
        assert_eq!(named("the New York-based group said"), ["New York"]);
        assert_eq!(named("a Moscow-backed leader"), ["Moscow"]);
        // A pair of names, a name with a capitalised part, "al-" and a syllable of a
        // given name are names.
        assert!(named("the Russia-Ukraine war and Ahmed al-Sharaa").is_empty());
        assert!(named("Kim In-so and Chen Chun-yeh").is_empty());
    }

    #[test]
    fn a_market_index_names_no_entity() {
        assert_eq!(
            named("the Dow Jones industrial average fell"),
            ["Dow Jones"]
        );
        assert_eq!(named("the key 225-share Nikkei average shed"), ["Nikkei"]);
        assert!(named("Dow Jones said it would buy the paper").is_empty());
        assert!(named("The American Stock Exchange index was down").is_empty());
    }

    #[test]
    fn leagues_and_their_divisions_are_competitions() {
        assert_eq!(named("EASTERN DIVISION"), ["EASTERN DIVISION"]);
        assert_eq!(
            named("the fourth 15-game winner in the American League ."),
            ["American League"]
        );
        assert_eq!(named("Major League Baseball"), ["Major League Baseball"]);
        // Parties and leagues of states are bodies.
        assert!(named("the National League for Democracy won").is_empty());
        assert!(named("the Arab League and the Northern League met").is_empty());
        assert!(named("in the central division of the company").is_empty());
    }
}
