//! What every record kind's fields share: text that is really there, and the messages for
//! a staff id or room that svc.toml does not list. A leaf of the domain, so the record
//! modules use it without importing one another.

use super::config::Directory;
use super::suggest::did_you_mean;

/// The text with surrounding space removed, or None when nothing is left.
pub(crate) fn non_empty(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_string()).filter(|t| !t.is_empty())
}

/// The message for a room id not in svc.toml, listing the rooms there are.
pub fn unknown_room(id: &str, dir: &Directory) -> crate::i18n::Msg {
    let rooms: Vec<String> = dir.rooms().map(ToString::to_string).collect();
    crate::msg!("unknown-room", id = id, rooms = rooms.join(", "))
}

/// The message for a staff id not in the directory, with the closest id when one is near.
pub fn unknown_staff(id: &str, dir: &Directory) -> crate::i18n::Msg {
    crate::msg!("unknown-staff", id = id, hint = did_you_mean(id, dir.staff_ids()))
}

/// A character no record text holds: a control character (but newline and tab), or one
/// that is invisible or reorders what is shown (bidi overrides and isolates, zero-width
/// marks, a byte-order mark inside text), which would make a record read otherwise than it
/// is stored. The one test, for the rule that refuses them and for every place that prints.
pub fn is_hostile_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}
