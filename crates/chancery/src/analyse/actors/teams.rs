//! Teams named in a line of sports results or fixtures: "Pohang 3 Ulsan 2", "Haitai 64
//! 2 43 .596", "Somerset 83 and 174 ( P. Simmons 4-38 ) , Leicestershire 296", "Queens
//! Park Rangers v Bolton". A name with its score right after it, or either side of
//! "v", is a side, an organisation, though it is a town's or a county's name. A state's
//! name there is its national side, which news annotation keeps a place, and a person
//! stays a person (a golfer's rounds, a bowler's figures): the caller keeps those.

use std::ops::Range;

use super::super::lexicon::is_capitalised;
use super::Word;
use crate::date::{month_number, weekday_name};

/// Words of capitalised headlines that open no team's name ("ENGLAND 326 AND 74-0");
/// months and days before their dates are no names either.
#[rustfmt::skip]
const NOT_TEAM_WORDS: &[&str] = &[
    "and", "or", "in", "of", "at", "on", "for", "to", "by", "v", "vs", "the", "from", "with",
    "first", "last", "total", "net",
];

/// Words of amounts: a line with them is a table of money or prices, not of results.
const AMOUNT_WORDS: &[&str] = &["million", "billion", "mln", "bln", "pct", "percent"];

/// A side named in a line of results.
#[derive(Debug)]
pub(crate) struct Team {
    pub span: Range<usize>,
    /// Whether one score follows, as in a match result ("Crystal Palace 1 Huddersfield
    /// 1"): a golfer has a score for each round, so a person's name there is a team.
    pub one_score: bool,
    /// Whether a standings row follows: games played, then won, drawn and lost adding
    /// up to it ("St Mirren 3 1 1 1 5 4 4"), which no player's figures do.
    pub standings: bool,
}

/// The teams a line of results or fixtures names; none when the line is neither.
pub(crate) fn teams_in_line(text: &str, words: &[Word<'_>]) -> Vec<Team> {
    let numbers = words.iter().filter(|w| is_number(w.text)).count();
    // Results are mostly figures: a sentence with a year and a count in it is prose.
    let results = numbers >= 2
        && numbers * 5 >= words.len()
        && !words
            .iter()
            .any(|w| AMOUNT_WORDS.iter().any(|a| w.text.eq_ignore_ascii_case(a)));
    // "BOSTON AT OAKLAND": a line of capitals and nothing else around one "AT" is a
    // day's fixture list, the home side second.
    let away_at_home = is_away_at_home(text, words);
    let is_versus = |word: &str| is_versus(word) || away_at_home && word == "AT";
    let fixtures = words.iter().any(|w| is_versus(w.text));
    if !results && !fixtures {
        return Vec::new();
    }
    let mut teams = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < words.len() {
        match words[i].text {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > 0 || !is_capitalised(words[i].text) {
            i += 1;
            continue;
        }
        let start = i;
        while i < words.len()
            && is_capitalised(words[i].text)
            && !(away_at_home && words[i].text == "AT")
        {
            i += 1;
        }
        if i == start {
            // "AT" between the sides.
            i += 1;
            continue;
        }
        // "Queens Park Rangers v Bolton": the sides of a fixture; a player's name
        // there ("Sampras vs. Voinea") is left to the caller.
        let versus = words.get(i).is_some_and(|w| is_versus(w.text))
            || start > 0 && is_versus(words[start - 1].text);
        // "BOSTON AT OAKLAND": the home side's name says where the game is played.
        let venue = away_at_home && start > 0 && words[start - 1].text == "AT";
        if versus && !venue && is_side(text, &words[start..i]) {
            teams.push(Team {
                span: words[start].span.start..words[i - 1].span.end,
                one_score: false,
                standings: false,
            });
            continue;
        }
        if !results {
            continue;
        }
        if let Some(figures) = team_figures(text, words, start, i) {
            teams.push(Team {
                span: words[start].span.start..words[i - 1].span.end,
                one_score: figures == 1,
                standings: is_standings_row(&words[i..i + figures]),
            });
        }
    }
    teams
}

/// Whether `words[start..end]`, a run of capitalised words outside brackets, is a side
/// with its score: opening the line or a clause of it, or right after the other side's
/// score, and followed by a score of its own. Gives how many figures follow it.
fn team_figures(text: &str, words: &[Word<'_>], start: usize, end: usize) -> Option<usize> {
    if !is_side(text, &words[start..end]) {
        return None;
    }
    if !words.get(end).is_some_and(|score| is_score(text, score)) {
        return None;
    }
    // How many figures follow: a side's score is one or two ("83 and 174" counts one);
    // a row of a standings table opens the line with many.
    let figures = words[end..]
        .iter()
        .take_while(|w| is_number(w.text))
        .count();
    let is_team = match start.checked_sub(1).map(|p| words[p].text) {
        None | Some(";" | ":") => true,
        Some("," | ")") => figures <= 2,
        Some(previous) => is_number(previous) && figures == 1,
    };
    is_team.then_some(figures)
}

/// Whether figures open with a standings row: played, won, (drawn,) lost, the results
/// adding up to the games played.
fn is_standings_row(figures: &[Word<'_>]) -> bool {
    let counts: Vec<u32> = figures
        .iter()
        .take(4)
        .map_while(|w| w.text.parse().ok())
        .collect();
    match counts[..] {
        [played, won, drawn, lost] => played > 0 && played == won + drawn + lost,
        _ => false,
    }
}

/// Whether a run of capitals can name a side: no month, day or function word opening
/// it, no person's initial in it.
fn is_side(text: &str, run: &[Word<'_>]) -> bool {
    let first = run[0].text;
    !NOT_TEAM_WORDS.iter().any(|n| first.eq_ignore_ascii_case(n))
        && month_number(first).is_none()
        && !weekday_name(first)
        && !run.iter().any(|w| is_initial(text, w))
}

/// "CLEVELAND AT TEXAS", "NEW YORK AT CALIFORNIA": two names in capitals either side of
/// "AT", the whole line: the visiting side at the home side's town.
fn is_away_at_home(text: &str, words: &[Word<'_>]) -> bool {
    // A town's or a club's name is two words at most ("LOS ANGELES", "ST LOUIS"), and
    // nothing but spaces stands between the words (a headline has its dash and full
    // stop: "GOLF - LEADING SCORES AT GREATER MILWAUKEE OPEN .").
    let at = words.iter().position(|w| w.text == "AT");
    let bare = words
        .windows(2)
        .all(|pair| &text[pair[0].span.end..pair[1].span.start] == " ")
        && words
            .last()
            .is_some_and(|w| text[w.span.end..].trim().is_empty());
    bare && at.is_some_and(|at| (1..=2).contains(&at) && (1..=2).contains(&(words.len() - at - 1)))
        && words.iter().all(|w| {
            w.text.chars().all(|c| c.is_uppercase() || c == '.')
                && w.text.chars().any(char::is_alphabetic)
        })
        && words.iter().filter(|w| w.text == "AT").count() == 1
}

/// "v", "vs", "vs.": versus, between the sides of a fixture.
fn is_versus(word: &str) -> bool {
    matches!(word, "v" | "vs" | "V" | "VS")
}

/// Digits, with the inner marks of a figure ("1,279", "9.06", "108-3").
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '-' | '/'))
}

/// A score: "3", "296", runs for wickets "108-3"; not a price ("9.06", "+31"), an amount
/// ("1,279") or a bowler's overs-maidens-runs-wickets ("7-0-29-0").
fn is_score(text: &str, word: &Word<'_>) -> bool {
    let mut parts = word.text.split('-');
    let is_small = |p: &str| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit());
    let shape = match (parts.next(), parts.next(), parts.next()) {
        (Some(a), None, _) => is_small(a),
        (Some(a), Some(b), None) => is_small(a) && is_small(b),
        _ => false,
    };
    let signed = text[..word.span.start].ends_with(['+', '$', '.', '-']);
    shape && !signed
}

/// A one-letter word written with a full stop ("P. Simmons"): a person's initial.
fn is_initial(text: &str, word: &Word<'_>) -> bool {
    word.text.chars().count() == 1 && text[word.span.end..].starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyse::sentences::words;

    fn teams(line: &str) -> Vec<&str> {
        let words = words(line, 0..line.len());
        teams_in_line(line, &words)
            .into_iter()
            .map(|team| &line[team.span])
            .collect()
    }

    #[test]
    fn both_sides_of_a_score_are_teams() {
        assert_eq!(
            teams("Pohang 3 Ulsan 2 (halftime 1-0)"),
            ["Pohang", "Ulsan"]
        );
        assert_eq!(
            teams("Greenock Morton 1 Falkirk 0"),
            ["Greenock Morton", "Falkirk"]
        );
        assert_eq!(teams("Minnesota 6 MILWAUKEE 1"), ["Minnesota", "MILWAUKEE"]);
    }

    #[test]
    fn a_league_table_row_adds_up_and_a_golfer_s_rounds_do_not() {
        let standings = |line: &str| {
            let words = words(line, 0..line.len());
            teams_in_line(line, &words)
                .into_iter()
                .map(|team| team.standings)
                .collect::<Vec<_>>()
        };
        // Played 3: won 1, drawn 1, lost 1.
        assert_eq!(standings("St Mirren 3 1 1 1 5 4 4"), [true]);
        assert_eq!(standings("Greenock Morton 3 2 0 1 5 2 6"), [true]);
        assert_eq!(standings("Mark O'Meara 70 68 71 69 278"), [false]);
    }

    #[test]
    fn a_standings_row_opens_with_its_team() {
        assert_eq!(teams("Haitai 64 2 43 .596 -"), ["Haitai"]);
        assert_eq!(teams("NEW YORK 74 59 .556 -"), ["NEW YORK"]);
    }

    #[test]
    fn innings_are_scores_and_players_in_brackets_are_not_teams() {
        assert_eq!(
            teams("Somerset 83 and 174 (P. Simmons 4-38), Leicestershire 296."),
            ["Somerset", "Leicestershire"]
        );
        assert_eq!(
            teams("Tunbridge Wells: Nottinghamshire 214 (P. Johnson 84), Kent 108-3."),
            ["Nottinghamshire", "Kent"]
        );
    }

    #[test]
    fn figures_of_players_prices_and_dates_are_no_scores() {
        assert!(teams("Bowling: Gough 8-0-39-3, Mullally 6-0-30-1, Headley 7-1-32-0").is_empty());
        assert!(teams("Sales 9.06 9.31 8.42").is_empty());
        assert!(teams("Net 415 million 490 million 412 million").is_empty());
        assert!(teams("The talks are set for Oct. 9 and Oct. 16.").is_empty());
        assert!(teams("Amsterdam newsroom +31 20 504 5000, Fax +31 20 504 5040").is_empty());
    }

    #[test]
    fn the_sides_of_a_fixture_are_teams() {
        assert_eq!(
            teams("Playing Sunday: Queens Park Rangers v Bolton"),
            ["Queens Park Rangers", "Bolton"]
        );
        assert_eq!(teams("August 16-18 v Kent (three days)"), ["Kent"]);
        assert_eq!(teams("NEW YORK AT CALIFORNIA"), ["NEW YORK"]);
        // A headline in capitals is no fixture list.
        assert!(teams("TALKS AT UN STALL AS ENVOYS LEAVE").is_empty());
        assert!(teams("GOLF - LEADING SCORES AT GREATER MILWAUKEE OPEN .").is_empty());
    }

    #[test]
    fn prose_with_a_few_numbers_is_no_results_line() {
        assert!(teams(
            "Germany sent 2 ministers and Poland sent 3 envoys to the summit in Warsaw on Friday to talk about the border."
        )
        .is_empty());
    }

    #[test]
    fn a_golfer_after_a_comma_with_four_rounds_is_no_team() {
        let line = "287 Ian Woosnam 70 76 71 70, Robert Coles 74 76 71 69";
        assert!(teams(line).is_empty(), "{:?}", teams(line));
    }
}
