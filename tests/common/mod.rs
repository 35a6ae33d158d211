//! Shared set-up for integration tests: the bundled region pack and corpus.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use frontline::article::{read_paths, Article, ReadOptions};
use frontline::events::{extract_all, Event, Extractor};
use frontline::gazetteer::Gazetteer;
use frontline::region::Region;

/// The properties issue 2 promises on every area-interval feature (export and server alike).
pub const INTERVAL_PROPERTIES: [&str; 7] = [
    "id",
    "name",
    "controller",
    "status",
    "claimed",
    "valid_from",
    "valid_to",
];

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn region() -> Region {
    Region::load(&root().join("geodata/afghanistan")).expect("bundled region pack loads")
}

/// One region pack per test binary, for tests that run many small cases.
pub fn shared_region() -> &'static Region {
    static REGION: std::sync::OnceLock<Region> = std::sync::OnceLock::new();
    REGION.get_or_init(region)
}

/// One gazetteer per test binary.
pub fn shared_gazetteer() -> &'static Gazetteer {
    static GAZ: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    GAZ.get_or_init(|| Gazetteer::new(shared_region()))
}

/// One extractor (its cue automaton built once) per test binary.
pub fn shared_extractor() -> &'static Extractor<'static> {
    static EX: std::sync::OnceLock<Extractor<'static>> = std::sync::OnceLock::new();
    EX.get_or_init(|| Extractor::new(shared_region()))
}

/// Events of one article given as text (a ` date YYYY-MM-DD ` header line allowed), named
/// `name`, with the bundled region pack: the article as read and its events, denials included.
pub fn extract_text(name: &str, text: &str) -> (Article, Vec<Event>) {
    extract_text_with(
        shared_region(),
        shared_gazetteer(),
        shared_extractor(),
        name,
        text,
    )
}

/// [`extract_text`] with a region pack of the test's own (a changed lexicon, say).
pub fn extract_text_with(
    region: &Region,
    gazetteer: &Gazetteer,
    extractor: &Extractor,
    name: &str,
    text: &str,
) -> (Article, Vec<Event>) {
    let opts = ReadOptions {
        published: None,
        default_year: region.default_year,
    };
    let a = Article::from_text(
        name.into(),
        text.into(),
        None,
        None,
        None,
        &region.lexicon,
        &opts,
        "test".into(),
    );
    let parsed = frontline::mentions::parse_article(&a, region, gazetteer);
    let events = extractor.extract(&a, &parsed);
    (a, events)
}

pub fn dev_corpus() -> PathBuf {
    root().join("corpus/dev")
}

/// The seed articles, when the shared folder sits beside the repository.
pub fn seeds_dir() -> Option<PathBuf> {
    let d = root().join("../shared/seeds");
    d.is_dir().then_some(d)
}

pub fn extract(region: &Region, paths: &[PathBuf], published: Option<&str>) -> Vec<Event> {
    let opts = ReadOptions {
        published: published.map(|p| p.parse().unwrap()),
        default_year: region.default_year,
    };
    let articles = read_paths(paths, &region.lexicon, &opts).expect("articles read");
    let gaz = Gazetteer::new(region);
    extract_all(region, &gaz, &articles)
}

pub fn find_file(dir: &Path, prefix: &str) -> PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no file {prefix}* in {}", dir.display()))
}
