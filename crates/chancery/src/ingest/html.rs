//! Saved web pages: the main text through `dom_smoothie` (a maintained port of Mozilla's
//! Readability, measured at F1 0.951 and ~320 pages/s on the extraction benchmark),
//! metadata from JSON-LD first and meta tags second, each field saying which.

use dom_smoothie::{Config, Metadata, Readability, TextMode};

use super::{density, prune, scrape};
use crate::{Article, Date, Field};

/// The article, and the places its metadata sources disagree (worth a warning: a stale
/// date puts a story in the wrong place).
/// An error when the page nests elements deeper than any real page does.
pub(super) fn from_html(file: &str, html: &str) -> Result<(Article, Vec<String>), String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // Parsing, cleaning and Readability all take time in proportion to size × depth:
    // 40,000 nested elements took 10 s to parse and four minutes in all. Real pages
    // nest a few dozen deep, so a page far deeper is refused before it is parsed.
    if tag_nesting(html) > MAX_NESTING {
        return Err(format!(
            "the page nests elements over {MAX_NESTING} levels deep (real pages nest a few dozen); it cannot be read"
        ));
    }
    let document = dom_query::Document::from(html);
    // Read before pruning and Readability, which only look at the body and og: tags.
    let canonical = document
        .select("head link[rel='canonical']")
        .attr("href")
        .map(|href| href.trim().to_owned())
        .filter(|href| href.starts_with("http://") || href.starts_with("https://"));
    let modified = [
        "meta[property='article:modified_time']",
        "meta[property='og:updated_time']",
        "meta[name='last-modified']",
        "meta[itemprop='dateModified']",
    ]
    .iter()
    .find_map(|selector| document.select(selector).attr("content"))
    .and_then(|value| Date::parse_human(value.trim()));
    prune::remove_media(&document);
    // The second opinion reads the page before furniture is pruned by name, which can
    // take a short story's container with it ("article-body has-ads").
    let text_blocks = density::text_blocks(&document);
    prune::remove_furniture(&document);
    let Ok(mut readability) = Readability::with_document(document, None, Some(config)) else {
        return Ok((Article::new(file, &[]), Vec::new()));
    };
    let json_ld = readability.parse_json_ld();
    let meta = readability.get_article_metadata(None);
    let blocks = match readability.parse() {
        Ok(extracted) => extracted
            .text_content
            .lines()
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|line| !line.is_empty())
            .collect(),
        Err(_) => Vec::new(),
    };
    let blocks = density::second_opinion(blocks, &text_blocks);
    let mut article = scrape::from_blocks(file, blocks);

    let sources = [(json_ld.as_ref(), "JSON-LD"), (Some(&meta), "meta tags")];
    let pick = |get: fn(&Metadata) -> Option<&str>| {
        sources.iter().find_map(|(metadata, found_in)| {
            let value = get((*metadata)?)?.trim();
            (!value.is_empty()).then(|| Field::new(value.to_owned(), *found_in))
        })
    };
    let mut conflicts = Vec::new();
    let titles: Vec<(&str, &str)> = sources
        .iter()
        .filter_map(|(m, found_in)| Some(((*m)?.title.trim(), *found_in)))
        .filter(|(title, _)| !title.is_empty())
        .collect();
    if let [(first, first_in), (second, second_in)] = titles[..] {
        if !titles_agree(first, second) {
            conflicts.push(format!(
                "the page gives two titles: \"{first}\" ({first_in}) and \"{second}\" ({second_in}); using the first"
            ));
        }
    }
    if let Some(title) = pick(|m| Some(m.title.as_str())) {
        article.title = Some(title);
    }
    if let Some(outlet) = pick(|m| m.site_name.as_deref()) {
        article.outlet = Some(outlet);
    }
    if let Some(byline) = pick(|m| m.byline.as_deref()).filter(|b| is_person_byline(&b.value)) {
        let found_in = byline.found_in.clone();
        article.authors = byline
            .value
            .trim_start_matches("By ")
            .trim_start_matches("by ")
            .split([',', '&'])
            .flat_map(|part| part.split(" and "))
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .map(|name| Field::new(name.to_owned(), found_in.clone()))
            .collect();
    }
    // "0001-01-01": a publishing system's empty date, not a day the story appeared.
    let date = |get: fn(&Metadata) -> Option<&str>| {
        pick(get).and_then(|f| {
            Date::parse_human(&f.value)
                .filter(|d| d.year >= 1900)
                .map(|d| Field::new(d, f.found_in))
        })
    };
    let visible = article.published.take();
    article.published = date(|m| m.published_time.as_deref()).or(visible.clone());
    if let (Some(stated), Some(shown)) = (&article.published, &visible) {
        if stated.value != shown.value {
            conflicts.push(format!(
                "publication dates disagree: {} ({}) and {} ({}); using the first",
                stated.value, stated.found_in, shown.value, shown.found_in
            ));
        }
    }
    let shown_update = article.modified.take();
    article.modified = date(|m| m.modified_time.as_deref())
        .or_else(|| modified.map(|d| Field::new(d, "meta tags")))
        .or(shown_update);
    article.language = pick(|m| m.lang.as_deref());
    article.url = canonical
        .map(|url| Field::new(url, "canonical link"))
        .or_else(|| pick(|m| m.url.as_deref()).filter(|u| u.value.starts_with("http")));
    Ok((article, conflicts))
}

/// Far deeper than any real page, even one that leaves tags unclosed.
const MAX_NESTING: usize = 5_000;

/// Elements that never hold others or that the parser closes by itself.
#[rustfmt::skip]
const NOT_NESTING: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "p", "li", "td", "th", "tr", "option", "dt", "dd",
];

/// The deepest nesting of tags in the raw markup, in one pass over its bytes (a bound
/// from above: stray `<` in scripts only add to it).
fn tag_nesting(html: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let bytes = html.as_bytes();
    let mut at = 0;
    while let Some(offset) = bytes[at..].iter().position(|&b| b == b'<') {
        let start = at + offset + 1;
        let closing = bytes.get(start) == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        at = name_start + name_len;
        if name_len == 0 {
            continue;
        }
        let name = html[name_start..at].to_ascii_lowercase();
        if NOT_NESTING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// Titles agree when one contains the other once case and punctuation are set aside
/// ("Talks end | Example Wire" and "Talks end").
fn titles_agree(a: &str, b: &str) -> bool {
    let plain = |t: &str| {
        t.chars()
            .filter(|c| c.is_alphanumeric() || c.is_whitespace())
            .collect::<String>()
            .to_lowercase()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (a, b) = (plain(a), plain(b));
    a.contains(&b) || b.contains(&a)
}

/// Bylines that are really labels ("2 Minute Read", "Staff", a feed name) are not authors.
fn is_person_byline(byline: &str) -> bool {
    let lower = byline.to_lowercase();
    let labels = [
        "minute read",
        "min read",
        "staff",
        "news desk",
        "feed",
        "http",
        "@",
    ];
    byline.chars().any(char::is_alphabetic)
        && byline.len() <= 120
        && !labels.iter().any(|label| lower.contains(label))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="en"><head>
        <title>Talks in Moscow | Example Times</title>
        <meta property="og:site_name" content="Example Times">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Talks in Moscow","datePublished":"2025-08-06T09:00:00Z",
          "dateModified":"2025-08-07T10:00:00Z","author":{"@type":"Person","name":"Jane Doe"}}</script>
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Talks in Moscow</h1>
        <p>Russia's Deputy Defence Minister met the Indian Ambassador in Moscow on Wednesday to discuss defence cooperation between the two countries.</p>
        <p>The two sides confirmed their focus on strengthening the partnership, according to a statement issued by the ministry after the meeting.</p>
        <p>Officials said a further round of talks would take place in New Delhi later in the year, with procurement high on the agenda.</p>
        </article><aside><h3>Related stories</h3><a href="/x">Unrelated teaser about cricket</a></aside>
        <footer>Copyright Example Times</footer></body></html>"#;

    #[test]
    fn story_text_without_navigation() {
        let (article, _) = from_html("page.html", PAGE).unwrap();
        assert!(
            article.text.starts_with("Russia's Deputy Defence Minister"),
            "{}",
            article.text
        );
        assert!(article.text.contains("later in the year"));
        for junk in ["Home", "cricket", "Copyright"] {
            assert!(!article.text.contains(junk), "{junk} in {}", article.text);
        }
    }

    #[test]
    fn a_placeholder_date_is_no_date() {
        let page = PAGE
            .replace("2025-08-06", "0001-01-01")
            .replace("2025-08-07", "0001-01-01");
        let (article, _) = from_html("page.html", &page).unwrap();
        assert!(article.published.is_none());
        assert!(article.modified.is_none());
    }

    #[test]
    fn metadata_says_where_it_came_from() {
        let (article, conflicts) = from_html("page.html", PAGE).unwrap();
        assert!(conflicts.is_empty(), "{conflicts:?}");
        let published = article.published.unwrap();
        assert_eq!(published.value, Date::new(2025, 8, 6).unwrap());
        assert_eq!(published.found_in, "JSON-LD");
        assert_eq!(
            article.modified.unwrap().value,
            Date::new(2025, 8, 7).unwrap()
        );
        assert_eq!(article.outlet.unwrap().value, "Example Times");
        assert_eq!(article.authors[0].value, "Jane Doe");
        assert_eq!(article.language.unwrap().value, "en");
    }

    #[test]
    fn sources_that_disagree_are_reported() {
        let page = PAGE
            .replace(
                r#""headline":"Talks in Moscow""#,
                r#""headline":"Talks in New Delhi""#,
            )
            .replace(
                "<h1>Talks in Moscow</h1>",
                "<h1>Talks in Moscow</h1><p>Published August 1, 2025</p>",
            );
        let (article, conflicts) = from_html("page.html", &page).unwrap();
        assert_eq!(article.title.unwrap().value, "Talks in New Delhi");
        assert_eq!(conflicts.len(), 2, "{conflicts:?}");
        assert!(
            conflicts[0].starts_with("the page gives two titles: \"Talks in New Delhi\" (JSON-LD)")
        );
        assert_eq!(
            conflicts[1],
            "publication dates disagree: 2025-08-06 (JSON-LD) and 2025-08-01 (dateline); using the first"
        );
    }

    #[test]
    fn a_page_nested_deeper_than_any_real_one_is_refused_quickly() {
        let page = format!(
            "<html><body>{}<p>Words.</p>{}</body></html>",
            "<div>".repeat(40_000),
            "</div>".repeat(40_000)
        );
        let error = from_html("deep.html", &page).unwrap_err();
        assert!(
            error.starts_with("the page nests elements over 5000 levels deep"),
            "{error}"
        );
        // Unclosed paragraphs and list items are not nesting.
        let legacy = format!(
            "<html><body>{}</body></html>",
            "<p>Text<li>Item".repeat(10_000)
        );
        assert!(tag_nesting(&legacy) < 5);
    }

    #[test]
    fn reading_time_is_not_an_author() {
        assert!(!is_person_byline("2 Minute Read"));
        assert!(is_person_byline("By Jane Doe and John Roe"));
    }
}
