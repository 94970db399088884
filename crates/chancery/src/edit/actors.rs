//! Actor edits: the user's corrections to the actor table, as rules.
//!
//! A rule names an actor by any name the table shows for it (its name or an alias,
//! ignoring case, spacing and a leading "the"), so "merge Doval into Ajit Doval" still
//! applies after new articles re-rank the table. Rules come from the app's actor
//! editor or from an actors file (see [`parse`]) for the command line.

use serde::{Deserialize, Serialize};

use crate::{Actor, ActorKind, Error};

/// One correction to the actor table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "lowercase")]
pub enum ActorEdit {
    /// Shows the actor under another name; the old one becomes an alias.
    Rename { actor: String, to: String },
    /// Folds one actor into another: names, mentions, sources and roles are combined.
    Merge { actor: String, into: String },
    /// Leaves the actor out of the briefing.
    Remove { actor: String },
    /// Sets the main role; an empty role clears it.
    Role { actor: String, role: String },
    /// Sets the state or body the actor acts for; empty clears it.
    Affiliation { actor: String, affiliation: String },
    /// Says what the actor is: a person, an organisation or a state.
    Kind { actor: String, kind: ActorKind },
    /// Puts an actor the analysis missed in the table (or one it left out, when the
    /// name is known), with what the user says of it; empty role or affiliation leave
    /// those as the articles have them.
    Add {
        actor: String,
        kind: ActorKind,
        #[serde(default)]
        role: String,
        #[serde(default)]
        affiliation: String,
    },
}

impl ActorEdit {
    /// The actor the rule is about.
    pub fn actor(&self) -> &str {
        match self {
            Self::Rename { actor, .. }
            | Self::Merge { actor, .. }
            | Self::Remove { actor }
            | Self::Role { actor, .. }
            | Self::Affiliation { actor, .. }
            | Self::Kind { actor, .. }
            | Self::Add { actor, .. } => actor,
        }
    }
}

impl std::fmt::Display for ActorEdit {
    /// The rule as a line of an actors file.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Rename { actor, to } => write!(f, "rename {actor} => {to}"),
            Self::Merge { actor, into } => write!(f, "merge {actor} => {into}"),
            Self::Remove { actor } => write!(f, "remove {actor}"),
            Self::Role { actor, role } => write!(f, "role {actor} => {role}"),
            Self::Affiliation { actor, affiliation } => {
                write!(f, "affiliation {actor} => {affiliation}")
            }
            Self::Kind { actor, kind } => write!(f, "kind {actor} => {}", kind.as_str()),
            Self::Add {
                actor,
                kind,
                role,
                affiliation,
            } => {
                write!(f, "add {actor} => {}", kind.as_str())?;
                if !role.is_empty() || !affiliation.is_empty() {
                    write!(f, " | {role}")?;
                }
                if !affiliation.is_empty() {
                    write!(f, " | {affiliation}")?;
                }
                Ok(())
            }
        }
    }
}

/// Applies the rules in order and returns the ones that matched no actor.
/// Ranks are renumbered afterwards; the order is otherwise kept.
pub fn apply<'a>(actors: &mut Vec<Actor>, edits: &'a [ActorEdit]) -> Vec<&'a ActorEdit> {
    let unapplied = edits
        .iter()
        .filter(|edit| !apply_one(actors, edit))
        .collect();
    for (i, actor) in actors.iter_mut().enumerate() {
        actor.rank = i + 1;
    }
    unapplied
}

fn apply_one(actors: &mut Vec<Actor>, edit: &ActorEdit) -> bool {
    if let ActorEdit::Add {
        actor,
        kind,
        role,
        affiliation,
    } = edit
    {
        // Not a change to a found actor: it may make one.
        return add(actors, actor, *kind, role, affiliation);
    }
    let Some(at) = find(actors, edit.actor()) else {
        return false;
    };
    // The user looked at this row and corrected it: it stays in the table.
    actors[at].kept_by_user = true;
    match edit {
        ActorEdit::Rename { to, .. } => {
            let to = to.trim();
            if to.is_empty() {
                return false;
            }
            let actor = &mut actors[at];
            let old = std::mem::replace(&mut actor.name, to.to_owned());
            actor.aliases.retain(|a| !same_name(a, to));
            add_alias(actor, old);
        }
        ActorEdit::Merge { into, .. } => {
            let Some(target) = find(actors, into).filter(|&t| t != at) else {
                return false;
            };
            let merged = actors.remove(at);
            let target = if target > at { target - 1 } else { target };
            absorb(&mut actors[target], merged);
        }
        ActorEdit::Remove { .. } => {
            actors.remove(at);
        }
        ActorEdit::Role { role, .. } => {
            let actor = &mut actors[at];
            let role = role.trim();
            if role.is_empty() {
                actor.role = None;
                actor.roles.clear();
            } else {
                actor.roles.retain(|r| !same_name(r, role));
                actor.roles.insert(0, role.to_owned());
                actor.role = Some(role.to_owned());
            }
        }
        ActorEdit::Affiliation { affiliation, .. } => {
            let affiliation = affiliation.trim();
            actors[at].affiliation = (!affiliation.is_empty()).then(|| affiliation.to_owned());
        }
        ActorEdit::Kind { kind, .. } => actors[at].kind = *kind,
        ActorEdit::Add { .. } => return false, // applied above, before any lookup
    }
    true
}

/// The `add` rule: the actor of that name if the analysis found one (the table then
/// keeps it), else a new row at the end of the table. Only an empty name fails.
fn add(
    actors: &mut Vec<Actor>,
    name: &str,
    kind: ActorKind,
    role: &str,
    affiliation: &str,
) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    let at = find(actors, name).unwrap_or_else(|| {
        actors.push(Actor::named(name, kind));
        actors.len() - 1
    });
    let actor = &mut actors[at];
    actor.kind = kind;
    actor.kept_by_user = true;
    let role = role.trim();
    if !role.is_empty() {
        actor.roles.retain(|r| !same_name(r, role));
        actor.roles.insert(0, role.to_owned());
        actor.role = Some(role.to_owned());
    }
    let affiliation = affiliation.trim();
    if !affiliation.is_empty() {
        actor.affiliation = Some(affiliation.to_owned());
    }
    true
}

/// The actor called `name`: its own name first, then its aliases.
fn find(actors: &[Actor], name: &str) -> Option<usize> {
    actors
        .iter()
        .position(|a| same_name(&a.name, name))
        .or_else(|| {
            actors
                .iter()
                .position(|a| a.aliases.iter().any(|alias| same_name(alias, name)))
        })
}

fn same_name(a: &str, b: &str) -> bool {
    comparable(a) == comparable(b)
}

fn comparable(name: &str) -> String {
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.split_first() {
        Some((&"the", rest)) if !rest.is_empty() => rest,
        _ => &words[..],
    };
    words.join(" ")
}

fn add_alias(actor: &mut Actor, alias: String) {
    if !same_name(&alias, &actor.name) && !actor.aliases.iter().any(|a| same_name(a, &alias)) {
        actor.aliases.push(alias);
        actor.aliases.sort();
    }
}

/// Moves everything known about `merged` onto `target`; the target's own fields win.
fn absorb(target: &mut Actor, merged: Actor) {
    add_alias(target, merged.name);
    for alias in merged.aliases {
        add_alias(target, alias);
    }
    target.mentions += merged.mentions;
    target.sources.extend(merged.sources);
    target.sources.sort_unstable();
    target.sources.dedup();
    for role in merged.roles {
        if !target.roles.iter().any(|r| same_name(r, &role)) {
            target.roles.push(role);
        }
    }
    if target.role.is_none() {
        target.role = target.roles.first().cloned();
    }
    if target.affiliation.is_none() {
        target.affiliation = merged.affiliation;
    }
    if target.evidence.is_none() {
        target.evidence = merged.evidence;
    }
    target.first_seen = target.first_seen.min(merged.first_seen);
}

/// Reads an actors file: one rule per line, `#` starts a comment.
///
/// ```text
/// rename Doval => Ajit Doval
/// merge NSA => Ajit Doval
/// remove Asian Lite
/// role Ajit Doval => National Security Adviser
/// affiliation Rosoboronexport => Russia
/// kind Electric Power Co => organisation
/// add Rafael Grossi => person | Director General | IAEA
/// ```
///
/// `file` names the file in error messages.
pub fn parse(text: &str, file: &str) -> Result<Vec<ActorEdit>, Error> {
    let mut edits = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.split_once('#').map_or(line, |(rule, _)| rule).trim();
        if line.is_empty() {
            continue;
        }
        let error = |message: &str| Error::Edits {
            file: file.to_owned(),
            line: number + 1,
            message: message.to_owned(),
        };
        let (action, rest) = line
            .split_once(char::is_whitespace)
            .ok_or_else(|| error("expected an action and an actor's name"))?;
        let (actor, target) = match rest.split_once("=>") {
            Some((actor, target)) => (actor.trim().to_owned(), Some(target.trim().to_owned())),
            None => (rest.trim().to_owned(), None),
        };
        if actor.is_empty() {
            return Err(error("the actor's name is missing"));
        }
        let needs_target = |what: &str| {
            target
                .clone()
                .filter(|t| !t.is_empty() || what == "role" || what == "affiliation")
                .ok_or_else(|| error(&format!("'{action}' needs '=> {what}' after the name")))
        };
        let edit = match action.to_lowercase().as_str() {
            "rename" => ActorEdit::Rename {
                to: needs_target("new name")?,
                actor,
            },
            "merge" => ActorEdit::Merge {
                into: needs_target("the actor to merge into")?,
                actor,
            },
            "remove" | "drop" => ActorEdit::Remove { actor },
            "role" => ActorEdit::Role {
                role: needs_target("role")?,
                actor,
            },
            "affiliation" => ActorEdit::Affiliation {
                affiliation: needs_target("affiliation")?,
                actor,
            },
            "kind" => ActorEdit::Kind {
                kind: needs_target("person, organisation or state")?
                    .parse()
                    .map_err(|e: String| error(&e))?,
                actor,
            },
            "add" => {
                let target = needs_target("kind | role | affiliation")?;
                let mut fields = target.split('|').map(str::trim);
                let kind = fields.next().unwrap_or_default();
                ActorEdit::Add {
                    kind: kind.parse().map_err(|e: String| error(&e))?,
                    role: fields.next().unwrap_or_default().to_owned(),
                    affiliation: fields.next().unwrap_or_default().to_owned(),
                    actor,
                }
            }
            _ => {
                return Err(error(&format!(
                    "unknown action '{action}' (known: rename, merge, remove, role, affiliation, kind, add)"
                )))
            }
        };
        edits.push(edit);
    }
    Ok(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ActorKind;

    fn actor(name: &str, aliases: &[&str], mentions: usize, sources: &[usize]) -> Actor {
        Actor {
            name: name.into(),
            kind: ActorKind::Person,
            role: None,
            roles: Vec::new(),
            affiliation: None,
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            acronym: None,
            mentions,
            sources: sources.to_vec(),
            rank: 0,
            evidence: None,
            first_seen: (0, 0),
            acts: 0,
            kept_by_user: false,
        }
    }

    fn table() -> Vec<Actor> {
        let mut doval = actor("Ajit Doval", &["Doval"], 4, &[1]);
        doval.role = Some("National Security Adviser".into());
        doval.roles = vec!["National Security Adviser".into()];
        vec![
            doval,
            actor("Shoigu", &[], 2, &[2]),
            actor("Sergei Shoigu", &[], 3, &[1]),
            actor("Asian Lite", &[], 1, &[1]),
        ]
    }

    fn names(actors: &[Actor]) -> Vec<&str> {
        actors.iter().map(|a| a.name.as_str()).collect()
    }

    #[test]
    fn merge_combines_mentions_sources_and_names() {
        let mut actors = table();
        let edits = [ActorEdit::Merge {
            actor: "shoigu".into(),
            into: "Sergei  Shoigu".into(),
        }];
        assert!(apply(&mut actors, &edits).is_empty());
        assert_eq!(
            names(&actors),
            ["Ajit Doval", "Sergei Shoigu", "Asian Lite"]
        );
        let shoigu = &actors[1];
        assert_eq!((shoigu.mentions, &shoigu.sources[..]), (5, &[1, 2][..]));
        assert_eq!(shoigu.aliases, ["Shoigu"]);
        assert_eq!(shoigu.rank, 2);
    }

    #[test]
    fn rules_find_actors_by_alias_and_apply_in_order() {
        let mut actors = table();
        let edits = [
            ActorEdit::Rename {
                actor: "Doval".into(),
                to: "NSA Ajit Doval".into(),
            },
            ActorEdit::Role {
                actor: "NSA Ajit Doval".into(),
                role: "NSA".into(),
            },
            ActorEdit::Remove {
                actor: "the Asian Lite".into(),
            },
        ];
        assert!(apply(&mut actors, &edits).is_empty());
        assert_eq!(actors[0].name, "NSA Ajit Doval");
        assert_eq!(actors[0].aliases, ["Ajit Doval", "Doval"]);
        assert_eq!(actors[0].role.as_deref(), Some("NSA"));
        assert_eq!(actors[0].roles, ["NSA", "National Security Adviser"]);
        assert_eq!(
            names(&actors),
            ["NSA Ajit Doval", "Shoigu", "Sergei Shoigu"]
        );
    }

    #[test]
    fn rules_that_match_no_actor_are_returned_not_dropped() {
        let mut actors = table();
        let edits = [
            ActorEdit::Remove {
                actor: "Vladimir Putin".into(),
            },
            ActorEdit::Merge {
                actor: "Doval".into(),
                into: "Ajit Doval".into(),
            },
        ];
        let unapplied = apply(&mut actors, &edits);
        assert_eq!(
            unapplied,
            [&edits[0], &edits[1]],
            "merge into itself is not applied"
        );
        assert_eq!(actors.len(), 4);
    }

    #[test]
    fn kind_changes_what_an_actor_is() {
        let mut actors = table();
        let edits = [ActorEdit::Kind {
            actor: "Asian Lite".into(),
            kind: ActorKind::Organisation,
        }];
        assert!(apply(&mut actors, &edits).is_empty());
        assert_eq!(actors[3].kind, ActorKind::Organisation);
        // ... and keeps its row, whatever the counts say of its new kind.
        assert!(actors[3].kept_by_user);
    }

    #[test]
    fn add_puts_a_missed_actor_in_the_table_or_completes_a_found_one() {
        let mut actors = table();
        let edits = [
            ActorEdit::Add {
                actor: "Rafael Grossi".into(),
                kind: ActorKind::Person,
                role: "Director General".into(),
                affiliation: "IAEA".into(),
            },
            // Known by an alias: the found actor gets the user's kind, keeps its role.
            ActorEdit::Add {
                actor: "Doval".into(),
                kind: ActorKind::Person,
                role: String::new(),
                affiliation: "India".into(),
            },
        ];
        assert!(apply(&mut actors, &edits).is_empty());
        assert_eq!(actors.len(), 5);
        let grossi = &actors[4];
        assert_eq!(grossi.name, "Rafael Grossi");
        assert_eq!(grossi.role.as_deref(), Some("Director General"));
        assert_eq!(grossi.affiliation.as_deref(), Some("IAEA"));
        assert_eq!(grossi.rank, 5);
        assert!(grossi.kept_by_user && actors[0].kept_by_user);
        assert_eq!(actors[0].role.as_deref(), Some("National Security Adviser"));
        assert_eq!(actors[0].affiliation.as_deref(), Some("India"));
        // Adding twice makes one row.
        assert!(apply(&mut actors, &edits[..1]).is_empty());
        assert_eq!(actors.len(), 5);
    }

    #[test]
    fn actors_file_parses_every_action_and_names_bad_lines() {
        let text = "# corrections\nrename Doval => Ajit Doval\nmerge NSA => Ajit Doval  # same man\n\
                    drop Asian Lite\nrole Ajit Doval => National Security Adviser\naffiliation Rosoboronexport => Russia\n\
                    kind Electric Power Co => Organization\nadd Rafael Grossi => person | Director General | IAEA\n\
                    add Mossad => organisation\nadd Jane Doe => person | | Reuters\n";
        let edits = parse(text, "actors.txt").unwrap();
        assert_eq!(edits.len(), 9);
        assert_eq!(
            edits[5],
            ActorEdit::Kind {
                actor: "Electric Power Co".into(),
                kind: ActorKind::Organisation
            }
        );
        assert_eq!(
            edits[6],
            ActorEdit::Add {
                actor: "Rafael Grossi".into(),
                kind: ActorKind::Person,
                role: "Director General".into(),
                affiliation: "IAEA".into()
            }
        );
        assert_eq!(edits[8].to_string(), "add Jane Doe => person |  | Reuters");
        let round_trip: String = edits.iter().map(|e| format!("{e}\n")).collect();
        assert_eq!(parse(&round_trip, "again").unwrap(), edits);

        let error = parse("rename Doval\n", "actors.txt")
            .unwrap_err()
            .to_string();
        assert_eq!(
            error,
            "actors.txt line 1: 'rename' needs '=> new name' after the name"
        );
        let error = parse("\npromote Doval", "a.txt").unwrap_err().to_string();
        assert!(
            error.starts_with("a.txt line 2: unknown action 'promote'"),
            "{error}"
        );
    }
}
