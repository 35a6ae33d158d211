//! Region packs: everything Frontline knows about one conflict's geography, loaded from data.
//!
//! In: a directory such as `geodata/afghanistan/` (see `geodata/README.md` for the files).
//! Out: a [`Region`]: provinces with polygons, places, districts, places abroad, actors, the
//! extractor's word lists ([`Lexicon`]) and the baseline of who held what.
//!
//! Nothing in the code knows about Afghanistan; another conflict is another directory.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use geo::{BoundingRect, Contains};
use serde::{Deserialize, Serialize};

use crate::lexicon::Lexicon;

/// Errors loading a region pack. Each names the file and what is wrong with it.
#[derive(Debug, thiserror::Error)]
pub enum RegionError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: invalid JSON: {source}")]
    Json {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("{path}: invalid GeoJSON: {message}")]
    GeoJson { path: PathBuf, message: String },
    #[error("{path}:{line}: {message}")]
    Row {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: PathBuf, message: String },
}

/// Index of a province in [`Region::provinces`].
pub type ProvinceIdx = usize;
/// Index of a place in [`Region::places`].
pub type PlaceIdx = usize;

/// A first-level administrative area with its boundary.
#[derive(Debug, Clone)]
pub struct Province {
    /// ISO 3166-2 code, e.g. `AF-KAN`.
    pub code: String,
    pub name: String,
    pub alternate_names: Vec<String>,
    pub geonameid: Option<i64>,
    pub capital: String,
    pub capital_geonameid: Option<i64>,
    /// Index of the capital in [`Region::places`], when the pack lists it.
    pub capital_place: Option<PlaceIdx>,
    pub geometry: geo::MultiPolygon<f64>,
    /// The boundary exactly as stored in the pack (RFC 7946), served as is.
    pub geojson: geojson::Geometry,
}

/// What kind of thing a place is; facilities inside towns are kinds too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    City,
    Crossing,
    Airport,
    Base,
}

/// A populated place, crossing, airport or base.
#[derive(Debug, Clone)]
pub struct Place {
    /// Stable id: the GeoNames id as a string, or a slug for curated rows.
    pub id: String,
    pub geonameid: Option<i64>,
    pub name: String,
    pub alternate_names: Vec<String>,
    pub lat: f64,
    pub lon: f64,
    /// Province index, resolved from the row's ISO code.
    pub province: ProvinceIdx,
    pub population: u64,
    pub feature_code: String,
    pub kind: PlaceKind,
    pub source: String,
}

/// A second-level administrative area (district) with its centre when known.
#[derive(Debug, Clone)]
pub struct District {
    pub id: String,
    pub name: String,
    pub alternate_names: Vec<String>,
    pub province: ProvinceIdx,
    pub centre_geonameid: Option<i64>,
    /// Index of the centre in [`Region::places`], when it is listed there.
    pub centre_place: Option<PlaceIdx>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// The district's boundary, when the user joined ADM2 boundaries (`--districts`).
    pub boundary: Option<geojson::Geometry>,
}

/// A place outside the region: recognised so it never lands on the region's map.
#[derive(Debug, Clone)]
pub struct AbroadPlace {
    pub name: String,
    pub alternate_names: Vec<String>,
    pub country: String,
    pub kind: String,
}

/// A party to the conflict.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub label: String,
    pub color: String,
    /// Lower-case phrases that name the actor in text.
    pub names: Vec<String>,
    /// Phrases that name the actor only weakly ("troops"): used when nothing better is near.
    #[serde(default)]
    pub weak_names: Vec<String>,
    /// People whose followers fight for the actor ("Amrullah Saleh"): they name the actor
    /// only after `grammar.loyalty_words` ("fighters loyal to the former vice-president,
    /// Amrullah Saleh"); on their own they are persons, not forces.
    #[serde(default)]
    pub leaders: Vec<String>,
    /// The last day the actor held territory as such (the Afghan government: 2021-08-15).
    #[serde(default)]
    pub until: Option<chrono::NaiveDate>,
    /// Who the actor's weak names mean after `until` ("militiamen" fighting the Taliban in
    /// late August 2021 are the resistance).
    #[serde(default)]
    pub succeeded_by: Option<String>,
    /// The side that takes what this actor is driven out of when the text names no one
    /// ("villagers drove the Taliban out of Banu").
    #[serde(default)]
    pub opponent: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ActorsFile {
    actors: Vec<Actor>,
}

/// Who held what when the corpus begins.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Baseline {
    /// The day the baseline describes (ISO date).
    pub as_of: chrono::NaiveDate,
    /// Controller of every province at `as_of` (actor id), or null for unknown.
    pub provinces: Option<String>,
    /// Controller of every provincial capital at `as_of`.
    pub provincial_capitals: Option<String>,
    /// Controller of every other place at `as_of`.
    pub other_places: Option<String>,
    pub source: String,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RegionFile {
    id: String,
    name: String,
    /// ISO 3166-1 alpha-2 code of the region's country: abroad rows of it are ignored.
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    default_year: Option<i32>,
    baseline: Baseline,
    #[serde(default)]
    national_capital_geonameid: Option<i64>,
}

/// A loaded region pack.
#[derive(Debug)]
pub struct Region {
    pub id: String,
    pub name: String,
    pub dir: PathBuf,
    /// Year assumed for dates that leave it out when nothing else tells.
    pub default_year: Option<i32>,
    pub provinces: Vec<Province>,
    pub places: Vec<Place>,
    pub districts: Vec<District>,
    pub abroad: Vec<AbroadPlace>,
    pub actors: Vec<Actor>,
    pub baseline: Baseline,
    pub lexicon: Lexicon,
    /// The national capital, which "the capital" refers to.
    pub national_capital: Option<PlaceIdx>,
    /// Outlines of the region's country and its neighbours, served as a basemap (raw GeoJSON).
    pub basemap: Option<String>,
    /// `[west, south, east, north]` of all provinces.
    pub bbox: [f64; 4],
    province_by_code: HashMap<String, ProvinceIdx>,
    /// Per place: the province it is the capital of.
    capital_of: Vec<Option<ProvinceIdx>>,
    place_by_geonameid: HashMap<i64, PlaceIdx>,
    place_by_id: HashMap<String, PlaceIdx>,
}

impl Region {
    /// Loads the region pack in `dir`.
    pub fn load(dir: &Path) -> Result<Region, RegionError> {
        let region_path = dir.join("region.json");
        let region_file: RegionFile = read_json(&region_path)?;

        let provinces_path = dir.join("provinces.geojson");
        let mut provinces = load_provinces(&provinces_path)?;
        let province_by_code: HashMap<String, ProvinceIdx> = provinces
            .iter()
            .enumerate()
            .map(|(i, p)| (p.code.clone(), i))
            .collect();

        let places_path = dir.join("places.tsv");
        let places = load_places(&places_path, &province_by_code)?;
        let place_by_geonameid: HashMap<i64, PlaceIdx> = places
            .iter()
            .enumerate()
            .filter_map(|(i, p)| p.geonameid.map(|g| (g, i)))
            .collect();
        let place_by_id: HashMap<String, PlaceIdx> = places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        for p in &mut provinces {
            p.capital_place = p
                .capital_geonameid
                .and_then(|g| place_by_geonameid.get(&g).copied())
                .or_else(|| {
                    // Curated capitals have no GeoNames id: fall back to the name.
                    places.iter().position(|pl| {
                        pl.name == p.capital && province_by_code.get(&p.code) == Some(&pl.province)
                    })
                });
        }

        let districts_path = dir.join("districts.tsv");
        let districts = if districts_path.exists() {
            load_districts(
                &districts_path,
                &province_by_code,
                &place_by_geonameid,
                &place_by_id,
            )?
        } else {
            Vec::new()
        };
        let abroad_path = dir.join("abroad.tsv");
        let abroad = if abroad_path.exists() {
            let mut rows = load_abroad(&abroad_path)?;
            if let Some(cc) = &region_file.country {
                rows.retain(|a| !a.country.eq_ignore_ascii_case(cc));
            }
            rows
        } else {
            Vec::new()
        };
        let actors_path = dir.join("actors.json");
        let actors: ActorsFile = read_json(&actors_path)?;
        if actors.actors.is_empty() {
            return Err(RegionError::Invalid {
                path: actors_path,
                message: "no actors defined".into(),
            });
        }
        for a in &actors.actors {
            for (field, next) in [("succeeded_by", &a.succeeded_by), ("opponent", &a.opponent)] {
                if let Some(next) = next {
                    if !actors.actors.iter().any(|b| &b.id == next) {
                        return Err(RegionError::Invalid {
                            path: actors_path.clone(),
                            message: format!(
                                "actor {:?}: {field} names unknown actor {next:?}",
                                a.id
                            ),
                        });
                    }
                }
            }
        }
        let lexicon_path = dir.join("lexicon.json");
        let mut lexicon: Lexicon = read_json(&lexicon_path)?;
        lexicon.fold_phrases();
        lexicon.expand_actor_templates(&actors.actors);
        lexicon.expand_verb_forms();
        lexicon
            .validate(&actors.actors)
            .map_err(|message| RegionError::Invalid {
                path: lexicon_path.clone(),
                message,
            })?;
        for (what, value) in [
            ("provinces", &region_file.baseline.provinces),
            (
                "provincial_capitals",
                &region_file.baseline.provincial_capitals,
            ),
            ("other_places", &region_file.baseline.other_places),
        ] {
            if let Some(v) = value {
                if !actors.actors.iter().any(|a| &a.id == v) {
                    return Err(RegionError::Invalid {
                        path: region_path.clone(),
                        message: format!("baseline.{what} names unknown actor {v:?}"),
                    });
                }
            }
        }
        let basemap_path = dir.join("neighbours.geojson");
        let basemap = if basemap_path.exists() {
            Some(
                std::fs::read_to_string(&basemap_path).map_err(|source| RegionError::Io {
                    path: basemap_path.clone(),
                    source,
                })?,
            )
        } else {
            None
        };

        let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for p in &provinces {
            if let Some(r) = p.geometry.bounding_rect() {
                bbox[0] = bbox[0].min(r.min().x);
                bbox[1] = bbox[1].min(r.min().y);
                bbox[2] = bbox[2].max(r.max().x);
                bbox[3] = bbox[3].max(r.max().y);
            }
        }
        let national_capital = region_file
            .national_capital_geonameid
            .and_then(|g| place_by_geonameid.get(&g).copied())
            .or_else(|| places.iter().position(|p| p.feature_code == "PPLC"));

        let mut capital_of = vec![None; places.len()];
        for (i, p) in provinces.iter().enumerate() {
            if let Some(c) = p.capital_place {
                capital_of[c] = Some(i);
            }
        }
        Ok(Region {
            capital_of,
            id: region_file.id,
            name: region_file.name,
            dir: dir.to_path_buf(),
            default_year: region_file.default_year,
            provinces,
            places,
            districts,
            abroad,
            actors: actors.actors,
            baseline: region_file.baseline,
            lexicon,
            national_capital,
            basemap,
            bbox,
            province_by_code,
            place_by_geonameid,
            place_by_id,
        })
    }

    pub fn province_by_code(&self, code: &str) -> Option<ProvinceIdx> {
        self.province_by_code.get(code).copied()
    }

    pub fn place_by_geonameid(&self, id: i64) -> Option<PlaceIdx> {
        self.place_by_geonameid.get(&id).copied()
    }

    pub fn place_by_id(&self, id: &str) -> Option<PlaceIdx> {
        self.place_by_id.get(id).copied()
    }

    /// Every name of an event place id: a place id, or `district:<id>` for a district.
    pub fn names_of(&self, id: &str) -> Vec<&str> {
        if let Some(d) = id.strip_prefix("district:") {
            return self
                .districts
                .iter()
                .filter(|x| x.id == d)
                .flat_map(|x| {
                    std::iter::once(x.name.as_str())
                        .chain(x.alternate_names.iter().map(String::as_str))
                })
                .collect();
        }
        match self.place_by_id(id) {
            Some(p) => std::iter::once(self.places[p].name.as_str())
                .chain(self.places[p].alternate_names.iter().map(String::as_str))
                .collect(),
            None => Vec::new(),
        }
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// Joins district boundaries from a GeoJSON file of the user's choice (OCHA's ADM2
    /// layer, geoBoundaries, GADM ...): each feature is matched to a district of the pack by
    /// its name (any spelling the pack knows) within the province its interior point falls
    /// in. Returns how many districts got a boundary, and the names that matched none.
    pub fn join_district_boundaries(
        &mut self,
        path: &Path,
    ) -> Result<(usize, Vec<String>), RegionError> {
        use geo::InteriorPoint;
        let fc = read_feature_collection(path)?;
        const NAME_KEYS: &[&str] = &[
            "ADM2_EN",
            "adm2_name",
            "ADM2_NAME",
            "shapeName",
            "NAME_2",
            "DIST_NAME",
            "district",
            "District",
            "name",
            "NAME",
        ];
        let mut joined = 0;
        let mut unmatched = Vec::new();
        for f in fc.features {
            let Some(name) = NAME_KEYS
                .iter()
                .find_map(|k| f.property(k).and_then(|v| v.as_str()).map(str::to_string))
            else {
                unmatched.push("(feature without a name property)".to_string());
                continue;
            };
            let Some(geometry) = f.geometry.clone() else {
                continue;
            };
            let shape: Option<geo::Geometry<f64>> = geometry.clone().try_into().ok();
            let province = shape
                .as_ref()
                .and_then(|g| g.interior_point())
                .and_then(|p| self.province_at(p.x(), p.y()));
            let key = crate::text::fold_key(&name).replace(' ', "");
            let found = self.districts.iter_mut().find(|d| {
                province.is_none_or(|p| p == d.province)
                    && std::iter::once(&d.name)
                        .chain(&d.alternate_names)
                        .any(|n| crate::text::fold_key(n).replace(' ', "") == key)
            });
            match found {
                Some(d) => {
                    d.boundary = Some(geometry);
                    joined += 1;
                }
                None => unmatched.push(name),
            }
        }
        Ok((joined, unmatched))
    }

    /// The province whose polygon contains a point, if any.
    pub fn province_at(&self, lon: f64, lat: f64) -> Option<ProvinceIdx> {
        let pt = geo::Point::new(lon, lat);
        self.provinces.iter().position(|p| p.geometry.contains(&pt))
    }

    /// True when the place is a provincial capital.
    pub fn is_provincial_capital(&self, place: PlaceIdx) -> bool {
        self.capital_of.get(place).is_some_and(|c| c.is_some())
    }

    /// The province whose capital is this place.
    pub fn province_of_capital(&self, place: PlaceIdx) -> Option<ProvinceIdx> {
        self.capital_of.get(place).copied().flatten()
    }
}

/// The default region pack directory: `$FRONTLINE_REGION`, else `geodata/afghanistan` next to
/// the working directory, else next to the crate (for tests and `cargo run`).
pub fn default_region_dir() -> PathBuf {
    if let Ok(dir) = std::env::var("FRONTLINE_REGION") {
        return PathBuf::from(dir);
    }
    let local = PathBuf::from("geodata/afghanistan");
    if local.join("region.json").exists() {
        return local;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("geodata/afghanistan")
}

fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, RegionError> {
    let text = std::fs::read_to_string(path).map_err(|source| RegionError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|source| RegionError::Json {
        path: path.to_path_buf(),
        source,
    })
}

fn read_text(path: &Path) -> Result<String, RegionError> {
    std::fs::read_to_string(path).map_err(|source| RegionError::Io {
        path: path.to_path_buf(),
        source,
    })
}

/// Reads a GeoJSON FeatureCollection, naming the file in every error.
fn read_feature_collection(path: &Path) -> Result<geojson::FeatureCollection, RegionError> {
    let text = read_text(path)?;
    let gj: geojson::GeoJson = text
        .parse()
        .map_err(|e: geojson::Error| RegionError::GeoJson {
            path: path.to_path_buf(),
            message: e.to_string(),
        })?;
    match gj {
        geojson::GeoJson::FeatureCollection(fc) => Ok(fc),
        _ => Err(RegionError::GeoJson {
            path: path.to_path_buf(),
            message: "expected a FeatureCollection".into(),
        }),
    }
}

fn load_provinces(path: &Path) -> Result<Vec<Province>, RegionError> {
    let fc = read_feature_collection(path)?;
    let mut out = Vec::new();
    for (i, f) in fc.features.into_iter().enumerate() {
        let bad = |message: String| RegionError::GeoJson {
            path: path.to_path_buf(),
            message: format!("feature {i}: {message}"),
        };
        let str_prop = |k: &str| -> Option<String> {
            f.property(k).and_then(|v| v.as_str()).map(str::to_string)
        };
        let int_prop = |k: &str| -> Option<i64> { f.property(k).and_then(|v| v.as_i64()) };
        let code = str_prop("iso").ok_or_else(|| bad("missing string property `iso`".into()))?;
        let name = str_prop("name").ok_or_else(|| bad("missing string property `name`".into()))?;
        let alternate_names = f
            .property("alternate_names")
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let geometry_json = f
            .geometry
            .clone()
            .ok_or_else(|| bad(format!("{code} has no geometry")))?;
        let geom: geo::Geometry<f64> = geometry_json
            .clone()
            .try_into()
            .map_err(|e: geojson::Error| bad(format!("{code}: {e}")))?;
        let geometry = match geom {
            geo::Geometry::Polygon(p) => geo::MultiPolygon(vec![p]),
            geo::Geometry::MultiPolygon(m) => m,
            _ => {
                return Err(bad(format!(
                    "{code}: geometry must be a Polygon or MultiPolygon"
                )))
            }
        };
        out.push(Province {
            capital: str_prop("capital").unwrap_or_default(),
            capital_geonameid: int_prop("capital_geonameid"),
            geonameid: int_prop("geonameid"),
            code,
            name,
            alternate_names,
            capital_place: None,
            geometry,
            geojson: geometry_json,
        });
    }
    if out.is_empty() {
        return Err(RegionError::Invalid {
            path: path.to_path_buf(),
            message: "no provinces".into(),
        });
    }
    Ok(out)
}

/// A TSV row: its line number and its fields by column name.
type TsvRow = (usize, HashMap<String, String>);

/// Reads a TSV with a header row; yields (line number, field map) per row.
fn read_tsv(path: &Path, required: &[&str]) -> Result<Vec<TsvRow>, RegionError> {
    let text = read_text(path)?;
    let mut lines = text.lines().enumerate();
    let header: Vec<String> = match lines.next() {
        Some((_, h)) => h.split('\t').map(str::to_string).collect(),
        None => {
            return Err(RegionError::Invalid {
                path: path.to_path_buf(),
                message: "empty file (expected a header row)".into(),
            })
        }
    };
    for r in required {
        if !header.iter().any(|h| h == r) {
            return Err(RegionError::Invalid {
                path: path.to_path_buf(),
                message: format!("header lacks column `{r}`"),
            });
        }
    }
    let mut rows = Vec::new();
    for (n, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != header.len() {
            return Err(RegionError::Row {
                path: path.to_path_buf(),
                line: n + 1,
                message: format!("{} fields, header has {}", fields.len(), header.len()),
            });
        }
        rows.push((
            n + 1,
            header
                .iter()
                .cloned()
                .zip(fields.into_iter().map(str::to_string))
                .collect(),
        ));
    }
    Ok(rows)
}

fn split_names(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Names are shown in plain Latin letters ("Kandahar", not "Kandahār"): the transliteration
/// becomes the display name when an alternate name spells it so, and the original is kept as
/// an alternate name either way.
fn display_name(name: &str, mut alternates: Vec<String>) -> (String, Vec<String>) {
    if name.is_ascii() {
        return (name.to_string(), alternates);
    }
    let plain = deunicode::deunicode(name).replace(['\'', '`'], "");
    let key = crate::text::fold_key(&plain).replace(' ', "");
    let display = alternates
        .iter()
        .find(|a| a.is_ascii() && crate::text::fold_key(a).replace(' ', "") == key)
        .cloned()
        .unwrap_or(plain);
    alternates.push(name.to_string());
    (display, alternates)
}

fn parse_opt<T: std::str::FromStr>(
    path: &Path,
    line: usize,
    col: &str,
    v: &str,
) -> Result<Option<T>, RegionError> {
    if v.trim().is_empty() {
        return Ok(None);
    }
    v.trim().parse().map(Some).map_err(|_| RegionError::Row {
        path: path.to_path_buf(),
        line,
        message: format!("column `{col}`: cannot parse {v:?}"),
    })
}

fn load_places(
    path: &Path,
    provinces: &HashMap<String, ProvinceIdx>,
) -> Result<Vec<Place>, RegionError> {
    let rows = read_tsv(
        path,
        &[
            "id",
            "geonameid",
            "name",
            "alternate_names",
            "lat",
            "lon",
            "province",
            "kind",
        ],
    )?;
    let mut out = Vec::with_capacity(rows.len());
    for (line, r) in rows {
        let get = |k: &str| r.get(k).map(String::as_str).unwrap_or("");
        let row_err = |message: String| RegionError::Row {
            path: path.to_path_buf(),
            line,
            message,
        };
        let province = *provinces
            .get(get("province"))
            .ok_or_else(|| row_err(format!("unknown province code {:?}", get("province"))))?;
        let lat: f64 = parse_opt(path, line, "lat", get("lat"))?
            .ok_or_else(|| row_err("missing lat".into()))?;
        let lon: f64 = parse_opt(path, line, "lon", get("lon"))?
            .ok_or_else(|| row_err("missing lon".into()))?;
        let kind = match get("kind") {
            "city" | "" => PlaceKind::City,
            "crossing" => PlaceKind::Crossing,
            "airport" => PlaceKind::Airport,
            "base" => PlaceKind::Base,
            other => return Err(row_err(format!("unknown kind {other:?}"))),
        };
        let (name, alternate_names) =
            display_name(get("name"), split_names(get("alternate_names")));
        out.push(Place {
            id: get("id").to_string(),
            geonameid: parse_opt(path, line, "geonameid", get("geonameid"))?,
            name,
            alternate_names,
            lat,
            lon,
            province,
            population: parse_opt(path, line, "population", get("population"))?.unwrap_or(0),
            feature_code: get("feature_code").to_string(),
            kind,
            source: get("source").to_string(),
        });
    }
    Ok(out)
}

fn load_districts(
    path: &Path,
    provinces: &HashMap<String, ProvinceIdx>,
    places: &HashMap<i64, PlaceIdx>,
    place_ids: &HashMap<String, PlaceIdx>,
) -> Result<Vec<District>, RegionError> {
    let rows = read_tsv(path, &["id", "name", "alternate_names", "province"])?;
    let mut out = Vec::with_capacity(rows.len());
    for (line, r) in rows {
        let get = |k: &str| r.get(k).map(String::as_str).unwrap_or("");
        let province = *provinces
            .get(get("province"))
            .ok_or_else(|| RegionError::Row {
                path: path.to_path_buf(),
                line,
                message: format!("unknown province code {:?}", get("province")),
            })?;
        let centre_geonameid: Option<i64> =
            parse_opt(path, line, "centre_geonameid", get("centre_geonameid"))?;
        let (name, alternate_names) =
            display_name(get("name"), split_names(get("alternate_names")));
        out.push(District {
            id: get("id").to_string(),
            name,
            alternate_names,
            province,
            centre_place: place_ids
                .get(get("centre_id"))
                .copied()
                .or_else(|| centre_geonameid.and_then(|g| places.get(&g).copied())),
            centre_geonameid,
            lat: parse_opt(path, line, "lat", get("lat"))?,
            lon: parse_opt(path, line, "lon", get("lon"))?,
            boundary: None,
        });
    }
    Ok(out)
}

fn load_abroad(path: &Path) -> Result<Vec<AbroadPlace>, RegionError> {
    let rows = read_tsv(path, &["name", "alternate_names", "country", "kind"])?;
    Ok(rows
        .into_iter()
        .map(|(_, r)| {
            let get = |k: &str| r.get(k).cloned().unwrap_or_default();
            AbroadPlace {
                name: get("name"),
                alternate_names: split_names(&get("alternate_names")),
                country: get("country"),
                kind: get("kind"),
            }
        })
        .collect())
}
