//! A dateline's place: "BONN 1996-08-31", "ROCHESTER , N.H. 1996-08-30", "TAVILDARA ,
//! Tajikistan 1996-08-30". A line of nothing but one to three capitalised names and a
//! date says where the story was filed, so each name is a place, whatever a rule or the
//! tagger read a city's name in capitals as (a person, a club).

use std::ops::Range;

use super::super::lexicon::is_capitalised;
use super::Word;
use crate::date::Date;

/// The places a dateline names; none in any other line.
pub(crate) fn places_in_dateline(words: &[Word<'_>]) -> Vec<Range<usize>> {
    let Some((date, names)) = words.split_last() else {
        return Vec::new();
    };
    // "1996-08-31": a date as wires stamp it, the whole word.
    if date.text.len() != 10 || Date::parse_iso(date.text).is_none() {
        return Vec::new();
    }
    // Names parted by commas: "TAVILDARA , Tajikistan".
    let mut places = Vec::new();
    let mut start = 0;
    for (i, word) in names.iter().enumerate() {
        let comma = word.text == ",";
        if !comma && !is_capitalised(word.text) || i > 8 {
            return Vec::new();
        }
        let last = i + 1 == names.len();
        if comma || last {
            let end = if comma { i } else { i + 1 };
            if end == start {
                return Vec::new();
            }
            places.push(names[start].span.start..names[end - 1].span.end);
            start = i + 1;
        }
    }
    if places.len() > 3 {
        return Vec::new();
    }
    places
}

#[cfg(test)]
mod tests {
    use super::super::found_in;
    use super::*;

    fn places(line: &str) -> Vec<&str> {
        found_in(line, |_, words| places_in_dateline(words))
    }

    #[test]
    fn a_dateline_names_where_the_story_was_filed() {
        assert_eq!(places("BONN 1996-08-31"), ["BONN"]);
        assert_eq!(places("ROCHESTER , N.H. 1996-08-30"), ["ROCHESTER", "N.H."]);
        assert_eq!(
            places("LA CORUNA , Spain 1996-08-31"),
            ["LA CORUNA", "Spain"]
        );
    }

    #[test]
    fn a_sentence_ending_on_a_date_is_no_dateline() {
        assert!(places("The vote was held on 1996-08-31").is_empty());
        assert!(places("BONN 1996-08-31 said").is_empty());
        assert!(places("Results of 1996-08-31").is_empty());
    }
}
