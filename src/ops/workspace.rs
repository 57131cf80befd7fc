//! The records repository as a command acts on it: the repository, the day, who acts, and
//! the steps (read under the lock, checked by the rules, written and committed as one
//! transaction). The command line opens one from its global options and calls it; it takes
//! no lock and writes no file itself.

use crate::msg;
use std::path::{Path, PathBuf};

use std::process::Command;

use anyhow::Result;

use crate::domain::config::Staff;
use crate::domain::date::Date;
use crate::domain::fields::unknown_staff;
use crate::domain::id::{RecordId, RecordKind};
use crate::domain::refusal::Refusal;
use crate::domain::rules::{self, Centre, Kind, Records};
use crate::error::Error;
use crate::store::git::{self, Author, CommitSpec};
use crate::store::journal::Pending;
use crate::store::lock::RepoLock;
use crate::store::repo::{Loaded, Repo};

/// Where a person's private signing key lives on this PC (`svc key add`).
pub fn private_key(root: &Path, staff: &str) -> PathBuf {
    root.join(".svc/keys").join(staff)
}

pub struct Workspace {
    pub repo: Repo,
    /// The day the command acts on: `--date` / `SVC_TODAY`, else the centre's today.
    pub today: Date,
    /// The centre's today by the clock: no step is dated after it (`--date` backdates only).
    clock_today: Date,
    actor: Option<String>,
    /// Each step is a commit by its actor.
    commit: bool,
    /// Tells the person what taking the lock finished first (a step a kill interrupted,
    /// git's lock files it left); the command line prints it.
    on_recovered: fn(&crate::ops::step::Recovered),
    /// Asks who is acting when nothing says (the command line's "你是誰？" on a terminal);
    /// asked once, and only by a command that needs to know.
    ask_actor: Option<fn(&crate::domain::config::Directory) -> Option<String>>,
    /// The actor's id, once found.
    actor_id: std::cell::OnceCell<String>,
}

impl Workspace {
    /// Who acts: `--as` / `SVC_USER`, else the git `user.email` matched to the directory,
    /// else whom the command line asks. Found once per command (one `git config` call),
    /// however many times a step asks.
    pub fn actor(&self) -> Result<&Staff> {
        let id = match self.actor_id.get() {
            Some(id) => id,
            None => {
                let id = self.find_actor()?;
                self.actor_id.get_or_init(|| id)
            }
        };
        self.staff(id)
    }

    fn find_actor(&self) -> Result<String> {
        let dir = self.repo.directory();
        let email = git_email(self.repo.root());
        let me = email.as_deref().and_then(|e| dir.by_email(e));
        let given = self.actor.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let typed = match (given, me) {
            (Some(given), _) => Some(given.to_string()),
            (None, Some(me)) => return Ok(me.id.to_string()),
            (None, None) => self.ask_actor.and_then(|ask| ask(dir)),
        };
        let Some(typed) = typed else {
            return Err(match email {
                Some(email) => Error::usage(msg!("actor-email-unknown", email = &email)),
                None => Error::usage(msg!("actor-unknown")),
            }
            .into());
        };
        // By id or by name (`--as 李小龍`), as everywhere a person is named.
        let actor = self.staff(&typed).map_err(|e| Error::usage(msg!("error-in", what = "--as", error = e)))?;
        // Nobody acts as someone else from their own git identity.
        if let Some(me) = me
            && me.id != actor.id
        {
            return Err(Error::usage(msg!("actor-not-you", me = format!("{} {}", me.id, me.name), id = &typed)).into());
        }
        Ok(actor.id.to_string())
    }
}

impl Workspace {
    /// A room id typed on the command line, which must be in svc.toml.
    pub fn room(&self, id: &str) -> Result<&crate::domain::config::Room> {
        let dir = self.repo.directory();
        let id = self.room_id(id);
        dir.room(&id).ok_or_else(|| Error::usage(crate::domain::fields::unknown_room(&id, dir)).into())
    }

    /// The room id for what was typed: the id itself, or the id of the room with that name
    /// (`--room 稅務室`). Files keep the id; anything else is left for the rules to refuse.
    pub fn room_id(&self, text: &str) -> String {
        let text = text.trim();
        let dir = self.repo.directory();
        match dir.room(text) {
            Some(room) => room.id.to_string(),
            None => dir.rooms().find(|r| r.name == text).map_or_else(|| text.to_string(), |r| r.id.to_string()),
        }
    }

    /// A person filter of a list: `--staff`/`--responsible` checked against the directory,
    /// else with `--mine` the person acting, else nobody (no filter).
    pub fn whose(&self, staff: Option<String>, mine: bool) -> Result<Option<String>> {
        match (staff, mine) {
            (Some(s), _) => Ok(Some(self.staff(&s)?.id.to_string())),
            (None, true) => Ok(Some(self.actor()?.id.to_string())),
            (None, false) => Ok(None),
        }
    }

    /// A `--room` filter with its name resolved to the id; an unknown room is refused.
    pub fn room_filter(&self, room: Option<String>) -> Result<Option<String>> {
        room.map(|r| self.room(&r).map(|r| r.id.to_string())).transpose()
    }

    /// Staff typed on the command line as ids or names (`--about 張美玲`): each name that
    /// exactly one person in the directory has becomes their id; anything else is kept as
    /// typed for the rules to refuse with the candidates.
    pub fn staff_ids(&self, typed: &[String]) -> Vec<String> {
        typed
            .iter()
            .map(|t| self.find_staff(t).ok().flatten().map_or_else(|| t.trim().to_string(), |s| s.id.to_string()))
            .collect()
    }

    /// A person typed on the command line, by staff id or by name (`--staff 張美玲`); an
    /// unknown one, or a name two people share, is refused with the candidates.
    pub fn staff(&self, typed: &str) -> Result<&Staff> {
        let dir = self.repo.directory();
        self.find_staff(typed)?.ok_or_else(|| Error::usage(unknown_staff(typed.trim(), dir)).into())
    }

    /// The one lookup of a typed person: by id, else by a name exactly one person has
    /// (None: nobody; an error: a name two people share, with both).
    fn find_staff(&self, typed: &str) -> Result<Option<&Staff>> {
        let dir = self.repo.directory();
        let typed = typed.trim();
        if let Some(s) = dir.staff(typed) {
            return Ok(Some(s));
        }
        let named: Vec<&Staff> = dir.all_staff().filter(|s| s.name == typed).collect();
        match named.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(one)),
            many => {
                let who: Vec<String> = many.iter().map(|s| format!("{} {}", s.id, s.name)).collect();
                Err(Error::usage(msg!("staff-name-ambiguous", name = typed, who = who.join(", "))).into())
            }
        }
    }

    /// A cause category typed by its id or its name in svc.toml (`--cause-category
    /// 服務態度`): the id; anything else as typed, for the rule to refuse with the list.
    pub fn cause_id(&self, typed: &str) -> String {
        let typed = typed.trim();
        let categories = &self.repo.config().complaints.cause_categories;
        categories
            .iter()
            .find(|c| c.id == typed)
            .or_else(|| categories.iter().find(|c| c.name == typed))
            .map_or_else(|| typed.to_string(), |c| c.id.to_string())
    }

    /// A cause category as people read it: its name in svc.toml (the id when it has none).
    pub fn cause_name(&self, id: &str) -> String {
        self.repo.config().complaints.cause_name(id)
    }
}

/// The git user.email of the repository, if set: who acts when `--as` is not given.
fn git_email(root: &std::path::Path) -> Option<String> {
    let out = Command::new("git").args(["config", "user.email"]).current_dir(root).output().ok()?;
    let email = String::from_utf8(out.stdout).ok()?.trim().to_string();
    (out.status.success() && !email.is_empty()).then_some(email)
}

impl Workspace {
    /// Reads the record an id typed on the command line names; the id is checked before it
    /// becomes a path.
    pub fn load<T: serde::de::DeserializeOwned>(&self, id: &str, kind: RecordKind) -> Result<Loaded<T>> {
        let id = RecordId::parse_as(id, kind)?;
        self.repo.read(id)
    }

    /// The repository's write lock. A step a crash interrupted is finished first, and said so.
    /// A step is never dated after the centre's today (the readings' "Today"): refused here,
    /// before anything is read or written, rather than written and then failed by check.
    pub fn lock(&self) -> Result<RepoLock> {
        if self.today > self.clock_today {
            return Err(Refusal {
                clause: rules::people::NOT_AFTER_TODAY.clause,
                message: msg!("step-after-today", day = self.today, today = self.clock_today),
            }
            .into());
        }
        let (lock, recovered) = crate::ops::step::lock(self.repo.root())?;
        (self.on_recovered)(&recovered);
        Ok(lock)
    }

    pub fn centre(&self) -> Centre<'_> {
        Centre { config: self.repo.config(), dir: self.repo.directory(), calendar: self.repo.calendar() }
    }

    /// The records the rules of `record`'s kind consult: every record of the kinds they
    /// consult, and the records it links to.
    pub fn consulted<T: Kind>(&self, record: &T) -> Result<Records> {
        let mut records = Records::default();
        for kind in T::consults() {
            self.load_all(&mut records, *kind)?;
        }
        for id in record.links() {
            if !T::consults().contains(&id.kind) && self.repo.path_of(id).is_file() {
                self.load_one(&mut records, id)?;
            }
        }
        Ok(records)
    }

    fn load_all(&self, records: &mut Records, kind: RecordKind) -> Result<()> {
        struct All<'a>(&'a Workspace, &'a mut Records, RecordKind);
        impl rules::ForKind for All<'_> {
            type Out = Result<()>;
            fn run<T: rules::Known + schemars::JsonSchema>(self) -> Result<()> {
                self.1.extend(self.0.repo.records::<T>(self.2)?);
                Ok(())
            }
        }
        rules::for_kind(kind, All(self, records, kind))
    }

    fn load_one(&self, records: &mut Records, id: RecordId) -> Result<()> {
        struct One<'a>(&'a Workspace, &'a mut Records, RecordId);
        impl rules::ForKind for One<'_> {
            type Out = Result<()>;
            fn run<T: rules::Known + schemars::JsonSchema>(self) -> Result<()> {
                self.1.put(self.0.repo.read::<T>(self.2)?.record);
                Ok(())
            }
        }
        rules::for_kind(id.kind, One(self, records, id))
    }

    /// One workflow step on one record: reads it under the repository lock, applies `step`
    /// to a copy, checks the result with every rule of its kind (the rules `svc check`
    /// runs), saves only the keys that changed, and commits it with the message `message`
    /// makes. A refused step writes nothing.
    ///
    /// (See also [`Ctx::add`] for a step that writes a new record.)
    pub fn edit<T, R>(
        &self,
        id: &str,
        step: impl FnOnce(&mut T) -> Result<R, Refusal>,
        message: impl FnOnce(&T, &R) -> String,
    ) -> Result<(T, R)>
    where
        T: Kind + serde::de::DeserializeOwned + serde::Serialize,
    {
        let lock = self.lock()?;
        let loaded = self.load::<T>(id, T::KIND)?;
        let mut record = loaded.record.clone();
        let records = self.consulted(&record)?;
        let out = rules::apply(&mut record, records, self.centre(), self.today, step)?;
        let pending = self.repo.pending_edit(&loaded, &record)?;
        self.save(&lock, &[pending], &message(&record, &out))?;
        Ok((record, out))
    }

    /// Whether `step` would be admitted on record `id` as it stands, with placeholder
    /// answers: run before a form asks anything, so a step the actor may not take, or a
    /// record in the wrong state, is refused first and not after every question. Nothing is
    /// written.
    pub fn preflight<T, R>(&self, id: &str, step: impl FnOnce(&mut T) -> Result<R, Refusal>) -> Result<()>
    where
        T: Kind + serde::de::DeserializeOwned,
    {
        let loaded = self.load::<T>(id, T::KIND)?;
        let mut record = loaded.record;
        let records = self.consulted(&record)?;
        rules::apply(&mut record, records, self.centre(), self.today, step)?;
        Ok(())
    }

    /// Writes a new record once every rule of its kind admits it; never over a file.
    pub fn create<T>(&self, lock: &RepoLock, record: &T, message: &str) -> Result<PathBuf>
    where
        T: Kind + serde::Serialize,
    {
        rules::admit(record, self.consulted(record)?, self.centre(), self.today)?;
        let pending = self.repo.pending_new(record.id(), record)?;
        let path = self.repo.root().join(&pending.path);
        self.save(lock, &[pending], message)?;
        Ok(path)
    }

    /// A step that writes a new record of `T`'s kind, numbered in `year`: under the lock, the
    /// next id, the record `build` makes with it, the rules, the file and its commit with the
    /// message `message` makes. A refused step writes nothing.
    pub fn add<T>(&self, year: i32, build: impl FnOnce(RecordId) -> T, message: impl FnOnce(&T) -> String) -> Result<T>
    where
        T: Kind + serde::Serialize,
    {
        let lock = self.lock()?;
        let id = self.repo.next_id(&lock, T::KIND, year)?;
        let record = build(id);
        self.create(&lock, &record, &message(&record))?;
        Ok(record)
    }

    /// [`Workspace::add`] for a record whose making can itself be refused (a leave slip no
    /// route covers, say).
    pub fn try_add<T>(
        &self,
        year: i32,
        build: impl FnOnce(RecordId) -> Result<T, Refusal>,
        message: impl FnOnce(&T) -> String,
    ) -> Result<T>
    where
        T: Kind + serde::Serialize,
    {
        let lock = self.lock()?;
        let id = self.repo.next_id(&lock, T::KIND, year)?;
        let record = build(id)?;
        self.create(&lock, &record, &message(&record))?;
        Ok(record)
    }

    /// A step that writes what `plan` decides under the repository lock: the files (all or
    /// none), the commit message, and what the step returns. For steps of several records
    /// or of svc.toml.
    pub fn write<R>(&self, plan: impl FnOnce(&RepoLock) -> Result<(Vec<Pending>, String, R)>) -> Result<R> {
        let lock = self.lock()?;
        let (writes, message, out) = plan(&lock)?;
        if !writes.is_empty() {
            self.save(&lock, &writes, &message)?;
        }
        Ok(out)
    }

    /// Writes a step's files, and commits them by the actor when steps are committed.
    pub fn save(&self, lock: &RepoLock, writes: &[Pending], message: &str) -> Result<()> {
        let commit = match self.commit {
            true => {
                let actor = self.actor()?;
                let email = actor.commit_email();
                Some(CommitSpec {
                    message: message.to_string(),
                    author: Author { name: format!("{} {}", actor.id, actor.name), email },
                    signing_key: self.signing_key(actor),
                })
            }
            false => None,
        };
        self.repo.prepare_folders(writes)?;
        let step = crate::ops::step::Step { name: message, writes, commit: commit.as_ref() };
        crate::ops::step::run(self.repo.root(), lock, &step)?;
        Ok(())
    }

    /// The actor's private key on this PC, when svc.toml lists a public key for them.
    fn signing_key(&self, actor: &Staff) -> Option<PathBuf> {
        actor.signing_key.as_ref()?;
        let key = private_key(self.repo.root(), &actor.id);
        key.is_file().then_some(key)
    }

    /// A staff id with the person's name, for messages and tables: `S03 王小明`.
    /// A room id as people read it (`R1 工商登記室`), or the id itself if unknown.
    pub fn which_room(&self, id: &str) -> String {
        self.repo.directory().room(id).map_or_else(|| id.to_string(), ToString::to_string)
    }

    pub fn who(&self, id: &str) -> String {
        match self.repo.directory().staff(id) {
            Some(s) => format!("{} {}", s.id, s.name),
            None => id.to_string(),
        }
    }
}

impl Workspace {
    /// Opens the repository at `root` for a command acting on `today`, as `actor` (None:
    /// the git user.email's person), committing each step unless `no_commit`.
    pub fn open(
        root: &Path,
        today: Option<Date>,
        actor: Option<String>,
        no_commit: bool,
        on_recovered: fn(&crate::ops::step::Recovered),
    ) -> Result<Workspace> {
        let repo = Repo::open(root)?;
        let commit = !no_commit && repo.config().git.commit && git::in_work_tree(repo.root());
        let clock_today = crate::ops::clock::centre_today(repo.config());
        let today = today.unwrap_or(clock_today);
        Ok(Workspace {
            repo,
            today,
            clock_today,
            actor,
            commit,
            on_recovered,
            ask_actor: None,
            actor_id: std::cell::OnceCell::new(),
        })
    }

    /// Asks `ask` who is acting when neither `--as`, `SVC_USER` nor the git user.email says.
    pub fn asking_who_acts(mut self, ask: fn(&crate::domain::config::Directory) -> Option<String>) -> Workspace {
        self.ask_actor = Some(ask);
        self
    }
}

/// The top of the git work tree `dir` would belong to, when it is inside one: a records
/// repository made there would commit its steps into that other repository's history.
pub fn enclosing_work_tree(dir: &Path) -> Option<PathBuf> {
    let absolute = if dir.is_absolute() { dir.to_path_buf() } else { std::env::current_dir().ok()?.join(dir) };
    let probe = std::iter::successors(Some(absolute.as_path()), |d| d.parent()).find(|d| d.is_dir())?;
    // One git call: outside a work tree it fails.
    let top = git::git(probe, &["rev-parse", "--show-toplevel"]).ok()?;
    let top = PathBuf::from(top.trim());
    (!top.as_os_str().is_empty()).then_some(top)
}
