//! Closed sets of values (channels, statuses, kinds, grounds) written in record files as
//! stable English tokens. The command line parses them through [`Token`] (in `src/cli`),
//! so the domain knows nothing of clap.

use std::fmt::Display;

/// A value's Chinese names, as the procedures write them, for people to read and type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chinese {
    /// 繁體: the default for the office.
    pub traditional: &'static str,
    /// 简体.
    pub simplified: &'static str,
}

/// A value written as one stable token: its `Display`, the same text serde writes.
/// Files keep the English token, so a record does not change with its reader; people may
/// type the token or either Chinese name.
pub trait Token: Copy + Display + Send + Sync + 'static {
    /// Every value, in the order they are listed to people.
    const ALL: &'static [Self];

    /// The value's names in Traditional and Simplified Chinese.
    fn chinese(self) -> Chinese;

    /// The value whose token (ignoring case) or Chinese name is `text`, ignoring
    /// surrounding space.
    fn from_token(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::ALL.iter().copied().find(|t| {
            let names = t.chinese();
            t.to_string().eq_ignore_ascii_case(text) || names.traditional == text || names.simplified == text
        })
    }
}

macro_rules! tokens {
    ($($ty:ty => [$($variant:ident ($hant:literal, $hans:literal)),* $(,)?];)*) => {
        $(impl Token for $ty {
            const ALL: &'static [Self] = &[$(<$ty>::$variant),*];

            fn chinese(self) -> Chinese {
                match self {
                    $(<$ty>::$variant => Chinese { traditional: $hant, simplified: $hans },)*
                }
            }
        })*
    };
}

use super::attendance::{IncidentKind, Recipient};
use super::capa::{ActionKind, CapaStatus};
use super::complaint::{Channel, ComplaintStatus};
use super::conduct::{ConductKind, ConductStatus, Ground};
use super::leave::{LeaveKind, LeaveStatus};

// The one catalogue of the values' Chinese names. A ground is named by its code (RP-1..3),
// in every language.
tokens! {
    Channel => [
        InPerson("現場", "现场"), Phone("電話", "电话"), Box("投訴箱", "投诉箱"),
        Letter("信函", "信函"), Email("電郵", "电邮"),
    ];
    ComplaintStatus => [
        Received("已登記", "已登记"), Explained("已解釋", "已解释"), Accepted("已受理", "已受理"),
        InCapa("整改中", "整改中"), Closed("已結案", "已结案"), Praise("表揚", "表扬"),
    ];
    CapaStatus => [Open("進行中", "进行中"), AwaitingVerification("待驗證", "待验证"), Effective("已驗證有效", "已验证有效")];
    ActionKind => [Corrective("糾正", "纠正"), Preventive("預防", "预防")];
    LeaveKind => [LeavePost("離崗", "离岗"), Personal("事假", "事假"), Sick("病假", "病假"), Annual("年假", "年假")];
    LeaveStatus => [
        Pending("待批", "待批"), Approved("已批准", "已批准"), Noted("已備案", "已备案"),
        Rejected("不予批准", "不予批准"), Cancelled("已撤銷", "已撤销"),
    ];
    IncidentKind => [Late("遲到", "迟到"), Early("早退", "早退"), Absent("缺勤", "缺勤")];
    Recipient => [SecondingUnit("派駐單位", "派驻单位"), CoordinationOffice("協調辦", "协调办")];
    ConductKind => [
        Commendation("書面表揚", "书面表扬"), Criticism("批評", "批评"), Warning("警告", "警告"),
        CirculatedCriticism("通報批評", "通报批评"), Removal("撤離", "撤离"),
    ];
    ConductStatus => [Proposed("已提議", "已提议"), Approved("已決定", "已决定"), Rejected("不予決定", "不予决定")];
    Ground => [
        C1("C1", "C1"), C2("C2", "C2"), C3("C3", "C3"),
        P1("P1", "P1"), P2("P2", "P2"), P3("P3", "P3"), P4("P4", "P4"),
        R1("R1", "R1"), R2("R2", "R2"), R3("R3", "R3"), R4("R4", "R4"), R5("R5", "R5"),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token people type is the one the file holds, and each of its names (English,
    /// Traditional, Simplified) reads back as it and as nothing else.
    fn agrees<T: Token + serde::Serialize>() {
        for t in T::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), serde_json::Value::String(t.to_string()));
            let names = t.chinese();
            for name in [t.to_string().to_uppercase(), names.traditional.to_string(), names.simplified.to_string()] {
                assert!(!name.trim().is_empty(), "{t} has an empty name");
                assert_eq!(T::from_token(&name).map(|x| x.to_string()), Some(t.to_string()), "{name}");
            }
            let others = T::ALL.iter().filter(|o| o.to_string() != t.to_string());
            for other in others {
                let theirs = other.chinese();
                assert!(
                    ![theirs.traditional, theirs.simplified].contains(&names.traditional)
                        && ![theirs.traditional, theirs.simplified].contains(&names.simplified),
                    "{t} and {other} share a Chinese name"
                );
            }
        }
    }

    #[test]
    fn every_token_is_what_serde_writes() {
        agrees::<Channel>();
        agrees::<ComplaintStatus>();
        agrees::<CapaStatus>();
        agrees::<ActionKind>();
        agrees::<LeaveKind>();
        agrees::<LeaveStatus>();
        agrees::<IncidentKind>();
        agrees::<Recipient>();
        agrees::<ConductKind>();
        agrees::<ConductStatus>();
        agrees::<Ground>();
        assert_eq!(Channel::from_token(" In-Person "), Some(Channel::InPerson));
        assert_eq!(Channel::from_token("fax"), None);
        assert_eq!(Channel::from_token(" 現場 "), Some(Channel::InPerson));
        assert_eq!(Channel::from_token("电邮"), Some(Channel::Email));
        assert_eq!(LeaveKind::from_token("病假"), Some(LeaveKind::Sick));
    }
}
