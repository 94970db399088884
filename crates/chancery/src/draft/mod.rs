//! Draft: a [`Briefing`] → Markdown, by filling a Handlebars template.
//!
//! Built-in templates live in the repository's `templates/` and are embedded in the
//! binary; a user's templates override them by name. Templates run in strict mode, so a
//! misspelt field is an error naming the template and line, never an empty string.
//! Every value is escaped for Markdown ([`escape_markdown`]), so article text cannot
//! become a link, emphasis, a heading or raw HTML.

use std::collections::BTreeMap;

use handlebars::{handlebars_helper, Handlebars};
use serde::Serialize;

use crate::edit::{Section, SectionEdit};
use crate::{Briefing, Error, Warned};

/// Built-in templates: `(name, output, source)`, named `<name>.<output>.hbs` on disk.
const BUILTIN: &[(&str, &str, &str)] = &[
    (
        "briefing",
        "md",
        include_str!("../../../../templates/briefing.md.hbs"),
    ),
    (
        "page",
        "html",
        include_str!("../../../../templates/page.html.hbs"),
    ),
];

/// The page template wraps rendered Markdown into a self-contained HTML file.
pub(crate) const PAGE_TEMPLATE: &str = "page";

/// Where a template comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum Origin {
    Builtin,
    /// The user's file, as the caller names it.
    User(String),
}

/// A template the user can pick.
#[derive(Debug, Clone, Serialize)]
pub struct TemplateInfo {
    pub name: String,
    /// What it produces: `md` for briefings, `html` for page shells.
    pub output: String,
    pub origin: Origin,
}

#[derive(Debug, Clone)]
struct Entry {
    output: String,
    source: String,
    origin: Origin,
}

/// The set of templates a draft can use: built-ins, overridden by the user's.
#[derive(Debug, Clone)]
pub struct Templates {
    entries: BTreeMap<String, Entry>,
}

impl Default for Templates {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Templates {
    pub fn builtin() -> Self {
        let entries = BUILTIN
            .iter()
            .map(|(name, output, source)| {
                let entry = Entry {
                    output: (*output).to_owned(),
                    source: (*source).to_owned(),
                    origin: Origin::Builtin,
                };
                ((*name).to_owned(), entry)
            })
            .collect();
        Self { entries }
    }

    /// Adds a user template from a file named `<name>.<output>.hbs`; a built-in of the
    /// same name is replaced.
    pub fn add_user_file(
        &mut self,
        file_name: &str,
        source: String,
        origin: &str,
    ) -> Result<String, Error> {
        let stem = file_name.strip_suffix(".hbs").unwrap_or(file_name);
        let (name, output) = stem.rsplit_once('.').unwrap_or((stem, "md"));
        if !matches!(output, "md" | "html") {
            return Err(Error::Template {
                name: file_name.to_owned(),
                line: None,
                message: "template files are named <name>.md.hbs (briefings) or <name>.html.hbs (page shells)".into(),
            });
        }
        // Checked now, so one broken file is skipped with its line number instead of
        // stopping every template from compiling.
        handlebars::Template::compile(&source).map_err(|e| Error::Template {
            name: origin.to_owned(),
            line: e.pos().map(|(line, _)| line),
            message: e.reason().to_string(),
        })?;
        let entry = Entry {
            output: output.to_owned(),
            source,
            origin: Origin::User(origin.to_owned()),
        };
        self.entries.insert(name.to_owned(), entry);
        Ok(name.to_owned())
    }

    pub fn list(&self) -> Vec<TemplateInfo> {
        self.entries
            .iter()
            .map(|(name, entry)| TemplateInfo {
                name: name.clone(),
                output: entry.output.clone(),
                origin: entry.origin.clone(),
            })
            .collect()
    }

    /// Parses every template once, for drafting many times (the one-page loop).
    pub fn compile(&self) -> Result<Drafter, Error> {
        let mut markdown = registry(escape_markdown);
        let mut html = registry(handlebars::html_escape);
        for (name, entry) in &self.entries {
            let target = if entry.output == "html" {
                &mut html
            } else {
                &mut markdown
            };
            target
                .register_template_string(name, &entry.source)
                .map_err(|e| Error::Template {
                    name: name.clone(),
                    line: e.pos().map(|(line, _)| line),
                    message: e.reason().to_string(),
                })?;
        }
        Ok(Drafter { markdown, html })
    }
}

fn registry(escape: fn(&str) -> String) -> Handlebars<'static> {
    handlebars_helper!(capitalise: |text: str| {
        let mut chars = text.chars();
        chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
    });
    handlebars_helper!(join: |items: array, separator: str| {
        items.iter().filter_map(|v| v.as_str()).collect::<Vec<_>>().join(separator)
    });
    let mut registry = Handlebars::new();
    registry.set_strict_mode(true);
    registry.register_escape_fn(escape);
    registry.register_helper("capitalise", Box::new(capitalise));
    registry.register_helper("join", Box::new(join));
    registry
}

/// Compiled templates.
pub struct Drafter {
    markdown: Handlebars<'static>,
    html: Handlebars<'static>,
}

impl Drafter {
    /// Fills the Markdown template `name` with the briefing.
    pub fn draft(&self, briefing: &Briefing, name: &str) -> Result<String, Error> {
        render(&self.markdown, name, briefing)
    }

    /// Fills the HTML page shell with a rendered body.
    pub(crate) fn page(&self, context: &impl Serialize) -> Result<String, Error> {
        render(&self.html, PAGE_TEMPLATE, context)
    }

    pub fn has_briefing_template(&self, name: &str) -> bool {
        self.markdown.has_template(name)
    }
}

/// How to draft a briefing: which template, and the user's own Markdown for sections.
/// The one-page PDF drafts many times while cutting; each time the same way.
#[derive(Clone, Copy)]
pub struct Draft<'a> {
    pub drafter: &'a Drafter,
    pub template: &'a str,
    pub section_edits: &'a [SectionEdit],
}

impl<'a> Draft<'a> {
    pub fn new(drafter: &'a Drafter, template: &'a str) -> Self {
        Self {
            drafter,
            template,
            section_edits: &[],
        }
    }

    pub fn with_section_edits(self, section_edits: &'a [SectionEdit]) -> Self {
        Self {
            section_edits,
            ..self
        }
    }

    /// The Markdown, with warnings about section edits that no longer fit the draft.
    pub fn markdown(&self, briefing: &Briefing) -> Result<Warned<String>, Error> {
        let generated = self.drafter.draft(briefing, self.template)?;
        Ok(crate::edit::sections::apply(&generated, self.section_edits))
    }

    /// The sections of the draft, as the section editor shows them.
    pub fn sections(&self, briefing: &Briefing) -> Result<Vec<Section>, Error> {
        let generated = self.drafter.draft(briefing, self.template)?;
        Ok(crate::edit::sections::list(&generated, self.section_edits))
    }
}

fn render(
    registry: &Handlebars<'static>,
    name: &str,
    context: &impl Serialize,
) -> Result<String, Error> {
    if !registry.has_template(name) {
        let known: Vec<&str> = registry
            .get_templates()
            .keys()
            .map(String::as_str)
            .collect();
        return Err(Error::Template {
            name: name.to_owned(),
            line: None,
            message: format!("no such template (known: {})", sorted(known).join(", ")),
        });
    }
    registry.render(name, context).map_err(|e| Error::Template {
        name: e.template_name.clone().unwrap_or_else(|| name.to_owned()),
        line: e.line_no,
        message: e.reason().to_string(),
    })
}

fn sorted(mut names: Vec<&str>) -> Vec<&str> {
    names.sort_unstable();
    names
}

/// Escapes a value so Markdown shows it literally: no emphasis, links, images, code,
/// tables cells broken by `|`, raw HTML or entities; and no block structure, since line
/// breaks become spaces and a leading `#`, `>`, `-`, `+`, `=` or `1.` is escaped.
pub fn escape_markdown(value: &str) -> String {
    let collapsed = value.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len() + 8);
    let mut at_start = true;
    let mut digits_only = true;
    for c in collapsed.chars() {
        if c.is_control() {
            continue;
        }
        let leading_marker = at_start && matches!(c, '#' | '>' | '-' | '+' | '=');
        let ordered_marker = digits_only && !at_start && matches!(c, '.' | ')');
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!'
        ) || leading_marker
            || ordered_marker
        {
            out.push('\\');
        }
        out.push(c);
        digits_only &= c.is_ascii_digit();
        at_start = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escape_neutralises_markup() {
        assert_eq!(
            escape_markdown("[click](javascript:alert(1))"),
            r"\[click\](javascript:alert(1))"
        );
        assert_eq!(
            escape_markdown("<script>x</script>"),
            r"\<script\>x\</script\>"
        );
        assert_eq!(escape_markdown("*bold* and _it_"), r"\*bold\* and \_it\_");
        assert_eq!(escape_markdown("# Heading\n\n- item"), r"\# Heading - item");
        assert_eq!(escape_markdown("1. first"), r"1\. first");
        assert_eq!(escape_markdown("a | b"), r"a \| b");
        assert_eq!(escape_markdown("U.S. Su-30"), "U.S. Su-30");
    }

    #[test]
    fn escaped_text_renders_literally() {
        let hostile = "<img src=x onerror=alert(1)> [x](javascript:alert(1)) **b** `c` &amp;";
        let mut html = String::new();
        let markdown = escape_markdown(hostile);
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&markdown));
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("<a"), "{html}");
        assert!(!html.contains("<strong>"), "{html}");
        assert!(!html.contains("<code>"), "{html}");
        assert!(html.contains("&amp;amp;"), "{html}");
    }

    #[test]
    fn unknown_field_names_template_and_line() {
        let mut templates = Templates::builtin();
        templates
            .add_user_file(
                "mine.md.hbs",
                "# {{title}}\n\n{{no_such_field}}\n".into(),
                "mine.md.hbs",
            )
            .unwrap();
        let drafter = templates.compile().unwrap();
        let briefing = serde_json::json!({"title": "T"});
        let error = render(&drafter.markdown, "mine", &briefing).unwrap_err();
        let message = error.to_string();
        assert!(message.starts_with("template 'mine' line 3"), "{message}");
        assert!(message.contains("no_such_field"), "{message}");
    }

    #[test]
    fn a_broken_user_template_is_refused_with_its_line() {
        let mut templates = Templates::builtin();
        let error = templates
            .add_user_file(
                "bad.md.hbs",
                "# {{title}}\n{{#each actors}}\n".into(),
                "/t/bad.md.hbs",
            )
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("template '/t/bad.md.hbs'"), "{error}");
        assert!(templates.list().iter().all(|t| t.name != "bad"));
        assert!(templates.compile().is_ok());
    }

    #[test]
    fn user_template_overrides_builtin_by_name() {
        let mut templates = Templates::builtin();
        templates
            .add_user_file(
                "briefing.md.hbs",
                "custom {{title}}".into(),
                "/home/me/briefing.md.hbs",
            )
            .unwrap();
        let info = templates
            .list()
            .into_iter()
            .find(|t| t.name == "briefing")
            .unwrap();
        assert_eq!(info.origin, Origin::User("/home/me/briefing.md.hbs".into()));
    }
}
