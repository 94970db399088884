//! Capitalised words that name no entity where they stand: a place or a body inside a
//! compound adjective ("the Vienna-based body", "U.S.-led planes", "Moscow-backed
//! leader": the compound describes something else), and a market index named after its
//! compiler or exchange ("the Dow Jones industrial average", "the Nasdaq composite
//! index", "the 225-share Nikkei average").

use std::ops::Range;

use super::super::lexicon::{is_capitalised, ORG_HEADS};
use super::Word;

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
    let mut spans = Vec::new();
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
}
