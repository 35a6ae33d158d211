//! The timeline: control intervals per place and per province, with the events behind each.
//!
//! In: [`Event`]s and the region's baseline. Out: a [`Timeline`] of [`AreaTimeline`]s, each a
//! gap-free, non-overlapping sequence of [`ControlInterval`]s from the baseline day on.
//!
//! Rules (ARCHITECTURE.md, "Timeline rules", says the same in prose):
//! - Events are applied day by day. A capture makes its actor the controller (claimed when
//!   every report of it that day is a claim). Without a capture, a contest makes the area
//!   contested, the controller unchanged. A withdrawal by the controller alone makes the
//!   status `withdrawn`: the side stays the controller of record until someone is reported
//!   taking the place (only captures change who holds it); by anyone else a withdrawal
//!   changes nothing but is kept as evidence.
//! - Several captures on one day by different actors: the one with most unclaimed reports
//!   (then most reports) wins.
//! - A contested status with no fresh contest report for `contest_expiry_days` returns to
//!   the controller's own status.
//! - A capture only claimed, against control that reports established for another side,
//!   makes the area `disputed` (the claimant the controller of record) until a later report
//!   settles it.
//! - A denial of a change made within `denial_window_days` ("denied that the city had
//!   fallen") also makes it `disputed`.
//! - A claimed or disputed status that no other report settles within `claim_window_days`
//!   fades to unknown.
//! - A capture by the side the baseline already has there, or a withdrawal by a side the
//!   baseline does not place there, is flagged: the record misses an earlier change.
//! - A province follows its capital, and its own province-level events: both streams are
//!   applied together.
//! - Undated events are kept aside (`undated`), never guessed onto the timeline.
//! - `valid_to` is the last day (inclusive) of an interval; `null` while it is open.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::events::Event;
use crate::lexicon::EventKind;
use crate::mentions::Level;
use crate::region::Region;

/// Status of an area: an actor id, `contested`, `disputed` or `unknown`.
pub const CONTESTED: &str = "contested";
pub const UNKNOWN: &str = "unknown";
/// A side's claim contradicts control that reports had established.
pub const DISPUTED: &str = "disputed";
/// The controller's forces were reported leaving; nobody is yet reported taking the place.
pub const WITHDRAWN: &str = "withdrawn";

/// Who held an area, from one day to another, and why we think so.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ControlInterval {
    /// The actor holding the area, or `None` when unknown.
    pub controller: Option<String>,
    /// The controller's id, `contested` or `unknown`.
    pub status: String,
    /// True when the change rests only on a party's own claim.
    pub claimed: bool,
    pub valid_from: NaiveDate,
    /// Last day of the interval (inclusive); `None` while open.
    pub valid_to: Option<NaiveDate>,
    /// Indices into [`Timeline::events`] of the reports behind this interval.
    pub events: Vec<usize>,
    /// Where a baseline interval comes from, or why a status lapsed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Warnings for an analyst: reports that contradict the baseline.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

/// Which area a timeline is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "type", content = "id", rename_all = "lowercase")]
pub enum AreaKey {
    /// A province, by index into the region's provinces.
    Province(usize),
    /// A place, by its event place id.
    Place(String),
    /// A district as an area, by its region-pack id.
    District(String),
}

/// The control history of one area.
#[derive(Debug, Clone, Serialize)]
pub struct AreaTimeline {
    pub key: AreaKey,
    pub id: String,
    pub name: String,
    pub province: String,
    pub level: Level,
    pub geonameid: Option<i64>,
    pub lon: f64,
    pub lat: f64,
    pub intervals: Vec<ControlInterval>,
}

impl AreaTimeline {
    /// The interval in force on a day, if the day is on or after the baseline.
    pub fn at(&self, day: NaiveDate) -> Option<&ControlInterval> {
        self.intervals
            .iter()
            .find(|i| i.valid_from <= day && i.valid_to.is_none_or(|t| day <= t))
    }
}

/// Options for building a timeline.
#[derive(Debug, Clone)]
pub struct TimelineOptions {
    /// Days after the last contest report when a contested area returns to its controller.
    pub contest_expiry_days: u64,
    /// Days a claimed or disputed change stands without another report settling it before
    /// it fades to unknown; `None` keeps claims standing.
    pub claim_window_days: Option<u64>,
    /// Days after a change within which a denial of it makes it disputed.
    pub denial_window_days: u64,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions {
            contest_expiry_days: 10,
            claim_window_days: Some(30),
            denial_window_days: 3,
        }
    }
}

/// The whole corpus as control intervals.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    pub provinces: Vec<AreaTimeline>,
    pub places: Vec<AreaTimeline>,
    /// Districts that reports speak of as areas.
    pub districts: Vec<AreaTimeline>,
    pub events: Vec<Event>,
    /// Indices of events with no date: kept, not placed.
    pub undated: Vec<usize>,
    /// First and last dated event (or publication) of the corpus.
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Days on which some area's status changes.
    pub change_dates: Vec<NaiveDate>,
    pub baseline_as_of: NaiveDate,
}

impl Timeline {
    pub fn build(region: &Region, events: Vec<Event>, opts: &TimelineOptions) -> Timeline {
        let baseline = &region.baseline;
        let mut undated = Vec::new();
        let mut by_place: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_district: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut by_province: HashMap<usize, Vec<usize>> = HashMap::new();
        for (i, e) in events.iter().enumerate() {
            if e.date.is_none() {
                undated.push(i);
                continue;
            }
            match e.place.level {
                Level::Province => {
                    if let Some(p) = region.province_by_code(&e.place.province) {
                        by_province.entry(p).or_default().push(i);
                    }
                }
                _ => {
                    // A district as an area has its own timeline; its centre's point too.
                    if let Some(d) = &e.place.district {
                        by_district.entry(d.clone()).or_default().push(i);
                    }
                    by_place.entry(e.place.id.clone()).or_default().push(i);
                    // A province follows its capital.
                    if let Some(pl) = region.place_by_id(&e.place.id) {
                        if let Some(p) = region.province_of_capital(pl) {
                            by_province.entry(p).or_default().push(i);
                        }
                    }
                }
            }
        }
        let note = format!(
            "baseline: region pack, as of {} ({})",
            baseline.as_of, baseline.source
        );

        let mut places = Vec::new();
        for (id, idx) in &by_place {
            let first = &events[idx[0]].place;
            let is_capital = region
                .place_by_id(id)
                .is_some_and(|p| region.is_provincial_capital(p));
            let base = if is_capital {
                baseline.provincial_capitals.clone()
            } else {
                baseline.other_places.clone()
            };
            // A town named at several levels (the town and its district) keeps the town's
            // level and name when the gazetteer lists it.
            let (name, level, geonameid, lon, lat) = match region.place_by_id(id) {
                Some(p) => {
                    let pl = &region.places[p];
                    (pl.name.clone(), Level::City, pl.geonameid, pl.lon, pl.lat)
                }
                None => (
                    first.name.clone(),
                    first.level,
                    first.geonameid,
                    first.lon,
                    first.lat,
                ),
            };
            places.push(AreaTimeline {
                key: AreaKey::Place(id.clone()),
                id: id.clone(),
                name,
                province: first.province.clone(),
                level,
                geonameid,
                lon,
                lat,
                intervals: intervals(&events, idx, base, baseline.as_of, &note, opts),
            });
        }
        let mut districts = Vec::new();
        for (id, idx) in &by_district {
            let Some(d) = region.districts.iter().find(|d| &d.id == id) else {
                continue;
            };
            let first = &events[idx[0]].place;
            districts.push(AreaTimeline {
                key: AreaKey::District(id.clone()),
                id: id.clone(),
                name: d.name.clone(),
                province: region.provinces[d.province].code.clone(),
                level: Level::District,
                geonameid: d.centre_geonameid,
                lon: first.lon,
                lat: first.lat,
                intervals: intervals(
                    &events,
                    idx,
                    baseline.other_places.clone(),
                    baseline.as_of,
                    &note,
                    opts,
                ),
            });
        }
        let mut provinces = Vec::new();
        for (p, pr) in region.provinces.iter().enumerate() {
            let idx = by_province.get(&p).cloned().unwrap_or_default();
            let (lon, lat) = pr
                .capital_place
                .map(|c| (region.places[c].lon, region.places[c].lat))
                .unwrap_or((0.0, 0.0));
            provinces.push(AreaTimeline {
                key: AreaKey::Province(p),
                id: pr.code.clone(),
                name: pr.name.clone(),
                province: pr.code.clone(),
                level: Level::Province,
                geonameid: pr.geonameid,
                lon,
                lat,
                intervals: intervals(
                    &events,
                    &idx,
                    baseline.provinces.clone(),
                    baseline.as_of,
                    &note,
                    opts,
                ),
            });
        }
        let dated = events.iter().filter_map(|e| e.date);
        let start = dated.clone().min();
        let end = dated.chain(events.iter().filter_map(|e| e.published)).max();
        let mut changes = BTreeSet::new();
        for a in provinces.iter().chain(&places).chain(&districts) {
            for i in a.intervals.iter().skip(1) {
                changes.insert(i.valid_from);
            }
        }
        Timeline {
            provinces,
            places,
            districts,
            events,
            undated,
            start,
            end,
            change_dates: changes.into_iter().collect(),
            baseline_as_of: baseline.as_of,
        }
    }

    /// The timeline of a place by id, or of a province by ISO code.
    pub fn place(&self, id: &str) -> Option<&AreaTimeline> {
        self.places.iter().find(|a| a.id == id)
    }

    pub fn province(&self, code: &str) -> Option<&AreaTimeline> {
        self.provinces.iter().find(|a| a.id == code)
    }

    pub fn district(&self, id: &str) -> Option<&AreaTimeline> {
        self.districts.iter().find(|a| a.id == id)
    }

    /// Share of a province's districts (all those the region pack lists) held by each actor
    /// on a day; districts no report speaks of count as unknown.
    pub fn district_shares(
        &self,
        region: &Region,
        province: usize,
        day: NaiveDate,
    ) -> (usize, BTreeMap<String, f64>) {
        let all: Vec<&crate::region::District> = region
            .districts
            .iter()
            .filter(|d| d.province == province)
            .collect();
        let mut held: BTreeMap<String, usize> = BTreeMap::new();
        for d in &all {
            let status = self
                .district(&d.id)
                .and_then(|a| a.at(day))
                .map(|i| match &i.controller {
                    // Forces that left hold nothing, though no one is reported taking it.
                    Some(c) if i.status != WITHDRAWN => c.clone(),
                    _ => UNKNOWN.to_string(),
                })
                .unwrap_or_else(|| {
                    region
                        .baseline
                        .other_places
                        .clone()
                        .unwrap_or_else(|| UNKNOWN.to_string())
                });
            *held.entry(status).or_default() += 1;
        }
        let n = all.len();
        let shares = held
            .into_iter()
            .map(|(k, v)| (k, if n == 0 { 0.0 } else { v as f64 / n as f64 }))
            .collect();
        (n, shares)
    }
}

#[derive(Clone, PartialEq)]
struct State {
    controller: Option<String>,
    status: String,
    claimed: bool,
}

fn status_of(controller: &Option<String>) -> String {
    controller.clone().unwrap_or_else(|| UNKNOWN.to_string())
}

/// Applies an area's events, day by day, to its baseline.
fn intervals(
    events: &[Event],
    idx: &[usize],
    baseline: Option<String>,
    as_of: NaiveDate,
    note: &str,
    opts: &TimelineOptions,
) -> Vec<ControlInterval> {
    let mut by_day: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for &i in idx {
        if let Some(d) = events[i].date {
            by_day.entry(d.max(as_of)).or_default().push(i);
        }
    }
    let mut out = vec![ControlInterval {
        status: status_of(&baseline),
        controller: baseline,
        claimed: false,
        valid_from: as_of,
        valid_to: None,
        events: Vec::new(),
        note: Some(note.to_string()),
        flags: Vec::new(),
    }];
    // The last day fighting was reported, and the status a quiet contest returns to.
    let mut last_contest: Option<(NaiveDate, String)> = None;
    for (day, evs) in by_day {
        lapse(&mut out, &mut last_contest, day, opts);
        let cur = out.last().expect("baseline interval").clone();
        let from_baseline = out.len() == 1;
        let cur_state = State {
            controller: cur.controller.clone(),
            status: cur.status.clone(),
            claimed: cur.claimed,
        };
        let of_kind = |k: EventKind| -> Vec<usize> {
            evs.iter()
                .copied()
                .filter(|&i| events[i].kind == k)
                .collect()
        };
        let (captures, contests, withdrawals) = (
            of_kind(EventKind::Capture),
            of_kind(EventKind::Contest),
            of_kind(EventKind::Withdraw),
        );
        let mut flags = Vec::new();
        let new_state = if !captures.is_empty() {
            // Winner: most unclaimed reports, then most reports, then first reported.
            let mut tally: Vec<(String, usize, usize)> = Vec::new();
            for &i in &captures {
                let e = &events[i];
                match tally.iter_mut().find(|t| t.0 == e.actor) {
                    Some(t) => {
                        t.1 += usize::from(!e.claim);
                        t.2 += 1;
                    }
                    None => tally.push((e.actor.clone(), usize::from(!e.claim), 1)),
                }
            }
            let (actor, unclaimed, _) = tally
                .iter()
                .max_by_key(|t| (t.1, t.2))
                .cloned()
                .expect("a capture");
            last_contest = None;
            if from_baseline && cur.controller.as_deref() == Some(actor.as_str()) {
                flags.push(format!(
                    "capture by {actor}, which the baseline already has holding it: an earlier loss is not in the record"
                ));
            }
            let held_on_evidence = !from_baseline
                && !cur.claimed
                && cur.controller.is_some()
                && cur.status != WITHDRAWN;
            if unclaimed == 0
                && held_on_evidence
                && cur.controller.as_deref() != Some(actor.as_str())
            {
                // A claimed change against control that reports established: both stand
                // until later reporting settles it. The claimant is the controller of
                // record; the status says it is disputed.
                State {
                    controller: Some(actor.clone()),
                    status: DISPUTED.to_string(),
                    claimed: true,
                }
            } else {
                State {
                    controller: Some(actor.clone()),
                    status: actor,
                    claimed: unclaimed == 0,
                }
            }
        } else if !contests.is_empty() {
            // A holder that had withdrawn before the fighting has still withdrawn after it.
            let resume = match (&last_contest, cur.status.as_str()) {
                (_, WITHDRAWN) => WITHDRAWN.to_string(),
                (Some((_, r)), CONTESTED) => r.clone(),
                _ => status_of(&cur.controller),
            };
            last_contest = Some((day, resume));
            State {
                controller: cur.controller.clone(),
                status: CONTESTED.to_string(),
                claimed: cur.claimed,
            }
        } else if withdrawals
            .iter()
            .any(|&i| Some(&events[i].actor) == cur.controller.as_ref())
        {
            // Leaving is not handing over: the side stays the controller of record until a
            // capture is reported; the status says its forces left.
            State {
                controller: cur.controller.clone(),
                status: WITHDRAWN.to_string(),
                claimed: false,
            }
        } else {
            if from_baseline {
                for &i in &withdrawals {
                    flags.push(format!(
                        "withdrawal by {}, which the baseline does not place here",
                        events[i].actor
                    ));
                }
            }
            cur_state.clone()
        };
        // A denial of a fresh change ("a spokesman denied that the city had fallen"): the
        // change stands side by side with its denial until later reporting settles it.
        let denied = evs.iter().any(|&i| events[i].kind == EventKind::Denial);
        let mut new_state = new_state;
        if denied {
            let fresh = !captures.is_empty()
                || (!from_baseline
                    && cur.controller.as_deref() == Some(cur.status.as_str())
                    && cur
                        .valid_from
                        .checked_add_days(Days::new(opts.denial_window_days))
                        .is_some_and(|d| d >= day));
            if fresh
                && new_state.controller.is_some()
                && ![CONTESTED, UNKNOWN, WITHDRAWN].contains(&new_state.status.as_str())
            {
                new_state.status = DISPUTED.to_string();
            }
        }
        if new_state == cur_state {
            let last = out.last_mut().expect("baseline interval");
            last.events.extend(evs);
            last.flags.extend(flags);
        } else {
            start_new(&mut out, day, new_state, evs);
            out.last_mut().expect("interval").flags.extend(flags);
        }
    }
    // Statuses that lapse after the last report (a contest, then a claim).
    lapse(&mut out, &mut last_contest, NaiveDate::MAX, opts);
    lapse(&mut out, &mut last_contest, NaiveDate::MAX, opts);
    out
}

/// Starts a new interval on `day` (or, on the same day, replaces the last one's state).
fn start_new(out: &mut Vec<ControlInterval>, day: NaiveDate, st: State, evs: Vec<usize>) {
    let cur = out.last_mut().expect("baseline interval");
    if cur.valid_from == day {
        cur.controller = st.controller;
        cur.status = st.status;
        cur.claimed = st.claimed;
        cur.events.extend(evs);
        cur.note = None;
        return;
    }
    cur.valid_to = day.checked_sub_days(Days::new(1));
    out.push(ControlInterval {
        controller: st.controller,
        status: st.status,
        claimed: st.claimed,
        valid_from: day,
        valid_to: None,
        events: evs,
        note: None,
        flags: Vec::new(),
    });
}

/// Lapses between reports, before `until`: a quiet contest returns to the controller; a claim
/// or dispute that nothing settles fades to unknown.
fn lapse(
    out: &mut Vec<ControlInterval>,
    last_contest: &mut Option<(NaiveDate, String)>,
    until: NaiveDate,
    opts: &TimelineOptions,
) {
    let cur = out.last().expect("baseline interval").clone();
    if let Some((lc, resume)) = last_contest.clone() {
        let expiry = lc
            .checked_add_days(Days::new(opts.contest_expiry_days))
            .unwrap_or(lc);
        if cur.status == CONTESTED && expiry < until {
            let back_to = if resume == WITHDRAWN {
                "back to the holder of record, whose forces had withdrawn"
            } else {
                "back to the controller"
            };
            let st = State {
                status: resume,
                controller: cur.controller.clone(),
                claimed: cur.claimed,
            };
            // The evidence for the return is the contest that went quiet.
            start_new(out, expiry, st, cur.events.clone());
            out.last_mut().expect("interval").note = Some(format!(
                "no fighting reported for {} days after {lc}: {back_to}",
                opts.contest_expiry_days
            ));
            *last_contest = None;
            return;
        }
    }
    let unsettled =
        cur.status == DISPUTED || (cur.claimed && cur.status != CONTESTED && cur.status != UNKNOWN);
    if let (true, Some(window)) = (unsettled, opts.claim_window_days) {
        let fade = cur
            .valid_from
            .checked_add_days(Days::new(window))
            .unwrap_or(cur.valid_from);
        if fade < until {
            let what = if cur.status == DISPUTED {
                "dispute"
            } else {
                "claim"
            };
            let st = State {
                controller: None,
                status: UNKNOWN.to_string(),
                claimed: false,
            };
            start_new(out, fade, st, cur.events.clone());
            out.last_mut().expect("interval").note = Some(format!(
                "{what} not settled by another report within {window} days"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::DatePrecision;
    use crate::events::EventPlace;

    fn ev(day: &str, kind: EventKind, actor: &str, claim: bool) -> Event {
        Event {
            article: "a".into(),
            published: None,
            place: EventPlace {
                name: "X".into(),
                id: "1".into(),
                geonameid: Some(1),
                level: Level::City,
                province: "AF-X".into(),
                lon: 0.0,
                lat: 0.0,
                district: None,
            },
            kind,
            actor: actor.into(),
            date: Some(day.parse().unwrap()),
            date_precision: DatePrecision::Day,
            claim,
            evidence: String::new(),
            evidence_span: [0, 0],
            trigger: String::new(),
            confidence: 1.0,
            precision: Default::default(),
            title: None,
            url: None,
            day_borrowed: false,
            driven_out: None,
            partial_entry: false,
            entry: false,
        }
    }

    fn run(evs: Vec<Event>) -> Vec<ControlInterval> {
        let idx: Vec<usize> = (0..evs.len()).collect();
        intervals(
            &evs,
            &idx,
            Some("government".into()),
            "2021-05-01".parse().unwrap(),
            "base",
            &TimelineOptions::default(),
        )
    }

    #[test]
    fn capture_changes_controller_and_intervals_tile() {
        let iv = run(vec![
            ev("2021-07-29", EventKind::Contest, "taliban", false),
            ev("2021-08-06", EventKind::Capture, "taliban", false),
        ]);
        let s: Vec<&str> = iv.iter().map(|i| i.status.as_str()).collect();
        assert_eq!(s, ["government", "contested", "taliban"]);
        // No gaps, no overlaps.
        for w in iv.windows(2) {
            assert_eq!(w[0].valid_to.unwrap().succ_opt().unwrap(), w[1].valid_from);
        }
        assert_eq!(iv.last().unwrap().valid_to, None);
        assert_eq!(iv[1].controller.as_deref(), Some("government"));
    }

    #[test]
    fn claims_are_marked_and_confirmation_clears_them() {
        let iv = run(vec![
            ev("2021-08-13", EventKind::Capture, "taliban", true),
            ev("2021-08-14", EventKind::Capture, "taliban", false),
        ]);
        assert!(iv[1].claimed);
        assert!(!iv[2].claimed);
        assert_eq!(iv[2].controller.as_deref(), Some("taliban"));
    }

    #[test]
    fn stale_contest_returns_to_controller() {
        let iv = run(vec![
            ev("2021-07-07", EventKind::Contest, "taliban", false),
            ev("2021-08-12", EventKind::Capture, "taliban", false),
        ]);
        let s: Vec<&str> = iv.iter().map(|i| i.status.as_str()).collect();
        assert_eq!(s, ["government", "contested", "government", "taliban"]);
        assert_eq!(iv[2].valid_from, "2021-07-17".parse::<NaiveDate>().unwrap());
    }

    #[test]
    fn a_claimed_retake_against_reported_control_is_disputed_until_settled() {
        let iv = run(vec![
            ev("2021-07-14", EventKind::Capture, "taliban", false),
            ev("2021-07-15", EventKind::Capture, "government", true),
            ev("2021-07-20", EventKind::Capture, "taliban", false),
        ]);
        let s: Vec<&str> = iv.iter().map(|i| i.status.as_str()).collect();
        assert_eq!(s, ["government", "taliban", "disputed", "taliban"]);
        assert_eq!(
            iv[2].controller.as_deref(),
            Some("government"),
            "the claimant, disputed"
        );
        assert!(iv[2].claimed);
    }

    #[test]
    fn an_unconfirmed_claim_fades_to_unknown() {
        let iv = run(vec![ev("2021-08-13", EventKind::Capture, "taliban", true)]);
        let last = iv.last().unwrap();
        assert_eq!(last.status, UNKNOWN);
        assert_eq!(
            last.valid_from,
            "2021-09-12".parse::<NaiveDate>().unwrap(),
            "30 days after the claim"
        );
        assert!(last.note.as_deref().unwrap().contains("claim not settled"));
        assert_eq!(last.valid_to, None);
    }

    #[test]
    fn changes_that_contradict_the_baseline_are_flagged() {
        let iv = run(vec![ev(
            "2021-07-15",
            EventKind::Capture,
            "government",
            false,
        )]);
        assert!(iv
            .iter()
            .flat_map(|i| &i.flags)
            .any(|f| f.contains("earlier loss")));
        let iv = run(vec![ev(
            "2021-07-15",
            EventKind::Withdraw,
            "taliban",
            false,
        )]);
        assert!(iv[0].flags.iter().any(|f| f.contains("does not place")));
    }

    #[test]
    fn withdrawal_by_someone_else_changes_nothing() {
        let iv = run(vec![ev(
            "2021-08-20",
            EventKind::Withdraw,
            "taliban",
            false,
        )]);
        assert_eq!(iv.len(), 1);
        assert_eq!(iv[0].events, vec![0]);
        let iv = run(vec![ev(
            "2021-08-20",
            EventKind::Withdraw,
            "government",
            false,
        )]);
        // The holder's own withdrawal: still the controller of record, status withdrawn.
        assert_eq!(iv[1].status, WITHDRAWN);
        assert_eq!(iv[1].controller.as_deref(), Some("government"));
        // A claim of capture after it contradicts nothing: claimed, not disputed.
        let iv = run(vec![
            ev("2021-08-20", EventKind::Withdraw, "government", false),
            ev("2021-08-21", EventKind::Capture, "taliban", true),
        ]);
        assert_eq!(iv[2].status, "taliban");
        assert!(iv[2].claimed);
    }

    #[test]
    fn a_quiet_contest_after_a_withdrawal_returns_to_withdrawn() {
        let iv = run(vec![
            ev("2021-08-01", EventKind::Withdraw, "government", false),
            ev("2021-08-03", EventKind::Contest, "taliban", false),
            ev("2021-08-05", EventKind::Contest, "taliban", false),
        ]);
        let statuses: Vec<&str> = iv.iter().map(|i| i.status.as_str()).collect();
        assert_eq!(
            statuses,
            vec!["government", WITHDRAWN, CONTESTED, WITHDRAWN]
        );
        let last = iv.last().unwrap();
        assert_eq!(last.controller.as_deref(), Some("government"));
        assert!(last.note.as_deref().unwrap().contains("withdrawn"));
        // Without the withdrawal, the quiet contest returns to the controller's own status.
        let iv = run(vec![ev("2021-08-03", EventKind::Contest, "taliban", false)]);
        assert_eq!(iv.last().unwrap().status, "government");
    }
}
