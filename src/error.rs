//! What kind of failure an error is, which alone decides svc's exit code (as jj's
//! `CommandErrorKind`), and the hints shown under it.
//!
//! svc's own errors (a refusal, a name that does not exist, an unusable repository, a
//! failed write or step) implement [`Kinded`] where they are declared, and deliberately not
//! `std::error::Error`: the only way into an `anyhow::Error` is through [`Error`], which
//! keeps the kind. So a new error type cannot lose its exit code on the way to the command
//! line; the compiler refuses the `?` that would:
//!
//! ```compile_fail
//! # use svc::error::{ErrorKind, Kinded};
//! #[derive(Debug)]
//! struct NoSuchRoom;
//! # impl std::fmt::Display for NoSuchRoom {
//! #     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("no such room") }
//! # }
//! impl Kinded for NoSuchRoom {
//!     fn kind(&self) -> ErrorKind { ErrorKind::Usage }
//! }
//! fn step() -> anyhow::Result<()> {
//!     Err(NoSuchRoom)? // no way into anyhow but through error::Error
//! }
//! ```
//!
//! Through [`Error`] (which `keeps_its_kind!` writes for svc's own types) it passes, and
//! the kind is there at the command line:
//!
//! ```
//! # use svc::error::{Error, ErrorKind, Kinded};
//! # #[derive(Debug)]
//! # struct NoSuchRoom;
//! # impl std::fmt::Display for NoSuchRoom {
//! #     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("no such room") }
//! # }
//! # impl Kinded for NoSuchRoom {
//! #     fn kind(&self) -> ErrorKind { ErrorKind::Usage }
//! # }
//! fn step() -> anyhow::Result<()> {
//!     Err(Error::from(NoSuchRoom))?
//! }
//! assert_eq!(ErrorKind::of(&step().unwrap_err()).exit_code(), 2);
//! ```

use std::fmt;

use crate::i18n::Msg;

/// The kinds of failure, each with its exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// The procedures or the person refused the step, or another failure: nothing was
    /// written (exit code 1, as for check's findings).
    Refused,
    /// Something typed names nothing that exists, or a required value is missing (2).
    Usage,
    /// The repository or its svc.toml cannot be used (3).
    Repository,
    /// Writing a file, taking the lock or landing a step failed (4).
    Io,
    /// Ctrl-C at a question: the person left the form (130).
    Interrupted,
    /// Whoever read the output went away (`| head`): not an error at all (0).
    ClosedPipe,
}

impl ErrorKind {
    /// The exit code a script sees for this kind.
    pub const fn exit_code(self) -> u8 {
        match self {
            ErrorKind::ClosedPipe => 0,
            ErrorKind::Refused => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Repository => 3,
            ErrorKind::Io => 4,
            ErrorKind::Interrupted => 130,
        }
    }

    /// The kind of any failure that reached the command line: the kind of the first of
    /// svc's errors in its chain, else what an I/O error's own kind says (a closed pipe,
    /// an interrupted read), else a refusal (1).
    pub fn of(e: &anyhow::Error) -> ErrorKind {
        for cause in e.chain() {
            if let Some(error) = cause.downcast_ref::<Error>() {
                return error.kind;
            }
            if let Some(kind) = cause.downcast_ref::<std::io::Error>().and_then(|io| Self::of_io(io.kind())) {
                return kind;
            }
        }
        ErrorKind::Refused
    }

    fn of_io(kind: std::io::ErrorKind) -> Option<ErrorKind> {
        match kind {
            std::io::ErrorKind::BrokenPipe => Some(ErrorKind::ClosedPipe),
            std::io::ErrorKind::Interrupted => Some(ErrorKind::Interrupted),
            _ => None,
        }
    }
}

/// One of svc's own error types: its kind is part of its declaration.
pub trait Kinded: std::any::Any + fmt::Display + fmt::Debug + Send + Sync {
    fn kind(&self) -> ErrorKind;

    /// The error beneath this one (an I/O error), shown after "because".
    fn cause(&self) -> Option<&(dyn std::error::Error + 'static)> {
        None
    }

    /// The message of this error as data, for output that renders it itself (`check
    /// --format json`); None when its text is all there is.
    fn message(&self) -> Option<Msg> {
        None
    }
}

/// Lets `?` carry each of svc's error types into an `anyhow::Error` with its kind (through
/// [`Error`]); a type of [`Kinded`] without this line does not pass `?` at all.
macro_rules! keeps_its_kind {
    ($($t:ty),+ $(,)?) => {
        $(impl From<$t> for anyhow::Error {
            fn from(error: $t) -> Self {
                anyhow::Error::from($crate::error::Error::from(error))
            }
        })+
    };
}
pub(crate) use keeps_its_kind;

/// One of svc's errors with its kind and hints: what travels in an `anyhow::Error`.
pub struct Error {
    kind: ErrorKind,
    error: Box<dyn Kinded>,
    hints: Vec<Msg>,
}

impl Error {
    /// A usage error that is nothing but its message: a name, flag or id that does not
    /// exist or does not fit (exit code 2).
    pub fn usage(message: Msg) -> Self {
        Self::from(Plain(ErrorKind::Usage, message))
    }

    /// The repository or its svc.toml cannot be used (exit code 3).
    pub fn repository(message: Msg) -> Self {
        Self::from(Plain(ErrorKind::Repository, message))
    }

    /// Adds a hint: what to do about it, shown under the error.
    pub fn hint(mut self, hint: Msg) -> Self {
        self.hints.push(hint);
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn hints(&self) -> &[Msg] {
        &self.hints
    }

    /// The message as data, when the error has one.
    pub fn message(&self) -> Option<Msg> {
        self.error.message()
    }

    /// The error itself, for a caller that acts on what it was.
    pub fn downcast_ref<T: Kinded>(&self) -> Option<&T> {
        let error: &dyn std::any::Any = &*self.error;
        error.downcast_ref()
    }

    /// svc's error in a chain, if there is one (its hints, its message).
    pub fn in_chain(e: &anyhow::Error) -> Option<&Error> {
        e.chain().find_map(|cause| cause.downcast_ref::<Error>())
    }
}

impl<E: Kinded> From<E> for Error {
    fn from(error: E) -> Self {
        Error { kind: error.kind(), error: Box::new(error), hints: Vec::new() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("error", &self.error)
            .field("hints", &self.hints)
            .finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error.cause()
    }
}

/// An error that is its message and kind, nothing more.
#[derive(Debug)]
struct Plain(ErrorKind, Msg);

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.1.fmt(f)
    }
}

impl Kinded for Plain {
    fn kind(&self) -> ErrorKind {
        self.0
    }

    fn message(&self) -> Option<Msg> {
        Some(self.1.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_the_exit_code_the_readme_promises() {
        let codes: Vec<u8> = [
            ErrorKind::ClosedPipe,
            ErrorKind::Refused,
            ErrorKind::Usage,
            ErrorKind::Repository,
            ErrorKind::Io,
            ErrorKind::Interrupted,
        ]
        .map(ErrorKind::exit_code)
        .into();
        assert_eq!(codes, [0, 1, 2, 3, 4, 130]);
    }

    #[test]
    fn the_kind_survives_context_added_on_the_way_up() {
        let e = anyhow::Error::from(Error::repository(Msg::plain("no svc.toml")))
            .context("while opening")
            .context("while checking");
        assert_eq!(ErrorKind::of(&e), ErrorKind::Repository);
        assert_eq!(Error::in_chain(&e).and_then(Error::message).map(|m| m.to_string()).as_deref(), Some("no svc.toml"));
    }

    #[test]
    fn the_first_of_svcs_errors_decides_over_an_io_error_beneath_it() {
        #[derive(Debug)]
        struct Write(std::io::Error);
        impl fmt::Display for Write {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "cannot write")
            }
        }
        impl Kinded for Write {
            fn kind(&self) -> ErrorKind {
                ErrorKind::Io
            }
            fn cause(&self) -> Option<&(dyn std::error::Error + 'static)> {
                Some(&self.0)
            }
        }
        let pipe = || std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        let e = anyhow::Error::from(Error::from(Write(pipe())));
        assert_eq!(ErrorKind::of(&e), ErrorKind::Io);
        assert_eq!(e.chain().count(), 2, "the I/O error is shown as the cause");
        assert!(Error::in_chain(&e).unwrap().downcast_ref::<Write>().is_some());
        assert_eq!(ErrorKind::of(&anyhow::Error::from(pipe()).context("printing")), ErrorKind::ClosedPipe);
        assert_eq!(ErrorKind::of(&anyhow::anyhow!("anything else")), ErrorKind::Refused);
    }

    #[test]
    fn hints_stay_with_the_error() {
        let e = Error::usage(Msg::plain("no such rule")).hint(Msg::plain("svc check --rules"));
        assert_eq!(e.kind().exit_code(), 2);
        assert_eq!(e.hints().iter().map(|h| h.to_string()).collect::<Vec<_>>(), ["svc check --rules"]);
    }
}
