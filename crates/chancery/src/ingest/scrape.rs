//! Plain-text and Markdown scrapes, and the boilerplate rules every format shares.
//!
//! A scrape is a run of blocks: a header (dateline, "2 mins read", title, byline), the
//! story, then site furniture ("Previous Story", "Latest from…", teasers of other
//! stories, "Go to top", "Don't Miss"). The story ends at the first furniture marker;
//! everything after it belongs to other stories and must never reach a briefing.

use std::sync::LazyLock;

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use regex::Regex;

use crate::{Article, Date, Field};

// Word boundaries in these rules are ASCII (`(?-u:\b)`): every word they look for is
// ASCII, and a Unicode `\b` sends the regex crate to its slow PikeVM on any non-ASCII
// text (measured: 12% of extraction time on the benchmark pages).

/// Lines that end the story: what follows is navigation, tags or readers' comments.
static END_OF_STORY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            (previous|next|prev\.?)\s+(story|article|post|news)
          | (leave\s+a\s+(reply|comment)|comments?\s*(\(\d+\))?|post\s+a\s+comment)\s*:?
          | (reader\s+)?(comments?|responses|reactions)\s*(\(\d+\))?\s*:?
          | \d+\s+(comments?|responses?|replies|reactions)(\s+to\s.*)?
          | join\s+the\s+(discussion|conversation)(?-u:\b).*
          | (show|view|load|read)\s+(all\s+)?(\d+\s+)?(comments?|responses|replies)(?-u:\b).*
          | what\s+(readers|you)\s+(say|think)\s*:?
          | tags?\s*:.*
        )$",
    )
    .expect("valid regex")
});

/// Headings of a box of other stories' links ("Don't miss", "Related", "More from …").
/// After the story such a box starts the page's furniture; pages also set one inside
/// the story, and the story goes on after it (see [`story_goes_on`]).
static BOX_OF_LINKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            latest\s+(from|news|stories)(?-u:\b).*
          | don[’']?t\s+miss(?-u:\b).*
          | related\s*(stories|articles|news|posts|content|coverage)?\s*:?
          | (you\s+)?(may|might)\s+also\s+(like|read)(?-u:\b).*
          | more\s+(from|stories|news|on\s+this)(?-u:\b).*
          | more\s+(\S+\s+){0,3}stories\s*:?
          | (most\s+(read|popular|viewed)|trending(\s+now)?|recommended(\s+for\s+you)?|top\s+stories)\s*:?
        )$",
    )
    .expect("valid regex")
});

/// Blocks a box of links inside a story takes at most: its heading and a few headlines.
const INLINE_BOX_BLOCKS: usize = 4;

/// Whether the story goes on after a box of links starting at `at`: within a few blocks
/// of headlines (no sentence of prose among them), two paragraphs of prose follow in a
/// row. Returns the index where the story resumes. A box at the end of a story is
/// followed by more headlines, teasers whose summaries alternate with headlines, or
/// the page's footer, never by two paragraphs running.
fn story_goes_on(texts: &[&str], at: usize) -> Option<usize> {
    let is_story_paragraph = |text: &str| {
        text.split_whitespace().take(12).count() >= 12
            && text.ends_with(['.', '!', '?', '"', '”', '’'])
    };
    let resume = (at + 1..texts.len().min(at + 2 + INLINE_BOX_BLOCKS))
        .find(|&i| is_story_paragraph(texts[i]))?;
    let two_running = texts.get(resume + 1).is_some_and(|t| is_story_paragraph(t));
    two_running.then_some(resume)
}

/// Lines that are furniture wherever they stand, but do not end the story.
static NOISE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            \d+\s*(min|mins|minutes?)(\s+read)?
          | go\s*to\s*top | back\s+to\s+top | scroll\s+to\s+top
          | advertisement | sponsored | skip\s+to\s+(main\s+)?content
          | share(\s+this(\s+(article|story|post))?)?(\s+on\s+\w+)?\s*:? | share\s+via.*
          | (click|tap)\s+here(?-u:\b).* | follow\s+us\s+on(?-u:\b).* | sign\s+up(?-u:\b).* | subscribe(?-u:\b).*
          | (also\s+read|read\s+(more|also)|see\s+(more|also))\s*[:|-].* | read\s+more
          | (related|watch|listen)\s*:.{0,150}
          | citation\s*:.* | source\s*:.{0,40}
          | (©|\(c\)|copyright(?-u:\b)).{0,200} | .*(?-u:\b)all\s+rights\s+reserved(?-u:\b).{0,40}
          | this\s+(document|article|content|material)\s+(is\s+subject\s+to|is\s+protected\s+by)\s+copyright.*
          | this\s+(post|article|page)\s+(may\s+)?contains?\s+affiliate.*
          | .*(?-u:\b)contributed(\s+reporting)?\s+(to\s+)?(this|the)\s+(report|story|article)\.?
          | like\s+this\s+(story|article)\?.* | also\s+on\s+\S+\.[a-z]{2,}(?-u:\b).*
          | .*(?-u:\b)we\s+use\s+cookies(?-u:\b).* | .*(?-u:\b)accept\s+(all\s+)?cookies(?-u:\b).*
          | .*(?-u:\b)(subscribe|log\s*in|sign\s+in)\s+to\s+(continue|read)(?-u:\b).*
          | print | email | whatsapp | facebook | twitter | linkedin | telegram
          | .*(?-u:\b)(sign\s+up|subscribe|register)(?-u:\b).{0,80}(?-u:\b)newsletters?(?-u:\b).*
          | .*(?-u:\b)newsletters?(?-u:\b).{0,80}(?-u:\b)(sign\s+up|subscribe)(?-u:\b).*
          | [-—–]?\s*(the\s+)?(associated\s+press|reuters|afp|agence\s+france-presse|bloomberg|dpa|xinhua|anadolu(\s+agency)?|kyodo(\s+news)?|yonhap|pti|ians)\.?
        )$",
    )
    .expect("valid regex")
});

/// A photo's caption, by the way captions are written: "In this Dec. 12, 2006, file photo,
/// …", "In this picture taken on …", "This undated handout photo shows …", "FILE PHOTO: …",
/// "Image: …", or a sentence ending in the photo's credit "(AP Photo/Evan Vucci)",
/// "(NASA via AP, File)". Never the story, in any format.
static CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(
            in\s+this\s+((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+|\d{1,4},?\s+
              |(file|undated|handout|aerial|satellite|combination|combo|archive|still|video)\s+)*
              (photo|photograph|picture|image|handout|grab|screen\s*grab|frame\s+grab)s?(?-u:\b).*
          | (this|an?|the)\s+(undated\s+)?(handout\s+)?(file\s+)?(photo|photograph|picture|image)\s+(taken|released|provided|made\s+available|obtained|shows)(?-u:\b).*
          | picture\s+taken(?-u:\b).*
          | (file\s+photo|file\s+picture|photo(graph)?|picture|image|pictured|illustration|(photo\s+)?credit)\s*[:|]\s.*
          | .*\((?:[^()]*(?-u:\b)(?:photo|photograph|pictures?|images?)(?-u:\b)[^()]*|[^()]*(?-u:\b)via\s+AP(?-u:\b)[^()]*|[^()]*,\s*file)\)
        )$",
    )
    .expect("valid regex")
});

/// "…reports Asian Lite News" / "…writes Manoj Menon" at the end of a paragraph.
static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:…|\.{2,}|[.!?”\s])\s*(reports|writes)\s+((?:[A-Z][\w&’'.-]*)(?:\s+(?:[A-Z][\w&’'.-]*|of|the|and|&)){0,5})\s*$",
    )
    .expect("valid regex")
});

/// A publication stamp the page shows beside the story: "Updated at 1:23 p.m.",
/// "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: …". Short, labelled, with a number.
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\|?\s*(last\s+updated|first\s+published|published|updated|posted)(?-u:\b)[^\n]{0,100}\d[^\n]{0,60}$")
        .expect("valid regex")
});

/// How many blocks into the story a byline or stamp may still appear (after a dek).
const HEADER_REACH: usize = 4;

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:by)\s+(\p{Lu}[\p{L}.’'-]+(?:\s+(?:\p{Lu}[\p{L}.’'-]*|and|&|de|van|der|bin|al-\p{L}+))*)\s*$")
        .expect("valid regex")
});

/// A byline with the writer's desk, "By" or not: "Julian Borger, World affairs editor",
/// "Jane Smith, Europe correspondent, in Brussels", "By Claire Ndayishimiye, East Africa
/// correspondent".
static DESK_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:by)\s+)?(\p{Lu}[\p{L}.’'-]+(?:\s+\p{Lu}[\p{L}.’'-]+){1,3}),\s+(?:[\p{L}’'-]+\s+){0,4}(?i:editor|correspondent|reporter|writer|columnist|journalist|contributor)s?(?:,?\s+in\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})?$")
        .expect("valid regex")
});

/// Two writers' names alone on a line under the headline, without "By": "Kate Holton
/// and Paul Sandle". Each of two or three capitalised words, nothing else.
static PAIR_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+){1,2}\s+(?:and|&)\s+\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]+){1,2})$")
        .expect("valid regex")
});

/// A plain-text scrape: one block per paragraph (blank-line separated; single lines
/// that stand alone, such as "Previous Story", are blocks of their own).
pub(super) fn from_text(file: &str, text: &str) -> Article {
    let mut blocks = Vec::new();
    for paragraph in crate::article::paragraphs(text) {
        let mut current = String::new();
        for line in paragraph.lines().map(str::trim) {
            if line.is_empty() {
                continue;
            }
            // Join hard-wrapped lines; keep short unpunctuated lines (headings, menu
            // items) apart so the rules below see them alone.
            // "Doha deal raises hopes, and doubts, in eastern Congo" over its standfirst:
            // a headline-shaped first line of the file, then a capitalised line, is
            // the title on its own.
            let headline_first = blocks.is_empty()
                && is_headline_shaped(&current)
                && line.starts_with(char::is_uppercase);
            let ends_unit = current.ends_with(['.', '!', '?', '"', '”', '’', ':'])
                || stands_alone(&current)
                || stands_alone(line)
                || headline_first;
            if !current.is_empty() && ends_unit {
                blocks.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
        if !current.is_empty() {
            blocks.push(current);
        }
    }
    clean(file, blocks.into_iter().map(Block::plain).collect())
}

/// A Markdown scrape: headings, paragraphs and list items become blocks; markup and
/// link targets are dropped, link texts kept.
pub(super) fn from_markdown(file: &str, text: &str) -> Article {
    let mut blocks = Vec::new();
    let mut current = String::new();
    let mut heading = None;
    for event in Parser::new(text) {
        match event {
            Event::Text(t) | Event::Code(t) => current.push_str(&t),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            Event::Start(Tag::Heading { level, .. }) => heading = Some(level),
            Event::End(TagEnd::Heading(_) | TagEnd::Paragraph | TagEnd::Item) => {
                let text = std::mem::take(&mut current).trim().to_owned();
                if !text.is_empty() {
                    blocks.push(Block {
                        text,
                        is_main_heading: heading.take() == Some(HeadingLevel::H1),
                    });
                }
            }
            Event::Start(Tag::Image { .. }) => current.push('\u{0}'),
            Event::End(TagEnd::Image) => {
                // Alt text of images is not part of the story.
                if let Some(at) = current.rfind('\u{0}') {
                    current.truncate(at);
                }
            }
            _ => {}
        }
    }
    clean(file, blocks)
}

/// Blocks of story text pulled from a web page, cleaned by the same rules.
pub(super) fn from_blocks(file: &str, blocks: Vec<String>) -> Article {
    clean(file, blocks.into_iter().map(Block::plain).collect())
}

pub(super) struct Block {
    text: String,
    is_main_heading: bool,
}

impl Block {
    pub(super) fn plain(text: String) -> Self {
        Self {
            text,
            is_main_heading: false,
        }
    }

    /// The document's own headline (a Markdown `#`, a Word "Title" paragraph).
    pub(super) fn heading(text: String) -> Self {
        Self {
            text,
            is_main_heading: true,
        }
    }

    pub(super) fn is_heading(&self) -> bool {
        self.is_main_heading
    }
}

fn stands_alone(line: &str) -> bool {
    // (Counted no further than needed: most lines are whole paragraphs.)
    let words = line.split_whitespace().take(11).count();
    (1..=10).contains(&words)
        && !line.ends_with([',', ';', '-', '.', '!', '?'])
        && !line.ends_with(|c: char| c.is_lowercase())
        || END_OF_STORY.is_match(line)
        || BOX_OF_LINKS.is_match(line)
        || NOISE_LINE.is_match(line)
        || BYLINE.is_match(line)
        || (line.len() < 60 && is_dateline(line).is_some())
}

/// "Updated …", "Last updated …": when the story changed, kept apart from publication.
fn is_update(text: &str) -> bool {
    let lower = text.trim_start_matches(['|', ' ']).to_lowercase();
    lower.starts_with("updated") || lower.starts_with("last updated")
}

/// A wire dateline's place: "NEW DELHI, " before the date, in Latin capitals (every
/// script's capitals repeated forty times took 6 ms to compile).
static DATELINE_PLACE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\p{Lu}[A-ZÀ-ÖØ-ÞĀ-ɏ .’'-]{1,40},\s*").expect("valid regex"));

/// A dateline: a date alone, after a label ("Updated: August 6, 2025") or after a wire
/// dateline's place ("NEW DELHI, 7 August 2025").
fn is_dateline(text: &str) -> Option<Date> {
    let text = DATELINE_PLACE
        .find(text)
        .map_or(text, |place| &text[place.end()..]);
    let labels = [
        "last updated",
        "updated",
        "published",
        "posted",
        "first published",
    ];
    let lower = text.to_lowercase();
    let unlabelled = labels
        .iter()
        .find(|label| lower.starts_with(*label))
        .map_or(text, |label| {
            text[label.len()..].trim_start_matches([':', ' ', '-'])
        });
    Date::parse_human(unlabelled)
}

/// A body paragraph, as opposed to a heading, a label or a menu item.
fn is_prose(text: &str) -> bool {
    text.split_whitespace().take(12).count() >= 12 || text.ends_with(['.', '!', '?', '”', '"'])
}

/// A first line written as a headline, however long: no sentence's closing mark, few
/// enough words ("EU leaders agree 50 billion euro Ukraine aid package after Orban drops
/// veto" has thirteen, which a line of prose may too, but prose ends with its mark).
fn is_headline_shaped(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    // "… its advertiser. All opinions …": two sentences are no headline ("U.S. envoy"
    // is one).
    let sentence_break = words.windows(2).any(|pair| {
        let before = pair[0].trim_end_matches(['.', '!', '?']);
        pair[0] != before
            && before.chars().count() >= 3
            && before.ends_with(char::is_lowercase)
            && pair[1].starts_with(char::is_uppercase)
    });
    (1..=20).contains(&words.len())
        && text.starts_with(char::is_uppercase)
        && !text.ends_with(['.', '!', '?', '”', '"', ':', ',', ';'])
        && !sentence_break
}

/// A headline in capitals inside the story ("TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS…"):
/// a link to another story, set the way some sites set them. Shorter capitals are more
/// often the story's own subheads ("FORD MUSTANG MACH E").
fn is_shouted_headline(text: &str) -> bool {
    text.split_whitespace().take(6).count() >= 6
        && text.chars().any(char::is_uppercase)
        && !text.chars().any(char::is_lowercase)
        && !text.ends_with(['.', '!', '?'])
}

pub(super) fn clean(file: &str, blocks: Vec<Block>) -> Article {
    let mut title = None;
    let mut published = None;
    let mut modified = None;
    let mut authors = Vec::new();
    let mut outlet = None;
    let mut body: Vec<String> = Vec::new();

    let blocks: Vec<Block> = blocks
        .into_iter()
        .filter(|block| !block.text.trim().is_empty())
        .collect();
    let texts: Vec<&str> = blocks.iter().map(|block| block.text.trim()).collect();
    let mut resume_at = 0;
    for (at, block) in blocks.iter().enumerate() {
        if at < resume_at {
            continue;
        }
        let text = texts[at];
        if !body.is_empty() && END_OF_STORY.is_match(text) {
            break;
        }
        if !body.is_empty() && BOX_OF_LINKS.is_match(text) {
            match story_goes_on(&texts, at) {
                Some(resume) => {
                    resume_at = resume;
                    continue;
                }
                None => break,
            }
        }
        if NOISE_LINE.is_match(text)
            || CAPTION.is_match(text)
            || (!body.is_empty() && is_shouted_headline(text))
        {
            continue;
        }
        // A stamp anywhere, or a short dateline in the header, is a date, not story.
        let is_stamp = STAMP.is_match(text) && text.len() <= 120;
        // (After a dek too: "Wed 13 Mar 2024 07.00 GMT" under the standfirst.)
        let header_date =
            body.len() <= HEADER_REACH && text.len() < 60 && is_dateline(text).is_some();
        if is_stamp || header_date {
            let date = is_dateline(text).map(|date| Field::new(date, "dateline"));
            if is_update(text) {
                modified = modified.or(date);
            } else if published.is_none() {
                published = date;
            }
            continue;
        }
        // Still in the header: dateline, title, byline come before the story; a dek
        // may come first, and the byline then follows it.
        if body.len() <= HEADER_REACH {
            let byline = BYLINE.captures(text).or_else(|| {
                title.as_ref().and_then(|_| {
                    DESK_BYLINE
                        .captures(text)
                        .or_else(|| PAIR_BYLINE.captures(text))
                })
            });
            if let Some(caps) = byline {
                authors.push(Field::new(caps[1].to_owned(), "byline"));
                continue;
            }
        }
        if body.is_empty() {
            if title.is_none()
                && (block.is_main_heading || !is_prose(text) || is_headline_shaped(text))
                && text.len() <= 200
            {
                let found_in = if block.is_main_heading {
                    "first heading"
                } else {
                    "first line"
                };
                title = Some(Field::new(text.to_owned(), found_in));
                continue;
            }
            if !is_prose(text) {
                // A label or a stray menu item before the story starts.
                continue;
            }
        }
        // Searched from the paragraph's end; most paragraphs lack the words it needs.
        let may_credit = text.contains("reports") || text.contains("writes");
        if body.len() < 3 && may_credit {
            if let Some(caps) = ATTRIBUTION.captures(text) {
                let name = caps[2].trim_end_matches('.').to_owned();
                if &caps[1] == "reports" && outlet.is_none() {
                    outlet = Some(Field::new(name, "attribution line"));
                } else if &caps[1] == "writes" {
                    authors.push(Field::new(name, "attribution line"));
                }
            }
        }
        body.push(text.to_owned());
    }

    let mut article = Article::new(file, &body);
    article.title = title;
    article.published = published;
    article.modified = modified;
    article.authors = authors;
    article.outlet = outlet;
    article
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRAPE: &str = "August 6, 2025\n2 mins read\n\nIndia, Russia Hold Strategic Talks\n\n\
        Russia’s Deputy Defence Minister Aleksandr Fomin met Indian Ambassador Vinay Kumar on Wednesday to discuss defence….reports Asian Lite News\n\n\
        The meeting took place in a warm and friendly atmosphere, the ministry said.\n\n\
        Previous Story\n\nChina, Pakistan Men Join Russia in War: Zelensky\n\nNext Story\n\n\
        Latest from -Top News\n\nEngland tearaway Jofra Archer believes\nGo toTop\n\nDon't Miss\n\nKCR to meet Nitish in Patna";

    #[test]
    fn a_desk_byline_and_a_stamped_date_under_the_dek_are_header() {
        let page = "UN court tells Baku to let aid through Lachin corridor\n\n\
            Ruling is a diplomatic setback for President Ilham Aliyev, though the court cannot enforce it\n\n\
            Julian Borger, World affairs editor\n\
            Wed 13 Mar 2024 07.00 GMT\n\n\
            The United Nations' highest court has told Azerbaijan to let people and cargo through.\n\n\
            Photograph: Anatoly Maltsev/EPA\n\n\
            Laurence Broers, an associate fellow at Chatham House, said the order changed little.";
        let article = from_text("g.txt", page);
        let authors: Vec<&str> = article.authors.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(authors, ["Julian Borger"]);
        let pair = from_text(
            "g.txt",
            "UK regulator kills the deal\n\nKate Holton and Paul Sandle\n\n\
             The regulator has blocked the acquisition of the games maker on Wednesday.",
        );
        let authors: Vec<&str> = pair.authors.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(authors, ["Kate Holton and Paul Sandle"]);
        // "By" before a name with its desk is not part of the name.
        let by = from_text(
            "g.txt",
            "Doha deal raises hopes\n\nBy Claire Ndayishimiye, East Africa correspondent\n\n\
             Congo's government and the rebels signed a framework on Saturday.",
        );
        let authors: Vec<&str> = by.authors.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(authors, ["Claire Ndayishimiye"]);
        assert_eq!(
            article.published.map(|d| d.value),
            Some(Date::new(2024, 3, 13).unwrap())
        );
        let body = &article.text;
        assert!(!body.contains("Borger") && !body.contains("GMT") && !body.contains("Photograph"));
        // A name and an office in prose are no byline.
        assert!(body.contains("Laurence Broers"));
    }

    #[test]
    fn header_gives_title_date_and_outlet() {
        let article = from_text("a.txt", SCRAPE);
        assert_eq!(
            article.title.unwrap().value,
            "India, Russia Hold Strategic Talks"
        );
        assert_eq!(
            article.published.unwrap().value,
            Date::new(2025, 8, 6).unwrap()
        );
        let outlet = article.outlet.unwrap();
        assert_eq!(outlet.value, "Asian Lite News");
        assert_eq!(outlet.found_in, "attribution line");
    }

    #[test]
    fn a_long_headline_on_the_first_line_is_the_title_and_two_sentences_are_not() {
        let article = from_text(
            "a.txt",
            "EU leaders agree 50 billion euro Ukraine aid package after Orban drops veto\n\n\
             BRUSSELS, Feb 1 (Reuters) - European Union leaders agreed on Thursday to a \
             support package for Ukraine.\n",
        );
        assert_eq!(
            article.title.unwrap().value,
            "EU leaders agree 50 billion euro Ukraine aid package after Orban drops veto"
        );
        assert!(article.text.starts_with("BRUSSELS"), "{}", article.text);
        let article = from_text(
            "b.txt",
            "This shop has been compensated by its advertiser. All opinions are mine alone \
             #ad\n\nWhen you live in a state as beautiful as Colorado it is hard to stay in.\n",
        );
        assert!(article.title.is_none(), "{:?}", article.title);
    }

    #[test]
    fn a_headline_right_above_its_standfirst_is_the_title() {
        let article = from_text(
            "c.txt",
            "Doha deal raises hopes, and doubts, in eastern Congo\n\
             Congo and the rebels agreed a framework in Qatar. Fighters are not convinced.\n\n\
             Congo's government and the rebel alliance signed a framework on Saturday.\n",
        );
        assert_eq!(
            article.title.map(|t| t.value).as_deref(),
            Some("Doha deal raises hopes, and doubts, in eastern Congo")
        );
        // A paragraph hard-wrapped after its first line stays one paragraph.
        let wrapped = from_text(
            "d.txt",
            "Congo and the rebels agreed a framework in Doha on Saturday after months of\n\
             talks mediated by Qatar, officials said.\n",
        );
        assert!(wrapped.text.contains("months of talks"), "{}", wrapped.text);
    }

    #[test]
    fn boilerplate_after_previous_story_is_dropped() {
        let article = from_text("a.txt", SCRAPE);
        for junk in [
            "Previous Story",
            "Zelensky",
            "Jofra Archer",
            "Go toTop",
            "KCR",
            "2 mins read",
        ] {
            assert!(
                !article.text.contains(junk),
                "{junk} leaked into: {}",
                article.text
            );
        }
        assert_eq!(article.text.split("\n\n").count(), 2);
    }

    #[test]
    fn a_heading_over_reader_responses_ends_the_story() {
        for heading in [
            "3 Responses",
            "12 comments",
            "Reader comments",
            "Comments (4)",
            "Join the discussion",
            "View all 27 comments",
            "What readers say",
        ] {
            assert!(END_OF_STORY.is_match(heading), "{heading}");
        }
        // Words of the story itself that begin the same way.
        for line in [
            "Responses from governments were mixed, officials said.",
            "Comments by the minister drew criticism.",
        ] {
            assert!(!END_OF_STORY.is_match(line), "{line}");
        }
    }

    #[test]
    fn a_box_of_links_inside_the_story_is_dropped_and_the_story_goes_on() {
        let paragraph = "Officials said the talks on the corridor would resume in Istanbul next week, with insurers present.";
        let text = format!(
            "Corridor talks resume\n\n{paragraph}\n\nDON'T MISS\n\nChina furious at Macron [INSIGHT] Lakers vs Nets [VIDEO]\n\n{paragraph}\n\n{paragraph}\n\nRelated stories\n\nAnother story entirely\n\nOne more teaser here"
        );
        let article = from_text("a.txt", &text);
        assert_eq!(article.text.split("\n\n").count(), 3, "{}", article.text);
        for gone in ["DON'T MISS", "Macron", "Related", "teaser"] {
            assert!(!article.text.contains(gone), "{gone} in {}", article.text);
        }
    }

    #[test]
    fn captions_are_known_by_how_they_are_written() {
        for caption in [
            "In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr. takes part in a space walk. (NASA via AP, File)",
            "In this picture taken on March 3, officials inspect the port.",
            "This undated handout photo shows the submarine at sea.",
            "FILE PHOTO: Ministers arrive for talks in Geneva, March 3, 2025.",
            "Image: the minister at the podium",
            "Photograph: Anatoly Maltsev/EPA",
            "Credit: Reuters",
            "President Lula speaks in Brasilia on Tuesday. (AP Photo/Eraldo Peres)",
        ] {
            assert!(CAPTION.is_match(caption), "{caption}");
        }
        for story in [
            "In this case, the ministry said, the photos were never published.",
            "The photo agency said on Monday it would appeal (a decision expected soon).",
            "He was pictured leaving the embassy on Tuesday, witnesses said.",
            "Credit rating agencies said: the outlook is negative.",
        ] {
            assert!(!CAPTION.is_match(story), "{story}");
        }
    }

    #[test]
    fn newsletter_promos_and_bare_agency_credits_are_noise() {
        for line in [
            "There's plenty more where that came from. Sign up for The Daily Brief today to get the free newsletter.",
            "Associated Press writer Matt O'Brien in Providence, Rhode Island, contributed to this report.",
            "Jane Doe contributed reporting to this story.",
            "The Associated Press",
            "— Reuters",
        ] {
            assert!(NOISE_LINE.is_match(line), "{line}");
        }
        assert!(!NOISE_LINE.is_match("Reuters reported on Monday that the talks had stalled."));
        assert!(!NOISE_LINE.is_match(
            "The ministry said the grant contributed to the report's findings on water."
        ));
    }

    #[test]
    fn labelled_datelines_are_read() {
        let expected = Date::new(2025, 8, 6);
        for line in [
            "August 6, 2025",
            "Updated August 6, 2025",
            "Published: 6 August 2025",
            "Last updated - 2025-08-06",
            "NEW DELHI, 6 August 2025",
        ] {
            assert_eq!(is_dateline(line), expected, "{line}");
        }
        assert_eq!(is_dateline("Updated daily"), None);
    }

    #[test]
    fn bylines_and_stamps_after_a_dek_are_metadata_not_story() {
        let blocks = [
            "China sends troops",
            "The suspect confessed and the jury took just fifteen minutes to find him guilty of every charge.",
            "By Scott Gordon",
            "PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019",
            "The trial in Fort Worth ended on Monday after three days of testimony from witnesses.",
            "SEE MORE: Hong Kong protests: 800 students under siege in university",
            "Updated at 1:23 p.m.",
            "Prosecutors said they would ask for the maximum sentence at a hearing next month.",
        ];
        let article = from_blocks(
            "page.html",
            blocks.iter().map(|b| (*b).to_owned()).collect(),
        );
        assert_eq!(article.authors[0].value, "Scott Gordon");
        let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
        assert!(paragraphs[1].starts_with("The trial in Fort Worth"));
        assert!(paragraphs[2].starts_with("Prosecutors said"));
    }

    #[test]
    fn capitalised_teasers_and_copyright_lines_are_dropped() {
        let blocks = [
            "Swift cleared to perform",
            "Taylor Swift will perform her hits at the awards on Sunday, her label said in a statement.",
            "TAYLOR SWIFT'S FORMER LABEL BOSS BLASTS HER CLAIMS",
            "FORD MUSTANG MACH E",
            "The dispute began in June when the catalogue was sold to a holding company.",
            "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced.",
            "© 2019 Example Media. All rights reserved.",
        ];
        let article = from_blocks(
            "page.html",
            blocks.iter().map(|b| (*b).to_owned()).collect(),
        );
        let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{paragraphs:?}");
        assert_eq!(
            paragraphs[1], "FORD MUSTANG MACH E",
            "a short subhead stays"
        );
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let article = from_text(
            "w.txt",
            "Title Here\n\nThe minister said the talks\nwould continue next week in\nGeneva with both sides.\n",
        );
        assert_eq!(
            article.text,
            "The minister said the talks would continue next week in Geneva with both sides."
        );
    }

    #[test]
    fn markdown_scrape_keeps_story_and_drops_links_and_furniture() {
        let md = "# Summit Ends\n\nBy Jane Doe\n\nLeaders met in [Geneva](https://example.org) on Monday to sign the accord.\n\n\
                  ![photo](x.jpg)\n\n## Related stories\n\n- [Other story](https://example.org/2)\n";
        let article = from_markdown("s.md", md);
        assert_eq!(article.title.unwrap().found_in, "first heading");
        assert_eq!(article.authors[0].value, "Jane Doe");
        assert_eq!(
            article.text,
            "Leaders met in Geneva on Monday to sign the accord."
        );
    }

    #[test]
    fn writes_attribution_is_an_author_not_an_outlet() {
        let article = from_text(
            "m.txt",
            "Multi-alignment\n\nNew Delhi taps Europe for co-development and clean tech, writes Manoj Menon\n",
        );
        assert_eq!(article.authors[0].value, "Manoj Menon");
        assert!(article.outlet.is_none());
    }
}
