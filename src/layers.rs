//! Layers: the timeline as GeoJSON, for one day (the map) or for all time (exports).
//!
//! In: a [`Timeline`] and its [`Region`]. Out: `serde_json::Value` GeoJSON documents
//! (RFC 7946: CRS84 lon/lat, no `crs` member) and history records.
//!
//! Export features carry `id`, `name`, `controller`, `status`, `claimed`, `valid_from`,
//! `valid_to` (inclusive last day, null while open): QGIS's temporal controller takes
//! `valid_from`/`valid_to` as start/end fields directly.

use chrono::NaiveDate;
use serde_json::{json, Map, Value};

use crate::events::Event;
use crate::region::Region;
use crate::timeline::{AreaTimeline, ControlInterval, Timeline, UNKNOWN};

/// Which layer to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LayerKind {
    Provinces,
    Places,
    Events,
    /// Districts reports speak of as areas: polygons when boundaries were joined
    /// (`--districts`), else points at their centres.
    Districts,
}

/// A district's geometry: its joined boundary, else its centre point.
fn district_geometry(region: &Region, a: &AreaTimeline) -> Value {
    region
        .districts
        .iter()
        .find(|d| d.id == a.id)
        .and_then(|d| d.boundary.as_ref())
        .and_then(|g| serde_json::to_value(g).ok())
        .unwrap_or_else(|| point(a.lon, a.lat))
}

/// Districts as of a day.
pub fn districts_at(region: &Region, tl: &Timeline, day: NaiveDate) -> Value {
    let features = tl
        .districts
        .iter()
        .map(|a| {
            feature(
                json!(a.id),
                district_geometry(region, a),
                place_properties(a, a.at(day)),
            )
        })
        .collect();
    collection(features)
}

fn date_value(d: Option<NaiveDate>) -> Value {
    d.map(|d| Value::String(d.to_string()))
        .unwrap_or(Value::Null)
}

fn interval_properties(area: &AreaTimeline, iv: Option<&ControlInterval>) -> Map<String, Value> {
    let mut p = Map::new();
    p.insert("id".into(), json!(area.id));
    p.insert("name".into(), json!(area.name));
    p.insert(
        "controller".into(),
        iv.and_then(|i| i.controller.clone())
            .map(Value::String)
            .unwrap_or(Value::Null),
    );
    p.insert(
        "status".into(),
        json!(iv.map(|i| i.status.as_str()).unwrap_or(UNKNOWN)),
    );
    p.insert("claimed".into(), json!(iv.is_some_and(|i| i.claimed)));
    p.insert("valid_from".into(), date_value(iv.map(|i| i.valid_from)));
    p.insert("valid_to".into(), date_value(iv.and_then(|i| i.valid_to)));
    p
}

fn feature(id: Value, geometry: Value, properties: Map<String, Value>) -> Value {
    json!({"type": "Feature", "id": id, "geometry": geometry, "properties": properties})
}

fn collection(features: Vec<Value>) -> Value {
    json!({"type": "FeatureCollection", "features": features})
}

fn point(lon: f64, lat: f64) -> Value {
    let r = |x: f64| (x * 1e6).round() / 1e6;
    json!({"type": "Point", "coordinates": [r(lon), r(lat)]})
}

fn province_geometry(region: &Region, code: &str) -> Value {
    region
        .province_by_code(code)
        .and_then(|p| serde_json::to_value(&region.provinces[p].geojson).ok())
        .unwrap_or(Value::Null)
}

fn source_articles(tl: &Timeline, iv: &ControlInterval) -> Value {
    let mut a: Vec<&str> = iv
        .events
        .iter()
        .map(|&i| tl.events[i].article.as_str())
        .collect();
    a.sort_unstable();
    a.dedup();
    json!(a)
}

/// The outlet of an article URL: its host without a leading "www.".
fn outlet(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?.to_ascii_lowercase();
    (!host.is_empty()).then(|| host.trim_start_matches("www.").to_string())
}

/// Corroboration of an interval: its sources, how many independent articles report it, when
/// it was first and last reported, its best precision codes, and analyst flags.
fn corroboration(tl: &Timeline, iv: &ControlInterval) -> Map<String, Value> {
    let mut p = Map::new();
    let sources = source_articles(tl, iv);
    p.insert(
        "source_count".into(),
        json!(sources.as_array().map_or(0, Vec::len)),
    );
    p.insert("sources".into(), sources);
    // Independent sources: outlets (the host of an article's URL) when articles have URLs,
    // else articles; a denial is a source too, of the other side's view.
    let mut outlets: Vec<String> = iv
        .events
        .iter()
        .map(|&i| {
            let e = &tl.events[i];
            e.url
                .as_deref()
                .and_then(outlet)
                .unwrap_or_else(|| e.article.clone())
        })
        .collect();
    outlets.sort_unstable();
    outlets.dedup();
    p.insert("independent_sources".into(), json!(outlets.len()));
    let published = iv.events.iter().filter_map(|&i| tl.events[i].published);
    p.insert("first_reported".into(), date_value(published.clone().min()));
    p.insert("latest_reported".into(), date_value(published.max()));
    let best = |f: fn(&crate::precision::Precision) -> u8| {
        iv.events.iter().map(|&i| f(&tl.events[i].precision)).min()
    };
    p.insert("geo_precision".into(), json!(best(|p| p.geo_precision)));
    p.insert("time_precision".into(), json!(best(|p| p.time_precision)));
    p.insert("where_prec".into(), json!(best(|p| p.where_prec)));
    p.insert("date_prec".into(), json!(best(|p| p.date_prec)));
    p.insert("flags".into(), json!(iv.flags));
    p.insert("note".into(), json!(iv.note));
    p
}

/// Provinces coloured as of a day.
pub fn provinces_at(region: &Region, tl: &Timeline, day: NaiveDate) -> Value {
    let features = tl
        .provinces
        .iter()
        .map(|a| {
            let iv = a.at(day);
            let mut p = interval_properties(a, iv);
            let capital = region
                .province_by_code(&a.id)
                .map(|i| region.provinces[i].capital.clone())
                .unwrap_or_default();
            p.insert("capital".into(), json!(capital));
            p.insert("events".into(), json!(iv.map_or(0, |i| i.events.len())));
            if let Some(pi) = region.province_by_code(&a.id) {
                let (n, shares) = tl.district_shares(region, pi, day);
                p.insert("districts_total".into(), json!(n));
                p.insert("districts_held".into(), json!(shares));
            }
            feature(json!(a.id), province_geometry(region, &a.id), p)
        })
        .collect();
    collection(features)
}

fn place_properties(a: &AreaTimeline, iv: Option<&ControlInterval>) -> Map<String, Value> {
    let mut p = interval_properties(a, iv);
    p.insert("geonameid".into(), json!(a.geonameid));
    p.insert("province".into(), json!(a.province));
    p.insert("level".into(), json!(a.level.as_str()));
    p
}

/// Places that events mention, as of a day.
pub fn places_at(tl: &Timeline, day: NaiveDate) -> Value {
    let features = tl
        .places
        .iter()
        .map(|a| {
            let mut p = place_properties(a, a.at(day));
            let n: usize = a.intervals.iter().map(|i| i.events.len()).sum();
            p.insert("events".into(), json!(n));
            feature(json!(a.id), point(a.lon, a.lat), p)
        })
        .collect();
    collection(features)
}

/// An event's properties: the extract fields, flattened for GIS tools.
pub fn event_properties(e: &Event) -> Map<String, Value> {
    let mut p = Map::new();
    p.insert("article".into(), json!(e.article));
    p.insert("title".into(), json!(e.title));
    p.insert("url".into(), json!(e.url));
    p.insert("published".into(), date_value(e.published));
    p.insert("place_name".into(), json!(e.place.name));
    p.insert("place_id".into(), json!(e.place.id));
    p.insert("geonameid".into(), json!(e.place.geonameid));
    p.insert("province".into(), json!(e.place.province));
    p.insert("level".into(), json!(e.place.level.as_str()));
    p.insert("kind".into(), json!(e.kind.as_str()));
    p.insert("actor".into(), json!(e.actor));
    p.insert("date".into(), date_value(e.date));
    p.insert("date_precision".into(), json!(e.date_precision));
    p.insert("claim".into(), json!(e.claim));
    p.insert("confidence".into(), json!(e.confidence));
    p.insert("geo_precision".into(), json!(e.precision.geo_precision));
    p.insert("time_precision".into(), json!(e.precision.time_precision));
    p.insert("where_prec".into(), json!(e.precision.where_prec));
    p.insert("date_prec".into(), json!(e.precision.date_prec));
    p.insert("trigger".into(), json!(e.trigger));
    p.insert("evidence".into(), json!(e.evidence));
    p
}

/// Events dated within `[from, to]` (inclusive; an open end is unbounded). Undated events
/// are included only when both ends are open.
pub fn events_between(tl: &Timeline, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Value {
    let features = tl
        .events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind != crate::lexicon::EventKind::Denial)
        .filter(|(_, e)| match e.date {
            Some(d) => from.is_none_or(|f| d >= f) && to.is_none_or(|t| d <= t),
            None => from.is_none() && to.is_none(),
        })
        .map(|(i, e)| {
            feature(
                json!(i),
                point(e.place.lon, e.place.lat),
                event_properties(e),
            )
        })
        .collect();
    collection(features)
}

/// Every interval of every area as its own feature: the export layer.
pub fn export(region: &Region, tl: &Timeline, kind: LayerKind) -> Value {
    let mut features = Vec::new();
    match kind {
        LayerKind::Events => return events_between(tl, None, None),
        LayerKind::Provinces => {
            for a in &tl.provinces {
                let geom = province_geometry(region, &a.id);
                for (n, iv) in a.intervals.iter().enumerate() {
                    let mut p = interval_properties(a, Some(iv));
                    p.extend(corroboration(tl, iv));
                    p.insert("events".into(), json!(iv.events.len()));
                    features.push(feature(json!(format!("{}/{n}", a.id)), geom.clone(), p));
                }
            }
        }
        LayerKind::Districts => {
            for a in &tl.districts {
                let geom = district_geometry(region, a);
                for (n, iv) in a.intervals.iter().enumerate() {
                    let mut p = place_properties(a, Some(iv));
                    p.extend(corroboration(tl, iv));
                    p.insert("events".into(), json!(iv.events.len()));
                    features.push(feature(json!(format!("{}/{n}", a.id)), geom.clone(), p));
                }
            }
        }
        LayerKind::Places => {
            for a in &tl.places {
                for (n, iv) in a.intervals.iter().enumerate() {
                    let mut p = place_properties(a, Some(iv));
                    p.extend(corroboration(tl, iv));
                    p.insert("events".into(), json!(iv.events.len()));
                    features.push(feature(
                        json!(format!("{}/{n}", a.id)),
                        point(a.lon, a.lat),
                        p,
                    ));
                }
            }
        }
    }
    collection(features)
}

/// The control history of an area, with its evidence, for the map's side panel.
pub fn history(tl: &Timeline, area: &AreaTimeline, kind: &str) -> Value {
    let intervals: Vec<Value> = area
        .intervals
        .iter()
        .map(|iv| {
            let events: Vec<Value> = iv
                .events
                .iter()
                .map(|&i| {
                    let e = &tl.events[i];
                    json!({
                        "article": e.article, "title": e.title, "url": e.url,
                        "published": date_value(e.published), "date": date_value(e.date),
                        "date_precision": e.date_precision, "kind": e.kind.as_str(), "actor": e.actor,
                        "claim": e.claim, "confidence": e.confidence, "place_name": e.place.name,
                        "level": e.place.level.as_str(), "evidence": e.evidence,
                        "evidence_span": e.evidence_span,
                    })
                })
                .collect();
            let mut v = json!({
                "controller": iv.controller, "status": iv.status, "claimed": iv.claimed,
                "valid_from": iv.valid_from.to_string(), "valid_to": date_value(iv.valid_to),
                "events": events,
            });
            if let Value::Object(m) = &mut v {
                m.extend(corroboration(tl, iv));
            }
            v
        })
        .collect();
    json!({"id": area.id, "name": area.name, "kind": kind, "intervals": intervals})
}

/// The corpus's date range and the days where something changes.
pub fn timeline_summary(tl: &Timeline) -> Value {
    json!({
        "start": date_value(tl.start),
        "end": date_value(tl.end),
        "baseline_as_of": tl.baseline_as_of.to_string(),
        "change_dates": tl.change_dates.iter().map(|d| d.to_string()).collect::<Vec<_>>(),
        "undated_events": tl.undated.len(),
    })
}

/// Region, actors and status colours for the map legend.
pub fn meta(region: &Region, tl: &Timeline, articles: usize) -> Value {
    let [w, s, e, n] = region.bbox;
    json!({
        "region": {"id": region.id, "name": region.name, "bbox": [w, s, e, n]},
        "actors": region.actors.iter().map(|a| json!({"id": a.id, "label": a.label, "color": a.color})).collect::<Vec<_>>(),
        "statuses": [
            {"id": "contested", "label": "Contested", "color": "#f39c12"},
            {"id": "disputed", "label": "Disputed", "color": "#8e44ad"},
            {"id": "withdrawn", "label": "Holder withdrew", "color": "#d7c49e"},
            {"id": "unknown", "label": "Unknown", "color": "#bdc3c7"}
        ],
        "articles": articles,
        "events": tl.events.len(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn outlets_are_url_hosts() {
        assert_eq!(
            super::outlet("https://www.example.org/a/b?c").as_deref(),
            Some("example.org")
        );
        assert_eq!(
            super::outlet("http://user@news.example.com:8080/x").as_deref(),
            Some("news.example.com")
        );
        assert_eq!(super::outlet("not a url"), None);
    }
}
