//! Draft: a [`Briefing`] → Markdown, by filling a Handlebars template.
//!
//! Built-in templates live in the repository's `templates/` and are embedded in the
//! binary; a user's templates override them by name. Templates run in strict mode, so a
//! misspelt field is an error naming the template and line, never an empty string.
//! Every value is escaped for Markdown ([`escape_markdown`]), so article text cannot
//! become a link, emphasis, a heading or raw HTML.

mod guard;

use std::collections::{BTreeMap, BTreeSet};

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
    /// The templates it includes as partials.
    includes: BTreeSet<String>,
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
                    includes: BTreeSet::new(),
                };
                ((*name).to_owned(), entry)
            })
            .collect();
        Self { entries }
    }

    /// Adds a user template from a file named `<name>.<output>.hbs`; a built-in of the
    /// same name is replaced. Refused, naming the file and line, when it cannot be
    /// parsed or does what a template may not (see `draft/guard.rs`): it nests too deep,
    /// computes a partial's name, includes itself through partials, or, as a page
    /// shell, writes anything but the body as raw HTML.
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
        let refused = |line: Option<usize>, message: String| Error::Template {
            name: origin.to_owned(),
            line,
            message,
        };
        // Checked now, so one broken file is skipped with its line number instead of
        // stopping every template from compiling.
        guard::check_nesting(&source).map_err(|r| refused(r.line, r.message))?;
        let parsed = handlebars::Template::compile(&source)
            .map_err(|e| refused(e.pos().map(|(line, _)| line), e.reason().to_string()))?;
        let includes = guard::check_user_template(&parsed, output)
            .map_err(|r| refused(r.line, r.message))?
            .partials;
        let includes_of = |at: &str| {
            if at == name {
                Some(includes.clone())
            } else {
                self.entries.get(at).map(|e| e.includes.clone())
            }
        };
        if let Some(cycle) = guard::cycle_through(name, &includes_of) {
            return Err(refused(
                None,
                format!("its partials include each other: {}", cycle.join(" → ")),
            ));
        }
        let entry = Entry {
            output: output.to_owned(),
            source,
            origin: Origin::User(origin.to_owned()),
            includes,
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
    let refused = |message: String| Error::Template {
        name: name.to_owned(),
        line: None,
        message,
    };
    let context = handlebars::Context::wraps(context).map_err(|e| refused(e.to_string()))?;
    let widths = guard::Widths::of(context.data());
    if guard::steps(name, &|t| registry.get_template(t), &widths).is_none() {
        return Err(refused(format!(
            "it would take too long on this briefing or nest too deep: loops inside \
             loops over long lists, or partials within partials (over {} steps or \
             nesting levels)",
            guard::MAX_STEPS
        )));
    }
    let mut out = CappedOutput::default();
    registry
        .render_with_context_to_write(name, &context, &mut out)
        .map_err(|e| Error::Template {
            name: e.template_name.clone().unwrap_or_else(|| name.to_owned()),
            line: e.line_no,
            message: e.reason().to_string(),
        })?;
    Ok(String::from_utf8(out.bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// What a render writes, refused past [`guard::MAX_OUTPUT_BYTES`]: a template that
/// repeats a long value many times stops there instead of filling memory.
#[derive(Default)]
struct CappedOutput {
    bytes: Vec<u8>,
}

impl std::io::Write for CappedOutput {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.bytes.len() + buf.len() > guard::MAX_OUTPUT_BYTES {
            return Err(std::io::Error::other(format!(
                "it writes more than {} MB",
                guard::MAX_OUTPUT_BYTES >> 20
            )));
        }
        self.bytes.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
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

    fn user_templates(files: &[(&str, &str)]) -> (Templates, Vec<String>) {
        let mut templates = Templates::builtin();
        let problems = files
            .iter()
            .filter_map(|(name, source)| {
                let origin = format!("/t/{name}");
                let added = templates.add_user_file(name, (*source).to_owned(), &origin);
                added.err().map(|e| e.to_string())
            })
            .collect();
        (templates, problems)
    }

    fn sources(count: usize) -> serde_json::Value {
        let source = serde_json::json!({"title": "Talks in Moscow", "number": 1});
        serde_json::json!({ "title": "T", "sources": vec![source; count] })
    }

    #[test]
    fn partials_that_include_each_other_are_refused_naming_the_cycle() {
        let (templates, problems) = user_templates(&[
            ("a.md.hbs", "# A\n{{> b}}"),
            ("b.md.hbs", "{{> c}}"),
            ("c.md.hbs", "{{> a}}"),
            ("self.md.hbs", "{{title}} {{> self}}"),
        ]);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with(
                "template '/t/c.md.hbs': its partials include each other: c → a → b → c"
            ),
            "{problems:?}"
        );
        assert!(problems[1].contains("self → self"), "{problems:?}");
        // What was kept still drafts; the partial left out is an error naming it.
        let drafter = templates.compile().unwrap();
        let error = render(&drafter.markdown, "a", &sources(1))
            .unwrap_err()
            .to_string();
        assert!(error.contains("'c'") || error.contains("c"), "{error}");
        assert!(drafter.has_briefing_template("b"));
    }

    #[test]
    fn loops_within_loops_over_long_lists_are_refused_before_they_run() {
        let nested = "{{#each sources}}{{#each ../sources}}{{#each ../../sources}}{{/each}}{{/each}}{{/each}}";
        let (templates, problems) = user_templates(&[("loops.md.hbs", nested)]);
        assert!(problems.is_empty(), "{problems:?}");
        let drafter = templates.compile().unwrap();
        // Three sources: 27 turns, drafted.
        assert!(render(&drafter.markdown, "loops", &sources(3)).is_ok());
        // 400 sources: 64 million turns; refused before it runs, naming the template.
        let error = render(&drafter.markdown, "loops", &sources(400))
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("template 'loops'"), "{error}");
        assert!(error.contains("too long"), "{error}");
    }

    #[test]
    fn a_template_that_writes_without_end_stops_at_the_output_limit() {
        let wide =
            "{{#each sources}}{{#each ../sources}}{{title}} {{title}} {{title}}{{/each}}{{/each}}";
        let (templates, _) = user_templates(&[("wide.md.hbs", wide)]);
        let drafter = templates.compile().unwrap();
        // 250,000 turns, within the step bound; 75 MB of output, not.
        let source = serde_json::json!({"title": "Talks in Moscow ".repeat(6)});
        let context = serde_json::json!({ "sources": vec![source; 500] });
        let error = render(&drafter.markdown, "wide", &context)
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("template 'wide'"), "{error}");
        assert!(error.contains("more than 16 MB"), "{error}");
    }

    #[test]
    fn unknown_helpers_and_raw_values_are_handled() {
        let (templates, problems) = user_templates(&[
            ("helper.md.hbs", "# {{title}}\n\n{{shout title}}\n"),
            ("raw.md.hbs", "# {{{title}}}\n"),
            ("shell.html.hbs", "<h1>{{{title}}}</h1>{{{body}}}"),
        ]);
        // A page shell may not write article text raw: refused with its line.
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("template '/t/shell.html.hbs' line 1"),
            "{problems:?}"
        );
        let drafter = templates.compile().unwrap();
        let error = render(&drafter.markdown, "helper", &sources(1))
            .unwrap_err()
            .to_string();
        assert!(error.starts_with("template 'helper' line 3"), "{error}");
        assert!(error.contains("shout"), "{error}");
        // Raw in Markdown is Markdown: the renderer escapes any HTML in it (tested with
        // the HTML export).
        let hostile = serde_json::json!({"title": "<script>alert(1)</script>"});
        let raw = render(&drafter.markdown, "raw", &hostile).unwrap();
        assert_eq!(raw, "# <script>alert(1)</script>\n");
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
