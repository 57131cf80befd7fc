//! Tells the tests whether a headless browser is here: the HTML rendering test runs with
//! one, is reported as ignored without one, and fails under `CI=true` without one (CI
//! installs it, so its absence there is a fault, not a skip).

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=CI");
    println!("cargo:rerun-if-env-changed=PATH");
    println!("cargo:rustc-check-cfg=cfg(svc_browser)");
    println!("cargo:rustc-check-cfg=cfg(svc_ci)");
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .any(|b| Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success()));
    if browser {
        println!("cargo:rustc-cfg=svc_browser");
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        println!("cargo:rustc-cfg=svc_ci");
    }
}
