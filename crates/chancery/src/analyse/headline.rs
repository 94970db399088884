//! A headline made from a sentence, for articles that have none: the main clause of
//! the bottom line ("The New York State Attorney General is investigating WeWork"),
//! without the dateline, the attribution, asides and trailing participle clauses.
//!
//! Cutting, not writing: every word of the headline is the sentence's own, in its
//! order, so the title says nothing the articles do not.

use std::sync::LazyLock;

use regex::Regex;

/// Words a headline should hold at most; past this the clause is cut at a comma or,
/// failing that, before a function word.
const MAX_WORDS: usize = 14;

/// "WASHINGTON (Reuters) —", "(AP) -", "MANILA, March 4 —", "Indianapolis –": where and
/// by whom the story was filed, not what happened. A place in Latin capitals (see
/// `sentences::DATELINE`).
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:[\p{Lu}][A-ZÀ-ÖØ-ÞĀ-ɏ .'’-]{1,40}(?:,[^—–(]{0,30})?\s*)?(?:\([^)]{1,40}\)\s*)?[—–-]|[\p{Lu}][\p{L}.'’]+(?:\s[\p{Lu}][\p{L}.'’]+){0,2}\s[—–])\s+",
    )
    .expect("valid regex")
});

/// "(NYAG)", "(pictured)": asides in brackets; " — an American and an Australian — ":
/// asides between dashes.
static PARENTHESES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\([^()]{0,80}\)|\s+[—–]\s[^—–]{1,80}\s[—–]").expect("valid regex")
});

/// "Two hostages who had been held by the Taliban since 2016 were released": a
/// relative clause without commas, up to the auxiliary that starts the main verb.
static RESTRICTIVE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(?:who|which)\s(?:[^\s,;]+\s){2,16}?(?P<aux>(?:was|were|is|are|has|have)\s)")
        .expect("valid regex")
});

/// ", which …,", ", who …," between commas or closing the sentence: a relative clause.
static RELATIVE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r",\s+(?:which|who|whose|whom|where)\s[^,;—–]{1,120}(?:,|[.!]?$)")
        .expect("valid regex")
});

/// " on Thursday", " Tuesday" after a verb: the day is in the briefing's date line, not
/// its headline.
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\s+on)?\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?-u:\b)")
        .expect("valid regex")
});

/// Where the main clause ends: an attribution (", according to", ", officials said"),
/// a participle clause (", adding"), a dash, a colon or a semicolon.
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:,\s+(?:according to|said|says|officials said|sources said|[a-z]+ing\s|as\s|while\s|but\s|after\s|amid\s)|\s[—–]\s|\s-\s|;|:\s)",
    )
    .expect("valid regex")
});

/// Lower-case words that show a clause has its verb.
const VERB_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "should", "said", "says", "told", "say", "did", "does", "do", "be",
];

/// Words a headline never ends on.
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "for", "to", "and", "or", "in", "on", "at", "by", "with", "from",
    "that", "as", "its", "his", "her", "their", "is", "are", "was", "were", "has", "have", "had",
    "be", "will", "would", "said",
];

/// "On November 16, ", "Tuesday, ", "In it, ": a short opening adverbial before the
/// subject, which a headline drops.
static OPENING_ADVERBIAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:On|In|By|Late|Early|Earlier|Later|Last|This)\s+[^,]{1,45}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Meanwhile|However|Now|Yesterday|Today),\s+(?P<next>\p{Ll})",
    )
    .expect("valid regex")
});

/// The headline cut from the first of `sentences` (most central first) that makes one:
/// the story's centre, even shortened, says more than a whole clause from its edge.
pub fn from_sentences<'s>(sentences: impl IntoIterator<Item = &'s str>) -> Option<String> {
    sentences.into_iter().find_map(cut)
}

fn cut(sentence: &str) -> Option<String> {
    let text = sentence.trim();
    let text = DATELINE.replace(text, "");
    let text = OPENING_ADVERBIAL.replace(&text, "$next");
    let text = PARENTHESES.replace_all(&text, "");
    let text = RELATIVE_CLAUSE.replace_all(&text, "");
    let text = RESTRICTIVE_CLAUSE.replace(&text, " $aux");
    let text = WEEKDAY.replace_all(&text, "");
    let main = CLAUSE_END
        .find(&text)
        .map_or(text.as_ref(), |m| &text[..m.start()]);
    let main = main.trim().trim_end_matches(['.', '!', ',', ';', ':']);
    let mut words: Vec<&str> = main.split_whitespace().collect();
    if words.len() > MAX_WORDS {
        // The last comma inside the limit closes a phrase; else cut at the limit.
        let cut = words[..MAX_WORDS]
            .iter()
            .rposition(|w| w.ends_with(','))
            .filter(|&at| at >= 3)
            .map_or(MAX_WORDS, |at| at + 1);
        words.truncate(cut);
    }
    while let Some(last) = words.last() {
        let bare = last.trim_end_matches([',', '.', ';', ':']);
        if DANGLING.contains(&bare.to_lowercase().as_str()) || bare.is_empty() {
            words.pop();
        } else {
            break;
        }
    }
    // "American Kevin King and Australian Timothy Weeks": names with no word of
    // action in lower case is a subject, not a headline.
    let has_action = words.iter().any(|w| {
        let w = w.trim_end_matches([',', '.', '”', '"']);
        w.starts_with(char::is_lowercase)
            && (VERB_WORDS.contains(&w) || w.ends_with("ed") || w.ends_with('s') && w.len() > 3)
    });
    if words.len() < 3 || !has_action {
        return None;
    }
    let mut headline = words.join(" ");
    headline = headline
        .trim_matches(['“', '”', '"', ',', '.', ';', ':'])
        .to_owned();
    let mut chars = headline.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from_sentence(sentence: &str) -> Option<String> {
        cut(sentence)
    }

    #[test]
    fn keeps_the_main_clause_without_dateline_aside_or_attribution() {
        let sentence = "(Reuters) — The New York State Attorney General (NYAG) is investigating \
                        WeWork, according to two people familiar with the matter, adding to a \
                        mounting series of problems.";
        assert_eq!(
            from_sentence(sentence).as_deref(),
            Some("The New York State Attorney General is investigating WeWork")
        );
    }

    #[test]
    fn drops_a_capitals_dateline_and_a_relative_clause() {
        let sentence = "NEW DELHI — India and Russia, which signed a defence pact in 2021, agreed \
                        on Wednesday to expand trade in national currencies.";
        assert_eq!(
            from_sentence(sentence).as_deref(),
            Some("India and Russia agreed to expand trade in national currencies")
        );
        assert_eq!(
            from_sentence("Indianapolis – Several thousand teachers rallied on Tuesday.")
                .as_deref(),
            Some("Several thousand teachers rallied")
        );
    }

    #[test]
    fn a_long_clause_is_cut_on_a_word_that_can_end_a_headline() {
        let sentence = "Ministers from the ten member states of the regional bloc met in the \
                        capital for a second day of talks on the disputed maritime boundary.";
        let headline = from_sentence(sentence).unwrap();
        assert!(headline.split(' ').count() <= MAX_WORDS, "{headline}");
        assert!(
            !headline.ends_with(" the") && !headline.ends_with(" of"),
            "{headline}"
        );
        assert!(headline.starts_with("Ministers from the ten member states"));
    }

    #[test]
    fn a_fragment_makes_no_headline() {
        assert_eq!(from_sentence("Photo: AP."), None);
        assert_eq!(from_sentence(""), None);
        assert_eq!(
            from_sentence("American Kevin King and Australian Timothy Weeks, who were held."),
            None
        );
    }

    #[test]
    fn an_opening_time_phrase_is_dropped() {
        assert_eq!(
            from_sentence("On November 16, a third case of plague was reported in Beijing.")
                .as_deref(),
            Some("A third case of plague was reported in Beijing")
        );
    }

    #[test]
    fn asides_between_dashes_long_openers_and_clauses_before_the_verb_are_dropped() {
        assert_eq!(
            from_sentence(
                "Two hostages — an American and an Australian — who had been held by the \
                 rebels since 2016 were released Tuesday in a prisoner swap."
            )
            .as_deref(),
            Some("Two hostages were released in a prisoner swap")
        );
        assert_eq!(
            from_sentence(
                "In a joint statement published Oct. 25, the two ministries accused the \
                 coalition of blocking aid."
            )
            .as_deref(),
            Some("The two ministries accused the coalition of blocking aid")
        );
    }

    #[test]
    fn the_first_sentence_that_makes_a_headline_is_used() {
        let fragment = "American Kevin King and Australian Timothy Weeks.";
        let lead = "Russia accused the United States on Saturday of smuggling oil out of Syria.";
        assert_eq!(
            from_sentences([fragment, lead]).as_deref(),
            Some("Russia accused the United States of smuggling oil out of Syria")
        );
    }
}
