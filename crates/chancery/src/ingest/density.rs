//! A second opinion on where a saved page's story is, by text and link density alone.
//!
//! Readability scores containers and keeps one (with its close siblings). That fails in
//! ways a reader never would: a short story (60–90 words) scores below its threshold and
//! comes out empty; a story split by an embedded block (a video, a "read more" box, an
//! advert) comes out as its first part; a page whose main block is a listing gets the
//! listing. This reads the page the other way round: the text of every block element
//! in document order (boilerpipe's "text blocks"), each weighed by what it is (prose
//! counts for its words, a run of links against them, a short label a little against),
//! and the story is the contiguous run of blocks with the greatest weight. A run
//! crosses a small embed or a subhead when the story goes on after it, and a short story
//! among menus is still the heaviest run on its page.
//!
//! The rules are about what a block is (its words, its links, its sentence ending),
//! never about particular sites.

use dom_query::{Document, NodeRef};

/// One block element's own text (not its nested blocks').
#[derive(Debug)]
pub(super) struct TextBlock {
    text: String,
    words: usize,
    linked_words: usize,
    heading: bool,
}

impl TextBlock {
    /// Prose: long enough to be a sentence of the story and ending like one, or too long
    /// to be anything else (an address or a list of tags in one line is 20–30 words).
    fn is_prose(&self) -> bool {
        is_prose(&self.text, self.words)
    }

    fn link_density(&self) -> f64 {
        self.linked_words as f64 / self.words.max(1) as f64
    }

    /// What the block adds to a run that holds it.
    fn weight(&self) -> f64 {
        let words = self.words as f64;
        if self.heading && self.link_density() > 0.5 {
            // A headline that links to another page is a teaser for another story: a
            // story's own subheads never do, so no run crosses one.
            f64::NEG_INFINITY
        } else if self.link_density() > 0.5 {
            // Menus, teasers, tag lists: every linked word counts against.
            -words.max(3.0)
        } else if self.heading {
            // A subhead inside a story costs little; a stack of them (a listing) adds up.
            -1.0
        } else if self.is_prose() {
            words * (1.0 - self.link_density())
        } else {
            // Labels, dates, buttons, credits: crossed when the story goes on.
            -words.min(4.0)
        }
    }
}

/// See [`TextBlock::is_prose`].
fn is_prose(text: &str, words: usize) -> bool {
    (words >= 8 && text.ends_with(['.', '!', '?', '"', '”', '’', ':', ')'])) || words >= 40
}

/// Elements that start a new block of text.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements whose text a reader never sees as text.
const UNREAD_TAGS: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "select", "option",
    "textarea", "button", "iframe", "object", "canvas",
];

/// The blocks of the page's body, in document order.
pub(super) fn text_blocks(document: &Document) -> Vec<TextBlock> {
    let mut reader = BlockReader::default();
    if let Some(body) = document.select("body").nodes().first() {
        reader.read(body);
    }
    reader.flush();
    reader.blocks
}

#[derive(Default)]
struct BlockReader {
    blocks: Vec<TextBlock>,
    text: String,
    linked_words: usize,
    link_depth: usize,
    heading_depth: usize,
}

impl BlockReader {
    /// Walks the tree without recursion (pages nest up to the nesting limit deep).
    fn read(&mut self, root: &NodeRef) {
        enum Step<'a> {
            Enter(NodeRef<'a>),
            Leave(&'static str),
        }
        let mut pending = vec![Step::Enter(*root)];
        while let Some(step) = pending.pop() {
            match step {
                Step::Leave(tag) => self.leave(tag),
                Step::Enter(node) if node.is_text() => self.push_text(&node.text()),
                Step::Enter(node) if node.is_element() => {
                    let name = node.node_name().unwrap_or_default();
                    if UNREAD_TAGS.contains(&&*name) {
                        continue;
                    }
                    let tag = self.enter(&name);
                    pending.push(Step::Leave(tag));
                    pending.extend(node.children_it(true).map(Step::Enter));
                }
                Step::Enter(_) => {}
            }
        }
    }

    /// Returns the tag as the walk must see it when leaving ("" for inline elements).
    fn enter(&mut self, name: &str) -> &'static str {
        if let Some(tag) = BLOCK_TAGS.iter().find(|tag| **tag == name) {
            self.flush();
            if is_heading(tag) {
                self.heading_depth += 1;
            }
            tag
        } else if name == "a" {
            self.link_depth += 1;
            "a"
        } else {
            ""
        }
    }

    fn leave(&mut self, tag: &'static str) {
        match tag {
            "" => {}
            "a" => self.link_depth -= 1,
            block => {
                self.flush();
                if is_heading(block) {
                    self.heading_depth -= 1;
                }
            }
        }
    }

    fn push_text(&mut self, text: &str) {
        if self.link_depth > 0 {
            self.linked_words += text.split_whitespace().count();
        }
        self.text.push_str(text);
    }

    fn flush(&mut self) {
        let text = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.text.clear();
        let linked_words = std::mem::take(&mut self.linked_words);
        if text.is_empty() {
            return;
        }
        let words = text.split_whitespace().count();
        self.blocks.push(TextBlock {
            text,
            words,
            linked_words: linked_words.min(words),
            heading: self.heading_depth > 0,
        });
    }
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The contiguous run of blocks with the greatest total weight (Kadane's maximum
/// subarray), or nothing when no block is prose.
pub(super) fn heaviest_run(blocks: &[TextBlock]) -> &[TextBlock] {
    let (mut best, mut best_range) = (0.0, 0..0);
    let (mut current, mut start) = (0.0_f64, 0);
    for (i, block) in blocks.iter().enumerate() {
        if current <= 0.0 {
            current = 0.0;
            start = i;
        }
        current += block.weight();
        if current > best {
            best = current;
            best_range = start..i + 1;
        }
    }
    &blocks[best_range]
}

/// Words of prose in the blocks: what a reader would call the page's text.
pub(super) fn prose_words(blocks: &[TextBlock]) -> usize {
    blocks
        .iter()
        .filter(|b| b.is_prose() && b.link_density() <= 0.5)
        .map(|b| b.words)
        .sum()
}

/// Below this many words of prose, Readability's choice is checked against the run.
const SHORT_STORY_WORDS: usize = 150;

/// Prose the run must add to Readability's story to replace it: a story that goes on,
/// not a stray line.
const MIN_ADDED_WORDS: usize = 20;

/// Readability's story where it is sound. Where it found nothing, or a story shorter
/// than a short article, or a small part of the page's prose, the heaviest run replaces
/// it when the run adds prose Readability's choice lacks (the rest of a story cut at an
/// embed, a short story Readability missed), or when the run holds all of that choice's
/// prose and that choice is mostly something else (a listing beside the story).
pub(super) fn second_opinion(main: Vec<String>, blocks: &[TextBlock]) -> Vec<String> {
    let (mut main_prose, mut main_other) = (0, 0);
    for line in &main {
        let words = line.split_whitespace().count();
        if is_prose(line, words) {
            main_prose += words;
        } else {
            main_other += words;
        }
    }
    let doubtful = main_prose < SHORT_STORY_WORDS || main_prose * 2 < prose_words(blocks);
    if !doubtful {
        return main;
    }
    let run = heaviest_run(blocks);
    let kept = main.join("\n");
    let added: usize = run
        .iter()
        .filter(|block| block.is_prose() && !kept.contains(&block.text))
        .map(|block| block.words)
        .sum();
    let run_text: Vec<&str> = run.iter().map(|block| block.text.as_str()).collect();
    let run_text = run_text.join("\n");
    let holds_main_prose = main
        .iter()
        .filter(|line| is_prose(line, line.split_whitespace().count()))
        .all(|line| run_text.contains(line.as_str()));
    let better = if main_prose == 0 {
        added > 0
    } else {
        added >= MIN_ADDED_WORDS.max(main_prose / 2)
            || (holds_main_prose && main_other > main_prose)
    };
    if !better {
        return main;
    }
    // Inside the run, a block that is mostly links (a crossed embed or "read more" box)
    // is still not story text.
    run.iter()
        .filter(|block| block.link_density() <= 0.5)
        .map(|block| block.text.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(html: &str) -> Vec<String> {
        let document = Document::from(html);
        let blocks = text_blocks(&document);
        heaviest_run(&blocks)
            .iter()
            .map(|b| b.text.clone())
            .collect()
    }

    const MENU: &str = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li>\
        <li><a href='/b'>Business</a></li><li><a href='/s'>Sport</a></li></ul></nav>";

    #[test]
    fn a_short_story_among_menus_is_found() {
        let html = format!(
            "<body>{MENU}<div><h1>Port reopens</h1><p>The port of Odesa reopened on Monday after a week of repairs, officials said.</p>\
             <p>Ships waiting offshore began to dock in the afternoon.</p></div>\
             <ul><li><a href='/1'>Another story about something else entirely</a></li>\
             <li><a href='/2'>And one more story about other things</a></li></ul></body>"
        );
        assert_eq!(
            story(&html),
            [
                "The port of Odesa reopened on Monday after a week of repairs, officials said.",
                "Ships waiting offshore began to dock in the afternoon."
            ]
        );
    }

    #[test]
    fn the_story_goes_on_after_an_embedded_block() {
        let paragraph = "<p>The ministers discussed the corridor, the insurance of ships and the inspection regime at length.</p>";
        let html = format!(
            "<body>{MENU}<div class='part'>{paragraph}{paragraph}</div>\
             <div class='embed'><span>Watch</span><a href='/v'>Video: the port</a></div>\
             <div class='part'>{paragraph}<h2>What next</h2>{paragraph}</div>{MENU}</body>"
        );
        let found = story(&html);
        assert_eq!(found.len(), 6, "{found:?}");
        assert_eq!(found[5], found[0]);
    }

    #[test]
    fn a_listing_does_not_outweigh_a_paragraph_of_prose() {
        let listing: String = (1..=12)
            .map(|day| format!("<li><a href='/e{day}'>Concert {day} May</a> <span>7pm</span></li>"))
            .collect();
        let html = format!(
            "<body><ul class='calendar'>{listing}</ul><div><p>The city's summer festival opens on 1 May with a programme of forty concerts in three parks, the organisers said on Tuesday, and tickets go on sale next week.</p></div></body>"
        );
        let found = story(&html);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("The city's summer festival"));
    }

    #[test]
    fn hidden_text_and_scripts_are_not_blocks() {
        let document = Document::from(
            "<body><script>var a = 'not text';</script><p>Seen. <a>linked words</a></p></body>",
        );
        let blocks = text_blocks(&document);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text, "Seen. linked words");
        assert_eq!(blocks[0].linked_words, 2);
    }
}
