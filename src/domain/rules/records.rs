//! The records a check reads, each with where it came from (its file), the slots of
//! every kind, and the traits a kind implements to be checked.

use super::*;
use crate::domain::date::Date;
use crate::domain::id::{RecordId, RecordKind};

/// What a finding is about: `svc.toml`, a record file, or a record not (yet) in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Config,
    /// The index of the file in the caller's list (see [`Origin::file`]).
    File(usize),
    Record(RecordId),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static Rule,
    /// The rule's clause, or the finer one that applies to this record (a leave rule
    /// reports ATT-2, ATT-3 or ATT-4 by the slip's band).
    pub clause: Clause,
    pub subject: Subject,
    /// Dotted key path inside the file, numbers index arrays: `rounds.0.verification.late`.
    /// Empty for the file as a whole.
    pub key: String,
    pub message: crate::i18n::Msg,
}

impl Finding {
    pub fn severity(&self) -> Severity {
        self.rule.severity
    }
}

/// Where a record was read from: the index of its file in [`Records::paths`], which
/// findings carry. Four bytes beside each record; the paths themselves are one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    pub file: u32,
}

impl Origin {
    pub fn file(self) -> usize {
        self.file as usize
    }
}

/// The path of every file read, relative to the repository root, by file index: each
/// folder held once, the file names one after another in one text. A million paths are a
/// few allocations, and a path costs its name and eight bytes, not its whole length (the
/// records of a folder share `records/complaints/2026/`).
#[derive(Debug, Clone, Default)]
pub struct Paths {
    /// Each folder with its trailing `/` (the first one empty: a path without folders).
    folders: Vec<Box<str>>,
    folder_of: std::collections::HashMap<Box<str>, u32>,
    names: String,
    /// Per file: its folder, and where its name ends in `names`.
    files: Vec<(u32, u32)>,
}

impl Paths {
    /// Adds a path; its [`Origin`].
    pub fn push(&mut self, path: &str) -> Origin {
        let file = u32::try_from(self.files.len()).expect("fewer than 4 billion files");
        let (folder, name) =
            path.rsplit_once('/').map_or(("", path), |(folder, name)| (&path[..folder.len() + 1], name));
        let folder = self.folder(folder);
        self.names.push_str(name);
        let end = u32::try_from(self.names.len()).expect("file names shorter than 4 GB in all");
        self.files.push((folder, end));
        Origin { file }
    }

    /// The number of `folder`, added when it is new; the folder of the file before is
    /// checked first, as files come folder by folder.
    fn folder(&mut self, folder: &str) -> u32 {
        if let Some(&(last, _)) = self.files.last()
            && &*self.folders[last as usize] == folder
        {
            return last;
        }
        if let Some(&known) = self.folder_of.get(folder) {
            return known;
        }
        let number = u32::try_from(self.folders.len()).expect("fewer than 4 billion folders");
        self.folders.push(folder.into());
        self.folder_of.insert(folder.into(), number);
        number
    }

    /// The path of `file`.
    pub fn get(&self, file: usize) -> String {
        let folder = &self.folders[self.files[file].0 as usize];
        format!("{folder}{}", self.name(file))
    }

    /// The file name of `file`.
    fn name(&self, file: usize) -> &str {
        let start = if file == 0 { 0 } else { self.files[file - 1].1 as usize };
        &self.names[start..self.files[file].1 as usize]
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The file name of `file` without `.toml`.
    pub(super) fn stem(&self, file: usize) -> &str {
        let name = self.name(file);
        name.strip_suffix(".toml").unwrap_or(name)
    }

    /// The name of the folder `up` levels above `file` (1: the folder holding it).
    pub(super) fn parent(&self, file: usize, up: usize) -> &str {
        let folder = &self.folders[self.files[file].0 as usize];
        let above = up.checked_sub(1).and_then(|n| folder.strip_suffix('/')?.rsplit('/').nth(n));
        above.unwrap_or("")
    }
}

/// A record with its id and the file it was read from (none for a record a step is
/// writing).
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub id: RecordId,
    pub record: AnyRecord<'a>,
    pub origin: Option<Origin>,
}

/// A record with the file it came from (none for a record a step is about to write).
#[derive(Debug, Clone)]
pub struct Filed<T> {
    pub record: T,
    pub origin: Option<Origin>,
}

impl<T: Kind> Filed<T> {
    pub fn subject(&self) -> Subject {
        match &self.origin {
            Some(o) => Subject::File(o.file()),
            None => Subject::Record(self.record.id()),
        }
    }
}

impl Records {
    /// Adds `record`, replacing the record with the same id (a step's new version).
    pub fn put<T: Kind>(&mut self, record: T) {
        let slot = T::slot_mut(self);
        match slot.iter_mut().find(|f| f.record.id() == record.id()) {
            Some(filed) => filed.record = record,
            None => slot.push(Filed { record, origin: None }),
        }
    }

    /// Adds records read from files (no origin: the caller does not place findings).
    pub fn extend<T: Kind>(&mut self, records: impl IntoIterator<Item = T>) {
        T::slot_mut(self).extend(records.into_iter().map(|record| Filed { record, origin: None }));
    }
}

/// A record kind's place in [`Records`].
pub trait Slot: Clone + Sized + serde::Serialize {
    const KIND: RecordKind;
    fn id(&self) -> RecordId;
    fn slot(records: &Records) -> &[Filed<Self>];
    fn slot_mut(records: &mut Records) -> &mut Vec<Filed<Self>>;
    /// The record as one of any kind.
    fn any(&self) -> AnyRecord<'_>;
}

/// Builds [`Records`] from the table of kinds ([`crate::domain::kinds`]): a slot per kind,
/// its [`Slot`] impl, the visits over every kind, [`for_kind`] and [`AnyRecord`].
macro_rules! slots {
    ($($module:ident $(in $host:ident)? { $($(#[doc = $doc:literal])* $kind:ident($ty:ident): $prefix:literal, $folder:literal, $schema:literal, $noun:expr, $group:literal, $field:ident $(, output $output:literal)?;)+ })*) => {
        /// Every record the rules may consult. `svc check` fills it with the whole
        /// repository; a step fills it with the records its rules look at, its own record
        /// as changed.
        #[derive(Debug, Clone, Default)]
        pub struct Records {
            $($(pub $field: Vec<Filed<crate::domain::$module::$ty>>,)+)*
            /// Ids whose files are there but could not be read (reported as
            /// `file.readable`): a reference to one is "cannot be read", not "does not exist".
            pub unreadable: std::collections::BTreeSet<RecordId>,
            /// Every record's own text rules ([`own_text`]) ran as it was read, and its text
            /// was dropped: [`check`] does not run them again.
            pub texts_checked: bool,
            /// The path of each record's file, by its [`Origin`].
            pub paths: Paths,
        }

        $($(impl Slot for crate::domain::$module::$ty {
            const KIND: RecordKind = RecordKind::$kind;

            fn id(&self) -> RecordId {
                self.id
            }

            fn slot(records: &Records) -> &[Filed<Self>] {
                &records.$field
            }

            fn slot_mut(records: &mut Records) -> &mut Vec<Filed<Self>> {
                &mut records.$field
            }

            fn any(&self) -> AnyRecord<'_> {
                AnyRecord::$kind(self)
            }
        })+)*

        impl Records {
            /// Runs `v` on the records of every kind, in this order: the one list of the
            /// kinds, so no kind can be left out of a check or a count.
            pub fn visit<'r>(&'r self, v: &mut impl Visit<'r>) {
                $($(v.visit(&self.$field);)+)*
            }

            /// Runs `v` on the slot of every kind, to fill or change it, in the same order.
            pub fn visit_mut(&mut self, v: &mut impl VisitMut) {
                $($(v.visit(&mut self.$field);)+)*
            }

            /// How many records of `kind` are held.
            pub fn len_of(&self, kind: RecordKind) -> usize {
                match kind { $($(RecordKind::$kind => self.$field.len(),)+)* }
            }

            /// The `at`-th record of `kind` as read, with its id and file.
            pub fn entry(&self, kind: RecordKind, at: usize) -> Entry<'_> {
                match kind {
                    $($(RecordKind::$kind => {
                        let filed = &self.$field[at];
                        Entry { id: filed.record.id, record: AnyRecord::$kind(&filed.record), origin: filed.origin }
                    })+)*
                }
            }

            /// How many records of every kind are held.
            pub fn len(&self) -> usize {
                0 $($(+ self.$field.len())+)*
            }

            pub fn is_empty(&self) -> bool {
                self.len() == 0
            }
        }

        /// Runs `f` with the record type of `kind`: the one place a kind known only at run
        /// time (a path, an id typed by hand) becomes its type.
        pub fn for_kind<F: ForKind>(kind: RecordKind, f: F) -> F::Out {
            match kind {
                $($(RecordKind::$kind => f.run::<crate::domain::$module::$ty>(),)+)*
            }
        }

        /// A record of any kind, by reference.
        #[derive(Debug, Clone, Copy)]
        pub enum AnyRecord<'a> {
            $($($kind(&'a crate::domain::$module::$ty),)+)*
        }

        impl AnyRecord<'_> {
            /// [`Kind::about`] of the record, whatever its kind.
            pub fn about(&self, who: &str) -> bool {
                match self { $($(AnyRecord::$kind(x) => x.about(who),)+)* }
            }

            /// [`Kind::dated`] of the record, whatever its kind.
            pub fn dated(&self) -> Date {
                match self { $($(AnyRecord::$kind(x) => x.dated(),)+)* }
            }
        }
    };
}

crate::domain::kinds!(slots);

/// Work done with the record type of a kind chosen at run time ([`for_kind`]).
pub trait ForKind {
    type Out;
    fn run<T: Known + schemars::JsonSchema>(self) -> Self::Out;
}

/// What every record type is: a kind the rules know, read from TOML, checked in parallel.
pub trait Known: Kind + Send + Sync + serde::de::DeserializeOwned {}

impl<T: Kind + Send + Sync + serde::de::DeserializeOwned> Known for T {}

/// Work done on the records of each kind in turn ([`Records::visit`]).
pub trait Visit<'r> {
    fn visit<T: Known>(&mut self, filed: &'r [Filed<T>]);
}

/// Work that fills or changes the records of each kind in turn ([`Records::visit_mut`]).
pub trait VisitMut {
    fn visit<T: Known>(&mut self, filed: &mut Vec<Filed<T>>);
}

/// A record kind the rules know.
pub trait Kind: Slot {
    /// Runs this kind's rules on one record, but for [`Kind::written`].
    fn check(&self, world: &World, sink: &mut Sink);
    /// The rules on the record's own free text (a text the procedure asks for is not
    /// blank). They read nothing but the record, so `svc check` runs them as each file is
    /// read and then drops the text ([`Kind::drop_text`]); a step runs them with the rest.
    fn written(&self, _sink: &mut Sink) {}
    /// Empties the free text no rule but [`Kind::written`] and the plain-text rule reads
    /// (summaries, causes, notes, replies): what `svc check` keeps of a record while the
    /// cross-record rules run is its ids, people, dates and states.
    fn drop_text(&mut self) {}
    /// Every step recorded on it: who acted, on which day, at which key.
    fn acts(&self) -> Vec<Act<'_>>;
    /// Records it names, whose rules and its own look at each other.
    fn links(&self) -> Vec<RecordId> {
        Vec::new()
    }
    /// The kinds of record its rules consult (all of each), beyond its links.
    fn consults() -> &'static [RecordKind];
    /// Whether it is about the person `who` (theirs, or naming them), so that it can be
    /// evidence for a proposal about them (RP-3).
    fn about(&self, who: &str) -> bool;
    /// The day it was made: evidence dated after a proposal cannot support it (RP-3).
    fn dated(&self) -> Date;
    /// Done: nothing about it may change any more (GIT-1). A record of a single step (an
    /// incident, a dispatch, a collection...) is done once written.
    fn finished(&self) -> bool {
        true
    }
    /// What may still be added to a finished record (top-level keys).
    fn still_open_keys(&self) -> &'static [&'static str] {
        &[]
    }
}

/// One step recorded on a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Act<'r> {
    pub on: Date,
    pub by: &'r str,
    pub key: String,
}

impl<'r> Act<'r> {
    /// The one act of a single-step record: its writer under `by` on its date.
    pub fn single(on: Date, by: &'r str) -> Vec<Act<'r>> {
        vec![Act { on, by, key: "by".into() }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_path_comes_back_by_its_origin_with_its_name_and_folders() {
        let mut paths = Paths::default();
        let first = paths.push("records/complaints/2026/CMP-2026-0001.toml");
        let empty = paths.push("");
        let last = paths.push("records/capa/2025/CAPA-2025-0002.toml");
        assert_eq!((first.file(), empty.file(), last.file()), (0, 1, 2));
        assert_eq!(paths.len(), 3);
        assert_eq!(paths.get(0), "records/complaints/2026/CMP-2026-0001.toml");
        assert_eq!(paths.get(1), "");
        assert_eq!(paths.stem(2), "CAPA-2025-0002");
        assert_eq!(paths.parent(2, 1), "2025");
        assert_eq!(paths.parent(2, 2), "capa");
        assert_eq!(paths.parent(1, 1), "", "a path without folders has none");
        let again = paths.push("records/complaints/2026/CMP-2026-0002.toml");
        assert_eq!(paths.get(again.file()), "records/complaints/2026/CMP-2026-0002.toml", "a folder seen before");
        assert_eq!(paths.get(0), "records/complaints/2026/CMP-2026-0001.toml");
        assert_eq!(paths.folders.len(), 3, "each folder once, the empty one included");
        let bare = paths.push("svc.toml");
        assert_eq!(
            (paths.get(bare.file()), paths.stem(bare.file()), paths.parent(bare.file(), 1)),
            ("svc.toml".into(), "svc", "")
        );
    }
}
