//! The tagger's tokens: words, punctuation marks and possessive endings, each its own
//! token with its byte span, the way annotated corpora split text ("Russia 's").

use std::ops::Range;

/// One token of the text the tagger reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub text: &'a str,
    /// Byte range in the text given to [`tokens`].
    pub span: Range<usize>,
}

/// Tokens of `text[range]`: runs of letters and digits with inner `- ' ’ . &` ("Su-30",
/// "O'Brien", "U.S.", "AT&T"), a possessive ending split off, and every other visible
/// character a token of its own.
pub(crate) fn tokens<'a>(text: &'a str, range: Range<usize>) -> Vec<Token<'a>> {
    let slice = &text[range.clone()];
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut iter = slice.char_indices().peekable();
    let push_word = |out: &mut Vec<Token<'a>>, s: usize, e: usize| {
        let word = &slice[s..e];
        // "Russia’s" → "Russia" + "’s"; "Reuters’" → "Reuters" + "’".
        let ending = ["'s", "’s", "'S", "’S"]
            .iter()
            .find(|p| word.len() > p.len() + 1 && word.ends_with(*p))
            .map(|p| p.len());
        let split = ending.map_or(e, |n| e - n);
        out.push(Token {
            text: &slice[s..split],
            span: range.start + s..range.start + split,
        });
        if split < e {
            out.push(Token {
                text: &slice[split..e],
                span: range.start + split..range.start + e,
            });
        }
    };
    while let Some((i, c)) = iter.next() {
        let next_is_word = iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let inner =
            matches!(c, '-' | '\'' | '’' | '.' | '‐' | '&') && start.is_some() && next_is_word;
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
            continue;
        }
        let mut end = i;
        // A dotted acronym keeps its last full stop ("U.S."); a word does not.
        if let (Some(s), '.') = (start, c) {
            if slice[s..i].contains('.') {
                end = i + 1;
            }
        }
        if let Some(s) = start.take() {
            push_word(&mut out, s, end);
        }
        if end == i && !c.is_whitespace() {
            out.push(Token {
                text: &slice[i..i + c.len_utf8()],
                span: range.start + i..range.start + i + c.len_utf8(),
            });
        }
    }
    if let Some(s) = start {
        push_word(&mut out, s, slice.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_and_punctuation_are_tokens_of_their_own() {
        let text = "Russia’s Su-30 deal (with the U.S.) ended. O'Brien's AT&T!";
        let found: Vec<&str> = tokens(text, 0..text.len()).iter().map(|t| t.text).collect();
        assert_eq!(
            found,
            [
                "Russia", "’s", "Su-30", "deal", "(", "with", "the", "U.S.", ")", "ended", ".",
                "O'Brien", "'s", "AT&T", "!"
            ]
        );
    }

    #[test]
    fn spans_point_into_the_whole_text() {
        let text = "Say: Ольга Иванова spoke.";
        let range = 5..text.len();
        for token in tokens(text, range) {
            assert_eq!(&text[token.span.clone()], token.text);
        }
    }
}
