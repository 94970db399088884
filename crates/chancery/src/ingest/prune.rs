//! Page furniture removed before Readability scores a saved page: captions and photo
//! credits, galleries, share bars, teasers of other stories, newsletter boxes, cookie
//! and paywall notices. Readability keeps them when they sit inside the article's
//! container, and they were the largest source of extra text on the extraction
//! benchmark (precision 0.921 before this step).
//!
//! The rules are about what an element is (its tag, `aria-hidden`, the words in its
//! class and id), never about particular sites. An element holding a large share of the
//! page's text is never removed, whatever its name, so a container named "share-wrapper"
//! around the whole story survives.

use dom_query::{Document, NodeRef};

/// Elements that never hold the story's running text.
const MEDIA: &str = "body figure, body figcaption, body picture, body video, body audio, \
    body iframe, body button";

/// Elements that usually do not; but whole pages have been wrapped in a `<form>` (ASP.NET)
/// or marked hidden until a script ran, so these get the same share test as names.
const USUALLY_FURNITURE: &str = "body form, body nav, body aside, body dialog, \
    body [aria-hidden='true'], body [hidden], body [role='complementary'], \
    body [role='navigation'], body [role='dialog']";

/// Words in a class or id that name furniture (after splitting "relatedArticles",
/// "share-bar", "photo_credit" into words).
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "breadcrumb",
    "breadcrumbs",
    "caption",
    "carousel",
    "comment",
    "comments",
    "cookie",
    "copyright",
    "credit",
    "credits",
    "disclaimer",
    "gallery",
    "lightbox",
    "modal",
    "newsletter",
    "outbrain",
    "paywall",
    "popular",
    "popup",
    "promo",
    "recirc",
    "recirculation",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "slideshow",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "taboola",
    "teaser",
    "toolbar",
    "trending",
];

/// An element with more than this share of the page's paragraph text is content, not
/// furniture.
const MAX_FURNITURE_SHARE: f64 = 0.3;

/// Removes what is never the story: media, and other stories marked up as articles.
pub(super) fn remove_media(document: &Document) {
    document.select(MEDIA).remove();
    remove_other_stories(document);
}

/// Removes furniture known by its element or name (menus, share bars, captions, teasers,
/// newsletter and paywall boxes): usually right, and sometimes wrong about a short
/// story, which is why the second opinion reads the page before this step.
pub(super) fn remove_furniture(document: &Document) {
    let page_text = paragraph_chars(document.select("body").nodes()) as f64;
    let small = |node: &NodeRef| {
        paragraph_chars(std::slice::from_ref(node)) as f64 <= MAX_FURNITURE_SHARE * page_text
    };
    for node in document.select(USUALLY_FURNITURE).nodes() {
        if small(node) {
            node.remove_from_parent();
        }
    }
    for node in document.select("body [class], body [id]").nodes() {
        if is_named_furniture(node) && small(node) {
            node.remove_from_parent();
        }
    }
    // A short paragraph or list item that is all link is a teaser for another page.
    // (Headings are left: product and section headings are often links to themselves.)
    for node in document.select("body p, body li").nodes() {
        if is_link_teaser(node) {
            node.remove_from_parent();
        }
    }
    // A card of links tucked inside a sentence (a hover card of a person's other
    // stories). Innermost first, so the card goes and the name it hangs on stays: once
    // the card is gone, the spans around it no longer hold its links.
    for node in document.select("body p span").nodes().iter().rev() {
        if is_link_card(node) {
            node.remove_from_parent();
        }
    }
    for node in document.select("body img").nodes() {
        if let Some(holder) = caption_holder(node) {
            if small(&holder) {
                holder.remove_from_parent();
            }
        }
    }
}

/// Links to this many pages make a card of links, not part of a sentence.
const CARD_MIN_LINKS: usize = 3;

fn is_link_card(node: &NodeRef) -> bool {
    let links: Vec<NodeRef> = node
        .descendants_it()
        .filter(|n| n.node_name().is_some_and(|name| &*name == "a"))
        .collect();
    if links.len() < CARD_MIN_LINKS {
        return false;
    }
    let words = node.text().split_whitespace().count();
    let linked: usize = links
        .iter()
        .map(|a| a.text().split_whitespace().count())
        .sum();
    linked * 10 >= words * 9
}

/// Longer than any caption; a block with an image and more text is a story's own.
const CAPTION_MAX_WORDS: usize = 60;

/// An image set in a block of its own with a line of text under it, without `<figure>`:
/// that block is the image and its caption ("In this file photo, …"). An image inside a
/// paragraph is part of the paragraph and is left alone.
fn caption_holder<'a>(image: &NodeRef<'a>) -> Option<NodeRef<'a>> {
    let is_inline = |n: &NodeRef| {
        n.node_name()
            .is_some_and(|name| matches!(&*name, "a" | "span" | "picture" | "noscript"))
    };
    let mut holder = image.parent()?;
    while is_inline(&holder) {
        holder = holder.parent()?;
    }
    let tag = holder.node_name()?;
    if !matches!(&*tag, "div" | "span") {
        return None;
    }
    // One walk that stops as soon as the block is more than a caption: images sit in
    // large containers too, and reading a whole page's text per image was the cost.
    let (mut words, mut paragraphs, mut images) = (0, 0, 0);
    for node in holder.descendants_it() {
        if node.is_text() {
            words += node.text().split_whitespace().count();
        } else {
            match node.node_name().as_deref() {
                Some("p") => paragraphs += 1,
                Some("img") => images += 1,
                _ => {}
            }
        }
        if words > CAPTION_MAX_WORDS || paragraphs > 1 || images > 1 {
            return None;
        }
    }
    (words > 0).then_some(holder)
}

/// Paragraph text an `<article>` holding the headline needs to be the story itself, not
/// a header set apart from the story.
const STORY_MIN_CHARS: usize = 250;

/// Pages mark up each story as an `<article>`: their own, and the "you may also like"
/// stories after it, which Readability otherwise joins to the story as siblings. When
/// the page's headline (its first `<h1>`) sits in an article with a story's worth of
/// text, every `<article>` outside that one is another story.
fn remove_other_stories(document: &Document) {
    let articles = document.select("body article");
    if articles.length() < 2 {
        return;
    }
    let Some(headline) = document.select("body h1").nodes().first().copied() else {
        return;
    };
    let Some(story) = headline
        .ancestors_it(None)
        .find(|node| node.node_name().is_some_and(|name| &*name == "article"))
    else {
        return;
    };
    if paragraph_chars(std::slice::from_ref(&story)) < STORY_MIN_CHARS {
        return;
    }
    for other in articles.nodes() {
        let related = other.id == story.id
            || other.ancestors_it(None).any(|a| a.id == story.id)
            || story.ancestors_it(None).any(|a| a.id == other.id);
        if !related {
            other.remove_from_parent();
        }
    }
}

const TEASER_MAX_WORDS: usize = 25;

fn is_link_teaser(node: &NodeRef) -> bool {
    let text = node.text();
    let words = text.split_whitespace().count();
    if words == 0 || words > TEASER_MAX_WORDS {
        return false;
    }
    let linked: usize = node
        .descendants_it()
        .filter(|n| n.node_name().is_some_and(|name| &*name == "a"))
        .map(|a| a.text().split_whitespace().count())
        .sum();
    linked * 10 >= words * 9
}

/// Characters of `<p>` text under the nodes: prose, not scripts, menus or JSON.
fn paragraph_chars(nodes: &[NodeRef]) -> usize {
    nodes
        .iter()
        .flat_map(|node| node.descendants_it())
        .filter(|n| n.node_name().is_some_and(|name| &*name == "p"))
        .map(|p| p.text().len())
        .sum()
}

fn is_named_furniture(node: &NodeRef) -> bool {
    let tag = node.node_name().unwrap_or_default();
    if matches!(&*tag, "html" | "body" | "article" | "main") {
        return false;
    }
    ["class", "id"]
        .iter()
        .filter_map(|name| node.attr(name))
        .any(|value| words(&value).any(|word| FURNITURE_WORDS.contains(&word.as_str())))
}

/// "relatedArticles share-bar photo_credit" → related, articles, share, bar, photo, credit.
fn words(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .flat_map(split_camel_case)
        .map(|word| word.to_ascii_lowercase())
}

fn split_camel_case(word: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = word.as_bytes();
    for i in 1..bytes.len() {
        if bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase() {
            parts.push(&word[start..i]);
            start = i;
        }
    }
    if start < word.len() {
        parts.push(&word[start..]);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pruned(html: &str) -> String {
        let document = Document::from(html);
        remove_media(&document);
        remove_furniture(&document);
        document
            .select("body")
            .text()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn captions_share_bars_and_teasers_go() {
        let story = "<p>The minister met his counterpart on Monday to discuss trade and the long list of open questions between the two countries.</p>".repeat(4);
        let html = format!(
            "<body><div class='article-body'>{story}\
             <figure><img src='x.jpg'><figcaption>The minister arrives. Credit: AP</figcaption></figure>\
             <div class='shareBar'>Facebook Twitter Email</div>\
             <ul class='related-stories'><li>Another story entirely</li></ul>\
             <p class='photo_credit'>Photo: Agency</p></div></body>"
        );
        let text = pruned(&html);
        assert!(text.starts_with("The minister met"), "{text}");
        for gone in ["Credit: AP", "Facebook", "Another story", "Photo: Agency"] {
            assert!(!text.contains(gone), "{gone} stayed: {text}");
        }
    }

    #[test]
    fn a_container_with_most_of_the_text_stays_whatever_its_name() {
        let story = "<p>Officials said the agreement would be signed next week in the capital after months of talks.</p>".repeat(5);
        let html =
            format!("<body><div class='share-wrapper'>{story}</div><nav>Home News</nav></body>");
        let text = pruned(&html);
        assert!(text.contains("Officials said the agreement"), "{text}");
        assert!(!text.contains("Home News"));
    }

    #[test]
    fn items_that_are_only_links_go_and_links_inside_prose_stay() {
        let story = "<p>The talks, <a href='/a'>reported earlier</a>, ended with a joint statement on defence cooperation and trade.</p>".repeat(3);
        let html = format!("<body><article>{story}<ul><li><a href='/b'>China invites Taliban for talks</a></li></ul></article></body>");
        let text = pruned(&html);
        assert!(text.contains("reported earlier"), "{text}");
        assert!(!text.contains("China invites"), "{text}");
    }

    #[test]
    fn a_card_of_links_inside_a_sentence_goes_and_its_name_stays() {
        let card = "<span class='card'><img src='p.jpg'><a href='/p'>Jane Roe</a>\
            <a href='/a'>Senate passes the budget after a long night</a> <a href='/b'>Five things to know about the vote</a> <a href='/c'>MORE</a></span>";
        let html = format!(
            "<body><p>Senator <span class='person'><a href='/p'>Jane Roe</a>{card}</span> (D) voted against the bill on Tuesday.</p></body>"
        );
        assert_eq!(
            pruned(&html),
            "Senator Jane Roe (D) voted against the bill on Tuesday."
        );
    }

    #[test]
    fn an_image_with_a_line_under_it_is_a_caption_and_an_image_in_a_paragraph_is_not() {
        let story = "<p>The minister met his counterpart on Monday to discuss trade and the long list of open questions between the two countries.</p>".repeat(4);
        let html = format!(
            "<body><div class='story'><div class='image top'><img src='a.jpg'><p>In this file photo, the minister arrives. (AP Photo/Jane Roe)</p></div>{story}\
             <p><img src='flag.png'> Flags were flown at half mast across the capital on Tuesday.</p></div></body>"
        );
        let text = pruned(&html);
        assert!(!text.contains("file photo"), "{text}");
        assert!(text.contains("Flags were flown"), "{text}");
        assert!(text.starts_with("The minister met"), "{text}");
    }

    #[test]
    fn other_stories_marked_up_as_articles_go() {
        let story = "<p>The minister met his counterpart on Monday to discuss trade and the long list of open questions between the two countries.</p>".repeat(3);
        let html = format!(
            "<body><article><h1>Talks</h1>{story}</article>\
             <article><h3>You may like</h3><p>A different story about a different meeting somewhere else entirely, with its own long summary text.</p></article></body>"
        );
        let text = pruned(&html);
        assert!(text.contains("The minister met"), "{text}");
        assert!(!text.contains("different story"), "{text}");
        // Without a headline inside an article, nothing is assumed.
        let html = format!("<body><h1>Talks</h1><article>{story}</article><article><p>Another.</p></article></body>");
        assert!(pruned(&html).contains("Another."));
    }

    #[test]
    fn words_split_at_case_and_punctuation() {
        let found: Vec<String> = words("relatedArticles share-bar photo_credit").collect();
        assert_eq!(
            found,
            ["related", "articles", "share", "bar", "photo", "credit"]
        );
    }
}
