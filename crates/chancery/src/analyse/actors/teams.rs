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

/// Headings of results lines, which name no ground ("Scores : …", "Postponed : …",
/// "Playing Sunday : …").
#[rustfmt::skip]
const RESULTS_HEADINGS: &[&str] = &[
    "scores", "score", "result", "results", "postponed", "abandoned", "cancelled", "playing",
    "played", "fixtures", "standings", "note", "leading", "halftime", "attendance", "replay",
    "teams", "scorers", "close",
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
        return sides_in_headline(text, words);
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
        // "Mladost ( L ) 4 2 1 1", "Proleter ( Z ) 0": a letter in brackets tells two
        // clubs of one name apart by their town, and is part of the name.
        if let [open, letters, close, ..] = &words[i.min(words.len())..] {
            let town_letters =
                letters.text.len() <= 2 && letters.text.chars().all(|c| c.is_ascii_uppercase());
            if open.text == "(" && close.text == ")" && town_letters {
                i += 3;
            }
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

/// Nations with national sides of their own that are part of a state ("ENGLAND BEAT
/// PAKISTAN"): places, as a state's name for its side is.
pub(crate) const HOME_NATIONS: &[&str] = &[
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Faroes",
    "Faroe Islands",
];

/// Team sports, as a wire's headline names them before its dash ("SOCCER - …").
#[rustfmt::skip]
const TEAM_SPORTS: &[&str] = &[
    "SOCCER", "FOOTBALL", "BASKETBALL", "BASEBALL", "RUGBY UNION", "RUGBY LEAGUE", "RUGBY",
    "CRICKET", "ICE HOCKEY", "NHL ICE HOCKEY", "HOCKEY", "NFL", "NBA", "NHL", "VOLLEYBALL",
    "HANDBALL", "AMERICAN FOOTBALL",
];

/// Verbs of a headline that put the winner before them and the loser after.
#[rustfmt::skip]
const BEATING_VERBS: &[&str] = &[
    "BEAT", "BEATS", "DEFEAT", "DEFEATS", "DOWN", "DOWNS", "EDGE", "EDGES", "THRASH",
    "THRASHES", "ROUT", "ROUTS", "CRUSH", "CRUSHES", "STUN", "STUNS", "OUST", "OUSTS",
    "HOLD", "HOLDS", "TOP", "TOPS",
];

/// The sides of a team sport's headline in capitals: "BASKETBALL - BENETTON BEAT DINAMO
/// 92-81 .", "BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS .": the names
/// either side of a verb of beating. (In a headline about a single player's sport,
/// "MITCHELL DEFEATS BAILEY", they are people.)
fn sides_in_headline(text: &str, words: &[Word<'_>]) -> Vec<Team> {
    // The sport opens the line: its first word is one in capitals ("SOCCER", "RUGBY").
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Vec::new();
    };
    if !TEAM_SPORTS
        .iter()
        .any(|sport| sport.starts_with(first.text))
    {
        return Vec::new();
    }
    let line = &text[first.span.start..last.span.end];
    let Some(dash) = line.find(" - ").map(|at| first.span.start + at) else {
        return Vec::new();
    };
    if !TEAM_SPORTS.contains(&text[first.span.start..dash].trim()) {
        return Vec::new();
    }
    let in_capitals = |w: &Word<'_>| {
        w.text.chars().any(char::is_alphabetic) && !w.text.chars().any(char::is_lowercase)
    };
    if !words
        .iter()
        .all(|w| in_capitals(w) || !w.text.chars().any(char::is_alphabetic))
    {
        return Vec::new();
    }
    // A side is up to three words of a name: no function word, nothing but a space
    // between them.
    let joined = |a: &Word<'_>, b: &Word<'_>| &text[a.span.end..b.span.start] == " ";
    let is_name = |w: &Word<'_>| {
        in_capitals(w)
            && !NOT_TEAM_WORDS
                .iter()
                .any(|n| w.text.eq_ignore_ascii_case(n))
            && !HEADLINE_LINKS.contains(&w.text)
            && !BEATING_VERBS.contains(&w.text)
    };
    let mut teams = Vec::new();
    for (v, verb) in words.iter().enumerate() {
        if !BEATING_VERBS.contains(&verb.text) || v == 0 || words[v - 1].span.start < dash {
            continue;
        }
        let mut start = v;
        while start > 0
            && v - start < 3
            && words[start - 1].span.start > dash
            && is_name(&words[start - 1])
            && joined(&words[start - 1], &words[start])
        {
            start -= 1;
        }
        let mut end = v + 1;
        while end < words.len()
            && end - v <= 3
            && is_name(&words[end])
            && joined(&words[end - 1], &words[end])
        {
            end += 1;
        }
        for (from, to) in [(start, v), (v + 1, end)] {
            if to > from {
                teams.push(Team {
                    span: words[from].span.start..words[to - 1].span.end,
                    one_score: false,
                    standings: false,
                });
            }
        }
    }
    teams
}

/// Words that join a headline's clauses ("… HOMERS TWICE AS RANGERS BEAT …").
const HEADLINE_LINKS: &[&str] = &["AS", "WHILE", "AFTER", "BUT", "WITH", "TWICE", "AGAIN"];

/// The ground a line of results opens with, before its colon: "Hove : Sussex 363 …",
/// "At The Oval ( London ) : Surrey beat Warwickshire …". Where the game was played,
/// a place (the town's name is no club there).
pub(crate) fn venues_of_results(text: &str, words: &[Word<'_>]) -> Vec<Range<usize>> {
    let Some(colon) = words.iter().take(9).position(|w| w.text == ":") else {
        return Vec::new();
    };
    let rest = &words[colon + 1..];
    let a_result = rest
        .iter()
        .any(|w| matches!(w.text, "beat" | "drew" | "v" | "bt"))
        || !teams_in_line(text, rest).is_empty();
    if !a_result {
        return Vec::new();
    }
    let first = usize::from(words[0].text == "At");
    let mut venues = Vec::new();
    let mut i = first;
    while i < colon {
        let start = i;
        while i < colon && is_capitalised(words[i].text) {
            i += 1;
        }
        let heading = words[start..i].iter().any(|w| {
            RESULTS_HEADINGS.contains(&w.text.to_lowercase().as_str()) || weekday_name(w.text)
        });
        // "The Oval": a ground's name may open with its article.
        let named = i > start
            && (is_side(text, &words[start..i])
                || words[start].text == "The"
                    && i > start + 1
                    && is_side(text, &words[start + 1..i]));
        if !named || heading {
            return Vec::new();
        }
        venues.push(words[start].span.start..words[i - 1].span.end);
        // "( London )": the town of the ground named first.
        match (words.get(i).map(|w| w.text), venues.len()) {
            (Some("("), 1) => i += 1,
            (Some(")"), 2) if i + 1 == colon => i += 1,
            _ if i == colon => {}
            _ => return Vec::new(),
        }
    }
    venues
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
pub(super) fn is_initial(text: &str, word: &Word<'_>) -> bool {
    word.text.chars().count() == 1
        && word.text.starts_with(char::is_uppercase)
        && text[word.span.end..].starts_with('.')
}

#[cfg(test)]
mod tests {
    use super::super::found_in;
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
    fn a_team_sport_s_headline_names_its_sides() {
        assert_eq!(
            teams("BASKETBALL - BENETTON BEAT DINAMO 92-81 ."),
            ["BENETTON", "DINAMO"]
        );
        assert_eq!(
            teams("BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS ."),
            ["RANGERS", "INDIANS"]
        );
        // A single player's sport, and prose, name no sides.
        assert!(
            teams("ATHLETICS - MITCHELL DEFEATS BAILEY IN FRONT OF FORMER CHAMPIONS .").is_empty()
        );
        assert!(teams("SOCCER - Milan beat Roma in a friendly .").is_empty());
    }

    #[test]
    fn a_town_s_letter_in_brackets_is_part_of_a_club_s_name() {
        assert_eq!(teams("Borac 1 Mladost ( L ) 2"), ["Borac", "Mladost ( L )"]);
        assert_eq!(teams("Proleter ( Z ) 4 0 1 3 2 9 1"), ["Proleter ( Z )"]);
    }

    #[test]
    fn a_results_line_opens_with_its_ground() {
        fn venues(line: &str) -> Vec<&str> {
            found_in(line, venues_of_results)
        }
        assert_eq!(
            venues("Tunbridge Wells : Nottinghamshire 214 ( P. Johnson 84 ) , Kent 108-3 ."),
            ["Tunbridge Wells"]
        );
        assert_eq!(
            venues("At The Oval ( London ) : Surrey beat Warwickshire by an innings ."),
            ["The Oval", "London"]
        );
        // A heading of another table, or a line with no result after it, has no ground.
        assert!(venues("PAYING AGENT : Michigan National Bank , Detroit").is_empty());
        assert!(venues("Playing Sunday : Queens Park Rangers v Bolton").is_empty());
        assert!(venues("Scores : Australia 228-9 in 50 overs , Sri Lanka 232-6 .").is_empty());
        assert!(venues("Kinshasa : The talks will resume on Monday .").is_empty());
        assert!(venues("The : Leeds 2 Hull 1").is_empty());
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
