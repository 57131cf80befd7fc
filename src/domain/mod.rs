//! Pure domain: record types, workflows, policy rules, the calendar, and the one rule set
//! that steps and `svc check` share. Nothing here touches files, the clock or the terminal.

pub mod attendance;
pub mod calendar;
pub mod capa;
pub mod clause;
pub mod collection;
pub mod complaint;
pub mod conduct;
pub mod config;
pub mod date;
pub mod document;
pub mod fields;
pub mod grounds;
pub mod id;
pub mod inspection;
pub mod leave;
pub mod refs;
pub mod refusal;
pub mod review;
pub mod rules;
pub mod stats;
pub mod suggest;
pub mod text;
pub mod token;
pub mod training;

#[cfg(test)]
pub(crate) mod testing;

/// The one table of record kinds, grouped by the module that holds their record types
/// (`domain/<module>.rs`) and their rules (`domain/rules/<module>.rs`). A row: the kind,
/// its record type, id prefix, folder under `records/`, schema file, the catalogue id of
/// its name, the command group that handles it, its slot in `rules::Records`, and the name
/// of its `list`/`show --format json` output schemas when it has the plain ones.
///
/// A module's command group is its own cli module of the same name (`cli/<module>.rs`,
/// declared and dispatched from this table), unless the module says `in <cli module>`:
/// the reviews' verbs are those of `svc stats`.
///
/// Nothing else lists the kinds: `kinds!(then)` hands the table to a macro `then` of the
/// caller, which builds from it what that layer needs (`id::RecordKind`, `rules::Records`
/// with its slots and dispatch, the rules' registry and mutation cases, the JSON output
/// shapes). A new kind is one row here.
macro_rules! kinds {
    ($then:ident) => {
        $then! {
            complaint {
                /// Complaint/Feedback Form (客戶投訴/意見單, CC-6).
                Complaint(Complaint): "CMP", "complaints", "complaint.schema.json", crate::tid!("noun-complaint"), "complaint", complaints;
            }
            capa {
                /// Corrective and Preventive Action Tracking Report (糾正和預防措施跟蹤報告, CC-6).
                Capa(Capa): "CAPA", "capa", "capa.schema.json", crate::tid!("noun-capa"), "capa", capas, output "capa";
            }
            leave {
                /// Leave slip (離崗/事(病)假條, ATT-2 to ATT-4).
                Leave(Leave): "LV", "leave", "leave.schema.json", crate::tid!("noun-leave"), "leave", leaves, output "leave";
            }
            attendance {
                /// An attendance incident: late, early or absent (ATT-1).
                Incident(Incident): "INC", "incidents", "incident.schema.json", crate::tid!("noun-incident"), "attendance", incidents;
                /// A monthly attendance sheet sent on (ATT-5).
                Dispatch(Dispatch): "DSP", "dispatches", "dispatch.schema.json", crate::tid!("noun-dispatch"), "attendance", dispatches;
            }
            conduct {
                /// A proposed commendation or penalty and its decision (RP-1 to RP-3).
                Conduct(Conduct): "RP", "conduct", "conduct.schema.json", crate::tid!("noun-conduct"), "conduct", conducts, output "conduct";
            }
            collection {
                /// One emptying of the complaint box (CC-4.2).
                Collection(Collection): "BOX", "box", "box.schema.json", crate::tid!("noun-collection"), "box", collections, output "box";
            }
            inspection {
                /// An observation at a post: good conduct or a breach (SC-4.1).
                Inspection(Inspection): "INS", "inspections", "inspection.schema.json", crate::tid!("noun-inspection"), "inspection", inspections, output "inspection";
            }
            review in stats {
                /// A year's statistics submitted to the management review (CC-4.8).
                Review(Review): "REV", "reviews", "review.schema.json", crate::tid!("noun-review"), "stats", reviews;
            }
            training {
                /// A course a person attended (SC-3.2).
                Training(Training): "TRN", "training", "training.schema.json", crate::tid!("noun-training"), "training", trainings;
                /// The coordination office's confirmation of a person's qualification (SC-3.2).
                Qualification(Qualification): "QUA", "qualifications", "qualification.schema.json", crate::tid!("noun-qualification"), "training", qualifications;
            }
            document {
                /// A registered document: received, handed over, kept (RP-2 P3).
                Document(Document): "DOC", "documents", "document.schema.json", crate::tid!("noun-document"), "doc", documents, output "doc";
            }
        }
    };
}
pub(crate) use kinds;
