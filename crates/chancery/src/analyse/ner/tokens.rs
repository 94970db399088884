//! The tagger's tokens: words, punctuation marks and possessive endings, each its own
//! token with its byte span, the way annotated corpora split text ("Russia 's").

use std::ops::Range;

use crate::analyse::sentences::Word;

/// One token of the text the tagger reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token<'a> {
    pub text: &'a str,
    /// Byte range in the text given to [`tokens`].
    pub span: Range<usize>,
}

/// Tokens of `text[range]`: its `words` as `sentences::words` reads them ("Su-30",
/// "O'Brien", "U.S.",
/// "AT&T"), a possessive ending split off, and every other visible character between
/// them a token of its own.
pub(crate) fn tokens<'a>(text: &'a str, words: &[Word<'a>], range: Range<usize>) -> Vec<Token<'a>> {
    // Punctuation and possessive endings add about a token for every five words.
    let mut out = Vec::with_capacity(words.len() + words.len() / 4 + 2);
    let mut at = range.start;
    let push_gap = |out: &mut Vec<Token<'a>>, from: usize, to: usize| {
        for (i, c) in text[from..to].char_indices() {
            if !c.is_whitespace() {
                let start = from + i;
                out.push(Token {
                    text: &text[start..start + c.len_utf8()],
                    span: start..start + c.len_utf8(),
                });
            }
        }
    };
    for word in words {
        push_gap(&mut out, at, word.span.start);
        at = word.span.end;
        // "Russia’s" → "Russia" + "’s".
        let ending = ["'s", "’s", "'S", "’S"]
            .iter()
            .find(|p| word.text.len() > p.len() + 1 && word.text.ends_with(*p))
            .map_or(0, |p| p.len());
        let split = word.span.end - ending;
        out.push(Token {
            text: &text[word.span.start..split],
            span: word.span.start..split,
        });
        if ending > 0 {
            out.push(Token {
                text: &text[split..word.span.end],
                span: split..word.span.end,
            });
        }
    }
    push_gap(&mut out, at, range.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::sentences::words;

    #[test]
    fn possessives_and_punctuation_are_tokens_of_their_own() {
        let text = "Russia’s Su-30 deal (with the U.S.) ended. O'Brien's AT&T!";
        let words = words(text, 0..text.len());
        let found: Vec<&str> = tokens(text, &words, 0..text.len())
            .iter()
            .map(|t| t.text)
            .collect();
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
        let words = words(text, range.clone());
        for token in tokens(text, &words, range) {
            assert_eq!(&text[token.span.clone()], token.text);
        }
    }
}
