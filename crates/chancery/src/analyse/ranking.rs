//! Which sentences matter: centrality against the whole set, and near-duplicate merging.
//!
//! Centrality is cosine similarity between a sentence's words and the centroid of all
//! other sentences (the MEAD centroid method): linear in the text, where pairwise
//! TextRank is quadratic and 100 articles hold ~1,500 sentences.

use std::cmp::Ordering;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::gazetteer::{Naming, GAZETTEER};
use super::lexicon::is_word_char;
use super::outlook::Forward;
use super::sentences::Sentence;
use super::{Evidence, Statement};

const STOPWORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it",
    "its", "this", "that", "these", "those", "which", "who", "whom", "whose", "he", "she", "they",
    "them", "his", "her", "their", "we", "our", "you", "your", "i", "also", "than", "then",
    "there", "here", "into", "over", "about", "after", "before", "while", "said", "says", "say",
    "not", "no", "so", "if", "because", "such", "both", "other", "more", "most", "very", "can",
    "will", "would", "could", "may", "might", "should", "do", "does", "did", "up", "out", "all",
    "any", "some", "one", "two", "time", "when", "what",
];

static STOPWORD_SET: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| STOPWORDS.iter().copied().collect());

fn stem(word: &str) -> &str {
    let long = |suffix: &str, keep: usize| {
        word.strip_suffix(suffix)
            .filter(|stem| stem.chars().count() >= keep)
    };
    long("ing", 3)
        .or_else(|| long("ed", 3))
        .or_else(|| (!word.ends_with("ss")).then(|| long("s", 3)).flatten())
        .unwrap_or(word)
}

/// A sentence's content words, lower case and crudely stemmed ("settled", "settling" →
/// "settl"), as numbers in one vocabulary of the whole set: sorted, each once, so two
/// bags compare in one pass and a word's weight is found by index, not by hashing it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Bag(Vec<u32>);

impl Bag {
    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many content words the two sentences share.
    pub(crate) fn shared(&self, other: &Bag) -> usize {
        let (mut i, mut j, mut shared) = (0, 0, 0);
        while let (Some(a), Some(b)) = (self.0.get(i), other.0.get(j)) {
            match a.cmp(b) {
                Ordering::Less => i += 1,
                Ordering::Greater => j += 1,
                Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared
    }

    fn words(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().map(|&id| id as usize)
    }
}

/// The content words of every sentence, computed once for every section that compares
/// sentences.
/// The state a demonym names, when its name is one word ("Ukrainian" → "Ukraine").
fn state_of_demonym(word: &str) -> Option<&'static str> {
    let (state, naming) = GAZETTEER.lookup(word)?;
    let name = GAZETTEER.name(state);
    (naming == Naming::Demonym && !name.contains(' ')).then_some(name)
}

/// A longer word as its spelling variants share it, written into `key`: "y" after the
/// first letter read as "i", a doubled letter as one ("yanukovych" and "yanukovich" →
/// "yanukovich", "yatsenyuk" → "yatseniuk"). False, and `key` untouched, when the word
/// is its own key. One buffer for every word: this runs on each word of the set.
fn spelling_key(word: &str, key: &mut String) -> bool {
    // Transliterated names are written in ASCII; other scripts keep their spelling.
    let varies = word.len() >= 6
        && word.is_ascii()
        && (word[1..].contains('y') || word.as_bytes().windows(2).any(|p| p[0] == p[1]));
    if !varies {
        return false;
    }
    key.clear();
    for (i, c) in word.chars().enumerate() {
        let c = if i > 0 && c == 'y' { 'i' } else { c };
        if !key.ends_with(c) {
            key.push(c);
        }
    }
    true
}

pub(crate) fn bags<'t>(texts: &[&'t str], sentences: &[Sentence]) -> Vec<Bag> {
    let mut vocabulary: FxHashMap<String, u32> = FxHashMap::default();
    // Each word as written, read once: the same few thousand words make up most of a
    // set, and lowering, stemming and the gazetteer cost more than one look-up.
    let mut seen: FxHashMap<&'t str, Option<u32>> = FxHashMap::default();
    let mut lower = String::new();
    let mut spelling = String::new();
    sentences
        .iter()
        .map(|s| {
            let text: &'t str = &texts[s.article][s.span.clone()];
            let mut ids = Vec::new();
            for word in text.split(|c: char| !is_word_char(c) && c != '-') {
                let word = word.trim_matches('-');
                let id = *seen
                    .entry(word)
                    .or_insert_with(|| word_id(word, &mut vocabulary, &mut lower, &mut spelling));
                ids.extend(id);
            }
            ids.sort_unstable();
            ids.dedup();
            Bag(ids)
        })
        .collect()
}

/// A word's number in `vocabulary` (given one if new), or none for a stopword or a
/// single letter. `lower` and `spelling` are buffers reused from word to word.
fn word_id(
    word: &str,
    vocabulary: &mut FxHashMap<String, u32>,
    lower: &mut String,
    spelling: &mut String,
) -> Option<u32> {
    let key = content_word(word, lower, spelling)?;
    // A word seen before is looked up without a copy of it.
    Some(match vocabulary.get(key) {
        Some(&id) => id,
        None => {
            let id = vocabulary.len() as u32;
            vocabulary.insert(key.to_owned(), id);
            id
        }
    })
}

/// The form a word is compared in: lower case, a demonym as its state, crudely stemmed,
/// a spelling variant as its key; none for a stopword or a single letter. Written into
/// `lower` or `spelling`, buffers reused from word to word.
fn content_word<'b>(
    word: &str,
    lower: &'b mut String,
    spelling: &'b mut String,
) -> Option<&'b str> {
    lower.clear();
    if word.is_ascii() {
        lower.push_str(word);
        lower.make_ascii_lowercase();
    } else {
        lower.extend(word.chars().flat_map(char::to_lowercase));
    }
    if lower.chars().nth(1).is_none() || STOPWORD_SET.contains(lower.as_str()) {
        return None;
    }
    // "Ukrainian lawmakers" and "Ukraine's parliament" name one state.
    if word.starts_with(char::is_uppercase) {
        if let Some(state) = state_of_demonym(word) {
            lower.clear();
            lower.extend(state.chars().flat_map(char::to_lowercase));
        }
    }
    let lower: &'b String = lower;
    let stem = stem(lower);
    // "Yanukovich" and "Yanukovych", "Yatseniuk" and "Yatsenyuk": one name spelt two
    // ways is one word.
    if spelling_key(stem, spelling) {
        let spelling: &'b String = spelling;
        Some(spelling.as_str())
    } else {
        Some(stem)
    }
}

/// A score per sentence: how much it shares with what the whole set talks about.
pub(crate) fn centrality(texts: &[&str], sentences: &[Sentence], bags: &[Bag]) -> Vec<f64> {
    let vocabulary = bags.iter().flat_map(Bag::words).max().map_or(0, |w| w + 1);
    let mut document_frequency = vec![0.0_f64; vocabulary];
    for bag in bags {
        for word in bag.words() {
            document_frequency[word] += 1.0;
        }
    }
    let n = bags.len().max(1) as f64;
    // Every word of the vocabulary is in some bag: its frequency is at least one.
    let weight: Vec<f64> = document_frequency
        .iter()
        .map(|&df| (n / df).ln() + 1.0)
        .collect();
    let centroid: Vec<f64> = document_frequency
        .iter()
        .zip(&weight)
        .map(|(df, w)| df * w)
        .collect();
    let centroid_norm: f64 = centroid.iter().map(|v| v * v).sum::<f64>().sqrt();

    bags.iter()
        .zip(sentences)
        .map(|(bag, sentence)| {
            if bag.is_empty() {
                return 0.0;
            }
            // Similarity to the centroid of the *other* sentences.
            let mut dot = 0.0;
            let mut norm = 0.0;
            for word in bag.words() {
                let w = weight[word];
                dot += w * (centroid[word] - w);
                norm += w * w;
            }
            let cosine = dot / (norm.sqrt() * centroid_norm).max(f64::EPSILON);
            let words = texts[sentence.article][sentence.span.clone()]
                .split_whitespace()
                .count();
            // Leads carry the news; fragments and run-ons make poor statements.
            let lead = match sentence.position {
                0 => 0.12,
                1 => 0.06,
                _ => 0.0,
            };
            let length = if (8..=55).contains(&words) { 0.0 } else { -0.1 };
            cosine + lead + length
        })
        .collect()
}

/// The `limit` most central sentences that are not forward-looking, near-duplicates
/// merged into one statement that cites every source.
pub(crate) fn rank_statements(
    texts: &[&str],
    sentences: &[Sentence],
    bags: &[Bag],
    scores: &[f64],
    forward: &[Option<Forward>],
    limit: usize,
) -> Vec<Statement> {
    // A sentence that only names a consequence ("tariffs", "warned") reports what
    // happened; one that looks ahead belongs to implications and what to watch.
    // A quotation said by "he" or "she" leaves the reader asking who: it stays a quote,
    // where its speaker is named, and is no statement of its own.
    let candidates: Vec<usize> = (0..sentences.len())
        .filter(|&i| forward[i].as_ref().is_none_or(|f| !f.looks_ahead()))
        .filter(|&i| {
            let s = &sentences[i];
            !speaker_unnamed(&texts[s.article][s.span.clone()])
        })
        .collect();
    select(texts, sentences, bags, scores, candidates, limit)
}

/// A quotation the sentence names no speaker for: "“Russia sees an opening,” he said."
/// (a pronoun), or a sentence that is all quotation, its speaker named in the one before.
fn speaker_unnamed(sentence: &str) -> bool {
    // Most sentences quote no one: a closing mark's byte ('"', or the last of '”') is
    // looked for first.
    if memchr::memrchr2(b'"', 0x9D, sentence.as_bytes()).is_none() {
        return false;
    }
    let mut chars = sentence.chars();
    let opens = chars.next().is_some_and(|c| matches!(c, '“' | '"'));
    let inner = chars.as_str().trim_end();
    // The first closing mark is the sentence's last character.
    let all_quoted = opens
        && inner
            .char_indices()
            .find(|(_, c)| matches!(c, '”' | '"'))
            .is_some_and(|(at, c)| at + c.len_utf8() == inner.len());
    all_quoted || said_by_a_pronoun(sentence)
}

/// "“Russia sees an opening in Port Sudan,” he said.": a quotation whose only speaker
/// is a pronoun after it.
fn said_by_a_pronoun(sentence: &str) -> bool {
    let Some((quoted, tail)) = sentence.rsplit_once(['”', '"']) else {
        return false;
    };
    let mut words = tail.trim_end_matches(['.', ' ']).split_whitespace();
    let pronoun = words
        .next()
        .is_some_and(|w| matches!(w, "he" | "she" | "they" | "it" | "we"));
    let verb = words.next().is_some_and(|w| {
        matches!(
            w,
            "said" | "says" | "added" | "adds" | "told" | "wrote" | "continued" | "explained"
        )
    });
    // "told reporters": one more word at most, so "he said on Friday after …" still
    // tells something.
    pronoun && verb && words.count() <= 1 && quoted.trim_end().ends_with([',', '?', '!', '.'])
}

/// Of the three most central statements, the one that tells the event the headlines
/// name goes first, when it shares clearly more of their words than the first does: two
/// leads may open a story differently ("Cars piled with mattresses clogged the coastal
/// highway …" beside "A ceasefire between Israel and Hezbollah took effect …"), and the
/// outlets' headlines say which is the news.
pub(crate) fn headline_event_first(
    mut central: Vec<Statement>,
    titles: &[Option<&str>],
) -> Vec<Statement> {
    let headline: FxHashSet<String> = titles.iter().flatten().flat_map(|t| key_words(t)).collect();
    if headline.is_empty() || central.len() < 2 {
        return central;
    }
    let shared = |s: &Statement| key_words(&s.text).intersection(&headline).count();
    let first = shared(&central[0]);
    let best = (1..central.len().min(3))
        .map(|k| (shared(&central[k]), k))
        .max_by_key(|&(n, k)| (n, std::cmp::Reverse(k)));
    if let Some((_, k)) = best.filter(|&(n, _)| n >= first + 2) {
        let chosen = central.remove(k);
        central.insert(0, chosen);
    }
    central
}

/// A text's content words, compared as the sentences' bags compare them.
fn key_words(text: &str) -> FxHashSet<String> {
    let (mut lower, mut spelling) = (String::new(), String::new());
    text.split(|c: char| !is_word_char(c) && c != '-')
        .filter_map(|word| {
            content_word(word.trim_matches('-'), &mut lower, &mut spelling).map(str::to_owned)
        })
        .collect()
}

/// One sentence's wording of a statement: its content words, and whether it is an
/// article's lead.
#[derive(PartialEq)]
struct Wording<'b> {
    words: &'b Bag,
    lead: bool,
}

/// How many wordings of one statement a sentence is compared with.
const MAX_WORDINGS: usize = 4;

/// Greedy selection by score; a sentence too close to one already chosen adds its
/// source to it instead of repeating it.
pub(super) fn select(
    texts: &[&str],
    sentences: &[Sentence],
    bags: &[Bag],
    scores: &[f64],
    mut candidates: Vec<usize>,
    limit: usize,
) -> Vec<Statement> {
    candidates.sort_by(|&a, &b| {
        scores[b]
            .total_cmp(&scores[a])
            .then(sentences[a].article.cmp(&sentences[b].article))
            .then(sentences[a].position.cmp(&sentences[b].position))
    });
    // (statement, the wordings it stands for, its score plus half of each other
    // source's that says it)
    let mut chosen: Vec<(Statement, Vec<Wording>, f64)> = Vec::new();
    for i in candidates {
        let sentence = &sentences[i];
        let text = texts[sentence.article];
        let claim = Wording {
            words: &bags[i],
            lead: sentence.position == 0,
        };
        // Made only for a sentence that is shown or cited: counting the characters
        // before every sentence of a long article would be quadratic.
        let evidence = || Evidence::new(sentence.article, text, sentence.span.clone());
        let source = Evidence::source_of(sentence.article);
        if let Some((statement, claims, support)) = chosen.iter_mut().find(|(_, claims, _)| {
            claims.iter().any(|other| {
                near_duplicate(claim.words, other.words)
                    || claim.lead && other.lead && leads_report_one_event(claim.words, other.words)
            })
        }) {
            if !statement.cites.contains(&source) {
                statement.cites.push(source);
                statement.cites.sort_unstable();
                statement.evidence.push(evidence());
                // A few wordings widen what the statement matches; copies of one (a
                // wire story in many papers) would only slow the search.
                if claims.len() < MAX_WORDINGS && !claims.contains(&claim) {
                    claims.push(claim);
                }
                // What several outlets report matters more than what one does.
                *support += 0.5 * scores[i].max(0.0);
            }
            continue;
        }
        if chosen.len() >= limit {
            continue;
        }
        let statement = Statement {
            text: normalise(&text[sentence.span.clone()]),
            cites: vec![source],
            evidence: vec![evidence()],
            rank: chosen.len() + 1,
            estimate: None,
            date: None,
        };
        chosen.push((statement, vec![claim], scores[i]));
    }
    // Stable: equal support keeps the order of the scores.
    chosen.sort_by(|a, b| b.2.total_cmp(&a.2));
    chosen
        .into_iter()
        .enumerate()
        .map(|(rank, (mut statement, _, _))| {
            statement.rank = rank + 1;
            statement
        })
        .collect()
}

/// Two articles of one set whose leads share six content words and a third of the
/// shorter one's report the same development in their own words ("Iran agreed on
/// Saturday to let the International Atomic Energy Agency restore surveillance cameras
/// …" / "Iran will allow the U.N. nuclear watchdog to reinstall cameras …").
fn leads_report_one_event(a: &Bag, b: &Bag) -> bool {
    let shared = a.shared(b);
    shared >= 6 && shared * 3 >= a.len().min(b.len())
}

/// Two sentences say the same when most of the shorter one's words are in the other,
/// or when they share at least six content words and half of the shorter one's: two
/// outlets reporting one event in their own words ("Indonesia and Vietnam signed an
/// agreement in Jakarta on Wednesday …" / "The agreement signed by Indonesia and
/// Vietnam in Jakarta on Wednesday …").
pub(super) fn near_duplicate(a: &Bag, b: &Bag) -> bool {
    let shared = a.shared(b);
    let smaller = a.len().min(b.len()).max(1);
    shared * 10 >= smaller * 7 || shared >= 6 && shared * 2 >= smaller
}

/// Statements in the order a reader meets them: by source, then position.
pub(crate) fn in_reading_order(mut statements: Vec<Statement>) -> Vec<Statement> {
    statements.sort_by_key(|s| s.evidence.first().map(|e| (e.source, e.start)));
    statements
}

/// One line of text that ends like a sentence (a lead cut before its credit may not).
pub(super) fn normalise(text: &str) -> String {
    let mut line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !line.ends_with(['.', '!', '?', '”', '"', '’', ')']) {
        line.push('.');
    }
    line
}

/// The sentences of `texts`, one article each, and their content words, as the tests
/// of every section that compares sentences read them.
#[cfg(test)]
pub(crate) fn read(texts: &[&str]) -> (Vec<Sentence>, Vec<Bag>) {
    let all: Vec<Sentence> = texts
        .iter()
        .enumerate()
        .flat_map(|(i, t)| super::sentences::split(i, t))
        .collect();
    let bags = bags(texts, &all);
    (all, bags)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_statement_telling_the_headlines_event_goes_first() {
        use super::{headline_event_first, Statement};
        let statement = |text: &str| Statement {
            text: text.to_owned(),
            cites: vec![1],
            evidence: Vec::new(),
            rank: 0,
            estimate: None,
            date: None,
        };
        let central = vec![
            statement(
                "Cars piled with mattresses clogged the coastal highway as families returned.",
            ),
            statement(
                "A ceasefire between Israel and Hezbollah took effect in Lebanon on Wednesday.",
            ),
        ];
        let titles = [
            Some("Israel and Hezbollah ceasefire takes hold as displaced Lebanese head home"),
            Some("Lebanese return to ruins as fragile truce begins"),
        ];
        let first = |titles: &[Option<&str>]| {
            headline_event_first(central.clone(), titles)[0]
                .text
                .clone()
        };
        assert!(first(&titles).starts_with("A ceasefire"));
        // Without headlines, or without a clear lead in shared words, the order stands.
        assert!(first(&[None]).starts_with("Cars piled"));
        assert!(first(&[Some("Families return as ceasefire holds")]).starts_with("Cars piled"));
    }

    #[test]
    fn a_quotation_without_a_named_speaker_is_no_statement() {
        use super::speaker_unnamed;
        assert!(speaker_unnamed(
            "“Russia sees an opening in Port Sudan,” he said."
        ));
        assert!(speaker_unnamed(
            "\"We will not give up,\" she told reporters."
        ));
        assert!(speaker_unnamed(
            "“This is not the end of the road. It is the start.”"
        ));
        assert!(!speaker_unnamed("“We will not give up,” Lammy said."));
        assert!(!speaker_unnamed(
            "“We will not give up,” he said on Friday after the vote."
        ));
        assert!(!speaker_unnamed(
            "“Talks” failed, and the “ceasefire” collapsed."
        ));
        assert!(!speaker_unnamed("The minister said the talks had failed."));
        assert!(!speaker_unnamed("“"));
    }

    use super::super::sentences;
    use super::*;

    #[test]
    fn repeated_sentence_is_merged_and_cites_both_sources() {
        let a =
            "Leaders of both countries met in Geneva on Monday to sign a trade accord. Rain fell.";
        let b = "On Monday leaders of both countries met in Geneva to sign the trade accord. Markets rose sharply afterwards.";
        let texts = [a, b];
        let (all, bags) = read(&texts);
        let scores = centrality(&texts, &all, &bags);
        let statements = select(&texts, &all, &bags, &scores, (0..all.len()).collect(), 10);
        let accord: Vec<&Statement> = statements
            .iter()
            .filter(|s| s.text.contains("accord"))
            .collect();
        assert_eq!(accord.len(), 1);
        assert_eq!(accord[0].cites, vec![1, 2]);
        assert_eq!(accord[0].evidence.len(), 2);
    }

    #[test]
    fn one_event_in_two_outlets_words_is_one_statement_but_two_events_are_two() {
        let same = |a: &str, b: &str| {
            let (_, bags) = read(&[a, b]);
            near_duplicate(&bags[0], &bags[1])
        };
        assert!(same(
            "Indonesia and Vietnam signed an agreement in Jakarta on Wednesday settling the boundary between their economic zones in the North Natuna Sea.",
            "The maritime boundary agreement signed by Indonesia and Vietnam in Jakarta on Wednesday is the first settlement of its kind in the South China Sea."
        ));
        assert!(!same(
            "India and Russia discussed defence cooperation.",
            "India and Russia agreed to expand defence production."
        ));
    }

    #[test]
    fn a_third_outlet_joins_the_statement_when_it_says_what_any_of_its_sources_says() {
        // [3] says what [1] says, and [2] says it too but in [1]'s words, not [3]'s.
        let one = "Indonesia and Vietnam signed an agreement in Jakarta on Wednesday settling \
                   the boundary between their exclusive economic zones in the North Natuna \
                   Sea, ending more than a decade of negotiations.";
        let two = "Vietnam and Indonesia have settled the boundary of their exclusive economic \
                   zones after twelve years of talks, Vietnam's foreign ministry said on \
                   Thursday.";
        let three = "The maritime boundary agreement signed by Indonesia and Vietnam in Jakarta \
                     on Wednesday is the first settlement of its kind in the South China Sea.";
        let texts = [three, one, two];
        let (all, bags) = read(&texts);
        assert!(!near_duplicate(&bags[0], &bags[2]));
        // The first outlet's sentence is chosen first, whatever the scores.
        let scores = [1.0, 0.5, 0.4];
        let statements = select(&texts, &all, &bags, &scores, vec![0, 1, 2], 10);
        assert_eq!(statements.len(), 1, "{statements:?}");
        assert_eq!(statements[0].cites, vec![1, 2, 3]);
    }

    #[test]
    fn two_leads_in_their_own_words_are_one_statement() {
        let one = "Iran agreed on Saturday to let the International Atomic Energy Agency \
                   restore surveillance cameras at its nuclear sites, the agency's chief said \
                   after talks in Tehran, easing tensions that had threatened new sanctions. \
                   The board meets on Monday.";
        let two = "Iran will allow the U.N. nuclear watchdog to reinstall cameras and increase \
                   inspections at its nuclear facilities, the head of the International Atomic \
                   Energy Agency said Saturday after meeting Iranian officials. Iran has \
                   denied seeking nuclear weapons.";
        let texts = [one, two];
        let (all, bags) = read(&texts);
        let leads = [0, 2];
        assert!(!near_duplicate(&bags[leads[0]], &bags[leads[1]]));
        let scores = [1.0, 0.2, 0.9, 0.2];
        let statements = select(&texts, &all, &bags, &scores, vec![0, 1, 2, 3], 10);
        assert_eq!(statements[0].cites, vec![1, 2], "{statements:?}");
        // The articles' other sentences stay statements of their own.
        assert_eq!(statements.len(), 3);
    }

    #[test]
    fn a_demonym_and_a_name_spelt_otherwise_are_the_same_words() {
        let one = "Ukraine's parliament voted on Saturday to remove President Viktor \
                   Yanukovich from power and set an early election. Protests went on.";
        let two = "Ukrainian lawmakers on Saturday voted to remove President Viktor Yanukovych \
                   and freed his rival from prison. The rival spoke to crowds.";
        let texts = [one, two];
        let (all, bags) = read(&texts);
        assert_eq!(
            bags[0].shared(&bags[2]),
            7,
            "ukraine, vot, saturday, remov, ..."
        );
        let scores = [1.0, 0.2, 0.9, 0.2];
        let statements = select(&texts, &all, &bags, &scores, vec![0, 1, 2, 3], 10);
        assert_eq!(statements[0].cites, vec![1, 2], "{statements:?}");
        let key = |word: &str| {
            let mut key = String::new();
            spelling_key(word, &mut key).then_some(key)
        };
        assert_eq!(key("yatsenyuk").as_deref(), Some("yatseniuk"));
        assert_eq!(key("yanukovych").as_deref(), Some("yanukovich"));
        assert_eq!(key("yanukovich"), None, "already its own key");
        assert_eq!(key("yatseniuk"), None);
        assert_eq!(key("yes"), None, "short words keep their spelling");
        assert_eq!(key("ْﺐِﺒْﺣَﺃ"), None, "other scripts keep theirs");
        assert_eq!(key("müllerr"), None);
    }

    #[test]
    fn central_sentence_outranks_an_aside() {
        let text = "India and Russia discussed defence cooperation. India and Russia agreed to expand defence production. \
                    The weather in the city was pleasant for the season.";
        let all = sentences::split(0, text);
        let scores = centrality(&[text], &all, &bags(&[text], &all));
        assert!(scores[1] > scores[2]);
    }
}
