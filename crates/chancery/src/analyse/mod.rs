//! Analyse: cleaned articles → a [`Briefing`], the data every template sees.
//!
//! Finds the key actors (`actors`), ranks sentences by how central they are to the
//! whole set (`ranking`), and picks forward-looking statements (`outlook`). Every
//! statement keeps the source number and character span it came from. Deterministic:
//! ties are broken by article order and position, never by hashing.

mod actors;
mod bodies;
mod debris;
pub mod entities;
pub mod estimative;
mod gazetteer;
mod headline;
mod lexicon;
pub mod ner;
mod outlook;
mod quotes;
mod ranking;
mod sentences;
mod syndication;
mod tables;
pub mod timeline;

pub use quotes::{Quote, QuoteKind};
pub use syndication::{SharedWording, SourceGroup};
pub use timeline::{TimelineEvent, When};

use std::collections::BTreeSet;
use std::ops::Range;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{Article, BriefingOptions, Date, Warning, WarningKind};

/// The analysed briefing: exactly the context templates receive (`--format json`).
#[derive(Debug, Clone, Serialize)]
pub struct Briefing {
    pub title: String,
    /// The briefing's date, `YYYY-MM-DD`.
    pub date: Date,
    /// The same date spelt out: "6 August 2025".
    pub date_long: String,
    /// The handling marking for the banner.
    pub marking: String,
    /// Who prepared the briefing, if the user said.
    pub originator: Option<String>,
    /// The single most central statement: the bottom line up front.
    pub bottom_line: Option<Statement>,
    /// What happened: the most central other statements, in reading order.
    pub context: Vec<Statement>,
    /// People, organisations and states, most salient first.
    pub actors: Vec<Actor>,
    /// What it means: forward-looking and consequential statements, strongest first.
    pub implications: Vec<Statement>,
    /// Pending actions and decisions: who is expected to do what.
    pub watch: Vec<Statement>,
    /// Who said or stated what: the speaker's words, most central first.
    pub quotes: Vec<Quote>,
    /// Dated events, earliest first, dates normalised against each article's date.
    pub timeline: Vec<TimelineEvent>,
    /// The articles, numbered as statements cite them.
    pub sources: Vec<SourceRef>,
    /// Articles carrying the same story (wire copy republished, one page saved twice).
    pub source_groups: Vec<SourceGroup>,
    /// Sources once each group counts as one.
    pub independent_sources: usize,
    /// Problems met on the way: skipped files, missing metadata, cuts.
    pub warnings: Vec<Warning>,
}

/// A sentence of the briefing and where it came from.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    pub text: String,
    /// Source numbers to cite as `[n]`, ascending.
    pub cites: Vec<usize>,
    /// The exact passages it came from.
    pub evidence: Vec<Evidence>,
    /// 1 = most important within its section; cuts to fit one page start at the end.
    pub rank: usize,
    /// For implications and what to watch: how likely, in standard estimative
    /// language, as strong as the source's own wording and no stronger.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimate: Option<estimative::Estimate>,
    /// The date the statement gives, normalised ("on Friday" → 2025-08-08), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<When>,
}

/// A passage of one article: `start..end` in Unicode characters of its cleaned text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub source: usize,
    pub start: usize,
    pub end: usize,
}

impl Evidence {
    fn overlaps(&self, other: &Evidence) -> bool {
        self.source == other.source && self.start < other.end && other.start < self.end
    }

    /// The number the briefing cites an article by: its place in the set, from one.
    pub(crate) fn source_of(article: usize) -> usize {
        article + 1
    }

    /// From a byte range in the article's text.
    pub(crate) fn new(article: usize, text: &str, bytes: Range<usize>) -> Self {
        let start = text[..bytes.start].chars().count();
        Self {
            source: Self::source_of(article),
            start,
            end: start + text[bytes].chars().count(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organisation,
    State,
}

impl Briefing {
    /// Every statement, in the order the template shows its sections: bottom line,
    /// context, implications, what to watch, timeline, quotes. A statement's place in
    /// this order is its id in the rendered HTML (`data-statement`).
    pub fn statements(&self) -> impl Iterator<Item = &Statement> {
        self.bottom_line
            .iter()
            .chain(&self.context)
            .chain(&self.implications)
            .chain(&self.watch)
            .chain(self.timeline.iter().map(|e| &e.statement))
            .chain(self.quotes.iter().map(|q| &q.statement))
    }
}

impl ActorKind {
    pub const ALL: [Self; 3] = [Self::Person, Self::Organisation, Self::State];

    /// The word the templates, the actors file and the window use.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::State => "state",
        }
    }
}

impl std::str::FromStr for ActorKind {
    type Err = String;

    /// "person", "organisation" (or "organization"), "state", in any case.
    fn from_str(word: &str) -> Result<Self, Self::Err> {
        let word = word.trim().to_lowercase();
        let word = if word == "organization" {
            "organisation".to_owned()
        } else {
            word
        };
        Self::ALL
            .into_iter()
            .find(|kind| kind.as_str() == word)
            .ok_or_else(|| format!("unknown kind '{word}' (known: person, organisation, state)"))
    }
}

/// A key actor of the story.
#[derive(Debug, Clone, Serialize)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    /// The main role or office ("Deputy Defence Minister"), if the articles state one.
    pub role: Option<String>,
    /// Every role stated, main one first.
    pub roles: Vec<String>,
    /// The state(s) the actor belongs to or acts for.
    pub affiliation: Option<String>,
    /// Other names used in the articles ("New Delhi", "IRIGC-MMTC").
    pub aliases: Vec<String>,
    /// For an organisation, the acronym the articles define for it ("IRIGC-MMTC"), which
    /// the table shows after its name.
    pub acronym: Option<String>,
    pub mentions: usize,
    /// Source numbers of the articles that mention it.
    pub sources: Vec<usize>,
    /// 1 = most salient.
    pub rank: usize,
    /// The passage that states its role, else its first mention.
    pub evidence: Option<Evidence>,
    #[serde(skip)]
    pub(crate) first_seen: (usize, usize),
    /// The mentions where it acts rather than being a place or a topic (for a body: a
    /// verb right after its name).
    #[serde(skip)]
    pub(crate) acts: usize,
    /// Added or corrected by the user's own rule: it keeps its row whatever the counts
    /// (a state the user says an actor is must not then fall out of the table).
    #[serde(skip)]
    pub(crate) kept_by_user: bool,
}

impl Actor {
    /// An actor known only by its name, as the user adds one the articles' analysis
    /// missed: no mentions counted, no sources, no passage.
    pub(crate) fn named(name: &str, kind: ActorKind) -> Self {
        Self {
            name: name.to_owned(),
            kind,
            role: None,
            roles: Vec::new(),
            affiliation: None,
            aliases: Vec::new(),
            acronym: None,
            mentions: 0,
            sources: Vec::new(),
            rank: 0,
            evidence: None,
            first_seen: (usize::MAX, usize::MAX),
            acts: 0,
            kept_by_user: false,
        }
    }

    /// Whether the actor earns a row of the key-actor table: a state that acts in the
    /// story more than once (one act is a passing mention in a long story) or that the
    /// story keeps naming, an organisation named more than once, a person with a stated
    /// role, named again and again, or named in an article's first sentence (the lead
    /// names whom the story is about). The others are still speakers and subjects for
    /// quotes and what to watch.
    fn belongs_in_table(&self) -> bool {
        if self.kept_by_user {
            return true;
        }
        match self.kind {
            // A state that acts once is in the story when the story keeps naming it
            // ("a vote of confidence from Beijing" in a piece about a Chinese company).
            ActorKind::State => {
                self.acts >= 2 || self.mentions >= 8 || self.acts >= 1 && self.mentions >= 4
            }
            // A body named once that does something ("… Authority said") is in it.
            ActorKind::Organisation => {
                self.mentions >= 2 || self.affiliation.is_some() || self.acts >= 1
            }
            ActorKind::Person => {
                self.role.is_some() || self.mentions >= 3 || self.first_seen.1 == 0
            }
        }
    }
}

/// The table's rows: the actors that earn a row, at most `ACTOR_ITEMS` in rank order
/// whatever their kind, shown people first, then organisations, then states; the ones
/// the user added always keep theirs, taking the places of the lowest-ranked. A state
/// that is only the setting of its own domestic story gives its row to the next actor.
fn key_actors(actors: Vec<Actor>) -> Vec<Actor> {
    // "chairman of the Joint Chiefs of Staff": a body named once, inside someone's
    // office, is where that person serves, not an actor of its own.
    let offices: Vec<&str> = actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .flat_map(|a| a.roles.iter().map(String::as_str))
        .collect();
    let earns_a_row: Vec<bool> = actors
        .iter()
        .map(|a| {
            // ("U.S. Treasury Secretary Scott Bessent": the office is "Treasury
            // Secretary", the body "U.S. Treasury".)
            let own_name = without_its_state(&a.name);
            let only_in_an_office = a.kind == ActorKind::Organisation
                && a.mentions == 1
                && !a.kept_by_user
                && offices.iter().any(|role| role.contains(own_name));
            a.belongs_in_table() && !only_in_an_office
        })
        .collect();
    let mut candidates: Vec<Actor> = actors
        .into_iter()
        .zip(earns_a_row)
        .filter_map(|(actor, earns)| earns.then_some(actor))
        .collect();
    if let Some(home) = home_state(&fill_table(&candidates)) {
        candidates.retain(|a| !(a.kind == ActorKind::State && a.name == home));
    }
    fill_table(&candidates)
}

/// A body's name without the state that opens it ("U.S. Treasury" → "Treasury").
fn without_its_state(name: &str) -> &str {
    match name.split_once(' ') {
        Some((first, rest))
            if gazetteer::GAZETTEER
                .lookup(lexicon::strip_possessive(first))
                .is_some() =>
        {
            rest
        }
        _ => name,
    }
}

/// At most `ACTOR_ITEMS` of the candidates, in rank order, the user's own always in.
fn fill_table(candidates: &[Actor]) -> Vec<Actor> {
    let added = candidates.iter().filter(|a| a.kept_by_user).count();
    let mut room = ACTOR_ITEMS.saturating_sub(added);
    let mut table: Vec<Actor> = candidates
        .iter()
        .filter(|actor| {
            let keep = actor.kept_by_user || room > 0;
            if !actor.kept_by_user && keep {
                room -= 1;
            }
            keep
        })
        .cloned()
        .collect();
    table.sort_by_key(|actor| actor.kind);
    table
}

/// The state nearly every other row serves (a president, a press secretary and a
/// committee of one country) when no other state in the table acts more than once: the
/// story is that state's domestic affairs, where it is the setting, not an actor among
/// others. A foreign state the affair is about but that does little itself ("the
/// inquiry into Ukraine") does not make it an international story.
fn home_state(table: &[Actor]) -> Option<String> {
    let states: Vec<&Actor> = table
        .iter()
        .filter(|a| a.kind == ActorKind::State)
        .collect();
    let others = table.len() - states.len();
    states.iter().find_map(|state| {
        let serving = table
            .iter()
            .filter(|a| a.affiliation.as_deref() == Some(state.name.as_str()))
            .count();
        let counterpart_acts = states
            .iter()
            .any(|other| other.name != state.name && other.acts >= 2);
        (!state.kept_by_user && !counterpart_acts && serving >= 4 && 4 * serving >= 3 * others)
            .then(|| state.name.clone())
    })
}
/// One article as the briefing cites it.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRef {
    pub number: usize,
    pub title: String,
    pub outlet: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<Date>,
    pub url: Option<String>,
    pub file: String,
    pub words: usize,
    /// The first source of the same story, when this one is a copy of it.
    pub same_story_as: Option<usize>,
    /// How much of this source's wording is found in that first one, in percent.
    pub shared_percent: Option<u32>,
}

/// How many items of each section the analysis offers; rendering may cut more.
const CONTEXT_ITEMS: usize = 5;
const IMPLICATION_ITEMS: usize = 4;
const WATCH_ITEMS: usize = 4;
const ACTOR_ITEMS: usize = 10;
const QUOTE_ITEMS: usize = 5;
const TIMELINE_ITEMS: usize = 8;

pub fn analyse(articles: &[Article], options: &BriefingOptions) -> Briefing {
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let mut sentences: Vec<sentences::Sentence> = Vec::new();
    let mut captions: Vec<sentences::Sentence> = Vec::new();
    // Each article is split on its own; the sentences keep article order.
    let splits: Vec<sentences::Split> = texts
        .par_iter()
        .enumerate()
        .map(|(i, text)| sentences::split_story(i, text))
        .collect();
    for split in splits {
        sentences.extend(split.statements);
        captions.extend(split.furniture);
    }

    let exclude: BTreeSet<String> = articles
        .iter()
        .flat_map(|a| a.outlet.iter().chain(&a.authors).map(|f| f.value.clone()))
        .collect();
    let titles: Vec<Option<&str>> = articles
        .iter()
        .map(|a| a.title.as_ref().map(|t| t.value.as_str()))
        .collect();
    // Only an article's own date says what is still to come in it: the briefing may be
    // written long after. A wire's dateline gives its day without the year.
    let newest_published = articles
        .iter()
        .filter_map(|a| a.published.as_ref().map(|f| f.value))
        .max();
    let article_dates: Vec<Option<Date>> = articles
        .iter()
        .map(|a| {
            a.published
                .as_ref()
                .map(|f| f.value)
                .or_else(|| timeline::dateline_day(&a.text, options.today, newest_published))
        })
        .collect();
    // Finding actors and ranking statements read the same sentences but not each other's
    // results: each takes a core.
    let (found, ranked) = rayon::join(
        || {
            actors::ActorFinder::new(&texts, exclude)
                .set_in(&captions)
                .headlined(&titles)
                .find(&sentences)
        },
        || RankedStatements::of(&texts, &sentences, &article_dates),
    );
    let RankedStatements {
        bags,
        scores,
        forward,
        central,
        implications: judgements,
        timeline,
        source_groups,
    } = ranked;
    let mut actors = rank_actors(found.actors, &scores);
    // Before the table is cut to size, so removing an actor lets the next one in.
    let unapplied = crate::edit::actors::apply(&mut actors, &options.actor_edits);

    let mut warnings: Vec<Warning> = unapplied
        .into_iter()
        .map(|edit| {
            Warning::general(format!(
                "actor edit \"{edit}\" matches no actor in these articles"
            ))
            .of_kind(WarningKind::Edit)
        })
        .collect();
    if sentences.is_empty() {
        warnings.push(Warning::general(
            "no complete sentences found in the articles",
        ));
    }
    let central = ranking::headline_event_first(central, &titles);
    let mut bottom_line = central.first().cloned();
    let context_by_rank: Vec<Statement> = central.into_iter().skip(1).take(CONTEXT_ITEMS).collect();
    let mut context = ranking::in_reading_order(context_by_rank.clone());
    let mut watch = outlook::watch(&texts, &sentences, &bags, &forward, &actors, WATCH_ITEMS);
    // A pending action is something to watch; said again as an implication it would fill
    // two sections with one sentence. Implications keep the judgements that remain.
    let mut implications: Vec<Statement> = judgements
        .into_iter()
        .filter(|i| {
            // Nor is a sentence already shown as what happened.
            let shown = bottom_line.iter().chain(&context).chain(&watch);
            !shown
                .flat_map(|s| &s.evidence)
                .any(|e| i.evidence.iter().any(|f| f.overlaps(e)))
        })
        .take(IMPLICATION_ITEMS)
        .collect();
    for (rank, statement) in implications.iter_mut().enumerate() {
        statement.rank = rank + 1;
    }
    let statements = bottom_line
        .iter_mut()
        .chain(&mut context)
        .chain(&mut implications)
        .chain(&mut watch);
    for statement in statements {
        let article = statement.evidence[0].source - 1;
        statement.date = timeline::date_of(&statement.text, article_dates[article]);
    }
    for statement in &mut watch {
        let article = statement.evidence[0].source - 1;
        if let Some(date) = article_dates[article] {
            statement.date = timeline::date_ahead(&statement.text, date);
        }
    }

    // A quote from a sentence the briefing already shows would say it twice on the page.
    let shown_evidence: Vec<Evidence> = bottom_line
        .iter()
        .chain(&context)
        .chain(&implications)
        .chain(&watch)
        .flat_map(|s| s.evidence.iter().cloned())
        .collect();
    let shown = |e: &Evidence| shown_evidence.iter().any(|s| s.overlaps(e));
    let unshown = quotes::find(&texts, &sentences, &actors)
        .into_iter()
        .filter(|(_, q)| !q.statement.evidence.iter().any(shown))
        .collect();
    let quotes = rank_quotes(unshown, &scores, QUOTE_ITEMS);

    let copy_of = |number: usize| {
        source_groups.iter().find_map(|group| {
            let shared = group.shared_with_lead.iter().find(|s| s.source == number)?;
            Some((group.sources[0], shared.percent))
        })
    };
    let sources: Vec<SourceRef> = articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| SourceRef {
            same_story_as: copy_of(i + 1).map(|(lead, _)| lead),
            shared_percent: copy_of(i + 1).map(|(_, percent)| percent),
            number: i + 1,
            title: article_title(a, i, &texts, &sentences, &scores),
            outlet: a.outlet.as_ref().map(|f| f.value.clone()),
            authors: a.authors.iter().map(|f| f.value.clone()).collect(),
            published: a.published.as_ref().map(|f| f.value),
            url: a.url.as_ref().map(|f| f.value.clone()),
            file: crate::article::file_name(&a.file).to_owned(),
            words: a.word_count(),
        })
        .collect();
    let title = options.title.clone().unwrap_or_else(|| {
        // The headline of the article the bottom line comes from: the story's centre.
        // Without one, the bottom line itself cut to a headline; never a file name.
        let central = bottom_line
            .as_ref()
            .and_then(|s| s.cites.first())
            .copied()
            .unwrap_or(1);
        articles
            .get(central - 1)
            .and_then(|a| a.title.as_ref())
            .map(|t| t.value.clone())
            .or_else(|| {
                let central_first = bottom_line.iter().chain(&context_by_rank);
                headline::from_sentences(central_first.map(|s| s.text.as_str()))
            })
            .unwrap_or_else(|| sources[central - 1].title.clone())
    });

    Briefing {
        title,
        date: options.today,
        date_long: options.today.long(),
        marking: options.marking.clone(),
        originator: options.originator.clone(),
        bottom_line,
        context,
        actors: key_actors(actors),
        implications,
        watch,
        quotes,
        timeline,
        independent_sources: sources.len()
            - source_groups
                .iter()
                .map(|g| g.sources.len() - 1)
                .sum::<usize>(),
        sources,
        source_groups,
        warnings,
    }
}

/// What ranking the sentences gives, before the actors are known.
struct RankedStatements {
    /// Each sentence's content words, by sentence index.
    bags: Vec<ranking::Bag>,
    /// Each sentence's centrality, by sentence index.
    scores: Vec<f64>,
    /// For each sentence, whether and how it looks ahead of its article's date.
    forward: Vec<Option<outlook::Forward>>,
    /// The bottom line and the context candidates, most central first.
    central: Vec<Statement>,
    /// Judgements and consequences, more than are shown: some will be shown elsewhere.
    implications: Vec<Statement>,
    /// The timeline is a view of its own: it may repeat what other sections say.
    timeline: Vec<TimelineEvent>,
    source_groups: Vec<SourceGroup>,
}

impl RankedStatements {
    fn of(texts: &[&str], sentences: &[sentences::Sentence], dates: &[Option<Date>]) -> Self {
        let bags = ranking::bags(texts, sentences);
        let scores = ranking::centrality(texts, sentences, &bags);
        let forward = outlook::forward_looking(texts, sentences, dates);
        // The bottom line and the context; each remaining sentence is only compared with
        // these.
        let central = ranking::rank_statements(
            texts,
            sentences,
            &bags,
            &scores,
            &forward,
            CONTEXT_ITEMS + 1,
        );
        // More than are shown: those shown in other sections are dropped later.
        let implications = outlook::implications(
            texts,
            sentences,
            &bags,
            &scores,
            &forward,
            IMPLICATION_ITEMS + WATCH_ITEMS,
        );
        let timeline = timeline::events(texts, sentences, &bags, dates, &scores, TIMELINE_ITEMS);
        Self {
            bags,
            scores,
            forward,
            central,
            implications,
            timeline,
            source_groups: syndication::groups(texts),
        }
    }
}

/// An article's headline; for one without, a headline cut from its most central
/// sentence, and only when even that fails, its file name.
fn article_title(
    article: &Article,
    index: usize,
    texts: &[&str],
    sentences: &[sentences::Sentence],
    scores: &[f64],
) -> String {
    if let Some(title) = &article.title {
        return title.value.clone();
    }
    // Sentences come in article order: this article's are one run of them.
    let first = sentences.partition_point(|s| s.article < index);
    let end = sentences.partition_point(|s| s.article <= index);
    let mut own: Vec<(usize, &sentences::Sentence)> =
        (first..end).map(|i| (i, &sentences[i])).collect();
    // Most central first; reading order among equals.
    own.sort_by(|(a, _), (b, _)| scores[*b].total_cmp(&scores[*a]));
    headline::from_sentences(own.iter().map(|(_, s)| &texts[index][s.span.clone()]))
        .unwrap_or_else(|| crate::article::file_name(&article.file).to_owned())
}

/// The most central quotes, one per thing said: the same words in several articles
/// are one quote citing them all.
fn rank_quotes(found: Vec<(usize, Quote)>, scores: &[f64], limit: usize) -> Vec<Quote> {
    let mut merged: Vec<(f64, Quote)> = Vec::new();
    for (sentence, quote) in found {
        if let Some((_, same)) = merged
            .iter_mut()
            .find(|(_, q)| q.speaker == quote.speaker && q.statement.text == quote.statement.text)
        {
            let evidence = quote.statement.evidence[0].clone();
            if !same.statement.cites.contains(&evidence.source) {
                same.statement.cites.push(evidence.source);
                same.statement.evidence.push(evidence);
            }
            continue;
        }
        merged.push((scores[sentence], quote));
    }
    // Stable: equal scores keep reading order.
    merged.sort_by(|a, b| b.0.total_cmp(&a.0));
    merged
        .into_iter()
        .take(limit)
        .enumerate()
        .map(|(rank, (_, mut quote))| {
            quote.statement.rank = rank + 1;
            quote
        })
        .collect()
}

/// By how much the central sentences talk about them, and in how many sources.
fn rank_actors(found: Vec<(Actor, Vec<usize>)>, scores: &[f64]) -> Vec<Actor> {
    let mut scored: Vec<(f64, Actor)> = found
        .into_iter()
        .map(|(actor, sentence_ids)| {
            let centrality: f64 = sentence_ids.iter().map(|&i| scores[i]).sum();
            // No bonus for a stated role: a quoted expert or spokesman named once with
            // a title is less of an actor than a body the story keeps coming back to.
            let score = centrality + 0.5 * actor.sources.len() as f64;
            let score = if is_commentator(&actor) {
                0.5 * score
            } else {
                score
            };
            (score, actor)
        })
        .collect();
    // Salience alone: the table takes the most salient of every kind, then shows
    // them grouped by kind.
    scored.sort_by(|(sa, a), (sb, b)| sb.total_cmp(sa).then(a.first_seen.cmp(&b.first_seen)));
    scored
        .into_iter()
        .enumerate()
        .map(|(i, (_, mut actor))| {
            actor.rank = i + 1;
            actor
        })
        .collect()
}

/// An expert asked about the story ("a senior fellow at the Urban Institute", "a
/// political scientist"): a voice on what happens, less of an actor than those it
/// happens to or who make it happen.
fn is_commentator(actor: &Actor) -> bool {
    let expert = actor.role.as_deref().is_some_and(|role| {
        let role = role.to_lowercase();
        let head = role
            .split([' ', ','])
            .take_while(|w| !matches!(*w, "at" | "of" | "for" | "with" | "in"))
            .last()
            .unwrap_or("");
        COMMENTATORS.contains(&head)
    });
    let academic = actor.affiliation.as_deref().is_some_and(|body| {
        body.split(' ').any(|w| {
            matches!(
                lexicon::strip_possessive(w),
                "University" | "Institute" | "Institution" | "Center" | "Centre"
            )
        })
    });
    actor.kind == ActorKind::Person && (expert || academic)
}

const COMMENTATORS: &[&str] = &[
    "analyst",
    "expert",
    "economist",
    "fellow",
    "scientist",
    "strategist",
    "researcher",
    "psychologist",
    "scholar",
    "commentator",
    "academic",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_actor_the_user_added_keeps_its_row_in_a_full_table() {
        let mut actors: Vec<Actor> = (0..ACTOR_ITEMS + 2)
            .map(|i| {
                let mut actor = Actor::named(&format!("Official {i}"), ActorKind::Person);
                actor.role = Some("Minister".into());
                actor
            })
            .collect();
        let mut added = Actor::named("Rafael Grossi", ActorKind::Person);
        added.kept_by_user = true;
        actors.push(added);
        let table = key_actors(actors);
        assert_eq!(table.len(), ACTOR_ITEMS);
        assert_eq!(table.last().unwrap().name, "Rafael Grossi");
        assert_eq!(
            table[ACTOR_ITEMS - 2].name,
            format!("Official {}", ACTOR_ITEMS - 2)
        );
    }

    #[test]
    fn a_salient_state_takes_a_row_from_less_salient_people_and_shows_after_them() {
        let mut ranked: Vec<Actor> = (0..ACTOR_ITEMS + 2)
            .map(|i| {
                let mut actor = Actor::named(&format!("Analyst {i}"), ActorKind::Person);
                actor.role = Some("Analyst".into());
                actor
            })
            .collect();
        let mut syria = Actor::named("Syria", ActorKind::State);
        syria.acts = 3;
        ranked.insert(2, syria);
        let table = key_actors(ranked);
        assert_eq!(table.len(), ACTOR_ITEMS);
        assert_eq!(table.last().unwrap().name, "Syria");
        assert_eq!(
            table[ACTOR_ITEMS - 2].name,
            format!("Analyst {}", ACTOR_ITEMS - 2)
        );
    }

    #[test]
    fn a_state_is_the_setting_of_its_domestic_story_not_an_actor() {
        let serving = |name: &str, affiliation: &str| {
            let mut actor = Actor::named(name, ActorKind::Person);
            actor.role = Some("Senator".into());
            actor.affiliation = Some(affiliation.into());
            actor
        };
        let mut us = Actor::named("United States", ActorKind::State);
        us.acts = 3;
        let domestic = vec![
            serving("Ann Lee", "United States"),
            us.clone(),
            serving("Bob Ray", "United States"),
            serving("Cy Fox", "United States"),
            serving("Di Moss", "United States"),
            serving("Ed Park", "Ukraine"),
        ];
        let table = key_actors(domestic.clone());
        assert!(table.iter().all(|a| a.kind != ActorKind::State));
        assert_eq!(table.len(), 5);
        // With another state acting, or fewer of its own people, it stays an actor.
        let mut ukraine = Actor::named("Ukraine", ActorKind::State);
        ukraine.acts = 2;
        let mut abroad = domestic.clone();
        abroad.push(ukraine.clone());
        assert_eq!(
            key_actors(abroad)
                .iter()
                .filter(|a| a.kind == ActorKind::State)
                .count(),
            2
        );
        // A foreign state the affair is about, named often but acting once, leaves
        // the story domestic: it keeps its row, the setting does not.
        ukraine.acts = 1;
        ukraine.mentions = 8;
        let mut about_abroad = domestic.clone();
        about_abroad.push(ukraine);
        let states: Vec<String> = key_actors(about_abroad)
            .into_iter()
            .filter(|a| a.kind == ActorKind::State)
            .map(|a| a.name)
            .collect();
        assert_eq!(states, ["Ukraine"]);
        let few = vec![
            serving("Ann Lee", "United States"),
            us,
            serving("Ed Park", "Ukraine"),
        ];
        assert!(key_actors(few).iter().any(|a| a.name == "United States"));
    }

    #[test]
    fn a_state_earns_a_row_by_acting_twice_or_acting_once_in_a_story_that_keeps_naming_it() {
        let state = |acts: usize, mentions: usize| {
            let mut china = Actor::named("China", ActorKind::State);
            china.acts = acts;
            china.mentions = mentions;
            !key_actors(vec![china]).is_empty()
        };
        assert!(state(2, 2));
        assert!(state(1, 4));
        assert!(!state(1, 3));
        assert!(!state(0, 7));
        assert!(state(0, 8));
    }

    #[test]
    fn a_body_named_once_inside_an_office_is_no_row_of_its_own() {
        let mut milley = Actor::named("Mark Milley", ActorKind::Person);
        milley.role = Some("Chairman of the Joint Chiefs of Staff".into());
        milley.roles = vec!["Chairman of the Joint Chiefs of Staff".into()];
        let mut chiefs = Actor::named("Joint Chiefs of Staff", ActorKind::Organisation);
        chiefs.mentions = 1;
        chiefs.affiliation = Some("United States".into());
        let table = key_actors(vec![milley, chiefs.clone()]);
        assert_eq!(table.len(), 1);
        chiefs.mentions = 2;
        assert_eq!(key_actors(vec![chiefs]).len(), 1);
        // "U.S. Treasury Secretary Scott Bessent": the office holds the body's name
        // without its state.
        let mut bessent = Actor::named("Scott Bessent", ActorKind::Person);
        bessent.role = Some("Treasury Secretary".into());
        bessent.roles = vec!["Treasury Secretary".into()];
        let mut treasury = Actor::named("U.S. Treasury", ActorKind::Organisation);
        treasury.mentions = 1;
        let table = key_actors(vec![bessent, treasury]);
        let names: Vec<&str> = table.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Scott Bessent"]);
    }

    #[test]
    fn a_person_named_in_the_lead_earns_a_row_without_a_role() {
        let mut lead = Actor::named("Evo Morales", ActorKind::Person);
        lead.mentions = 1;
        lead.first_seen = (0, 0);
        let mut passing = Actor::named("Carlos Mesa", ActorKind::Person);
        passing.mentions = 1;
        passing.first_seen = (0, 4);
        let table = key_actors(vec![lead, passing]);
        let names: Vec<&str> = table.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Evo Morales"]);
    }

    #[test]
    fn a_body_the_story_keeps_naming_outranks_a_titled_person_named_once() {
        let mut spokesman = Actor::named("Farid Haq", ActorKind::Person);
        spokesman.role = Some("Spokesman".into());
        spokesman.sources = vec![1];
        let mut bureau = Actor::named("Bureau of Prisons", ActorKind::Organisation);
        bureau.sources = vec![1];
        // Five sentences of equal weight; the spokesman speaks in the most central one.
        let scores = [0.4, 0.3, 0.3, 0.3, 0.3];
        let ranked = rank_actors(
            vec![(spokesman, vec![0]), (bureau, vec![1, 2, 3, 4])],
            &scores,
        );
        let names: Vec<&str> = ranked.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Bureau of Prisons", "Farid Haq"]);
        assert_eq!(ranked[0].rank, 1);
    }

    #[test]
    fn an_expert_asked_about_the_story_ranks_below_an_official_acting_in_it() {
        let person = |name: &str, role: &str, affiliation: Option<&str>| {
            let mut actor = Actor::named(name, ActorKind::Person);
            actor.role = Some(role.into());
            actor.affiliation = affiliation.map(Into::into);
            actor.sources = vec![1];
            actor
        };
        let economist = person("Mary Lowe", "Economist", Some("Ohio State University"));
        let administrator = person(
            "Carl Simms",
            "Program administrator",
            Some("Tufts University’s Feinstein International Center"),
        );
        let commander = person("Sean Roberts", "Commander", Some("United States"));
        // The experts are quoted in more sentences than the commander.
        let scores = [0.3; 7];
        let ranked = rank_actors(
            vec![
                (economist, vec![0, 1, 2]),
                (administrator, vec![3, 4]),
                (commander, vec![5, 6]),
            ],
            &scores,
        );
        let names: Vec<&str> = ranked.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["Sean Roberts", "Mary Lowe", "Carl Simms"]);
    }

    #[test]
    fn evidence_counts_characters_not_bytes() {
        let text = "Путин said “no”.";
        let start = text.find("said").unwrap();
        let evidence = Evidence::new(0, text, start..start + 4);
        assert_eq!((evidence.source, evidence.start, evidence.end), (1, 6, 10));
    }
}
