//! The integration tests, one binary (issue 21): each module drives `svc` as its users do,
//! from the command line in a temporary git repository, and one build links them all.
//! `tests/render.rs` is apart: it decides at run time whether Chromium and LibreOffice are
//! there, which needs a harness of its own.

#[path = "../common/mod.rs"]
mod common;

mod architecture;
mod box_collection;
mod check_bad_input;
mod chinese;
mod ci_templates;
mod complaint_flow;
mod conduct;
mod demo;
mod document;
mod english_words;
mod fuzz;
mod git;
mod inspection;
mod leave_attendance;
#[cfg(unix)]
mod prompts;
mod readme;
mod review;
mod robust;
mod rules;
mod scale;
mod schemas;
mod stats;
mod todo;
mod training;
