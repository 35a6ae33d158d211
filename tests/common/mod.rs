//! Shared set-up for integration tests: the bundled region pack and corpus.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use frontline::article::{read_paths, ReadOptions};
use frontline::events::{extract_all, Event};
use frontline::gazetteer::Gazetteer;
use frontline::region::Region;

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
