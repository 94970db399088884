//! Same story, many outlets: wire copy republished, one article saved twice, syndicated
//! versions. Articles are compared by the share of their word 5-grams ("shingles") they
//! have in common, the measure the extraction benchmark and near-duplicate detection
//! literature use; a reader can check it. Two articles share a story when at least half
//! of the shorter one's shingles appear in the other; groups are the connected sets.
//!
//! A group counts once among the independent sources: ninety outlets printing one wire
//! report are one source, not ninety.

use std::collections::BTreeMap;

use rustc_hash::{FxHashMap, FxHashSet};

use serde::Serialize;

use super::lexicon::is_word_char;

/// How much of the shorter article must appear in the other for the two to be copies.
const SAME_STORY: f64 = 0.5;
const SHINGLE_WORDS: usize = 5;

/// Articles that carry the same story, and how much wording each shares with the first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceGroup {
    /// Source numbers, ascending; the first is the group's lead.
    pub sources: Vec<usize>,
    /// For each source after the lead, the share (0–100) of its wording found in the
    /// lead, as a whole percentage.
    pub shared_with_lead: Vec<SharedWording>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SharedWording {
    pub source: usize,
    pub percent: u32,
}

fn shingles(text: &str) -> FxHashSet<u64> {
    // FNV-1a: stable across runs and platforms, so output stays deterministic. Each word
    // is hashed once; a shingle mixes its words' hashes, a multiply per word.
    let fnv = |hash: u64, bytes: &[u8]| {
        bytes.iter().fold(hash, |h, &b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    // Each word's lower case, hashed as it is read: ASCII a byte at a time, other
    // characters decoded (and lowered) one by one.
    let mut buffer = [0u8; 4];
    let mut words: Vec<u64> = Vec::with_capacity(text.len() / 6);
    let (bytes, mut i) = (text.as_bytes(), 0);
    let (mut hash, mut in_word) = (OFFSET, false);
    while i < bytes.len() {
        let b = bytes[i];
        let is_word = if b.is_ascii() {
            i += 1;
            b.is_ascii_alphanumeric() && {
                hash = fnv(hash, &[b.to_ascii_lowercase()]);
                true
            }
        } else {
            let c = text[i..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            i += c.len_utf8();
            is_word_char(c) && {
                for lower in c.to_lowercase() {
                    hash = fnv(hash, lower.encode_utf8(&mut buffer).as_bytes());
                }
                true
            }
        };
        if is_word {
            in_word = true;
        } else if in_word {
            words.push(hash);
            (hash, in_word) = (OFFSET, false);
        }
    }
    if in_word {
        words.push(hash);
    }
    let mut set = FxHashSet::with_capacity_and_hasher(words.len(), Default::default());
    set.extend(words.windows(SHINGLE_WORDS).map(|window| {
        window.iter().fold(OFFSET, |h, w| {
            (h.rotate_left(23) ^ w).wrapping_mul(0x9e37_79b9_7f4a_7c15)
        })
    }));
    set
}

/// Share of `a`'s shingles that are in `b`.
fn containment(a: &FxHashSet<u64>, b: &FxHashSet<u64>) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    a.iter().filter(|s| b.contains(s)).count() as f64 / a.len() as f64
}

/// Groups of two or more articles with the same story, by source number.
pub(crate) fn groups(texts: &[&str]) -> Vec<SourceGroup> {
    let sets: Vec<FxHashSet<u64>> = texts.iter().map(|t| shingles(t)).collect();
    // Union-find over article indices, lowest index as the root (the lead).
    let mut parent: Vec<usize> = (0..texts.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Count shared shingles only for pairs that share any, through an index from
    // shingle to the articles before: distinct stories rarely share a 5-gram, so a
    // batch of unrelated articles costs about one pass over its text, not n² pairs.
    let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut shared = vec![0u32; sets.len()];
    let mut touched: Vec<usize> = Vec::new();
    // One article saved twice, a wire story printed word for word: the copy joins the
    // first at once and is left out of the index, where every later article would count
    // its shingles again.
    let mut first_with_wording: FxHashMap<(usize, u64), usize> = FxHashMap::default();
    for (j, set) in sets.iter().enumerate() {
        let wording = (
            set.len(),
            set.iter().fold(0u64, |sum, s| sum.wrapping_add(*s)),
        );
        if let Some(&i) = first_with_wording.get(&wording) {
            if sets[i] == *set {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
                continue;
            }
        }
        first_with_wording.entry(wording).or_insert(j);
        for shingle in set {
            let earlier = index.entry(*shingle).or_default();
            for &i in earlier.iter() {
                if shared[i] == 0 {
                    touched.push(i);
                }
                shared[i] += 1;
            }
            earlier.push(j);
        }
        touched.sort_unstable();
        for &i in &touched {
            let shorter = sets[i].len().min(set.len()).max(1);
            if f64::from(shared[i]) / shorter as f64 >= SAME_STORY {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                parent[a.max(b)] = a.min(b);
            }
            shared[i] = 0;
        }
        touched.clear();
    }
    // Each article under its lead (the root is the group's lowest index), in order.
    let mut members_of: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..texts.len() {
        members_of.entry(root(&mut parent, i)).or_default().push(i);
    }
    let mut groups: Vec<SourceGroup> = Vec::new();
    for (lead, members) in members_of {
        if members.len() < 2 {
            continue;
        }
        groups.push(SourceGroup {
            sources: members.iter().map(|i| i + 1).collect(),
            shared_with_lead: members[1..]
                .iter()
                .map(|&i| SharedWording {
                    source: i + 1,
                    percent: (containment(&sets[i], &sets[lead]) * 100.0).round() as u32,
                })
                .collect(),
        });
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIRE: &str = "Russia's Deputy Defence Minister Aleksandr Fomin met Indian Ambassador Vinay Kumar on Wednesday to discuss strengthening the strategic partnership between the two countries, the ministry said in a statement after the meeting in Moscow.";

    #[test]
    fn republished_wire_copy_is_one_group_and_other_stories_stay_apart() {
        let republished = format!("{WIRE} The outlet added a line of its own at the end.");
        let other = "Ministers of France and Germany will meet in Paris next week to discuss energy prices and the budget for the coming year.";
        let groups = groups(&[WIRE, other, &republished]);
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].sources, [1, 3]);
        let shared = &groups[0].shared_with_lead[0];
        assert_eq!(shared.source, 3);
        assert!((70..100).contains(&shared.percent), "{shared:?}");
    }

    #[test]
    fn a_story_told_in_other_words_is_independent() {
        let retold = "Aleksandr Fomin, a deputy minister of defence, and India's envoy Vinay Kumar held talks in Moscow on Wednesday about their countries' partnership.";
        assert!(groups(&[WIRE, retold]).is_empty());
    }
}
