//! Exports for QGIS/GDAL: one feature per area and interval, intervals that tile time,
//! sources on every non-baseline interval, RFC 7946 geometry.

mod common;

use std::collections::BTreeMap;

use frontline::layers::{export, LayerKind};
use frontline::timeline::{Timeline, TimelineOptions};

fn layer(kind: LayerKind) -> serde_json::Value {
    let region = common::region();
    let events = common::extract(&region, &[common::dev_corpus()], None);
    let tl = Timeline::build(&region, events, &TimelineOptions::default());
    export(&region, &tl, kind)
}

fn check_intervals(fc: &serde_json::Value) {
    let mut by_area: BTreeMap<String, Vec<&serde_json::Value>> = BTreeMap::new();
    for f in fc["features"].as_array().unwrap() {
        let p = &f["properties"];
        for key in common::INTERVAL_PROPERTIES {
            assert!(p.get(key).is_some(), "feature lacks {key}: {p}");
        }
        let status = p["status"].as_str().unwrap();
        assert!([
            "taliban",
            "government",
            "resistance",
            "contested",
            "disputed",
            "withdrawn",
            "unknown"
        ]
        .contains(&status));
        by_area.entry(p["id"].to_string()).or_default().push(p);
    }
    assert!(!by_area.is_empty());
    for (id, ivs) in by_area {
        for w in ivs.windows(2) {
            let to: chrono::NaiveDate = w[0]["valid_to"]
                .as_str()
                .expect("only the last interval is open")
                .parse()
                .unwrap();
            let next: chrono::NaiveDate = w[1]["valid_from"].as_str().unwrap().parse().unwrap();
            assert_eq!(
                to.succ_opt().unwrap(),
                next,
                "{id}: intervals must tile time without gap or overlap"
            );
        }
        assert!(
            ivs.last().unwrap()["valid_to"].is_null(),
            "{id}: the last interval is open"
        );
        for iv in &ivs[1..] {
            assert!(
                !iv["sources"].as_array().unwrap().is_empty(),
                "{id}: a non-baseline interval names its sources"
            );
        }
    }
}

#[test]
fn provinces_export_tiles_time_and_is_rfc7946() {
    let fc = layer(LayerKind::Provinces);
    check_intervals(&fc);
    assert!(fc.get("crs").is_none());
    let f = &fc["features"][0];
    let geom = &f["geometry"];
    assert!(geom["type"] == "Polygon" || geom["type"] == "MultiPolygon");
    // Counter-clockwise exterior ring (positive signed area), at most 6 decimals.
    let ring = if geom["type"] == "Polygon" {
        &geom["coordinates"][0]
    } else {
        &geom["coordinates"][0][0]
    };
    let pts: Vec<(f64, f64)> = ring
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_f64().unwrap(), p[1].as_f64().unwrap()))
        .collect();
    let area: f64 = pts
        .windows(2)
        .map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1)
        .sum();
    assert!(area > 0.0, "exterior ring must be counter-clockwise");
    for p in ring.as_array().unwrap() {
        let s = p[0].to_string();
        assert!(
            s.split('.').nth(1).map_or(0, str::len) <= 6,
            "{s} has more than 6 decimals"
        );
    }
}

#[test]
fn places_export_tiles_time() {
    check_intervals(&layer(LayerKind::Places));
}

#[test]
fn events_export_carries_the_extract_fields() {
    let fc = layer(LayerKind::Events);
    let f = &fc["features"][0];
    assert_eq!(f["geometry"]["type"], "Point");
    for key in [
        "article",
        "published",
        "place_name",
        "kind",
        "actor",
        "date",
        "date_precision",
        "claim",
        "evidence",
    ] {
        assert!(f["properties"].get(key).is_some(), "event lacks {key}");
    }
}

#[test]
fn district_boundaries_join_by_name_and_districts_feed_province_shares() {
    let mut region = common::region();
    let (joined, unmatched) = region
        .join_district_boundaries(&common::root().join("tests/fixtures/adm2.geojson"))
        .unwrap();
    assert_eq!(joined, 1, "Panjwayi joins the pack's Panjwa'i district");
    assert_eq!(unmatched, vec!["Nowhere".to_string()]);
    let events = common::extract(&region, &[common::dev_corpus()], None);
    let tl = Timeline::build(&region, events, &TimelineOptions::default());
    let fc = export(&region, &tl, LayerKind::Districts);
    let panjwai = fc["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| {
            f["properties"]["name"]
                .as_str()
                .is_some_and(|n| n.starts_with("Panjw"))
        })
        .expect("Panjwai district, taken on 4 July, is on the districts layer");
    assert_eq!(panjwai["geometry"]["type"], "Polygon");
    let provinces = frontline::layers::provinces_at(&region, &tl, "2021-07-10".parse().unwrap());
    let kandahar = provinces["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "AF-KAN")
        .unwrap();
    let held = &kandahar["properties"]["districts_held"];
    assert!(held["taliban"].as_f64().unwrap() > 0.0, "{held}");
    assert!(kandahar["properties"]["districts_total"].as_u64().unwrap() > 10);
}
