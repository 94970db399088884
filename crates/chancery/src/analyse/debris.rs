//! Sentences that are page furniture left in the text: photo captions, picture and
//! video credits, video blurbs. They name people and places, so entity mentions still
//! read them, but they are never a statement of the briefing nor evidence of an actor.
//!
//! Rules about what a caption is, in any outlet: it opens with a label ("Photo:", "In
//! this picture taken …", "JUST WATCHED"), carries a picture credit ("REUTERS/Name",
//! "(AP Photo/…)", "Getty Images"), or is a present-tense scene that ends on its bare
//! date ("A man walks past the seized building April 6, 2014.").

use std::sync::LazyLock;

use regex::Regex;

/// A label that opens a caption or a blurb. Word boundaries here and below are ASCII
/// ones: a Unicode boundary makes the regex engine leave its fast automaton for every
/// sentence, and the words they bound are English.
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\W{0,3}(?:(?:photo|image|picture|video|watch|gallery|graphic|file photo)s?\s*:|just watched|in (?:this|these|an?) (?:undated |handout |file )?(?:photo|picture|image|handout|file)s?(?-u:\b)|pictures? (?:taken|shows?)(?-u:\b)|photos? (?:taken|shows?)(?-u:\b)|file photo(?-u:\b)|this (?:photo|picture|image) (?:was )?(?:taken|shows?)(?-u:\b)|(?:click|tap|scroll) (?:here|to|for)(?-u:\b)|(?:read|see) (?:more|also)\s*:|(?:show|hide) caption(?-u:\b)|(?:enlarge|expand) (?:this )?image(?-u:\b)|caption\s*:)",
    )
    .expect("valid regex")
});

/// A picture credit anywhere in the sentence.
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?-u:\b)(?:REUTERS|AFP|AP|EPA|ANADOLU|XINHUA|SPUTNIK|TASS|GETTY)\s*/\s*\p{Lu}|\((?:AP|AFP|Reuters|EPA) Photo(?-u:\b)|(?-u:\b)AP Photo/|(?-u:\b)(?:Getty|Shutterstock) Images(?-u:\b)|(?-u:\b)(?:Photo|Picture|Image) (?:credit|courtesy)(?-u:\b)|\((?:Photo|Picture|Image)(?: by)?\s*:?[^)]{0,60}\)\s*$|(?-u:\b)(?:Photograph|Photo|Picture): [\p{Lu}][^.]{0,60}$)",
    )
    .expect("valid regex")
});

/// A video player's controls, left in the text with the clip's title ("Iran nuclear
/// talks explained Replay More Videos ...").
fn is_video_player(sentence: &str) -> bool {
    [
        "More Videos",
        "Now Playing",
        "Up Next",
        "MUST WATCH",
        "Must Watch",
    ]
    .iter()
    .any(|control| sentence.contains(control))
        || sentence.starts_with("Replay ")
}

/// "… building April 6, 2014." / "… in Kyiv on 6 April 2014": a bare date closing the
/// sentence with no preposition before it, as captions date their picture.
static BARE_DATE_ENDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<before>\S+)\s+
        (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?
        (?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},\s+\d{4}
          |\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})
        \.?\s*$",
    )
    .expect("valid regex")
});

/// Words that, right before a date, make it part of a statement ("on April 6, 2014",
/// "since …", "until …"), not a caption's stamp.
const DATE_PREPOSITIONS: &[&str] = &[
    "on",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "before",
    "after",
    "of",
    "dated",
    "through",
    "between",
    "and",
    "as",
    "at",
    "in",
    "for",
    "effective",
    "begins",
    "began",
    "ends",
    "is",
    "was",
    "be",
];

/// Whether a short paragraph carries a picture credit: then all of it is a caption.
pub(crate) fn is_credited_caption(paragraph: &str) -> bool {
    paragraph.split_whitespace().take(61).count() <= 60 && CREDIT.is_match(paragraph.trim())
}

/// A headline left in the text, of a related story or a link ("Updated Police Identify
/// Man, Woman Found Dead in Plano Apartment"): no closing punctuation, and its longer
/// words all capitalised, as no sentence of a story is written.
fn is_headline_line(sentence: &str) -> bool {
    if sentence.ends_with(['.', '!', '?', ':', ';', '"', '”', '’', '\'', ')']) {
        return false;
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let longer: Vec<&&str> = words
        .iter()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let capitalised = longer
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    (4..=20).contains(&words.len()) && longer.len() >= 3 && capitalised == longer.len()
}

/// Whether a sentence is a caption, a credit or a blurb rather than the story's words.
pub(crate) fn is_page_debris(sentence: &str) -> bool {
    let sentence = sentence.trim();
    if LABEL.is_match(sentence)
        || CREDIT.is_match(sentence)
        || is_video_player(sentence)
        || is_headline_line(sentence)
    {
        return true;
    }
    BARE_DATE_ENDING.captures(sentence).is_some_and(|found| {
        let before = found["before"].trim_end_matches(',').to_lowercase();
        !DATE_PREPOSITIONS.contains(&before.as_str())
            && !before.ends_with("ed")
            && !sentence.contains('“')
            && !sentence.contains('"')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_credits_and_blurbs_are_debris() {
        for caption in [
            "A pro-Russian protester stands inside the seized building April 6, 2014.",
            "In this picture taken on March 3, troops stand guard outside the base.",
            "Picture taken December 28, 2018 shows the harbour from the air.",
            "Image: Demonstrators outside parliament.",
            "JUST WATCHED State Department says talks will go on",
            "Police officers patrol the square in Kyiv. REUTERS/Gleb Garanich",
            "The prime minister arrives for the summit (AP Photo/Virginia Mayo)",
            "Delegates listen during the opening session 12 March 2024.",
            "Leaders pose for a family photo in Brussels Tuesday, April 6, 2014.",
            "Photo: Reuters",
            "Iran nuclear talks explained Replay More Videos ...",
            "MUST WATCH The talks in two minutes",
            "Updated Police Identify Man, Woman Found Dead in Plano Apartment",
            "Fort Worth May Dry Human Waste and Sell It as Fertilizer",
        ] {
            assert!(
                is_page_debris(caption),
                "not taken for a caption: {caption}"
            );
        }
    }

    #[test]
    fn a_caption_paragraph_with_its_credit_is_debris_as_a_whole() {
        assert!(is_credited_caption(
            "Police guard the entrance to the hall in Geneva. REUTERS/Anna Keller"
        ));
        assert!(!is_credited_caption(
            "Police guard the entrance to the hall in Geneva. Talks resume on Friday."
        ));
    }

    #[test]
    fn statements_with_dates_and_pictures_are_not_debris() {
        for statement in [
            "The ministers met in Geneva on April 6, 2014.",
            "The ceasefire has held since 12 March 2024.",
            "Kyiv said the photos showed Russian armour crossing the border.",
            "The talks, first held in 2019, resumed in Vienna.",
            "The agreement was signed April 6, 2014, and ratified a year later.",
            "“We will not give in,” she said on 12 March 2024.",
            "The deal was concluded December 28, 2018.",
            "The vote is scheduled for Sunday, March 3, 2024.",
            "A replay of the match showed more videos of the goal.",
            "Vladimir Putin and Narendra Modi agreed to expand trade in New Delhi",
            "Hostage swap",
        ] {
            assert!(
                !is_page_debris(statement),
                "taken for a caption: {statement}"
            );
        }
    }
}
