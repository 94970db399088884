//! Quotes and statements: who said or stated what, with the words and where they are.
//!
//! Direct quotes are words in quotation marks with a speech verb outside them
//! ("“…,” read a statement issued by the Russian Defence Ministry"); reported statements
//! are an actor right before a speech verb ("Trump has accused New Delhi of …"). The
//! speaker is an actor the rules found, so "he" or "it" after a quote is the previous
//! speaker of the same article only when one was named just before.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::lexicon::{is_word_char, surname};
use super::sentences::Sentence;
use super::{Actor, ActorKind, Evidence, Statement};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The speaker's own words, in quotation marks.
    Direct,
    /// What the article says the speaker said.
    Reported,
}

/// A quote or statement: `text` is the quoted or reported words, `evidence` their span.
#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    /// The actor who said it, by the name the actor table uses.
    pub speaker: String,
    pub kind: QuoteKind,
    #[serde(flatten)]
    pub statement: Statement,
}

static SPEECH_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?:said|says|say|stated|states|told|tells|added|adds|warned|warns|accused|accuses|announced|announces|claimed|claims|argued|argues|insisted|insists|noted|notes|urged|urges|threatened|threatens|vowed|pledged|promised|denied|denies|rejected|criticised|criticized|called for|calls for|read|declared|stressed|emphasised|emphasized|confirmed|confirms|acknowledged|wrote|writes|posted|reiterated)(?-u:\b)",
    )
    .expect("valid regex")
});

/// Words that may stand between a speaker and the verb: "Trump has accused".
const BETWEEN_SPEAKER_AND_VERB: &[&str] = &["has", "had", "have", "also", "again", "later", "then"];

const PRONOUNS: &[&str] = &["he", "she", "it", "they", "He", "She", "It", "They"];

/// Quotes shorter than this are scare quotes inside a sentence ("very substantial").
const MIN_QUOTE_WORDS: usize = 5;

/// An actor named in a sentence: byte range in the article and the actor's name.
struct Named {
    range: Range<usize>,
    name: String,
    person: bool,
}

/// Every quote and statement of the articles, in reading order.
pub(crate) fn find(
    texts: &[&str],
    sentences: &[Sentence],
    actors: &[Actor],
) -> Vec<(usize, Quote)> {
    let forms = speaker_forms(actors);
    let mut quotes = Vec::new();
    // The last speaker named in each article, for "it added".
    let mut last_speaker: Vec<Option<(usize, String)>> = vec![None; texts.len()];
    for (index, sentence) in sentences.iter().enumerate() {
        let text = texts[sentence.article];
        let span = sentence.span.clone();
        let quoted = quoted_spans(text, span.clone());
        let outside = |at: usize| !quoted.iter().any(|q| q.contains(&at));
        let verbs: Vec<Range<usize>> = SPEECH_VERB
            .find_iter(&text[span.clone()])
            .map(|m| span.start + m.start()..span.start + m.end())
            .filter(|v| outside(v.start))
            .collect();
        if verbs.is_empty() {
            continue;
        }
        let named: Vec<Named> = names_in(text, span.clone(), &forms)
            .into_iter()
            .filter(|n| outside(n.range.start))
            .collect();
        let direct = quoted
            .iter()
            .filter(|q| {
                text[(*q).clone()]
                    .split_whitespace()
                    .take(MIN_QUOTE_WORDS)
                    .count()
                    >= MIN_QUOTE_WORDS
            })
            .max_by_key(|q| q.len());
        let found = match direct {
            Some(quote) => {
                let speaker = nearest_to_verb(text, &named, &verbs, quote).or_else(|| {
                    // "“…,” it added": the speaker named in the sentence before.
                    let pronoun = verbs
                        .iter()
                        .any(|v| word_before_or_after(text, v, PRONOUNS));
                    if !pronoun {
                        return None;
                    }
                    // "Yanukovich … called the vote a coup. “I am not going to leave,” he
                    // said": the person the sentence before is about, when it is not the
                    // last speaker's own.
                    let before = index
                        .checked_sub(1)
                        .map(|i| &sentences[i])
                        .filter(|b| b.article == sentence.article);
                    let (at, name) = last_speaker[sentence.article].clone().unzip();
                    let subject_before = before.filter(|b| at != Some(b.position)).and_then(|b| {
                        names_in(text, b.span.clone(), &forms)
                            .into_iter()
                            .find(|n| n.person)
                    });
                    match subject_before {
                        Some(subject) => Some(subject.name),
                        None => name.filter(|_| at.is_some_and(|at| sentence.position <= at + 2)),
                    }
                });
                speaker.map(|name| (name, QuoteKind::Direct, trim_quote(text, quote.clone())))
            }
            None => reported(text, &named, &verbs, span.end)
                .map(|(name, words)| (name, QuoteKind::Reported, words)),
        };
        let Some((speaker, kind, words)) = found else {
            continue;
        };
        last_speaker[sentence.article] = Some((sentence.position, speaker.clone()));
        let evidence = Evidence::new(sentence.article, text, words.clone());
        quotes.push((
            index,
            Quote {
                speaker,
                kind,
                statement: Statement {
                    text: text[words].split_whitespace().collect::<Vec<_>>().join(" "),
                    cites: vec![evidence.source],
                    evidence: vec![evidence],
                    rank: 0,
                    estimate: None,
                    date: None,
                },
            },
        ));
    }
    quotes
}

/// The names actors go by in text, found by their first word: a sentence is read once,
/// not once per name (1,000 articles name thousands of actors).
struct SpeakerForms {
    /// First word → the forms starting with it, longest first so "Donald Trump" wins
    /// over "Trump".
    by_first_word: HashMap<String, Vec<SpeakerForm>>,
}

/// One way the text may write an actor: "Trump" for "Donald Trump".
struct SpeakerForm {
    form: String,
    /// The actor's name in the table.
    name: String,
    person: bool,
}

fn speaker_forms(actors: &[Actor]) -> SpeakerForms {
    let mut by_first_word: HashMap<String, Vec<SpeakerForm>> = HashMap::new();
    for actor in actors {
        let person = actor.kind == ActorKind::Person;
        let mut add = |form: &str| {
            if form.chars().count() >= 2 {
                let first = form.split(' ').next().unwrap_or(form).to_owned();
                by_first_word.entry(first).or_default().push(SpeakerForm {
                    form: form.to_owned(),
                    name: actor.name.clone(),
                    person,
                });
            }
        };
        add(&actor.name);
        // "Organisation (ACRONYM)": the text writes the name without the acronym.
        if let Some((bare, _)) = actor.name.split_once(" (") {
            add(bare);
        }
        for alias in &actor.aliases {
            add(alias);
        }
        if actor.kind == ActorKind::Person {
            add(surname(&actor.name));
        }
    }
    for forms in by_first_word.values_mut() {
        forms.sort_by(|a, b| {
            b.form
                .len()
                .cmp(&a.form.len())
                .then_with(|| a.form.cmp(&b.form))
        });
    }
    SpeakerForms { by_first_word }
}

fn names_in(text: &str, span: Range<usize>, forms: &SpeakerForms) -> Vec<Named> {
    let sentence = &text[span.clone()];
    let mut found: Vec<Named> = Vec::new();
    let mut at = 0;
    for token in sentence.split(' ') {
        let start = at;
        at += token.len() + 1;
        // The word as a form's first word would be written: no leading quote or
        // bracket, no trailing punctuation or possessive.
        let lead = token.len() - token.trim_start_matches(['“', '"', '(', '‘']).len();
        let word = &token[lead..];
        let bare = word.trim_end_matches([',', '.', ';', ':', ')', '”', '"', '?', '!']);
        let bare = bare
            .strip_suffix("’s")
            .or_else(|| bare.strip_suffix("'s"))
            .unwrap_or(bare);
        let candidates = [word, bare]
            .into_iter()
            .filter_map(|w| forms.by_first_word.get(w))
            .flatten();
        let from = span.start + start + lead;
        for candidate in candidates {
            if !text[from..span.end].starts_with(candidate.form.as_str()) {
                continue;
            }
            let range = from..from + candidate.form.len();
            let whole_word = !text[range.end..].starts_with(is_word_char);
            let overlaps = found
                .iter()
                .any(|n| range.start < n.range.end && n.range.start < range.end);
            if whole_word && !overlaps {
                found.push(Named {
                    range,
                    name: candidate.name.clone(),
                    person: candidate.person,
                });
                break;
            }
        }
    }
    found.sort_by_key(|n| n.range.start);
    found
}

/// Byte ranges of the text inside quotation marks, marks excluded.
fn quoted_spans(text: &str, span: Range<usize>) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text[span.clone()].char_indices() {
        let at = span.start + i;
        match (c, open) {
            ('“', _) => open = Some(at + c.len_utf8()),
            ('"', None) => open = Some(at + 1),
            ('”' | '"', Some(start)) => {
                spans.push(start..at);
                open = None;
            }
            _ => {}
        }
    }
    spans
}

/// "Geoffrey Berman, the U.S. attorney for the Southern District, said": the person
/// before an appositive that ends at the verb, not the body or state the appositive
/// names.
fn person_before_appositive<'n>(
    text: &str,
    named: &'n [Named],
    verb: &Range<usize>,
) -> Option<&'n Named> {
    let person = named
        .iter()
        .rev()
        .find(|n| n.person && n.range.end <= verb.start)?;
    let between = text[person.range.end..verb.start].trim();
    let appositive = between.len() > 2
        && between.len() <= 160
        && between.starts_with(',')
        && between.ends_with(',')
        && !SPEECH_VERB.is_match(between);
    appositive.then_some(person)
}

/// The named actor closest to a speech verb, on the side of the verb away from the
/// quote or right after it ("said Trump"); a person before an appositive ending at the
/// verb first.
fn nearest_to_verb(
    text: &str,
    named: &[Named],
    verbs: &[Range<usize>],
    quote: &Range<usize>,
) -> Option<String> {
    let away_from_quote = |n: &Named| n.range.start >= quote.end || n.range.end <= quote.start;
    if let Some(person) = verbs
        .iter()
        .filter_map(|verb| person_before_appositive(text, named, verb))
        .find(|n| away_from_quote(n))
    {
        return Some(person.name.clone());
    }
    verbs
        .iter()
        .flat_map(|verb| {
            named.iter().filter_map(move |n| {
                let after = n.range.start >= verb.end;
                if after && !speaks_after(text, verb, n) {
                    return None;
                }
                let distance = if n.range.end <= verb.start {
                    verb.start - n.range.end
                } else {
                    n.range.start.saturating_sub(verb.end)
                };
                (away_from_quote(n) && distance <= 80).then_some((distance, n))
            })
        })
        .min_by_key(|(distance, n)| (*distance, n.range.start))
        .map(|(_, nearest)| titled_person_after(text, named, nearest).unwrap_or(nearest))
        .map(|n| n.name.clone())
}

/// Verbs whose object is who is spoken to or about ("urged Thailand", "told Reuters",
/// "accused Russia"): a name after them is not the speaker.
const ADDRESSING_VERBS: &[&str] = &[
    "told",
    "tells",
    "urged",
    "urges",
    "warned",
    "warns",
    "accused",
    "accuses",
    "criticised",
    "criticized",
    "rejected",
    "denied",
    "denies",
    "threatened",
    "threatens",
];

/// Words that open a clause's verb: a name before one is the subject of what was said
/// ("said the United States was concerned"), not who said it.
const CLAUSE_VERBS: &[&str] = &[
    "was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "can", "should",
    "must", "may", "might", "did", "does", "do",
];

/// Whether a name written after a speech verb is its speaker ("said Trump"), not the one
/// it is addressed to, the subject of the clause it introduces or the paper that printed
/// it.
fn speaks_after(text: &str, verb: &Range<usize>, name: &Named) -> bool {
    let next_word = text[name.range.end..]
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(|c: char| !is_word_char(c)));
    // "said one legal expert, as reported by the Independent newspaper": the name after
    // "reported by" or "according to" is where the words were printed.
    let between = &text[verb.end..name.range.start];
    let cited = between.contains("reported by") || between.contains("according to");
    !ADDRESSING_VERBS.contains(&&text[verb.clone()])
        && !next_word.is_some_and(|w| CLAUSE_VERBS.contains(&w))
        && !cited
}

/// "said White House Press Secretary Stephanie Grisham": a body or state that opens a
/// title is the title's; the person the title is of speaks.
fn titled_person_after<'n>(text: &str, named: &'n [Named], body: &Named) -> Option<&'n Named> {
    if body.person {
        return None;
    }
    named.iter().find(|n| {
        n.person
            && n.range.start >= body.range.end
            && text[body.range.end..n.range.start]
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
    })
}

fn word_before_or_after(text: &str, verb: &Range<usize>, words: &[&str]) -> bool {
    let before = text[..verb.start].split_whitespace().next_back();
    let after = text[verb.end..].split_whitespace().next();
    let bare = |w: &str| w.trim_matches(|c: char| !is_word_char(c)).to_owned();
    before
        .into_iter()
        .chain(after)
        .any(|w| words.contains(&bare(w).as_str()))
}

/// "Trump has accused New Delhi of …": an actor right before a speech verb, and what
/// follows the verb to the end of the sentence.
fn reported(
    text: &str,
    named: &[Named],
    verbs: &[Range<usize>],
    end: usize,
) -> Option<(String, Range<usize>)> {
    verbs.iter().find_map(|verb| {
        let speaker = match person_before_appositive(text, named, verb) {
            Some(person) => person,
            None => {
                let speaker = named.iter().rev().find(|n| n.range.end <= verb.start)?;
                let gap = text[speaker.range.end..verb.start]
                    .trim_start_matches(['’', '\'', 's'])
                    .split_whitespace()
                    .all(|w| BETWEEN_SPEAKER_AND_VERB.contains(&w));
                if !gap {
                    return None;
                }
                speaker
            }
        };
        let rest = &text[verb.end..end];
        let skipped = rest.len() - rest.trim_start().trim_start_matches("that ").len();
        let start = verb.end + skipped;
        let words = text[start..end].trim_end_matches(['.', ' ']);
        // "…, his spokesman said in a statement.": what was said came before; the words
        // after the verb only say how, so they are no statement.
        let only_how = words.split_whitespace().take(7).count() <= 6
            && words.split_whitespace().next().is_some_and(|w| {
                matches!(
                    w,
                    "in" | "on"
                        | "at"
                        | "during"
                        | "via"
                        | "through"
                        | "after"
                        | "late"
                        | "earlier"
                )
            });
        if only_how {
            return None;
        }
        // "Russia and China have said they oppose …": both said it.
        let partner = named
            .iter()
            .rev()
            .find(|n| n.range.end <= speaker.range.start)
            .filter(|n| text[n.range.end..speaker.range.start].trim() == "and");
        let name = match partner {
            Some(partner) => format!("{} and {}", partner.name, speaker.name),
            None => speaker.name.clone(),
        };
        // The statement keeps its verb, so "<speaker> <text>" reads as a sentence:
        // "accused New Delhi of …", "said it would protect fishermen".
        (words.split_whitespace().take(3).count() >= 3)
            .then(|| (name, verb.start..start + words.len()))
    })
}

/// Drops a closing comma inside the marks: “…,” read a statement.
fn trim_quote(text: &str, quote: Range<usize>) -> Range<usize> {
    let trimmed = text[quote.clone()].trim_end_matches([',', ' ']);
    quote.start..quote.start + trimmed.len()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::super::actors::ActorFinder;
    use super::super::sentences;
    use super::*;

    fn quotes_of(text: &str) -> Vec<(String, QuoteKind, String)> {
        let texts = [text];
        let all = sentences::split(0, text);
        let actors: Vec<Actor> = ActorFinder::new(&texts, BTreeSet::new())
            .find(&all)
            .actors
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        find(&texts, &all, &actors)
            .into_iter()
            .map(|(_, q)| (q.speaker, q.kind, q.statement.text))
            .collect()
    }

    #[test]
    fn a_statement_issued_by_an_organisation_is_its_quote() {
        let found = quotes_of("“During the talks, the sides discussed topical issues of bilateral cooperation,” read a statement issued by the Russian Defence Ministry. “The meeting took place in a warm and friendly atmosphere,” it added.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, "Russian Defence Ministry");
        assert_eq!(found[0].1, QuoteKind::Direct);
        assert_eq!(
            found[0].2,
            "During the talks, the sides discussed topical issues of bilateral cooperation"
        );
        assert_eq!(found[1].0, "Russian Defence Ministry", "“…,” it added");
    }

    #[test]
    fn the_person_speaks_not_the_body_in_their_title_or_appositive() {
        let found = quotes_of(
            "The United States charged two guards on Tuesday. “The defendants had a duty to \
             keep the inmates safe,” Ana Berrow, the U.S. attorney for the Southern District \
             of New York, said in a news release. “We pray for the full recovery of both \
             men,” said White House Press Secretary Lena Marsh. Omar Reyes, a spokesman for \
             the coalition, told VOA correspondent Dana Kell that the claim “is patently \
             false and has no basis at all.”",
        );
        let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            ["Ana Berrow", "Lena Marsh", "Omar Reyes"],
            "{found:?}"
        );
    }

    #[test]
    fn a_surname_before_a_speech_verb_reports_a_statement() {
        let found = quotes_of("US President Donald Trump announced new tariffs on Indian goods. Trump has accused New Delhi of “fuelling the war machine” by buying Russian oil.");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].2.starts_with("announced new tariffs"), "{found:?}");
        let said = quotes_of("Dewi Kartika called it proof of law, while Tran Van Long said it would protect fishermen.");
        assert_eq!(said[0].0, "Tran Van Long", "{said:?}");
        assert_eq!(said[0].2, "said it would protect fishermen");
        let (speaker, kind, words) = &found[1];
        assert_eq!(
            (speaker.as_str(), *kind),
            ("Donald Trump", QuoteKind::Reported)
        );
        assert!(words.starts_with("accused New Delhi of"), "{words}");
    }

    #[test]
    fn a_name_after_the_verb_is_no_speaker_when_addressed_the_clause_s_subject_or_the_paper() {
        let found = quotes_of(
            "Thailand banned the film on Tuesday. A U.S. State Department spokesperson said \
             the United States was “concerned by any restriction on the free press” and urged \
             Thailand to allow it. “Prince Andrew is not entitled to any form of immunity,” \
             said one legal expert, as reported by the Independent newspaper. Tim Cook \
             visited the store. “I love the way you keep learning,” he told Marc Benioff.",
        );
        let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(speakers, ["U.S. State Department", "Tim Cook"], "{found:?}");
    }

    #[test]
    fn how_a_statement_was_made_is_no_statement() {
        let quotes = quotes_of(
            "President Bola Tinubu ordered security agencies to rescue the pupils, his \
             spokesman Ajuri Ngelale said in a statement on Friday.",
        );
        assert!(
            !quotes
                .iter()
                .any(|(_, _, text)| text.contains("in a statement")),
            "{quotes:?}"
        );
    }

    #[test]
    fn a_statement_two_make_together_is_both_of_theirs() {
        let found = quotes_of("Russia and China have said they oppose the snapback.");
        assert!(
            found
                .iter()
                .any(|(speaker, _, _)| speaker == "Russia and China"),
            "{found:?}"
        );
    }

    #[test]
    fn said_after_the_quote_names_the_speaker() {
        let found = quotes_of("“We will not accept any deadline set by others,” Foreign Minister Wang Yi said on Monday.");
        assert_eq!(found[0].0, "Wang Yi");
        assert_eq!(found[0].2, "We will not accept any deadline set by others");
    }

    #[test]
    fn he_after_a_quote_is_the_person_the_sentence_before_is_about() {
        let found = quotes_of(
            "“We will form a government of national unity,” opposition leader Arseny \
             Yatseniuk said. President Viktor Yanukovich, speaking on television, called the \
             vote a coup. “I am not going to leave the country,” he said. “Nor will my \
             ministers leave their posts,” he added.",
        );
        let speakers: Vec<&str> = found.iter().map(|(s, _, _)| s.as_str()).collect();
        assert_eq!(
            speakers,
            ["Arseny Yatseniuk", "Viktor Yanukovich", "Viktor Yanukovich"],
            "{found:?}"
        );
    }

    #[test]
    fn a_pronoun_without_a_named_speaker_before_is_no_quote() {
        assert!(quotes_of("“This is a very good day for all of us,” he said.").is_empty());
    }
}
