//! The employer that names a person's role before their name, in lower case after it:
//! "Juventus defender Franck Leboeuf", "said Barclays economist John Smith", "Hamas leader
//! Ismail Haniyeh". The capitalised words before the role noun are a body's, though a
//! rule read a lone name there as a speaker ("said Barclays") or the tagger as a person.
//! States, places, peoples and titles there are not employers ("Texas governor",
//! "Ukrainian defender", "Vice President"), nor a possessive ("Smith's lawyer").

use std::ops::Range;

use super::super::gazetteer::GAZETTEER;
use super::super::lexicon::{
    is_capitalised, is_role_noun, strip_possessive, OPENERS, PERSON_TITLES, ROLE_WORDS,
};
use super::tagged::names_a_people;
use super::Word;

/// Role nouns that are verbs or everyday words too ("Police suspect Nicole …", "the
/// Finance head"): no sign of an employer before them.
#[rustfmt::skip]
const ALSO_VERBS_OR_COMMON: &[&str] = &[
    "suspect", "head", "heads", "partner", "member", "chair", "general", "worker", "student",
    "owner", "fellow", "hopeful", "counsel", "volunteer",
];

/// The employers' names in `words`.
pub(crate) fn employers_before_roles(text: &str, words: &[Word<'_>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for role in 1..words.len().saturating_sub(1) {
        // Capitals either side first: most lower-case words have none, and are left
        // before the role nouns are looked up.
        let noun = words[role].text;
        if !noun.starts_with(char::is_lowercase)
            || !is_capitalised(words[role + 1].text)
            || !is_capitalised(words[role - 1].text)
            || !is_role_noun(noun)
            || ALSO_VERBS_OR_COMMON.contains(&noun)
        {
            continue;
        }
        // The name runs back from the role noun: up to four capitalised words, all of
        // the name ("North Korean Red Cross president").
        let mut start = role;
        while start > 0 && role - start < 4 && is_capitalised(words[start - 1].text) {
            start -= 1;
        }
        if start == role || start > 0 && is_capitalised(words[start - 1].text) {
            continue;
        }
        let run = &words[start..role];
        let name = &text[run[0].span.start..run[run.len() - 1].span.end];
        let last = run[run.len() - 1].text;
        // "Recalled fly-half Henry Honiball": a participle opening the sentence.
        let participle =
            start == 0 && run.len() == 1 && (last.ends_with("ed") || last.ends_with("ing"));
        // "Moscow-backed leader": a compound adjective.
        let compound = run.iter().any(|w| {
            w.text
                .rsplit_once('-')
                .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase))
        });
        let not_a_body = strip_possessive(last) != last
            || participle
            || compound
            || OPENERS.contains(&run[0].text)
            || run.iter().any(|w| {
                PERSON_TITLES.contains(&w.text) || ROLE_WORDS.contains(&w.text) || w.text == "I"
            })
            || GAZETTEER.lookup(name).is_some()
            || GAZETTEER.place(name).is_some()
            || GAZETTEER.is_town(name)
            || names_a_people(name);
        if !not_a_body {
            found.push(run[0].span.start..run[run.len() - 1].span.end);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::found_in;
    use super::*;

    fn employers(line: &str) -> Vec<&str> {
        found_in(line, employers_before_roles)
    }

    #[test]
    fn the_body_before_a_role_in_lower_case_is_an_employer() {
        assert_eq!(
            employers("The economy will slow, said Barclays economist John Smith."),
            ["Barclays"]
        );
        assert_eq!(
            employers("He fouled Juventus defender Franck Leboeuf."),
            ["Juventus"]
        );
        assert_eq!(
            employers("said North Korean Red Cross president Li Song-ho"),
            ["North Korean Red Cross"]
        );
        // A town before a role is where the office is ("London mayor Sadiq Khan").
        assert!(employers("London mayor Sadiq Khan said.").is_empty());
    }

    #[test]
    fn states_places_peoples_titles_and_possessives_employ_no_one() {
        assert!(employers("Texas governor George Bush spoke.").is_empty());
        assert!(employers("France striker Kylian Mbappe scored.").is_empty());
        assert!(employers("the Kurdish fighter Ahmed Ali").is_empty());
        assert!(employers("Smith's lawyer John Doe said.").is_empty());
        assert!(employers("The analyst John Doe said.").is_empty());
        assert!(employers("Police suspect Nicole Nichterwitz's aunt.").is_empty());
        assert!(employers("Recalled fly-half Henry Honiball kicked.").is_empty());
        assert!(employers("a Moscow-backed leader Doku Zavgayev").is_empty());
    }
}
