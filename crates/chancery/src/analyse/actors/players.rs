//! Players named in a line of sports results, where no title or verb says they are
//! people: the batsman, fielder and bowler of a cricket scorecard ("S. Law c Tillekeratne
//! b Dharmasena 13"), a bowler with their figures ("Vass 7-0-29-0"), the names listed
//! after a heading for players ("Did not bat: …", "Scorers: …"), a scorer with the minute
//! ("Cosmin Contra (31st)") and a competitor with their country ("3. Sammy Langat (Kenya)
//! 1:44.96"). Each is a person's name, whatever a rule or the tagger read it as.

use std::ops::Range;

use super::super::gazetteer::GAZETTEER;
use super::super::lexicon::{is_bare_particle, is_capitalised, ORG_HEADS};
use super::teams::is_initial;
use super::Word;

/// Headings of a results line that list players ("Did not bat : Dharmasena , Vaas").
#[rustfmt::skip]
const PLAYER_HEADINGS: &[&str] = &[
    "did not bat", "bowling", "scorers", "scorer", "goalscorers", "tries", "try",
    "conversions", "conversion", "penalties", "penalty", "drop goal", "drop goals",
    "man of the match", "umpires", "referee", "sent off", "booked", "cautioned",
];

/// The people a line of sports results names; none in any other line.
pub(crate) fn players_in_line(text: &str, words: &[Word<'_>]) -> Vec<Range<usize>> {
    // Every shape below needs a figure, a bracket or a heading's colon: prose without
    // them is read no further.
    if !words
        .iter()
        .any(|w| matches!(w.text, "(" | ":") || w.text.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Vec::new();
    }
    let mut players = Vec::new();
    let scorecard = is_scorecard_line(words);
    let listed_from = heading_end(words);
    let match_of_sides = is_one_match_result(words);
    let mut i = 0;
    while i < words.len() {
        // A name opens with a capital or a particle ("de Silva"): other words are passed
        // at their first letter.
        let opens = words[i]
            .text
            .starts_with(|c: char| c.is_uppercase() || c == 'd' || c == 'v');
        let Some(end) = opens.then(|| name_end(text, words, i)).flatten() else {
            i += 1;
            continue;
        };
        let before = i.checked_sub(1).map(|p| words[p].text);
        let is_player =
            // The batsman opens a scorecard line; fielder and bowler follow their marks.
            scorecard && (i == 0 || matches!(before, Some("c" | "b" | "st")))
            // "Vass 7-0-29-0": overs, maidens, runs and wickets are a bowler's.
            || words.get(end).is_some_and(|w| is_bowling_figures(w.text))
            // "( W. Hegg 54 ; P. Such 8-118 )": an initial and a surname with runs or
            // wickets are a player's.
            || is_initial(text, &words[i])
                && words.get(end).is_some_and(|w| is_figure(w.text))
                && end - i == 2
            // "Did not bat : Dharmasena , Vaas": each item after the heading.
            || listed_from.is_some_and(|from| i >= from && opens_an_item(words, i))
                && ends_an_item(words, end)
            // "Cosmin Contra ( 31st )": a scorer and the minute.
            || bracket_after(words, end).is_some_and(|inside| is_minute(inside))
            // "3. Ekimov 1:07", "1. Ian Woosnam 510,258": a ranked competitor with a
            // time or prize money.
            || is_ranked_with_a_time_or_amount(text, words, i, end)
            // "Sammy Langat ( Kenya ) 1:44.96": a competitor and their country.
            || !match_of_sides && is_competitor_with_country(words, i, end);
        if is_player && !is_a_place_or_body(text, words, i, end) {
            players.push(words[i].span.start..words[end - 1].span.end);
        }
        i = end;
    }
    players
}

/// Where a person's name starting at `i` ends: capitalised words, initials ("S. Law")
/// and inner particles ("de Silva", "Joost van der Westhuizen"); none when no
/// capitalised word starts there.
fn name_end(text: &str, words: &[Word<'_>], i: usize) -> Option<usize> {
    let mut end = i;
    while let Some(word) = words.get(end) {
        // Words of one name stand apart by a space only, or an initial's full stop
        // ("Romania - Cosmin Contra": the dash parts a side from its scorer).
        if end > i {
            let gap = &text[words[end - 1].span.end..word.span.start];
            if !matches!(gap, " " | ". ") {
                break;
            }
        }
        let particle = is_bare_particle(word.text)
            && words
                .get(end + 1)
                .is_some_and(|next| is_capitalised(next.text) || is_bare_particle(next.text));
        if !(is_capitalised(word.text) && word.text.chars().any(char::is_lowercase)
            || is_initial(text, word)
            || particle)
        {
            break;
        }
        end += 1;
    }
    // A name holds a word that is more than an initial, and does not end on a particle.
    let whole = words[i..end]
        .iter()
        .any(|w| w.text.chars().filter(|c| c.is_alphabetic()).count() > 1);
    (end > i && whole && (is_capitalised(words[i].text) || end > i + 1)).then_some(end)
}

/// A cricket batsman's line: a dismissal mark ("c", "b", "st", "lbw", "run out", "not
/// out") and the runs at the end.
fn is_scorecard_line(words: &[Word<'_>]) -> bool {
    let ends_in_runs = words
        .last()
        .is_some_and(|w| w.text.chars().all(|c| c.is_ascii_digit()));
    ends_in_runs
        && words.windows(2).any(|pair| {
            matches!(pair[0].text, "b" | "lbw" | "st")
                || pair[0].text == "c" && is_capitalised(pair[1].text)
                || matches!(pair[0].text, "run" | "not") && pair[1].text == "out"
        })
}

/// Where the items of a heading for players start: after "Did not bat :", "Scorers :".
fn heading_end(words: &[Word<'_>]) -> Option<usize> {
    let colon = words.iter().position(|w| w.text == ":")?;
    // The heading is the words right before the colon, up to four of them.
    let heading_start = (colon.saturating_sub(4)..colon)
        .find(|&start| {
            let heading: Vec<String> = words[start..colon]
                .iter()
                .map(|w| w.text.to_lowercase())
                .collect();
            PLAYER_HEADINGS.contains(&heading.join(" ").as_str())
        })
        .map(|_| colon + 1);
    heading_start
}

/// Whether the name at `i` opens an item of a list: after the colon, a comma, a
/// semicolon or a closing bracket.
fn opens_an_item(words: &[Word<'_>], i: usize) -> bool {
    i == 0 || matches!(words[i - 1].text, ":" | "," | ";" | ")")
}

/// Whether an item's name is all of it: a comma, a bracket, a figure or the line's end
/// follows.
fn ends_an_item(words: &[Word<'_>], end: usize) -> bool {
    words.get(end).is_none_or(|w| {
        matches!(w.text, "," | ";" | "(" | ".") || w.text.starts_with(|c: char| c.is_ascii_digit())
    })
}

/// The one word inside a bracket right after `end`: "( 31st )", "( Kenya )", "( U.S. )".
fn bracket_after<'w>(words: &'w [Word<'_>], end: usize) -> Option<&'w [Word<'w>]> {
    if words.get(end)?.text != "(" {
        return None;
    }
    let close = words[end + 1..].iter().position(|w| w.text == ")")?;
    let inside = &words[end + 1..end + 1 + close];
    (1..=3).contains(&inside.len()).then_some(inside)
}

/// "31st", "52nd minute", "13rd": the minute of a goal.
fn is_minute(inside: &[Word<'_>]) -> bool {
    let ordinal = |w: &str| {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        (1..=3).contains(&digits) && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
    };
    match inside {
        [minute] => ordinal(minute.text),
        [minute, word] => ordinal(minute.text) && matches!(word.text, "minute" | "min"),
        _ => false,
    }
}

/// "3. Sammy Langat ( Kenya ) 1:44.96", "Sandrine Testud ( France ) beat …": a name with
/// a state in brackets, where a results line lists it: after a rank, a seed's dash, a
/// comma or the line's start, and before a time, a comma, "beat" or the line's end. A
/// side's score after the country, then the other side, makes it a team's ("Benetton (
/// Italy ) 92 Dinamo ( Russia ) 81").
fn is_competitor_with_country(words: &[Word<'_>], start: usize, end: usize) -> bool {
    let Some(inside) = bracket_after(words, end) else {
        return false;
    };
    let country: Vec<&str> = inside.iter().map(|w| w.text).collect();
    if GAZETTEER.lookup(&country.join(" ")).is_none() {
        return false;
    }
    let listed = start == 0
        || matches!(
            words[start - 1].text,
            "," | "-" | "beat" | "bt" | ";" | ":" | "."
        )
        || is_figure(words[start - 1].text);
    let after = end + inside.len() + 2;
    let next = words.get(after).map(|w| w.text);
    let results_follow = match next {
        None | Some("," | ";" | "beat" | "bt" | "and") => true,
        Some(figure) if is_figure(figure) => {
            // One whole number, then a name or nothing: the side's score in a match
            // result (a golfer has one for each round, an athlete a time).
            let side_s_score = figure.chars().all(|c| c.is_ascii_digit())
                && words
                    .get(after + 1)
                    .is_none_or(|w| is_capitalised(w.text) || w.text == "(");
            !side_s_score
        }
        Some(_) => false,
    };
    listed && results_follow
}

/// "Red Star ( Yugoslavia ) beat Dinamo ( Russia ) 92-90": one score of one match is
/// a game of two sides; players have a score for each set ("6-3 6-2"), or a time.
fn is_one_match_result(words: &[Word<'_>]) -> bool {
    let mut depth = 0usize;
    let mut figures = words.iter().filter(|w| {
        match w.text {
            "(" => depth += 1,
            ")" => depth = depth.saturating_sub(1),
            _ => {}
        }
        depth == 0 && is_figure(w.text)
    });
    match (figures.next(), figures.next()) {
        (Some(score), None) => score.text.split('-').count() == 2,
        _ => false,
    }
}

/// Whether the name at `start..end` follows the rank that opens the line ("3.", "1=")
/// and comes before a time or an amount ("1:07", "13.52", "510,258"), as a list of
/// riders, runners or golfers has it (a league table's teams have counts of games).
fn is_ranked_with_a_time_or_amount(
    text: &str,
    words: &[Word<'_>],
    start: usize,
    end: usize,
) -> bool {
    let ranked = start == 1
        && words[0].text.bytes().all(|b| b.is_ascii_digit())
        && text[words[0].span.end..].starts_with(['.', '=']);
    let after = text[words[end - 1].span.end..].trim_start();
    let figure = after.split(' ').next().unwrap_or("");
    let timed = figure.starts_with(|c: char| c.is_ascii_digit())
        && figure
            .trim_end_matches(['.', ','])
            .contains([':', '.', ',']);
    ranked && timed
}

/// A figure: "3", "1:44.96", "6-3", "13.52", "1=".
fn is_figure(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ':' | '-' | '='))
}

/// A place, a state or a body is no player, wherever it stands.
fn is_a_place_or_body(text: &str, words: &[Word<'_>], start: usize, end: usize) -> bool {
    let name = &text[words[start].span.start..words[end - 1].span.end];
    GAZETTEER.lookup(name).is_some()
        || GAZETTEER.place(name).is_some()
        || words[start..end]
            .iter()
            .any(|w| ORG_HEADS.contains(&w.text))
}

/// "7-0-29-0", "9.5-0-44-1": overs, maidens, runs and wickets.
fn is_bowling_figures(word: &str) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
}

#[cfg(test)]
mod tests {
    use super::super::found_in;
    use super::*;

    fn players(line: &str) -> Vec<&str> {
        found_in(line, players_in_line)
    }

    #[test]
    fn a_scorecard_line_names_batsman_fielder_and_bowler() {
        assert_eq!(
            players("S. Jayasuriya c Healy b Fleming 44"),
            ["S. Jayasuriya", "Healy", "Fleming"]
        );
        assert_eq!(
            players("D. Lehmann st Kaluwitharana b Chandana 2"),
            ["D. Lehmann", "Kaluwitharana", "Chandana"]
        );
        assert_eq!(
            players("A. Ranatunga lbw b Fleming 0"),
            ["A. Ranatunga", "Fleming"]
        );
        assert_eq!(
            players("M. Waugh c and b Jayasuriya 50"),
            ["M. Waugh", "Jayasuriya"]
        );
        assert_eq!(
            players("R. Croft b Waqar Younis 15"),
            ["R. Croft", "Waqar Younis"]
        );
    }

    #[test]
    fn bowlers_figures_and_the_lists_after_a_heading_are_players() {
        assert_eq!(
            players("Bowling : Vass 7-0-29-0 , de Silva 4-0-25-0 , Dharmasena"),
            ["Vass", "de Silva", "Dharmasena"]
        );
        assert_eq!(
            players("Did not bat : Dharmasena , Vaas , Muralitharan ."),
            ["Dharmasena", "Vaas", "Muralitharan"]
        );
        assert_eq!(
            players("South Africa - Tries : Joost van der Westhuizen ( 2 ) , Andre Joubert ."),
            ["Joost van der Westhuizen", "Andre Joubert"]
        );
    }

    #[test]
    fn scorers_with_the_minute_and_competitors_with_their_country_are_players() {
        assert_eq!(
            players("Romania - Cosmin Contra ( 31st ) , Mihai Tararache ( 75th )"),
            ["Cosmin Contra", "Mihai Tararache"]
        );
        assert_eq!(
            players("3. Sammy Langat ( Kenya ) 1:44.96"),
            ["Sammy Langat"]
        );
        assert_eq!(players("10. Skibby 1:45"), ["Skibby"]);
        assert_eq!(
            players("1. Ian Woosnam 510,258 pounds sterling"),
            ["Ian Woosnam"]
        );
        // A league table's row counts games.
        assert_eq!(players("1. Barcelona 10 7 2 1 25"), Vec::<&str>::new());
        assert_eq!(
            players("Sandrine Testud ( France ) beat Ines Gorrochategui ( Argentina ) 4-6 6-2 6-1"),
            ["Sandrine Testud", "Ines Gorrochategui"]
        );
    }

    #[test]
    fn sides_places_and_prose_are_no_players() {
        // A side's score after its country: a team, left to `teams`.
        assert!(players("Benetton ( Italy ) 92 Dinamo ( Russia ) 81").is_empty());
        assert!(
            players("Red Star ( Yugoslavia ) beat Dinamo ( Russia ) 92-90 ( halftime").is_empty()
        );
        // A state, and a body with its head noun, are never people.
        assert!(players("Scorers : Brazil , Santos Football Club").is_empty());
        // A batsman's mark needs the runs at the end of the line.
        assert!(players("Lee Jae-myung said on Monday the talks were over").is_empty());
        assert!(players("The minister (Kenya) spoke in Nairobi.").is_empty());
    }
}
