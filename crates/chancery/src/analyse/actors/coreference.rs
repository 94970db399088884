//! One actor, however the articles name it again: "the minister" for the one minister
//! of the article, spellings that differ in case, hyphens or spaces.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use regex::Regex;

use super::super::lexicon::strip_possessive;
use super::super::sentences::Sentence;
use super::{ActorFinder, ActorKind, EntityLabel, SingleName};

impl ActorFinder<'_> {
    /// A surname alone ("Trump has accused…") joins the one person of that surname;
    /// after a title ("President Putin") it is a person even without a full name.
    pub(super) fn join_surnames(
        &mut self,
        sentences: &[Sentence],
        single_names: Vec<SingleName<'_>>,
    ) {
        let mut by_surname: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for (key, draft) in &self.drafts {
            if draft.kind == ActorKind::Person {
                if let Some(last) = draft.name.split(' ').next_back() {
                    by_surname
                        .entry(last.to_lowercase())
                        .or_default()
                        .push(key.clone());
                }
            }
        }
        for SingleName {
            sentence: index,
            word,
            title,
            tagged_person,
            ..
        } in single_names
        {
            let surname = strip_possessive(word.text);
            let joined = by_surname.get(&surname.to_lowercase()).map(Vec::as_slice);
            // "President Putin" is a person even when no full name is given; so is a
            // surname the tagger reads as one.
            if title.is_some() || tagged_person || matches!(joined, Some([_])) {
                let span = word.span.start..word.span.start + surname.len();
                self.record(span, EntityLabel::Person);
            }
            if let Some([key]) = joined {
                let sentence = &sentences[index];
                let draft = self
                    .drafts
                    .get_mut(key)
                    .expect("surname index points to a draft");
                draft.mentions += 1;
                draft.articles.insert(sentence.article);
                self.mentions_by_actor
                    .entry(key.clone())
                    .or_default()
                    .push(index);
            }
        }
    }

    /// "The minister said …" is one more mention of the one person of that article whose
    /// role names the office; with two ministers in the article it is nobody's.
    pub(super) fn join_office_mentions(&mut self, sentences: &[Sentence]) {
        for (index, sentence) in sentences.iter().enumerate() {
            let text = &self.texts[sentence.article][sentence.span.clone()];
            for office in OFFICE_ANAPHOR.captures_iter(text) {
                let office = &office[1];
                let holders: Vec<&String> = self
                    .order
                    .iter()
                    .filter(|key| {
                        self.drafts.get(*key).is_some_and(|d| {
                            d.kind == ActorKind::Person
                                && d.articles.contains(&sentence.article)
                                && d.roles.iter().any(|r| r.to_lowercase().contains(office))
                        })
                    })
                    .collect();
                if let [key] = holders.as_slice() {
                    let key = (*key).clone();
                    if let Some(draft) = self.drafts.get_mut(&key) {
                        draft.mentions += 1;
                    }
                    self.mentions_by_actor.entry(key).or_default().push(index);
                }
            }
        }
    }
}

/// The key that joins spellings of one name: case, hyphens and spacing ignored, so
/// "Inter-Governmental Commission" and "Intergovernmental Commission", "al-Sisi" and
/// "Al Sisi" are one actor.
pub(super) fn actor_key(kind: &str, name: &str) -> String {
    let folded: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    format!("{kind}:{folded}")
}

/// "The minister said": an office named with "the", for the one person holding it.
pub(super) static OFFICE_ANAPHOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[Tt]he (minister|ambassador|president|secretary|envoy|chancellor|premier|spokesman|spokeswoman|spokesperson|commander|governor|mayor|senator|adviser|advisor|prime minister|foreign minister|defence minister|defense minister)(?-u:\b)")
        .expect("valid regex")
});
