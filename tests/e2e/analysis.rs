//! What the analysis finds in articles of many shapes: actors with roles, estimative
//! language, quotes and a dated timeline; one event reported by three outlets gives one
//! actor list and context citing all three. The shapes' full analyses are snapshots
//! (`cargo insta review`), read like code.

use std::collections::BTreeSet;
use std::fmt::Write;

use serde_json::Value;

use crate::support::{actor, assert_role_and_affiliation, chancery, fixture, DATE};

fn context_of(files: &[&str], date: &str) -> Value {
    let paths: Vec<String> = files
        .iter()
        .map(|f| fixture(f).display().to_string())
        .collect();
    let mut args = vec!["draft", "--format", "json", "--date", date];
    args.extend(paths.iter().map(String::as_str));
    let run = chancery(&args);
    assert!(run.success, "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("JSON context")
}

/// Asserts that no row of the table names any of `absent` (a byline's, a caption's or a
/// credit's names).
fn assert_no_rows(names: &[&str], absent: &[&str]) {
    for name in absent {
        assert!(!names.contains(name), "{name}: {names:?}");
    }
}

/// The names in the key-actor table.
fn actor_names(context: &Value) -> Vec<&str> {
    context["actors"]
        .as_array()
        .expect("a table")
        .iter()
        .map(|a| a["name"].as_str().unwrap_or_default())
        .collect()
}

fn texts(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|item| item["text"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_sample_gives_the_actors_roles_and_implications_an_analyst_expects() {
    let context = context_of(&["scrape-with-footer-junk.txt"], DATE);
    for (name, kind, role, affiliation) in [
        (
            "Aleksandr Fomin",
            "person",
            "Deputy Defence Minister",
            "Russia",
        ),
        ("Vinay Kumar", "person", "Ambassador", "India"),
        ("Ajit Doval", "person", "National Security Advisor", "India"),
        ("Donald Trump", "person", "President", "United States"),
    ] {
        let found = actor(&context, name);
        assert_eq!(found["kind"], kind, "{name}");
        assert_eq!(found["role"], role, "{name}");
        assert_eq!(found["affiliation"], affiliation, "{name}");
        assert!(found["evidence"].is_object(), "{name}: role passage");
    }
    let commission = actor(
        &context,
        "India-Russia Inter-Governmental Commission on Military and Military Technical Cooperation",
    );
    assert_eq!(commission["acronym"], "IRIGC-MMTC");
    assert_eq!(commission["affiliation"], "India, Russia");
    assert_eq!(
        actor(&context, "Russian Defence Ministry")["kind"],
        "organisation"
    );
    let india = actor(&context, "India");
    assert!(india["aliases"]
        .as_array()
        .unwrap()
        .contains(&Value::from("New Delhi")));
    // Nothing from the page's junk, the outlet or the reading-time line is an actor.
    let names = actor_names(&context);
    for junk in [
        "Asian Lite News",
        "Zelensky",
        "Previous Story",
        "Minute",
        "Read",
    ] {
        assert!(
            !names.iter().any(|n| n.contains(junk)),
            "{junk} in {names:?}"
        );
    }

    // A pending action is something to watch, with the source's own certainty, and is
    // not said a second time as an implication.
    let watch = &context["watch"];
    let procurement = watch
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains("procure more S-400"))
        .expect("the S-400 procurement is something to watch");
    assert_eq!(procurement["estimate"]["likelihood"], "very likely");
    assert_eq!(procurement["estimate"]["basis"], "is set to");
    assert!(texts(watch).iter().any(|t| t.contains("tariffs")));
    let implications = texts(&context["implications"]);
    assert!(!implications.is_empty());
    assert!(
        !implications
            .iter()
            .any(|t| t.contains("procure more S-400")),
        "{implications:?}"
    );

    let timeline: Vec<(String, String)> = context["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["date"].as_str().unwrap().to_owned(),
                e["date_text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        timeline.contains(&("2025-08-06".into(), "on Wednesday".into())),
        "{timeline:?}"
    );
    assert!(
        timeline.contains(&("2025-05".into(), "in May this year".into())),
        "{timeline:?}"
    );

    let quote = &context["quotes"][0];
    assert_eq!(quote["speaker"], "Russian Defence Ministry");
    assert_eq!(quote["kind"], "direct");
}

#[test]
fn three_articles_on_one_event_give_one_actor_list_and_context_citing_all_three() {
    let context = context_of(
        &[
            "shapes/maritime-deal-1.txt",
            "shapes/maritime-deal-2.txt",
            "shapes/maritime-deal-3.txt",
        ],
        "2025-05-23",
    );
    for (name, role, affiliation) in [
        ("Dewi Kartika", "Foreign Minister", "Indonesia"),
        ("Tran Van Long", "Deputy Prime Minister", "Vietnam"),
    ] {
        let person = actor(&context, name);
        assert_eq!(person["role"], role, "{name}");
        assert_eq!(person["affiliation"], affiliation, "{name}");
        assert_eq!(person["sources"], serde_json::json!([1, 2, 3]), "{name}");
    }
    // One actor per person: no "Kartika" or "Long" of its own.
    let people: Vec<&str> = context["actors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "person")
        .map(|a| a["name"].as_str().unwrap())
        .collect();
    assert_eq!(people.len(), 2, "{people:?}");

    let shown: Vec<&Value> = std::iter::once(&context["bottom_line"])
        .chain(context["context"].as_array().unwrap())
        .collect();
    let cited: BTreeSet<u64> = shown
        .iter()
        .flat_map(|s| s["cites"].as_array().unwrap())
        .map(|n| n.as_u64().unwrap())
        .collect();
    assert_eq!(cited, BTreeSet::from([1, 2, 3]));
    // The signing, told in different words by two outlets, is one statement citing both.
    assert!(
        shown
            .iter()
            .any(|s| s["cites"].as_array().unwrap().len() >= 2),
        "no statement merged across outlets"
    );
    // What to watch carries the ratification votes with their months.
    let watch: Vec<(String, String)> = context["watch"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["date"].as_str().unwrap_or_default().to_owned(),
                s["text"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert!(
        watch
            .iter()
            .any(|(d, t)| d == "2025-07" && t.contains("House of Representatives")),
        "{watch:?}"
    );
    assert!(
        watch
            .iter()
            .any(|(d, t)| d == "2025-10" && t.contains("National Assembly")),
        "{watch:?}"
    );
}

/// The analysis of one article as a reviewer reads it: one line per finding.
fn analysis(file: &str, date: &str) -> String {
    let context = context_of(&[file], date);
    let mut out = String::new();
    for a in context["actors"].as_array().unwrap() {
        let _ = writeln!(
            out,
            "actor {} | {} | {} | {} | aliases {}",
            a["name"].as_str().unwrap(),
            a["kind"].as_str().unwrap(),
            a["role"].as_str().unwrap_or("-"),
            a["affiliation"].as_str().unwrap_or("-"),
            a["aliases"]
        );
    }
    for section in ["implications", "watch"] {
        for s in context[section].as_array().unwrap() {
            let _ = writeln!(
                out,
                "{section} [{}] {} {}",
                s["estimate"]["likelihood"].as_str().unwrap_or("-"),
                s["date"].as_str().unwrap_or(""),
                s["text"].as_str().unwrap()
            );
        }
    }
    for q in context["quotes"].as_array().unwrap() {
        let _ = writeln!(
            out,
            "quote {} ({}): {}",
            q["speaker"].as_str().unwrap(),
            q["kind"].as_str().unwrap(),
            q["text"].as_str().unwrap()
        );
    }
    for e in context["timeline"].as_array().unwrap() {
        let _ = writeln!(
            out,
            "timeline {} «{}» {}",
            e["date"].as_str().unwrap(),
            e["date_text"].as_str().unwrap(),
            e["text"].as_str().unwrap()
        );
    }
    let path = fixture(file);
    let run = chancery(&["entities", path.to_str().unwrap()]);
    assert!(run.success, "{}", run.stderr);
    for line in run.stdout.lines() {
        let mention: Value = serde_json::from_str(line).expect("a JSON line");
        let _ = writeln!(
            out,
            "entity {} {}",
            mention["label"].as_str().unwrap(),
            mention["text"].as_str().unwrap()
        );
    }
    out
}

#[test]
fn wire_report_in_american_spelling() {
    insta::assert_snapshot!(analysis("shapes/wire-report-american.txt", "2025-03-05"));
}

#[test]
fn ministry_statement_in_british_spelling() {
    insta::assert_snapshot!(analysis(
        "shapes/ministry-statement-british.txt",
        "2025-06-13"
    ));
}

#[test]
fn interview_with_questions_and_quotes() {
    insta::assert_snapshot!(analysis("shapes/interview.txt", "2025-10-03"));
}

#[test]
fn multi_country_summit_with_name_particles() {
    insta::assert_snapshot!(analysis("shapes/summit-particles.txt", "2025-11-19"));
}

#[test]
fn entity_offsets_are_characters_into_the_extracted_text() {
    let sample = fixture("scrape-with-footer-junk.txt");
    let text = chancery(&["extract", sample.to_str().unwrap()]).stdout;
    let run = chancery(&["entities", sample.to_str().unwrap()]);
    assert!(run.success, "{}", run.stderr);
    let chars: Vec<char> = text.chars().collect();
    let mut labels = BTreeSet::new();
    for line in run.stdout.lines() {
        let m: Value = serde_json::from_str(line).unwrap();
        let (start, end) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        let at: String = chars[start..end].iter().collect();
        assert_eq!(at, m["text"].as_str().unwrap());
        labels.insert(m["label"].as_str().unwrap().to_owned());
    }
    assert_eq!(
        labels,
        BTreeSet::from(["GPE".to_owned(), "ORG".to_owned(), "PERSON".to_owned()])
    );
}

#[test]
fn entities_json_lines_keep_ids_and_skip_a_bad_line_by_number() {
    let dir = crate::support::temp_dir();
    let input = dir.path().join("docs.jsonl");
    std::fs::write(
        &input,
        "{\"id\": 7, \"text\": \"Президент — President Emmanuel Macron met NATO officials in Brussels.\"}\n\
         not json\n\
         {\"id\": \"b\", \"text\": \"Rain.\"}\n",
    )
    .unwrap();
    let run = chancery(&["entities", "--jsonl", input.to_str().unwrap()]);
    assert_eq!(
        run.code,
        Some(1),
        "a skipped line is a failure a script sees"
    );
    assert!(run.stderr.contains("docs.jsonl: line 2"), "{}", run.stderr);
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[1], serde_json::json!({"id": "b", "entities": []}));
    let text: Vec<char> = "Президент — President Emmanuel Macron met NATO officials in Brussels."
        .chars()
        .collect();
    let found: Vec<(String, String)> = lines[0]["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let (s, e2) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            (
                text[s..e2].iter().collect(),
                e["label"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("Emmanuel Macron".to_owned(), "PERSON".to_owned()),
            ("NATO".to_owned(), "ORG".to_owned()),
            ("Brussels".to_owned(), "GPE".to_owned())
        ]
    );
}

/// Everything the briefing states, in every section, as one list of texts.
fn all_statements(context: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(text) = context["bottom_line"]["text"].as_str() {
        out.push(text.to_owned());
    }
    for section in ["context", "implications", "watch", "timeline", "quotes"] {
        for item in context[section].as_array().into_iter().flatten() {
            let text = item["text"]
                .as_str()
                .or_else(|| item["statement"]["text"].as_str())
                .unwrap_or_default();
            out.push(text.to_owned());
        }
    }
    out
}

/// No statement of the briefing holds any of `pieces` (captions, credits, blurbs).
fn assert_no_statement_holds(statements: &[String], pieces: &[&str]) {
    for piece in pieces {
        assert!(
            statements.iter().all(|s| !s.contains(piece)),
            "{piece} is in a statement: {statements:#?}"
        );
    }
}

#[test]
fn an_article_without_a_headline_gets_one_from_its_main_event_not_its_file_name() {
    let context = context_of(&["news/untitled-wire-with-captions.txt"], DATE);
    let title = context["title"].as_str().expect("a title");
    assert!(
        title.starts_with("Negotiators from Armenia and Azerbaijan agreed"),
        "title from the lead's main clause: {title}"
    );
    assert!(
        !title.contains("untitled") && !title.contains(".txt") && !title.contains("Reuters"),
        "no file name, dateline or attribution: {title}"
    );
    assert!(title.split(' ').count() <= 14, "short: {title}");
    let source_title = context["sources"][0]["title"].as_str().unwrap();
    assert!(!source_title.contains(".txt"), "{source_title}");
}

#[test]
fn captions_credits_and_video_blurbs_are_never_statements_of_the_briefing() {
    let context = context_of(&["news/untitled-wire-with-captions.txt"], DATE);
    let statements = all_statements(&context);
    assert!(
        statements.len() >= 4,
        "the story itself is read: {statements:?}"
    );
    assert_no_statement_holds(
        &statements,
        &[
            "Kornidzor",
            "REUTERS/",
            "Palais des Nations",
            "flags hang",
            "JUST WATCHED",
        ],
    );
    // The people named only in captions are no actors; the story's people are.
    let names = actor_names(&context);
    assert!(!names.contains(&"Anna Keller"), "{names:?}");
    assert!(names.contains(&"Elise Marchand"), "{names:?}");
}

/// Companies named with no institutional word ("Orbital Forge") and then as employers in
/// long appositives; a body named before a title; a news outlet, a wire credit and a
/// photo credit; a title abbreviation; a state named in passing; a photo caption.
#[test]
fn companies_named_as_employers_are_organisations_and_their_people_work_for_them() {
    let context = context_of(&["news/lunar-lander-contracts.txt"], "2024-04-12");
    for company in ["Orbital Forge", "Halvard Dynamics", "Cassini Works"] {
        assert_eq!(
            actor(&context, company)["kind"],
            "organisation",
            "{company}"
        );
    }
    let lindqvist = actor(&context, "Tomas Lindqvist");
    assert_eq!(
        lindqvist["role"],
        "President and chief operating officer of Orbital Forge"
    );
    assert_eq!(lindqvist["affiliation"], "Orbital Forge");
    let tran = actor(&context, "Amelia Tran");
    assert!(tran["role"]
        .as_str()
        .unwrap()
        .contains("advanced landing programs"));
    assert_eq!(tran["affiliation"], "Halvard Dynamics");
    assert_eq!(actor(&context, "Zabihullah Amin")["affiliation"], "Taliban");
    assert_eq!(actor(&context, "Paul Whitcombe")["role"], "Senator");

    let names = actor_names(&context);
    // Outlets and credits are sources, not actors; a state named once in passing is no
    // key actor.
    for not_an_actor in ["CNN", "AP", "Associated Press", "Jane Doe", "United States"] {
        assert!(
            !names.contains(&not_an_actor),
            "{not_an_actor} in {names:?}"
        );
    }
    // The lead reports the news, though a relative clause in it looks ahead ("landers
    // that could carry astronauts").
    let bottom_line = context["bottom_line"]["text"].as_str().unwrap();
    assert!(
        bottom_line.contains("chose three private companies"),
        "{bottom_line}"
    );
    let statements: Vec<String> = ["context", "implications", "watch", "timeline"]
        .iter()
        .flat_map(|section| texts(&context[*section]))
        .chain(texts(&serde_json::json!([context["bottom_line"]])))
        .collect();
    assert!(
        !statements.iter().any(|s| s.contains("mock-up")),
        "a photo caption became a statement: {statements:?}"
    );

    let run = chancery(&[
        "entities",
        &fixture("news/lunar-lander-contracts.txt")
            .display()
            .to_string(),
    ]);
    assert!(run.success, "{}", run.stderr);
    let labels: Vec<(String, String)> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|e| e["text"] == "Orbital Forge")
        .map(|e| {
            (
                e["text"].as_str().unwrap().to_owned(),
                e["label"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(labels.len(), 4, "{labels:?}");
    assert!(labels.iter().all(|(_, label)| label == "ORG"), "{labels:?}");
}

/// One event told by a wire and an agency in their own words: wire datelines, photo
/// captions, a video player's leftovers, a lead in the future tense, an office named
/// "the agency's chief" with a middle initial.
#[test]
fn two_outlets_leads_are_one_bottom_line_without_datelines_or_video_blurbs() {
    let context = context_of(
        &[
            "news/inspections-deal-wire.txt",
            "news/inspections-deal-agency.txt",
        ],
        DATE,
    );
    let bottom_line = &context["bottom_line"];
    let text = bottom_line["text"].as_str().expect("a bottom line");
    assert!(text.starts_with("Iran agreed on Saturday"), "{text}");
    assert_eq!(bottom_line["cites"], serde_json::json!([1, 2]), "{text}");
    let statements = all_statements(&context);
    assert_no_statement_holds(
        &statements,
        &[
            "VIENNA",
            "TEHRAN, Iran (AP)",
            "Replay",
            "More Videos",
            "REUTERS/",
            "In this photo",
        ],
    );
    // The second lead is the same news: not repeated, and not something to watch.
    assert_no_statement_holds(&statements, &["will allow the U.N. nuclear watchdog"]);
    let chief = actor(&context, "Anders M. Holt");
    assert_eq!(
        chief["affiliation"].as_str(),
        Some("International Atomic Energy Agency")
    );
}

/// Each quote's speaker and words.
fn quotes_by(context: &Value) -> Vec<(String, String)> {
    context["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .map(|q| {
            (
                q["speaker"].as_str().unwrap_or_default().to_owned(),
                q["text"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

/// A parliament's vote told by a wire and an agency, each with its dateline and its
/// spelling of the names ("Yanukovich"/"Yanukovych", "Yatseniuk"/"Yatsenyuk"), and an
/// American reaction paragraph naming the United States more often than the agency names
/// Ukraine.
#[test]
fn a_domestic_vote_reported_abroad_keeps_its_offices_in_their_own_state() {
    let context = context_of(
        &["news/ukraine-vote-wire.txt", "news/ukraine-vote-agency.txt"],
        "2014-02-23",
    );
    for name in [
        "Arseny Yatseniuk",
        "Yulia Tymoshenko",
        "Oleksandr Turchynov",
    ] {
        assert_eq!(actor(&context, name)["affiliation"], "Ukraine", "{name}");
    }
    // One person per name, whatever the spelling; "Parliament" is Ukraine's parliament.
    let names = actor_names(&context);
    for other in ["Viktor Yanukovych", "Arseniy Yatsenyuk", "Parliament"] {
        assert!(!names.contains(&other), "{other} in {names:?}");
    }
    assert_eq!(
        actor(&context, "Arseny Yatseniuk")["role"],
        "Opposition Leader"
    );
    // The two leads are one bottom line; "he said" after the president's words is his.
    assert_eq!(context["bottom_line"]["cites"], serde_json::json!([1, 2]));
    let quotes = quotes_by(&context);
    assert!(
        quotes.contains(&(
            "Viktor Yanukovich".to_owned(),
            "I am not going to leave the country".to_owned()
        )),
        "{quotes:?}"
    );
}

/// A truce told by three outlets: transliterations ("Haniyeh"/"Haniya"), a crossing's
/// name, a caption with its credit, a "Read more" link and a video blurb.
#[test]
fn a_truce_told_by_three_outlets_joins_its_spellings_and_drops_its_furniture() {
    let context = context_of(
        &[
            "news/gaza-truce-wire.txt",
            "news/gaza-truce-agency.txt",
            "news/gaza-truce-follow-up.txt",
        ],
        "2021-05-22",
    );
    let haniyeh = actor(&context, "Ismail Haniyeh");
    assert_eq!(haniyeh["sources"], serde_json::json!([1, 2, 3]));
    let names = actor_names(&context);
    for other in ["Ismail Haniya", "Kerem Shalom"] {
        assert!(!names.contains(&other), "{other} in {names:?}");
    }
    assert_eq!(actor(&context, "Sameh Shoukry")["affiliation"], "Egypt");
    assert_no_statement_holds(
        &all_statements(&context),
        &[
            "REUTERS/",
            "Read more",
            "JUST WATCHED",
            "Gaza residents return",
        ],
    );
}

/// A missile launch told from Seoul: "the South" for South Korea, a ministry no list
/// holds ("Unification"), a two-word demonym.
#[test]
fn the_south_of_a_divided_country_is_its_state_not_a_body() {
    let context = context_of(
        &["news/korea-launch-wire.txt", "news/korea-launch-paper.txt"],
        "2019-08-06",
    );
    let kim = actor(&context, "Kim Yeon-chul");
    assert_eq!(kim["role"], "Unification Minister");
    assert_eq!(kim["affiliation"], "South Korea");
    assert_eq!(actor(&context, "Lee Do-hoon")["affiliation"], "South Korea");
    assert_eq!(actor(&context, "Moon Jae-in")["affiliation"], "South Korea");
    assert!(!actor_names(&context).contains(&"South"));
}

/// An election told from Taipei and Beijing: Chinese names family name first, a state in
/// a body's name that is its portfolio, a party named with its leader's possessive.
#[test]
fn names_written_family_name_first_and_a_portfolio_in_a_body_s_name() {
    let context = context_of(
        &["news/taiwan-vote-wire.txt", "news/taiwan-vote-agency.txt"],
        "2024-01-15",
    );
    let lai = actor(&context, "Lai Ching-te");
    assert_eq!(lai["affiliation"], "Taiwan");
    assert!(lai["mentions"].as_u64().unwrap() >= 5, "{lai}");
    let names = actor_names(&context);
    assert!(!names.contains(&"Lai"), "{names:?}");
    // One Taiwan Affairs Office, Beijing's, and its spokesman Beijing's too.
    let offices: Vec<&&str> = names
        .iter()
        .filter(|n| n.contains("Taiwan Affairs Office"))
        .collect();
    assert_eq!(offices.len(), 1, "{names:?}");
    assert_eq!(actor(&context, offices[0])["affiliation"], "China");
    assert_eq!(actor(&context, "Chen Binhua")["affiliation"], "China");
    assert!(!names.iter().any(|n| n.starts_with("Lai's")), "{names:?}");
    assert!(
        !names.iter().any(|n| n.contains("Indo-Pacific")),
        "{names:?}"
    );
}

/// Talks between two armed forces: leaders named by "led/commanded by", a nickname, an
/// Arabic surname without its article, the U.N.'s staff, one army per state.
#[test]
fn a_force_s_commander_his_nickname_and_the_u_n_s_envoys() {
    let context = context_of(
        &["news/sudan-talks-wire.txt", "news/sudan-talks-agency.txt"],
        "2023-10-30",
    );
    let dagalo = actor(&context, "Mohamed Hamdan Dagalo");
    assert_eq!(dagalo["role"], "Commander");
    assert_eq!(dagalo["affiliation"], "Rapid Support Forces");
    assert!(dagalo["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "Hemedti"));
    assert!(
        actor(&context, "Abdel Fattah al-Burhan")["mentions"]
            .as_u64()
            .unwrap()
            >= 3
    );
    assert_eq!(
        actor(&context, "Clementine Nkweta-Salami")["affiliation"],
        "United Nations"
    );
    let names = actor_names(&context);
    let forces = names.iter().filter(|n| n.starts_with("Sudanese")).count();
    assert_eq!(forces, 1, "{names:?}");
    assert!(
        !names.contains(&"RSF") && !names.contains(&"Hemedti"),
        "{names:?}"
    );
}

/// A confidence vote: a party's leader after "whose", a party's candidate after "Its", a
/// Commission president, a name opening a sentence with its particle, and what the
/// president must now do as something to watch.
#[test]
fn party_leaders_the_commission_s_president_and_a_duty_to_watch() {
    let context = context_of(
        &["news/germany-vote-wire.txt", "news/germany-vote-paper.txt"],
        "2024-12-17",
    );
    let leyen = actor(&context, "Ursula von der Leyen");
    assert_eq!(leyen["affiliation"], "European Commission");
    assert_eq!(leyen["mentions"], 2);
    let names = actor_names(&context);
    assert!(!names.contains(&"Von der Leyen"), "{names:?}");
    assert!(names.contains(&"CDU"), "{names:?}");
    let watch = texts(&context["watch"]);
    assert!(
        watch
            .iter()
            .any(|w| w.contains("must now dissolve parliament")),
        "{watch:?}"
    );
}

#[test]
fn an_office_named_by_its_acronym_its_holder_a_company_and_its_short_name() {
    let context = context_of(
        &["news/ag-inquiry-wire.txt", "news/ag-inquiry-paper.txt"],
        "2025-03-12",
    );
    // "The New Jersey Attorney General (NJAG)" is a body of the United States, not of
    // Jersey, and "the office of the NJAG, Mara Quinlan" names who holds it.
    let office = actor(&context, "New Jersey Attorney General");
    assert_eq!(office["kind"], "organisation");
    assert_eq!(office["affiliation"], "United States");
    assert_eq!(
        actor(&context, "Mara Quinlan")["affiliation"],
        "United States"
    );
    // "the ride-hailing company Rydell Mobility" is a company, "Rydell" the same one.
    let company = actor(&context, "Rydell Mobility");
    assert_eq!(company["kind"], "organisation");
    for person in ["Priya Natarajan", "Tomas Vekic"] {
        assert_eq!(
            actor(&context, person)["affiliation"],
            "Rydell Mobility",
            "{person}"
        );
    }
    // "Vekic's fixer Dario Lenz": what he is to Vekic, no employer.
    let lenz = actor(&context, "Dario Lenz");
    assert_eq!(lenz["role"], "Fixer");
    assert!(lenz["affiliation"].is_null(), "{lenz}");
    let names = actor_names(&context);
    assert!(
        !names.contains(&"Jersey") && !names.contains(&"NJAG"),
        "{names:?}"
    );
    // "said Carla Ruiz, an organiser with the Garden State Drivers Union".
    assert_eq!(actor(&context, "Carla Ruiz")["role"], "Organiser");
}

#[test]
fn the_dateline_s_country_holds_a_domestic_office_and_the_state_its_headline_has_acting() {
    let context = context_of(&["news/pacific-pact-wire.txt"], "2024-08-15");
    // "HONIARA (AP) —" under a headline naming three states: the opposition leader is
    // Solomon Islands', not Australia's (named more often).
    assert_eq!(
        actor(&context, "Matthew Wale")["affiliation"],
        "Solomon Islands"
    );
    // "Solomon Islands signs policing deal …" and its prime minister signing: it acts.
    assert_eq!(actor(&context, "Solomon Islands")["kind"], "state");
    // "The Pacific Islands Forum (PIF)" by its name, not its acronym alone.
    assert_eq!(actor(&context, "Pacific Islands Forum")["mentions"], 2);
}

#[test]
fn the_commission_a_commissioner_called_by_surname_and_no_borrowed_state() {
    let context = context_of(&["news/eu-tariffs-wire.txt"], "2024-10-30");
    // "the European Commission said" … "the Commission said".
    assert_eq!(actor(&context, "European Commission")["mentions"], 2);
    // "Trade Commissioner Valdis Dombrovskis" … "EU trade chief Dombrovskis": the EU's,
    // never China's (the state the story names most).
    assert_eq!(
        actor(&context, "Valdis Dombrovskis")["affiliation"],
        "European Union"
    );
}

#[test]
fn a_junta_s_state_acts_its_leader_keeps_his_office_and_a_regional_bloc_is_named() {
    let context = context_of(&["news/sahel-attack-wire.txt"], "2024-09-18");
    // "Mali's junta vows response", "Mali's transitional president", "Mali, Burkina
    // Faso and Niger formed …": the state acts.
    assert_eq!(actor(&context, "Mali")["kind"], "state");
    // "Mali's transitional president, Colonel Assimi Goita": the office, not the rank.
    let goita = actor(&context, "Assimi Goita");
    assert_eq!(goita["role"], "Transitional President");
    assert_eq!(goita["affiliation"], "Mali");
    // "The Economic Community of West African States (ECOWAS)".
    assert_eq!(
        actor(&context, "Economic Community of West African States")["kind"],
        "organisation"
    );
    // "Government spokesman Col. Abdoulaye Maiga": Mali's spokesman, and no row for a
    // body called "Government".
    assert_eq!(actor(&context, "Abdoulaye Maiga")["affiliation"], "Mali");
    let names = actor_names(&context);
    assert!(!names.contains(&"Government"), "{names:?}");
}

#[test]
fn congressional_titles_a_body_named_past_its_head_and_a_threat_that_is_over() {
    let context = context_of(&["news/stopgap-bill-wire.txt"], "2024-01-20");
    assert_eq!(
        actor(&context, "Chuck Schumer")["role"],
        "Senate Majority Leader"
    );
    assert_eq!(
        actor(&context, "Shalanda Young")["affiliation"],
        "Office of Management and Budget"
    );
    // "who had threatened to delay the vote, relented": nothing left to watch.
    let watch = texts(&context["watch"]);
    assert!(!watch.iter().any(|w| w.contains("relented")), "{watch:?}");
    assert!(watch.iter().any(|w| w.contains("March 8")), "{watch:?}");
}

#[test]
fn a_broadcaster_s_banned_documentary_its_critics_and_who_said_what() {
    let context = context_of(&["news/documentary-ban-wire.txt"], "2025-03-14");
    // "the Al Jazeera documentary", "the Al Jazeera programme": the network's own work
    // is the story; "two officials told Reuters" cites an agency that is not.
    assert_eq!(actor(&context, "Al Jazeera")["affiliation"], "Qatar");
    let names = actor_names(&context);
    assert!(!names.contains(&"Reuters"), "{names:?}");
    // "pressure from Myanmar, whose military government had complained": Myanmar acts
    // and the military government is its own, not Thailand's.
    assert_eq!(actor(&context, "Myanmar")["kind"], "state");
    assert_eq!(
        actor(&context, "military government")["affiliation"],
        "Myanmar"
    );
    assert!(!names.contains(&"Myanmar military"), "{names:?}");
    // "criticism from Washington": the United States acts.
    assert_eq!(actor(&context, "United States")["kind"], "state");
    // "said Mali Rattanakorn, a researcher at the Border Rights Network": a person.
    let researcher = actor(&context, "Mali Rattanakorn");
    assert_eq!(researcher["affiliation"], "Border Rights Network");
    assert!(!names.contains(&"Mali"), "{names:?}");
    // "A U.S. State Department spokesperson said the United States was “concerned …”
    // and urged Thailand …": the department speaks, not the state it urged.
    let speakers: Vec<String> = quotes_by(&context).into_iter().map(|(s, _)| s).collect();
    for speaker in ["U.S. State Department", "Mali Rattanakorn"] {
        assert!(speakers.iter().any(|s| s == speaker), "{speakers:?}");
    }
    for not_a_speaker in ["Thailand", "Mali"] {
        assert!(!speakers.iter().any(|s| s == not_a_speaker), "{speakers:?}");
    }
}

#[test]
fn an_election_told_twice_a_party_that_shares_a_name_and_a_pending_talk() {
    let context = context_of(
        &["news/runoff-wire.txt", "news/runoff-paper.txt"],
        "2025-07-06",
    );
    // "Banda's Democratic Progressive Party (DPP)": Malawi's party, not Taiwan's of the
    // same name; nor is its lawyer Taiwan's.
    assert_eq!(
        actor(&context, "Democratic Progressive Party")["affiliation"],
        "Malawi"
    );
    // "DPP lawyer Frank Mbeta": a party is a body outside the state, and its staff work
    // for it (Malawi's, not Taiwan's); "(DPP)" is the party, no body of its own.
    assert_eq!(
        actor(&context, "Frank Mbeta")["affiliation"],
        "Democratic Progressive Party"
    );
    let names = actor_names(&context);
    assert!(!names.contains(&"DPP"), "{names:?}");
    // "Chief Justice Rizine Mzikamanda administered the oath": a national office.
    assert_eq!(
        actor(&context, "Rizine Mzikamanda")["affiliation"],
        "Malawi"
    );
    // "Talks with the IMF are expected to resume": the talks are pending, not the IMF.
    let watch = texts(&context["watch"]);
    assert!(
        watch.iter().any(|w| w.starts_with("Talks with the IMF")),
        "{watch:?}"
    );
    assert!(!watch.iter().any(|w| w.starts_with("IMF are")), "{watch:?}");
    // The bottom line is the news of the latest report: the swearing-in.
    let bottom = context["bottom_line"]["text"].as_str().unwrap();
    assert!(bottom.contains("sworn in"), "{bottom}");
}

#[test]
fn a_water_release_told_twice_a_ministry_spokesperson_and_a_company_spokesman() {
    let context = context_of(
        &["news/fukushima-wire.txt", "news/fukushima-agency.txt"],
        "2023-08-25",
    );
    // "China's foreign ministry spokesperson Wang Wenbin said Japan had …": China's, in
    // a story Japan frames.
    let wang = actor(&context, "Wang Wenbin");
    assert_eq!(wang["affiliation"], "China");
    // "Company spokesman Kenichi Takahara": the company named before, not "Company".
    assert_eq!(
        actor(&context, "Kenichi Takahara")["affiliation"],
        "Tokyo Electric Power Co"
    );
    let names = actor_names(&context);
    assert!(!names.contains(&"Company"), "{names:?}");
    // "TOKYO, Aug 24 (Reuters) -" with no year: the release began on 2023-08-24, and
    // the visit "next month" is in September.
    let timeline = context["timeline"].as_array().expect("timeline");
    let dated = |day: &str, words: &str| {
        timeline.iter().any(|e| {
            e["date"].as_str().is_some_and(|d| d.starts_with(day))
                && e["text"].as_str().is_some_and(|t| t.contains(words))
        })
    };
    assert!(dated("2023-08-24", "began releasing"), "{timeline:?}");
    assert!(dated("2023-09", "due to visit"), "{timeline:?}");
    // "JUST WATCHED", "Related Content", "FILE PHOTO:" and the credit are page debris.
    for section in ["context", "implications", "watch", "timeline"] {
        for text in texts(&context[section]) {
            for debris in ["JUST WATCHED", "Related Content", "FILE PHOTO", "REUTERS/"] {
                assert!(!text.contains(debris), "{section}: {text}");
            }
        }
    }
}

#[test]
fn sanctions_a_ministry_named_without_its_state_and_a_meeting_to_watch() {
    let context = context_of(&["news/sanctions-wire.txt"], "2023-02-05");
    // "Foreign Ministry spokesman Nasser Kanaani said … that Tehran would respond", in a
    // story datelined Washington: Iran's ministry, not the United States'.
    assert_eq!(actor(&context, "Nasser Kanaani")["affiliation"], "Iran");
    assert_eq!(actor(&context, "Iran")["kind"], "state");
    // "Treasury Under Secretary for Terrorism and Financial Intelligence Brian Nelson":
    // the portfolio is the office's, no person's name.
    assert_eq!(
        actor(&context, "Brian Nelson")["role"],
        "Under Secretary for Terrorism and Financial Intelligence"
    );
    let names = actor_names(&context);
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Terrorism") || n.contains("Intelligence")),
        "{names:?}"
    );
    let bottom = context["bottom_line"]["text"].as_str().unwrap();
    assert!(bottom.contains("imposed sanctions"), "{bottom}");
    // "EU foreign ministers are due to discuss … on Feb. 20": dated by the wire's
    // dateline year.
    let watch = texts(&context["watch"]);
    assert!(watch.iter().any(|w| w.contains("Feb. 20")), "{watch:?}");
    let timeline = context["timeline"].as_array().expect("timeline");
    assert!(
        timeline
            .iter()
            .any(|e| e["date"] == "2023-02-20" && e["text"].as_str().unwrap().contains("tenth")),
        "{timeline:?}"
    );
}

#[test]
fn sea_standoff_a_ministry_after_its_states_possessive_and_one_coast_guard() {
    let context = context_of(
        &["news/sea-standoff-wire.txt", "news/sea-standoff-agency.txt"],
        "2024-03-06",
    );
    // "China's Foreign Ministry spokesperson Mao Ning" in stories datelined Manila.
    assert_eq!(actor(&context, "Mao Ning")["affiliation"], "China");
    // "Assistant Secretary of State for East Asian and Pacific Affairs Daniel
    // Kritenbrink": the portfolio is the office's.
    assert_eq!(
        actor(&context, "Daniel Kritenbrink")["role"],
        "Assistant Secretary of State for East Asian and Pacific Affairs"
    );
    // "Kritenbrink, the top U.S. diplomat for East Asia": whom he serves, in a story
    // the Philippines frames.
    assert_eq!(
        actor(&context, "Daniel Kritenbrink")["affiliation"],
        "United States"
    );
    assert_eq!(
        actor(&context, "Enrique Manalo")["affiliation"],
        "Philippines"
    );
    // "a China Coast Guard vessel" and "Chinese coast guard ships": one body.
    let guard = actor(&context, "China Coast Guard");
    assert_eq!(guard["affiliation"], "China");
    assert_eq!(guard["mentions"], 2);
    let names = actor_names(&context);
    assert!(!names.contains(&"Chinese coast guard"), "{names:?}");
    assert!(
        !names.contains(&"Ana Reyes"),
        "the byline is no actor: {names:?}"
    );
    let watch = texts(&context["watch"]);
    assert!(
        watch.iter().any(|w| w.contains("code of conduct")),
        "{watch:?}"
    );
}

#[test]
fn prisoner_swap_the_mediator_s_ministry_named_two_ways_and_staff_of_its_president() {
    let context = context_of(
        &[
            "news/prisoner-swap-wire.txt",
            "news/prisoner-swap-agency.txt",
        ],
        "2024-10-19",
    );
    // The agency's "Ministry of Foreign Affairs", datelined Abu Dhabi, and the wire's
    // "UAE foreign ministry": one row, the UAE's, though Ukraine frames the set.
    let ministry = actor(&context, "Ministry of Foreign Affairs");
    assert_eq!(ministry["affiliation"], "United Arab Emirates");
    let names = actor_names(&context);
    assert!(!names.contains(&"UAE foreign ministry"), "{names:?}");
    // "diplomatic adviser to the UAE president".
    assert_eq!(
        actor(&context, "Anwar Gargash")["affiliation"],
        "United Arab Emirates"
    );
    assert_eq!(
        actor(&context, "Tatiana Moskalkova")["affiliation"],
        "Russia"
    );
    assert_eq!(actor(&context, "Dmytro Lubinets")["affiliation"], "Ukraine");
    assert!(
        !names.iter().any(|n| n.contains("Harmash")),
        "the reporting credit is no actor: {names:?}"
    );
    // The photo caption and the link lines are no statements.
    let context_items = texts(&context["context"]);
    assert!(
        !context_items
            .iter()
            .chain(std::iter::once(&context["bottom_line"].to_string()))
            .any(|t| t.contains("REUTERS/") || t.contains("Read more") || t.contains("Watch:")),
        "{context_items:?}"
    );
    let watch = texts(&context["watch"]);
    assert!(watch.iter().any(|w| w.contains("Abu Dhabi")), "{watch:?}");
}

#[test]
fn eu_summit_a_long_headline_an_accented_name_and_a_list_of_leaders() {
    let context = context_of(
        &["news/eu-summit-wire.txt", "news/eu-summit-paper.txt"],
        "2024-02-02",
    );
    // The wire's first line, thirteen words without a full stop, is its headline.
    assert_eq!(
        context["title"],
        "EU leaders agree 50 billion euro Ukraine aid package after Orban drops veto"
    );
    let bottom_line = context["bottom_line"]["text"]
        .as_str()
        .expect("bottom line");
    assert!(
        bottom_line.starts_with("European Union leaders agreed"),
        "{bottom_line}"
    );
    // "Viktor Orban" and "Viktor Orbán": one row.
    let names = actor_names(&context);
    let orban: Vec<&&str> = names
        .iter()
        .filter(|n| n.starts_with("Viktor Orb"))
        .collect();
    assert_eq!(orban.len(), 1, "{names:?}");
    assert_eq!(actor(&context, orban[0])["affiliation"], "Hungary");
    // "… with Michel, Scholz, French President Emmanuel Macron and …": Macron's title
    // is not Scholz's.
    let scholz = actor(&context, "Olaf Scholz");
    assert_eq!(scholz["affiliation"], "Germany");
    assert_eq!(scholz["role"], "Chancellor");
    let shown: Vec<String> = texts(&context["context"])
        .into_iter()
        .chain(texts(&context["implications"]))
        .chain(texts(&context["watch"]))
        .collect();
    assert!(
        !shown.iter().any(|t| t.contains("Photograph")
            || t.contains("Related")
            || t.contains("Reporting by")),
        "{shown:?}"
    );
    let watch = texts(&context["watch"]);
    assert!(
        watch
            .iter()
            .any(|w| w.contains("return to Brussels in March")),
        "{watch:?}"
    );
}

#[test]
fn coup_a_shorter_name_a_bloc_of_states_and_a_spokesman_of_the_person_before() {
    let context = context_of(&["news/coup-wire.txt", "news/coup-paper.txt"], "2023-08-31");
    let names = actor_names(&context);
    // "Ali Bongo Ondimba" and "Ali Bongo": one row.
    assert!(!names.contains(&"Ali Bongo"), "{names:?}");
    assert_eq!(actor(&context, "Ali Bongo Ondimba")["affiliation"], "Gabon");
    // The head of the Republican Guard serves Gabon.
    assert_eq!(
        actor(&context, "Brice Oligui Nguema")["affiliation"],
        "Gabon"
    );
    // "his spokesman Stéphane Dujarric": the UN's, not Gabon's.
    assert_eq!(
        actor(&context, "Stéphane Dujarric")["affiliation"],
        actor(&context, "António Guterres")["affiliation"]
    );
    // "Central African States" names no one state.
    for row in context["actors"].as_array().expect("actors") {
        assert_ne!(
            row["affiliation"], "Central African Republic",
            "no actor here serves the Central African Republic: {row}"
        );
    }
    let watch = texts(&context["watch"]);
    assert!(
        watch
            .iter()
            .any(|w| w.contains("Peace and Security Council")),
        "{watch:?}"
    );
}

#[test]
fn a_court_s_order_its_president_a_prime_minister_in_lower_case_and_a_desk_byline() {
    let context = context_of(
        &["news/icj-order-wire.txt", "news/icj-order-paper.txt"],
        "2024-03-14",
    );
    // "Armenia's prime minister, Nikol Pashinyan": the whole office, Armenia's.
    let pashinyan = actor(&context, "Nikol Pashinyan");
    assert_eq!(
        (&pashinyan["role"], &pashinyan["affiliation"]),
        (&"Prime Minister".into(), &"Armenia".into())
    );
    // "The court's president, Judge Joan Donoghue": the court's, not a state's.
    assert_eq!(
        actor(&context, "Joan Donoghue")["affiliation"],
        "International Court of Justice"
    );
    // The paper's header: "Daniel Hirst, World affairs editor" and a stamped date.
    let names = actor_names(&context);
    assert!(!names.contains(&"Daniel Hirst"), "{names:?}");
    let paper = &context["sources"][1];
    assert_eq!(paper["authors"][0], "Daniel Hirst", "{paper}");
    assert_eq!(paper["published"], "2024-03-13", "{paper}");
    let shown = all_statements(&context);
    assert_no_statement_holds(&shown, &["Photograph", "GMT", "Hirst"]);
    // "Pashinyan and Aliyev are due to meet … on 5 October": the whole subject, and
    // the October to come.
    let watch = &context["watch"];
    let meeting = watch
        .as_array()
        .expect("a list")
        .iter()
        .find(|w| w["text"].as_str().is_some_and(|t| t.contains("Granada")))
        .unwrap_or_else(|| panic!("no meeting to watch: {watch}"));
    assert!(
        meeting["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Pashinyan and Aliyev")),
        "{meeting}"
    );
    assert_eq!(meeting["date"], "2024-10-05", "{meeting}");
}

#[test]
fn a_regulator_s_block_companies_cut_short_an_acronym_and_a_company_s_president() {
    let context = context_of(
        &["news/merger-block-wire.txt", "news/merger-block-paper.txt"],
        "2023-04-27",
    );
    let names = actor_names(&context);
    // "Activision Blizzard" then "Activision"; "CMA" beside its full name: one row each.
    for cut in ["Activision", "CMA"] {
        assert!(!names.contains(&cut), "{cut} has its own row: {names:?}");
    }
    assert!(names.contains(&"Activision Blizzard"), "{names:?}");
    assert!(
        names
            .iter()
            .any(|n| n.ends_with("Competition and Markets Authority")),
        "the regulator has no row: {names:?}"
    );
    // "Microsoft President Brad Smith": Microsoft's, not the story's state's.
    assert_eq!(actor(&context, "Brad Smith")["affiliation"], "Microsoft");
    // The credit line's writer is no actor and nothing of the briefing.
    assert!(!names.contains(&"Dana Ruiz"), "{names:?}");
    // "Hannah Price and Owen Reilly" under the paper's dek: its writers.
    assert_eq!(
        context["sources"][1]["authors"][0],
        "Hannah Price and Owen Reilly"
    );
    assert_no_statement_holds(&all_statements(&context), &["Dana Ruiz", "via AP"]);
}

#[test]
fn a_coalition_deal_a_leader_s_party_and_the_office_naming_the_body() {
    let context = context_of(
        &[
            "news/coalition-deal-wire.txt",
            "news/coalition-deal-paper.txt",
        ],
        "2024-05-17",
    );
    // "Geert Wilders' far-right Freedom Party": he leads it.
    let wilders = actor(&context, "Geert Wilders");
    assert_eq!(
        (&wilders["role"], &wilders["affiliation"]),
        (&"Leader".into(), &"Freedom Party".into())
    );
    // "former … lawmaker" and "the leader of New Social Contract": the office naming
    // the body he is shown with.
    assert_eq!(
        actor(&context, "Pieter Omtzigt")["role"],
        "Leader of New Social Contract"
    );
    // "outgoing Prime Minister Mark Rutte", "The outgoing prime minister, Mark Rutte":
    // the office as both articles give it.
    let rutte = actor(&context, "Mark Rutte");
    assert_eq!(
        (&rutte["role"], &rutte["affiliation"]),
        (&"Outgoing Prime Minister".into(), &"Netherlands".into())
    );
    let names = actor_names(&context);
    for journalist in ["Joost Kramer", "Lotte Visser", "Ian Booth"] {
        assert!(!names.contains(&journalist), "{names:?}");
    }
}

#[test]
fn an_abduction_offices_before_ranks_a_school_named_for_a_body_and_a_meeting_to_watch() {
    let context = context_of(
        &[
            "news/school-abduction-wire.txt",
            "news/school-abduction-agency.txt",
        ],
        "2024-03-09",
    );
    assert_eq!(actor(&context, "Edward Buba")["role"], "Defence Spokesman");
    // "Kaduna state governor Uba Sani": the province is part of the office.
    assert_eq!(actor(&context, "Uba Sani")["role"], "Kaduna State Governor");
    let names = actor_names(&context);
    assert!(
        !names.contains(&"Local Government Education Authority"),
        "{names:?}"
    );
    // "…, his spokesman Ajuri Ngelale said in a statement": no statement of how alone.
    let quotes = &context["quotes"];
    assert!(
        !quotes.to_string().contains("said in a statement"),
        "{quotes}"
    );
    let watch = texts(&context["watch"]);
    assert!(
        watch.iter().any(|w| w.contains("scheduled for Monday")),
        "{watch:?}"
    );
    assert_no_statement_holds(&all_statements(&context), &["AP Photo", "In this photo"]);
}

#[test]
fn an_armed_group_in_capitals_and_congo_for_short_in_a_story_of_the_drc() {
    let context = context_of(
        &[
            "news/drc-offensive-wire.txt",
            "news/drc-offensive-paper.txt",
        ],
        "2024-02-09",
    );
    // "M23 rebels", "the M23 rebel group", "M23 wants …": the story's armed group.
    let m23 = actor(&context, "M23");
    assert_eq!(m23["kind"], "organisation");
    // "Congo" after "Democratic Republic of Congo" is that state, not its neighbour.
    assert_eq!(
        actor(&context, "Peter Cirimwami")["affiliation"],
        "Democratic Republic of the Congo"
    );
    let names = actor_names(&context);
    assert!(!names.contains(&"Republic of the Congo"), "{names:?}");
    // "State Department spokesman Matthew Miller": the department is in his office's name
    // and, named nowhere else, takes no row from the Congolese president.
    assert_eq!(
        actor(&context, "Matthew Miller")["role"],
        "State Department Spokesman"
    );
    assert!(!names.contains(&"State Department"), "{names:?}");
    assert!(names.contains(&"Felix Tshisekedi"), "{names:?}");
    // "GOMA, Democratic Republic of Congo, Feb 7 (Reuters) -" is a dateline.
    assert_no_statement_holds(&all_statements(&context), &["(Reuters) -"]);
}

#[test]
fn foreign_ministers_named_together_and_a_president_spelt_two_ways() {
    let context = context_of(
        &[
            "news/caucasus-peace-wire.txt",
            "news/caucasus-peace-paper.txt",
        ],
        "2025-08-10",
    );
    // "foreign ministers Ararat Mirzoyan and Jeyhun Bayramov": each holds the office,
    // and serves a state the text does not pair with him, so none is guessed.
    for name in ["Ararat Mirzoyan", "Jeyhun Bayramov"] {
        let minister = actor(&context, name);
        assert_eq!(minister["role"], "Foreign Minister", "{name}");
        assert!(minister["affiliation"].is_null(), "{name}: {minister}");
    }
    // "Azerbaijani President Ilham Aliyev" in the wire, "Azerbaijan's president, Ilham
    // Aliev," in the paper: one person, not a person and a body.
    let aliyev = actor(&context, "Ilham Aliyev");
    assert_eq!(
        (&aliyev["role"], &aliyev["affiliation"]),
        (&"President".into(), &"Azerbaijan".into())
    );
    let names = actor_names(&context);
    assert!(!names.contains(&"Ilham Aliev"), "{names:?}");
    // The paper's standfirst ("Friday's ceremony in Washington ends a war in all but
    // name. The constitution, the border and a disputed road remain") is no statement.
    assert_no_statement_holds(&all_statements(&context), &["in all but name"]);
    // Bylines, credits and the photographer are no actors.
    for journalist in [
        "Lena Marsh",
        "Tural Gasimov",
        "Hasmik Avetisyan",
        "Marta Lind",
    ] {
        assert!(!names.contains(&journalist), "{names:?}");
    }
}

#[test]
fn a_veto_story_keeps_its_plans_to_watch_and_its_quotations_with_their_speakers() {
    let context = context_of(
        &["news/sudan-veto-wire.txt", "news/sudan-veto-paper.txt"],
        "2024-11-19",
    );
    // Plans reported in the past tense are what to watch, not implications.
    let watch = texts(&context["watch"]);
    for plan in [
        "would bring a new draft before Christmas",
        "would work with other council members on a new text",
    ] {
        assert!(watch.iter().any(|w| w.contains(plan)), "{plan}: {watch:?}");
    }
    // What the vetoed text would have done did not happen: no implication.
    let implications = texts(&context["implications"]);
    assert!(
        implications
            .iter()
            .all(|i| !i.contains("would have called")),
        "{implications:?}"
    );
    // A quotation that "she said" names no one: a quote, not a context item; one of two
    // sentences stays whole, with its speaker, and no half of it stands alone.
    let items = texts(&context["context"]);
    assert!(items.iter().all(|c| !c.ends_with("she said.")), "{items:?}");
    assert_no_statement_holds(&items, &["One country is the blocker,\""]);
    let quotes = context["quotes"].as_array().expect("quotes");
    assert!(
        quotes.iter().any(|q| q["speaker"] == "David Lammy"
            && q["text"].as_str().is_some_and(
                |t| t.starts_with("One country has stood") && t.ends_with("the blocker")
            )),
        "{quotes:?}"
    );
    // "Russia's deputy U.N. Ambassador": the office keeps its words and its state.
    let polyanskiy = actor(&context, "Dmitry Polyanskiy");
    assert_eq!(
        (&polyanskiy["role"], &polyanskiy["affiliation"]),
        (&"Deputy U.N. Ambassador".into(), &"Russia".into())
    );
}

#[test]
fn a_regulator_s_fines_read_with_the_company_its_officers_and_no_law_as_a_body() {
    let context = context_of(
        &["news/dma-fines-wire.txt", "news/dma-fines-paper.txt"],
        "2025-04-24",
    );
    for (name, role, affiliation) in [
        (
            "Teresa Ribera",
            "Executive Vice-president for Competition",
            "European Commission",
        ),
        ("Henna Virkkunen", "EU Tech Chief", "European Union"),
        (
            "Joel Kaplan",
            "Chief Global Affairs Officer",
            "Meta Platforms",
        ),
    ] {
        assert_role_and_affiliation(&context, name, role, affiliation);
    }
    let names = actor_names(&context);
    // "Meta" alone after "Meta Platforms" is the company; the law is no body.
    assert!(names.contains(&"Meta Platforms"), "{names:?}");
    assert_no_rows(
        &names,
        &["Meta", "DMA", "Digital Markets Act", "Competition"],
    );
    // "…,” he said" after "the German MEP Andreas Schwab, said …": his, not the analyst's
    // quoted before him.
    let quotes = context["quotes"].as_array().expect("quotes");
    assert!(
        quotes.iter().any(|q| q["speaker"] == "Andreas Schwab"
            && q["text"] == "The law is only as strong as its enforcement"),
        "{quotes:?}"
    );
}

#[test]
fn a_summit_story_keeps_a_base_out_of_the_table_and_a_trip_to_watch_likely() {
    let context = context_of(
        &[
            "news/alaska-summit-wire.txt",
            "news/alaska-summit-paper.txt",
        ],
        "2025-08-16",
    );
    let names = actor_names(&context);
    // "Joint Base Elmendorf-Richardson" is where the talks were, not a person titled
    // "Joint"; "Zelenskiy", "Zelensky" and "Zelenskyy" are one president.
    assert!(names.iter().all(|n| !n.contains("Elmendorf")), "{names:?}");
    assert_eq!(
        names.iter().filter(|n| n.starts_with("Volodymyr")).count(),
        1,
        "{names:?}"
    );
    // The trip is what to watch, as likely as its own words say; the territory he ruled
    // out is another clause.
    let watch = context["watch"].as_array().expect("watch");
    let trip = watch
        .iter()
        .find(|w| {
            w["text"]
                .as_str()
                .is_some_and(|t| t.contains("would travel to Washington"))
        })
        .expect("the trip to watch");
    assert_eq!(trip["estimate"]["likelihood"], "likely", "{trip}");
}

#[test]
fn governors_and_mayors_serve_the_state_of_their_province_or_town() {
    let context = context_of(&["news/border-governors-wire.txt"], "2023-12-20");
    // A story set in Mexico: the Texan governor and El Paso's mayor are American all
    // the same, by the place their office is of.
    for (name, role, state) in [
        ("Greg Abbott", "Texas Governor", "United States"),
        ("Maru Campos", "Chihuahua State Governor", "Mexico"),
        ("Oscar Leeser", "Mayor of El Paso", "United States"),
    ] {
        assert_role_and_affiliation(&context, name, role, state);
    }
}

#[test]
fn a_summit_s_president_an_island_state_s_envoy_and_a_bloc_s_negotiator() {
    let context = context_of(
        &["news/climate-deal-wire.txt", "news/climate-deal-paper.txt"],
        "2023-12-14",
    );
    // "COP28 President …": the meeting's, not Azerbaijan's (which hosts the next one).
    assert_eq!(actor(&context, "Sultan al-Jaber")["affiliation"], "COP28");
    let stege = actor(&context, "Tina Stege");
    assert_eq!(
        (&stege["role"], &stege["affiliation"]),
        (&"Climate Envoy".into(), &"Marshall Islands".into())
    );
    assert_eq!(
        actor(&context, "Wopke Hoekstra")["affiliation"],
        "European Union"
    );
    let names = actor_names(&context);
    for journalist in ["Nora Lindqvist", "Sam Okoro", "Helen Marsh", "Ruth Avery"] {
        assert!(!names.contains(&journalist), "{names:?}");
    }
    assert_eq!(context["sources"][1]["published"], "2023-12-13");
}

#[test]
fn strikes_union_leaders_with_their_unions_and_ministers_with_their_portfolios() {
    let context = context_of(
        &[
            "news/pension-strike-wire.txt",
            "news/pension-strike-paper.txt",
        ],
        "2023-03-08",
    );
    assert_eq!(actor(&context, "Laurent Berger")["affiliation"], "CFDT");
    assert_eq!(actor(&context, "Philippe Martinez")["affiliation"], "CGT");
    let dussopt = actor(&context, "Olivier Dussopt");
    assert_eq!(
        (&dussopt["role"], &dussopt["affiliation"]),
        (&"Labour Minister".into(), &"France".into())
    );
    assert_eq!(context["sources"][1]["published"], "2023-03-07");
}

#[test]
fn a_central_bank_s_governor_serves_his_state_not_the_lender_named_before() {
    let context = context_of(&["news/imf-loan-wire.txt"], "2024-03-07");
    let governor = actor(&context, "Hassan Abdalla");
    assert_eq!(
        (&governor["role"], &governor["affiliation"]),
        (&"Central Bank Governor".into(), &"Egypt".into())
    );
    assert_eq!(
        actor(&context, "Ivanna Vladkova Hollar")["affiliation"],
        "International Monetary Fund"
    );
}

#[test]
fn a_minister_spelt_two_ways_is_one_row_and_one_vote_is_one_item_to_watch() {
    let context = context_of(
        &["news/iaea-cairo-wire.txt", "news/iaea-cairo-paper.txt"],
        "2025-09-10",
    );
    // "Abbas Araqchi" (the wire) and "Abbas Araghchi" (the paper): one person.
    let names = actor_names(&context);
    let ministers: Vec<&&str> = names
        .iter()
        .filter(|n| n.starts_with("Abbas Ara"))
        .collect();
    assert_eq!(ministers.len(), 1, "{names:?}");
    assert_role_and_affiliation(&context, ministers[0], "Foreign Minister", "Iran");
    // Bylines and the photographer are no actors.
    assert_no_rows(
        &names,
        &[
            "Francois Murphy",
            "Parisa Hafezi",
            "Helen Marsh",
            "Khaled Elfiqi",
        ],
    );
    // The vote both outlets announce is one item, the one that names the day.
    let watch = texts(&context["watch"]);
    let votes: Vec<&String> = watch
        .iter()
        .filter(|w| w.to_lowercase().contains("security council"))
        .collect();
    assert_eq!(votes.len(), 1, "{watch:?}");
    assert!(votes[0].contains("27 September"), "{watch:?}");
    // "Russia and China have said they oppose the snapback": both states' statement.
    let quotes = context["quotes"].as_array().expect("quotes");
    assert!(quotes.iter().all(|q| q["speaker"] != "China"), "{quotes:?}");
}

#[test]
fn offices_the_sentence_gives_and_a_party_s_people_read_right() {
    let context = context_of(
        &[
            "news/japan-premier-wire.txt",
            "news/japan-premier-paper.txt",
        ],
        "2025-10-21",
    );
    for (name, role, affiliation) in [
        // "was elected Japan's first female prime minister on Tuesday"
        ("Sanae Takaichi", "Prime Minister", "Japan"),
        // "Takaichi named Satsuki Katayama as finance minister"
        ("Satsuki Katayama", "Finance Minister", "Japan"),
        // A party whose name holds its state: its leader works for the party.
        (
            "Yoshihiko Noda",
            "Leader of the Constitutional Democratic Party of Japan",
            "Constitutional Democratic Party of Japan",
        ),
        // "Komeito, a Buddhist-backed party, … its leader, Tetsuo Saito": that party's,
        // not the LDP named before it.
        ("Tetsuo Saito", "Leader", "Komeito"),
        // "Ishin co-leader …" in one article, "the Japan Innovation party, known as
        // Ishin" in the other.
        ("Hirofumi Yoshimura", "Co-leader", "Japan Innovation Party"),
    ] {
        assert_role_and_affiliation(&context, name, role, affiliation);
    }
    let names = actor_names(&context);
    assert_no_rows(
        &names,
        &["Ken Morita", "Aiko Sato", "Daniel Ashworth", "Kenji Ota"],
    );
}

#[test]
fn a_father_and_daughter_of_one_name_and_what_is_pending_after_an_arrest() {
    let context = context_of(
        &["news/icc-arrest-wire.txt", "news/icc-arrest-paper.txt"],
        "2025-03-12",
    );
    for (name, role, affiliation) in [
        (
            "Rodrigo Duterte",
            "Former president of the Philippines",
            "Philippines",
        ),
        // "Vice President Sara Duterte, the former leader's daughter": her own row.
        ("Sara Duterte", "Vice President", "Philippines"),
        ("Ferdinand Marcos Jr", "President", "Philippines"),
    ] {
        assert_role_and_affiliation(&context, name, role, affiliation);
    }
    // Counsel to the former president acts for him, not for the state.
    let panelo = actor(&context, "Salvador Panelo");
    assert_eq!(panelo["affiliation"], Value::Null, "{panelo}");
    let names = actor_names(&context);
    assert_no_rows(
        &names,
        &["Karen Lema", "Lucia Ferrer", "Ezra Acayan", "Martin Petty"],
    );
    let watch = texts(&context["watch"]);
    // "… taken to The Hague against his will": the noun, nothing to come.
    assert!(
        watch.iter().all(|w| !w.contains("against his will")),
        "{watch:?}"
    );
    // "… said Duterte's lawyers would file a petition": a plan to watch.
    assert!(
        watch.iter().any(|w| w.contains("would file a petition")),
        "{watch:?}"
    );
    // An analyst's "would shape the 2028 presidential race" is a judgement, no event.
    assert!(watch.iter().all(|w| !w.contains("2028")), "{watch:?}");
    let implications = texts(&context["implications"]);
    assert!(
        implications.iter().any(|i| i.contains("2028")),
        "{implications:?}"
    );
}

#[test]
fn a_vice_premier_named_he_and_offices_that_name_their_body() {
    let context = context_of(
        &["news/trade-truce-wire.txt", "news/trade-truce-paper.txt"],
        "2025-05-12",
    );
    for (name, role, affiliation) in [
        // "China's Vice Premier He Lifeng": a family name, not the pronoun.
        ("He Lifeng", "Vice Premier", "China"),
        ("Scott Bessent", "Treasury Secretary", "United States"),
        (
            "Li Chenggang",
            "International Trade Representative",
            "China",
        ),
        ("Karin Keller-Sutter", "President", "Switzerland"),
    ] {
        assert_role_and_affiliation(&context, name, role, affiliation);
    }
    let names = actor_names(&context);
    // The Treasury is named only inside Bessent's office: his row stands for it.
    assert!(!names.contains(&"U.S. Treasury"), "{names:?}");
    assert_no_rows(
        &names,
        &[
            "Andrea Shalal",
            "Olivia Le Poidevin",
            "Tomás Hale",
            "Mei Lin",
            "Martial Trezzini",
        ],
    );
}

#[test]
fn a_disputed_election_s_candidate_written_two_ways_and_days_still_to_come() {
    let context = context_of(
        &["news/court-ruling-wire.txt", "news/court-ruling-paper.txt"],
        "2024-08-23",
    );
    let names = actor_names(&context);
    // "Edmundo Gonzalez" (wire) and "Edmundo González Urrutia" (paper): one row.
    assert!(names.contains(&"Edmundo González Urrutia"), "{names:?}");
    assert!(!names.contains(&"Edmundo Gonzalez"), "{names:?}");
    for (name, role, affiliation) in [
        ("Nicolas Maduro", "President", "Venezuela"),
        ("Tarek William Saab", "Attorney General", "Venezuela"),
        ("Antony Blinken", "Secretary of State", "United States"),
    ] {
        assert_role_and_affiliation(&context, name, role, affiliation);
    }
    let machado = actor(&context, "Maria Corina Machado");
    assert_eq!(machado["role"], "Leader of the opposition", "{machado}");
    assert_no_rows(
        &names,
        &["Vivian Sequera", "Andrés Villalobos", "Gaby Oraa"],
    );
    // Ordered to appear "on Monday", demonstrations called "on Saturday": both still
    // to come after the paper's Friday, so both to watch with their days.
    let watch = context["watch"].as_array().expect("watch");
    for (words, day) in [
        ("ordered him to appear", "2024-08-26"),
        ("called for demonstrations", "2024-08-24"),
    ] {
        let item = watch
            .iter()
            .find(|w| w["text"].as_str().is_some_and(|t| t.contains(words)))
            .unwrap_or_else(|| panic!("{words}: {watch:?}"));
        assert_eq!(item["date"], day, "{item}");
    }
    // An expert's expectation is an implication.
    let implications = texts(&context["implications"]);
    assert!(
        implications
            .iter()
            .any(|i| i.contains("attention would fade")),
        "{implications:?}"
    );
}

#[test]
fn party_leaders_work_for_their_parties_and_a_strike_called_for_a_later_day_is_ahead() {
    let context = context_of(
        &[
            "news/confidence-vote-wire.txt",
            "news/confidence-vote-paper.txt",
        ],
        "2025-09-08",
    );
    for (name, role, affiliation) in [
        ("Emmanuel Macron", "President", "France"),
        ("Francois Bayrou", "Prime Minister", "France"),
        // A party named in the office, not the state, employs its leaders.
        ("Marine Le Pen", "RN Leader", "National Rally"),
        (
            "Jordan Bardella",
            "President of the National Rally",
            "National Rally",
        ),
    ] {
        assert_role_and_affiliation(&context, name, role, affiliation);
    }
    let names = actor_names(&context);
    assert_no_rows(
        &names,
        &[
            "Elizabeth Pineau",
            "Michel Rose",
            "Camille Durand",
            "Julien Martin",
        ],
    );
    let watch = context["watch"].as_array().expect("watch");
    let strike = watch
        .iter()
        .find(|w| {
            w["text"]
                .as_str()
                .is_some_and(|t| t.contains("day of strikes"))
        })
        .unwrap_or_else(|| panic!("{watch:?}"));
    assert_eq!(strike["date"], "2025-09-18", "{strike}");
    // The vote that toppled him is news, not something to watch, though it names his
    // plan for next year's budget.
    let texts = texts(&context["watch"]);
    assert!(texts.iter().all(|w| !w.contains("voted 364")), "{texts:?}");
}

#[test]
fn a_rebel_group_s_leaders_work_for_it_and_a_past_month_is_dated_before_the_story() {
    let context = context_of(
        &[
            "news/congo-framework-wire.txt",
            "news/congo-framework-paper.txt",
        ],
        "2025-11-16",
    );
    // "Corneille Nangaa, who leads the AFC", "the executive secretary of the rebel
    // Alliance Fleuve Congo": the rebels' people, not Congo's.
    for name in ["Corneille Nangaa", "Benjamin Mbonimpa"] {
        let row = actor(&context, name);
        assert_eq!(row["affiliation"], "Alliance Fleuve Congo", "{row}");
    }
    assert_role_and_affiliation(
        &context,
        "Patrick Muyaya",
        "Government Spokesman",
        "Democratic Republic of the Congo",
    );
    let names = actor_names(&context);
    assert_no_rows(
        &names,
        &[
            "Amara Kouyate",
            "Claire Ndayishimiye",
            "Tom Ridley",
            "Jonas Mbeki",
        ],
    );
    // "M23 seized Goma, the largest city in the east, in January": the January before a
    // November story, not the next.
    let timeline = context["timeline"].as_array().expect("timeline");
    let goma = timeline
        .iter()
        .find(|t| {
            t["text"]
                .as_str()
                .is_some_and(|t| t.contains("seized Goma"))
        })
        .unwrap_or_else(|| panic!("{timeline:?}"));
    assert_eq!(goma["date"], "2025-01", "{goma}");
    // The signing is news; "a process that the United States and Qatar hope will end
    // … conflict" describes the process. The next round is what to watch.
    let watch = texts(&context["watch"]);
    assert!(
        watch.iter().all(|w| !w.contains("hope will end")),
        "{watch:?}"
    );
    assert!(
        watch.iter().any(|w| w.contains("set to resume in Doha")),
        "{watch:?}"
    );
    // The paper's headline sits right above its standfirst; its byline names a desk.
    let paper = &context["sources"][1];
    assert_eq!(
        paper["title"], "Doha deal raises hopes, and doubts, in eastern Congo",
        "{paper}"
    );
    assert_eq!(paper["authors"][0], "Claire Ndayishimiye", "{paper}");
}
