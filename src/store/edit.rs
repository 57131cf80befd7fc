//! Rendering records as TOML, and editing existing files so only changed keys change.
//!
//! An edit renders the updated record afresh, then merges it into the document as it is on
//! disk: equal values are left untouched (with their comments and formatting), changed
//! values are replaced in place keeping their surrounding comments, new keys are appended
//! and removed keys dropped. `git diff` then shows exactly the step taken.

use serde::Serialize;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, Value};

use crate::domain::id::RecordKind;

/// A new record's file text: the `#:schema` line for editors, then the record.
pub fn render_new<T: Serialize>(kind: RecordKind, record: &T) -> Result<String, toml::ser::Error> {
    let body = toml::to_string(record)?;
    Ok(format!("#:schema ../../../schemas/{}\n{body}", kind.schema_file()))
}

/// The file text after replacing `old_text`'s record with `record`, preserving everything
/// that did not change.
pub fn render_edit<T: Serialize>(old_text: &str, record: &T) -> Result<String, EditError> {
    let mut doc: DocumentMut = old_text.parse().map_err(|e: toml_edit::TomlError| EditError(e.to_string()))?;
    let fresh: DocumentMut = toml::to_string(record)
        .map_err(|e| EditError(e.to_string()))?
        .parse()
        .map_err(|e: toml_edit::TomlError| EditError(e.to_string()))?;
    merge_table(doc.as_table_mut(), fresh.as_table());
    Ok(doc.to_string())
}

#[derive(Debug, thiserror::Error)]
#[error("{}", crate::msg!("io-cannot-edit", error = .0))]
pub struct EditError(String);

fn merge_table(old: &mut Table, new: &Table) {
    let stale: Vec<String> = old.iter().map(|(k, _)| k.to_string()).filter(|k| !new.contains_key(k)).collect();
    for key in stale {
        old.remove(&key);
    }
    for (key, new_item) in new.iter() {
        match old.get_mut(key) {
            Some(old_item) => merge_item(old_item, new_item),
            None => {
                old.insert(key, detached(new_item));
            }
        }
    }
}

fn merge_item(old: &mut Item, new: &Item) {
    match (&mut *old, new) {
        (Item::Table(o), Item::Table(n)) => merge_table(o, n),
        (Item::ArrayOfTables(o), Item::ArrayOfTables(n)) => merge_array_of_tables(o, n),
        (Item::Value(o), Item::Value(n)) => {
            if !same_value(o, n) {
                let decor = o.decor().clone();
                *o = n.clone();
                *o.decor_mut() = decor;
            }
        }
        _ => *old = detached(new),
    }
}

fn merge_array_of_tables(old: &mut ArrayOfTables, new: &ArrayOfTables) {
    while old.len() > new.len() {
        old.remove(old.len() - 1);
    }
    for (i, n) in new.iter().enumerate() {
        match old.get_mut(i) {
            Some(o) => merge_table(o, n),
            None => {
                let mut table = n.clone();
                clear_positions(&mut table);
                old.push(table);
            }
        }
    }
}

/// A copy of `item` from the fresh document, without its document positions, so that it
/// lands after everything already in the file rather than at the fresh document's place.
fn detached(item: &Item) -> Item {
    let mut item = item.clone();
    match &mut item {
        Item::Table(t) => clear_positions(t),
        Item::ArrayOfTables(a) => a.iter_mut().for_each(clear_positions),
        _ => {}
    }
    item
}

fn clear_positions(table: &mut Table) {
    table.set_position(None);
    for (_, item) in table.iter_mut() {
        match item {
            Item::Table(t) => clear_positions(t),
            Item::ArrayOfTables(a) => a.iter_mut().for_each(clear_positions),
            _ => {}
        }
    }
}

/// Equal as TOML values, whatever their formatting or comments.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::String(x), Value::String(y)) => x.value() == y.value(),
        (Value::Integer(x), Value::Integer(y)) => x.value() == y.value(),
        (Value::Float(x), Value::Float(y)) => x.value().to_bits() == y.value().to_bits(),
        (Value::Boolean(x), Value::Boolean(y)) => x.value() == y.value(),
        (Value::Datetime(x), Value::Datetime(y)) => x.value() == y.value(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| same_value(a, b))
        }
        (Value::InlineTable(x), Value::InlineTable(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same_value(v, w)))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Clone, Serialize, Deserialize)]
    struct Rec {
        id: String,
        status: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        triage: Option<Triage>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        rounds: Vec<Round>,
    }

    #[derive(Debug, Clone, Serialize, Deserialize)]
    struct Triage {
        by: String,
    }

    #[derive(Debug, Clone, Serialize, Deserialize, Default)]
    struct Round {
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        actions: Vec<Triage>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        done: Option<bool>,
    }

    const HAND_EDITED: &str = "#:schema ../../../schemas/x.json\n# Form 17, typed from paper\nid = 'A-1'   # the paper number\nstatus = \"received\" # set by svc\n";

    #[test]
    fn changes_only_the_changed_value_and_keeps_comments() {
        let mut rec: Rec = toml::from_str(HAND_EDITED).unwrap();
        rec.status = "accepted".into();
        let out = render_edit(HAND_EDITED, &rec).unwrap();
        assert_eq!(out, HAND_EDITED.replace("\"received\"", "\"accepted\""));
    }

    #[test]
    fn new_tables_are_appended_and_removed_ones_dropped() {
        let mut rec: Rec = toml::from_str(HAND_EDITED).unwrap();
        rec.triage = Some(Triage { by: "S01".into() });
        let out = render_edit(HAND_EDITED, &rec).unwrap();
        assert_eq!(out, format!("{HAND_EDITED}\n[triage]\nby = \"S01\"\n"));
        rec.triage = None;
        assert_eq!(render_edit(&out, &rec).unwrap().trim_end(), HAND_EDITED.trim_end());
    }

    #[test]
    fn arrays_of_tables_grow_in_place() {
        let mut rec: Rec = toml::from_str(HAND_EDITED).unwrap();
        rec.rounds = vec![Round { actions: vec![Triage { by: "a".into() }], done: None }];
        let one = render_edit(HAND_EDITED, &rec).unwrap();
        rec.rounds[0].done = Some(false);
        rec.rounds.push(Round { actions: vec![Triage { by: "b".into() }], done: None });
        let two = render_edit(&one, &rec).unwrap();
        assert_eq!(one, format!("{HAND_EDITED}\n[[rounds]]\n\n[[rounds.actions]]\nby = \"a\"\n"));
        let expected = format!(
            "{HAND_EDITED}\n[[rounds]]\ndone = false\n\n[[rounds.actions]]\nby = \"a\"\n\n[[rounds]]\n\n[[rounds.actions]]\nby = \"b\"\n"
        );
        assert_eq!(two, expected);
    }
}
