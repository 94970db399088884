//! What the tagger looks at for each token: the word and its neighbours, their shapes,
//! prefixes and suffixes, the built-in lists of states, places, bodies and titles, and
//! the tags already given to the two tokens before it.
//!
//! Every string is hashed once, as it is read (no allocation per token: the tagger reads
//! every sentence of every article), and a feature is its template mixed with those
//! hashes, folded to 32 bits. The hashing is fixed, so a model means the same on every
//! machine.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::tokens::Token;
use crate::analyse::bodies::BODIES;
use crate::analyse::gazetteer::{Naming, Place, GAZETTEER};
use crate::analyse::lexicon;

/// A feature: its template and values, hashed.
pub(crate) type Feature = u32;

/// What the tagger knows of one token before tagging: everything but the tags.
#[derive(Clone, Default)]
pub(crate) struct TokenView {
    /// Hashes of the word in lower case, of its shape, of its first 1–3 and last 1–4
    /// characters (lower case; 0 where the word is shorter).
    word: u64,
    shape: u64,
    prefixes: [u64; 3],
    suffixes: [u64; 4],
    length: u8,
    /// The built-in lists the word is on, one bit each ([`List`]).
    lists: u16,
    flags: u8,
    /// A capital anywhere in the word ("eBay", "al-Assad").
    has_capital: bool,
}

const CAPITALISED: u8 = 1;
const ALL_CAPITALS: u8 = 2;
const HAS_DIGIT: u8 = 4;
const FIRST: u8 = 8;
const HAS_HYPHEN: u8 = 16;
const HAS_PERIOD: u8 = 32;
/// Most of the sentence is in capitals (a headline): case says little there.
const SHOUTING: u8 = 64;

/// The built-in lists, as bits of [`TokenView::lists`].
#[derive(Clone, Copy)]
enum List {
    State,
    Seat,
    Building,
    Demonym,
    City,
    Region,
    PlaceStart,
    Body,
    BodyStart,
    OrgHead,
    Role,
    PersonTitle,
    PersonVerb,
    GeoHead,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// [`fnv`] over a character's UTF-8 bytes; an ASCII one is its one byte.
#[inline]
fn fnv_char(h: u64, c: char) -> u64 {
    if c.is_ascii() {
        (h ^ u64::from(c as u8)).wrapping_mul(FNV_PRIME)
    } else {
        fnv(h, c.encode_utf8(&mut [0u8; 4]).as_bytes())
    }
}

/// Mixes one more value into a feature's hash.
fn mix(h: u64, value: u64) -> u64 {
    (h.rotate_left(5) ^ value).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// A feature of `template` over `values`, folded to 32 bits.
fn feature(template: u64, values: &[u64]) -> Feature {
    let mut h = mix(FNV_OFFSET, template);
    for &v in values {
        h = mix(h, v);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    (h ^ (h >> 32)) as u32
}

/// The word lists of `lexicon`, word → list bits, looked up once per token.
static LEXICON: LazyLock<FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, u16> = FxHashMap::default();
    let mut add = |words: &[&'static str], list: List| {
        for w in words {
            *map.entry(w).or_default() |= 1 << list as u16;
        }
    };
    add(lexicon::ORG_HEADS.words(), List::OrgHead);
    add(lexicon::ROLE_WORDS.words(), List::Role);
    add(lexicon::OFFICE_WORDS, List::Role);
    add(lexicon::ROLE_NOUNS, List::Role);
    add(lexicon::PERSON_TITLES.words(), List::PersonTitle);
    add(lexicon::PERSON_VERBS, List::PersonVerb);
    add(lexicon::GEOGRAPHIC_HEADS, List::GeoHead);
    map
});

/// The lists a word is on. The tables of places and bodies hold names only, so only a
/// capitalised word is looked up there.
fn lists_of(word: &str, flags: u8) -> u16 {
    let mut bits = LEXICON.get(word).copied().unwrap_or(0);
    let bit = |list: List| 1u16 << list as u16;
    if flags & CAPITALISED == 0 {
        return bits;
    }
    let mut look_up = |form: &str| {
        bits |= match GAZETTEER.lookup(form) {
            Some((_, Naming::Name)) => bit(List::State),
            Some((_, Naming::Seat)) => bit(List::Seat),
            Some((_, Naming::Building)) => bit(List::Building),
            Some((_, Naming::Demonym)) => bit(List::Demonym),
            None => 0,
        };
        bits |= match GAZETTEER.place(form) {
            Some(Place::Political) => bit(List::City),
            Some(Place::Geographic) => bit(List::Region),
            None => 0,
        };
        if GAZETTEER.longest_from(form) > 1 {
            bits |= bit(List::PlaceStart);
        }
        if BODIES.lookup(form).is_some() {
            bits |= bit(List::Body);
        }
        if BODIES.longest_from(form) > 1 {
            bits |= bit(List::BodyStart);
        }
    };
    look_up(word);
    // A headline in capitals: "RUSSIA" is looked up as "Russia" too.
    if flags & ALL_CAPITALS != 0 && word.len() > 2 {
        look_up(&lexicon::title_case(word));
    }
    bits
}

/// The class of a character in a word's shape: "Putin" → "Xx", "U.S." → "X.X.",
/// "1996" → "d", "Su-30" → "Xx-d"; a letter of a script without case is "a".
fn shape_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if lexicon::is_letter(c) {
        'a'
    } else {
        c
    }
}

fn view(word: &str, first: bool, shouting: bool) -> TokenView {
    let mut flags = 0;
    if word.starts_with(char::is_uppercase) {
        flags |= CAPITALISED;
    }
    let (mut upper, mut lower_seen) = (false, false);
    let mut h_word = FNV_OFFSET;
    let mut h_shape = FNV_OFFSET;
    let mut last_class = None;
    let mut prefixes = [0u64; 3];
    // The last four lower-case characters, the newest at `length % 4`.
    let mut tail = ['\0'; 4];
    let mut length = 0usize;
    for c in word.chars() {
        upper |= c.is_uppercase();
        lower_seen |= c.is_lowercase();
        match c {
            '0'..='9' => flags |= HAS_DIGIT,
            '-' => flags |= HAS_HYPHEN,
            '.' => flags |= HAS_PERIOD,
            _ => {}
        }
        let class = shape_class(c);
        if last_class != Some(class) {
            h_shape = fnv_char(h_shape, class);
            last_class = Some(class);
        }
        let mut add_lower = |l: char| {
            h_word = fnv_char(h_word, l);
            if length < 3 {
                prefixes[length] = h_word;
            }
            tail[length % 4] = l;
            length += 1;
        };
        if c.is_ascii() {
            add_lower(c.to_ascii_lowercase());
        } else {
            c.to_lowercase().for_each(add_lower);
        }
    }
    if upper && !lower_seen {
        flags |= ALL_CAPITALS;
    }
    if first {
        flags |= FIRST;
    }
    if shouting {
        flags |= SHOUTING;
    }
    let mut suffixes = [0u64; 4];
    for (n, suffix) in suffixes.iter_mut().enumerate().take(length.min(4)) {
        // The last n + 1 characters, oldest first.
        *suffix = (0..=n).rev().fold(FNV_OFFSET, |h, back| {
            fnv_char(h, tail[(length - 1 - back) % 4])
        });
    }
    TokenView {
        word: h_word,
        shape: h_shape,
        prefixes,
        suffixes,
        length: length.min(8) as u8,
        lists: lists_of(word, flags),
        flags,
        has_capital: upper,
    }
}

/// Whether most of the sentence is in capitals (a headline).
fn shouting(tokens: &[Token<'_>]) -> bool {
    let words = tokens
        .iter()
        .filter(|t| t.text.chars().any(lexicon::is_letter));
    let (capitals, all) = words.fold((0, 0), |(c, n), t| {
        (
            c + usize::from(!t.text.chars().any(char::is_lowercase)),
            n + 1,
        )
    });
    all >= 3 && capitals * 10 >= all * 6
}

/// The views of a sentence's tokens.
pub(crate) fn views(tokens: &[Token<'_>]) -> Vec<TokenView> {
    let shouting = shouting(tokens);
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| view(t.text, i == 0, shouting))
        .collect()
}

/// The views of a sentence's tokens, each made the first time the tagger looks at it:
/// most tokens are plainly outside any name and far from one, and are never looked at.
pub(crate) struct LazyViews<'t> {
    tokens: &'t [Token<'t>],
    shouting: bool,
    views: Vec<TokenView>,
    made: Vec<bool>,
}

impl<'t> LazyViews<'t> {
    pub(crate) fn new(tokens: &'t [Token<'t>]) -> Self {
        Self {
            tokens,
            shouting: shouting(tokens),
            views: vec![TokenView::default(); tokens.len()],
            made: vec![false; tokens.len()],
        }
    }

    /// All views, those of the window around token `i` that the features read made.
    pub(crate) fn around(&mut self, i: usize) -> &[TokenView] {
        let window = i.saturating_sub(WINDOW)..(i + WINDOW + 1).min(self.tokens.len());
        for j in window {
            if !self.made[j] {
                self.views[j] = view(self.tokens[j].text, j == 0, self.shouting);
                self.made[j] = true;
            }
        }
        &self.views
    }
}

/// How many tokens either side the features of a token read.
const WINDOW: usize = 2;

/// A token in lower case or punctuation, after one outside any name, is outside too:
/// names start with a capital (or a digit: "7-Eleven"). Three tokens in four are such,
/// so the tagger skips scoring them; training skips them alike, so the model learns the
/// same decisions it is used for.
pub(crate) fn plainly_outside(view: &TokenView, previous: u8) -> bool {
    after_outside(previous) && view.flags & HAS_DIGIT == 0 && !view.has_capital
}

/// [`plainly_outside`] read off the token itself, before its view is made.
pub(crate) fn plainly_outside_token(token: &Token<'_>, previous: u8) -> bool {
    if !after_outside(previous) {
        return false;
    }
    // Byte by byte while the token is ASCII (nearly always); characters beyond it.
    for (i, b) in token.text.bytes().enumerate() {
        if b.is_ascii_digit() || b.is_ascii_uppercase() {
            return false;
        }
        if !b.is_ascii() {
            let rest = &token.text[i..];
            return !rest.bytes().any(|b| b.is_ascii_digit())
                && !rest.chars().any(char::is_uppercase);
        }
    }
    true
}

fn after_outside(previous: u8) -> bool {
    previous == 0 || previous == super::START
}

/// Stand-ins for the words before the first token and after the last.
const START_WORD: u64 = 1;
const END_WORD: u64 = 2;

/// The features of token `i` that do not depend on tags, appended to `out`.
pub(crate) fn static_features(views: &[TokenView], i: usize, out: &mut Vec<Feature>) {
    let at = |k: isize| -> Option<&TokenView> {
        let j = i as isize + k;
        (j >= 0).then(|| views.get(j as usize)).flatten()
    };
    let word = |k: isize| at(k).map_or(if k < 0 { START_WORD } else { END_WORD }, |v| v.word);
    let shape = |k: isize| at(k).map_or(0, |v| v.shape);
    let v = &views[i];
    out.push(feature(0, &[]));
    out.push(feature(1, &[v.word]));
    out.push(feature(2, &[v.shape, u64::from(v.flags & SHOUTING)]));
    out.push(feature(3, &[u64::from(v.flags)]));
    for k in [-2isize, -1, 1, 2] {
        out.push(feature(4, &[k as u64, word(k)]));
        out.push(feature(5, &[k as u64, shape(k)]));
    }
    out.push(feature(6, &[word(-1), v.word]));
    out.push(feature(7, &[v.word, word(1)]));
    out.push(feature(8, &[shape(-1), v.shape, shape(1)]));
    for prefix in v.prefixes.iter().filter(|p| **p != 0) {
        out.push(feature(9, &[*prefix]));
    }
    for suffix in v.suffixes.iter().filter(|s| **s != 0) {
        out.push(feature(10, &[*suffix]));
    }
    out.push(feature(11, &[u64::from(v.length)]));
    for k in [-1isize, 0, 1] {
        if let Some(view) = at(k) {
            let mut bits = view.lists;
            while bits != 0 {
                let list = u64::from(bits.trailing_zeros());
                bits &= bits - 1;
                out.push(feature(12, &[k as u64, list]));
                if k == 0 {
                    out.push(feature(13, &[list, u64::from(v.flags & CAPITALISED)]));
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
    let (previous, before) = (u64::from(previous), u64::from(before));
    out.push(feature(20, &[previous]));
    out.push(feature(21, &[previous, before]));
    out.push(feature(22, &[previous, v.word]));
    out.push(feature(23, &[previous, v.shape]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_plainly_outside_without_capitals_or_digits() {
        for text in [
            "said", "Said", "talks", "b52", "über", "Über", "ёлка", "Ёлка", "naïve", "naÏve", "’s",
            ",", "东京", "x²", "",
        ] {
            let token = Token {
                text,
                span: 0..text.len(),
            };
            let expected =
                !text.bytes().any(|b| b.is_ascii_digit()) && !text.chars().any(char::is_uppercase);
            assert_eq!(plainly_outside_token(&token, 0), expected, "{text:?}");
            assert!(
                !plainly_outside_token(&token, 1),
                "{text:?} after a name's start"
            );
        }
    }

    fn shape_of(word: &str) -> u64 {
        view(word, false, false).shape
    }

    #[test]
    fn shapes_collapse_runs_of_one_class() {
        assert_eq!(shape_of("Putin"), shape_of("Modi"));
        assert_eq!(shape_of("U.S."), shape_of("U.K."));
        assert_eq!(shape_of("Su-30"), shape_of("Mi-8"));
        assert_eq!(shape_of("王毅"), shape_of("李强"));
        assert_ne!(shape_of("Putin"), shape_of("PUTIN"));
        assert_ne!(shape_of("Putin"), shape_of("putin"));
    }

    #[test]
    fn prefixes_and_suffixes_are_read_in_lower_case() {
        let a = view("Ministry", false, false);
        let b = view("ministry", false, false);
        assert_eq!(
            (a.word, a.prefixes, a.suffixes),
            (b.word, b.prefixes, b.suffixes)
        );
        assert_eq!(view("UN", false, false).suffixes[2], 0);
    }

    #[test]
    fn lists_are_found_for_names_and_lower_case_roles() {
        let russia = view("Russia", false, false);
        assert!(russia.lists & (1 << List::State as u16) != 0);
        let shouting = view("RUSSIA", false, true);
        assert!(shouting.lists & (1 << List::State as u16) != 0);
        let minister = view("minister", false, false);
        assert!(minister.lists & (1 << List::Role as u16) != 0);
    }

    #[test]
    fn a_word_keeps_its_own_features_and_gains_its_neighbours() {
        let features = |text: &str, i: usize| {
            let words = crate::analyse::sentences::words(text, 0..text.len());
            let tokens = super::super::tokens::tokens(text, &words, 0..text.len());
            let views = views(&tokens);
            let mut out = Vec::new();
            static_features(&views, i, &mut out);
            out.into_iter()
                .collect::<std::collections::BTreeSet<Feature>>()
        };
        let met = features("Putin met Modi.", 0);
        let said = features("Putin said so.", 0);
        // The word, its shape and affixes are shared; what follows it is not.
        assert!(met.intersection(&said).count() >= 8, "{met:?} {said:?}");
        assert!(met.symmetric_difference(&said).count() >= 2);
        // Another word in the same place shares little of its own.
        let modi = features("Modi met Putin.", 0);
        assert!(met.intersection(&modi).count() < met.intersection(&said).count());
    }
}
