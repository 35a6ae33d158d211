//! The five real articles the project was created from: what Frontline must get right.
//! They are read from `../shared/seeds` (not copied into the repository).

mod common;

use frontline::events::Event;
use frontline::lexicon::EventKind;
use frontline::mentions::Level;

fn seed(prefix: &str, published: Option<&str>) -> Option<Vec<Event>> {
    let Some(dir) = common::seeds_dir() else {
        eprintln!("skipped: ../shared/seeds is not beside the repository");
        return None;
    };
    let region = common::region();
    Some(common::extract(
        &region,
        &[common::find_file(&dir, prefix)],
        published,
    ))
}

fn has(events: &[Event], place: &str, kind: EventKind, actor: &str) -> Option<Event> {
    events
        .iter()
        .find(|e| {
            e.place.name.to_lowercase().replace(['-', ' '], "")
                == place.to_lowercase().replace(['-', ' '], "")
                && e.kind == kind
                && e.actor == actor
        })
        .cloned()
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

#[test]
fn seed_000_spin_boldak_taken_then_retaken_kandahar_contested() {
    let Some(ev) = seed("000_", None) else { return };
    let taken = has(&ev, "Spin Boldak", EventKind::Capture, "taliban")
        .expect("Spin Boldak taken by the Taliban");
    assert_eq!(
        taken.date,
        day("2021-07-14"),
        "the takeover's date is 14 July, not 'last week'"
    );
    has(&ev, "Spin Boldak", EventKind::Capture, "government")
        .expect("Spin Boldak retaken by government forces");
    let k = has(&ev, "Kandahar", EventKind::Contest, "taliban").expect("Kandahar contested");
    assert_eq!(k.place.level, Level::City);
    assert!(
        has(&ev, "Kandahar", EventKind::Capture, "taliban").is_none(),
        "Kandahar was not taken"
    );
}

#[test]
fn seed_001_zaranj_and_kunduz_taken_sheberghan_and_lashkar_gah_contested() {
    let Some(ev) = seed("001_", None) else { return };
    has(&ev, "Zaranj", EventKind::Capture, "taliban").expect("Zaranj taken");
    has(&ev, "Kunduz", EventKind::Capture, "taliban").expect("Kunduz taken");
    let sheberghan = ev
        .iter()
        .find(|e| e.place.geonameid == Some(1125444) && e.kind == EventKind::Contest);
    assert!(sheberghan.is_some(), "Sheberghan contested: {ev:#?}");
    has(&ev, "Lashkar Gah", EventKind::Contest, "taliban").expect("Lashkar Gah contested");
    assert!(
        has(&ev, "Lashkar Gah", EventKind::Capture, "taliban").is_none(),
        "efforts to take over are not a capture"
    );
    for e in &ev {
        assert!(
            !["Herat", "Kandahar"].contains(&e.place.name.as_str()),
            "pressure on a city is not an event: {e:?}"
        );
    }
}

#[test]
fn seed_002_dated_by_its_footer_and_has_no_control_event() {
    let Some(dir) = common::seeds_dir() else {
        return;
    };
    let region = common::region();
    let opts = frontline::article::ReadOptions {
        published: None,
        default_year: region.default_year,
    };
    let arts =
        frontline::article::read_paths(&[common::find_file(&dir, "002_")], &region.lexicon, &opts)
            .unwrap();
    assert_eq!(
        arts[0].published,
        day("2021-01-05"),
        "'Published in Dawn, January 5th, 2021', not the 2024 teaser"
    );
    let ev = seed("002_", None).unwrap();
    assert!(
        ev.is_empty(),
        "air strikes, assassinations and a press 'under siege' are not events: {ev:#?}"
    );
}

#[test]
fn seed_003_lashkar_gah_contested_not_captured() {
    let Some(ev) = seed("003_", None) else { return };
    has(&ev, "Lashkar Gah", EventKind::Contest, "taliban").expect("Lashkar Gah contested");
    assert!(
        !ev.iter()
            .any(|e| e.place.name == "Lashkar Gah" && e.kind == EventKind::Capture),
        "'would be a massive blow' and seized radio stations are not a capture: {ev:#?}"
    );
}

#[test]
fn seed_004_kandahar_herat_ghazni_qala_i_naw_fallen_kabul_not() {
    let Some(ev) = seed("004_", Some("2021-08-13")) else {
        return;
    };
    let k = has(&ev, "Kandahar", EventKind::Capture, "taliban").expect("Kandahar taken");
    assert_eq!(k.date, day("2021-08-13"));
    for (name, id) in [
        ("Herat", 1140026),
        ("Ghazni", 1141269),
        ("Qala-i-Naw", 1129867),
    ] {
        let e = ev
            .iter()
            .find(|e| {
                e.place.geonameid == Some(id)
                    && e.kind == EventKind::Capture
                    && e.actor == "taliban"
            })
            .unwrap_or_else(|| panic!("{name} fallen: {ev:#?}"));
        assert_eq!(
            e.date,
            day("2021-08-12"),
            "{name} fell on Thursday 12 August"
        );
    }
    assert!(
        !ev.iter().any(|e| e.place.name == "Kabul"),
        "Kabul 'could come under Taliban' is a prediction"
    );
}

#[test]
fn seed_004_without_a_date_is_undated_not_guessed() {
    let Some(ev) = seed("004_", None) else { return };
    assert!(!ev.is_empty());
    assert!(
        ev.iter().all(|e| e.published.is_none() && e.date.is_none()),
        "no date may be invented"
    );
}
