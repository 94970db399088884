//! What it means and what to watch: statements about the future and about consequences.
//!
//! A sentence is forward-looking when its own wording says so: future and modal forms
//! ("will", "set to", "could"), announced plans, threatened measures, timing ("soon",
//! "next week"). The strength of that wording ranks it; nothing is made stronger than
//! the source put it.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::estimative;
use super::lexicon::{capitalise_first, surname};
use super::ranking::{self, Bag};
use super::sentences::Sentence;
use super::timeline;
use super::{Actor, ActorKind, Evidence, Statement};
use crate::date::month_number;
use crate::Date;

/// How a sentence looks ahead.
#[derive(Debug, Clone)]
pub(crate) struct Forward {
    /// 1.0 for plans and future forms, less for modal or merely consequential wording.
    pub strength: f64,
    /// Byte offset of the marker in the article text, where a pending action starts.
    pub marker: usize,
    /// A pending action or event someone can watch for (not only a possibility).
    pub pending: bool,
}

/// The strength of a sentence that only names a consequence ("tariffs", "warned"): it
/// may rank as an implication, but it reports what happened, no forecast.
const CONSEQUENCE_ONLY: f64 = 0.4;

impl Forward {
    /// Whether the wording forecasts (a plan, a future form, a possibility) rather than
    /// only naming a consequence of what happened.
    pub fn looks_ahead(&self) -> bool {
        self.strength > CONSEQUENCE_ONLY
    }
}

static PLANNED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(will|shall|must\s+(?:now|still|first|soon)|(?:is|are)\s+(?:set|due|scheduled|expected|poised|slated|likely)\s+to|(?:is|are)\s+(?:set|due|scheduled|slated|planned)\s+(?:for|on|in)|(?:plans?|planning|intends?|aims?|vows?|vowed|pledged|threatens?|threatened)\s+to|is\s+to\s+\w+|are\s+to\s+\w+|to\s+be\s+held|upcoming|(?:the\s+)?next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year))(?-u:\b)",
    )
    .expect("valid regex")
});

/// An intention reported in the past tense: "Britain said it would bring a new draft",
/// "Aliyev said Baku would not sign", "Roque said Duterte's lawyers would file". Its verb
/// follows, to tell it from what "would have" happened.
static REPORTED_INTENTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:said|says|told\s+\w+|announced|pledged|promised|vowed|insisted|agreed)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?(?:it|they|he|she|we|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:['’]s\s+[a-z]+)?)\s+would\s+(\w+)(?:\s+([a-z]+))?",
    )
    .expect("valid regex")
});

/// Verbs after "would" that tell what is expected to happen to someone rather than what
/// they mean to do ("would have" is what did not happen).
const JUDGED_OUTCOMES: &[&str] = &[
    "have", "be", "struggle", "face", "fail", "need", "remain", "suffer", "lose", "likely",
    "probably", "prove", "mean", "hurt", "benefit", "find",
];

/// A past participle, as after "would be" in a plan told in the passive ("would be
/// summoned"); one that judges ("would be judged by its implementation") is no plan.
fn is_participle(word: &str) -> bool {
    let judging = matches!(
        word,
        "judged"
            | "seen"
            | "viewed"
            | "considered"
            | "regarded"
            | "remembered"
            | "welcomed"
            | "criticised"
            | "criticized"
            | "hailed"
            | "praised"
            | "blamed"
    );
    !judging && word.len() > 4 && (word.ends_with("ed") || word.ends_with("en"))
        || matches!(
            word,
            "held"
                | "sent"
                | "made"
                | "put"
                | "set"
                | "sworn"
                | "paid"
                | "kept"
                | "brought"
                | "told"
                | "tried"
                | "heard"
                | "built"
                | "sold"
                | "shut"
                | "cut"
                | "met"
        )
}

static POSSIBLE: LazyLock<Regex> = LazyLock::new(|| {
    // "may" in lower case only: "in May this year" is a month, not a possibility.
    Regex::new(
        r"(?-u:\b)([Cc]ould|may|[Mm]ight|[Ww]ould|[Ll]ikely|[Pp]ossible|[Rr]isk(?:s|ed)?)(?-u:\b)",
    )
    .expect("valid regex")
});

static CONSEQUENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(escalat\w*|consequences?|implications?|in response|pressure|warn(?:s|ed)?|accus(?:es|ed)|deadline)(?-u:\b)",
    )
    .expect("valid regex")
});

static SOON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)soon(?-u:\b)").expect("valid regex"));

/// For each sentence, whether and how it looks ahead; `dates` are the articles' own
/// dates, against which a date in a sentence is still to come.
pub(crate) fn forward_looking(
    texts: &[&str],
    sentences: &[Sentence],
    dates: &[Option<Date>],
) -> Vec<Option<Forward>> {
    sentences
        .iter()
        .map(|s| {
            // An article's lead reports its news, even in the future tense ("Iran will
            // allow the inspectors back"): what happened, not what to watch.
            if s.position == 0 {
                return None;
            }
            let text = &texts[s.article][s.span.clone()];
            let unquoted = without_quotes(text);
            let found = |re: &Regex| re.find(&unquoted).map(|m| s.span.start + m.start());
            let soon = SOON.is_match(&unquoted);
            // "The next year, the Taliban released two videos": the year after the one
            // told of, in a story of the past; "next year" looks ahead.
            // "Rand Paul, who had threatened to delay the vote, relented": a plan told
            // in the pluperfect is over.
            let planned = PLANNED
                .find_iter(&unquoted)
                .find(|m| {
                    let first = m.as_str().split_whitespace().next();
                    // (Anywhere in its clause: "…, who had called the vote to win support
                    // for his plan to cut …".)
                    let clause =
                        &unquoted[unquoted[..m.start()].rfind(',').unwrap_or(0)..m.start()];
                    let over = clause.trim_end().ends_with(" had") || clause.contains(" had ");
                    // "next year's budget" says which budget.
                    let which = unquoted[m.end()..].starts_with(['\'', '’']);
                    // "taken to The Hague against his will", "the political will": the
                    // noun, no future.
                    let the_noun = m.as_str().eq_ignore_ascii_case("will")
                        && unquoted[..m.start()]
                            .split_whitespace()
                            .next_back()
                            .is_some_and(|w| {
                                matches!(
                                    w.to_ascii_lowercase().as_str(),
                                    "his"
                                        | "her"
                                        | "their"
                                        | "its"
                                        | "our"
                                        | "my"
                                        | "your"
                                        | "the"
                                        | "a"
                                        | "own"
                                        | "free"
                                        | "political"
                                        | "good"
                                        | "ill"
                                )
                            });
                    // "a process that the United States and Qatar hope will end the
                    // conflict": a verb of hoping or saying right before "will" has its
                    // subject in a relative clause, which describes the noun.
                    let described = unquoted[..m.start()]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| {
                            // ("so will the others": "so" is no verb here.)
                            SAYING_AND_THINKING.contains(&w) && w != "so"
                                || matches!(w, "hope" | "fear" | "predict")
                        });
                    !first.is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && !over
                        && !the_noun
                        && !which
                        && !described
                })
                .map(|m| s.span.start + m.start());
            // "… said they would work with other council members on a new text": a plan
            // reported, whole sentence ("would have" is what did not happen).
            // "… said Takaichi would struggle to pass legislation": what someone expects
            // to befall another is a judgement, no plan (an implication at most).
            let intended = REPORTED_INTENTION
                .captures(&unquoted)
                .filter(|c| {
                    // "… would be summoned to testify": done to someone, by plan.
                    let passive = c.get(2).is_some_and(|next| is_participle(next.as_str()));
                    c.get(1).is_some_and(|verb| {
                        !JUDGED_OUTCOMES.contains(&verb.as_str())
                            || verb.as_str() == "be" && passive
                    })
                })
                .map(|_| s.span.start);
            if let Some(marker) = planned.or(intended) {
                let boost = if soon { 0.2 } else { 0.0 };
                return Some(Forward {
                    strength: 1.0 + boost,
                    marker,
                    pending: true,
                });
            }
            // "an early election on Feb. 23" after a December report: an event dated
            // after the article is still to come, whatever the tense.
            let dated = dates.get(s.article).copied().flatten();
            let still_to_come = dated.is_some_and(|date| {
                timeline::written_dates(&unquoted, Some(date))
                    .into_iter()
                    .any(|when| timeline::comes_after(when, date))
            });
            // "Prosecutors have ordered him to appear on Monday": the act ordered is.
            if still_to_come || timeline::names_a_directed_day(&unquoted) {
                return Some(Forward {
                    strength: 1.0,
                    marker: s.span.start,
                    pending: true,
                });
            }
            // "chose three companies to design landers that could carry astronauts": a
            // possibility inside a relative clause or a clause of time describes
            // something, as one stated in the past ("it was not possible to verify")
            // does; the sentence reports what happened.
            // "The resolution would have called on the army": what did not happen.
            let counterfactual = |at: usize| {
                text[at - s.span.start..]
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|next| next == "have")
            };
            let describes = |at: usize| {
                let at = at - s.span.start;
                in_describing_clause(text, at) || past_possibility(text, at)
            };
            if let Some(marker) =
                found(&POSSIBLE).filter(|&at| !describes(at) && !counterfactual(at))
            {
                return Some(Forward {
                    strength: 0.6,
                    marker,
                    pending: soon,
                });
            }
            found(&CONSEQUENCE).map(|marker| Forward {
                strength: CONSEQUENCE_ONLY,
                marker,
                pending: false,
            })
        })
        .collect()
}

/// Whether byte `at` of `sentence` sits in a clause that describes rather than forecasts:
/// a relative clause ("that", "which" or "who" after a noun, not after a verb of
/// saying) or a clause of time ("until next of kin could be told") opened within the four
/// words before.
fn in_describing_clause(sentence: &str, at: usize) -> bool {
    let before: Vec<&str> = sentence[..at].split_whitespace().rev().take(4).collect();
    let of_time = before
        .iter()
        .any(|w| matches!(*w, "until" | "before" | "after" | "once" | "since"));
    of_time
        || before.iter().enumerate().any(|(k, w)| {
            matches!(*w, "that" | "which" | "who")
                && before.get(k + 1).is_some_and(|previous| {
                    !SAYING_AND_THINKING.contains(previous) && !previous.ends_with(',')
                })
        })
}

/// Verbs after which "that" opens what is said, thought or expected, not a clause
/// describing a noun ("the government was betting that attention would fade").
const SAYING_AND_THINKING: &[&str] = &[
    "said",
    "says",
    "say",
    "warned",
    "warns",
    "added",
    "believes",
    "believe",
    "believed",
    "thinks",
    "think",
    "thought",
    "suggested",
    "suggests",
    "so",
    "betting",
    "bet",
    "bets",
    "expects",
    "expected",
    "expect",
    "hopes",
    "hoped",
    "fears",
    "feared",
    "predicted",
    "predicts",
    "argued",
    "argues",
    "noted",
    "insisted",
    "cautioned",
    "concluded",
    "estimated",
    "signalled",
    "signaled",
    "indicated",
    "acknowledged",
    "conceded",
    "claimed",
    "claims",
    "stressed",
    "worried",
    "worries",
];

/// "It was not possible to verify": a possibility stated in the past is a fact about then.
fn past_possibility(sentence: &str, at: usize) -> bool {
    let before: Vec<&str> = sentence[..at].split_whitespace().rev().take(2).collect();
    before.iter().any(|w| matches!(*w, "was" | "were" | "had"))
}

/// Quoted words are someone's rhetoric, not the report's own forecast: blank them out
/// (keeping byte offsets) before looking for markers.
pub(super) fn without_quotes(text: &str) -> Cow<'_, str> {
    // Most sentences quote no one: nothing to blank, nothing to copy.
    if !text.contains(['“', '”', '"']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    // "In the end, we will win,” Trump tweeted": a sentence whose first mark closes a
    // quotation opened in the sentence before starts inside it.
    let mut inside = text
        .find(['“', '”'])
        .is_some_and(|at| text[at..].starts_with('”'));
    for c in text.chars() {
        let blank = match c {
            '“' => {
                inside = true;
                true
            }
            '”' => {
                inside = false;
                true
            }
            // Straight quotes open and close alike.
            '"' => {
                inside = !inside;
                true
            }
            _ => inside,
        };
        if blank {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Forward-looking and consequential statements, strongest and most central first.
pub(crate) fn implications(
    texts: &[&str],
    sentences: &[Sentence],
    bags: &[ranking::Bag],
    scores: &[f64],
    forward: &[Option<Forward>],
    limit: usize,
) -> Vec<Statement> {
    let weighted: Vec<f64> = scores
        .iter()
        .zip(forward)
        .map(|(score, f)| f.as_ref().map_or(0.0, |f| score + f.strength))
        .collect();
    let candidates = (0..sentences.len())
        .filter(|&i| forward[i].is_some())
        .collect();
    let mut statements = ranking::select(texts, sentences, bags, &weighted, candidates, limit);
    for statement in &mut statements {
        statement.estimate = estimative::estimate(&without_quotes(&statement.text));
    }
    statements
}

/// Pending actions: "<who> <will do what>", cut from forward-looking sentences at the
/// actor that will act, strongest first.
pub(crate) fn watch(
    texts: &[&str],
    sentences: &[Sentence],
    bags: &[Bag],
    forward: &[Option<Forward>],
    actors: &[Actor],
    limit: usize,
) -> Vec<Statement> {
    let mut items: Vec<(f64, usize, Statement)> = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let Some(f) = forward[i].as_ref().filter(|f| f.pending) else {
            continue;
        };
        let text = texts[sentence.article];
        let before = &text[sentence.span.start..f.marker];
        let clause = text[f.marker..sentence.span.end].trim_end_matches(['.', ' ']);
        let source = sentence.article + 1;
        let present: Vec<&Actor> = actors
            .iter()
            .filter(|a| a.sources.contains(&source))
            .collect();
        let subject = subject_of(before, &present);
        let (line, start) = match subject {
            Some(name) => (format!("{name} {clause}"), f.marker),
            None => {
                let whole = text[sentence.span.clone()].trim_end_matches('.');
                // "He said he would call Zelenskiy …": the person the sentence before
                // names last, so the item says who.
                let pronoun = whole
                    .split_whitespace()
                    .next()
                    .filter(|w| matches!(*w, "He" | "She"));
                let named = pronoun.and_then(|pronoun| {
                    let before = sentences
                        .get(i.checked_sub(1)?)
                        .filter(|b| b.article == sentence.article)?;
                    let persons: Vec<&Actor> = present
                        .iter()
                        .copied()
                        .filter(|a| a.kind == ActorKind::Person)
                        .collect();
                    let said = format!("{} {}", &text[before.span.clone()], pronoun.to_lowercase());
                    subject_of(&said, &persons).map(|name| (name, pronoun.len()))
                });
                let line = match named {
                    Some((name, pronoun)) => format!("{name}{}", &whole[pronoun..]),
                    None => whole.to_owned(),
                };
                (line, sentence.span.start)
            }
        };
        let line = format!(
            "{}.",
            capitalise_first(&line.split_whitespace().collect::<Vec<_>>().join(" "))
        );
        if items.iter().any(|(_, _, s)| s.text == line) {
            continue;
        }
        let evidence = Evidence::new(sentence.article, text, start..sentence.span.end);
        // How likely the pending action is, from its own clause: "… would travel to
        // Washington on Monday, but he ruled out ceding territory" does not make the trip
        // unlikely.
        let own_clause = line
            .split(';')
            .next()
            .and_then(|c| c.split(", but ").next())
            .unwrap_or(&line);
        let estimate = estimative::estimate(&without_quotes(own_clause));
        items.push((
            f.strength,
            i,
            Statement {
                text: line,
                cites: vec![evidence.source],
                evidence: vec![evidence],
                rank: 0,
                estimate,
                date: None,
            },
        ));
    }
    items.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    // Two outlets announcing one vote in their own words ("The U.N. Security Council is
    // expected to vote …", "The UN security council will vote …"): one item, the one
    // that names the day when only it does ("before the deadline on 27 September").
    let mut kept: Vec<(f64, usize, Statement)> = Vec::new();
    for item in items {
        let again = kept
            .iter()
            .position(|(_, k, _)| ranking::near_duplicate(&bags[*k], &bags[item.1]));
        match again {
            None => kept.push(item),
            Some(at) => {
                if names_a_day(&item.2.text) && !names_a_day(&kept[at].2.text) {
                    kept[at] = item;
                }
            }
        }
    }
    let items = kept;
    items
        .into_iter()
        .take(limit)
        .enumerate()
        .map(|(rank, (_, _, mut s))| {
            s.rank = rank + 1;
            s
        })
        .collect()
}

/// A calendar day in the words: a month's name beside a number ("27 September", "Dec.
/// 27").
fn names_a_day(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).any(|pair| {
        let number = |w: &str| {
            w.trim_end_matches(['.', ',', ')'])
                .parse::<u8>()
                .is_ok_and(|d| (1..=31).contains(&d))
        };
        let month = |w: &str| month_number(w.trim_end_matches('.')).is_some();
        month(pair[0]) && number(pair[1]) || number(pair[0]) && month(pair[1])
    })
}

/// Who acts: the actor named right before the marker, or the person a pronoun there
/// refers to.
/// Words that open a phrase inside a subject ("talks with the IMF").
const PREPOSITIONS: &[&str] = &[
    "with", "of", "for", "between", "on", "about", "to", "from", "in", "by", "at", "against",
    "over", "among", "into", "under",
];

fn subject_of(before: &str, actors: &[&Actor]) -> Option<String> {
    let trimmed = before.trim_end();
    let last_word = trimmed.rsplit(char::is_whitespace).next().unwrap_or("");
    let mentions = |kinds: &[ActorKind]| {
        actors
            .iter()
            .filter(|a| kinds.contains(&a.kind))
            .flat_map(|a| {
                let surname = (a.kind == ActorKind::Person).then(|| surname(&a.name).to_owned());
                std::iter::once(a.name.clone())
                    .chain(a.aliases.iter().cloned())
                    .chain(surname)
                    .filter_map(|form| {
                        trimmed
                            .rfind(&form)
                            .map(|at| (at + form.len(), form, a.name.clone()))
                    })
                    .collect::<Vec<_>>()
            })
            .max_by_key(|(end, form, _)| (*end, form.len()))
    };
    if matches!(last_word, "he" | "she" | "He" | "She") {
        return mentions(&[ActorKind::Person]).map(|(_, _, name)| name);
    }
    let (end, form, _) = mentions(&[ActorKind::Person, ActorKind::Organisation, ActorKind::State])?;
    // Only the actor right before the verb is its subject ("New Delhi is set to").
    let gap = trimmed[end..].trim_start_matches(['’', '\'', 's']).trim();
    if !gap.is_empty() {
        return None;
    }
    let head = &trimmed[..end - form.len()];
    // "Talks with the IMF are expected to …": an actor inside a prepositional phrase is
    // not the subject; the whole sentence is the item.
    let mut before_words = head.split_whitespace().rev();
    let word_before = match before_words.next() {
        Some("the" | "The") => before_words.next(),
        other => other,
    };
    if word_before.is_some_and(|w| PREPOSITIONS.contains(&w)) {
        return None;
    }
    // "The Philippines and Malaysia are likely to …": both are the subject. A partner no
    // actor names ("Pashinyan and Aliyev are due …" with Pashinyan only a surname of
    // one) still is: then the whole sentence is the item, never half its subject.
    if let Some(head) = head.strip_suffix(" and ") {
        let partner = actors
            .iter()
            .flat_map(|a| {
                let surname = (a.kind == ActorKind::Person).then(|| surname(&a.name));
                std::iter::once(a.name.as_str())
                    .chain(a.aliases.iter().map(String::as_str))
                    .chain(surname)
            })
            .filter(|other| head.ends_with(other))
            .max_by_key(|other| other.len())?;
        // "Armenia, Azerbaijan and Russia": a longer list, which the sentence says best.
        if head[..head.len() - partner.len()].trim_end().ends_with(',') {
            return None;
        }
        return Some(format!("{partner} and {form}"));
    }
    // "The U.N. Security Council is expected to …", "the U.S. Senate will …": the
    // capitalised words right before the actor's name qualify it and stay with it.
    // So does an office with its "of" ("U.S. Secretary of State Antony Blinken").
    let head_words: Vec<&str> = head.split_whitespace().collect();
    let qualifies = |w: &str| {
        w.starts_with(char::is_uppercase)
            && !w.ends_with([',', ':', ';'])
            && !matches!(w, "The" | "A" | "An")
    };
    let mut from = head_words.len();
    while from > 0 {
        let w = head_words[from - 1];
        let joins = matches!(w, "of" | "for")
            && from >= 2
            && from < head_words.len()
            && qualifies(head_words[from - 2]);
        if qualifies(w) || joins {
            from -= 1;
        } else {
            break;
        }
    }
    if from == head_words.len() {
        return Some(form);
    }
    Some(format!("{} {form}", head_words[from..].join(" ")))
}

#[cfg(test)]
mod tests {
    use super::super::sentences;
    use super::*;

    #[test]
    fn a_possibility_in_a_describing_clause_or_the_past_does_not_make_the_report_look_ahead() {
        let lead =
            "The agency chose three companies to design landers that could carry astronauts.";
        let at = lead.find("could").unwrap();
        assert!(in_describing_clause(lead, at));
        let forecast = "Officials said that the talks could collapse.";
        assert!(!in_describing_clause(
            forecast,
            forecast.find("could").unwrap()
        ));
        let plain = "The talks could collapse next week.";
        assert!(!in_describing_clause(plain, plain.find("could").unwrap()));
        let later = "It withheld the names until next of kin could be told.";
        assert!(in_describing_clause(later, later.find("could").unwrap()));
        let past = "It was not possible to verify the claim.";
        assert!(past_possibility(past, past.find("possible").unwrap()));
    }

    /// How `sentence` looks ahead, read after a lead.
    /// Up to four items to watch in one text, its content words read as the analysis does.
    fn watch_of(
        text: &str,
        all: &[Sentence],
        forward: &[Option<Forward>],
        actors: &[Actor],
    ) -> Vec<Statement> {
        watch(
            &[text],
            all,
            &ranking::bags(&[text], all),
            forward,
            actors,
            4,
        )
    }

    fn forward_of(sentence: &str) -> Option<Forward> {
        let text = format!("Officials met on Monday. {sentence}");
        let all = sentences::split(0, &text);
        forward_looking(&[&text], &all, &[Some(REPORTED)]).remove(1)
    }

    /// The day the test articles report on.
    const REPORTED: Date = Date {
        year: 2024,
        month: 12,
        day: 16,
    };

    #[test]
    fn an_event_dated_after_the_report_and_an_obligation_are_pending() {
        let election = forward_of("That sets the stage for an early election on Feb. 23.");
        assert!(election.is_some_and(|f| f.pending));
        let must = forward_of("The president must now dissolve parliament within 21 days.");
        assert!(must.is_some_and(|f| f.pending));
        assert!(forward_of("It must have been a difficult night for the crew.").is_none());
        assert!(forward_of("Our baby carrier is another must-have here.").is_none());
        // Dated before the report: what happened.
        assert!(forward_of("The coalition collapsed on Nov. 6 after a row.").is_none());
        assert!(forward_of("The talks were held in March 2024 in Oslo.").is_none());
    }

    #[test]
    fn what_someone_bets_or_expects_will_happen_looks_ahead() {
        let bet = "Luis Pena said the government was betting that attention would fade.";
        assert!(forward_of(bet).is_some_and(|f| f.looks_ahead()), "{bet}");
        // A clause describing a noun does not.
        let described = "They chose firms that could carry astronauts to the Moon.";
        assert!(
            forward_of(described).is_none_or(|f| !f.looks_ahead()),
            "{described}"
        );
    }

    #[test]
    fn will_the_noun_is_no_future() {
        let taken = "Sara Duterte said her father was taken to The Hague against his will.";
        assert!(forward_of(taken).is_none_or(|f| !f.pending), "{taken}");
        let lacking = "Diplomats said the political will to end the war was lacking.";
        assert!(forward_of(lacking).is_none_or(|f| !f.pending), "{lacking}");
        let ordered = "Prosecutors have ordered him to appear on Monday for questioning.";
        assert!(forward_of(ordered).is_some_and(|f| f.pending), "{ordered}");
        let which = "MPs voted against Bayrou over his plan for next year's budget.";
        assert!(forward_of(which).is_none_or(|f| !f.pending), "{which}");
        let over = "MPs voted against Bayrou, who had called the vote to win support for \
                    his plan to cut the budget.";
        assert!(forward_of(over).is_none_or(|f| !f.pending), "{over}");
        let future = "Sara Duterte will travel to the Netherlands on Friday.";
        assert!(forward_of(future).is_some_and(|f| f.pending), "{future}");
    }

    #[test]
    fn a_future_inside_a_clause_describing_a_noun_is_no_plan() {
        let described = "Both sides signed a framework on Saturday, the latest step in a \
                         process that the United States and Qatar hope will end the conflict.";
        assert!(
            forward_of(described).is_none_or(|f| !f.pending),
            "{described}"
        );
        let plan = "The United States and Qatar hope the talks will end the conflict.";
        assert!(forward_of(plan).is_some_and(|f| f.pending), "{plan}");
    }

    #[test]
    fn a_plan_told_in_the_pluperfect_is_over() {
        let relented = forward_of(
            "Sen. Rand Paul, who had threatened to delay the vote, relented after he was \
             granted a vote on his amendment.",
        );
        assert!(relented.is_none_or(|f| !f.pending));
        let threat = forward_of("Sen. Rand Paul has threatened to delay the vote.");
        assert!(threat.is_some_and(|f| f.pending));
    }

    #[test]
    fn the_year_after_in_a_past_story_and_the_end_of_a_quotation_do_not_look_ahead() {
        assert!(
            forward_of("The next year, the rebels released two videos of the hostages.").is_none()
        );
        assert!(forward_of("The rebels will release the hostages next year.").is_some());
        assert!(forward_of(
            "In the end, we will win and save our country,” the president wrote after the hearing."
        )
        .is_none());
    }

    #[test]
    fn an_article_s_lead_is_its_news_even_in_the_future_tense() {
        let text = "Iran will allow inspectors to reinstall cameras, the agency said. \
                    The board will meet next week.";
        let all = sentences::split(0, text);
        let forward = forward_looking(&[text], &all, &[Some(REPORTED)]);
        assert!(forward[0].is_none());
        assert!(forward[1].as_ref().is_some_and(|f| f.pending));
    }

    #[test]
    fn plans_and_future_forms_are_pending() {
        let f = forward_of("New Delhi is set to procure more air defence systems soon.").unwrap();
        assert!(f.pending && f.strength > 1.0);
        assert!(
            forward_of("The minister will travel to Paris next week.")
                .unwrap()
                .pending
        );
        let scheduled = forward_of("A meeting of governors is scheduled for Monday in Kaduna.");
        assert!(scheduled.is_some_and(|f| f.pending));
    }

    #[test]
    fn modal_and_consequential_forms_are_weaker() {
        assert!(
            forward_of("The deal could reshape regional trade flows.")
                .unwrap()
                .strength
                < 1.0
        );
        assert!(
            forward_of("Beijing warned that the new tariffs hurt its exporters.")
                .unwrap()
                .strength
                < 0.6
        );
        assert!(forward_of("The ministers met in a friendly atmosphere.").is_none());
        // A measure in place is what happened, not a consequence; an accusation is
        // pressure on the accused.
        assert!(forward_of("His deputy is under U.S. sanctions.").is_none());
        assert!(forward_of("He criticised the tariffs imposed on exports.").is_none());
        assert!(forward_of("Washington accused Delhi of fuelling the war.").is_some());
    }

    #[test]
    fn an_intention_reported_in_the_past_is_pending_and_what_did_not_happen_is_not() {
        for sentence in [
            "Britain and Sierra Leone said they would work on a new text.",
            "The UK said it would bring a new draft before Christmas.",
            "Aliyev said Baku would not sign the treaty.",
            "Harry Roque said Duterte's lawyers would file a petition with the court.",
            "Tarek William Saab said on Thursday that Gonzalez would be summoned to testify.",
        ] {
            let forward = forward_of(sentence).expect(sentence);
            assert!(forward.pending && forward.looks_ahead(), "{sentence}");
        }
        // A thing's effect someone foresees is a judgement, not a plan to watch; so is
        // what someone expects to befall another.
        let judged = forward_of("Aid agencies said the veto would deepen the crisis.").unwrap();
        assert!(!judged.pending);
        for sentence in [
            "Hiroshi Tanabe, a political scientist, said Takaichi would struggle to pass laws.",
            "Analysts said Merz would face a hard winter in the Bundestag.",
        ] {
            let judged = forward_of(sentence).expect(sentence);
            assert!(!judged.pending && judged.looks_ahead(), "{sentence}");
        }
        assert!(forward_of("The resolution would have called on the army to stop.").is_none());
    }

    #[test]
    fn a_plan_said_by_he_names_the_person_the_sentence_before_names() {
        let text = "Trump met Putin in Alaska on Friday, Donald Trump told reporters. He said \
                    he would call Zelenskiy to brief him.";
        let all = sentences::split(0, text);
        let forward = forward_looking(&[text], &all, &[Some(REPORTED)]);
        let mut trump = Actor::named("Donald Trump", ActorKind::Person);
        trump.sources = vec![1];
        let watch = watch_of(text, &all, &forward, &[trump]);
        assert_eq!(
            watch.first().map(|w| w.text.as_str()),
            Some("Donald Trump said he would call Zelenskiy to brief him.")
        );
    }

    #[test]
    fn a_pending_action_is_judged_by_its_own_clause() {
        let text = "Leaders met on Saturday. Zelensky said he would travel to Washington on \
                    Monday, but he ruled out ceding territory.";
        let all = sentences::split(0, text);
        let forward = forward_looking(&[text], &all, &[Some(REPORTED)]);
        let watch = watch_of(text, &all, &forward, &[]);
        assert_eq!(watch.len(), 1, "{watch:?}");
        let estimate = watch[0].estimate.as_ref().expect("an estimate");
        assert_eq!(estimate.likelihood, estimative::Likelihood::Likely);
    }

    #[test]
    fn an_actor_inside_a_prepositional_phrase_is_not_who_will_act() {
        let imf = Actor::named("IMF", ActorKind::Organisation);
        let malawi = Actor::named("Malawi", ActorKind::State);
        let actors = [&imf, &malawi];
        assert_eq!(subject_of("Talks with the IMF ", &actors), None);
        assert_eq!(subject_of("A loan deal for Malawi ", &actors), None);
        assert_eq!(subject_of("The IMF ", &actors).as_deref(), Some("IMF"));
        assert_eq!(
            subject_of("Officials said Malawi ", &actors).as_deref(),
            Some("Malawi")
        );
    }

    #[test]
    fn one_event_two_outlets_announce_is_one_item_with_its_day() {
        let text = "The U.N. Security Council is expected to vote later this month on a \
                    resolution that would continue sanctions relief for Iran.\n\nThe UN \
                    security council will vote on a resolution to extend sanctions relief for \
                    Iran before the deadline on 27 September.";
        let all = sentences::split(0, text);
        let forward = forward_looking(&[text], &all, &[None]);
        let watch = watch_of(text, &all, &forward, &[]);
        assert_eq!(watch.len(), 1, "{watch:?}");
        assert!(watch[0].text.contains("27 September"), "{watch:?}");
    }

    #[test]
    fn the_capitalised_words_before_the_subject_qualify_it() {
        let council = Actor::named("Security Council", ActorKind::Organisation);
        let blinken = Actor::named("Antony Blinken", ActorKind::Person);
        let actors = [&council, &blinken];
        assert_eq!(
            subject_of("The U.N. Security Council ", &actors).as_deref(),
            Some("U.N. Security Council")
        );
        assert_eq!(
            subject_of(
                "Officials said U.S. Secretary of State Antony Blinken ",
                &actors
            )
            .as_deref(),
            Some("U.S. Secretary of State Antony Blinken")
        );
        assert_eq!(
            subject_of("Hopefully, Antony Blinken ", &actors).as_deref(),
            Some("Antony Blinken")
        );
    }

    #[test]
    fn a_subject_of_two_is_kept_whole_or_the_sentence_is_the_item() {
        let pashinyan = Actor::named("Nikol Pashinyan", ActorKind::Person);
        let aliyev = Actor::named("Ilham Aliyev", ActorKind::Person);
        let armenia = Actor::named("Armenia", ActorKind::State);
        let actors = [&aliyev, &armenia];
        // The partner is no actor of this article: never half the subject.
        assert_eq!(subject_of("Pashinyan and Aliyev ", &actors), None);
        let actors = [&pashinyan, &aliyev, &armenia];
        assert_eq!(
            subject_of("Pashinyan and Aliyev ", &actors).as_deref(),
            Some("Pashinyan and Aliyev")
        );
        // A longer list is the sentence's to say.
        assert_eq!(subject_of("Armenia, Pashinyan and Aliyev ", &actors), None);
    }

    #[test]
    fn future_words_inside_quotes_are_not_the_report_forecasting() {
        assert!(forward_of("“We will win,” the captain told reporters at the ground.").is_none());
    }
}
