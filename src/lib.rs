//! Frontline: news reports in, a time-aware map of territorial control out.
//!
//! The crate follows the data, one module per stage:
//! `article → mentions → events → timeline → layers → server / export`.
//! See ARCHITECTURE.md for the stages, their invariants and what is deliberately not done.

pub mod article;
pub mod bench;
pub mod dates;
pub mod eval;
pub mod events;
pub mod gazetteer;
pub mod layers;
pub mod lexicon;
pub mod mentions;
pub mod phrase;
pub mod precision;
pub mod region;
pub mod server;
pub mod text;
pub mod timeline;
