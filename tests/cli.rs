//! The command line: output contracts and errors that name the input and the problem.

use std::process::Command;

fn frontline(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_frontline"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("binary runs")
}

#[test]
fn extract_prints_the_contract_fields() {
    let out = frontline(&["extract", "corpus/dev/d012.txt"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    for key in [
        "article",
        "published",
        "place",
        "kind",
        "actor",
        "date",
        "date_precision",
        "claim",
        "evidence",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    for key in ["name", "geonameid", "level", "province", "lon", "lat"] {
        assert!(first["place"].get(key).is_some(), "missing place.{key}");
    }
    assert_eq!(first["article"], "d012.txt");
    assert_eq!(first["published"], "2021-08-06");
    assert!(text
        .lines()
        .any(|l| l.contains("\"Zaranj\"") && l.contains("\"capture\"")));
}

#[test]
fn geoparse_marks_places_abroad() {
    let out = frontline(&["geoparse", "corpus/dev/d017.txt"]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let doha = lines
        .iter()
        .find(|l| l["text"] == "Doha")
        .expect("Doha is found");
    assert!(
        doha["place"].is_null() && !doha["abroad"].is_null(),
        "Doha is abroad: {doha}"
    );
    let fay = lines
        .iter()
        .find(|l| l["text"] == "Fayzabad")
        .expect("Fayzabad is found");
    assert_eq!(fay["place"]["geonameid"], 1142170);
    assert!(fay["span"].is_array() && fay["why"].is_string());
    assert!(
        fay["why"].as_str().unwrap().contains("apposition"),
        "Fayzabad, the capital of Badakhshan: {fay}"
    );
}

#[test]
fn missing_input_is_a_clear_error() {
    let out = frontline(&["extract", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("no/such/file.txt") && err.contains("no such file"),
        "{err}"
    );
}

#[test]
fn bad_jsonl_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("frontline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("bad.jsonl");
    std::fs::write(&p, "{\"id\":\"a\",\"text\":\"Zaranj fell.\",\"published\":\"2021-08-06\"}\n{\"id\":\"b\",\"published\":\"August\",\"text\":\"x\"}\n").unwrap();
    let out = frontline(&["extract", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.jsonl:2") && err.contains("published"),
        "{err}"
    );
    let out = frontline(&["extract", "--published", "yesterday", "corpus/dev/d001.txt"]);
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr).unwrap().contains("yesterday"));
}

#[test]
fn jsonl_articles_use_their_metadata() {
    let dir = std::env::temp_dir().join(format!("frontline-cli-ok-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("feed.jsonl");
    let rec = serde_json::json!({"id": "r1", "title": "Zaranj falls", "url": "https://example.org/a", "published": "2021-08-06T09:00:00Z",
        "text": "The Taliban captured Zaranj, the capital of Nimroz province, on Friday, officials said."});
    std::fs::write(&p, format!("{rec}\n")).unwrap();
    let out = frontline(&["extract", p.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let e: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    assert_eq!(e["article"], "r1");
    assert_eq!(e["date"], "2021-08-06");
    assert_eq!(e["url"], "https://example.org/a");
    assert_eq!(e["place"]["province"], "AF-NIM");
}

#[test]
fn district_boundaries_that_are_not_geojson_are_a_clear_error() {
    let dir = std::env::temp_dir().join(format!("frontline-cli-adm2-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join("adm2.geojson");
    std::fs::write(&p, "{\"type\": \"Feature\"").unwrap();
    let out = frontline(&[
        "--districts",
        p.to_str().unwrap(),
        "export",
        "--layer",
        "districts",
        "corpus/dev/d002.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("adm2.geojson") && err.contains("GeoJSON"),
        "{err}"
    );
    let ok = frontline(&[
        "--districts",
        "tests/fixtures/adm2.geojson",
        "export",
        "--layer",
        "districts",
        "corpus/dev/d002.txt",
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let fc: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert!(fc["features"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["geometry"]["type"] == "Polygon"));
    assert!(String::from_utf8_lossy(&ok.stderr).contains("1 district boundaries joined"));
}

#[test]
fn ci_runs_the_readme_test_command() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let command = readme
        .lines()
        .find_map(|l| l.strip_prefix("Test command: `")?.strip_suffix('`'))
        .expect("README.md has a line 'Test command: `...`'");
    let ci = std::fs::read_to_string(root.join(".ci/run")).expect(".ci/run");
    let last = ci
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or_default();
    assert_eq!(
        last, command,
        ".ci/run must end by running README.md's test command"
    );
}
