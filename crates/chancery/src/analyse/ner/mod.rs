//! A trained entity tagger: finds people, organisations, places and other names
//! (PER, ORG, LOC, MISC) in running text where the hand rules of `actors` stop
//! generalising: companies, parties, armed groups, universities and clubs that no list
//! holds, and people named without a title or a reporting verb.
//!
//! An averaged perceptron (Collins 2002) over BIO tags, read left to right, each token
//! tagged from its features (`features`) and the two tags before it. It is trained by
//! `scripts/ner/train.sh` on openly licensed annotated text (`models/README.md` lists the
//! sets and their licences); the model is built into the binary. Deterministic: the same
//! text always gets the same tags, and no randomness or clock is involved.

mod features;
mod model;
pub(crate) mod tokens;
#[doc(hidden)]
pub mod train;

use std::ops::Range;
use std::sync::LazyLock;

use super::sentences::Word;
pub(crate) use model::Model;
use tokens::Token;

/// What kind of name a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameKind {
    Person,
    Organisation,
    Location,
    /// Nationalities, events, works, products: names that are none of the above.
    Other,
}

/// Tags: 0 is outside any name; then B- and I- for each kind in [`KINDS`] order.
pub(crate) const TAGS: usize = 1 + 2 * KINDS.len();
const KINDS: [NameKind; 4] = [
    NameKind::Person,
    NameKind::Organisation,
    NameKind::Location,
    NameKind::Other,
];
/// The "tag" before the first token, for the features that look back.
const START: u8 = TAGS as u8;

/// `B-PER` → tag number, as the training files write them.
pub fn tag_of(name: &str) -> Option<u8> {
    if name == "O" {
        return Some(0);
    }
    let (prefix, kind) = name.split_once('-')?;
    let k = ["PER", "ORG", "LOC", "MISC"]
        .iter()
        .position(|n| *n == kind)? as u8;
    match prefix {
        "B" => Some(1 + 2 * k),
        "I" => Some(2 + 2 * k),
        _ => None,
    }
}

/// The kind of name a tag is part of, and whether it begins one.
fn kind_of(tag: u8) -> Option<(NameKind, bool)> {
    (tag > 0 && (tag as usize) < TAGS).then(|| (KINDS[((tag - 1) / 2) as usize], tag % 2 == 1))
}

/// Whether `tag` may follow `previous`: an I- tag only continues its own kind.
fn allowed(previous: u8, tag: u8) -> bool {
    tag == 0 || tag % 2 == 1 || previous == tag || previous + 1 == tag
}

/// The model built into the binary.
static BUILT_IN: &[u8] = include_bytes!("../../../models/ner.bin");

static TAGGER: LazyLock<Model> = LazyLock::new(|| {
    Model::from_bytes(BUILT_IN).expect("the built-in entity model is well formed")
});

/// A name the tagger found: byte range in the text, and its kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Name {
    pub span: Range<usize>,
    pub kind: NameKind,
}

/// The names in `text[range]` (one sentence, or any run of text), in order, from its
/// words as the caller read them (`sentences::words`).
pub(crate) fn names<'a>(text: &'a str, words: &[Word<'a>], range: Range<usize>) -> Vec<Name> {
    let tokens = tokens::tokens(text, words, range);
    let tags = TAGGER.tag(&tokens);
    spans(&tokens, &tags)
}

/// Tags → names: a B- tag opens a name, I- tags of its kind continue it.
fn spans(tokens: &[Token<'_>], tags: &[u8]) -> Vec<Name> {
    let mut names: Vec<Name> = Vec::new();
    let mut open = false;
    for (token, &tag) in tokens.iter().zip(tags) {
        match kind_of(tag) {
            Some((kind, begins)) => {
                let continues = !begins && open && names.last().is_some_and(|n| n.kind == kind);
                if continues {
                    if let Some(last) = names.last_mut() {
                        last.span.end = token.span.end;
                    }
                } else {
                    names.push(Name {
                        span: token.span.clone(),
                        kind,
                    });
                }
                open = true;
            }
            None => open = false,
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, NameKind)> {
        let words = super::super::sentences::words(text, 0..text.len());
        names(text, &words, 0..text.len())
            .into_iter()
            .map(|n| (&text[n.span], n.kind))
            .collect()
    }

    #[test]
    fn tags_round_trip_through_their_names() {
        assert_eq!(tag_of("O"), Some(0));
        assert_eq!(tag_of("B-PER"), Some(1));
        assert_eq!(tag_of("I-MISC"), Some(8));
        assert_eq!(tag_of("E-PER"), None);
        assert_eq!(kind_of(3), Some((NameKind::Organisation, true)));
        assert!(allowed(3, 4) && allowed(4, 4) && !allowed(0, 4) && !allowed(1, 4));
    }

    #[test]
    fn the_built_in_model_finds_names_it_has_no_list_for() {
        let found = found(
            "Shares of Vantera Holdings rose after chief executive Maria Okonkwo said the \
             Lagos-based company would buy a stake in Brightwell University's spin-off.",
        );
        assert!(
            found.contains(&("Vantera Holdings", NameKind::Organisation)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Maria Okonkwo", NameKind::Person)),
            "{found:?}"
        );
    }
}
