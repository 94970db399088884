//! End-to-end tests: the `chancery` command and the core library on real files, checked
//! the way a user would look at the output (PDF pages and text, HTML, exit codes).

mod analysis;
mod bad_input;
mod briefing;
mod command_line;
mod driver;
mod fetching;
mod hostile_vectors;
mod killed;
mod one_page;
mod safety;
mod saved_pages;
mod snapshots;
mod support;
mod window;
mod word_documents;
mod word_export;
