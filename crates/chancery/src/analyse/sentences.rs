//! Sentences and words of an article, with their byte spans in the article text.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::is_word_char;

/// One sentence of one article.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    /// Index of the article in the batch.
    pub article: usize,
    /// Position of the sentence within its article (0 = lead).
    pub position: usize,
    /// Byte range in the article text, without an attribution tail.
    pub span: Range<usize>,
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cmdr", "adm", "sgt",
    "gov", "sen", "sens", "rep", "reps", "st", "jr", "sr", "vs", "no", "nos", "inc", "ltd", "co",
    "corp", "dept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "e.g", "i.e", "etc", "approx", "est", "fig", "u.s", "u.k", "u.n", "e.u", "rs", "mt",
    "ft", "al",
];

/// "….reports Asian Lite News" closing a lead paragraph is a credit, not part of the news.
static ATTRIBUTION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[.…]{2,}|…)\s*(?:reports|writes)\s+\p{Lu}[^.…]*$|\s*…\s*$")
        .expect("valid regex")
});

/// A wire dateline opening the story: "VIENNA, March 4 (Reuters) - ", "TEHRAN, Iran
/// (AP) — ", "Vienna (Reuters) - ", "VIENNA/DUBAI, Sept 9 (Reuters) - " (filed in two
/// places). A place in capitals or an agency in brackets, then
/// a dash: where and by whom it was filed, not what happened. The place's letters are
/// the Latin alphabet's (with its accented and extended letters): every script's
/// capitals repeated forty times took 25 ms to compile, at every start.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\p{Lu}[A-ZÀ-ÖØ-ÞĀ-ɏ .'’/-]{2,40}(?:,[^—–(\n]{0,50})?\s*(?:\([^)\n]{1,40}\)\s*)?|\p{Lu}[A-Za-zÀ-ÖØ-öø-ɏ .'’-]{1,40}(?:,[^—–(\n]{0,50})?\s*\([^)\n]{1,40}\)\s*)[—–-]+\s+",
    )
    .expect("valid regex")
});

/// Whether `text` opens with a wire dateline ("Abu Dhabi, Oct 18 (WAM) -- ").
pub(crate) fn opens_with_dateline(text: &str) -> bool {
    DATELINE.is_match(text)
}

/// An article's statements, and the captions, credits and blurbs left out of them
/// (never statements, but they show where the story happens).
pub(crate) struct Split {
    pub statements: Vec<Sentence>,
    pub furniture: Vec<Sentence>,
}

/// Splits an article's text into sentences. Paragraph breaks always end a sentence.
/// Fragments of fewer than three words, table rows and credit tails are left out.
/// (The analysis takes the captions from the same reading: `split_story`.)
#[cfg(test)]
pub(crate) fn split(article: usize, text: &str) -> Vec<Sentence> {
    split_story(article, text).statements
}

/// `split`, with the page furniture it leaves out kept apart, in one reading.
pub(crate) fn split_story(article: usize, text: &str) -> Split {
    split_with(article, text, false)
}

/// Every piece of the text, headlines and credits included (for entity mentions).
pub(crate) fn split_all(text: &str) -> Vec<Sentence> {
    split_with(0, text, true).statements
}

fn split_with(article: usize, text: &str, keep_all: bool) -> Split {
    let mut split = Split {
        statements: Vec::new(),
        furniture: Vec::new(),
    };
    let mut paragraph_start = 0;
    for paragraph in crate::article::paragraphs(text) {
        // "Police guard the hall. REUTERS/Name": a caption with its credit is debris
        // as a whole, though its first sentence alone looks like news.
        let deck = !keep_all && split.statements.is_empty() && is_deck(paragraph, text);
        if deck || !keep_all && super::debris::is_credited_caption(paragraph) {
            let start = paragraph_start + (paragraph.len() - paragraph.trim_start().len());
            split.furniture.push(Sentence {
                article,
                position: split.furniture.len(),
                span: start..start + paragraph.trim().len(),
            });
            paragraph_start += paragraph.len() + 2;
            continue;
        }
        let mut start = paragraph_start;
        let bytes = paragraph.as_bytes();
        let mut quotes = Quotations::of(paragraph);
        let mut chars = paragraph.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !matches!(c, '.' | '!' | '?' | '…') {
                continue;
            }
            // Take closing quotes and brackets with the sentence.
            let mut end = i + c.len_utf8();
            while let Some(&(j, next)) = chars.peek() {
                if matches!(
                    next,
                    '"' | '”' | '’' | '\'' | ')' | ']' | '.' | '…' | '!' | '?'
                ) {
                    end = j + next.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let rest = &paragraph[end..];
            let next_starts_sentence = rest.starts_with(char::is_whitespace)
                && rest.trim_start().starts_with(|n: char| {
                    n.is_uppercase() || n.is_ascii_digit() || "“\"‘(".contains(n)
                })
                && !continues_a_dateline(rest.trim_start());
            if next_starts_sentence
                && (c != '.' || !is_abbreviation(&paragraph[..i]))
                && !quotes.open_at(end)
            {
                push(
                    &mut split,
                    article,
                    text,
                    start..paragraph_start + end,
                    keep_all,
                );
                start = paragraph_start + end;
            }
        }
        push(
            &mut split,
            article,
            text,
            start..paragraph_start + bytes.len(),
            keep_all,
        );
        paragraph_start += paragraph.len() + 2;
    }
    split
}

/// A standfirst (deck) opening the text, under the headline the title took: a summary
/// line without a full stop ("Hezbollah's leader claims “victory” while Israel warns …"),
/// not the story's lead, which the paragraph after it gives.
fn is_deck(paragraph: &str, text: &str) -> bool {
    let line = paragraph.trim();
    let ends_a_sentence = line.ends_with(['.', '!', '?', '”', '"', '…', ':']);
    let more_follows = text.len() > line.len() + 2 * 200;
    !line.is_empty()
        && !ends_a_sentence
        && more_follows
        && line.split_whitespace().nth(40).is_none()
        && line.split_whitespace().nth(5).is_some()
}

/// The quotation marks of a paragraph, counted once from its start as sentence ends are
/// met, to tell whether an end falls inside a quotation that closes later in the
/// paragraph: "“We have stood firm. We will not move,” she said." is one sentence, with
/// its speaker. A mark left open to the paragraph's end closes nothing, and the text
/// splits as usual.
struct Quotations<'p> {
    paragraph: &'p [u8],
    /// Where the paragraph's last closing mark (curly or straight) is, if any.
    last_close: Option<usize>,
    counted_to: usize,
    /// Curly marks opened less those closed, and straight marks, up to `counted_to`.
    curly_open: isize,
    straight: usize,
}

/// The last bytes of "“" and "”" in UTF-8 (both start E2 80).
const OPENING_MARK_END: u8 = 0x9C;
const CLOSING_MARK_END: u8 = 0x9D;

impl<'p> Quotations<'p> {
    fn of(paragraph: &'p str) -> Self {
        let paragraph = paragraph.as_bytes();
        // The marks are found by their bytes with memchr: sentence ends are read in
        // every paragraph of every article.
        let is_close = |at: usize| paragraph[at] == b'"' || curly(paragraph, at);
        let last_close =
            memchr::memrchr2_iter(b'"', CLOSING_MARK_END, paragraph).find(|&at| is_close(at));
        Self {
            paragraph,
            last_close,
            counted_to: 0,
            curly_open: 0,
            straight: 0,
        }
    }

    /// Whether byte `end` (ends only grow) is inside a quotation closed after it.
    fn open_at(&mut self, end: usize) -> bool {
        if self.last_close.is_none_or(|at| at < end) {
            return false;
        }
        let from = self.counted_to;
        let bytes = &self.paragraph[from..end];
        for at in memchr::memchr3_iter(b'"', OPENING_MARK_END, CLOSING_MARK_END, bytes) {
            match bytes[at] {
                b'"' => self.straight += 1,
                OPENING_MARK_END if curly(self.paragraph, from + at) => self.curly_open += 1,
                CLOSING_MARK_END if curly(self.paragraph, from + at) => self.curly_open -= 1,
                _ => {}
            }
        }
        self.counted_to = end;
        self.curly_open > 0 || self.straight % 2 == 1
    }
}

/// Whether the byte at `at` ends a curly quotation mark (E2 80 9C or E2 80 9D).
fn curly(bytes: &[u8], at: usize) -> bool {
    at >= 2 && bytes[at - 2] == 0xE2 && bytes[at - 1] == 0x80
}

fn push(split: &mut Split, article: usize, text: &str, span: Range<usize>, keep_all: bool) {
    let raw = &text[span.clone()];
    let leading = raw.len() - raw.trim_start().len();
    let trimmed = raw.trim();
    // The tail ends the sentence, so the regex searches it from the end; a sentence
    // with neither word nor ellipsis cannot have one and is not searched.
    let may_have_tail = !keep_all
        && (trimmed.ends_with('…') || trimmed.contains("reports") || trimmed.contains("writes"));
    let without_tail = match may_have_tail
        .then(|| ATTRIBUTION_TAIL.find(trimmed))
        .flatten()
    {
        Some(m) => &trimmed[..m.start()],
        None => trimmed,
    };
    let minimum = if keep_all { 1 } else { 3 };
    if without_tail.split_whitespace().take(minimum).count() < minimum {
        return;
    }
    // A table row as ingest writes one (or a menu set the same way): facts in a grid,
    // not a statement to put in a briefing. Entity mentions still see them.
    if !keep_all && without_tail.contains(crate::article::TABLE_CELL_SEPARATOR) {
        return;
    }
    let mut start = span.start + leading;
    let mut without_tail = without_tail;
    // The story's first sentence without its dateline, which still shows where the
    // story happens.
    if !keep_all && split.statements.is_empty() {
        if let Some(dateline) = DATELINE.find(without_tail) {
            split.furniture.push(Sentence {
                article,
                position: split.furniture.len(),
                span: start..start + dateline.end(),
            });
            start += dateline.end();
            without_tail = &without_tail[dateline.end()..];
        }
    }
    let span = start..start + without_tail.len();
    // A caption or credit left in the text: never a statement, never an actor's evidence.
    let kept = if !keep_all && super::debris::is_page_debris(without_tail) {
        &mut split.furniture
    } else {
        &mut split.statements
    };
    kept.push(Sentence {
        article,
        position: kept.len(),
        span,
    });
}

/// "ST. JOSEPH, Mich. (AP) — …": an agency in brackets and a dash after a full stop
/// go on with the dateline it ends, no new sentence.
fn continues_a_dateline(rest: &str) -> bool {
    let Some(inside) = rest.strip_prefix('(') else {
        return false;
    };
    inside.find(')').is_some_and(|close| {
        close <= 40
            && inside[close + 1..]
                .trim_start()
                .starts_with(['—', '–', '-'])
    })
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    // A lone capital is an initial ("J. Smith"); a dotted acronym continues ("U.S.").
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || ABBREVIATIONS.contains(&lower.as_str())
}

/// A word with its byte span, for matching names and phrases.
#[derive(Debug, Clone)]
pub(crate) struct Word<'t> {
    pub text: &'t str,
    pub span: Range<usize>,
}

/// Words of `text[range]`: runs of letters, digits and inner `- ' ’ .` (so "Su-30",
/// "Russia’s" and "U.S." stay whole); brackets and commas are words of their own so
/// patterns can see them.
pub(crate) fn words(text: &str, range: Range<usize>) -> Vec<Word<'_>> {
    let slice = &text[range.clone()];
    let bytes = slice.as_bytes();
    let mut words = Vec::with_capacity(slice.len() / 6);
    let mut start: Option<usize> = None;
    let word = |from: usize, to: usize| Word {
        text: &slice[from..to],
        span: range.start + from..range.start + to,
    };
    let mut i = 0;
    while i < bytes.len() {
        // Most of a text is runs of ASCII letters and digits: skipped a byte at a time,
        // without decoding characters or looking ahead.
        if bytes[i].is_ascii_alphanumeric() {
            start.get_or_insert(i);
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            continue;
        }
        // A space ends a word and is nothing itself.
        if bytes[i] == b' ' {
            if let Some(s) = start.take() {
                words.push(word(s, i));
            }
            i += 1;
            continue;
        }
        let Some(c) = slice[i..].chars().next() else {
            break;
        };
        let next = i + c.len_utf8();
        let next_is_word = slice[next..].chars().next().is_some_and(is_word_char);
        let inner =
            matches!(c, '-' | '\'' | '’' | '.' | '‐' | '&') && start.is_some() && next_is_word;
        if is_word_char(c) || inner {
            start.get_or_insert(i);
            i = next;
            continue;
        }
        // A trailing full stop belongs to a dotted acronym ("U.S.") but not to a word.
        let mut end = i;
        // "the Marshall Islands' envoy", "Wilders' party": a name's plural possessive
        // keeps its apostrophe, as "Iran's" keeps its "'s".
        if matches!(c, '\'' | '’') {
            if let Some(s) = start {
                let name = &slice[s..i];
                let before_a_word = slice[i + c.len_utf8()..]
                    .strip_prefix(' ')
                    .is_some_and(|rest| rest.starts_with(char::is_alphabetic));
                // (A sentence's first word has its capital from the sentence: "Drivers'
                // advocates said".)
                let opens_sentence = slice[..s].trim().is_empty();
                if name.ends_with('s')
                    && name.starts_with(char::is_uppercase)
                    && before_a_word
                    && !opens_sentence
                {
                    end = i + c.len_utf8();
                }
            }
        }
        if c == '.' {
            if let Some(s) = start {
                // So does a company's abbreviated legal form ("Mercantile Bancorp Inc.").
                if slice[s..i].contains('.')
                    || matches!(&slice[s..i], "Inc" | "Corp" | "Co" | "Ltd" | "Bros")
                {
                    end = i + 1;
                }
            }
        }
        if let Some(s) = start.take() {
            words.push(word(s, end));
        }
        if matches!(c, '(' | ')' | ',' | ';' | ':' | '“' | '”' | '"') {
            words.push(word(i, next));
        }
        i = next;
    }
    if let Some(s) = start {
        words.push(word(s, slice.len()));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(0, text).into_iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn the_first_sentence_is_read_without_its_wire_dateline() {
        for (text, first) in [
            (
                "VIENNA, March 4 (Reuters) - Iran agreed to restore the cameras. Talks end.",
                "Iran agreed to restore the cameras.",
            ),
            (
                "TEHRAN, Iran (AP) — Iran will let inspectors back in. Talks end.",
                "Iran will let inspectors back in.",
            ),
            (
                "VIENNA/DUBAI, Sept 9 (Reuters) - Iran and the IAEA agreed on a framework. Talks end.",
                "Iran and the IAEA agreed on a framework.",
            ),
            (
                "ST. JOSEPH, Mich. (AP) — Michigan reports a sixth death. Talks end.",
                "Michigan reports a sixth death.",
            ),
            (
                "GOMA, Democratic Republic of Congo, Feb 7 (Reuters) - M23 rebels took Sake. \
                 Talks end.",
                "M23 rebels took Sake.",
            ),
            (
                "Putin — who has ruled since 2000 — said he would run again. Talks end.",
                "Putin — who has ruled since 2000 — said he would run again.",
            ),
        ] {
            let split = split_story(0, text);
            assert_eq!(&text[split.statements[0].span.clone()], first);
        }
        // The dateline still shows where the story happens.
        let split = split_story(0, "TEHRAN, Iran (AP) — Iran will let inspectors back in.");
        assert_eq!(split.furniture.len(), 1);
    }

    #[test]
    fn a_standfirst_under_the_headline_is_no_lead() {
        let body = "Cars piled with mattresses clogged the coastal highway on Wednesday as \
                    families returned to villages flattened by two months of bombardment. ";
        let text = format!(
            "Hezbollah's leader claims victory while Israel warns it will enforce the deal\n\n\
             Bethan Cole in Tyre\n\n{}",
            body.repeat(4)
        );
        let split = split_story(0, &text);
        let lead = &text[split.statements[0].span.clone()];
        assert!(lead.starts_with("Cars piled"), "{lead}");
        assert!(split
            .furniture
            .iter()
            .any(|f| text[f.span.clone()].starts_with("Hezbollah's")));
        // A lead with its full stop stays the lead.
        let text = format!(
            "Israel and Hezbollah agreed a truce on Tuesday.\n\n{}",
            body.repeat(4)
        );
        let lead = &text[split_story(0, &text).statements[0].span.clone()];
        assert!(lead.starts_with("Israel and Hezbollah"), "{lead}");
    }

    #[test]
    fn a_quotation_of_several_sentences_stays_one_with_its_speaker() {
        let text = "“One country has stood in the way. One country is the blocker,” Lammy told \
                    the council. \"We go on. We must,\" she said. He said \"no.\" Then he left.";
        assert_eq!(
            texts(text),
            [
                "“One country has stood in the way. One country is the blocker,” Lammy told the council.",
                "\"We go on. We must,\" she said.",
                "He said \"no.\"",
                "Then he left."
            ]
        );
        // Straight and curly marks mixed, as pasted text has them.
        assert_eq!(
            texts("\"Police! Open the door!” an officer shouts. He waits outside."),
            [
                "\"Police! Open the door!” an officer shouts.",
                "He waits outside."
            ]
        );
        // A mark left open to the paragraph's end closes nothing.
        assert_eq!(
            texts("“We go on. They said so. Talks end today."),
            ["“We go on.", "They said so.", "Talks end today."]
        );
    }

    #[test]
    fn splits_on_stops_but_not_abbreviations_or_initials() {
        let text = "Mr. Smith met Gen. J. Doe in the U.S. capital. They talked at length. “We agree,” he said.";
        assert_eq!(
            texts(text),
            [
                "Mr. Smith met Gen. J. Doe in the U.S. capital.",
                "They talked at length.",
                "“We agree,” he said."
            ]
        );
    }

    #[test]
    fn table_rows_are_not_sentences_but_their_names_are_still_read() {
        let text =
            "Ships left Odesa on Monday.\n\nOdesa | Wheat | 120,000\n\nPort | Cargo | Tonnes";
        assert_eq!(texts(text), ["Ships left Odesa on Monday."]);
        assert_eq!(split_all(text).len(), 3);
    }

    #[test]
    fn attribution_tail_is_not_part_of_the_sentence() {
        let text = "Fomin met Kumar on Wednesday to discuss the partnership….reports Asian Lite News\n\nNext one here.";
        assert_eq!(
            texts(text),
            [
                "Fomin met Kumar on Wednesday to discuss the partnership",
                "Next one here."
            ]
        );
    }

    #[test]
    fn words_keep_hyphens_possessives_and_acronyms() {
        let text = "Russia’s Su-30 deal (IRIGC-MMTC) with the U.S. ended.";
        let found: Vec<&str> = words(text, 0..text.len()).iter().map(|w| w.text).collect();
        assert_eq!(
            found,
            [
                "Russia’s",
                "Su-30",
                "deal",
                "(",
                "IRIGC-MMTC",
                ")",
                "with",
                "the",
                "U.S.",
                "ended"
            ]
        );
        // A name's plural possessive keeps its apostrophe; a closing quote does not.
        let text = "the Marshall Islands' envoy called it 'the Islands'.";
        let found: Vec<&str> = words(text, 0..text.len()).iter().map(|w| w.text).collect();
        assert_eq!(
            found,
            ["the", "Marshall", "Islands'", "envoy", "called", "it", "the", "Islands"]
        );
        let text = "Drivers' advocates said so.";
        let found: Vec<&str> = words(text, 0..text.len()).iter().map(|w| w.text).collect();
        assert_eq!(found, ["Drivers", "advocates", "said", "so"]);
        // A company's legal form keeps its full stop; a sentence's last word does not.
        let text = "Mercantile Bancorp Inc. bought Co.";
        let found: Vec<&str> = words(text, 0..text.len()).iter().map(|w| w.text).collect();
        assert_eq!(found, ["Mercantile", "Bancorp", "Inc.", "bought", "Co."]);
        let text = "It bought Mercantile.";
        let found: Vec<&str> = words(text, 0..text.len()).iter().map(|w| w.text).collect();
        assert_eq!(found, ["It", "bought", "Mercantile"]);
    }
}
