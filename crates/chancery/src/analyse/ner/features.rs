//! What the tagger looks at for each token: the word and its neighbours, their shapes,
//! prefixes and suffixes, the built-in lists of states, places, bodies and titles, and
//! the tags already given to the two tokens before it. Each feature is hashed to 32 bits
//! (FNV-1a, fixed, so a model means the same on every machine).

use super::tokens::Token;
use crate::analyse::bodies::BODIES;
use crate::analyse::gazetteer::{Naming, Place, GAZETTEER};
use crate::analyse::lexicon;

/// A feature: the hash of its template and its values.
pub(crate) type Feature = u32;

/// What the tagger knows of one token before tagging: everything but the tags.
pub(crate) struct TokenView {
    lower: String,
    shape: String,
    /// Built-in lists the word belongs to, as list names.
    lists: Vec<&'static str>,
    flags: u8,
}

const CAPITALISED: u8 = 1;
const ALL_CAPITALS: u8 = 2;
const HAS_DIGIT: u8 = 4;
const FIRST: u8 = 8;
const HAS_HYPHEN: u8 = 16;
const HAS_PERIOD: u8 = 32;
/// Most of the sentence is in capitals (a headline): case says little there.
const SHOUTING: u8 = 64;

struct Hasher(u64);

impl Hasher {
    fn new(template: u8) -> Self {
        let mut h = Self(0xcbf2_9ce4_8422_2325);
        h.byte(template);
        h
    }
    fn byte(&mut self, b: u8) {
        self.0 ^= u64::from(b);
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
    }
    fn str(mut self, s: &str) -> Self {
        for b in s.bytes() {
            self.byte(b);
        }
        // A separator, so ("ab", "c") and ("a", "bc") differ.
        self.byte(0xff);
        self
    }
    fn num(mut self, n: u8) -> Self {
        self.byte(n);
        self.byte(0xfe);
        self
    }
    fn finish(self) -> Feature {
        (self.0 ^ (self.0 >> 32)) as u32
    }
}

/// "Putin" → "Xx", "U.S." → "X.X.", "1996" → "d", "Su-30" → "Xx-d".
fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            // Scripts without case: a letter all the same.
            'a'
        } else {
            c
        };
        if last != Some(class) {
            out.push(class);
            last = Some(class);
        }
    }
    out
}

/// The built-in lists a word is on: states and their names, places, known bodies,
/// and the word classes the actor rules use.
fn lists_of(word: &str) -> Vec<&'static str> {
    let mut lists = Vec::new();
    let title;
    let forms: &[&str] = if word.chars().count() > 2 && !word.chars().any(char::is_lowercase) {
        // A headline in capitals: "RUSSIA" is looked up as "Russia".
        title = lexicon::title_case(word);
        &[word, title.as_str()]
    } else {
        &[word]
    };
    for form in forms {
        match GAZETTEER.lookup(form) {
            Some((_, Naming::Name)) => lists.push("state"),
            Some((_, Naming::Seat)) => lists.push("seat"),
            Some((_, Naming::Building)) => lists.push("building"),
            Some((_, Naming::Demonym)) => lists.push("demonym"),
            None => {}
        }
        match GAZETTEER.place(form) {
            Some(Place::Political) => lists.push("city"),
            Some(Place::Geographic) => lists.push("region"),
            None => {}
        }
        if GAZETTEER.longest_from(form) > 1 {
            lists.push("place-start");
        }
        if BODIES.lookup(form).is_some() {
            lists.push("body");
        }
        if BODIES.longest_from(form) > 1 {
            lists.push("body-start");
        }
    }
    if lexicon::ORG_HEADS.contains(&word) {
        lists.push("org-head");
    }
    if lexicon::ROLE_WORDS.contains(&word) || lexicon::is_role_noun(word) {
        lists.push("role");
    }
    if lexicon::PERSON_TITLES.contains(&word) {
        lists.push("person-title");
    }
    if lexicon::PERSON_VERBS.contains(&word) {
        lists.push("person-verb");
    }
    if lexicon::GEOGRAPHIC_HEADS.contains(&word) {
        lists.push("geo-head");
    }
    lists.sort_unstable();
    lists.dedup();
    lists
}

/// The views of a sentence's tokens.
pub(crate) fn views(tokens: &[Token<'_>]) -> Vec<TokenView> {
    let words = tokens
        .iter()
        .filter(|t| t.text.chars().any(char::is_alphabetic));
    let (capitals, all) = words.fold((0, 0), |(c, n), t| {
        (
            c + usize::from(!t.text.chars().any(char::is_lowercase)),
            n + 1,
        )
    });
    let shouting = all >= 3 && capitals * 10 >= all * 6;
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let w = t.text;
            let mut flags = 0;
            if w.chars().next().is_some_and(char::is_uppercase) {
                flags |= CAPITALISED;
            }
            if w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase) {
                flags |= ALL_CAPITALS;
            }
            if w.chars().any(|c| c.is_ascii_digit()) {
                flags |= HAS_DIGIT;
            }
            if i == 0 {
                flags |= FIRST;
            }
            if w.contains('-') {
                flags |= HAS_HYPHEN;
            }
            if w.contains('.') {
                flags |= HAS_PERIOD;
            }
            if shouting {
                flags |= SHOUTING;
            }
            TokenView {
                lower: w.to_lowercase(),
                shape: shape(w),
                lists: lists_of(w),
                flags,
            }
        })
        .collect()
}

/// The features of token `i` that do not depend on tags, appended to `out`.
pub(crate) fn static_features(views: &[TokenView], i: usize, out: &mut Vec<Feature>) {
    let at = |k: isize| -> Option<&TokenView> {
        let j = i as isize + k;
        (j >= 0).then(|| views.get(j as usize)).flatten()
    };
    let word = |k: isize| at(k).map_or(if k < 0 { "<s>" } else { "</s>" }, |v| v.lower.as_str());
    let shape_at = |k: isize| at(k).map_or("<>", |v| v.shape.as_str());
    let v = &views[i];
    out.push(Hasher::new(0).finish());
    out.push(Hasher::new(1).str(&v.lower).finish());
    out.push(
        Hasher::new(2)
            .str(&v.shape)
            .num(v.flags & SHOUTING)
            .finish(),
    );
    out.push(Hasher::new(3).num(v.flags).finish());
    for k in [-2isize, -1, 1, 2] {
        out.push(Hasher::new(4).num(k as u8).str(word(k)).finish());
        out.push(Hasher::new(5).num(k as u8).str(shape_at(k)).finish());
    }
    out.push(Hasher::new(6).str(word(-1)).str(&v.lower).finish());
    out.push(Hasher::new(7).str(&v.lower).str(word(1)).finish());
    out.push(
        Hasher::new(8)
            .str(shape_at(-1))
            .str(&v.shape)
            .str(shape_at(1))
            .finish(),
    );
    let chars: Vec<char> = v.lower.chars().collect();
    for n in 1..=4.min(chars.len()) {
        let prefix: String = chars[..n].iter().collect();
        let suffix: String = chars[chars.len() - n..].iter().collect();
        if n <= 3 {
            out.push(Hasher::new(9).str(&prefix).finish());
        }
        out.push(Hasher::new(10).str(&suffix).finish());
    }
    let length = chars.len().min(8) as u8;
    out.push(Hasher::new(11).num(length).finish());
    for k in [-1isize, 0, 1] {
        if let Some(view) = at(k) {
            for list in &view.lists {
                out.push(Hasher::new(12).num(k as u8).str(list).finish());
                if k == 0 {
                    out.push(
                        Hasher::new(13)
                            .str(list)
                            .num(v.flags & CAPITALISED)
                            .finish(),
                    );
                }
            }
        }
    }
}

/// The features that join token `i` to the tags already given before it.
pub(crate) fn tag_features(
    views: &[TokenView],
    i: usize,
    previous: u8,
    before: u8,
    out: &mut Vec<Feature>,
) {
    let v = &views[i];
    out.push(Hasher::new(20).num(previous).finish());
    out.push(Hasher::new(21).num(previous).num(before).finish());
    out.push(Hasher::new(22).num(previous).str(&v.lower).finish());
    out.push(Hasher::new(23).num(previous).str(&v.shape).finish());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_collapse_runs_of_one_class() {
        assert_eq!(shape("Putin"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("Su-30"), "Xx-d");
        assert_eq!(shape("王毅"), "a");
    }

    #[test]
    fn features_are_the_same_for_the_same_words() {
        let text = "Putin met Modi in Delhi.";
        let tokens = super::super::tokens::tokens(text, 0..text.len());
        let views = views(&tokens);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        static_features(&views, 0, &mut a);
        static_features(&views, 0, &mut b);
        assert_eq!(a, b);
        let mut c = Vec::new();
        static_features(&views, 2, &mut c);
        assert_ne!(a, c);
    }
}
