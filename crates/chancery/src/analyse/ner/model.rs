//! The tagger's weights, how they are stored, and greedy tagging with them.
//!
//! Stored as: `CHNER1\0\0`, the feature count (u32), the weight scale (f32), then per
//! feature, in ascending order, its hash (u32) and one i16 weight per tag; all little
//! endian. Quantised weights keep the model small; the scale restores them.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{self, Feature};
use super::tokens::Token;
use super::{allowed, START, TAGS};

const MAGIC: &[u8; 8] = b"CHNER1\0\0";

/// Features are already hashes: using them as they are is fast and the same everywhere.
#[derive(Default)]
pub(crate) struct FeatureHasher(u64);

impl Hasher for FeatureHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u32(&mut self, n: u32) {
        // Spread the bits over the table's index range.
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

pub(crate) type FeatureMap<V> = HashMap<Feature, V, BuildHasherDefault<FeatureHasher>>;

/// A stored model that does not read.
#[derive(Debug, thiserror::Error)]
#[error("entity model: {0}")]
pub struct ModelError(&'static str);

/// Weights by feature, one per tag, quantised to 16 bits and kept beside their key, so
/// a lookup touches one small place in memory (the table fits in cache far better).
pub(crate) struct Model {
    rows: FeatureMap<[i16; TAGS]>,
    /// What one unit of a stored weight is worth.
    scale: f32,
}

impl Model {
    /// A model from trained weights, quantised as it will be stored, so it tags the same
    /// before it is written as after it is read back.
    pub(crate) fn new(rows: FeatureMap<[f32; TAGS]>) -> Self {
        let largest = rows.values().flatten().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 {
            largest / f32::from(i16::MAX)
        } else {
            1.0
        };
        let rows = rows
            .into_iter()
            .map(|(key, weights)| (key, weights.map(|w| (w / scale).round() as i16)))
            .filter(|(_, weights)| weights.iter().any(|w| *w != 0))
            .collect();
        Self { rows, scale }
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<Self, ModelError> {
        let rest = bytes
            .strip_prefix(MAGIC)
            .ok_or(ModelError("not a model file"))?;
        let (count, rest) = rest.split_at_checked(4).ok_or(ModelError("cut short"))?;
        let (scale, rest) = rest.split_at_checked(4).ok_or(ModelError("cut short"))?;
        let count = u32::from_le_bytes(count.try_into().expect("4 bytes")) as usize;
        let scale = f32::from_le_bytes(scale.try_into().expect("4 bytes"));
        let row = 4 + 2 * TAGS;
        if rest.len() != count * row || !scale.is_finite() {
            return Err(ModelError("its size does not match its feature count"));
        }
        let mut rows = FeatureMap::default();
        rows.reserve(count);
        for chunk in rest.chunks_exact(row) {
            let key = u32::from_le_bytes(chunk[..4].try_into().expect("4 bytes"));
            let mut weights = [0i16; TAGS];
            for (w, bytes) in weights.iter_mut().zip(chunk[4..].chunks_exact(2)) {
                *w = i16::from_le_bytes([bytes[0], bytes[1]]);
            }
            rows.insert(key, weights);
        }
        Ok(Self { rows, scale })
    }

    /// The model as stored: features in ascending order (so the same model is the same
    /// bytes), their weights in units of the scale.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut keys: Vec<Feature> = self.rows.keys().copied().collect();
        keys.sort_unstable();
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&(keys.len() as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for key in keys {
            out.extend_from_slice(&key.to_le_bytes());
            for w in self.rows[&key] {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// Adds the weights of `features` to `scores`.
    pub(crate) fn score(&self, features: &[Feature], scores: &mut [i32; TAGS]) {
        for f in features {
            if let Some(weights) = self.rows.get(f) {
                for (s, w) in scores.iter_mut().zip(weights) {
                    *s += i32::from(*w);
                }
            }
        }
    }

    /// Tags each token, left to right, the best tag allowed after the one before.
    pub(crate) fn tag(&self, tokens: &[Token<'_>]) -> Vec<u8> {
        let mut views = features::LazyViews::new(tokens);
        let mut tags = Vec::with_capacity(tokens.len());
        let mut feats = Vec::with_capacity(64);
        let (mut previous, mut before) = (START, START);
        for (i, token) in tokens.iter().enumerate() {
            if features::plainly_outside_token(token, previous) {
                tags.push(0);
                (before, previous) = (previous, 0);
                continue;
            }
            let views = views.around(i);
            feats.clear();
            features::static_features(views, i, &mut feats);
            features::tag_features(views, i, previous, before, &mut feats);
            let mut scores = [0i32; TAGS];
            self.score(&feats, &mut scores);
            let tag = best_allowed(&scores, previous);
            tags.push(tag);
            (before, previous) = (previous, tag);
        }
        tags
    }
}

/// The highest-scoring tag that may follow `previous`; ties go to the lower tag, so
/// outside-of-names wins an even score.
pub(crate) fn best_allowed<T: PartialOrd>(scores: &[T; TAGS], previous: u8) -> u8 {
    let mut best = 0u8;
    for tag in 1..TAGS as u8 {
        if allowed(previous, tag) && scores[tag as usize] > scores[best as usize] {
            best = tag;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_model_reads_back_what_it_wrote() {
        let mut rows = FeatureMap::default();
        rows.insert(7, [0.5, -1.0, 0.0, 0.0, 0.25, 0.0, 0.0, 0.0, 1.0]);
        rows.insert(3, [0.0; TAGS]);
        let bytes = Model::new(rows).to_bytes();
        let model = Model::from_bytes(&bytes).expect("reads");
        // The all-zero feature is dropped.
        assert_eq!(model.rows.len(), 1);
        let mut scores = [0i32; TAGS];
        model.score(&[7, 3, 99], &mut scores);
        let unit = model.scale;
        assert!((scores[1] as f32 * unit + 1.0).abs() < 1e-3);
        assert!((scores[8] as f32 * unit - 1.0).abs() < 1e-3);
    }

    #[test]
    fn damaged_models_are_refused() {
        assert!(Model::from_bytes(b"nonsense").is_err());
        let mut rows = FeatureMap::default();
        rows.insert(1, [1.0; TAGS]);
        let bytes = Model::new(rows).to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    }
}
