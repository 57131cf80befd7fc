//! Tells the tests whether a headless browser and LibreOffice are here: the HTML rendering
//! and workbook tests run with them, are reported as ignored without them, and fail under
//! `CI=true` without them (CI installs both, so an absence there is a fault, not a skip).

use std::process::Command;

fn main() {
    println!("cargo:rerun-if-env-changed=CI");
    println!("cargo:rerun-if-env-changed=PATH");
    println!("cargo:rustc-check-cfg=cfg(svc_browser)");
    println!("cargo:rustc-check-cfg=cfg(svc_ci)");
    println!("cargo:rustc-check-cfg=cfg(svc_office)");
    let browser = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .any(|b| Command::new(b).arg("--version").output().is_ok_and(|o| o.status.success()));
    if browser {
        println!("cargo:rustc-cfg=svc_browser");
    }
    if Command::new("soffice").arg("--version").output().is_ok_and(|o| o.status.success()) {
        println!("cargo:rustc-cfg=svc_office");
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        println!("cargo:rustc-cfg=svc_ci");
    }
}
