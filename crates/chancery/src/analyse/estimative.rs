//! Standard estimative language for forward-looking statements, read from the strength
//! of the source's own wording and never stronger than it.
//!
//! The seven terms are the ones analysts use (ICD 203): almost no chance, very unlikely,
//! unlikely, roughly even chance, likely, very likely, almost certain. A statement takes
//! the weakest term any of its hedges allow: "is expected to … but could be delayed" is
//! a roughly even chance, not likely.

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Likelihood {
    #[serde(rename = "almost no chance")]
    AlmostNoChance,
    #[serde(rename = "very unlikely")]
    VeryUnlikely,
    #[serde(rename = "unlikely")]
    Unlikely,
    #[serde(rename = "roughly even chance")]
    EvenChance,
    #[serde(rename = "likely")]
    Likely,
    #[serde(rename = "very likely")]
    VeryLikely,
    #[serde(rename = "almost certain")]
    AlmostCertain,
}

/// The estimate and the words it rests on, so the reader can check it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Estimate {
    pub likelihood: Likelihood,
    /// The source's wording that sets the estimate ("is set to", "could").
    pub basis: String,
}

/// Wordings from weakest to strongest; the first that matches wins. Each pattern is
/// matched case-insensitively on the sentence with quotations blanked out.
static WORDINGS: LazyLock<Vec<(Likelihood, Regex)>> = LazyLock::new(|| {
    use Likelihood::*;
    let table: &[(Likelihood, &str)] = &[
        (
            AlmostNoChance,
            r"(?-u:\b)(?:ruled out|no chance|impossible|will never|won't ever)(?-u:\b)",
        ),
        (
            VeryUnlikely,
            r"(?-u:\b)(?:highly|very|extremely) unlikely(?-u:\b)|(?-u:\b)remote (?:chance|possibility)(?-u:\b)",
        ),
        (
            Unlikely,
            r"(?-u:\b)(?:unlikely|doubtful|improbable|is not expected to|are not expected to)(?-u:\b)",
        ),
        (
            EvenChance,
            r"(?-u:\b)(?:could|might|may|possibl[ey]|perhaps|potentially|threaten(?:s|ed)? to|(?:is|are|was|were) (?:considering|weighing)|uncertain)(?-u:\b)",
        ),
        (
            Likely,
            r"(?-u:\b)(?:likely|expected to|poised to|probably|plans? to|planning to|intends? to|aims? to|vow(?:s|ed)? to|pledged? to|seeks? to|should|would)(?-u:\b)",
        ),
        (
            VeryLikely,
            r"(?-u:\b)(?:will|shall|is set to|are set to|is due to|are due to|scheduled|is to|are to|upcoming|to be held)(?-u:\b)",
        ),
        (
            AlmostCertain,
            r"(?-u:\b)(?:certain to|certainly|definitely|is sure to|without doubt)(?-u:\b)",
        ),
    ];
    table
        .iter()
        .map(|(level, pattern)| {
            let regex = Regex::new(&format!("(?i){pattern}")).expect("valid regex");
            (*level, regex)
        })
        .collect()
});

/// The estimate a sentence's own wording supports, if it looks ahead at all. `text` is
/// the sentence with quoted words blanked out: a speaker's "we will win" is rhetoric.
pub(crate) fn estimate(text: &str) -> Option<Estimate> {
    WORDINGS.iter().find_map(|(likelihood, regex)| {
        // "in May": the month, not a possibility (it is written with a capital).
        let found = regex.find_iter(text).find(|m| m.as_str() != "May")?;
        Some(Estimate {
            likelihood: *likelihood,
            basis: found.as_str().to_lowercase(),
        })
    })
}

#[cfg(test)]
mod tests {
    use super::Likelihood::*;
    use super::*;

    fn level(text: &str) -> Option<Likelihood> {
        estimate(text).map(|e| e.likelihood)
    }

    #[test]
    fn announced_and_scheduled_actions_are_very_likely_not_certain() {
        assert_eq!(
            level("New Delhi is set to procure more S-400 systems soon."),
            Some(VeryLikely)
        );
        assert_eq!(
            level("The summit will be held in Kazan next month."),
            Some(VeryLikely)
        );
    }

    #[test]
    fn hedges_weaken_and_the_weakest_wins() {
        assert_eq!(level("The deal is expected to be signed."), Some(Likely));
        assert_eq!(
            level("The deal is expected to be signed but could slip."),
            Some(EvenChance)
        );
        assert_eq!(level("Officials said a deal was unlikely."), Some(Unlikely));
        assert_eq!(
            level("Diplomats say a breakthrough is highly unlikely."),
            Some(VeryUnlikely)
        );
        assert_eq!(
            level("The minister ruled out new talks."),
            Some(AlmostNoChance)
        );
    }

    #[test]
    fn a_participle_is_not_a_hedge() {
        assert_eq!(
            level("Considering the strategic planning, New Delhi is set to procure more."),
            Some(VeryLikely)
        );
        assert_eq!(
            level("The cabinet is considering new sanctions."),
            Some(EvenChance)
        );
    }

    #[test]
    fn the_month_of_may_is_not_a_hedge() {
        assert_eq!(level("The talks took place in May this year."), None);
        assert_eq!(level("Prices may rise."), Some(EvenChance));
    }

    #[test]
    fn terms_serialise_as_analysts_write_them() {
        let json = serde_json::to_string(&AlmostNoChance).unwrap();
        assert_eq!(json, "\"almost no chance\"");
    }
}
