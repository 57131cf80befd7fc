//! Pure domain: record types, workflows, policy rules, the calendar, and the one rule set
//! that steps and `svc check` share. Nothing here touches files, the clock or the terminal.

pub mod attendance;
pub mod calendar;
pub mod capa;
pub mod clause;
pub mod collection;
pub mod complaint;
pub mod conduct;
pub mod config;
pub mod date;
pub mod document;
pub mod fields;
pub mod grounds;
pub mod id;
pub mod inspection;
pub mod leave;
pub mod refusal;
pub mod review;
pub mod rules;
pub mod stats;
pub mod suggest;
pub mod token;
pub mod training;

#[cfg(test)]
pub(crate) mod testing;

/// The modules of the domain import one another in one direction only: record kinds from
/// the leaves (`clause`, `fields`, `token`, `date`...), the rules from the record kinds.
/// A cycle would make every module depend on every other; this test names it.
#[cfg(test)]
mod no_import_cycle {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// For each top-level module of src/domain, the other modules its code (not its tests)
    /// names through `super::` or `crate::domain::`.
    fn imports() -> BTreeMap<String, BTreeSet<String>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
        let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut files = vec![];
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            if entry.path().is_dir() {
                for inner in std::fs::read_dir(entry.path()).unwrap().flatten() {
                    files.push((entry.file_name().to_string_lossy().to_string(), inner.path(), true));
                }
            } else {
                let name = entry.path().file_stem().unwrap().to_string_lossy().to_string();
                files.push((name, entry.path(), false));
            }
        }
        for (module, path, nested) in files {
            if module == "mod" || module == "testing" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            let code: String =
                code.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n");
            let mut named = BTreeSet::new();
            let prefixes: &[&str] = if nested { &["crate::domain::"] } else { &["super::", "crate::domain::"] };
            for prefix in prefixes {
                for (at, _) in code.match_indices(prefix) {
                    let rest = &code[at + prefix.len()..];
                    let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    if !name.is_empty() && name != module {
                        named.insert(name);
                    }
                }
            }
            graph.entry(module).or_default().extend(named);
        }
        let modules: BTreeSet<String> = graph.keys().cloned().collect();
        graph.values_mut().for_each(|deps| deps.retain(|d| modules.contains(d)));
        graph
    }

    fn cycle_from(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
        fn walk(
            graph: &BTreeMap<String, BTreeSet<String>>,
            at: &str,
            path: &mut Vec<String>,
            done: &mut BTreeSet<String>,
        ) -> Option<Vec<String>> {
            if let Some(i) = path.iter().position(|p| p == at) {
                let mut cycle = path[i..].to_vec();
                cycle.push(at.to_string());
                return Some(cycle);
            }
            if !done.insert(at.to_string()) {
                return None;
            }
            path.push(at.to_string());
            for next in graph.get(at).into_iter().flatten() {
                if let Some(c) = walk(graph, next, path, done) {
                    return Some(c);
                }
            }
            path.pop();
            None
        }
        walk(graph, start, &mut Vec::new(), &mut BTreeSet::new())
    }

    #[test]
    fn the_domain_has_no_import_cycle() {
        let graph = imports();
        assert!(graph.len() > 20 && graph["rules"].contains("complaint"), "the graph was read: {graph:?}");
        for module in graph.keys() {
            if let Some(cycle) = cycle_from(&graph, module) {
                panic!("src/domain imports in a circle: {}", cycle.join(" → "));
            }
        }
    }

    /// The test sees a cycle when there is one.
    #[test]
    fn a_cycle_is_found() {
        let mut graph = imports();
        graph.get_mut("date").unwrap().insert("rules".into());
        assert!(graph.keys().any(|m| cycle_from(&graph, m).is_some()));
    }
}
