//! Places as news names them, embedded in the binary.
//!
//! States: every country's ISO names, common names and demonym from the `keshvar` crate
//! (the data of the `countries` gem, kept up to date there), completed by
//! `data/states.tsv` with what that data lacks: the name a briefing shows ("Russia",
//! not "Russian Federation"), capitals and buildings used for governments ("New Delhi",
//! "the Kremlin"), and common short forms. Other places: first-level subdivisions from
//! `keshvar` ("Uttar Pradesh", "Texas") and `data/regions.tsv` (seas, regions, big cities).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

use keshvar::SubdivisionType;

use super::tables::{self, TableError};

/// How a state was named in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Naming {
    Name,
    Demonym,
    /// A capital used for the government ("New Delhi has said").
    Seat,
    /// A building used for the government ("the Kremlin").
    Building,
}

/// A place that is not a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// A city, province or territory: a place with a government of its own.
    Political,
    /// A sea, region, river or mountain range.
    Geographic,
}

pub(crate) struct Gazetteer {
    names: Vec<String>,
    /// Each state's first demonym ("Chinese"), if any.
    demonyms: Vec<Option<String>>,
    phrases: FxHashMap<String, (usize, Naming)>,
    places: FxHashMap<String, Place>,
    /// A subdivision's state ("Indiana" → United States), to tell which state a story
    /// is set in when it names only its provinces.
    place_states: FxHashMap<String, usize>,
    /// Towns (`data/cities.tsv`) with their state when only one has a town of that
    /// name. Many are also surnames or words ("Jackson", "Reading"), so they are
    /// places only where the words around say so (`actors::states::place_at`).
    towns: FxHashMap<&'static str, Option<usize>>,
    /// As `starts`, for the towns: kept apart so the tagger's features (which ask
    /// `longest_from`) are those it was trained with.
    town_starts: FxHashMap<&'static str, usize>,
    /// Provinces named like words or first names ("Indiana", "Victoria"), with their
    /// state: places only where a body's name opens with them ("Victoria Police").
    provinces_named_like_words: FxHashMap<&'static str, usize>,
    /// For each first word of a phrase, the most words of a phrase starting with it, so
    /// most words need one lookup, not one per possible length.
    starts: FxHashMap<String, usize>,
}

pub(crate) static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    Gazetteer::build(
        include_str!("../../data/states.tsv"),
        include_str!("../../data/regions.tsv"),
        include_str!("../../data/cities.tsv"),
    )
    .expect("the place tables under data/ are well formed (a unit test reads them)")
});

/// A row of `states.tsv`.
#[derive(Default)]
struct Row<'t> {
    name: &'t str,
    others: Vec<&'t str>,
    demonyms: Vec<&'t str>,
    capitals: Vec<&'t str>,
    buildings: Vec<&'t str>,
}

/// One country's names from keshvar.
struct Country {
    /// The ISO short name without its qualifier: "Bolivia" of "Bolivia (Plurinational
    /// State of)", "Tanzania" of "Tanzania, United Republic of".
    shown: &'static str,
    names: Vec<&'static str>,
    demonym: Option<&'static str>,
    population: u64,
}

/// Subdivision names that are ordinary words or common first names in English text.
#[rustfmt::skip]
const NOT_PLACES: &[&str] = &[
    "Central", "Centre", "Center", "North", "South", "East", "West", "Northern", "Southern",
    "Eastern", "Western", "Nord", "Est", "Ouest", "Norte", "Leste", "Delta", "Plateau", "Gulf",
    "Rivers", "Coast", "Lakes", "Capital", "Mary", "Isabel", "Nelson", "Aurora", "Batman",
    "Lola", "Herrera", "Duarte", "Vargas", "Miranda", "Sucre", "Quezon", "Rizal", "Salcedo",
    "Bolívar", "Bolivar", "Trinity", "Victoria", "Liberty", "Independence", "Union", "Federal",
    "Highland", "Highlands", "Islands", "Upper", "Lower", "Middle", "Border", "Mountain",
    "Antique", "Santiago", "Sahel", "Munster", "Ulster", "Maine", "Montana", "Georgia",
    "Washington", "Indiana", "Santa Cruz", "San José", "San Juan", "La Paz", "Distrito Federal",
];

/// Other languages' names for countries that are English words ("Chili": Chile in
/// Dutch and German).
const ENGLISH_WORDS: &[&str] = &["Chili", "Island", "Man", "Guinee"];

/// Subdivision kinds big enough that news names them as places.
fn is_major(kind: SubdivisionType) -> bool {
    use SubdivisionType as T;
    matches!(
        kind,
        T::State
            | T::Province
            | T::Region
            | T::Oblast
            | T::Governorate
            | T::AutonomousRegion
            | T::AutonomousRepublic
            | T::AutonomousCommunity
            | T::Emirate
            | T::Canton
            | T::CapitalTerritory
            | T::UnionTerritory
            | T::CapitalCity
            | T::City
            | T::MetropolitanCity
            | T::SpecialAdministrativeRegion
            | T::Prefecture
            | T::Voivodeship
            | T::Republic
            | T::FederalDistrict
            | T::CapitalDistrict
            | T::StateCity
            | T::SpecialMunicipality
            | T::AutonomousCity
    )
}

/// Names written in Latin letters as English text would write them.
fn is_latin_name(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_alphabetic() && (c as u32) < 0x250 || " -'.".contains(c))
        && name.starts_with(|c: char| c.is_uppercase())
}

fn keshvar_countries() -> Vec<Country> {
    let mut countries: Vec<Country> = keshvar::CountryIterator::new()
        .map(|country| {
            let short = country.iso_short_name();
            let long = country.iso_long_name();
            let mut names = vec![short, long.strip_prefix("The ").unwrap_or(long)];
            // Other languages' names are mostly harmless, but "Island" (Iceland in
            // German) is an English word: keep a foreign name only when it starts like
            // the English one, is an acronym, or has several words ("Ivory Coast").
            let prefix: String = short.chars().take(3).collect();
            names.extend(country.unofficial_name_list().iter().copied().filter(|n| {
                n.is_ascii()
                    && !ENGLISH_WORDS.contains(n)
                    && (n.starts_with(&prefix)
                        || n.contains(' ')
                        || n.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
            }));
            // "The United Kingdom": the article is not part of the name.
            for name in &mut names {
                *name = name.strip_prefix("The ").unwrap_or(name);
            }
            names.retain(|n| is_latin_name(n) || n.chars().all(|c| c.is_ascii_uppercase()));
            Country {
                shown: short.split([',', '(']).next().unwrap_or(short).trim(),
                names,
                demonym: country.maybe_nationality(),
                population: country.maybe_population().unwrap_or(0),
            }
        })
        .collect();
    // Where two countries share a name or demonym ("American", "Congolese"), the more
    // populous one keeps it; a stable sort keeps ISO order among equals.
    countries.sort_by_key(|c| std::cmp::Reverse(c.population));
    countries
}

/// Notes that a phrase starts with its first word, keeping the most words of any.
fn note_start(starts: &mut FxHashMap<String, usize>, phrase: &str) {
    let first = phrase.split(' ').next().unwrap_or(phrase);
    let longest = starts.entry(first.to_owned()).or_insert(0);
    *longest = (*longest).max(phrase.split(' ').count());
}

impl Gazetteer {
    /// `states`: name shown | other names | demonyms | capitals | buildings (values within
    /// a column separated by `;`); `regions`: name | LOC or GPE; `cities`: name |
    /// country (empty when several have a town of that name) | city or province.
    fn build(states: &str, regions: &str, cities: &'static str) -> Result<Self, TableError> {
        let rows: Vec<Row> = tables::read("states.tsv", states, 1, 5, |_| None)?
            .iter()
            .map(|row| Row {
                name: row.get(0),
                others: row.list(1),
                demonyms: row.list(2),
                capitals: row.list(3),
                buildings: row.list(4),
            })
            .collect();
        let regions = tables::read("regions.tsv", regions, 2, 2, |row| {
            (!matches!(row.get(1), "LOC" | "GPE"))
                .then(|| format!("the label is LOC or GPE, not {:?}", row.get(1)))
        })?;
        let cities = tables::read("cities.tsv", cities, 3, 3, |row| {
            (!matches!(row.get(2), "city" | "province"))
                .then(|| format!("the kind is city or province, not {:?}", row.get(2)))
        })?;
        let countries = keshvar_countries();

        // Each country with the table's row for it, if any; rows keshvar lacks stand alone.
        let mut used = vec![false; rows.len()];
        let mut states: Vec<(Option<&Country>, Option<&Row>)> = Vec::new();
        for country in &countries {
            let row = rows.iter().position(|row| {
                country.names.contains(&row.name)
                    || row.others.iter().any(|o| country.names.contains(o))
            });
            if let Some(r) = row {
                used[r] = true;
            }
            states.push((Some(country), row.map(|r| &rows[r])));
        }
        states.extend(
            rows.iter()
                .zip(&used)
                .filter(|(_, used)| !**used)
                .map(|(row, _)| (None, Some(row))),
        );

        let mut gazetteer = Self {
            names: Vec::new(),
            demonyms: vec![None; states.len()],
            phrases: FxHashMap::default(),
            places: FxHashMap::default(),
            place_states: FxHashMap::default(),
            towns: FxHashMap::default(),
            town_starts: FxHashMap::default(),
            provinces_named_like_words: FxHashMap::default(),
            starts: FxHashMap::default(),
        };
        for (country, row) in &states {
            // The table's name, else the ISO short name without its qualifier.
            let name = row
                .map(|r| r.name)
                .or_else(|| country.map(|c| c.shown.strip_prefix("The ").unwrap_or(c.shown)));
            gazetteer.names.push(name.unwrap_or_default().to_owned());
        }
        // Names before demonyms before seats, each over all states, so a state's own
        // name is never taken by another's lesser alias.
        for (index, (country, row)) in states.iter().enumerate() {
            let own = gazetteer.names[index].clone();
            gazetteer.add(&own, index, Naming::Name);
            for other in row.iter().flat_map(|r| &r.others) {
                gazetteer.add(other, index, Naming::Name);
            }
            for name in country.iter().flat_map(|c| &c.names) {
                if !name.contains(['(', ',', '[']) {
                    gazetteer.add(name, index, Naming::Name);
                }
            }
        }
        for (index, (country, row)) in states.iter().enumerate() {
            let demonyms = row.iter().flat_map(|r| r.demonyms.iter().copied());
            for demonym in demonyms.chain(country.and_then(|c| c.demonym)) {
                gazetteer.add(demonym, index, Naming::Demonym);
            }
        }
        for (index, (_, row)) in states.iter().enumerate() {
            for capital in row.iter().flat_map(|r| &r.capitals) {
                gazetteer.add(capital, index, Naming::Seat);
            }
            for building in row.iter().flat_map(|r| &r.buildings) {
                gazetteer.add(building, index, Naming::Building);
            }
        }

        for row in &regions {
            let place = match row.get(1) {
                "LOC" => Place::Geographic,
                _ => Place::Political,
            };
            gazetteer.add_place(row.get(0), place);
        }
        for country in keshvar::CountryIterator::new() {
            let mut subdivisions: Vec<_> = country
                .subdivisions()
                .values()
                .filter(|s| is_major(s.subdivision_type()))
                .map(|s| s.name())
                .filter(|n| is_latin_name(n) && n.chars().count() >= 4 && !NOT_PLACES.contains(n))
                .collect();
            subdivisions.sort_unstable();
            let short = country.iso_short_name();
            let state = gazetteer
                .lookup(short.split([',', '(']).next().unwrap_or(short).trim())
                .map(|(state, _)| state);
            for name in subdivisions {
                gazetteer.add_place(name, Place::Political);
                if let Some(state) = state {
                    gazetteer
                        .place_states
                        .entry(name.to_owned())
                        .or_insert(state);
                }
            }
        }
        // After the ISO subdivisions, whose names win: GeoNames' provinces ("Tigray",
        // "Inner Mongolia") are places wherever named, its towns only in context.
        // Built at every start: the names are borrowed from the table built into the
        // binary, and each country is looked up once.
        let not_places: FxHashSet<&str> = NOT_PLACES.iter().copied().collect();
        let mut states_of: FxHashMap<&str, usize> = FxHashMap::default();
        gazetteer.towns.reserve(cities.len());
        gazetteer.town_starts.reserve(cities.len());
        for row in &cities {
            let (name, country) = (row.get(0), row.get(1));
            let state = match country {
                "" => None,
                _ => match states_of.get(country) {
                    Some(&state) => Some(state),
                    None => {
                        let state = gazetteer
                            .lookup(country)
                            .map(|(state, _)| state)
                            .ok_or_else(|| TableError {
                                table: "cities.tsv",
                                line: row.line,
                                problem: format!("no state is named {country:?}"),
                            })?;
                        states_of.insert(country, state);
                        Some(state)
                    }
                },
            };
            let known = gazetteer.phrases.contains_key(name)
                || gazetteer.places.contains_key(name)
                || not_places.contains(name);
            if known {
                if let Some(state) =
                    state.filter(|_| row.get(2) == "province" && not_places.contains(name))
                {
                    gazetteer.provinces_named_like_words.insert(name, state);
                }
                continue;
            }
            if row.get(2) == "province" {
                gazetteer.add_place(name, Place::Political);
                if let Some(state) = state {
                    gazetteer.place_states.insert(name.to_owned(), state);
                }
            } else {
                let first = name.split(' ').next().unwrap_or(name);
                let longest = gazetteer.town_starts.entry(first).or_insert(0);
                *longest = (*longest).max(name.split(' ').count());
                gazetteer.towns.insert(name, state);
            }
        }
        Ok(gazetteer)
    }

    fn note_start(&mut self, phrase: &str) {
        note_start(&mut self.starts, phrase);
    }

    /// How many words the longest phrase starting with `first` has (0: none does).
    pub fn longest_from(&self, first: &str) -> usize {
        self.starts.get(first).copied().unwrap_or(0)
    }

    /// As `longest_from`, for the towns.
    pub fn longest_town_from(&self, first: &str) -> usize {
        self.town_starts.get(first).copied().unwrap_or(0)
    }

    fn add(&mut self, phrase: &str, state: usize, naming: Naming) {
        if naming == Naming::Demonym && self.demonyms[state].is_none() {
            self.demonyms[state] = Some(phrase.to_owned());
        }
        self.note_start(phrase);
        self.phrases
            .entry(phrase.to_owned())
            .or_insert((state, naming));
    }

    fn add_place(&mut self, phrase: &str, place: Place) {
        if phrase.is_empty() || self.phrases.contains_key(phrase) {
            return;
        }
        self.note_start(phrase);
        self.places.entry(phrase.to_owned()).or_insert(place);
    }

    /// The state a phrase names, exactly as written (articles capitalise names).
    pub fn lookup(&self, phrase: &str) -> Option<(usize, Naming)> {
        self.phrases.get(phrase).copied()
    }

    /// The place other than a state a phrase names, exactly as written.
    pub fn place(&self, phrase: &str) -> Option<Place> {
        self.places.get(phrase).copied()
    }

    /// The state a subdivision, or a town that only one state has, belongs to.
    pub fn state_of_place(&self, phrase: &str) -> Option<usize> {
        self.place_states
            .get(phrase)
            .copied()
            .or_else(|| self.towns.get(phrase).copied().flatten())
    }

    /// The state of the province a phrase names, even one named like a word
    /// ("Indiana"), which only a body's name ("Indiana State Police") shows is meant.
    pub fn state_of_province(&self, phrase: &str) -> Option<usize> {
        let province = self.place(phrase) == Some(Place::Political) && !self.is_town(phrase);
        province
            .then(|| self.place_states.get(phrase).copied())
            .flatten()
            .or_else(|| self.provinces_named_like_words.get(phrase).copied())
    }

    /// Whether a phrase names a town of `data/cities.tsv` (a place only in context).
    pub fn is_town(&self, phrase: &str) -> bool {
        self.towns.contains_key(phrase)
    }

    pub fn name(&self, index: usize) -> &str {
        &self.names[index]
    }

    /// "Chinese" for China: the first demonym the data gives.
    pub fn demonym(&self, index: usize) -> Option<&str> {
        self.demonyms[index].as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_former_names_of_states_are_states() {
        let bosnia = GAZETTEER
            .lookup("Bosnia and Herzegovina")
            .map(|(state, _)| state);
        assert!(bosnia.is_some());
        assert_eq!(GAZETTEER.lookup("Bosnia").map(|(state, _)| state), bosnia);
        assert_eq!(GAZETTEER.lookup("Bosnian").map(|(state, _)| state), bosnia);
        for former in ["Yugoslavia", "Soviet Union", "USSR", "Czechoslovakia"] {
            assert!(
                matches!(GAZETTEER.lookup(former), Some((_, Naming::Name))),
                "{former}"
            );
        }
    }

    #[test]
    fn the_tables_are_well_formed() {
        if let Err(e) = Gazetteer::build(
            include_str!("../../data/states.tsv"),
            include_str!("../../data/regions.tsv"),
            include_str!("../../data/cities.tsv"),
        ) {
            panic!("{e}");
        }
    }

    fn state(phrase: &str) -> &'static str {
        let g = &*GAZETTEER;
        g.name(g.lookup(phrase).unwrap_or_else(|| panic!("{phrase}")).0)
    }

    #[test]
    fn names_demonyms_and_seats_point_to_one_state() {
        let g = &*GAZETTEER;
        let india = g.lookup("India").unwrap().0;
        assert_eq!(g.lookup("Indian"), Some((india, Naming::Demonym)));
        assert_eq!(g.lookup("New Delhi"), Some((india, Naming::Seat)));
        assert_eq!(g.lookup("Kremlin").unwrap().1, Naming::Building);
        assert_eq!(state("Kremlin"), "Russia");
        assert_eq!(state("US"), "United States");
        assert_eq!(state("Russian Federation"), "Russia");
    }

    #[test]
    fn every_country_is_known_by_its_common_name_and_demonym() {
        // Not in the table: these come from the ISO data.
        assert_eq!(state("Burkina Faso"), "Burkina Faso");
        assert_eq!(state("Burkinabe"), "Burkina Faso");
        assert_eq!(state("Côte d'Ivoire"), state("Ivorian"));
        assert_eq!(state("Tanzania"), state("Tanzanian"));
        assert_eq!(state("Uruguayan"), "Uruguay");
        // Shown by the ISO short name without its qualifier, not the formal long name.
        assert_eq!(state("Bolivian"), "Bolivia");
        assert_eq!(state("Venezuelan"), "Venezuela");
        // A shared demonym goes to the more populous state.
        assert_eq!(state("American"), "United States");
        assert_eq!(state("Congolese"), "Democratic Republic of the Congo");
        // News writes the larger Congo "Congo" after its full name, and the other one
        // "Republic of Congo" or "Congo Republic".
        assert_eq!(state("Congo"), "Democratic Republic of the Congo");
        assert_eq!(
            state("Democratic Republic of Congo"),
            "Democratic Republic of the Congo"
        );
        assert_eq!(state("Republic of Congo"), "Republic of the Congo");
        assert_eq!(state("Congo Republic"), "Republic of the Congo");
    }

    #[test]
    #[ignore = "prints the table for review: cargo test -p chancery gazetteer -- --ignored"]
    fn print_state_names() {
        println!("{}", GAZETTEER.names.join("; "));
    }

    #[test]
    fn subdivisions_and_regions_are_places_not_states() {
        let g = &*GAZETTEER;
        assert_eq!(g.place("Uttar Pradesh"), Some(Place::Political));
        assert_eq!(g.place("California"), Some(Place::Political));
        assert_eq!(
            g.state_of_place("California").map(|s| g.name(s)),
            Some("United States")
        );
        assert_eq!(g.place("South China Sea"), Some(Place::Geographic));
        assert_eq!(g.place("Georgia"), None, "the state wins");
        assert!(g.lookup("Georgia").is_some());
        assert_eq!(g.place("Central"), None, "an ordinary word");
    }

    #[test]
    fn towns_and_provinces_know_their_state_unless_several_share_the_name() {
        let g = &*GAZETTEER;
        let state_of = |place: &str| g.state_of_place(place).map(|s| g.name(s));
        assert_eq!(state_of("Mariupol"), Some("Ukraine"));
        assert_eq!(state_of("Tigray"), Some("Ethiopia"));
        assert_eq!(g.place("Tigray"), Some(Place::Political), "a province");
        assert!(
            g.is_town("Mariupol") && g.place("Mariupol").is_none(),
            "a town"
        );
        assert_eq!(state_of("Birmingham"), None, "England's and Alabama's");
        assert!(g.is_town("Birmingham"));
        // Towns named like a date or a common noun are left out: "in March", "Police".
        assert!(!g.is_town("March") && !g.is_town("Police") && !g.is_town("Mobile"));
        assert_eq!(state_of("Inner Mongolia"), Some("China"));
        // The states' and ISO subdivisions' own names win.
        assert!(!g.is_town("Paris") && !g.is_town("Georgia"));
    }

    #[test]
    fn lowercase_words_and_foreign_homographs_are_not_states() {
        assert!(GAZETTEER.lookup("us").is_none());
        assert!(GAZETTEER.lookup("china").is_none());
        assert!(GAZETTEER.lookup("Island").is_none(), "German for Iceland");
        assert!(GAZETTEER.lookup("Chili").is_none(), "Dutch for Chile");
    }
}
