//! Heads of state and government that news names without their country ("President
//! Donald Trump" in a story about Syria), from `data/leaders.tsv`: a leader serves their
//! own state, not the one the story is framed by.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::super::gazetteer::{Naming, GAZETTEER};
use super::super::lexicon::surname;
use super::super::tables::{self, TableError};
use super::actor_key;

pub(super) struct Leaders {
    /// A leader's name in every spelling, as a person's key → their state.
    by_name: FxHashMap<String, &'static str>,
    /// A surname in lower case → the state of every leader of that surname, when it is
    /// one state ("Bush"); `None` when leaders of several states share it.
    by_surname: FxHashMap<String, Option<&'static str>>,
}

pub(super) static LEADERS: LazyLock<Leaders> = LazyLock::new(|| {
    Leaders::parse(include_str!("../../../data/leaders.tsv"))
        .expect("data/leaders.tsv is well formed (a unit test reads it)")
});

impl Leaders {
    /// Columns: name | other spellings | state.
    fn parse(table: &'static str) -> Result<Self, TableError> {
        let state_of = |name: &str| {
            GAZETTEER
                .lookup(name)
                .filter(|(_, naming)| *naming == Naming::Name)
                .map(|(state, _)| GAZETTEER.name(state))
        };
        let rows = tables::read("leaders.tsv", table, 3, 3, |row| {
            state_of(row.get(2))
                .is_none()
                .then(|| format!("{:?} is no state of states.tsv", row.get(2)))
        })?;
        let mut leaders = Leaders {
            by_name: FxHashMap::default(),
            by_surname: FxHashMap::default(),
        };
        for row in &rows {
            let state = state_of(row.get(2)).expect("checked when read");
            for name in std::iter::once(row.get(0)).chain(row.list(1)) {
                leaders.by_name.insert(actor_key("person", name), state);
                leaders
                    .by_surname
                    .entry(surname(name).to_lowercase())
                    .and_modify(|known| {
                        if *known != Some(state) {
                            *known = None;
                        }
                    })
                    .or_insert(Some(state));
            }
        }
        Ok(leaders)
    }

    /// The state of the leader a full name names, in any spelling the table knows.
    pub(super) fn state_of(&self, name: &str) -> Option<&'static str> {
        self.by_name.get(&actor_key("person", name)).copied()
    }

    /// Whether some leader of the table has this surname ("Obama" is also a town).
    pub(super) fn is_surname(&self, surname: &str) -> bool {
        self.by_surname.contains_key(&surname.to_lowercase())
    }

    /// The state of the leader a title and a surname alone name ("President Trump"),
    /// when every leader of that surname served one state.
    pub(super) fn state_of_surname(&self, surname: &str) -> Option<&'static str> {
        self.by_surname
            .get(&surname.to_lowercase())
            .copied()
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_well_formed_and_reads_every_spelling() {
        let leaders = Leaders::parse(include_str!("../../../data/leaders.tsv"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(leaders.state_of("Donald Trump"), Some("United States"));
        assert_eq!(leaders.state_of("Recep Tayyip Erdogan"), Some("Turkey"));
        assert_eq!(leaders.state_of("Volodymyr Zelenskyy"), Some("Ukraine"));
        assert_eq!(leaders.state_of("Donald Duck"), None);
        // Foreign and defence ministers serve their state too.
        assert_eq!(leaders.state_of("Antony Blinken"), Some("United States"));
        assert_eq!(leaders.state_of("Sergey Lavrov"), Some("Russia"));
        assert_eq!(leaders.state_of("Mevlüt Çavuşoğlu"), Some("Turkey"));
        assert_eq!(leaders.state_of_surname("Trump"), Some("United States"));
        // Two Sharifs of one state: the surname alone is enough; leaders of two states
        // sharing a surname leave it unknown, as does a surname of no leader.
        assert_eq!(leaders.state_of_surname("Sharif"), Some("Pakistan"));
        assert_eq!(leaders.state_of_surname("Smith"), None);
        let shared = Leaders::parse("Ann Lee||France\nBob Lee||Germany\n").expect("reads");
        assert_eq!(shared.state_of_surname("Lee"), None);
        assert_eq!(shared.state_of("Bob Lee"), Some("Germany"));
        let bad = Leaders::parse("Ann Lee||Atlantis\n");
        assert!(bad.is_err_and(|e| e.to_string().contains("leaders.tsv line 1")));
    }
}
