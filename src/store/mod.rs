//! Files: finding the records repository, reading and editing TOML, atomic writes, ids.
