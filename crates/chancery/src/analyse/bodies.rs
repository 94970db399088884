//! International bodies, alliances, national agencies and news agencies that articles
//! name by acronym or short name ("NATO", "the UN", "the FBI"), from
//! `data/organisations.tsv`, embedded in the binary.

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use super::tables::{self, TableError};

pub(crate) struct Body {
    pub name: String,
    /// A news agency: named in the text, never an actor of the story.
    pub press: bool,
    /// A movement rooted in one country ("Taliban", "Hezbollah"): it acts there, but
    /// its people work for it, not for that country's state.
    pub movement: bool,
    /// A political party ("National Rally"): its leaders work for it, not for the state.
    pub party: bool,
    /// The state a national body belongs to ("Pentagon" → United States), or a
    /// movement's country; none for international bodies.
    pub state: Option<String>,
}

pub(crate) struct Bodies {
    bodies: Vec<Body>,
    phrases: FxHashMap<String, usize>,
    /// First word of a phrase → the most words of a phrase starting with it.
    starts: FxHashMap<String, usize>,
}

pub(crate) static BODIES: LazyLock<Bodies> = LazyLock::new(|| {
    Bodies::parse(include_str!("../../data/organisations.tsv"))
        .expect("data/organisations.tsv is well formed (a unit test reads it)")
});

impl Bodies {
    /// Columns: name shown | other names and acronyms | "press", "movement", "party" or
    /// empty | state.
    fn parse(table: &str) -> Result<Self, TableError> {
        let rows = tables::read("organisations.tsv", table, 1, 4, |row| {
            (!matches!(row.get(2), "" | "press" | "movement" | "party")).then(|| {
                format!(
                    "the third column is \"press\", \"movement\", \"party\" or empty, not {:?}",
                    row.get(2)
                )
            })
        })?;
        let mut bodies = Vec::new();
        let mut phrases = FxHashMap::default();
        for row in &rows {
            let name = row.get(0);
            let index = bodies.len();
            for phrase in std::iter::once(name).chain(row.list(1)) {
                // A phrase in two rows would name whichever came first, silently.
                if let Some(&other) = phrases.get(phrase) {
                    let first: &Body = &bodies[other];
                    return Err(TableError {
                        table: "organisations.tsv",
                        line: row.line,
                        problem: format!("{phrase:?} already names {}", first.name),
                    });
                }
                phrases.insert(phrase.to_owned(), index);
            }
            bodies.push(Body {
                name: name.to_owned(),
                press: row.get(2) == "press",
                movement: row.get(2) == "movement",
                party: row.get(2) == "party",
                state: Some(row.get(3))
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
            });
        }
        let mut starts: FxHashMap<String, usize> = FxHashMap::default();
        for phrase in phrases.keys() {
            // Counted as the text is split into words: a comma is a word of its own.
            let first = phrase.split([' ', ',']).next().unwrap_or(phrase);
            let words = phrase.split(' ').count() + phrase.matches(',').count();
            let longest = starts.entry(first.to_owned()).or_insert(0);
            *longest = (*longest).max(words);
        }
        Ok(Self {
            bodies,
            phrases,
            starts,
        })
    }

    /// How many words the longest phrase starting with `first` has (0: none does).
    pub fn longest_from(&self, first: &str) -> usize {
        self.starts.get(first).copied().unwrap_or(0)
    }

    /// The body a phrase names, exactly as written.
    pub fn lookup(&self, phrase: &str) -> Option<&Body> {
        self.phrases.get(phrase).map(|&i| &self.bodies[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_and_short_names_lead_to_the_full_name() {
        assert_eq!(
            BODIES.lookup("NATO").unwrap().name,
            "North Atlantic Treaty Organization"
        );
        assert_eq!(BODIES.lookup("U.N.").unwrap().name, "United Nations");
        assert!(BODIES.lookup("Reuters").unwrap().press);
        // Spellings wires use for the same body.
        assert_eq!(BODIES.lookup("Hizbollah").unwrap().name, "Hezbollah");
        assert_eq!(BODIES.lookup("Itar-Tass").unwrap().name, "TASS");
        let plo = BODIES.lookup("PLO").unwrap();
        assert!(plo.movement && plo.state.as_deref() == Some("Palestine"));
        assert_eq!(
            BODIES.longest_from("Foreign"),
            6,
            "the comma counts as a word"
        );
        assert!(BODIES.lookup("nato").is_none());
    }

    #[test]
    fn a_name_given_to_two_bodies_is_an_error() {
        let error = Bodies::parse("Red Cross Society|Red Cross\nICRC|Red Cross\n")
            .err()
            .expect("an error");
        assert_eq!(
            error.to_string(),
            "organisations.tsv line 2: \"Red Cross\" already names Red Cross Society"
        );
    }

    #[test]
    fn the_table_is_well_formed_and_its_states_are_known() {
        let bodies = Bodies::parse(include_str!("../../data/organisations.tsv"))
            .unwrap_or_else(|e| panic!("{e}"));
        for body in &bodies.bodies {
            if let Some(state) = &body.state {
                assert!(
                    super::super::gazetteer::GAZETTEER.lookup(state).is_some(),
                    "{}: unknown state {state}",
                    body.name
                );
            }
        }
        assert_eq!(
            BODIES.lookup("Mossad").unwrap().state.as_deref(),
            Some("Israel")
        );
        assert!(!BODIES.lookup("Bundestag").unwrap().press);
        let taliban = BODIES.lookup("Taliban").unwrap();
        assert!(taliban.movement && !taliban.press);
        assert_eq!(taliban.state.as_deref(), Some("Afghanistan"));
        let rally = BODIES.lookup("Rassemblement National").unwrap();
        assert!(rally.party && !rally.movement && rally.name == "National Rally");
        assert!(!BODIES.lookup("Bundestag").unwrap().party);
    }
}
