//! The HTTP server: GeoJSON layers for any day, events, the timeline, area histories, and
//! the web map as static files.
//!
//! In: a built [`Timeline`] and its [`Region`], held in memory. Out: axum routes:
//!
//! | route | answer |
//! |---|---|
//! | `GET /api/meta` | region, bbox, actors and status colours, counts |
//! | `GET /api/timeline` | corpus date range and the days where something changes |
//! | `GET /api/basemap` | country outlines around the region |
//! | `GET /api/provinces?at=YYYY-MM-DD` | provinces with their status that day |
//! | `GET /api/places?at=YYYY-MM-DD` | places events mention, with their status that day |
//! | `GET /api/districts?at=[&known=]` | districts reports speak of as areas (polygons when joined) |
//! | `GET /api/events?from=&to=` | events in a date range (inclusive) |
//! | `GET /api/history/province/{iso}`, `/api/history/place/{id}` | control history with evidence |
//! | `/vendor/maplibre-gl/*` | maplibre-gl's `dist/` from `web/node_modules` (npm) |
//! | `/*` | the `web/` directory |
//!
//! `known=YYYY-MM-DD` on the layers and histories draws the map as someone reading the news
//! that day would have: only articles published by then (`at` is event time, `known` report
//! time).
//! A bad parameter gets HTTP 400 with `{"error": ..., "parameter": ...}`; an unknown area 404.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::NaiveDate;
use serde_json::{json, Value};
use tower_http::services::ServeDir;

use crate::layers;
use crate::region::Region;
use crate::timeline::Timeline;

/// What the server serves.
pub struct AppState {
    pub region: Region,
    pub timeline: Timeline,
    pub articles: usize,
    /// Timelines as known on a day (only articles published by then), built on demand.
    known: std::sync::Mutex<HashMap<NaiveDate, Arc<Timeline>>>,
    full: Arc<Timeline>,
}

impl AppState {
    pub fn new(region: Region, timeline: Timeline, articles: usize) -> AppState {
        let full = Arc::new(timeline.clone());
        AppState {
            region,
            timeline,
            articles,
            known: Default::default(),
            full,
        }
    }

    /// The timeline drawn only from articles published on or before `known` (undated
    /// articles left out), or the full one.
    fn timeline_known(&self, known: Option<NaiveDate>) -> Arc<Timeline> {
        let Some(day) = known else {
            return self.full.clone();
        };
        let mut cache = self.known.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(t) = cache.get(&day) {
            return t.clone();
        }
        let events = self
            .timeline
            .events
            .iter()
            .filter(|e| e.published.is_some_and(|p| p <= day))
            .cloned()
            .collect();
        let t = Arc::new(Timeline::build(
            &self.region,
            events,
            &crate::timeline::TimelineOptions::default(),
        ));
        if cache.len() > 512 {
            cache.clear();
        }
        cache.insert(day, t.clone());
        t
    }
}

/// An API error: a status, a message saying what was wrong, and the parameter at fault.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
    parameter: Option<String>,
}

impl ApiError {
    fn bad(parameter: &str, message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            parameter: Some(parameter.into()),
        }
    }
    fn not_found(message: impl Into<String>) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: message.into(),
            parameter: None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": self.message, "parameter": self.parameter});
        (self.status, Json(body)).into_response()
    }
}

fn geojson(v: Value) -> Response {
    (
        [(header::CONTENT_TYPE, "application/geo+json")],
        v.to_string(),
    )
        .into_response()
}

/// Checks that only `allowed` parameters are present.
fn only(params: &HashMap<String, String>, allowed: &[&str]) -> Result<(), ApiError> {
    for k in params.keys() {
        if !allowed.contains(&k.as_str()) {
            let expected = if allowed.is_empty() {
                "none".to_string()
            } else {
                allowed.join(", ")
            };
            return Err(ApiError::bad(
                k,
                format!("unknown parameter `{k}` (expected: {expected})"),
            ));
        }
    }
    Ok(())
}

fn date_param(params: &HashMap<String, String>, name: &str) -> Result<Option<NaiveDate>, ApiError> {
    match params.get(name).map(|s| s.trim()) {
        None | Some("") | Some("..") => Ok(None),
        Some(s) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                ApiError::bad(
                    name,
                    format!("`{name}` must be a date as YYYY-MM-DD, got {s:?}"),
                )
            }),
    }
}

/// The day a layer is drawn for: `at`, else the end of the corpus, else today.
fn at_param(state: &AppState, params: &HashMap<String, String>) -> Result<NaiveDate, ApiError> {
    only(params, &["at", "known"])?;
    Ok(date_param(params, "at")?
        .or(state.timeline.end)
        .unwrap_or_else(|| chrono::Local::now().date_naive()))
}

async fn meta(State(s): State<Arc<AppState>>) -> Json<Value> {
    Json(layers::meta(&s.region, &s.timeline, s.articles))
}

async fn timeline(State(s): State<Arc<AppState>>) -> Json<Value> {
    Json(layers::timeline_summary(&s.timeline))
}

async fn basemap(State(s): State<Arc<AppState>>) -> Response {
    match &s.region.basemap {
        Some(b) => ([(header::CONTENT_TYPE, "application/geo+json")], b.clone()).into_response(),
        None => geojson(json!({"type": "FeatureCollection", "features": []})),
    }
}

async fn provinces(
    State(s): State<Arc<AppState>>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let at = at_param(&s, &q)?;
    let tl = s.timeline_known(date_param(&q, "known")?);
    Ok(geojson(layers::provinces_at(&s.region, &tl, at)))
}

async fn places(
    State(s): State<Arc<AppState>>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let at = at_param(&s, &q)?;
    let tl = s.timeline_known(date_param(&q, "known")?);
    Ok(geojson(layers::places_at(&tl, at)))
}

async fn events(
    State(s): State<Arc<AppState>>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    only(&q, &["from", "to"])?;
    let from = date_param(&q, "from")?;
    let to = date_param(&q, "to")?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(ApiError::bad(
                "from",
                format!("`from` ({f}) is after `to` ({t})"),
            ));
        }
    }
    Ok(geojson(layers::events_between(&s.timeline, from, to)))
}

async fn province_history(
    State(s): State<Arc<AppState>>,
    Path(code): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    only(&q, &["known"])?;
    let tl = s.timeline_known(date_param(&q, "known")?);
    let area = tl
        .province(&code)
        .ok_or_else(|| ApiError::not_found(format!("no province with code {code:?}")))?;
    Ok(Json(layers::history(&tl, area, "province")))
}

async fn place_history(
    State(s): State<Arc<AppState>>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    only(&q, &["known"])?;
    let tl = s.timeline_known(date_param(&q, "known")?);
    let area = tl.place(&id).ok_or_else(|| {
        ApiError::not_found(format!(
            "no place with id {id:?} in the timeline (as known then)"
        ))
    })?;
    Ok(Json(layers::history(&tl, area, "place")))
}

async fn districts(
    State(s): State<Arc<AppState>>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let at = at_param(&s, &q)?;
    let tl = s.timeline_known(date_param(&q, "known")?);
    Ok(geojson(layers::districts_at(&s.region, &tl, at)))
}

async fn district_history(
    State(s): State<Arc<AppState>>,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Json<Value>, ApiError> {
    only(&q, &["known"])?;
    let tl = s.timeline_known(date_param(&q, "known")?);
    let area = tl.district(&id).ok_or_else(|| {
        ApiError::not_found(format!("no district with id {id:?} in the timeline"))
    })?;
    Ok(Json(layers::history(&tl, area, "district")))
}

async fn api_not_found() -> ApiError {
    ApiError::not_found("no such API route (see /api/meta, /api/timeline, /api/provinces, /api/places, /api/events, /api/history/...)")
}

/// The router, with static files from `web_dir`.
pub fn router(state: Arc<AppState>, web_dir: PathBuf) -> Router {
    let vendor = web_dir.join("node_modules/maplibre-gl/dist");
    Router::new()
        .route("/api/meta", get(meta))
        .route("/api/timeline", get(timeline))
        .route("/api/basemap", get(basemap))
        .route("/api/provinces", get(provinces))
        .route("/api/places", get(places))
        .route("/api/districts", get(districts))
        .route("/api/history/district/{id}", get(district_history))
        .route("/api/events", get(events))
        .route("/api/history/province/{code}", get(province_history))
        .route("/api/history/place/{id}", get(place_history))
        .route("/api/{*rest}", get(api_not_found))
        .nest_service("/vendor/maplibre-gl", ServeDir::new(vendor))
        .fallback_service(ServeDir::new(web_dir))
        .with_state(state)
}

/// The `web/` directory: `$FRONTLINE_WEB`, else `web` in the working directory, else the
/// crate's own.
pub fn default_web_dir() -> PathBuf {
    if let Ok(d) = std::env::var("FRONTLINE_WEB") {
        return PathBuf::from(d);
    }
    let local = PathBuf::from("web");
    if local.join("index.html").exists() {
        return local;
    }
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("web")
}
