//! Training the tagger: an averaged perceptron over annotated sentences. Used by the
//! training script (`scripts/ner/train.sh`) only; the briefing never trains.
//!
//! Each epoch reads the sentences in a shuffled order (a fixed seed, so training is
//! repeatable), tags each token greedily from the tags it gave before (so it learns to
//! recover from its own mistakes), and on a wrong tag moves weight from the wrong tag
//! to the right one. The weights kept are the average over every step, which
//! generalises better than the last ones (Collins 2002; Freund and Schapire 1999).

use super::features::{self, Feature};
use super::model::{best_allowed, FeatureMap, Model};
use super::tokens::Token;
use super::{START, TAGS};

/// One annotated sentence: its tokens and their tags ([`super::tag_of`]).
pub struct Example {
    pub tokens: Vec<String>,
    pub tags: Vec<u8>,
}

/// How to train.
pub struct Settings {
    pub epochs: usize,
    /// Features seen fewer times than this in the gold data are left out: rare ones
    /// mostly memorise, and leaving them out keeps the model small.
    pub min_count: u32,
    pub seed: u64,
}

/// A trained model, ready to store or to measure.
pub struct Trained(Model);

impl Trained {
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.to_bytes()
    }

    /// Tags `tokens` with this model.
    pub fn tag(&self, tokens: &[String]) -> Vec<u8> {
        self.0.tag(&as_tokens(tokens))
    }
}

fn as_tokens(words: &[String]) -> Vec<Token<'_>> {
    words
        .iter()
        .map(|w| Token {
            text: w.as_str(),
            span: 0..0,
        })
        .collect()
}

/// The features of every token of `example`, with the gold tags before it.
fn gold_features(example: &Example) -> Vec<Vec<Feature>> {
    let tokens = as_tokens(&example.tokens);
    let views = features::views(&tokens);
    let (mut previous, mut before) = (START, START);
    (0..tokens.len())
        .map(|i| {
            let mut feats = Vec::new();
            features::static_features(&views, i, &mut feats);
            features::tag_features(&views, i, previous, before, &mut feats);
            (before, previous) = (previous, example.tags[i]);
            feats
        })
        .collect()
}

/// The weights, their running totals for the average, and when each last changed.
struct Perceptron {
    weights: FeatureMap<[f32; TAGS]>,
    totals: FeatureMap<[f32; TAGS]>,
    stamps: FeatureMap<[u64; TAGS]>,
    step: u64,
}

impl Perceptron {
    fn update(&mut self, feature: Feature, tag: usize, by: f32) {
        let w = self.weights.entry(feature).or_insert([0.0; TAGS]);
        let total = self.totals.entry(feature).or_insert([0.0; TAGS]);
        let stamp = self.stamps.entry(feature).or_insert([0; TAGS]);
        total[tag] += (self.step - stamp[tag]) as f32 * w[tag];
        stamp[tag] = self.step;
        w[tag] += by;
    }

    fn averaged(mut self) -> Model {
        let step = self.step.max(1);
        let mut rows = FeatureMap::default();
        for (feature, w) in self.weights.drain() {
            let total = self.totals[&feature];
            let stamp = self.stamps[&feature];
            let mut avg = [0f32; TAGS];
            for t in 0..TAGS {
                avg[t] = (total[t] + (step - stamp[t]) as f32 * w[t]) / step as f32;
            }
            rows.insert(feature, avg);
        }
        Model::new(rows)
    }
}

/// A small, fixed random sequence (xorshift64*): the same order on every machine.
struct Shuffle(u64);

impl Shuffle {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn order(&mut self, n: usize) -> Vec<usize> {
        let mut order: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        order
    }
}

/// Trains on `examples`; `after_epoch` sees each epoch's averaged model (to measure it
/// on held-out text).
pub fn train(
    examples: &[Example],
    settings: &Settings,
    mut after_epoch: impl FnMut(usize, &Trained),
) -> Trained {
    let mut counts: FeatureMap<u32> = FeatureMap::default();
    for example in examples {
        for feats in gold_features(example) {
            for f in feats {
                *counts.entry(f).or_default() += 1;
            }
        }
    }
    counts.retain(|_, n| *n >= settings.min_count);
    let mut perceptron = Perceptron {
        weights: FeatureMap::default(),
        totals: FeatureMap::default(),
        stamps: FeatureMap::default(),
        step: 0,
    };
    let mut shuffle = Shuffle(settings.seed.max(1));
    let mut feats = Vec::new();
    for epoch in 1..=settings.epochs {
        for index in shuffle.order(examples.len()) {
            let example = &examples[index];
            let tokens = as_tokens(&example.tokens);
            let views = features::views(&tokens);
            let (mut previous, mut before) = (START, START);
            for (i, &gold) in example.tags.iter().enumerate() {
                // Tagged outside without a look, as the tagger does (see there).
                if features::plainly_outside(&views[i], previous) {
                    (before, previous) = (previous, 0);
                    continue;
                }
                perceptron.step += 1;
                feats.clear();
                features::static_features(&views, i, &mut feats);
                features::tag_features(&views, i, previous, before, &mut feats);
                feats.retain(|f| counts.contains_key(f));
                let mut scores = [0f32; TAGS];
                for f in &feats {
                    if let Some(w) = perceptron.weights.get(f) {
                        for (s, x) in scores.iter_mut().zip(w) {
                            *s += x;
                        }
                    }
                }
                let guess = best_allowed(&scores, previous);
                if guess != gold {
                    for &f in &feats {
                        perceptron.update(f, gold as usize, 1.0);
                        perceptron.update(f, guess as usize, -1.0);
                    }
                }
                (before, previous) = (previous, guess);
            }
        }
        let snapshot = Perceptron {
            weights: perceptron.weights.clone(),
            totals: perceptron.totals.clone(),
            stamps: perceptron.stamps.clone(),
            step: perceptron.step,
        };
        after_epoch(epoch, &Trained(snapshot.averaged()));
    }
    Trained(perceptron.averaged())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(words: &str, tags: &str) -> Example {
        Example {
            tokens: words.split(' ').map(str::to_owned).collect(),
            tags: tags
                .split(' ')
                .map(|t| super::super::tag_of(t).expect("a tag"))
                .collect(),
        }
    }

    #[test]
    fn training_learns_the_examples_and_repeats_exactly() {
        let examples = [
            example(
                "Anna Berg met Olaf Lind in Oslo .",
                "B-PER I-PER O B-PER I-PER O B-LOC O",
            ),
            example("Acme Corp hired Anna Berg .", "B-ORG I-ORG O B-PER I-PER O"),
            example("Lind flew to Oslo .", "B-PER O O B-LOC O"),
        ];
        let settings = Settings {
            epochs: 8,
            min_count: 1,
            seed: 7,
        };
        let first = train(&examples, &settings, |_, _| {});
        let second = train(&examples, &settings, |_, _| {});
        assert_eq!(first.to_bytes(), second.to_bytes());
        for e in &examples {
            assert_eq!(first.tag(&e.tokens), e.tags);
        }
    }
}
