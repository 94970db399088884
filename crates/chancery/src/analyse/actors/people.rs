//! People: runs of name words with a title, an appositive or a reporting verb beside
//! them, and the full names and surnames confirmed only once the whole set is read.

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap, FxHashSet};

use super::super::bodies::BODIES;
use super::super::gazetteer::{Naming, GAZETTEER};
use super::super::lexicon::{
    is_acronym, is_bare_particle, is_capitalised, is_caseless, is_kind_of_body, is_name_word,
    is_particle, is_role_noun, spelt_out, strip_possessive, surname, COMPANY_HEADS, COMPANY_NOUNS,
    COMPANY_POSSESSIONS, GEOGRAPHIC_HEADS, NEWSPAPER_WORDS, NOT_NAME_WORDS, OPENERS, ORG_HEADS,
    PERSON_NOUNS, PERSON_VERBS, PLACE_NOUNS, PLACE_PREPOSITIONS, PLURAL_TITLES, PRESS_NOUNS,
    REPORTING_PERIODS, ROLE_WORDS, STATE_ORGANS, VESSEL_NOUNS,
};
use super::super::ner::{Name, NameKind};
use super::super::sentences::{Sentence, Word};
use super::coreference::given_nicknames;
use super::roles::{
    is_party_label, is_public_office, lowercase_role_before, role_after, role_before,
    shared_role_after, singular_role_noun, Role, BODY_NOUNS, INSTITUTION_NOUNS,
};
use super::states::{place_at, state_at};
use super::tagged::{inside_a_quoted_title, is_plausible_name, tagged_kind};
use super::{
    actor_key, join_words, name_span, ActorFinder, ActorKind, EntityLabel, Evidence, SingleName,
    UnconfirmedName,
};

impl<'a> ActorFinder<'a> {
    pub(super) fn find_people(
        &mut self,
        words: &[Word<'a>],
        org_words: &BTreeSet<usize>,
        tagged: &[Name],
        sentence: &Sentence,
        index: usize,
        single_names: &mut Vec<SingleName<'a>>,
    ) {
        let text = self.texts[sentence.article];
        let mut i = 0;
        // A plural title before two names joined by "and" is both people's ("Sens.
        // Cory Booker and Kamala Harris"): the first one's role and where its name ends.
        let mut shared: Option<(usize, Role)> = None;
        // Where the last name given an office in the plural ends.
        let mut shared_plural_until: Option<usize> = None;
        while i < words.len() {
            // "King and Weeks were abducted": a surname that is also a title, alone, may
            // be the surname of a person named in full elsewhere.
            let starts_a_name = is_name_word(words[i].text)
                || is_family_name_he(text, words, i)
                || is_initial_before_a_name(text, words, i)
                || is_title_as_surname(words, i)
                    && (i == 0
                        || !is_name_word(words[i - 1].text)
                            && !words[i - 1].text.eq_ignore_ascii_case("the"));
            if org_words.contains(&i) || !starts_a_name {
                i += 1;
                continue;
            }
            // A state's name is read whole: "Kong" of "Hong Kong" starts no name.
            if let Some((_, _, length)) = state_at(words, i) {
                i += length;
                continue;
            }
            // "Special Envoy for Climate John Kerry": the office's portfolio is no name.
            if let Some(name_start) = name_after_portfolio(text, words, i) {
                i = name_start;
                continue;
            }
            let mut end = i + 1;
            while end < words.len()
                && end - i < 5
                && !org_words.contains(&end)
                && (is_name_word(words[end].text)
                    || is_particle(words[end].text)
                    || is_initial_before_a_name(text, words, end)
                    || is_title_as_surname(words, end))
                && state_at(words, end).is_none()
            {
                end += 1;
                if words[end - 1].text.ends_with("’s") || words[end - 1].text.ends_with("'s") {
                    break;
                }
            }
            while end > i + 1 && is_bare_particle(words[end - 1].text) {
                end -= 1;
            }
            // "King Mohammed VI", "Pope Benedict XVI's": after a monarch's or a pope's
            // title, a regnal number is part of the name ("a Schedule IV drug" is none).
            let possessive = |w: &str| strip_possessive(w) != w;
            let reigns = i > 0
                && matches!(
                    words[i - 1].text,
                    "King"
                        | "Queen"
                        | "Pope"
                        | "Emperor"
                        | "Empress"
                        | "Sultan"
                        | "Tsar"
                        | "Czar"
                        | "Prince"
                        | "Princess"
                        | "Emir"
                        | "Shah"
                        | "Patriarch"
                );
            // "his father Leopold III", "Henry VIII and his second wife": after a lone
            // name the tagger reads as a person's, a regnal number names a monarch too
            // ("a Schedule IV drug" does not).
            let lone_person_name = end == i + 1
                && is_name_word(words[i].text)
                && tagged_kind(tagged, &words[i].span) == Some(NameKind::Person);
            // "Queen Elizabeth I": right after a monarch's title and name, "I" is the
            // first of the name, not the pronoun.
            let regnal = |w: &str| is_regnal_number(w) || reigns && w == "I";
            if (reigns || lone_person_name)
                && words
                    .get(end)
                    .is_some_and(|w| regnal(strip_possessive(w.text)))
                && !possessive(words[end - 1].text)
            {
                end += 1;
            }
            // "judges Len Goodman, Bruno Tonioli and Carrie Ann Inaba": an office in the
            // plural runs on through a list.
            let listed = i >= 2
                && words[i - 1].text == ","
                && shared_plural_until == Some(i - 1)
                && words[i..].iter().any(|w| w.text == "and");
            let role = role_before(words, i).or_else(|| {
                let (end, role) = shared.take()?;
                (i >= 2 && end == i - 1 && (words[i - 1].text == "and" || listed)).then_some(role)
            });
            if let Some(role) = role.as_ref().filter(|r| {
                words
                    .iter()
                    .find(|w| w.span.start == r.span.start)
                    .is_some_and(|w| PLURAL_TITLES.contains(&w.text))
            }) {
                shared = Some((end, role.clone()));
            }
            // "Scarborough Shoal", "Northern Sea Route": a place, not a person.
            if end - i >= 2 && GEOGRAPHIC_HEADS.contains(&strip_possessive(words[end - 1].text)) {
                let start = if i > 0
                    && is_capitalised(words[i - 1].text)
                    && !OPENERS.contains(&words[i - 1].text)
                {
                    i - 1
                } else {
                    i
                };
                self.record(name_span(&words[start..end]), EntityLabel::Loc);
                i = end;
                continue;
            }
            // "the Foreign Corrupt Practices Act", "the Paris Agreement": a name run
            // ending where a law's, a treaty's or an event's name goes on.
            if words
                .get(end)
                .is_some_and(|w| NOT_NAME_WORDS.contains(&w.text) && is_capitalised(w.text))
            {
                i = end + 1;
                continue;
            }
            let name = words[i..end]
                .iter()
                .enumerate()
                .map(|(k, w)| {
                    if is_initial_before_a_name(text, words, i + k) {
                        format!("{}.", w.text)
                    } else {
                        strip_possessive(w.text).to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            let run = name_span(&words[i..end]);
            // "the aircraft carrier Carl Vinson": a ship's name; "“Anne of a Thousand
            // Days”": a work's.
            if i > 0 && VESSEL_NOUNS.contains(&words[i - 1].text)
                || inside_a_quoted_title(text, &run)
            {
                i = end;
                continue;
            }
            // "Komeito, a Buddhist-backed party": a name in apposition to a kind of body
            // is that body's.
            if role.is_none() && a_body_in_apposition(&words[end..]) {
                self.record(run.clone(), EntityLabel::Org);
                let key = actor_key("org", &name);
                self.mention(&key, ActorKind::Organisation, &name, sentence, index, run);
                i = end;
                continue;
            }
            // "Liberte newspaper said": an outlet's.
            if words
                .get(end)
                .is_some_and(|w| PRESS_NOUNS.contains(&w.text))
            {
                self.record(run, EntityLabel::Org);
                i = end;
                continue;
            }
            if role.is_none()
                && (names_a_company(text, words, end) || follows_a_company_noun(words, i))
            {
                self.company_names.insert(name);
                i = end;
                continue;
            }
            let tagged_as = tagged_kind(tagged, &run);
            // "Tokyo Electric Power Co": the tagger reads an organisation where the
            // words alone look like a name; it is left to the tagged names. One that
            // reaches back over a title ("Senate President Bukola Saraki") misreads it.
            let org_from_here = tagged.iter().any(|n| {
                n.kind == NameKind::Organisation
                    && n.span.start >= run.start
                    && n.span.start < run.end
            });
            // "Sheikh Mohammed bin Abdulrahman Al Thani": a name with a nasab ("bin",
            // "ibn") is a person's, whatever the tagger reads after it.
            let nasab = words[i..end]
                .iter()
                .any(|w| matches!(w.text, "bin" | "ibn" | "bint"));
            // "Azerbaijan's president, Ilham Aliev,": a name set off after an office in
            // lower case is its holder's (and the tagger's organisation is no body).
            let holds_the_office_before = i >= 2
                && words[i - 1].text == ","
                && words[i - 2].text.starts_with(char::is_lowercase)
                && is_role_noun(words[i - 2].text);
            // "National Security Advisor (NSA) Ajit Doval": nor is a name a title stands
            // before.
            if tagged_as == Some(NameKind::Organisation)
                && org_from_here
                && !nasab
                && !holds_the_office_before
                && role.is_none()
                && !self.ends_a_person_s_full_name(&name)
            {
                i = end;
                continue;
            }
            // Arabic, Chinese, Japanese … have no capitals: after a title, a run of
            // such words is the name, even a single one ("Foreign Minister 王毅").
            let caseless = words[i..end].iter().all(|w| is_caseless(w.text));
            // "As Emily Feng reports for NPR": the journalist, like a byline, is no
            // actor of the story.
            let reports_for_an_outlet = words
                .get(end)
                .is_some_and(|w| matches!(w.text, "reports" | "reported" | "writes" | "wrote"))
                && words
                    .get(end + 1)
                    .is_some_and(|w| matches!(w.text, "for" | "from"));
            // "according to Sui-Lee Wee of the New York Times": a reporter of a paper
            // cited as the source is no actor either.
            let writes_for_a_newspaper = role.is_none()
                && words
                    .get(end)
                    .is_some_and(|w| matches!(w.text, "of" | "at"))
                && names_a_newspaper(&words[end + 1..]);
            if reports_for_an_outlet || writes_for_a_newspaper {
                self.exclude.insert(name);
                i = end;
                continue;
            }
            let followed_by_verb = words
                .get(end)
                .is_some_and(|w| PERSON_VERBS.contains(&w.text));
            let said_before = i >= 2
                && matches!(words[i - 1].text, "said" | "says")
                && matches!(words[i - 2].text, "," | "”" | "\"");
            if end - i == 1 && !(caseless && role.is_some()) {
                let speaks = followed_by_verb || said_before;
                // "Lebed, who flew in", "Yeltsin, 65, has": what is said of the
                // name is said of a person.
                // "Sletten, a caretaker who …", "Banisadr, an avowed opponent of …": so is
                // an appositive whose noun only a person can be.
                let described_as_a_person = words.get(end).is_some_and(|w| w.text == ",")
                    && (words.get(end + 1).is_some_and(|w| {
                        matches!(w.text, "who" | "whom" | "whose")
                            || w.text
                                .parse::<u8>()
                                .is_ok_and(|age| (14..=110).contains(&age))
                                && words.get(end + 2).is_some_and(|w| w.text == ",")
                    }) || a_person_in_apposition(&words[end + 1..]));
                // "Robertson, the U.S. commander, said": the role said of a surname
                // is its person's.
                // "EU trade chief Dombrovskis": a title in lower case before it too.
                let role = role
                    .or_else(|| role_after(words, end))
                    .or_else(|| lowercase_role_before(words, i));
                single_names.push(SingleName {
                    sentence: index,
                    word: words[i].clone(),
                    role,
                    speaks,
                    described_as_a_person,
                    tagged_person: tagged_as == Some(NameKind::Person),
                });
                i = end;
                continue;
            }
            if self.exclude.contains(&name) {
                i = end;
                continue;
            }
            let role_after_name = role_after(words, end).or_else(|| shared_role_after(words, end));
            // "American Kevin King": a demonym before a full name is the person's
            // nationality, and makes the name a person's.
            let nationality = (i > 0 && role.is_none())
                .then(|| GAZETTEER.lookup(words[i - 1].text))
                .flatten()
                .filter(|(_, naming)| *naming == Naming::Demonym)
                .map(|(state, _)| {
                    Role::nationality(state, words[i - 1].span.start..words[i].span.start)
                });
            let only_a_rank = |r: &Role| {
                r.groups
                    .iter()
                    .all(|g| g.split(' ').all(|w| super::MILITARY_RANKS.contains(&w)))
            };
            // "the army, led by Gen …": whom the person leads says more than the rank,
            // which is kept beside it.
            let leads = self.leader_of_body_before(words, i, sentence.article);
            let role = match (role, leads) {
                (Some(rank), Some(mut leads)) if only_a_rank(&rank) => {
                    leads.groups.extend(rank.groups);
                    Some(leads)
                }
                (role, leads) => role.or(nationality).or(leads),
            };
            let role =
                role.or_else(|| self.holder_of_office_before(words, i, end, sentence.article));
            // A role in lower case ("Azerbaijan’s presidential aide") says more than a
            // lone title word caught before it; a rank caught before it ("Defence
            // spokesman Maj. Gen. Edward Buba") is kept beside it, shown after the office.
            let role = match lowercase_role_before(words, i) {
                Some(mut lower) if role.as_ref().is_some_and(only_a_rank) => {
                    lower
                        .groups
                        .extend(role.map(|r| r.groups).unwrap_or_default());
                    Some(lower)
                }
                Some(lower)
                    if role
                        .as_ref()
                        .is_none_or(|r| r.groups.join(" ").len() < lower.groups[0].len()) =>
                {
                    Some(lower)
                }
                _ => role,
            };
            // "foreign ministers Ararat Mirzoyan and Jeyhun Bayramov": the office in the
            // plural is the next name's too.
            let plural_office = i > 0 && singular_role_noun(words[i - 1].text).is_some();
            let shares_a_plural_office = i >= 2
                && matches!(words[i - 1].text, "and" | ",")
                && shared_plural_until == Some(i - 1);
            if plural_office || shares_a_plural_office {
                self.holders_of_a_shared_office
                    .insert(actor_key("person", &name));
            }
            if plural_office || listed {
                if let Some(role) = &role {
                    shared = Some((end, role.clone()));
                    shared_plural_until = Some(end);
                }
            }
            // "Officers in Brakeport Falls said": the verb is the officers'; the name
            // after "in" is where they are.
            let after_a_place_preposition = i > 0
                && PLACE_PREPOSITIONS.contains(&words[i - 1].text)
                && words[end - 1].text == strip_possessive(words[end - 1].text);
            // "M. Bevan", "B. U. Nzeribe": a forename cut to initials is a person's.
            let initials_first = is_initial_before_a_name(text, words, i);
            if role.is_none()
                && role_after_name.is_none()
                && (!followed_by_verb || after_a_place_preposition)
                && !said_before
                && !initials_first
            {
                let span = name_span(&words[i..end]);
                // The tail of a longer capitalised phrase, or a line of its own (a
                // heading, "Portion Fix Containers: …"), is no evidence of a person.
                let tail = i > 0 && {
                    let before = words[i - 1].text;
                    is_capitalised(before) && !OPENERS.contains(&before) && !is_acronym(before)
                } || i == 0 && words.get(end).is_none_or(|w| w.text == ":");
                let possessive = words[end - 1].text != strip_possessive(words[end - 1].text);
                let where_a_place_stands = !possessive
                    && (i > 0 && PLACE_PREPOSITIONS.contains(&words[i - 1].text)
                        || words
                            .get(end)
                            .is_some_and(|w| PLACE_NOUNS.contains(&w.text)));
                if let Some(party) = party_after_possessive(text, words, end) {
                    self.party_leaders.push((actor_key("person", &name), party));
                }
                self.unconfirmed_names.push(UnconfirmedName {
                    sentence: index,
                    name,
                    span,
                    out_of_place: tail,
                    where_a_place_stands,
                    tagged: tagged_as,
                });
                i = end;
                continue;
            }
            self.record(name_span(&words[i..end]), EntityLabel::Person);
            let span_start = role.as_ref().map_or(words[i].span.start, |r| r.span.start);
            let span = span_start..words[end - 1].span.end;
            let key = actor_key("person", &name);
            // Affiliation from the role's own words only, never from a state merely
            // named nearby; the story's framing fills offices without one at the end.
            let affiliation = role
                .as_ref()
                .and_then(|r| r.state)
                .or_else(|| role_after_name.as_ref().and_then(|r| r.state));
            // "President-elect Alberto Fernández of Argentina", "Mayor Sadiq Khan of
            // London": the state after the name, or the state of the place, is the
            // office's.
            let affiliation = affiliation.or_else(|| {
                role.as_ref()
                    .filter(|r| r.groups.iter().any(|g| is_public_office(g)))?;
                (words.get(end)?.text == "of").then_some(())?;
                if let Some((state, naming, _)) = state_at(words, end + 1) {
                    return matches!(naming, Naming::Name | Naming::Seat).then_some(state);
                }
                let (_, length) = place_at(words, end + 1)?;
                let place = join_words(&words[end + 1..end + 1 + length]);
                GAZETTEER.state_of_place(strip_possessive(&place))
            });
            let half_of = role
                .as_ref()
                .and_then(|r| r.half_of)
                .or_else(|| role_after_name.as_ref().and_then(|r| r.half_of));
            let employer = role
                .as_ref()
                .and_then(|r| r.employer.clone())
                .or_else(|| role_after_name.as_ref().and_then(|r| r.employer.clone()))
                .or_else(|| {
                    // "the Christian Democrats (CDU), whose leader Friedrich Merz".
                    let role = role.as_ref()?;
                    let first = words.iter().position(|w| w.span.start == role.span.start)?;
                    self.body_before_whose(words, first, sentence.article)
                })
                .or_else(|| {
                    let named_before = role
                        .iter()
                        .chain(role_after_name.iter())
                        .find(|r| r.employer_named_before)?;
                    // "The court's president": the court the article named.
                    let first = words
                        .iter()
                        .position(|w| w.span.start == named_before.span.start)?;
                    // (After the name: ", the commission's executive vice-president".)
                    let noun = first
                        .checked_sub(1)
                        .map(|k| strip_possessive(words[k].text))
                        .filter(|noun| INSTITUTION_NOUNS.contains(noun))
                        .or_else(|| {
                            words[first..]
                                .iter()
                                .take(4)
                                .map(|w| w.text)
                                .find(|w| strip_possessive(w) != *w)
                                .map(strip_possessive)
                                .filter(|noun| INSTITUTION_NOUNS.contains(noun))
                        });
                    if let Some(noun) = noun {
                        return self.body_named_before_by_its_noun(
                            sentence.article,
                            named_before.span.start,
                            noun,
                        );
                    }
                    let (body, _) = self.last_organisation.get(&sentence.article)?;
                    Some(body.clone())
                })
                .or_else(|| {
                    let role = role.as_ref().filter(|r| r.state.is_none())?;
                    let first = words.iter().position(|w| w.span.start == role.span.start)?;
                    // "Indiana State Teachers Association President Keith Gambill": the
                    // body the rules just found ends where the title starts.
                    let before = words.get(first.checked_sub(1)?)?;
                    let found_here = self.body_ending_at(sentence.article, before).cloned();
                    found_here.or_else(|| organisation_before(text, words, first, tagged))
                });
            // "Guterres …, his spokesman Stéphane Dujarric": the person named last before
            // the role, in this sentence, is whom this one works for.
            let served = role
                .as_ref()
                .filter(|r| r.serves_person_named_before)
                .and_then(|r| {
                    // Mention starts say which article they are in; entity spans do not.
                    let before_the_role = sentence.span.start..r.span.start;
                    self.drafts
                        .iter()
                        .filter(|(_, d)| d.kind == ActorKind::Person)
                        .flat_map(|(key, d)| {
                            d.mention_starts
                                .iter()
                                .filter(|(article, at)| {
                                    *article == sentence.article && before_the_role.contains(at)
                                })
                                .map(move |(_, at)| (*at, key))
                        })
                        .max_by_key(|(at, _)| *at)
                        .map(|(_, key)| key.clone())
                });
            // "Microsoft President Brad Smith": a name before a title may be a body only
            // the whole set shows to be one; kept to be looked up then.
            let word_before_title = role
                .as_ref()
                .filter(|_| affiliation.is_none() && employer.is_none())
                .and_then(|r| words.iter().position(|w| w.span.start == r.span.start))
                .and_then(|first| words.get(first.checked_sub(1)?))
                .map(|w| strip_possessive(w.text))
                .filter(|w| {
                    // "GOP Governor Matt Bevin": a party's label says whose side, not
                    // who employs.
                    let a_party = is_party_label(w)
                        || BODIES.lookup(w).is_some_and(|b| b.name.ends_with("Party"));
                    is_capitalised(w)
                        && !OPENERS.contains(w)
                        && !a_party
                        && GAZETTEER.lookup(w).is_none()
                })
                .map(str::to_owned);
            if let Some(word) = word_before_title {
                self.employers_named_before_a_title
                    .push((key.clone(), word));
            }
            if let Some(party) = party_after_possessive(text, words, end) {
                self.party_leaders.push((key.clone(), party));
            }
            let draft = self.mention(
                &key,
                ActorKind::Person,
                &name,
                sentence,
                index,
                span.clone(),
            );
            if served.is_some() {
                draft.serves = served;
            }
            // "General Mark Milley, chairman of the Joint Chiefs of Staff": the title
            // and the office after the name are both the person's.
            let stated: Vec<String> = role
                .into_iter()
                .chain(role_after_name)
                .flat_map(|r| r.groups)
                .collect();
            if !stated.is_empty() {
                for group in stated {
                    if !draft.roles.contains(&group) {
                        draft.roles.push(group);
                    }
                }
                draft
                    .role_evidence
                    .get_or_insert_with(|| Evidence::new(sentence.article, text, span));
            }
            if half_of.is_some() {
                draft.half_of = half_of;
            }
            if let Some(state) = affiliation {
                *draft
                    .affiliations
                    .entry(GAZETTEER.name(state).to_owned())
                    .or_default() += 1;
            } else if let Some(employer) = employer {
                *draft.employers.entry(employer).or_default() += 1;
            }
            i = end;
        }
    }

    /// "Geert Wilders' far-right Freedom Party": the party is the person's, and they
    /// lead it when nothing else says what they are.
    pub(super) fn parties_of_their_leaders(&mut self) {
        for (person, party) in std::mem::take(&mut self.party_leaders) {
            if let Some(draft) = self.drafts.get_mut(&person) {
                *draft.employers.entry(party).or_default() += 1;
                if draft.roles.is_empty() {
                    draft.roles.push("Leader".to_owned());
                }
            }
        }
    }

    /// "Microsoft President Brad Smith": the word before the title is the person's
    /// employer when the articles name a body by it.
    pub(super) fn employers_named_as_bodies(&mut self) {
        let known_as = self.bodies_known_as();
        for (person, word) in std::mem::take(&mut self.employers_named_before_a_title) {
            let key = known_as
                .get(&word)
                .cloned()
                .unwrap_or_else(|| actor_key("org", &word));
            let a_body = self
                .drafts
                .get(&key)
                .is_some_and(|d| d.kind == ActorKind::Organisation);
            if let Some(draft) = self.drafts.get_mut(&person).filter(|_| a_body) {
                *draft.employers.entry(word).or_default() += 1;
            }
        }
    }

    /// "Von der Leyen" after "Ursula von der Leyen": two or more words that end the full
    /// name of a person found before are that person, whatever the tagger reads.
    fn ends_a_person_s_full_name(&mut self, name: &str) -> bool {
        if !name.contains(' ') {
            return false;
        }
        self.index_person_name_endings();
        self.person_name_endings.contains(&name.to_lowercase())
    }

    /// Adds the name endings of the people found since the last call (drafts are only
    /// ever added to `order`, so each is read once).
    fn index_person_name_endings(&mut self) {
        while self.person_name_endings_cover < self.order.len() {
            let key = &self.order[self.person_name_endings_cover];
            if let Some(draft) = self.drafts.get(key) {
                if draft.kind == ActorKind::Person {
                    self.person_name_endings
                        .extend(endings_of_two_or_more_words(&draft.name));
                }
            }
            self.person_name_endings_cover += 1;
        }
    }

    /// "the Japan Innovation party, known as Ishin": the short name a body goes by,
    /// kept as its alias; returned with the body's key ("Ishin co-leader …" works there).
    fn bodies_known_as(&mut self) -> FxHashMap<String, String> {
        let mut found = FxHashMap::default();
        for (before, nickname) in given_nicknames(self.texts) {
            let ends_with_name = |name: &str| {
                before
                    .len()
                    .checked_sub(name.len())
                    .and_then(|at| before.get(at..))
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(name))
            };
            let body = self.order.iter().find(|key| {
                self.drafts
                    .get(*key)
                    .is_some_and(|d| d.kind == ActorKind::Organisation && ends_with_name(&d.name))
            });
            if let Some(key) = body.cloned() {
                if let Some(draft) = self.drafts.get_mut(&key) {
                    draft.aliases.insert(nickname.clone());
                }
                found.insert(nickname, key);
            }
        }
        found
    }

    /// A full name without a title joins the person found with one, in any article; so
    /// does one whose surname alone is seen speaking in its article ("Helen Ashcombe" …
    /// "said Ashcombe"). The others stay names, not actors.
    pub(super) fn confirm_names(
        &mut self,
        sentences: &[Sentence],
        single_names: &[SingleName<'_>],
    ) {
        let unconfirmed = std::mem::take(&mut self.unconfirmed_names);
        // A name the articles also write where a place stands ("in Fort Worth") is a
        // place's, whatever the tagger reads elsewhere ("a Fort Worth girl").
        let places: FxHashSet<String> = unconfirmed
            .iter()
            .filter(|u| u.where_a_place_stands)
            .map(|u| u.name.clone())
            .collect();
        // (article, surname) → the unconfirmed full names ending with it.
        let mut by_article_surname: FxHashMap<(usize, String), BTreeSet<String>> =
            FxHashMap::default();
        for candidate in &unconfirmed {
            by_article_surname
                .entry((
                    sentences[candidate.sentence].article,
                    surname(&candidate.name).to_lowercase(),
                ))
                .or_default()
                .insert(actor_key("person", &candidate.name));
        }
        let promoted: BTreeSet<String> = single_names
            .iter()
            .filter(|single| single.title().is_some() || single.speaks)
            .filter_map(|single| {
                let surname = strip_possessive(single.word.text).to_lowercase();
                let article = sentences[single.sentence].article;
                let matching = by_article_surname.get(&(article, surname))?;
                (matching.len() == 1)
                    .then(|| matching.first().cloned())
                    .flatten()
            })
            .collect();
        // "Von der Leyen" after "Ursula von der Leyen": the last words of a person's
        // full name, two or more of them, are that person.
        self.index_person_name_endings();
        for UnconfirmedName {
            sentence: index,
            name,
            span,
            out_of_place: tail,
            where_a_place_stands,
            tagged,
        } in unconfirmed
        {
            let key = actor_key("person", &name);
            let article = sentences[index].article;
            // The tagger reading a full name as a person's, in its sentence, is evidence
            // the words alone were not.
            let tagged_person = tagged == Some(NameKind::Person)
                && name.contains(' ')
                && !where_a_place_stands
                && !places.contains(&name);
            // Words the article also writes in lower case are common nouns, so a run of
            // them in capitals is a product or a headline ("Portion Fix Containers").
            let looks_like_a_name = !tail
                && tagged.is_none()
                && name.split(' ').count() <= 3
                && !name
                    .split(' ')
                    .any(|w| self.written_in_lower_case(article, w));
            // The lead names whom the story is about: a full name there that looks
            // like one is a person.
            let in_the_lead =
                sentences[index].position == 0 && name.contains(' ') && !places.contains(&name);
            let confirmed = self.drafts.contains_key(&key)
                || promoted.contains(&key)
                || name.contains(' ') && self.person_name_endings.contains(&name.to_lowercase())
                || tagged_person
                || in_the_lead && looks_like_a_name && !where_a_place_stands;
            if confirmed || looks_like_a_name {
                self.record(span.clone(), EntityLabel::Person);
            }
            if confirmed {
                let sentence = &sentences[index];
                self.mention(&key, ActorKind::Person, &name, sentence, index, span);
            }
        }
    }
}

/// ", a Buddhist-backed party", ", an Osaka-based company": an indefinite noun phrase
/// after a comma whose noun (within four words) is a kind of body.
fn a_body_in_apposition(words: &[Word<'_>]) -> bool {
    matches!(words.first(), Some(w) if w.text == ",")
        && matches!(words.get(1), Some(w) if matches!(w.text, "a" | "an"))
        && words[2..]
            .iter()
            .take(4)
            .take_while(|w| !matches!(w.text, "," | "who" | "which" | "that"))
            .any(|w| BODY_NOUNS.contains(&w.text))
}

/// "a caretaker who …", "an avowed opponent of …": an indefinite noun phrase whose noun
/// (within four words) only a person can be.
fn a_person_in_apposition(words: &[Word<'_>]) -> bool {
    matches!(words.first(), Some(w) if matches!(w.text, "a" | "an"))
        && words[1..]
            .iter()
            .take(4)
            .take_while(|w| w.text.starts_with(char::is_lowercase))
            .any(|w| PERSON_NOUNS.contains(&w.text) || is_role_noun(w.text))
}

/// The endings of a full name that are two or more words but not all of them, in lower
/// case ("von der leyen" and "der leyen" of "Ursula von der Leyen").
fn endings_of_two_or_more_words(name: &str) -> Vec<String> {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split(' ').collect();
    (1..words.len().saturating_sub(1))
        .map(|k| words[k..].join(" "))
        .collect()
}

/// Whether the words start with a newspaper's name ("the New York Times", "Washington
/// Post"): capitalised words, the last a newspaper's word.
fn names_a_newspaper(words: &[Word<'_>]) -> bool {
    let words = match words.first() {
        Some(w) if w.text.eq_ignore_ascii_case("the") => &words[1..],
        _ => words,
    };
    let name = words
        .iter()
        .take_while(|w| is_capitalised(w.text))
        .map(|w| strip_possessive(w.text))
        .last();
    name.is_some_and(|last| NEWSPAPER_WORDS.contains(&last))
}

/// The name ending before `end` is a company's: a noun only a company has follows it
/// ("Alibaba shares", "Alibaba’s listing", "Magna’s quarterly sales", "Pirelli’s chief
/// executive"; a person has a chief of staff).
fn names_a_company(text: &str, words: &[Word<'_>], end: usize) -> bool {
    let Some(next) = words.get(end) else {
        return false;
    };
    let last = words[end - 1].text;
    // "Magna 's sales": a possessive written apart from its name (as tokenised text
    // has it) reads as the word "s" after an apostrophe.
    let detached = next.text == "s" && text[..next.span.start].ends_with(['\'', '’']);
    if strip_possessive(last) == last && !detached {
        return COMPANY_NOUNS.contains(&next.text);
    }
    let mut owned = words[end + usize::from(detached)..].iter().map(|w| w.text);
    let mut noun = owned.next();
    for _ in 0..2 {
        if !noun.is_some_and(|w| REPORTING_PERIODS.contains(&w)) {
            break;
        }
        noun = owned.next();
    }
    match noun {
        Some("chief") => matches!(
            owned.next(),
            Some("executive" | "financial" | "operating" | "technology")
        ),
        Some(noun) => COMPANY_POSSESSIONS.contains(&noun),
        None => false,
    }
}

/// A common noun a body's name ends on ("army", "party", "ministry"), in lower case.
fn is_kind_of_body_noun(noun: &str) -> bool {
    let mut capitalised = noun.to_owned();
    if let Some(first) = capitalised.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    ORG_HEADS.contains(&capitalised.as_str()) || STATE_ORGANS.contains(&noun)
}

/// "Vice Premier He Lifeng": inside a sentence, "He" in capitals before a name is the
/// Chinese family name, not the pronoun (which a quotation or a colon may open).
fn is_family_name_he(text: &str, words: &[Word<'_>], i: usize) -> bool {
    words[i].text == "He"
        && i > 0
        && !matches!(words[i - 1].text, "“" | "\"" | ":" | "(")
        && !text[..words[i].span.start]
            .trim_end()
            .ends_with(['‘', '\'', '—', '–', '-', '.', '?', '!'])
        && words
            .get(i + 1)
            .is_some_and(|w| is_name_word(w.text) && !OPENERS.contains(&w.text))
}

/// "the ride-hailing company Rydell Mobility", "Japanese chipmaker Renesas Electronics",
/// "Belgian club Standard Liege": a name right after a noun only a body is, or after
/// where it is based ("Ontario-based Magna"). ("Developer" and "investor" name people
/// too, "carrier" a warship: "the aircraft carrier Carl Vinson".)
fn follows_a_company_noun(words: &[Word<'_>], start: usize) -> bool {
    start.checked_sub(1).is_some_and(|k| {
        let noun = words[k].text;
        COMPANY_HEADS.contains(&noun)
            && !matches!(noun, "developer" | "investor" | "operator" | "carrier")
            || BODY_NOUNS_BEFORE_A_NAME.contains(&noun)
            || noun.len() > "-based".len() && noun.ends_with("-based")
    })
}

/// Nouns for a body that, right before a name, make it the body's: not in
/// `COMPANY_HEADS`, as "the Chinese central bank" is no epithet of a company.
const BODY_NOUNS_BEFORE_A_NAME: &[&str] = &[
    "club",
    "bank",
    "brokerage",
    "distributor",
    "exporter",
    "importer",
    "refiner",
    "supplier",
    "chain",
    "consortium",
    "daily",
    "tabloid",
    "utility",
    "subsidiary",
    "unit",
];

/// Words joining the parts of an office's portfolio ("Terrorism and Financial
/// Intelligence").
const PORTFOLIO_JOINS: &[&str] = &["and", "&", "the", "of"];

/// "Under Secretary for Terrorism and Financial Intelligence Brian Nelson", "Special
/// Envoy for Climate John Kerry": after an office's "for" or "of", its portfolio runs on
/// in capitals up to the holder's name, the last two name words of the run (with any
/// particle or initial between them). Where the run at word `i` begins inside such a
/// portfolio, gives the word the name starts at.
fn name_after_portfolio(text: &str, words: &[Word<'_>], i: usize) -> Option<usize> {
    // Back to the office's "for" or "of".
    let mut k = i;
    while k > 0 && i - k < 6 && !matches!(words[k - 1].text, "for" | "of") {
        let w = words[k - 1].text;
        if !is_capitalised(w) && !PORTFOLIO_JOINS.contains(&w) {
            return None;
        }
        k -= 1;
    }
    if k < 2
        || !matches!(words[k - 1].text, "for" | "of")
        || !ROLE_WORDS.contains(&words[k - 2].text)
    {
        return None;
    }
    // On to the end of the capitalised stretch; a joining word after a part that
    // already holds a name ("Climate John Kerry and …") ends it.
    let mut end = k;
    let mut names_in_part = 0;
    while end < words.len() && end - k < 9 {
        let w = words[end].text;
        if is_capitalised(w) && strip_possessive(w) == w {
            names_in_part += usize::from(is_name_word(w));
        } else if PORTFOLIO_JOINS.contains(&w)
            && names_in_part < 3
            && words.get(end + 1).is_some_and(|n| is_capitalised(n.text))
        {
            names_in_part = 0;
        } else {
            break;
        }
        end += 1;
    }
    // The holder's name: its last word, what stands inside it, and one name word more.
    let last = end.checked_sub(1).filter(|&e| e > k)?;
    if !is_name_word(words[last].text) {
        return None;
    }
    let mut start = last;
    while start > k
        && (is_particle(words[start - 1].text) || is_initial_before_a_name(text, words, start - 1))
    {
        start -= 1;
    }
    let start = start.checked_sub(1).filter(|&s| s > k)?;
    (is_name_word(words[start].text) && start > i).then_some(start)
}

/// Titles that are surnames too ("Kevin King", "John Major", "Mike Judge").
const SURNAMES_LIKE_TITLES: &[&str] = &["King", "Prince", "Judge", "Major"];

/// "American Kevin King and …": a title after a forename, with no name after it for it
/// to be the title of, ends that name as its surname.
fn is_title_as_surname(words: &[Word<'_>], at: usize) -> bool {
    let bare = strip_possessive(words[at].text);
    SURNAMES_LIKE_TITLES.contains(&bare)
        && !words
            .get(at + 1)
            .is_some_and(|next| is_name_word(next.text) || is_particle(next.text))
}

/// An initial in a name, first or in the middle ("M. Bevan", "B. U. Nzeribe", "George W.
/// Bush"): one capital with its full stop before a name word that is no state's, or
/// before another initial.
fn is_initial_before_a_name(text: &str, words: &[Word<'_>], k: usize) -> bool {
    let word = &words[k];
    word.text.len() == 1
        && word.text.bytes().all(|b| b.is_ascii_uppercase())
        && text[word.span.end..].starts_with(". ")
        && (words.get(k + 1).is_some_and(|next| is_name_word(next.text))
            && state_at(words, k + 1).is_none()
            || words.len() > k + 1 && is_initial_before_a_name(text, words, k + 1))
}

/// The organisation named right before a role's first word (`first`): "Taliban
/// spokesman Zabihullah Mujahid", "UN spokesman Farhan Haq", "SpaceX President …": the
/// body the person works for. A name the tagger read as an organisation, or a body of
/// the built-in list, ending there; or a name before a company's office.
impl ActorFinder<'_> {
    /// The organisation whose mention in the article ends where `word` does.
    fn body_ending_at(&self, article: usize, word: &Word<'_>) -> Option<&String> {
        self.organisation_ends.get(&(article, word.span.end))
    }

    /// The body of the article named last before `before` whose name holds `noun` ("the
    /// court": the International Court of Justice).
    fn body_named_before_by_its_noun(
        &self,
        article: usize,
        before: usize,
        noun: &str,
    ) -> Option<String> {
        self.organisation_ends
            .iter()
            .filter(|((a, end), name)| {
                *a == article
                    && *end <= before
                    && name.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
            })
            .max_by_key(|((_, end), _)| *end)
            .map(|(_, name)| name.clone())
    }

    /// The body a "whose" right before word `role_at` refers to: the one whose name
    /// (or its acronym in brackets) ends before the comma.
    fn body_before_whose(
        &self,
        words: &[Word<'_>],
        role_at: usize,
        article: usize,
    ) -> Option<String> {
        let whose = role_at.checked_sub(1)?;
        let comma = whose.checked_sub(1)?;
        if words[whose].text != "whose" || words[comma].text != "," {
            return None;
        }
        let end = comma.checked_sub(1)?;
        let named_at = |k: usize| self.body_ending_at(article, &words[k]);
        if words[end].text == ")" {
            // The name before the brackets, or the acronym in them.
            let open = end.checked_sub(2).filter(|&k| words[k].text == "(")?;
            return open
                .checked_sub(1)
                .and_then(named_at)
                .or_else(|| named_at(end - 1))
                .cloned();
        }
        named_at(end).cloned()
    }

    /// "the RSF, commanded by Mohamed Hamdan Dagalo", "the committee, chaired by …":
    /// the body named right before a passive "led by" is the person's, and the verb
    /// says the office.
    fn leader_of_body_before(
        &self,
        words: &[Word<'_>],
        name_at: usize,
        article: usize,
    ) -> Option<Role> {
        // "the army, led by Gen Abdel Fattah al-Burhan": a rank may stand before the name.
        let mut by = name_at.checked_sub(1)?;
        while by > 0
            && (super::MILITARY_RANKS.contains(&words[by].text)
                || spelt_out(words[by].text) != words[by].text)
        {
            by -= 1;
        }
        let verb = by.checked_sub(1)?;
        if words[by].text != "by" {
            return None;
        }
        let office = match words[verb].text {
            "led" => "Leader",
            "headed" => "Head",
            "commanded" => "Commander",
            "chaired" => "Chair",
            "founded" => "Founder",
            _ => return None,
        };
        let mut body_end = verb.checked_sub(1)?;
        if words[body_end].text == "," {
            body_end = body_end.checked_sub(1)?;
        }
        // "the army, led by …": the one body of the set named with that noun.
        let noun = words[body_end].text;
        let body = match self.body_ending_at(article, &words[body_end]) {
            Some(body) => Some(body.clone()),
            None if noun.starts_with(char::is_lowercase)
                && body_end >= 1
                && words[body_end - 1].text == "the"
                && self.only_body_called(noun).is_some() =>
            {
                self.only_body_called(noun)
            }
            None if noun.starts_with(char::is_lowercase) => None,
            None => return None,
        };
        // "The opposition, led by Maria Corina Machado", "the court's electoral
        // chamber, headed by …": a group no body's name gives is named in the office.
        let groups = match &body {
            Some(_) => vec![office.to_owned()],
            None => {
                let the = (body_end.saturating_sub(4)..body_end)
                    .rev()
                    .find(|&k| words[k].text.eq_ignore_ascii_case("the"))?;
                let phrase = &words[the + 1..=body_end];
                // ("the army, led by …" before the set names its army: a body, left to
                // the rank.)
                let a_body_s_noun = phrase.len() == 1 && is_kind_of_body_noun(noun);
                if a_body_s_noun
                    || !phrase
                        .iter()
                        .all(|w| w.text.starts_with(char::is_lowercase))
                {
                    return None;
                }
                vec![format!("{office} of the {}", join_words(phrase))]
            }
        };
        Some(Role {
            groups,
            state: None,
            person_title: None,
            span: words[verb].span.start..words[name_at].span.start,
            employer: body,
            employer_named_before: false,
            half_of: None,
            serves_person_named_before: false,
        })
    }

    /// The one organisation of the set whose name ends in `noun` ("army": "Sudanese
    /// army"), when there is exactly one.
    fn only_body_called(&self, noun: &str) -> Option<String> {
        let mut bodies = self.drafts.values().filter(|d| {
            d.kind == ActorKind::Organisation
                && d.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last.eq_ignore_ascii_case(noun))
        });
        let body = bodies.next()?;
        bodies.next().is_none().then(|| body.name.clone())
    }

    /// "contacted by the office of the NYAG, Letitia James.": a name set off after an
    /// office the article names as a body holds that office.
    fn holder_of_office_before(
        &self,
        words: &[Word<'_>],
        name_at: usize,
        name_end: usize,
        article: usize,
    ) -> Option<Role> {
        let comma = name_at.checked_sub(1)?;
        let office_end = comma.checked_sub(1)?;
        let set_off = words
            .get(name_end)
            .is_none_or(|w| matches!(w.text, "," | "." | ";" | ")"));
        if words[comma].text != "," || !set_off {
            return None;
        }
        let office = self.body_ending_at(article, &words[office_end])?;
        let state = *self.offices_named_as_bodies.get(office)?;
        Some(Role {
            groups: vec![office.clone()],
            state,
            person_title: None,
            span: words[office_end].span.start..words[name_at].span.start,
            employer: None,
            employer_named_before: false,
            half_of: None,
            serves_person_named_before: false,
        })
    }
}

fn organisation_before(
    text: &str,
    words: &[Word<'_>],
    first: usize,
    tagged: &[Name],
) -> Option<String> {
    let before = words.get(first.checked_sub(1)?)?;
    let end = before.span.start + strip_possessive(before.text).len();
    if let Some(name) = tagged.iter().find(|n| {
        n.kind == NameKind::Organisation
            && n.span.end == end
            && is_plausible_name(text, &n.span)
            && !is_kind_of_body(&text[n.span.clone()])
    }) {
        let name = text[name.span.clone()].trim_start_matches("The ");
        // "Kentucky GOP Gov. Matt Bevin": a party before a public office says whose
        // side its holder is on, not who employs them (a "Labour Party leader" is the
        // party's own).
        let a_party = name.rsplit(' ').next().is_some_and(is_party_label);
        if a_party && words.get(first).is_some_and(|w| is_public_office(w.text)) {
            return None;
        }
        return Some(name.to_owned());
    }
    (1..=first.min(3))
        .find_map(|length| {
            let phrase = join_words(&words[first - length..first]);
            let phrase = strip_possessive(&phrase);
            BODIES
                .lookup(phrase)
                .filter(|body| !body.press)
                .map(|_| phrase.to_owned())
        })
        .or_else(|| {
            // "Twitter CEO Jack Dorsey", "Salesforce founder and co-CEO Marc Benioff": a
            // name before a company's office is the company's.
            let office = words.get(first)?.text.to_lowercase();
            let corporate = matches!(
                office.as_str(),
                "ceo" | "co-ceo" | "cfo" | "coo" | "founder" | "co-founder" | "chief" | "head"
            );
            let name = strip_possessive(before.text);
            let a_name = is_name_word(name) || is_acronym(name);
            (corporate && a_name && GAZETTEER.lookup(name).is_none()).then(|| name.to_owned())
        })
}

/// "Wilders' far-right Freedom Party (PVV)", "Netanyahu's Likud party": the party a
/// person's possessive (ending at word `end`) introduces, past a few words in lower case.
fn party_after_possessive(text: &str, words: &[Word<'_>], end: usize) -> Option<String> {
    let last = words.get(end.checked_sub(1)?)?;
    // "Wilders' far-right …": the words leave a plural's apostrophe out.
    let apostrophe_after =
        last.text.ends_with('s') && text[last.span.end..].starts_with(['\'', '’']);
    if strip_possessive(last.text) == last.text && !apostrophe_after {
        return None;
    }
    let mut k = end;
    while k < words.len().min(end + 3) && words[k].text.starts_with(char::is_lowercase) {
        k += 1;
    }
    let from = k;
    while k < words.len() && is_capitalised(words[k].text) && k - from < 5 {
        k += 1;
    }
    let head = words[from..k].last()?.text;
    let lower_party = words.get(k).is_some_and(|w| w.text == "party");
    if !(matches!(head, "Party" | "Movement") || lower_party) {
        return None;
    }
    let name = join_words(&words[from..k]);
    GAZETTEER.lookup(&name).is_none().then_some(name)
}

/// A monarch's or pope's number in Roman numerals, "II" to "XXX" ("I" is a pronoun).
fn is_regnal_number(word: &str) -> bool {
    (2..=5).contains(&word.len())
        && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
        && !word.contains("IIII")
        && !word.contains("VV")
        && !word.contains("VX")
}
