//! Forms that ask, driven through a pseudo-terminal as a clerk would: the choices come from
//! svc.toml, the defaults are sensible, the record is shown before it is written, and a
//! "no" writes nothing. Without a terminal the same command fails at once (exit 2).
#![cfg(unix)]

use crate::common::*;
use rexpect::session::{PtySession, spawn_command};

const DOWN: &str = "\x1b[B";

/// `svc ARGS...` in the repository with a terminal for stdin and stderr.
fn on_a_terminal(repo: &TestRepo, args: &[&str]) -> PtySession {
    on_a_terminal_with(repo, args, &[])
}

fn on_a_terminal_with(repo: &TestRepo, args: &[&str], env: &[(&str, &str)]) -> PtySession {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("svc"));
    cmd.current_dir(repo.path())
        .env("SVC_LANG", "zh-Hant")
        .env("SVC_TODAY", TODAY)
        .env("TERM", "xterm")
        .env_remove("SVC_NO_PROMPT")
        .env_remove("SVC_USER")
        .env_remove("SVC_REPO")
        .env_remove("NO_COLOR")
        .envs(env.iter().copied())
        .args(args);
    spawn_command(cmd, Some(20_000)).unwrap()
}

/// rexpect reads the terminal byte by byte as Latin-1; the text the clerk saw is UTF-8.
/// What the pseudo-terminal shows for `text`: rexpect reads a byte as a character.
fn seen(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

fn utf8(seen: &str) -> String {
    String::from_utf8_lossy(&seen.chars().map(|c| c as u8).collect::<Vec<u8>>()).into_owned()
}

fn key(session: &mut PtySession, keys: &str) {
    session.send(keys).unwrap();
    session.flush().unwrap();
}

/// The questions of a form after its summary, each left as it is: nobody named, no name,
/// no contact, no reply wanted.
fn answer_the_customer_questions(p: &mut PtySession) {
    for question in ["客戶投訴的是誰？:", "客戶姓名（可留空）:", "聯絡方式（可留空）:", "客戶要求答覆嗎？"]
    {
        p.exp_string(&seen(question)).unwrap();
        key(p, "\r");
    }
}

#[test]
fn a_clerk_logs_a_complaint_by_answering_the_questions() {
    let repo = TestRepo::new();
    let mut p = on_a_terminal(&repo, &["--as", "S12", "--no-commit", "complaint", "new"]);
    p.exp_string(&seen("渠道:")).unwrap();
    key(&mut p, &format!("{DOWN}\r")); // 現場 is first; one down is 電話
    p.exp_string(&seen("室:")).unwrap();
    key(&mut p, "\r"); // the clerk's own room, R1, is the default
    p.exp_string(&seen("投訴內容:")).unwrap();
    key(&mut p, "電話無人接聽\r");
    answer_the_customer_questions(&mut p);
    p.exp_string(&seen("寫入？（是/否）")).unwrap();
    key(&mut p, "是\r"); // 是 as well as y
    p.exp_string(&seen("已登記 CMP-2026-0001")).unwrap();
    p.exp_eof().unwrap();
    let form = repo.read(&complaint_path("CMP-2026-0001"));
    assert!(form.contains("channel = \"phone\""), "{form}");
    assert!(form.contains("room = \"R1\""), "{form}");
    assert!(form.contains("summary = \"電話無人接聽\""), "{form}");
}

#[test]
fn answering_no_to_the_preview_writes_nothing() {
    let repo = TestRepo::new();
    let before = repo.snapshot();
    let mut p = on_a_terminal(&repo, &["--as", "S12", "--no-commit", "complaint", "new", "--channel", "現場"]);
    p.exp_string(&seen("室:")).unwrap();
    key(&mut p, &format!("{DOWN}\r"));
    p.exp_string(&seen("投訴內容:")).unwrap();
    key(&mut p, "等候過久\r");
    answer_the_customer_questions(&mut p);
    let preview = utf8(&p.exp_string(&seen("寫入？")).unwrap());
    assert!(preview.contains("R2 稅務室") && preview.contains("渠道") && preview.contains("現場"), "{preview}");
    key(&mut p, "否\r");
    let said = utf8(&p.exp_string(&seen("未寫入")).unwrap());
    let rest = utf8(&p.exp_eof().unwrap());
    assert!(!said.contains("錯誤") && !rest.contains("錯誤"), "answering no is not an error: {said}{rest}");
    assert_eq!(repo.snapshot(), before, "nothing written");
}

#[test]
fn a_leave_slip_from_the_questions_alone() {
    let repo = TestRepo::new();
    let mut p = on_a_terminal(&repo, &["--as", "S21", "--no-commit", "leave", "request"]);
    p.exp_string(&seen("請假人:")).unwrap();
    key(&mut p, "\r"); // the person acting
    p.exp_string(&seen("假別:")).unwrap();
    key(&mut p, &format!("{DOWN}{DOWN}\r")); // 離崗, 事假, 病假
    p.exp_string(&seen("自（")).unwrap();
    key(&mut p, "2026-03-03\r");
    p.exp_string(&seen("至（")).unwrap();
    key(&mut p, "2026-03-03\r");
    p.exp_string(&seen("事由:")).unwrap();
    key(&mut p, "發燒\r");
    p.exp_string(&seen("寫入？")).unwrap();
    key(&mut p, "y\r");
    p.exp_string("LV-2026-0001").unwrap();
    p.exp_eof().unwrap();
    let slip = repo.read(&leave_path("LV-2026-0001"));
    assert!(slip.contains("staff = \"S21\"") && slip.contains("kind = \"sick\""), "{slip}");
}

#[test]
fn without_a_terminal_a_missing_field_fails_at_once() {
    let repo = TestRepo::new();
    let err = repo.fails(2, "S12", &["complaint", "new", "--room", "R1", "--summary", "x"]);
    assert!(err.contains("missing --channel"), "{err}");
    let err = repo.fails(2, "S21", &["leave", "request", "--staff", "S21", "--kind", "sick"]);
    assert!(err.contains("missing --from"), "{err}");
    assert!(repo.snapshot().keys().all(|p| !p.starts_with("records")), "nothing written");
}

#[test]
fn triage_and_close_from_the_questions_alone() {
    let repo = TestRepo::new();
    let id = repo.ok(
        "S12",
        &[
            "--no-commit",
            "complaint",
            "new",
            "--channel",
            "phone",
            "--room",
            "R1",
            "--summary",
            "收費質疑",
            "--wants-reply",
        ],
    );
    let mut p = on_a_terminal(&repo, &["--as", "S12", "--no-commit", "complaint", "triage", &id]);
    p.exp_string(&seen("責任屬誰:")).unwrap();
    key(&mut p, &format!("{DOWN}\r")); // 本中心責任, then 客戶責任
    p.exp_string(&seen("向客戶所作的說明:")).unwrap();
    key(&mut p, "已說明收費依據\r");
    p.exp_string(&seen("寫入？")).unwrap();
    key(&mut p, "y\r");
    p.exp_eof().unwrap();
    assert!(repo.read(&complaint_path(&id)).contains("status = \"explained\""));

    let mut p = on_a_terminal(&repo, &["--as", "S02", "--no-commit", "complaint", "close", &id]);
    p.exp_string(&seen("處理結果:")).unwrap();
    key(&mut p, "已向客戶說明收費依據\r");
    p.exp_string(&seen("答覆方式:")).unwrap(); // the customer wanted a reply (CC-4.7)
    key(&mut p, &format!("{DOWN}\r")); // 現場, then 電話
    p.exp_string(&seen("答覆內容:")).unwrap();
    key(&mut p, "電話說明收費標準\r");
    let preview = utf8(&p.exp_string(&seen("寫入？")).unwrap());
    assert!(preview.contains("2026-03-02 電話: 電話說明收費標準"), "{preview}");
    key(&mut p, "y\r");
    p.exp_string(&seen("已結案（CC-4.7）")).unwrap();
    p.exp_eof().unwrap();
    let form = repo.read(&complaint_path(&id));
    assert!(form.contains("status = \"closed\"") && form.contains("via = \"phone\""), "{form}");
}

/// Authority and state are checked before the first question: a window clerk asking to
/// close a form (the coordination office's step, CC-4.7) is refused at once, not after
/// typing the result and the reply.
#[test]
fn a_step_the_actor_may_not_take_is_refused_before_any_question() {
    let repo = TestRepo::new();
    let id = repo.accepted_complaint();
    let before = repo.snapshot();
    let mut p = on_a_terminal(&repo, &["--as", "S11", "--no-commit", "complaint", "close", &id]);
    let said = utf8(&p.exp_eof().unwrap());
    assert!(!said.contains("處理結果"), "nothing asked: {said}");
    assert!(said.contains("[CC-4.7]"), "{said}");
    assert_eq!(repo.snapshot(), before);
}

/// Status in colour on a terminal (green done, yellow under way, red overdue); none with
/// NO_COLOR, and none in a pipe (every other test reads plain tables).
#[test]
fn status_is_coloured_on_a_terminal_unless_no_color() {
    let repo = TestRepo::demo_copy();
    let list = ["--date", DEMO_DAY, "capa", "list"];
    let mut p = on_a_terminal(&repo, &list);
    let coloured = p.exp_eof().unwrap();
    assert!(utf8(&coloured).contains("已驗證有效") && coloured.contains("\x1b["), "{coloured}");
    let mut p = on_a_terminal_with(&repo, &list, &[("NO_COLOR", "1")]);
    let plain = p.exp_eof().unwrap();
    assert!(utf8(&plain).contains("已驗證有效") && !plain.contains("\x1b["), "{plain}");
    let piped = repo.svc().args(list).output().unwrap();
    assert!(!String::from_utf8_lossy(&piped.stdout).contains('\x1b'));
}

/// Prompts past intake (issue 19): the office analyses a complaint by answering in Chinese,
/// the cause categories and the people shown by their names.
#[test]
fn an_analysis_from_the_questions_alone() {
    let repo = TestRepo::new();
    let id = repo.accepted_complaint();
    let mut p = on_a_terminal(&repo, &["--as", "S02", "--no-commit", "complaint", "analyse", &id]);
    p.exp_string(&seen("原因類別:")).unwrap();
    key(&mut p, "\r"); // 服務態度, the first
    p.exp_string(&seen("查明的原因:")).unwrap();
    key(&mut p, "高峰期語氣生硬\r");
    let asked = utf8(&p.exp_string(&seen("責任人")).unwrap());
    assert!(!asked.contains("attitude"), "choices in Chinese only: {asked}");
    // D01, D02, S01, S02, S03, S10, then S11.
    key(&mut p, &format!("{DOWN}{DOWN}{DOWN}{DOWN}{DOWN}{DOWN}\r"));
    let preview = utf8(&p.exp_string(&seen("寫入？")).unwrap());
    assert!(preview.contains("[服務態度] 高峰期語氣生硬") && preview.contains("S11 李小龍"), "{preview}");
    key(&mut p, "是\r");
    p.exp_string("CAPA-2026-0001").unwrap();
    p.exp_eof().unwrap();
    let form = repo.read(&complaint_path(&id));
    assert!(form.contains("cause_category = \"attitude\"") && form.contains("responsible = \"S11\""), "{form}");
}

/// The same step by a clerk is refused before anything is asked (CC-4.3).
#[test]
fn an_analysis_by_a_clerk_is_refused_before_any_question() {
    let repo = TestRepo::new();
    let id = repo.accepted_complaint();
    let mut p = on_a_terminal(&repo, &["--as", "S11", "--no-commit", "complaint", "analyse", &id]);
    let said = utf8(&p.exp_eof().unwrap());
    assert!(!said.contains("原因類別") && said.contains("[CC-4.3]"), "{said}");
}

/// The menu (issue 19), driven as the clerks of a centre would: `svc` with no arguments, in
/// Traditional Chinese only, nothing typed in English. A complaint from the window to its
/// close with a reply (intake, triage, analysis, two actions planned and done, completion,
/// verification, close), a conduct proposal from what the records show and its decision,
/// and a leave slip through its two approvals. Everyone's screen is read for English words.
#[test]
fn a_centre_works_from_the_menu_in_chinese_only() {
    let repo = TestRepo::git();
    let mut screens = String::new();
    let mut session = |who: Option<&str>, steps: &[(&str, &str)]| {
        let env: Vec<(&str, &str)> = who.map(|w| vec![("SVC_USER", w)]).unwrap_or_default();
        let mut p = on_a_terminal_with(&repo, &[], &env);
        for (wait_for, answer) in steps {
            let shown = p.exp_string(&seen(wait_for)).unwrap_or_else(|e| panic!("waiting for {wait_for}: {e}"));
            screens.push_str(&utf8(&shown));
            key(&mut p, answer);
        }
        p.exp_string(&seen("要做什麼？")).unwrap();
        key(&mut p, "\x1b"); // Esc leaves the menu
        screens.push_str(&utf8(&p.exp_eof().unwrap()));
    };
    let down = |n: usize| DOWN.repeat(n) + "\r";
    // The window clerk S12 (no git identity: "你是誰？") logs the complaint and triages it.
    session(
        None,
        &[
            ("你是誰？", &down(7)), // D01 D02 S01 S02 S03 S10 S11, then S12
            ("要做什麼？", "\r"),   // nothing waits: 登記新投訴 is first
            ("渠道:", "\r"),        // 現場
            ("室:", "\r"),          // her own room, R1
            ("投訴內容:", "窗口人員態度冷淡\r"),
            ("客戶投訴的是誰？:", &down(7)), // 未指名, D01 … S10, then S11
            ("客戶姓名（可留空）:", "王先生\r"),
            ("聯絡方式（可留空）:", "0912345678\r"),
            ("客戶要求答覆嗎？（是/否）", "是\r"),
            ("寫入？（是/否）", "是\r"),
            ("已登記 CMP-2026-0001", ""),
            ("要做什麼？", "\r"), // 待辦: triage
            ("責任屬誰:", "\r"),  // 本中心責任
            ("寫入？（是/否）", "是\r"),
            ("屬本中心責任", ""),
        ],
    );
    // The coordination office analyses it, S11 responsible.
    session(
        Some("S02"),
        &[
            ("要做什麼？", "\r"),
            ("原因類別:", "\r"), // 服務態度
            ("查明的原因:", "高峰期語氣生硬\r"),
            ("責任人（負責糾正預防措施）:", &down(6)),
            ("寫入？（是/否）", "是\r"),
            ("CAPA-2026-0001", ""),
        ],
    );
    // S11 plans a corrective and a preventive action, does both, reports the round complete.
    session(
        Some("S11"),
        &[
            ("要做什麼？", "\r"), // 訂出糾正及預防措施
            ("措施內容:", "當面向客戶致歉\r"),
            ("措施類別:", "\r"), // 糾正
            ("計劃完成日期", "\r"),
            ("寫入？（是/否）", "是\r"),
            ("要做什麼？", &down(1)), // action 1 is dated, so first; planning second
            ("要記錄什麼:", "\r"),    // 新增一項措施
            ("措施內容:", "高峰期加開窗口並培訓服務用語\r"),
            ("措施類別:", &down(1)), // 預防
            ("計劃完成日期", "\r"),
            ("寫入？（是/否）", "是\r"),
            ("要做什麼？", "\r"), // action 1 done
            ("寫入？（是/否）", "是\r"),
            ("要做什麼？", "\r"), // action 2 done
            ("寫入？（是/否）", "是\r"),
            ("要做什麼？", "\r"), // 報告完成
            ("寫入？（是/否）", "是\r"),
        ],
    );
    // The office verifies, closes with the reply, and proposes the criticism the records show.
    session(
        Some("S02"),
        &[
            ("要做什麼？", "\r"),
            ("措施有效嗎？:", "\r"),
            ("驗證了什麼、結果如何:", "回訪客戶表示滿意\r"),
            ("寫入？（是/否）", "是\r"),
            ("驗證有效", ""),
            ("要做什麼？", "\r"),
            ("處理結果:", "已致歉並加強培訓\r"),
            ("答覆方式:", "\r"),
            ("答覆內容:", "當面說明改善措施\r"),
            ("寫入？（是/否）", "是\r"),
            ("已結案", ""),
            ("要做什麼？", &down(2)), // 登記新投訴, 請假, then 提出獎懲
            ("記錄顯示:", "\r"),      // P1 S11, from CMP-2026-0001
            ("獎懲種類:", "\r"),      // 批評
            ("事實經過:", "態度冷淡遭客戶投訴\r"),
            ("寫入？（是/否）", "是\r"),
            ("RP-2026-0001", ""),
        ],
    );
    // The deputy director decides it (RP-2).
    session(
        Some("D01"),
        &[
            ("要做什麼？", "\r"),
            ("決定:", "\r"), // 已批准
            ("決定的說明（可留空）:", "\r"),
            ("寫入？（是/否）", "是\r"),
        ],
    );
    // S21 asks for three days; the room head, then the office, approve.
    session(
        Some("S21"),
        &[
            ("要做什麼？", &down(1)), // 請假
            ("請假人:", "\r"),
            ("假別:", &down(1)), // 事假
            ("自（", "2026-03-03\r"),
            ("至（", "2026-03-05\r"),
            ("事由:", "家中有事\r"),
            ("寫入？（是/否）", "是\r"),
            ("LV-2026-0001", ""),
        ],
    );
    for approver in ["S20", "S02"] {
        session(Some(approver), &[("要做什麼？", "\r"), ("決定:", "\r"), ("寫入？（是/否）", "是\r")]);
    }

    let form = repo.read(&complaint_path("CMP-2026-0001"));
    assert!(form.contains("status = \"closed\"") && form.contains("name = \"王先生\""), "{form}");
    assert!(form.contains("wants_reply = true") && form.contains("via = \"in-person\""), "{form}");
    let capa = repo.read(&capa_path("CAPA-2026-0001"));
    assert!(capa.contains("status = \"effective\"") && capa.contains("kind = \"preventive\""), "{capa}");
    let conduct = repo.read(&conduct_path("RP-2026-0001"));
    assert!(conduct.contains("ground = \"P1\"") && conduct.contains("status = \"approved\""), "{conduct}");
    let slip = repo.read(&leave_path("LV-2026-0001"));
    assert!(slip.contains("status = \"approved\"") && slip.contains("kind = \"personal\""), "{slip}");
    let log = repo.git_ok(&["log", "--format=%an"]);
    for who in ["S12 張美玲", "S02 陳佩珊", "S11 李小龍", "D01 黃建國", "S21 楊秀英", "S20 劉德明"] {
        assert!(log.contains(who), "a step committed by {who}: {log}");
    }
    assert_eq!(repo.ok("S02", &["check"]), "", "the records pass check");
    let english = crate::common::english::english_words(&screens, &crate::common::english::allowed());
    assert!(english.is_empty(), "English on the screens:\n{}", english.join("\n"));
}

/// What the terminal shows once `svc ARGS` has been answered with `keys` (each sent when
/// its text appears) and has ended: the pseudo-terminal's bytes rendered by a terminal
/// emulator (vt100), so redrawn lists show as the person finally saw them.
fn screen_after(repo: &TestRepo, args: &[&str], env: &[(&str, &str)], keys: &[(&str, &str)]) -> String {
    let mut p = on_a_terminal_with(repo, args, env);
    let mut bytes: Vec<u8> = Vec::new();
    for (wait_for, answer) in keys {
        let before = p.exp_string(&seen(wait_for)).unwrap_or_else(|e| panic!("waiting for {wait_for}: {e}"));
        bytes.extend(before.chars().map(|c| c as u8));
        bytes.extend(wait_for.as_bytes());
        key(&mut p, answer);
    }
    bytes.extend(p.exp_eof().unwrap().chars().map(|c| c as u8));
    let size = |n| std::num::NonZeroU16::new(n).unwrap();
    let mut terminal = vt100::Parser::new(size(500), size(100), 0);
    terminal.process(&bytes);
    let lines: Vec<String> = terminal.screen().contents().lines().map(|l| l.trim_end().to_string()).collect();
    lines.join("\n").trim().to_string()
}

/// The README's transcripts (```text blocks starting `$ svc`), in order.
fn readme_transcripts() -> Vec<(String, String)> {
    let readme = std::fs::read_to_string(project_root().join("README.md")).unwrap();
    let mut found = Vec::new();
    let mut lines = readme.lines();
    while let Some(line) = lines.next() {
        if line.trim_end() == "```text" {
            let block: Vec<&str> = lines.by_ref().take_while(|l| l.trim_end() != "```").collect();
            if let Some(command) = block.first().and_then(|l| l.strip_prefix("$ ")) {
                found.push((command.to_string(), block[1..].join("\n").trim().to_string()));
            }
        }
    }
    found
}

/// Each README transcript is what the terminal shows for its command, answered as the
/// README says (the answers are the typed text after each question).
#[test]
fn the_readmes_transcripts_are_the_real_screens() {
    let transcripts = readme_transcripts();
    let answers: &[(&str, &[(&str, &str)])] = &[
        (
            "svc --as S12 complaint new",
            &[
                ("渠道:", "\x1b[B\r"),
                ("室:", "\r"),
                ("投訴內容:", "電話無人接聽\r"),
                ("客戶投訴的是誰？:", "\r"),
                ("客戶姓名（可留空）:", "王先生\r"),
                ("聯絡方式（可留空）:", "0912345678\r"),
                ("客戶要求答覆嗎？（是/否）", "是\r"),
                ("寫入？（是/否）", "是\r"),
            ],
        ),
        ("svc", &[("要做什麼？", "\r"), ("責任屬誰:", "\r"), ("寫入？（是/否）", "是\r"), ("要做什麼？", "\x1b")]),
    ];
    for (command, keys) in answers {
        let repo = TestRepo::new();
        let mut env = vec![];
        if *command == "svc" {
            // The menu's transcript starts with a form waiting to be triaged.
            repo.ok(
                "S12",
                &["--no-commit", "complaint", "new", "--channel", "phone", "--room", "R1", "--summary", "電話無人接聽"],
            );
            env.push(("SVC_USER", "S12"));
        }
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let mut all_args = vec!["--no-commit"];
        all_args.extend(&args);
        let screen = screen_after(&repo, &all_args, &env, keys);
        let shown = transcripts.iter().find(|(c, _)| c == command).map(|(_, t)| t.as_str());
        assert_eq!(shown, Some(screen.as_str()), "the README's transcript of `{command}`; the screen is:\n{screen}");
    }
}

/// Ctrl-C at a question, in a list or in a line being typed: "未寫入", no 錯誤, the cursor
/// shown again, exit 130 as a shell expects of an interrupt, and nothing written.
#[test]
fn ctrl_c_at_a_question_writes_nothing_and_says_so() {
    for at_text in [false, true] {
        let repo = TestRepo::new();
        let before = repo.snapshot();
        let mut p = on_a_terminal(&repo, &["--as", "S12", "--no-commit", "complaint", "new"]);
        p.exp_string(&seen("渠道:")).unwrap();
        if at_text {
            key(&mut p, "\r");
            p.exp_string(&seen("室:")).unwrap();
            key(&mut p, "\r");
            p.exp_string(&seen("投訴內容:")).unwrap();
            key(&mut p, "等候");
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
        p.send_control('c').unwrap();
        let said = utf8(&p.exp_eof().unwrap());
        assert!(said.contains("未寫入") && !said.contains("錯誤"), "{said}");
        assert!(said.contains("\x1b[?25h"), "the cursor is shown again: {said:?}");
        let status = p.process_mut().wait().unwrap();
        assert!(format!("{status:?}").ends_with(", 130)"), "exit 130: {status:?}");
        assert_eq!(repo.snapshot(), before, "nothing written");
    }
}
