//! States: names, other names, demonyms, and capitals or seats used for governments
//! ("New Delhi", "the Kremlin"), from `data/states.tsv`, embedded in the binary.

use std::collections::HashMap;
use std::sync::LazyLock;

/// How a state was named in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Naming {
    Name,
    Demonym,
    Seat,
}

pub(crate) struct State {
    pub name: String,
}

pub(crate) struct Gazetteer {
    pub states: Vec<State>,
    phrases: HashMap<String, (usize, Naming)>,
    pub max_words: usize,
}

pub(crate) static GAZETTEER: LazyLock<Gazetteer> =
    LazyLock::new(|| Gazetteer::parse(include_str!("../../data/states.tsv")));

impl Gazetteer {
    fn parse(table: &str) -> Self {
        let mut states = Vec::new();
        let mut phrases = HashMap::new();
        let lines = table
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for line in lines {
            let columns: Vec<&str> = line.split('|').collect();
            let index = states.len();
            let name = columns[0].trim().to_owned();
            let mut add = |column: Option<&&str>, naming: Naming| {
                for phrase in column.into_iter().flat_map(|c| c.split(';')) {
                    let phrase = phrase.trim();
                    if !phrase.is_empty() {
                        phrases.entry(phrase.to_owned()).or_insert((index, naming));
                    }
                }
            };
            add(Some(&columns[0]), Naming::Name);
            add(columns.get(1), Naming::Name);
            add(columns.get(2), Naming::Demonym);
            add(columns.get(3), Naming::Seat);
            states.push(State { name });
        }
        let max_words = phrases
            .keys()
            .map(|p| p.split(' ').count())
            .max()
            .unwrap_or(1);
        Self {
            states,
            phrases,
            max_words,
        }
    }

    /// The state a phrase names, exactly as written (articles capitalise names).
    pub fn lookup(&self, phrase: &str) -> Option<(usize, Naming)> {
        self.phrases.get(phrase).copied()
    }

    pub fn name(&self, index: usize) -> &str {
        &self.states[index].name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_demonyms_and_seats_point_to_one_state() {
        let g = &*GAZETTEER;
        let india = g.lookup("India").unwrap().0;
        assert_eq!(g.lookup("Indian"), Some((india, Naming::Demonym)));
        assert_eq!(g.lookup("New Delhi"), Some((india, Naming::Seat)));
        assert_eq!(g.name(g.lookup("Kremlin").unwrap().0), "Russia");
        assert_eq!(g.name(g.lookup("US").unwrap().0), "United States");
    }

    #[test]
    fn lowercase_words_are_not_states() {
        assert!(GAZETTEER.lookup("us").is_none());
        assert!(GAZETTEER.lookup("china").is_none());
    }
}
