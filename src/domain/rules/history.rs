//! Rules over the git history of the records (`svc check --base REV`): steps are
//! appended, never changed (GIT-1); nothing is deleted or renamed (GIT-2); a step is
//! recorded when it happens (GIT-3); each step is committed by its actor (GIT-4).
//!
//! The walk over commits is the command line's (it needs git); what is judged here is pure:
//! two versions of a record, and the steps one adds to the other.

use serde_json::Value;

use super::{Act, rules};

rules! {
    APPEND_ONLY = "history.append-only", Git1, Error, History,
        "A step recorded at the base is unchanged at HEAD; a finished record does not change at all (an approved decision may gain its letter).";
    KEPT = "history.kept", Git2, Error, History,
        "No record file is deleted or renamed.";
    NOT_BACKDATED = "history.not-backdated", Git3, Warning, History,
        "A step is dated at most `max_backdate_working_days` working days before the commit that records it.";
    BY_ITS_ACTOR = "history.by-its-actor", Git4, Error, History,
        "With --verify-authors: each step is in a commit authored by its actor, or signed by a key allowed for them.";
    INDEX_AGREES = "history.index-agrees", Git5, Error, History,
        "Git's index holds each record as HEAD does whenever the work tree does: no staged reversion that a plain `git commit` would make a lost step.";
    COMMITTED = "history.committed", Git5, Warning, History,
        "Every record file in the work tree is committed (when steps are committed).";
    BASE_IS_ANCESTOR = "history.base-is-ancestor", Git2, Error, History,
        "The --base commit is an ancestor of HEAD: history was not rewritten (amended, rebased, force-pushed) under it.";
    PARSES = "history.parses", Git1, Error, History,
        "Every version of a record that a commit records parses, so its steps can be compared with the next.";
    DATES_IN_ORDER = "history.dates-in-order", Git3, Error, History,
        "No commit is dated before a parent: a forged date cannot make a late step look timely.";
    CONFIG_BY_ADMIN = "history.config-by-admin", Git6, Error, History,
        "svc.toml's people, rooms, e-mails, keys and policy are changed only by the office head or `[git] config_admins`.";
    SIGNED = "history.signed", Git4, Error, History,
        "With --require-signatures: each step's commit is signed by its actor's key (a merge's or squash's by a merger's).";
}

/// What changed between two versions of a record that history forbids: each as (key, what).
/// `status` follows the steps (the other rules check it), so it is not compared.
pub fn changed_steps<T: super::Kind>(old: &T, new: &T) -> Vec<(String, crate::i18n::Msg)> {
    let (Ok(old_json), Ok(new_json)) = (serde_json::to_value(old), serde_json::to_value(new)) else { return vec![] };
    let mut out = Vec::new();
    if old.finished() {
        let open = old.still_open_keys();
        let strip = |v: &Value| match v {
            Value::Object(m) => Value::Object(
                m.iter().filter(|(k, _)| !open.contains(&k.as_str())).map(|(k, v)| (k.clone(), v.clone())).collect(),
            ),
            other => other.clone(),
        };
        if strip(&old_json) != strip(&new_json) {
            out.push((first_difference(&old_json, &new_json), crate::msg!("history-finished-changed")));
        }
        return out;
    }
    let mut old_leaves = Vec::new();
    leaves(&old_json, String::new(), &mut old_leaves);
    for (key, value) in old_leaves.into_iter().filter(|(k, _)| k != "status") {
        match lookup(&new_json, &key) {
            Some(now) if *now == value => {}
            Some(now) => out
                .push((key.clone(), crate::msg!("history-changed", key = &key, was = short(&value), now = short(now)))),
            None => out.push((key.clone(), crate::msg!("history-removed", key = &key, was = short(&value)))),
        }
    }
    out
}

/// The steps `new` records that `old` did not (all of them for a new record).
pub fn added_acts<'a, T: super::Kind>(old: Option<&T>, new: &'a T) -> Vec<Act<'a>> {
    let before: Vec<(crate::domain::date::Date, String, String)> =
        old.map(|o| o.acts().into_iter().map(|a| (a.on, a.by.to_string(), a.key)).collect()).unwrap_or_default();
    new.acts().into_iter().filter(|a| !before.contains(&(a.on, a.by.to_string(), a.key.clone()))).collect()
}

fn leaves(value: &Value, path: String, out: &mut Vec<(String, Value)>) {
    let join = |k: &str| if path.is_empty() { k.to_string() } else { format!("{path}.{k}") };
    match value {
        Value::Object(map) if !(map.len() == 1 && map.contains_key("$__toml_private_datetime")) => {
            for (k, v) in map {
                leaves(v, join(k), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                leaves(v, join(&i.to_string()), out);
            }
        }
        other => out.push((path, other.clone())),
    }
}

fn lookup<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    key.split('.').try_fold(value, |v, part| match v {
        Value::Object(m) => m.get(part),
        Value::Array(items) => items.get(part.parse::<usize>().ok()?),
        _ => None,
    })
}

fn first_difference(old: &Value, new: &Value) -> String {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    leaves(old, String::new(), &mut a);
    leaves(new, String::new(), &mut b);
    a.iter()
        .find(|(k, v)| lookup(new, k) != Some(v))
        .or_else(|| b.iter().find(|(k, v)| lookup(old, k) != Some(v)))
        .map(|(k, _)| k.clone())
        .unwrap_or_default()
}

fn short(value: &Value) -> String {
    let text = match value {
        Value::Object(m) => m.values().next().map(|v| v.to_string()).unwrap_or_default(),
        other => other.to_string(),
    };
    text.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::capa::Capa;
    use crate::domain::testing::*;

    #[test]
    fn appending_a_step_is_fine_changing_one_is_not() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        let before: Capa = b.get(capa);
        b.complete(capa, day("2026-03-04"));
        let after: Capa = b.get(capa);
        assert_eq!(changed_steps(&before, &after), vec![], "actions and completion appended");
        let added = added_acts(Some(&before), &after);
        assert_eq!(added.len(), 5, "two added, two done, completed: {added:?}");
        let mut moved = after.clone();
        moved.rounds[0].completed.as_mut().unwrap().on = day("2026-03-03");
        let changed = changed_steps(&after, &moved);
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert_eq!(changed[0].0, "rounds.0.completed.on");
    }

    #[test]
    fn a_finished_record_does_not_change_but_a_decision_gains_its_letter() {
        let mut b = Bench::new();
        let (_, capa) = b.analysed();
        b.complete(capa, day("2026-03-04"));
        b.verify(capa, day("2026-03-05"), true).unwrap();
        let done: Capa = b.get(capa);
        let mut touched = done.clone();
        touched.problem = format!("{}！", touched.problem).into();
        assert_eq!(changed_steps(&done, &touched).len(), 1);
        let c = crate::domain::conduct::Conduct {
            id: "RP-2026-0001".parse().unwrap(),
            status: crate::domain::conduct::ConductStatus::Approved,
            staff: "S03".into(),
            kind: crate::domain::conduct::ConductKind::Commendation,
            ground: crate::domain::conduct::Ground::C2,
            note: "x".into(),
            evidence: vec![],
            proposed: day("2026-03-02"),
            proposed_by: "S01".into(),
            decision: Some(crate::domain::conduct::ConductDecision {
                on: day("2026-03-03"),
                by: "D02".into(),
                approved: true,
                note: None,
            }),
            notified: None,
            circulated: None,
        };
        let mut sent = c.clone();
        sent.notified =
            Some(crate::domain::conduct::Notification { on: day("2026-03-04"), by: "S01".into(), unit: None });
        assert_eq!(changed_steps(&c, &sent), vec![]);
        let mut reversed = c.clone();
        reversed.decision.as_mut().unwrap().approved = false;
        assert_eq!(changed_steps(&c, &reversed).len(), 1);
    }
}
