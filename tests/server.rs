//! The HTTP API, exercised in-process (no port): layers by day, events, histories, errors.

mod common;

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use frontline::server::{router, AppState};
use frontline::timeline::{Timeline, TimelineOptions};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn app() -> axum::Router {
    let region = common::region();
    let events = common::extract(&region, &[common::dev_corpus()], None);
    let timeline = Timeline::build(&region, events, &TimelineOptions::default());
    let state = Arc::new(AppState::new(region, timeline, 36));
    router(state, common::root().join("web"))
}

async fn get(app: &axum::Router, uri: &str) -> (StatusCode, String, serde_json::Value) {
    let res = app
        .clone()
        .oneshot(Request::get(uri).body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = res.status();
    let ctype = res
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    (status, ctype, json)
}

fn status_of(fc: &serde_json::Value, id: &str) -> String {
    fc["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == id)
        .unwrap()["properties"]["status"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn provinces_follow_their_capitals_through_time() {
    let app = app();
    let (s, ctype, before) = get(&app, "/api/provinces?at=2021-07-01").await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(ctype, "application/geo+json");
    assert_eq!(before["features"].as_array().unwrap().len(), 34);
    assert_eq!(
        status_of(&before, "AF-NIM"),
        "government",
        "baseline before Zaranj fell"
    );
    let (_, _, after) = get(&app, "/api/provinces?at=2021-08-20").await;
    assert_eq!(
        status_of(&after, "AF-NIM"),
        "taliban",
        "Zaranj fell on 6 August"
    );
    assert_eq!(status_of(&after, "AF-KAN"), "taliban");
    let f = after["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "AF-KAN")
        .unwrap();
    for key in common::INTERVAL_PROPERTIES {
        assert!(
            f["properties"].get(key).is_some(),
            "province feature lacks {key}"
        );
    }
}

#[tokio::test]
async fn places_events_and_timeline() {
    let app = app();
    let (s, _, places) = get(&app, "/api/places?at=2021-08-10").await;
    assert_eq!(s, StatusCode::OK);
    let zaranj = places["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "1120985")
        .expect("Zaranj is on the map");
    assert_eq!(zaranj["properties"]["status"], "taliban");
    assert_eq!(zaranj["geometry"]["type"], "Point");
    let (_, _, ev) = get(&app, "/api/events?from=2021-08-06&to=2021-08-06").await;
    let feats = ev["features"].as_array().unwrap();
    assert!(!feats.is_empty());
    assert!(feats
        .iter()
        .all(|f| f["properties"]["date"] == "2021-08-06"));
    let (_, _, tl) = get(&app, "/api/timeline").await;
    assert!(tl["start"].as_str().unwrap() <= "2021-06-22");
    assert!(tl["change_dates"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d == "2021-08-06"));
    let (_, _, meta) = get(&app, "/api/meta").await;
    assert_eq!(meta["actors"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn history_explains_an_area_with_evidence() {
    let app = app();
    let (s, _, h) = get(&app, "/api/history/province/AF-NIM").await;
    assert_eq!(s, StatusCode::OK);
    let intervals = h["intervals"].as_array().unwrap();
    assert!(intervals.len() >= 2);
    assert!(intervals[0]["note"]
        .as_str()
        .unwrap()
        .starts_with("baseline"));
    let ev = &intervals[1]["events"][0];
    assert!(
        ev["evidence"].as_str().unwrap().contains("Zaranj")
            || ev["evidence"].as_str().unwrap().contains("Nimruz")
    );
    assert!(ev["article"].as_str().unwrap().ends_with(".txt"));
    let (s, _, err) = get(&app, "/api/history/place/nowhere").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(err["error"].as_str().unwrap().contains("nowhere"));
}

#[tokio::test]
async fn known_draws_the_map_from_articles_published_by_then() {
    let app = app();
    // Kandahar fell on 13 August; the dev corpus reports it in articles of 13 August on.
    let (_, _, event_time) = get(&app, "/api/provinces?at=2021-08-14").await;
    assert_eq!(status_of(&event_time, "AF-KAN"), "taliban");
    let (s, _, as_known) = get(&app, "/api/provinces?at=2021-08-14&known=2021-08-12").await;
    assert_eq!(s, StatusCode::OK);
    assert_ne!(
        status_of(&as_known, "AF-KAN"),
        "taliban",
        "not yet reported on 12 August"
    );
    let (s, _, h) = get(&app, "/api/history/province/AF-KAN?known=2021-08-12").await;
    assert_eq!(s, StatusCode::OK);
    for iv in h["intervals"].as_array().unwrap() {
        for e in iv["events"].as_array().unwrap() {
            assert!(e["published"].as_str().unwrap() <= "2021-08-12");
        }
    }
    let (s, _, e) = get(&app, "/api/provinces?at=2021-08-14&known=soon").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(e["parameter"], "known");
}

#[tokio::test]
async fn bad_parameters_get_400_saying_what_was_wrong() {
    let app = app();
    let (s, _, e) = get(&app, "/api/provinces?at=13-08-2021").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(e["parameter"], "at");
    assert!(e["error"].as_str().unwrap().contains("13-08-2021"));
    let (s, _, e) = get(&app, "/api/places?when=2021-08-01").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert_eq!(e["parameter"], "when");
    let (s, _, e) = get(&app, "/api/events?from=2021-08-10&to=2021-08-01").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(e["error"].as_str().unwrap().contains("after"));
}
