//! Clubs named in sports prose: "the Orioles", "the Florida Marlins beat …", "Essex
//! bowled Kent out". In a sentence about a match, a town's or county's name that is not
//! where something happens stands for its club, and a town's name with a plural nickname
//! after it is one club ("St. Louis Cardinals"). Outside such sentences the same words
//! stay places; a state's name stays the state (its national side), as in `teams`.

use std::ops::Range;

use super::super::gazetteer::{Naming, GAZETTEER};
use super::super::lexicon::{is_capitalised, is_role_noun, WordList, PLACE_NOUNS};
use super::Word;

/// Words only a report of a game uses.
#[rustfmt::skip]
static GAME_WORDS: WordList = WordList::new(&[
    "innings", "inning", "wicket", "wickets", "batsman", "batsmen", "bowler", "bowlers",
    "stumps", "homer", "homers", "homered", "pitcher", "pitchers", "shutout", "quarterback",
    "touchdown", "touchdowns", "striker", "midfielder", "goalkeeper", "equaliser", "equalizer",
    "playoff", "playoffs", "half-time", "halftime", "relegation", "relegated", "goalless",
    "hat-trick",
]);

/// Words a report of a game uses often, and other news now and then: three make a game.
#[rustfmt::skip]
static SPORTS_WORDS: WordList = WordList::new(&[
    "match", "matches", "game", "games", "season", "beat", "beats", "beaten", "defeated",
    "drew", "draw", "win", "wins", "won", "victory", "points", "title", "rivals", "league",
    "championship", "champions", "cup", "coach", "club", "scored", "goals", "goal", "runs",
    "side", "unbeaten", "streak", "lead",
]);

/// Words before a place where something happens, or whence someone comes.
const LOCATIVES: &[&str] = &[
    "in", "at", "near", "from", "to", "outside", "into", "across", "around", "of", "for",
];

/// Whether a sentence reports a game: one word only games have, or three that games
/// use often.
pub(crate) fn is_about_a_game(words: &[Word<'_>]) -> bool {
    let mut sporting = 0;
    for word in words {
        // Read for every sentence: most words are in lower case already.
        let lowered;
        let lower = if word.text.bytes().any(|b| b.is_ascii_uppercase()) {
            lowered = word.text.to_ascii_lowercase();
            lowered.as_str()
        } else {
            word.text
        };
        if GAME_WORDS.contains(&lower) {
            return true;
        }
        if SPORTS_WORDS.contains(&lower) {
            sporting += 1;
        }
    }
    sporting >= 3
}

/// The clubs a sentence about a game names; none in any other sentence.
pub(crate) fn clubs_in_sentence(text: &str, words: &[Word<'_>]) -> Vec<Range<usize>> {
    let mut clubs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_capitalised(words[i].text) {
            i += 1;
            continue;
        }
        let mut start = i;
        while i < words.len() && is_capitalised(words[i].text) {
            i += 1;
        }
        let after_the = start > 0 && words[start - 1].text == "the" || words[start].text == "The";
        if words[start].text == "The" {
            start += 1;
        }
        if start == i {
            continue;
        }
        let run = &words[start..i];
        let before = start.checked_sub(1).map(|b| words[b].text);
        let after = words.get(i).map(|w| w.text);
        if is_club(text, run, before, after, after_the) {
            clubs.push(run[0].span.start..run[run.len() - 1].span.end);
        }
    }
    // Whether the sentence is about a game is asked last: few sentences name a town.
    if !clubs.is_empty() && !is_about_a_game(words) {
        clubs.clear();
    }
    clubs
}

/// Whether a run of capitalised words in a sentence about a game names a club.
fn is_club(
    text: &str,
    run: &[Word<'_>],
    before: Option<&str>,
    after: Option<&str>,
    after_the: bool,
) -> bool {
    let name = phrase(text, run);
    let last = run[run.len() - 1].text;
    // "St. Louis Cardinals", "Florida Marlins", "Chicago White Sox".
    let town_and_nickname = run.len() >= 2
        && is_nickname(last)
        && (1..run.len())
            .rev()
            .take(2)
            .any(|cut| is_town_or_province(phrase(text, &run[..cut])));
    if town_and_nickname {
        return true;
    }
    // "the Orioles": a nickname alone, which no people or group of a state is.
    if run.len() == 1 && after_the && is_nickname(last) {
        let singular = last.strip_suffix('s').unwrap_or(last);
        return GAZETTEER.lookup(last).is_none()
            && GAZETTEER.lookup(singular).is_none()
            && !is_role_noun(singular);
    }
    // "Essex bowled Kent out": a town or county that is not where the game is played.
    let a_place_here = before.is_some_and(|b| LOCATIVES.contains(&b))
        || after.is_some_and(|a| PLACE_NOUNS.contains(&a));
    let is_state = matches!(GAZETTEER.lookup(name), Some((_, Naming::Name)));
    let county = run.len() == 1 && last.len() > 6 && last.ends_with("shire");
    !a_place_here && !is_state && (county || is_town_or_province(name))
}

/// A club's nickname: a plural in capitals ("Marlins", "Phillies") or "Sox".
fn is_nickname(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") || word == "Sox"
}

fn is_town_or_province(phrase: &str) -> bool {
    GAZETTEER.is_town(phrase) || GAZETTEER.state_of_province(phrase).is_some()
}

/// The words of a run as the text writes them ("St. Louis", with its full stop).
fn phrase<'a>(text: &'a str, run: &[Word<'_>]) -> &'a str {
    &text[run[0].span.start..run[run.len() - 1].span.end]
}

#[cfg(test)]
mod tests {
    use super::super::found_in;
    use super::*;

    fn clubs(sentence: &str) -> Vec<&str> {
        found_in(sentence, clubs_in_sentence)
    }

    #[test]
    fn towns_and_nicknames_in_a_game_are_clubs() {
        assert_eq!(
            clubs("The Florida Marlins beat the St. Louis Cardinals 5-3 after a two-run homer."),
            ["Florida Marlins", "St. Louis Cardinals"]
        );
        assert_eq!(
            clubs("Seattle won its fifth straight game as the Orioles lost the lead in the ninth inning."),
            ["Seattle", "Orioles"]
        );
        assert_eq!(
            clubs("Derbyshire reached 108 for three at stumps against Essex."),
            ["Derbyshire", "Essex"]
        );
    }

    #[test]
    fn where_a_game_is_played_and_other_news_keep_their_places() {
        assert!(clubs("The pitcher was born in Seattle and now lives near Baltimore.").is_empty());
        assert!(clubs("Flooding in Seattle closed schools across the Florida Keys.").is_empty());
        // A state's name is its national side, left a place.
        assert!(clubs("Brazil beat Argentina in the final innings.").is_empty());
    }
}
