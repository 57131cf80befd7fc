use svc::domain::*;
fn main() {
    use std::mem::size_of;
    println!("complaint {}", size_of::<complaint::Complaint>());
    println!("capa {}", size_of::<capa::Capa>());
    println!("leave {}", size_of::<leave::Leave>());
    println!("conduct {}", size_of::<conduct::Conduct>());
    println!("incident {}", size_of::<attendance::Incident>());
    println!("dispatch {}", size_of::<attendance::Dispatch>());
    println!("collection {}", size_of::<collection::Collection>());
    println!("filed complaint {}", size_of::<rules::Filed<complaint::Complaint>>());
    println!("String {}", size_of::<String>());
}
