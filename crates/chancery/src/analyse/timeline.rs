//! Timeline: dated events, with dates normalised against the article's own date.
//!
//! "On Wednesday" in an article of Wednesday 6 August 2025 is 2025-08-06; "in May this
//! year" is 2025-05; "next month" 2025-09. A date is only as precise as the text: a month
//! stays a month. Without the article's date only dates that carry their year are used,
//! since anything else would be a guess.

use std::cmp::Ordering;
use std::fmt;
use std::ops::Range;
use std::sync::LazyLock;

use regex::{Captures, Regex};
use serde::{Serialize, Serializer};

use super::lexicon::is_letter;
use super::ranking::{near_duplicate, normalise};
use super::sentences::Sentence;
use super::{Evidence, Statement};
use crate::date::month_number;
use crate::Date;

/// A point in time as precise as the text gave it: a day, a month or a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct When {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl When {
    fn day(date: Date) -> Self {
        Self {
            year: date.year,
            month: Some(date.month),
            day: Some(date.day),
        }
    }

    fn month(year: i32, month: u8) -> Self {
        Self {
            year,
            month: Some(month),
            day: None,
        }
    }

    fn year(year: i32) -> Self {
        Self {
            year,
            month: None,
            day: None,
        }
    }
}

/// `2025-08-06`, `2025-05` or `2025`.
impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

impl Serialize for When {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A dated event of the timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineEvent {
    /// The normalised date: `2025-08-06`, `2025-05` or `2025`.
    pub date: When,
    /// The words that gave it ("on Wednesday", "in May this year").
    pub date_text: String,
    /// The sentence that states the event, with its sources and passages.
    #[serde(flatten)]
    pub statement: Statement,
}

const MONTH: &str = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
const WEEKDAY: &str = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

/// Date expressions, most precise forms first; one regex, so each place in a sentence is
/// read once, by the longest form that fits.
static DATE_EXPRESSION: LazyLock<Regex> = LazyLock::new(|| {
    let day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?";
    let day2 = r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?";
    let month2 = MONTH.replace("?P<month>", "?P<month2>");
    let month3 = MONTH.replace("?P<month>", "?P<month3>");
    let patterns = [
        // 6 August 2025, August 6, 2025
        format!(r"{day}\s+{MONTH},?\s+(?P<year>\d{{4}})"),
        format!(r"{month2}\s+{day2},?\s+(?P<year2>\d{{4}})"),
        // August 2025; in May this year
        format!(r"{month3}(?:\s+(?P<year3>\d{{4}})|\s+(?P<which_year>this|last|next)\s+year)"),
        // 6 August, August 6
        format!(r"(?P<day4>\d{{1,2}})(?:st|nd|rd|th)?\s+{}", MONTH.replace("?P<month>", "?P<month4>")),
        format!(r"{}\s+(?P<day5>\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)", MONTH.replace("?P<month>", "?P<month5>")),
        // in May, since March, by early June
        format!(
            r"(?P<preposition6>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter)\s+(?:early\s+|late\s+|mid-)?{}(?:\s+(?P<year6>\d{{4}})|\s+(?P<which_year6>this|last|next)\s+year)?",
            MONTH.replace("?P<month>", "?P<month6>")
        ),
        // on Wednesday, last Friday, next Monday
        format!(r"(?P<which_day>[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier\s+on)\s+{WEEKDAY}"),
        r"(?P<relative_day>[Yy]esterday|[Tt]oday|[Tt]omorrow)".to_owned(),
        r"(?P<which_period>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<period>month|year)".to_owned(),
        // in 2019, since 2014
        r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Ff]rom)\s+(?P<bare_year>(?:19|20)\d{2})".to_owned(),
    ];
    Regex::new(&format!(r"(?-u:\b)(?:{})(?-u:\b)", patterns.join("|"))).expect("valid regex")
});

/// Words that put a sentence's event ahead of the article's date.
static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:will|would|shall|is set to|are set to|is due|are due|scheduled|upcoming|to be held|plans? to|expected to)(?-u:\b)")
        .expect("valid regex")
});

/// What someone was ordered, summoned or called to do, told right before its day:
/// "Prosecutors have ordered him to appear on Monday", "called for demonstrations
/// across the country on Saturday". The day is the act's, still to come, though the
/// order is told in the past.
static DIRECTED_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:(?:ordered|summoned|told|asked|invited|urged|called on|called upon)\s+(?:\w+\s+){0,3}to\s+(?:appear|testify|attend|report|return|leave|vote|meet|stand)|called\s+for\s+(?:\w+\s+){0,5}(?:demonstrations|protests|strikes?|walkouts?|boycotts?|rall(?:y|ies)|marches|vote|meeting|talks))(?-u:(?:\s+[\w-]+){0,5}\s+(?:on|by|next|this)?\s*)$",
    )
    .expect("valid regex")
});

/// The tense a clause without a future form is told in: past for "installed … in
/// October", "who signed on Monday", "said on Tuesday"; none to tell for a modal
/// ("could be made in March" looks ahead); `None` when it has no verb of these.
fn clause_tense(clause: &str) -> Option<Tense> {
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    if words
        .iter()
        .any(|w| matches!(*w, "could" | "may" | "might" | "should" | "can" | "must"))
    {
        return Some(Tense::Unknown);
    }
    let past = words.iter().enumerate().any(|(k, w)| {
        // "could be made": a participle after "be" is no past.
        let participle = k > 0 && matches!(words[k - 1], "be" | "been" | "being");
        let past = matches!(
            *w,
            "was"
                | "were"
                | "had"
                | "did"
                | "said"
                | "told"
                | "met"
                | "took"
                | "came"
                | "went"
                | "left"
                | "held"
                | "began"
                | "won"
                | "lost"
                | "fell"
        ) || w.len() > 5 && w.ends_with("ed") && w.starts_with(char::is_lowercase);
        past && !participle
    });
    past.then_some(Tense::Past)
}

/// The tense a date is written in, which says which year a month and day without one
/// fall in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tense {
    Future,
    Past,
    Unknown,
}

/// The dates a sentence gives, each with the words that gave it (byte range in `text`).
fn dates_in(text: &str, article_date: Option<Date>) -> Vec<(When, Range<usize>)> {
    DATE_EXPRESSION
        .captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            // The tense of the clause the date is in: "X, who signed on Wednesday, said
            // it would …" is last Wednesday.
            let clause_start = clause_start(text, whole.start());
            let clause = &text[clause_start..whole.end()];
            let tense = if FUTURE.is_match(clause)
                || DIRECTED_AHEAD.is_match(&text[clause_start..whole.start()])
            {
                Tense::Future
            } else if let Some(tense) = clause_tense(clause) {
                tense
            } else if FUTURE.is_match(&text[..whole.start()]) {
                // "… are due to meet at a summit in Granada, Spain, on 5 October": a
                // clause with no verb of its own goes with the sentence's.
                Tense::Future
            } else if let Some(tense) =
                (text[clause_start..whole.start()].split_whitespace().count() <= 1)
                    .then(|| clause_tense(&text[..whole.start()]))
                    .flatten()
            {
                // "M23 seized Goma, the largest city in the east, in January": a date set
                // off by commas alone goes with the sentence's verb, here in the past
                // (not "…, setting the stage for an election on Feb. 23").
                tense
            } else {
                Tense::Unknown
            };
            read(&c, article_date, tense).map(|when| (when, whole.range()))
        })
        .collect()
}

/// Where the clause holding byte `at` starts: after the last comma or semicolon before it.
fn clause_start(text: &str, at: usize) -> usize {
    text[..at].rfind([',', ';']).map_or(0, |i| i + 1)
}

/// Whether a sentence names the day of what someone was ordered or called to do ("ordered
/// him to appear on Monday"): an act still to come, though told in the past.
pub(crate) fn names_a_directed_day(text: &str) -> bool {
    // Read for every sentence: most name no order or call at all, which one pass over
    // the words tells.
    static DIRECTING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new("ordered|summoned|told|asked|invited|urged|called").expect("valid regex")
    });
    if !DIRECTING.is_match(text) {
        return false;
    }
    DATE_EXPRESSION
        .find_iter(text)
        .any(|m| DIRECTED_AHEAD.is_match(&text[clause_start(text, m.start())..m.start()]))
}

/// The dates a statement writes out with a number ("Feb. 23", "in 2026"), not the ones
/// it gives relative to the article ("next year").
pub(crate) fn written_dates(text: &str, article_date: Option<Date>) -> Vec<When> {
    dates_in(text, article_date)
        .into_iter()
        .filter(|(_, range)| text[range.clone()].contains(|c: char| c.is_ascii_digit()))
        .map(|(when, _)| when)
        .collect()
}

/// A wire dateline's month and day at the top of an article ("TOKYO, Aug 24 (Reuters)
/// -", "KIEV, Ukraine, Feb. 22 (AP) —"), with no year.
static DATELINE_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^[A-Z][A-Z .'’-]{1,40},(?: [A-Z][A-Za-z .'’-]{1,40},)? ([A-Z][a-z]{2,8})\.? (\d{1,2}) \(",
    )
    .expect("valid regex")
});

/// The day an article without a publication date was filed, from its wire dateline:
/// the month and day it gives, in the year that puts it nearest `near` (the newest
/// publication date of the set's other articles, when one has any: a set reports one
/// story) and otherwise in the latest year; never after `today` (the briefing's date).
/// Only the first 600 characters are read.
pub(crate) fn dateline_day(text: &str, today: Date, near: Option<Date>) -> Option<Date> {
    let end = text
        .char_indices()
        .nth(600)
        .map_or(text.len(), |(at, _)| at);
    let top = &text[..end];
    let found = DATELINE_DAY.captures(top)?;
    let month = month_number(found.get(1)?.as_str())?;
    let day: u8 = found.get(2)?.as_str().parse().ok()?;
    if let Some(near) = near.filter(|near| *near <= today) {
        let distance = |d: &Date| (d.days_since_epoch() - near.days_since_epoch()).abs();
        return (near.year - 1..=near.year + 1)
            .filter_map(|year| Date::new(year, month, day))
            .filter(|d| *d <= today)
            .min_by_key(distance);
    }
    let this_year = Date::new(today.year, month, day)?;
    if this_year <= today {
        Some(this_year)
    } else {
        Date::new(today.year - 1, month, day)
    }
}

/// The most precise date a statement gives, if any.
/// Whether a date the text gives falls after `date`: a later day, or a later month or
/// year when the text names no day.
pub(crate) fn comes_after(when: When, date: Date) -> bool {
    match (when.month, when.day) {
        (Some(month), Some(day)) => (when.year, month, day) > (date.year, date.month, date.day),
        (Some(month), None) => (when.year, month) > (date.year, date.month),
        _ => when.year > date.year,
    }
}

/// The most precise date a thing to watch is due: not before its article's, and not the
/// day it was announced ("said on Thursday that Gonzalez would be summoned").
pub(crate) fn date_ahead(text: &str, article_date: Date) -> Option<When> {
    // On or after the article's day, month or year, as precisely as the text says.
    let date = article_date;
    let not_before = |when: &When| match (when.month, when.day) {
        (Some(month), Some(day)) => (when.year, month, day) >= (date.year, date.month, date.day),
        (Some(month), None) => (when.year, month) >= (date.year, date.month),
        _ => when.year >= date.year,
    };
    dates_in(text, Some(article_date))
        .into_iter()
        .filter(|(when, range)| not_before(when) && !said_on(&text[..range.start]))
        .map(|(when, _)| when)
        .max_by_key(precision)
}

/// Whether the words before a date are a verb of saying ("said on Thursday", "told
/// reporters on Friday"): the day of the saying.
fn said_on(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let first = words.next();
    let word = if first == Some("on") {
        words.next()
    } else {
        first
    };
    matches!(
        word,
        Some("said" | "says" | "announced" | "told" | "reporters" | "added" | "stated")
    )
}

pub(crate) fn date_of(text: &str, article_date: Option<Date>) -> Option<When> {
    dates_in(text, article_date)
        .into_iter()
        .map(|(when, _)| when)
        .max_by_key(precision)
}

fn read(c: &Captures<'_>, article: Option<Date>, tense: Tense) -> Option<When> {
    let number = |name: &str| c.name(name).and_then(|m| m.as_str().parse::<i32>().ok());
    let month_of = |name: &str| {
        c.name(name)
            .and_then(|m| month_number(m.as_str().trim_end_matches('.')))
    };
    for (day, month, year) in [("day", "month", "year"), ("day2", "month2", "year2")] {
        if let (Some(d), Some(m), Some(y)) = (number(day), month_of(month), number(year)) {
            return Date::new(y, m, d as u8).map(When::day);
        }
    }
    for (month, year, which) in [
        ("month3", "year3", "which_year"),
        ("month6", "year6", "which_year6"),
    ] {
        let Some(m) = month_of(month) else { continue };
        // "by December", "until June": a deadline ahead, whatever the tense.
        let deadline = c.name("preposition6").is_some_and(|p| {
            matches!(
                p.as_str().to_lowercase().as_str(),
                "by" | "until" | "till" | "before"
            )
        });
        let tense = if deadline { Tense::Future } else { tense };
        let year = match (number(year), c.name(which).map(|w| w.as_str())) {
            (Some(y), _) => y,
            (None, Some(which)) => article?.year + offset(which),
            // "in May": the year is the article's context.
            _ => nearest_year(article?, m, None, tense),
        };
        return Some(When::month(year, m));
    }
    for (day, month) in [("day4", "month4"), ("day5", "month5")] {
        if let (Some(d), Some(m)) = (number(day), month_of(month)) {
            let year = nearest_year(article?, m, Some(d as u8), tense);
            return Date::new(year, m, d as u8).map(When::day);
        }
    }
    if let Some(weekday) = c.name("weekday") {
        let which = c.name("which_day")?.as_str().to_lowercase();
        return Some(When::day(weekday_near(
            article?,
            weekday.as_str(),
            &which,
            tense == Tense::Future,
        )?));
    }
    if let Some(relative) = c.name("relative_day") {
        let shift = match relative.as_str().to_lowercase().as_str() {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        let date = article?;
        return Some(When::day(Date::from_epoch_days(
            date.days_since_epoch() + shift,
        )));
    }
    if let (Some(which), Some(period)) = (c.name("which_period"), c.name("period")) {
        let date = article?;
        let shift = offset(&which.as_str().to_lowercase());
        return Some(if period.as_str() == "year" {
            When::year(date.year + shift)
        } else {
            let months = date.year * 12 + i32::from(date.month) - 1 + shift;
            When::month(months.div_euclid(12), (months.rem_euclid(12) + 1) as u8)
        });
    }
    number("bare_year").map(When::year)
}

fn offset(which: &str) -> i32 {
    match which.to_lowercase().as_str() {
        "last" => -1,
        "next" => 1,
        _ => 0,
    }
}

/// The year for a month (and day) written without one: with a future tense the first
/// not yet past; with a past one the last not after the article's date; otherwise the
/// nearest within three months of it, else the last one before it.
fn nearest_year(article: Date, month: u8, day: Option<u8>, tense: Tense) -> i32 {
    // Days are counted as 1/31 of a month: close enough to compare distances.
    let serial =
        |year: i32, month: u8, day: u8| year * 372 + i32::from(month) * 31 + i32::from(day);
    let now = serial(article.year, article.month, article.day);
    let then = |year: i32| match day {
        Some(day) => serial(year, month, day),
        // A month is as near as its nearest day.
        None if (year, month) == (article.year, article.month) => now,
        None => serial(
            year,
            month,
            if (year, month) < (article.year, article.month) {
                31
            } else {
                1
            },
        ),
    };
    let candidates = article.year - 1..=article.year + 1;
    if tense == Tense::Future {
        // "will meet in March", "by December": the first one not yet past.
        return candidates
            .clone()
            .find(|&year| then(year) >= now)
            .unwrap_or(article.year);
    }
    let nearest = candidates
        .clone()
        .min_by_key(|&year| (then(year) - now).abs())
        .unwrap_or(article.year);
    if tense == Tense::Unknown && (then(nearest) - now).abs() <= 3 * 31 {
        return nearest;
    }
    candidates
        .rev()
        .find(|&year| then(year) <= now)
        .unwrap_or(nearest)
}

/// "On Wednesday" in an article of Thursday is the day before; with a future tense, the
/// Wednesday after. "Last"/"next" always look back/ahead.
fn weekday_near(article: Date, weekday: &str, which: &str, future: bool) -> Option<Date> {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    let target = DAYS.iter().position(|d| *d == weekday)? as i64;
    let days = article.days_since_epoch();
    // 1970-01-01 was a Thursday (index 3 from Monday).
    let today = (days + 3).rem_euclid(7);
    let back = (today - target).rem_euclid(7);
    let ahead = (target - today).rem_euclid(7);
    let shift = match which {
        "last" => -(if back == 0 { 7 } else { back }),
        "next" => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        _ if future => ahead,
        _ => -back,
    };
    Some(Date::from_epoch_days(days + shift))
}

/// Every dated sentence, earliest first; the same event reported by several articles is
/// one entry citing them all.
pub(crate) fn events(
    texts: &[&str],
    sentences: &[Sentence],
    bags: &[super::ranking::Bag],
    article_dates: &[Option<Date>],
    scores: &[f64],
    limit: usize,
) -> Vec<TimelineEvent> {
    // (event, its words, its score, whether its date is the day it was reported)
    let mut found: Vec<(TimelineEvent, &super::ranking::Bag, f64, bool)> = Vec::new();
    for (index, sentence) in sentences.iter().enumerate() {
        let text = texts[sentence.article];
        let sentence_text = &text[sentence.span.clone()];
        let mut dates = dates_in(sentence_text, article_dates[sentence.article]);
        // "“Today's order confirms …,” he told reporters": a day inside a quotation is
        // the speaker's way of talking, not the date of an event (offsets are kept; only
        // dated sentences are blanked).
        if !dates.is_empty() && sentence_text.contains(['“', '”', '"']) {
            let unquoted = super::outlook::without_quotes(sentence_text);
            dates = dates_in(&unquoted, article_dates[sentence.article]);
        }
        let Some((when, range)) = dates.into_iter().max_by(|a, b| {
            precision(&a.0)
                .cmp(&precision(&b.0))
                .then(b.1.start.cmp(&a.1.start))
        }) else {
            continue;
        };
        let evidence = Evidence::new(sentence.article, text, sentence.span.clone());
        let words = &bags[index];
        // "…, the ministry said on Thursday": the day it was reported, which may follow
        // the day the event happened by a day or two.
        let reported = reported_on(&sentence_text[..range.start]);
        let same_event = |e: &TimelineEvent, w: &super::ranking::Bag, e_reported: bool| {
            let day_of_it = e.date == when
                || reported && reported_after(&e.date, &when)
                || e_reported && reported_after(&when, &e.date);
            day_of_it && near_duplicate(words, w)
        };
        if let Some((event, _, score, event_reported)) =
            found.iter_mut().find(|(e, w, _, r)| same_event(e, w, *r))
        {
            // The event's own day, not the day it was reported, dates the entry.
            if *event_reported && !reported && event.date != when {
                event.date = when;
                event.date_text = sentence_text[range.clone()].to_owned();
                *event_reported = false;
            }
            if !event.statement.cites.contains(&evidence.source) {
                event.statement.cites.push(evidence.source);
                event.statement.cites.sort_unstable();
                event.statement.evidence.push(evidence);
                *score += scores[index];
            }
            continue;
        }
        found.push((
            TimelineEvent {
                date: when,
                date_text: sentence_text[range].to_owned(),
                statement: Statement {
                    text: normalise(sentence_text),
                    cites: vec![evidence.source],
                    evidence: vec![evidence],
                    rank: 0,
                    estimate: None,
                    date: None,
                },
            },
            words,
            scores[index],
            reported,
        ));
    }
    // Keep the most central events, then show them in date order.
    found.sort_by(|a, b| b.2.total_cmp(&a.2));
    found.truncate(limit);
    let mut events: Vec<TimelineEvent> = found
        .into_iter()
        .enumerate()
        .map(|(rank, (mut event, _, _, _))| {
            event.statement.rank = rank + 1;
            event
        })
        .collect();
    events.sort_by(|a, b| chronological(&a.date, &b.date));
    events
}

/// Whether the words before a date end on a reporting verb ("said on", "told
/// reporters on", "announced").
fn reported_on(before: &str) -> bool {
    before.split_whitespace().rev().take(3).any(|w| {
        matches!(
            w.trim_matches(|c: char| !is_letter(c)),
            "said" | "says" | "told" | "announced" | "added"
        )
    })
}

/// Whether `reported` is a day to three after `event`, both to the day.
fn reported_after(event: &When, reported: &When) -> bool {
    let day = |w: &When| Some(Date::new(w.year, w.month?, w.day?)?.days_since_epoch());
    match (day(event), day(reported)) {
        (Some(event), Some(reported)) => (1..=3).contains(&(reported - event)),
        _ => false,
    }
}

fn precision(when: &When) -> u8 {
    u8::from(when.month.is_some()) + u8::from(when.day.is_some())
}

/// A month sorts before the days within it; a stable sort keeps reading order for ties.
fn chronological(a: &When, b: &When) -> Ordering {
    (a.year, a.month.unwrap_or(0), a.day.unwrap_or(0)).cmp(&(
        b.year,
        b.month.unwrap_or(0),
        b.day.unwrap_or(0),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WEDNESDAY_6_AUGUST_2025: Date = Date {
        year: 2025,
        month: 8,
        day: 6,
    };

    fn dates(text: &str) -> Vec<(String, String)> {
        dates_in(text, Some(WEDNESDAY_6_AUGUST_2025))
            .into_iter()
            .map(|(when, range)| (when.to_string(), text[range].to_owned()))
            .collect()
    }

    fn first(text: &str) -> String {
        dates(text)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no date in {text}"))
            .0
    }

    #[test]
    fn a_wire_dateline_gives_the_day_in_the_latest_year_not_after_the_briefing() {
        let today = Date::new(2023, 8, 25).unwrap();
        let wire = "China suspends imports\n\nTOKYO, Aug 24 (Reuters) - Japan began the release.";
        assert_eq!(dateline_day(wire, today, None), Date::new(2023, 8, 24));
        let agency = "KIEV, Ukraine, Dec. 2 (AP) — Protesters gathered.";
        assert_eq!(dateline_day(agency, today, None), Date::new(2022, 12, 2));
        // A month and day in a sentence is no dateline.
        let sentence = "The talks, held on Aug 24 (a Thursday), ended early.";
        assert_eq!(dateline_day(sentence, today, None), None);
    }

    #[test]
    fn a_wire_dateline_takes_the_year_nearest_the_set_s_dated_articles() {
        let today = Date::new(2026, 12, 4).unwrap();
        let wire = "Vote\n\nTOKYO, Oct 21 (Reuters) - Takaichi was elected prime minister.";
        let paper = Date::new(2025, 10, 21);
        assert_eq!(dateline_day(wire, today, paper), Date::new(2025, 10, 21));
        // A wire filed just after the new year beside a paper of 30 December.
        let new_year = "Talks\n\nKYIV, Jan 2 (Reuters) - Talks resumed.";
        assert_eq!(
            dateline_day(new_year, today, Date::new(2025, 12, 30)),
            Date::new(2026, 1, 2)
        );
    }

    #[test]
    fn weekdays_are_read_against_the_article_date_and_tense() {
        assert_eq!(first("Fomin met Kumar on Wednesday."), "2025-08-06");
        assert_eq!(first("The ministers spoke on Monday."), "2025-08-04");
        assert_eq!(first("The ministers will speak on Friday."), "2025-08-08");
        assert_eq!(first("They met last Wednesday."), "2025-07-30");
        assert_eq!(first("They meet next Monday."), "2025-08-11");
        assert_eq!(first("He left yesterday."), "2025-08-05");
        // What someone was ordered or called to do on a day is still to come.
        assert_eq!(
            first("Prosecutors have ordered him to appear on Monday for questioning."),
            "2025-08-11"
        );
        assert_eq!(
            first(
                "Opposition figures have called for demonstrations across the country on Saturday."
            ),
            "2025-08-09"
        );
        // The call itself on a day is past.
        assert_eq!(first("He called for calm on Monday."), "2025-08-04");
        assert_eq!(
            first("Unions have called for a nationwide day of strikes on 18 September."),
            "2025-09-18"
        );
    }

    #[test]
    fn a_thing_to_watch_is_dated_when_due_not_when_announced_nor_before_its_article() {
        let ahead =
            |text: &str| date_ahead(text, WEDNESDAY_6_AUGUST_2025).map(|when| when.to_string());
        assert_eq!(
            ahead("Saab said on Thursday that Gonzalez would be summoned.").as_deref(),
            None
        );
        assert_eq!(
            ahead("Bayrou is expected to hand in his resignation on Tuesday.").as_deref(),
            Some("2025-08-12")
        );
        assert_eq!(
            ahead("The parliament is expected to vote later this month.").as_deref(),
            Some("2025-08")
        );
        assert_eq!(
            ahead("He would not sign until forces left, as they did in September 2023.").as_deref(),
            None
        );
    }

    #[test]
    fn months_keep_month_precision() {
        assert_eq!(first("Operation Sindoor in May this year."), "2025-05");
        assert_eq!(first("A summit is due in October."), "2025-10");
        assert_eq!(first("Talks stalled in December."), "2024-12");
        assert_eq!(first("The summit will be held next month."), "2025-09");
        assert_eq!(first("Tariffs rose in March 2024."), "2024-03");
        assert_eq!(first("Vessels arrive by December."), "2025-12");
        assert_eq!(
            first("Riyadh would host the next round in March."),
            "2026-03"
        );
        assert_eq!(
            first("The bloc will impose tariffs, the Commission said on Monday."),
            "2025-08-04"
        );
        // A reported modal looks ahead from the article's date.
        assert_eq!(
            first("Von der Leyen said the first payment could be made in September."),
            "2025-09"
        );
        // A past form says the month before the article's date, however near the next.
        assert_eq!(
            first("A checkpoint installed by border guards in October has left residents short of food."),
            "2024-10"
        );
        // Without a verb of its own the date goes with the sentence's tense.
        assert_eq!(
            first(
                "Pashinyan and Aliyev are due to meet at a summit in Granada, Spain, on 5 March."
            ),
            "2026-03-05"
        );
        // A date set off by commas alone goes with the sentence's verb: past too, the
        // month before the article's date though the next is nearer; a clause with a
        // verb of its own keeps its own reading.
        assert_eq!(
            first(
                "Scholz lost the vote, as expected, setting the stage for an election on Oct. 23."
            ),
            "2025-10-23"
        );
        assert_eq!(
            first("M23 seized Goma, the largest city in the east, in October."),
            "2024-10"
        );
        assert_eq!(first("The elections in September matter."), "2025-09");
    }

    #[test]
    fn full_dates_and_years_are_read_as_written() {
        assert_eq!(
            dates("The treaty was signed on 8 December 1987, and renewed August 6, 2025."),
            [
                ("1987-12-08".to_owned(), "8 December 1987".to_owned()),
                ("2025-08-06".to_owned(), "August 6, 2025".to_owned())
            ]
        );
        assert_eq!(first("Trade has doubled since 2019."), "2019");
        assert_eq!(first("The deal expires on 31 August."), "2025-08-31");
        assert_eq!(
            first("Long, who signed the deal on Monday, said it would help fishermen."),
            "2025-08-04",
            "the tense of the date's own clause"
        );
    }

    #[test]
    fn without_the_article_date_only_dates_with_a_year_count() {
        let found = dates_in("They met on Wednesday and again on 3 May 2024.", None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0.to_string(), "2024-05-03");
    }

    #[test]
    fn a_day_inside_a_quotation_dates_no_event() {
        let texts = [
            "“Today's order confirms what we have been saying for months,” he told \
             reporters. The court ruled on Tuesday against the blockade.",
        ];
        let (all, bags) = super::super::ranking::read(&texts);
        let found = events(
            &texts,
            &all,
            &bags,
            &[Date::new(2024, 3, 13)],
            &[1.0, 1.0],
            8,
        );
        let dated: Vec<&str> = found.iter().map(|e| e.statement.text.as_str()).collect();
        assert_eq!(dated, ["The court ruled on Tuesday against the blockade."]);
    }

    #[test]
    fn an_event_reported_a_day_later_is_one_entry_on_its_own_day() {
        let signed = "Indonesia and Vietnam signed an agreement in Jakarta on Wednesday \
                      settling the boundary between their exclusive economic zones.";
        let reported = "Vietnam and Indonesia have settled the boundary of their exclusive \
                        economic zones after twelve years of talks, Vietnam's foreign \
                        ministry said on Thursday.";
        let wednesday = Date::new(2025, 8, 6);
        let thursday = Date::new(2025, 8, 7);
        for (texts, article_dates) in [
            ([signed, reported], [wednesday, thursday]),
            ([reported, signed], [thursday, wednesday]),
        ] {
            let (all, bags) = super::super::ranking::read(&texts);
            let found = events(&texts, &all, &bags, &article_dates, &[1.0, 1.0], 8);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].date.to_string(), "2025-08-06");
            assert_eq!(found[0].statement.cites, vec![1, 2]);
        }
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(dates("Prices may rise sharply.").is_empty());
    }
}
