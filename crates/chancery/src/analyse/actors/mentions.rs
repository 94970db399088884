//! Every name the rules find, with its entity label: what `chancery entities` prints,
//! so the rules can be measured against annotated news.

use std::ops::Range;

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum EntityLabel {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "ORG")]
    Org,
    /// A state, city or province: a place with a government.
    #[serde(rename = "GPE")]
    Gpe,
    /// A region, sea, river or mountain range.
    #[serde(rename = "LOC")]
    Loc,
}

/// One name in an article.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    /// Byte range in the article's text.
    pub span: Range<usize>,
    pub label: EntityLabel,
}
