//! Any bytes as a record of several kinds (a complaint; the numbers of a training record, an
//! incident, a box collection), or as svc.toml, next to the demo centre's svc.toml, with or
//! without a FIFO named like a record beside it: `svc check` must not panic or block, and
//! must place every finding in a file at a line.
#![no_main]

use libfuzzer_sys::fuzz_target;

const SVC_TOML: &str = include_str!("../../svc.toml");

/// Where the bytes go, by the first byte: svc.toml, or a record file of a kind whose
/// numbers (hours, minutes, forms) the rules bound.
const PLACES: [&str; 5] = [
    "svc.toml",
    "records/complaints/2026/CMP-2026-0001.toml",
    "records/training/2026/TRN-2026-0001.toml",
    "records/incidents/2026/INC-2026-0001.toml",
    "records/box/2026/BOX-2026-0001.toml",
];

fuzz_target!(|data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else { return };
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let place = PLACES[usize::from(mode) % PLACES.len()];
    if place != "svc.toml" {
        std::fs::write(root.join("svc.toml"), SVC_TOML).unwrap();
    }
    let path = root.join(place);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    // A special file named like a record: reported, never opened.
    if mode & 0x80 != 0 {
        let folder = root.join("records/complaints/2026");
        std::fs::create_dir_all(&folder).unwrap();
        let fifo = folder.join("CMP-2026-0002.toml");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    }
    let today = "2026-11-27".parse().unwrap();
    let options = svc::ops::check::Options { date: Some(today), ..Default::default() };
    for f in svc::ops::check::check(root, &options).unwrap().findings {
        assert!(!f.file.is_empty() && f.line >= 1 && f.column >= 1);
    }
});
