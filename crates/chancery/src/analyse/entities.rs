//! Entity mentions with their offsets: every person, organisation, state or place the
//! actor rules find in a text, in the labels NER corpora use, so the rules can be
//! measured against annotated news (`chancery entities`).

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

use super::actors::ActorFinder;
pub use super::actors::EntityLabel;
use super::sentences;

/// One mention: `start..end` in Unicode characters of the text, end exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityMention {
    pub start: usize,
    pub end: usize,
    pub label: EntityLabel,
    pub text: String,
}

/// The entity mentions of one text, in order, none overlapping.
pub fn entities(text: &str) -> Vec<EntityMention> {
    let texts = [text];
    let sentences = sentences::split_all(text);
    let found = ActorFinder::new(&texts, BTreeSet::new())
        .labelling_every_mention()
        .find(&sentences);
    // An employer named in a role is an organisation wherever it is named, also where
    // a rule read it as a person before the role came up.
    let relabelled = found.spans.into_iter().map(|m| {
        let organisation = m.label == EntityLabel::Person
            && found.organisation_names.contains(&text[m.span.clone()]);
        let label = if organisation {
            EntityLabel::Org
        } else {
            m.label
        };
        (m.span, label)
    });
    let spans = flatten(relabelled.collect());
    to_characters(text, spans)
}

/// Keeps the longest of overlapping mentions ("India" inside "India-Russia
/// Inter-Governmental Commission"), then the earliest.
fn flatten(mut spans: Vec<(Range<usize>, EntityLabel)>) -> Vec<(Range<usize>, EntityLabel)> {
    spans.sort_by(|(a, la), (b, lb)| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(a.start.cmp(&b.start))
            .then(la.cmp(lb))
    });
    let mut kept: Vec<(Range<usize>, EntityLabel)> = Vec::new();
    for (range, label) in spans {
        if range.is_empty() {
            continue;
        }
        if kept
            .iter()
            .all(|(k, _)| range.end <= k.start || range.start >= k.end)
        {
            kept.push((range, label));
        }
    }
    kept.sort_by_key(|(r, _)| r.start);
    kept
}

/// Byte ranges → character offsets, counting once through the text.
fn to_characters(text: &str, spans: Vec<(Range<usize>, EntityLabel)>) -> Vec<EntityMention> {
    let mut mentions = Vec::with_capacity(spans.len());
    let (mut byte, mut chars) = (0, 0);
    let mut advance = |to: usize| {
        chars += text[byte..to].chars().count();
        byte = to;
        chars
    };
    for (range, label) in spans {
        let start = advance(range.start);
        let end = advance(range.end);
        mentions.push(EntityMention {
            start,
            end,
            label,
            text: text[range].to_owned(),
        });
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labelled(text: &str) -> Vec<(String, EntityLabel)> {
        entities(text)
            .into_iter()
            .map(|m| (m.text, m.label))
            .collect()
    }

    fn has(found: &[(String, EntityLabel)], text: &str, label: EntityLabel) -> bool {
        found.iter().any(|(t, l)| t == text && *l == label)
    }

    #[test]
    fn a_company_s_legal_form_ends_its_name_and_keeps_its_full_stop() {
        let found = labelled("Cars made by Kia Motor Corp of South Korea arrived on Thursday.");
        assert!(has(&found, "Kia Motor Corp", EntityLabel::Org), "{found:?}");
        assert!(has(&found, "South Korea", EntityLabel::Gpe), "{found:?}");
        let found = labelled("He said Mercantile Bancorp Inc. was the most attractive bank.");
        assert!(
            has(&found, "Mercantile Bancorp Inc.", EntityLabel::Org),
            "{found:?}"
        );
    }

    #[test]
    fn the_shape_of_a_results_line_or_a_dateline_settles_its_labels() {
        // The tagger reads the bowler as a body; the scorecard says a player.
        let found = labelled("M. Waugh c and b Jayasuriya 50");
        assert!(has(&found, "Jayasuriya", EntityLabel::Person), "{found:?}");
        assert!(has(&found, "M. Waugh", EntityLabel::Person), "{found:?}");
        let found = labelled("3. Sammy Langat ( Kenya ) 1:44.96");
        assert!(
            has(&found, "Sammy Langat", EntityLabel::Person),
            "{found:?}"
        );
        assert!(has(&found, "Kenya", EntityLabel::Gpe), "{found:?}");
        // A city in capitals before the date the story was filed is a place.
        let found = labelled("BONN 1996-08-31");
        assert!(has(&found, "BONN", EntityLabel::Gpe), "{found:?}");
        // The visiting side is a club; the home side's town is where they play.
        let found = labelled("BALTIMORE AT SEATTLE");
        assert!(has(&found, "BALTIMORE", EntityLabel::Org), "{found:?}");
        assert!(!has(&found, "SEATTLE", EntityLabel::Org), "{found:?}");
    }

    #[test]
    fn someone_of_a_body_is_a_person_at_that_body() {
        let found = labelled("Economist Joel Naroff of First Union bank said spending may slow.");
        assert!(has(&found, "Joel Naroff", EntityLabel::Person), "{found:?}");
        assert!(has(&found, "First Union", EntityLabel::Org), "{found:?}");
        // A body's own "of" stays inside its name.
        let found = labelled("Rates rose, said Mark Carney of the Bank of England.");
        assert!(
            has(&found, "Bank of England", EntityLabel::Org),
            "{found:?}"
        );
        assert!(has(&found, "Mark Carney", EntityLabel::Person), "{found:?}");
    }

    #[test]
    fn peoples_faiths_holidays_and_things_known_by_acronyms_are_no_entities() {
        for (text, word) in [
            (
                "U.N. officials said Iraqi tanks had taken the city.",
                "Iraqi",
            ),
            (
                "A Kurdish faction had taken control of half the city.",
                "Kurdish",
            ),
            (
                "Thousands of Moslems answered the call to prayer.",
                "Moslems",
            ),
            ("Zairean troops expelled refugees in August.", "Zairean"),
            ("Buyoya ruled out talks with Hutu rebels.", "Hutu"),
            (
                "Markets will be closed on Monday for Labor Day.",
                "Labor Day",
            ),
            (
                "The revisions to GDP may not have attracted attention.",
                "GDP",
            ),
        ] {
            let found = labelled(text);
            assert!(found.iter().all(|(t, _)| t != word), "{text}: {found:?}");
        }
    }

    #[test]
    fn a_body_is_named_by_the_noun_before_it_by_where_it_is_based_or_by_a_list() {
        let found = labelled("UEFA came down heavily on Belgian club Standard Liege on Friday.");
        assert!(has(&found, "Standard Liege", EntityLabel::Org), "{found:?}");
        let found = labelled("The deal will help Ontario-based Magna compete with Lear.");
        assert!(has(&found, "Magna", EntityLabel::Org), "{found:?}");
        let found = labelled("Firms including Mobil, Shell and Caltex were drawn to Tianjin.");
        for firm in ["Mobil", "Shell", "Caltex"] {
            assert!(has(&found, firm, EntityLabel::Org), "{firm}: {found:?}");
        }
    }

    #[test]
    fn an_acronym_after_the_is_a_body_unless_it_names_a_thing_or_opens_a_longer_name() {
        let found = labelled("Several leading members of the NLD have served prison terms.");
        assert!(has(&found, "NLD", EntityLabel::Org), "{found:?}");
        let found = labelled("The PM said the GDP figures were strong.");
        assert!(found.is_empty(), "{found:?}");
        let found = labelled("He leads the money list on the PGA Tour this year.");
        assert!(found.iter().all(|(t, _)| t != "PGA"), "{found:?}");
    }

    #[test]
    fn a_programme_named_with_its_acronym_is_no_body() {
        let text = "Five firms joined the Commercial Lunar Payload Services (CLPS) contracts. \
                    The CLPS firms will bid.";
        let found = labelled(text);
        assert!(
            found
                .iter()
                .all(|(t, _)| !t.contains("CLPS") && !t.contains("Payload")),
            "{found:?}"
        );
        // A body's own index is still the body's.
        let found =
            labelled("The National Association of Purchasing Management (NAPM) index rose.");
        assert!(has(&found, "NAPM", EntityLabel::Org), "{found:?}");
    }

    #[test]
    fn he_before_a_name_inside_a_sentence_is_a_family_name() {
        let found = labelled("China's Vice Premier He Lifeng led Beijing's delegation.");
        assert!(has(&found, "He Lifeng", EntityLabel::Person), "{found:?}");
        // The pronoun opening a sentence or a quotation is no name.
        let found = labelled("Li Chenggang spoke. He added that talks would go on.");
        assert!(found.iter().all(|(t, _)| !t.starts_with("He")), "{found:?}");
        let found = labelled("Bessent said: He Lifeng was candid.");
        assert!(found.iter().all(|(t, _)| !t.starts_with("He")), "{found:?}");
    }

    #[test]
    fn a_monarch_s_regnal_number_is_part_of_the_name_and_a_schedule_s_is_not() {
        let found = labelled("King Mohammed VI declared three days of national mourning.");
        assert!(has(&found, "Mohammed VI", EntityLabel::Person), "{found:?}");
        let found = labelled("Pope Francis met King Charles III in Rome.");
        assert!(has(&found, "Charles III", EntityLabel::Person), "{found:?}");
        let found = labelled("1930 - Belgian King Baudouin I born.");
        assert!(has(&found, "Baudouin I", EntityLabel::Person), "{found:?}");
        let found = labelled("He was held for possession of a Schedule IV substance.");
        assert!(found.iter().all(|(t, _)| !t.contains("IV")), "{found:?}");
    }

    #[test]
    fn a_lone_name_that_speaks_or_is_described_as_a_person_is_one() {
        let speaks = labelled("Lebed said on Friday he hoped to sign a document with the rebels.");
        assert!(has(&speaks, "Lebed", EntityLabel::Person), "{speaks:?}");
        let described = labelled("Yeltsin, 65, has been seen only rarely since the election.");
        assert!(
            has(&described, "Yeltsin", EntityLabel::Person),
            "{described:?}"
        );
        let who = labelled("Estes, whose only win came at the Texas Open, shot a 66.");
        assert!(has(&who, "Estes", EntityLabel::Person), "{who:?}");
        // A plural in capitals that speaks is a group, not a name.
        let group = labelled("Traders said the market would stay quiet until the figures.");
        assert!(group.iter().all(|(t, _)| t != "Traders"), "{group:?}");
    }

    #[test]
    fn a_lone_name_after_in_at_or_near_that_the_tagger_reads_as_a_place_is_one() {
        // The people rules hold such a word as a possible surname; none confirms it.
        for (text, place) in [
            ("Ten people died in Tacambaro on Friday.", "Tacambaro"),
            (
                "NATO troops set up a checkpoint near Mahala to check the men.",
                "Mahala",
            ),
        ] {
            let found = labelled(text);
            assert!(has(&found, place, EntityLabel::Gpe), "{found:?}");
        }
    }

    #[test]
    fn research_and_finance_houses_are_bodies_by_their_last_word() {
        let found = labelled(
            "Analysts at Wedbush Securities and RBC Capital Markets said the deal was off; \
             Oxford Economics and Counterpoint Research expect growth to slow.",
        );
        for body in [
            "Wedbush Securities",
            "RBC Capital Markets",
            "Oxford Economics",
            "Counterpoint Research",
        ] {
            assert!(has(&found, body, EntityLabel::Org), "{body}: {found:?}");
        }
    }

    #[test]
    fn offsets_are_characters_and_cover_the_name_only() {
        let text = "«Ура» — Russia’s President Vladimir Putin met Narendra Modi in New Delhi.";
        for mention in entities(text) {
            let by_chars: String = text
                .chars()
                .skip(mention.start)
                .take(mention.end - mention.start)
                .collect();
            assert_eq!(by_chars, mention.text);
        }
        let found = labelled(text);
        assert!(has(&found, "Russia", EntityLabel::Gpe), "{found:?}");
        assert!(
            has(&found, "Vladimir Putin", EntityLabel::Person),
            "{found:?}"
        );
        assert!(has(&found, "New Delhi", EntityLabel::Gpe), "{found:?}");
    }

    #[test]
    fn organisations_win_over_the_states_inside_them() {
        let found = labelled(
            "The India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation (IRIGC-MMTC) met. Later the IRIGC-MMTC adjourned.",
        );
        assert_eq!(
            found.iter().filter(|(_, l)| *l == EntityLabel::Org).count(),
            3,
            "{found:?}"
        );
        assert!(!has(&found, "India", EntityLabel::Gpe), "{found:?}");
    }

    #[test]
    fn demonyms_are_not_entities_but_known_bodies_and_places_are() {
        let found = labelled(
            "Indian officials told NATO and the Kremlin about drills in the South China Sea off Uttar Pradesh.",
        );
        assert!(!found.iter().any(|(t, _)| t == "Indian"), "{found:?}");
        assert!(has(&found, "NATO", EntityLabel::Org), "{found:?}");
        assert!(has(&found, "Kremlin", EntityLabel::Org), "{found:?}");
        assert!(
            has(&found, "South China Sea", EntityLabel::Loc),
            "{found:?}"
        );
        assert!(has(&found, "Uttar Pradesh", EntityLabel::Gpe), "{found:?}");
    }

    #[test]
    fn common_nouns_in_capitals_and_people_named_like_states_are_not_mislabelled() {
        let found = labelled(
            "Use the Portion Fix Containers daily: the containers hold a meal. Michael Jordan visited Jordan.",
        );
        assert!(
            !found.iter().any(|(t, _)| t.contains("Portion")),
            "{found:?}"
        );
        assert!(
            has(&found, "Michael Jordan", EntityLabel::Person),
            "{found:?}"
        );
        assert!(has(&found, "Jordan", EntityLabel::Gpe), "{found:?}");
    }

    #[test]
    fn a_town_is_a_place_where_the_words_around_say_so() {
        let found = labelled(
            "The outbreak began in Wuhan, and aid reached the port city of Aden. \
             Jackson, Mississippi, sent doctors. Jackson said the plan would work.",
        );
        assert!(has(&found, "Wuhan", EntityLabel::Gpe), "{found:?}");
        assert!(has(&found, "Aden", EntityLabel::Gpe), "{found:?}");
        assert!(has(&found, "Mississippi", EntityLabel::Gpe), "{found:?}");
        let places_named_jackson = found
            .iter()
            .filter(|(t, l)| t == "Jackson" && *l == EntityLabel::Gpe)
            .count();
        assert_eq!(places_named_jackson, 1, "{found:?}");
        let date = labelled("The talks began in March and resumed in May.");
        assert!(date.is_empty(), "{date:?}");
        // A leader's surname that is also a town's is the leader.
        let speech = labelled("Thousands cheered in Obama's speech in Chicago.");
        assert!(!has(&speech, "Obama", EntityLabel::Gpe), "{speech:?}");
    }

    #[test]
    fn a_lone_name_with_a_regnal_number_or_a_person_in_apposition_is_a_person() {
        let king = labelled("She was the daughter of Henry VIII and his second wife.");
        assert!(has(&king, "Henry VIII", EntityLabel::Person), "{king:?}");
        let caretaker = labelled(
            "Sletten, a caretaker who has lived on the island for 30 years, said the crews visit.",
        );
        assert!(
            has(&caretaker, "Sletten", EntityLabel::Person),
            "{caretaker:?}"
        );
        let company = labelled("Cofinec, a Hungarian company, released its figures.");
        assert!(
            !company.iter().any(|(_, l)| *l == EntityLabel::Person),
            "{company:?}"
        );
    }

    #[test]
    fn ships_titles_contests_peoples_and_clock_zones_are_no_actors() {
        let ship = labelled("Jets flew from the aircraft carrier Carl Vinson in the Gulf.");
        assert!(!ship.iter().any(|(t, _)| t.contains("Vinson")), "{ship:?}");
        let film =
            labelled("He is best known for \"Anne of a Thousand Days\" and \"Ice Cold in Alex\".");
        assert!(
            !film
                .iter()
                .any(|(t, _)| t.contains("Thousand") || t == "Alex"),
            "{film:?}"
        );
        let contest = labelled("Ajax qualified for the UEFA Cup on Tuesday.");
        assert!(!contest.iter().any(|(t, _)| t == "UEFA"), "{contest:?}");
        let people = labelled("Libyans are decorating Tripoli for the anniversary.");
        assert!(!people.iter().any(|(t, _)| t == "Libyans"), "{people:?}");
        let zone = labelled("The envoys will meet at 11 a.m. (0800 GMT) in Naqoura.");
        assert!(!zone.iter().any(|(t, _)| t == "GMT"), "{zone:?}");
        let paper = labelled("Liberte newspaper said the bomb was hidden in a bag.");
        assert!(has(&paper, "Liberte", EntityLabel::Org), "{paper:?}");
    }

    #[test]
    fn names_joined_by_an_ampersand_are_a_firm() {
        let found = labelled("Douglas & Lomason agreed to the offer, said John Hoey.");
        assert!(
            has(&found, "Douglas & Lomason", EntityLabel::Org),
            "{found:?}"
        );
        assert!(has(&found, "John Hoey", EntityLabel::Person), "{found:?}");
        let title = labelled("She starred in “War & Peace” on the BBC.");
        assert!(!title.iter().any(|(t, _)| t.contains("War")), "{title:?}");
    }

    #[test]
    fn a_region_named_after_its_state_is_a_place_not_the_state() {
        let found = labelled(
            "Cases were reported in Inner Mongolia and in Upper Egypt, near the West Bank, \
             in Guatemala City and in the Indian Ocean.",
        );
        for (place, label) in [
            ("Inner Mongolia", EntityLabel::Gpe),
            ("Upper Egypt", EntityLabel::Loc),
            ("West Bank", EntityLabel::Gpe),
            ("Guatemala City", EntityLabel::Gpe),
            ("Indian Ocean", EntityLabel::Loc),
        ] {
            assert!(has(&found, place, label), "{place}: {found:?}");
        }
        for state in ["Mongolia", "Egypt", "Guatemala"] {
            assert!(!found.iter().any(|(t, _)| t == state), "{state}: {found:?}");
        }
    }

    #[test]
    fn a_line_cut_after_a_state_and_and_is_read_without_a_crash() {
        // A headline or caption cut short mid-phrase: the rules look one word past "and".
        let found = labelled("Series one-day (50 overs) cricket match between Australia and");
        assert!(has(&found, "Australia", EntityLabel::Gpe), "{found:?}");
    }

    #[test]
    fn the_sides_of_a_results_line_are_organisations_and_a_national_side_its_state() {
        let found = labelled("Crystal Palace 1 Huddersfield 1");
        assert!(has(&found, "Crystal Palace", EntityLabel::Org), "{found:?}");
        assert!(has(&found, "Huddersfield", EntityLabel::Org), "{found:?}");
        let found = labelled("Scores: Australia 228-9 in 50 overs, Leicestershire 232-6.");
        assert!(has(&found, "Australia", EntityLabel::Gpe), "{found:?}");
        assert!(has(&found, "Leicestershire", EntityLabel::Org), "{found:?}");
    }

    #[test]
    fn a_team_named_like_a_person_in_a_league_table_is_an_organisation() {
        let found = labelled("Crystal Palace 4 1 2 1 4 3 5");
        assert!(has(&found, "Crystal Palace", EntityLabel::Org), "{found:?}");
    }

    #[test]
    fn a_name_with_a_companys_figures_is_a_company_and_a_chief_of_staff_a_persons() {
        let found = labelled("Magna's quarterly sales rose. Magna said it would buy Lear.");
        assert_eq!(
            found
                .iter()
                .filter(|(t, l)| t == "Magna" && *l == EntityLabel::Org)
                .count(),
            2,
            "{found:?}"
        );
        // Tokenised text writes the possessive apart.
        let found = labelled("Magna 's quarterly sales rose .");
        assert!(has(&found, "Magna", EntityLabel::Org), "{found:?}");
        let found = labelled("Huawei's chief financial officer was held. Huawei denied it.");
        assert!(has(&found, "Huawei", EntityLabel::Org), "{found:?}");
        let found = labelled("Biden's chief of staff said Biden would travel.");
        assert!(has(&found, "Biden", EntityLabel::Person), "{found:?}");
    }

    #[test]
    fn a_surname_after_initials_is_a_person() {
        let found = labelled("The motion was read by J. Russell. B. U. Nzeribe said on Monday.");
        assert!(has(&found, "J. Russell", EntityLabel::Person), "{found:?}");
        assert!(
            has(&found, "B. U. Nzeribe", EntityLabel::Person),
            "{found:?}"
        );
    }

    #[test]
    fn a_titled_name_with_a_nasab_is_one_person() {
        let found = labelled(
            "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani told reporters \
             that progress had been made.",
        );
        assert!(
            has(
                &found,
                "Mohammed bin Abdulrahman Al Thani",
                EntityLabel::Person
            ),
            "{found:?}"
        );
        assert!(
            !found.iter().any(|(_, l)| *l == EntityLabel::Org),
            "{found:?}"
        );
    }

    #[test]
    fn flatten_keeps_the_longest_then_the_earliest() {
        use EntityLabel::*;
        let kept = flatten(vec![
            (4..10, Gpe),
            (0..20, Org),
            (25..30, Person),
            (28..35, Gpe),
        ]);
        assert_eq!(kept, vec![(0..20, Org), (28..35, Gpe)]);
    }
}
