//! Markdown → Typst markup that can only show text.
//!
//! Structure becomes function calls (`#heading(level: 2)[…]`, `#list(…)`,
//! `#table(…)`), never line-start markup, and every character Typst could read as
//! syntax is escaped, so no article text can become Typst code, a link or maths.
//! The rules were checked on tricky lines at a line start and right after a call.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// Escapes text for Typst markup: `\` before every character with a meaning there
/// (quotes too, so they stay as written instead of turning curly);
/// line breaks and tabs become spaces, other control characters are dropped.
pub(crate) fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '\\' | '#' | '$' | '*' | '_' | '`' | '<' | '>' | '@' | '[' | ']' | '=' | '-' | '+'
            | '/' | '~' | ':' | '.' | '(' | ')' | '{' | '}' | '"' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for a Typst string literal.
pub(crate) fn escape_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A container being filled: its content so far, and its cells or items if it has them.
#[derive(Default)]
struct Frame {
    content: String,
    children: Vec<String>,
    columns: usize,
    start: Option<u64>,
}

/// Converts the drafted Markdown to Typst markup. A level-6 heading is a marking
/// banner; the last one is pushed to the foot of the page.
pub(crate) fn from_markdown(markdown: &str) -> String {
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, super::markdown_options()).collect();
    let last_heading6 = events.iter().rposition(|e| {
        matches!(
            e,
            Event::Start(Tag::Heading {
                level: HeadingLevel::H6,
                ..
            })
        )
    });
    let mut stack = vec![Frame::default()];
    for (index, event) in events.into_iter().enumerate() {
        match event {
            Event::Start(Tag::List(start)) => stack.push(Frame {
                start,
                ..Frame::default()
            }),
            Event::Start(Tag::Table(alignments)) => stack.push(Frame {
                columns: alignments.len(),
                ..Frame::default()
            }),
            Event::Start(Tag::Heading {
                level: HeadingLevel::H6,
                ..
            }) if Some(index) == last_heading6 && index > 0 => {
                top(&mut stack).push_str("#v(1fr)\n");
                stack.push(Frame::default());
            }
            Event::Start(_) => stack.push(Frame::default()),
            Event::End(end) => {
                let frame = stack.pop().unwrap_or_default();
                let parent = stack
                    .last_mut()
                    .expect("the document frame is never popped");
                close(end, frame, parent);
                if stack.is_empty() {
                    stack.push(Frame::default());
                }
            }
            Event::Text(text) | Event::Html(text) | Event::InlineHtml(text) => {
                top(&mut stack).push_str(&escape_text(&text));
            }
            Event::Code(code) => {
                let call = format!("#raw(\"{}\")", escape_string(&code));
                top(&mut stack).push_str(&call);
            }
            Event::SoftBreak => top(&mut stack).push(' '),
            Event::HardBreak => top(&mut stack).push_str("#linebreak()"),
            Event::Rule => top(&mut stack).push_str("#line(length: 100%, stroke: 0.4pt)\n"),
            _ => {}
        }
    }
    stack
        .into_iter()
        .next()
        .map(|f| f.content)
        .unwrap_or_default()
}

fn top(stack: &mut [Frame]) -> &mut String {
    &mut stack
        .last_mut()
        .expect("the document frame is never popped")
        .content
}

fn close(end: TagEnd, frame: Frame, parent: &mut Frame) {
    let body = frame.content.trim().to_owned();
    match end {
        TagEnd::Paragraph => {
            parent.content.push_str(&body);
            parent.content.push_str("\n\n");
        }
        TagEnd::Heading(HeadingLevel::H6) => {
            parent.content.push_str(&format!("#marking[{body}]\n"));
        }
        TagEnd::Heading(level) => {
            let level = level as usize;
            parent
                .content
                .push_str(&format!("#heading(level: {level})[{body}]\n"));
        }
        TagEnd::Strong => parent.content.push_str(&format!("#strong[{body}]")),
        TagEnd::Emphasis => parent.content.push_str(&format!("#emph[{body}]")),
        TagEnd::Strikethrough => parent.content.push_str(&format!("#strike[{body}]")),
        TagEnd::BlockQuote(_) => parent
            .content
            .push_str(&format!("#quote(block: true)[{body}]\n")),
        TagEnd::CodeBlock => {
            // The frame holds escaped text; a code block shows it as plain text too.
            parent.content.push_str(&format!("#block[{body}]\n"));
        }
        TagEnd::Item | TagEnd::TableCell => parent.children.push(format!("[{body}]")),
        TagEnd::List(ordered) => {
            let items = frame.children.join(", ");
            let call = match frame.start.filter(|_| ordered) {
                Some(start) => format!("#enum(start: {start}, {items})\n"),
                None => format!("#list({items})\n"),
            };
            parent.content.push_str(&call);
        }
        TagEnd::TableHead => {
            let cells = frame.children.join(", ");
            parent.children.push(format!("table.header({cells})"));
        }
        TagEnd::TableRow => parent.children.extend(frame.children),
        TagEnd::Table => {
            // The first column holds names, which run longest.
            let columns = (0..frame.columns.max(1))
                .map(|i| if i == 0 { "3fr" } else { "2fr" })
                .collect::<Vec<_>>()
                .join(", ");
            let cells = frame.children.join(", ");
            parent
                .content
                .push_str(&format!("#table(columns: ({columns},), {cells})\n"));
        }
        // Links and images keep only their text: nothing in the PDF navigates.
        _ => parent.content.push_str(&body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_markup_character_is_escaped() {
        assert_eq!(escape_text("#import \"x\": *"), r#"\#import \"x\"\: \*"#);
        assert_eq!(escape_text("$x$ = 1. - a/b"), r"\$x\$ \= 1\. \- a\/b");
        assert_eq!(
            escape_text("<label> @ref [x] ~ `c`"),
            r"\<label\> \@ref \[x\] \~ \`c\`"
        );
        assert_eq!(escape_text("line\nbreak\u{7}"), "line break");
    }

    #[test]
    fn structure_becomes_function_calls() {
        let typst = from_markdown("###### SECRET\n\n# Title\n\n## Context\n\n- one\n- two\n\n| A | B |\n| --- | --- |\n| x | y |\n\n###### SECRET\n");
        assert!(typst.starts_with("#marking[SECRET]\n"), "{typst}");
        assert!(typst.contains("#heading(level: 1)[Title]"), "{typst}");
        assert!(typst.contains("#list([one], [two])"), "{typst}");
        assert!(
            typst.contains("#table(columns: (3fr, 2fr,), table.header([A], [B]), [x], [y])"),
            "{typst}"
        );
        assert!(
            typst.trim_end().ends_with("#v(1fr)\n#marking[SECRET]"),
            "{typst}"
        );
    }

    #[test]
    fn ordered_lists_keep_their_numbers() {
        let typst = from_markdown("1. first\n2. second\n");
        assert!(
            typst.contains("#enum(start: 1, [first], [second])"),
            "{typst}"
        );
    }
}
