//! What a template may do, checked before it runs. A user's template is input like an
//! article: one that includes itself through partials, nests loops over long lists or
//! writes article text as raw HTML gets an error naming it and its line, never a hang,
//! a stack overflow or live markup.
//!
//! Three checks: the source's nesting before the parser sees it (the parser recurses
//! as deep as the template nests); the parsed template's partials and raw output when
//! it is added; and, before each render, a bound on the work it can do with this
//! briefing (loops multiply by the longest list in the context, partials add their
//! own work), so the render itself needs no clock.

use std::collections::{BTreeMap, BTreeSet};

use handlebars::template::{DecoratorTemplate, Parameter, Template, TemplateElement};
use serde_json::Value;

/// Deepest nesting of blocks, or of brackets inside one expression, a template may have:
/// far above any real template, far below what the parser's recursion can take.
const MAX_NESTING: usize = 32;

/// Most steps (output pieces, loop turns, partial calls) one render may take: the
/// built-in briefing takes about 10 per article and a few thousand in all; at about
/// 50 ns a step this bound is a tenth of a second.
pub(crate) const MAX_STEPS: u64 = 2_000_000;

/// Most bytes one render may write (a 2,000-article briefing drafts ~0.5 MB).
pub(crate) const MAX_OUTPUT_BYTES: usize = 16 << 20;

/// Why a template was refused, with the 1-based line where it is known.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub line: Option<usize>,
    pub message: String,
}

impl Refusal {
    fn at(line: Option<usize>, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }
}

/// Refuses source nested deeper than [`MAX_NESTING`], before the parser recurses into it.
pub(crate) fn check_nesting(source: &str) -> Result<(), Refusal> {
    let mut blocks = 0usize;
    let mut line = 1;
    let mut rest = source;
    while let Some(open) = rest.find("{{") {
        line += rest[..open].matches('\n').count();
        let tag = &rest[open + 2..];
        let end = tag.find("}}").unwrap_or(tag.len());
        let inner = tag[..end].trim_start_matches(['{', '~']).trim_start();
        if inner.starts_with('#') {
            blocks += 1;
        } else if inner.starts_with('/') {
            blocks = blocks.saturating_sub(1);
        }
        let mut brackets = 0usize;
        let mut deepest = 0usize;
        for c in tag[..end].chars() {
            match c {
                '(' | '[' => brackets += 1,
                ')' | ']' => brackets = brackets.saturating_sub(1),
                _ => {}
            }
            deepest = deepest.max(brackets);
        }
        if blocks > MAX_NESTING || deepest > MAX_NESTING {
            return Err(Refusal::at(
                Some(line),
                format!("nested more than {MAX_NESTING} deep"),
            ));
        }
        line += tag[..end].matches('\n').count();
        rest = &tag[end..];
    }
    Ok(())
}

/// What a parsed template calls on: the templates it includes as partials.
#[derive(Debug, Clone, Default)]
pub(crate) struct Includes {
    pub partials: BTreeSet<String>,
}

/// Checks a parsed user template: partials must be named in the text (a computed name
/// cannot be checked for cycles), inline partials may not include themselves, and a
/// page shell (`html`) may write raw only the `body` it is given, which the renderer
/// has already made safe; anywhere else `{{{…}}}` would put article text in as markup.
pub(crate) fn check_user_template(template: &Template, output: &str) -> Result<Includes, Refusal> {
    let mut walk = Walk {
        page_shell: output == "html",
        includes: BTreeSet::new(),
        inline: BTreeMap::new(),
    };
    walk.elements(template)?;
    // Inline partials are local names: what they include is the template's own business,
    // as long as no chain of them comes back to itself.
    for name in walk.inline.keys() {
        let mut seen = BTreeSet::new();
        if reaches(name, name, &walk.inline, &mut seen) {
            return Err(Refusal::at(
                None,
                format!("the inline partial \"{name}\" includes itself"),
            ));
        }
    }
    let inline: BTreeSet<&String> = walk.inline.keys().collect();
    let partials = walk
        .includes
        .into_iter()
        .filter(|name| !inline.contains(name) && name != "@partial-block")
        .collect();
    Ok(Includes { partials })
}

fn reaches(
    from: &str,
    target: &str,
    graph: &BTreeMap<String, BTreeSet<String>>,
    seen: &mut BTreeSet<String>,
) -> bool {
    let Some(next) = graph.get(from) else {
        return false;
    };
    next.iter().any(|name| {
        name == target || (seen.insert(name.clone()) && reaches(name, target, graph, seen))
    })
}

/// Names the cycle `name` would close through the templates' includes, if any:
/// `["a", "b", "a"]` when `a` includes `b` and `b` includes `a`.
pub(crate) fn cycle_through(
    name: &str,
    includes: &dyn Fn(&str) -> Option<BTreeSet<String>>,
) -> Option<Vec<String>> {
    fn search(
        at: &str,
        target: &str,
        includes: &dyn Fn(&str) -> Option<BTreeSet<String>>,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
    ) -> bool {
        for next in includes(at).unwrap_or_default() {
            path.push(next.clone());
            if next == target
                || (seen.insert(next.clone()) && search(&next, target, includes, path, seen))
            {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = vec![name.to_owned()];
    search(name, name, includes, &mut path, &mut BTreeSet::new()).then_some(path)
}

struct Walk {
    page_shell: bool,
    includes: BTreeSet<String>,
    /// Inline partials defined here, and what each includes.
    inline: BTreeMap<String, BTreeSet<String>>,
}

impl Walk {
    fn elements(&mut self, template: &Template) -> Result<(), Refusal> {
        for (index, element) in template.elements.iter().enumerate() {
            let line = template.mapping.get(index).map(|m| m.0);
            match element {
                TemplateElement::HtmlExpression(expression)
                    if self.page_shell
                        && (expression.name.as_name() != Some("body")
                            || !expression.params.is_empty()) =>
                {
                    return Err(Refusal::at(
                        line,
                        "a page template may write raw HTML ({{{…}}}) only for body; \
                         other values would put article text in as markup",
                    ));
                }
                TemplateElement::HelperBlock(block) => {
                    for inner in [&block.template, &block.inverse].into_iter().flatten() {
                        self.elements(inner)?;
                    }
                }
                TemplateElement::PartialExpression(partial)
                | TemplateElement::PartialBlock(partial) => {
                    let name = partial_name(partial).ok_or_else(|| {
                        Refusal::at(line, "a partial's name must be written out, not computed")
                    })?;
                    self.includes.insert(name);
                    if let Some(inner) = &partial.template {
                        self.elements(inner)?;
                    }
                }
                TemplateElement::DecoratorBlock(decorator)
                    if decorator.name.as_name() == Some("inline") =>
                {
                    let name = decorator
                        .params
                        .first()
                        .and_then(literal_name)
                        .ok_or_else(|| Refusal::at(line, "an inline partial needs a name"))?;
                    let mut body = Walk {
                        page_shell: self.page_shell,
                        includes: BTreeSet::new(),
                        inline: BTreeMap::new(),
                    };
                    if let Some(inner) = &decorator.template {
                        body.elements(inner)?;
                    }
                    self.includes.extend(body.includes.iter().cloned());
                    self.inline.extend(body.inline);
                    self.inline.insert(name, body.includes);
                }
                _ => {}
            }
        }
        Ok(())
    }
}

fn partial_name(partial: &DecoratorTemplate) -> Option<String> {
    match &partial.name {
        Parameter::Name(name) => Some(name.clone()),
        Parameter::Path(_) => partial.name.as_name().map(str::to_owned),
        other => literal_name(other),
    }
}

fn literal_name(parameter: &Parameter) -> Option<String> {
    match parameter {
        Parameter::Literal(Value::String(name)) => Some(name.clone()),
        Parameter::Name(name) => Some(name.clone()),
        _ => None,
    }
}

/// How many turns a loop can take: the most items held under each field name anywhere
/// in the context (`cites` is short even when `sources` is long), and the most held
/// anywhere, for loops over a value the name does not tell.
#[derive(Debug, Default)]
pub(crate) struct Widths {
    by_field: BTreeMap<String, u64>,
    widest: u64,
}

impl Widths {
    pub(crate) fn of(context: &Value) -> Self {
        let mut widths = Self::default();
        widths.add(None, context);
        widths
    }

    fn add(&mut self, field: Option<&str>, value: &Value) {
        let items = match value {
            Value::Array(items) => items.len(),
            Value::Object(fields) => fields.len(),
            _ => return,
        } as u64;
        self.widest = self.widest.max(items);
        if let Some(field) = field {
            let width = self.by_field.entry(field.to_owned()).or_default();
            *width = (*width).max(items);
        }
        match value {
            Value::Array(items) => items.iter().for_each(|item| self.add(None, item)),
            Value::Object(fields) => fields
                .iter()
                .for_each(|(name, item)| self.add(Some(name), item)),
            _ => {}
        }
    }

    /// The turns of a loop over `path` (`context`, `../actors`, `this.cites`, `this`).
    fn of_path(&self, path: Option<&str>) -> u64 {
        let field = path
            .and_then(|p| p.rsplit(['.', '/']).next())
            .filter(|f| !f.is_empty() && *f != "this" && !f.starts_with('@'));
        field
            .and_then(|f| self.by_field.get(f))
            .copied()
            .unwrap_or(self.widest)
            .max(1)
    }
}

/// An upper bound on the steps rendering `name` can take on a context of these
/// `widths`, or `None` past [`MAX_STEPS`] (or through a cycle the checks let pass).
pub(crate) fn steps<'a>(
    name: &str,
    template_of: &'a dyn Fn(&str) -> Option<&'a Template>,
    widths: &'a Widths,
) -> Option<u64> {
    let mut bound = Bound {
        template_of,
        widths,
        inline: BTreeMap::new(),
        open: Vec::new(),
        depth: 0,
    };
    let template = template_of(name)?;
    bound.open.push(name.to_owned());
    let steps = bound.elements(template);
    (steps <= MAX_STEPS).then_some(steps)
}

struct Bound<'a> {
    template_of: &'a dyn Fn(&str) -> Option<&'a Template>,
    widths: &'a Widths,
    /// Inline partials seen so far (conservatively shared by every template).
    inline: BTreeMap<String, &'a Template>,
    /// The partials being expanded: one met again is a cycle.
    open: Vec<String>,
    /// Blocks and partials entered: the render recurses as deep.
    depth: usize,
}

impl<'a> Bound<'a> {
    fn elements(&mut self, template: &'a Template) -> u64 {
        if self.depth > 2 * MAX_NESTING {
            return u64::MAX;
        }
        self.depth += 1;
        let steps = self.each_element(template);
        self.depth -= 1;
        steps
    }

    fn each_element(&mut self, template: &'a Template) -> u64 {
        let mut steps: u64 = 1;
        for element in &template.elements {
            let element_steps = match element {
                TemplateElement::HelperBlock(block) => {
                    let body = block
                        .template
                        .as_ref()
                        .map_or(0, |inner| self.elements(inner));
                    let inverse = block
                        .inverse
                        .as_ref()
                        .map_or(0, |inner| self.elements(inner));
                    let turns = match block.name.as_name() {
                        Some("if" | "unless" | "with") => 1,
                        Some("each") => self
                            .widths
                            .of_path(block.params.first().and_then(Parameter::as_name)),
                        // A block over a field, taken as a section, loops over it.
                        name => self.widths.of_path(name),
                    };
                    1u64.saturating_add(turns.saturating_mul(body))
                        .saturating_add(inverse)
                }
                TemplateElement::DecoratorBlock(decorator)
                    if decorator.name.as_name() == Some("inline") =>
                {
                    if let (Some(name), Some(inner)) = (
                        decorator.params.first().and_then(literal_name),
                        decorator.template.as_ref(),
                    ) {
                        self.inline.insert(name, inner);
                    }
                    1
                }
                TemplateElement::PartialExpression(partial)
                | TemplateElement::PartialBlock(partial) => self.partial(partial),
                _ => 1,
            };
            steps = steps.saturating_add(element_steps);
            if steps > MAX_STEPS {
                return u64::MAX;
            }
        }
        steps
    }

    fn partial(&mut self, partial: &'a DecoratorTemplate) -> u64 {
        let block = partial
            .template
            .as_ref()
            .map_or(0, |inner| self.elements(inner));
        let Some(name) = partial_name(partial) else {
            return u64::MAX;
        };
        if name == "@partial-block" {
            return 1u64.saturating_add(block);
        }
        if self.open.contains(&name) {
            return u64::MAX;
        }
        let Some(template) = self
            .inline
            .get(&name)
            .copied()
            .or_else(|| (self.template_of)(&name))
        else {
            // Not found: the render stops there with an error naming it.
            return 1u64.saturating_add(block);
        };
        self.open.push(name);
        let steps = self.elements(template);
        self.open.pop();
        1u64.saturating_add(block).saturating_add(steps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(source: &str) -> Template {
        Template::compile(source).expect("a template")
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing_with_its_line() {
        let deep = format!("title\n{}", "{{#if a}}".repeat(MAX_NESTING + 1));
        let refusal = check_nesting(&deep).unwrap_err();
        assert_eq!(refusal.line, Some(2));
        let brackets = format!("{{{{x {}{}}}}}", "(".repeat(40), ")".repeat(40));
        assert!(check_nesting(&brackets).is_err());
        let fine = "{{#each a}}{{#if b}}{{join (lookup c 1) \", \"}}{{/if}}{{/each}}";
        assert_eq!(check_nesting(fine), Ok(()));
    }

    #[test]
    fn a_page_shell_writes_only_body_raw() {
        let refusal = check_user_template(&parsed("<h1>x</h1>\n{{{title}}}"), "html").unwrap_err();
        assert_eq!(refusal.line, Some(2));
        assert!(check_user_template(&parsed("<main>{{{body}}}</main>"), "html").is_ok());
        // In Markdown, raw output is Markdown, and the renderer escapes any HTML in it.
        assert!(check_user_template(&parsed("{{{title}}}"), "md").is_ok());
    }

    #[test]
    fn computed_partial_names_and_self_including_inline_partials_are_refused() {
        assert!(check_user_template(&parsed("{{> (pick @root)}}"), "md").is_err());
        let looping =
            "{{#*inline \"a\"}}{{> b}}{{/inline}}{{#*inline \"b\"}}{{> a}}{{/inline}}{{> a}}";
        let refusal = check_user_template(&parsed(looping), "md").unwrap_err();
        assert!(refusal.message.contains("includes itself"), "{refusal:?}");
        let fine = "{{#*inline \"a\"}}x{{/inline}}{{> a}}{{> header}}";
        let includes = check_user_template(&parsed(fine), "md").unwrap();
        assert_eq!(includes.partials, BTreeSet::from(["header".to_owned()]));
    }

    #[test]
    fn a_cycle_through_partials_is_named() {
        let graph = BTreeMap::from([
            ("a", BTreeSet::from(["b".to_owned()])),
            ("b", BTreeSet::from(["c".to_owned()])),
            ("c", BTreeSet::from(["a".to_owned()])),
            ("d", BTreeSet::from(["b".to_owned()])),
        ]);
        let includes = |name: &str| graph.get(name).cloned();
        assert_eq!(
            cycle_through("a", &includes),
            Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
        );
        assert_eq!(cycle_through("d", &includes), None);
    }

    #[test]
    fn nested_loops_are_bounded_by_the_lists_they_walk() {
        let template = parsed("{{#each a}}{{#each b}}{{#each c}}x{{/each}}{{/each}}{{/each}}");
        let template_of = |_: &str| Some(&template);
        let list = |n: usize| serde_json::json!(vec![0; n]);
        let small = Widths::of(&serde_json::json!({"a": list(20), "b": list(20), "c": list(20)}));
        assert!(steps("t", &template_of, &small).is_some());
        let large =
            Widths::of(&serde_json::json!({"a": list(200), "b": list(200), "c": list(200)}));
        assert_eq!(steps("t", &template_of, &large), None);
        // A long list elsewhere does not count against short ones: the built-in
        // briefing loops over each statement's few citations inside its list.
        let many_sources = Widths::of(&serde_json::json!({
            "a": list(20), "b": list(3), "c": list(3), "sources": list(5_000)
        }));
        assert!(steps("t", &template_of, &many_sources).is_some());
        // A loop over `this` may be over anything: the longest list counts.
        let over_this =
            parsed("{{#each a}}{{#each this}}{{#each this}}x{{/each}}{{/each}}{{/each}}");
        let template_of = |_: &str| Some(&over_this);
        assert_eq!(steps("t", &template_of, &many_sources), None);
    }

    #[test]
    fn a_long_chain_of_partials_is_refused_before_it_runs_out_of_stack() {
        let mut source = String::from("{{#*inline \"p0\"}}x{{/inline}}");
        for level in 1..200 {
            let below = level - 1;
            source.push_str(&format!(
                "{{{{#*inline \"p{level}\"}}}}{{{{> p{below}}}}}{{{{/inline}}}}"
            ));
        }
        source.push_str("{{> p199}}");
        let template = parsed(&source);
        let template_of = |_: &str| Some(&template);
        assert_eq!(steps("t", &template_of, &Widths::default()), None);
    }

    #[test]
    fn partials_doubling_at_each_level_are_bounded() {
        let mut source = String::from("{{#*inline \"p0\"}}{{/inline}}");
        for level in 1..40 {
            let below = level - 1;
            source.push_str(&format!(
                "{{{{#*inline \"p{level}\"}}}}{{{{> p{below}}}}}{{{{> p{below}}}}}{{{{/inline}}}}"
            ));
        }
        source.push_str("{{> p39}}");
        let template = parsed(&source);
        let template_of = |_: &str| Some(&template);
        assert_eq!(steps("t", &template_of, &Widths::default()), None);
    }
}
