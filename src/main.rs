//! The `frontline` command line: geoparse, extract, eval, export, serve.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};

use frontline::article::{read_paths, Article, ReadOptions};
use frontline::events::{Event, Extractor};
use frontline::gazetteer::Gazetteer;
use frontline::layers::{self, LayerKind};
use frontline::mentions::{parse_article, Resolved};
use frontline::region::{default_region_dir, Region};
use frontline::server;
use frontline::timeline::{Timeline, TimelineOptions};

// Extraction allocates many short-lived vectors per sentence; mimalloc serves them at about
// half the cost of the system allocator (`frontline bench`, ARCHITECTURE.md "Speed").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "frontline",
    version,
    about = "News reports in, a time-aware map of territorial control out"
)]
struct Cli {
    /// Region pack directory (default: $FRONTLINE_REGION or geodata/afghanistan).
    #[arg(long, global = true)]
    region: Option<PathBuf>,
    /// District (ADM2) boundaries to join by name, a GeoJSON FeatureCollection of your choice
    /// (e.g. OCHA's); without it districts are mapped at their centres.
    #[arg(long, global = true, value_name = "GEOJSON")]
    districts: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct Input {
    /// Publication date (YYYY-MM-DD) for articles whose text and metadata give none.
    #[arg(long, value_parser = parse_date)]
    published: Option<NaiveDate>,
    /// Article files (.txt, .jsonl) or directories of them.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print one JSON line per place mention: text, span, resolved place or "abroad", why.
    Geoparse {
        #[command(flatten)]
        input: Input,
    },
    /// Print one JSON line per control event.
    Extract {
        /// Also print denials ("kind": "denial"): reports that a change did not happen.
        #[arg(long)]
        denials: bool,
        #[command(flatten)]
        input: Input,
    },
    /// Score extraction against a gold file (format of the dev corpus's gold.jsonl).
    Eval {
        /// Gold events, one JSON object per line.
        #[arg(long)]
        gold: PathBuf,
        /// Trap sentences (default: traps.jsonl beside the gold file, when present).
        #[arg(long)]
        traps: Option<PathBuf>,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Print only the figures, not which events were missed or wrong: for scoring a
        /// held-out corpus without learning its contents.
        #[arg(long)]
        figures_only: bool,
        /// Also compare the timeline's daily controller of every provincial capital the gold
        /// mentions with the one its captures imply, over this range (FROM..TO).
        #[arg(long, value_name = "FROM..TO", value_parser = parse_range)]
        timeline: Option<(NaiveDate, NaiveDate)>,
        #[command(flatten)]
        input: Input,
    },
    /// Write a layer as GeoJSON (one feature per area and control interval, or per event).
    Export {
        #[arg(long, value_enum)]
        layer: LayerKind,
        #[arg(long, value_enum, default_value = "geojson")]
        format: ExportFormat,
        /// Output file (default: standard output).
        #[arg(long, short)]
        out: Option<PathBuf>,
        #[command(flatten)]
        input: Input,
    },
    /// Measure extraction throughput on a synthetic corpus, next to the bare name scan.
    Bench {
        /// Size of the synthetic corpus in MB (10^6 bytes).
        #[arg(long, default_value_t = 100)]
        mb: usize,
        /// Seed of the corpus generator.
        #[arg(long, default_value_t = 2021)]
        seed: u64,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Also time geoparsing and the cue scan on their own.
        #[arg(long)]
        phases: bool,
        /// Repeat real articles (files or directories) up to the size instead of generating.
        #[arg(long, value_name = "PATH")]
        from: Vec<PathBuf>,
    },
    /// Serve the map and its API.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// The web directory (default: $FRONTLINE_WEB or web/).
        #[arg(long)]
        web: Option<PathBuf>,
        #[command(flatten)]
        input: Input,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    Geojson,
}

fn parse_range(s: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let (a, b) = s
        .split_once("..")
        .ok_or_else(|| format!("{s:?} is not a range FROM..TO"))?;
    let (a, b) = (parse_date(a)?, parse_date(b)?);
    if a > b {
        return Err(format!("{s:?}: FROM is after TO"));
    }
    Ok((a, b))
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date as YYYY-MM-DD"))
}

/// Everything the commands share: the region pack, its gazetteer and the articles.
struct Corpus {
    region: Region,
    gazetteer: Gazetteer,
    articles: Vec<Article>,
}

fn load(region_dir: Option<PathBuf>, districts: Option<PathBuf>, input: &Input) -> Result<Corpus> {
    let dir = region_dir.unwrap_or_else(default_region_dir);
    let mut region =
        Region::load(&dir).with_context(|| format!("loading region pack {}", dir.display()))?;
    if let Some(path) = districts {
        let (joined, unmatched) = region
            .join_district_boundaries(&path)
            .with_context(|| format!("joining district boundaries from {}", path.display()))?;
        let sample = sample(unmatched.iter().map(String::as_str));
        eprintln!(
            "frontline: {joined} district boundaries joined from {}; {} features matched no district{}",
            path.display(),
            unmatched.len(),
            if sample.is_empty() { String::new() } else { format!(" ({sample})") }
        );
    }
    let gazetteer = Gazetteer::new(&region);
    let opts = ReadOptions {
        published: input.published,
        default_year: region.default_year,
    };
    let articles = read_paths(&input.paths, &region.lexicon, &opts)?;
    // Without a publication date, "on Thursday" cannot be resolved: say so, once.
    let undated: Vec<&str> = articles
        .iter()
        .filter(|a| a.published.is_none())
        .map(|a| a.id.as_str())
        .collect();
    if !undated.is_empty() {
        eprintln!(
            "frontline: {} of {} articles have no publication date ({}); their relative days stay unresolved (set one with --published)",
            undated.len(),
            articles.len(),
            sample(undated.iter().copied())
        );
    }
    Ok(Corpus {
        region,
        gazetteer,
        articles,
    })
}

/// Extracts events, with a progress bar on a terminal and silence in pipes.
fn extract(c: &Corpus) -> Vec<Event> {
    let ex = Extractor::new(&c.region);
    let bar = if std::io::stderr().is_terminal() && c.articles.len() > 50 {
        indicatif::ProgressBar::new(c.articles.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut out = Vec::new();
    for a in &c.articles {
        let parsed = parse_article(a, &c.region, &c.gazetteer);
        out.extend(ex.extract(a, &parsed));
        bar.inc(1);
    }
    bar.finish_and_clear();
    out
}

fn write_lines(lines: impl Iterator<Item = serde_json::Value>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    for l in lines {
        writeln!(w, "{l}")?;
    }
    w.flush()?;
    Ok(())
}

fn main() {
    let cli = Cli::parse();
    if let Err(e) = run(cli) {
        // A closed pipe (`| head`) is not an error.
        if e.chain().any(|c| {
            c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        }) {
            std::process::exit(0);
        }
        eprintln!("frontline: {e:#}");
        std::process::exit(2);
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Geoparse { input } => {
            let c = load(cli.region, cli.districts, &input)?;
            let mut lines = Vec::new();
            for a in &c.articles {
                let parsed = parse_article(a, &c.region, &c.gazetteer);
                for m in &parsed.mentions {
                    let (place, abroad) = match m.resolved {
                        Resolved::Abroad(i) => {
                            let ab = &c.region.abroad[i];
                            (
                                serde_json::Value::Null,
                                serde_json::json!({"name": ab.name, "country": ab.country, "kind": ab.kind}),
                            )
                        }
                        _ => (
                            mention_place(&c.region, m.resolved),
                            serde_json::Value::Null,
                        ),
                    };
                    lines.push(serde_json::json!({
                        "article": a.id,
                        "text": &a.text[m.span.clone()],
                        "span": [m.span.start, m.span.end],
                        "place": place,
                        "abroad": abroad,
                        "why": m.why,
                    }));
                }
            }
            write_lines(lines.into_iter())
        }
        Command::Extract { denials, input } => {
            let c = load(cli.region, cli.districts, &input)?;
            let events = extract(&c);
            write_lines(
                events
                    .iter()
                    .filter(|e| denials || e.kind != frontline::lexicon::EventKind::Denial)
                    .map(|e| serde_json::to_value(e).expect("events serialise")),
            )
        }
        Command::Eval {
            gold,
            traps,
            json,
            figures_only,
            timeline,
            input,
        } => {
            let c = load(cli.region, cli.districts, &input)?;
            let events = extract(&c);
            let gold_events = frontline::eval::read_gold(&gold)?;
            let traps_path = traps.or_else(|| {
                let p = gold.with_file_name("traps.jsonl");
                p.exists().then_some(p)
            });
            let trap_list = match traps_path {
                Some(p) => frontline::eval::read_traps(&p)?,
                None => Vec::new(),
            };
            let report = frontline::eval::evaluate(&c.region, &events, &gold_events, &trap_list);
            let agreement = timeline.map(|(from, to)| {
                let tl = Timeline::build(&c.region, events.clone(), &TimelineOptions::default());
                frontline::eval::timeline_agreement(&c.region, &tl, &gold_events, from, to)
            });
            if json && figures_only {
                let doc = serde_json::json!({
                    "events": frontline::eval::figures(&report),
                    "timeline": agreement.map(|a| serde_json::json!({
                        "capitals": a.capitals,
                        "capital_days": a.capital_days,
                        "agreement": a.agreement,
                    })),
                });
                println!("{}", serde_json::to_string_pretty(&doc)?);
            } else if json {
                let doc = serde_json::json!({"events": report, "timeline": agreement});
                println!("{}", serde_json::to_string_pretty(&doc)?);
            } else {
                print!("{}", frontline::eval::render(&report, !figures_only));
                if let Some(a) = agreement {
                    println!(
                        "\ntimeline: {} provincial capitals, {} capital-days {}..{}, controller agrees on {:.1}%",
                        a.capitals, a.capital_days, a.from, a.to, a.agreement * 100.0
                    );
                    let shown = if figures_only {
                        &[][..]
                    } else {
                        &a.disagreements[..]
                    };
                    for (name, d0, d1, want, ours) in shown {
                        let show = |c: &Option<String>| c.clone().unwrap_or_else(|| "-".into());
                        println!(
                            "  {name} {d0}..{d1}: gold {}, ours {}",
                            show(want),
                            show(ours)
                        );
                    }
                }
            }
            Ok(())
        }
        Command::Export {
            layer,
            format: ExportFormat::Geojson,
            out,
            input,
        } => {
            let c = load(cli.region, cli.districts, &input)?;
            let events = extract(&c);
            let tl = Timeline::build(&c.region, events, &TimelineOptions::default());
            let doc = layers::export(&c.region, &tl, layer);
            let text = serde_json::to_string(&doc)?;
            match out {
                Some(p) => {
                    std::fs::write(&p, text).with_context(|| format!("writing {}", p.display()))?
                }
                None => println!("{text}"),
            }
            Ok(())
        }
        Command::Bench {
            mb,
            seed,
            json,
            phases,
            from,
        } => {
            let dir = cli.region.unwrap_or_else(default_region_dir);
            let region = Region::load(&dir)
                .with_context(|| format!("loading region pack {}", dir.display()))?;
            let articles = if from.is_empty() {
                eprintln!("frontline bench: generating {mb} MB of synthetic articles ...");
                frontline::bench::synthetic_corpus(&region, mb * 1_000_000, seed)
            } else {
                let opts = ReadOptions {
                    published: None,
                    default_year: region.default_year,
                };
                let real = read_paths(&from, &region.lexicon, &opts)?;
                if real.is_empty() {
                    bail!("no articles under {:?}", from);
                }
                eprintln!(
                    "frontline bench: repeating {} real articles up to {mb} MB ...",
                    real.len()
                );
                real.iter()
                    .cycle()
                    .scan(0usize, |size, a| {
                        (*size < mb * 1_000_000).then(|| {
                            *size += a.text.len();
                            a.clone()
                        })
                    })
                    .collect()
            };
            eprintln!(
                "frontline bench: {} articles; scanning and extracting on one core ...",
                articles.len()
            );
            let r = frontline::bench::run(&region, &articles, phases);
            if json {
                println!("{}", serde_json::to_string_pretty(&r)?);
            } else {
                println!(
                    "{:.1} MB in {} articles\nbare name scan: {:.1} MB/s ({:.2} s, {} names)\nfull extraction: {:.1} MB/s ({:.2} s, {} events)\nextraction / scan: {:.1}%",
                    r.bytes as f64 / 1e6, r.articles, r.scan_mb_per_s, r.scan_seconds, r.mentions,
                    r.extract_mb_per_s, r.extract_seconds, r.events, r.ratio * 100.0
                );
            }
            Ok(())
        }
        Command::Serve { addr, web, input } => {
            let c = load(cli.region, cli.districts, &input)?;
            let events = extract(&c);
            let n_articles = c.articles.len();
            let tl = Timeline::build(&c.region, events, &TimelineOptions::default());
            if c.region.districts.iter().all(|d| d.boundary.is_none()) {
                eprintln!("frontline: no district boundaries (--districts FILE): districts are mapped at their centres");
            }
            let web_dir = web.unwrap_or_else(server::default_web_dir);
            if !web_dir.join("index.html").exists() {
                bail!("{} has no index.html: pass --web DIR", web_dir.display());
            }
            if !web_dir
                .join("node_modules/maplibre-gl/dist/maplibre-gl.mjs")
                .exists()
            {
                eprintln!("frontline: warning: {} lacks node_modules/maplibre-gl (run `npm ci --prefix web`); the map page will not load", web_dir.display());
            }
            let state = Arc::new(server::AppState::new(c.region, tl, n_articles));
            let app = server::router(state.clone(), web_dir);
            let rt = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(&addr)
                    .await
                    .with_context(|| format!("cannot listen on {addr}"))?;
                eprintln!(
                    "frontline: {} articles, {} events; map at http://{}/",
                    n_articles,
                    state.timeline.events.len(),
                    listener.local_addr()?
                );
                axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = tokio::signal::ctrl_c().await;
                    })
                    .await?;
                Ok::<(), anyhow::Error>(())
            })
        }
    }
}

fn mention_place(region: &Region, r: Resolved) -> serde_json::Value {
    match r {
        Resolved::Place(p) => {
            let pl = &region.places[p];
            serde_json::json!({"name": pl.name, "id": pl.id, "geonameid": pl.geonameid, "level": "city",
                "province": region.provinces[pl.province].code, "lon": pl.lon, "lat": pl.lat, "kind": pl.kind})
        }
        Resolved::District(d) => {
            let di = &region.districts[d];
            serde_json::json!({"name": di.name, "id": di.id, "geonameid": di.centre_geonameid, "level": "district",
                "province": region.provinces[di.province].code, "lon": di.lon, "lat": di.lat})
        }
        Resolved::Province(p) => {
            let pr = &region.provinces[p];
            serde_json::json!({"name": pr.name, "id": pr.code, "geonameid": null, "level": "province", "province": pr.code})
        }
        Resolved::Abroad(_) => serde_json::Value::Null,
    }
}

/// The first eight of `names`, comma-separated, with ", ..." when there are more.
fn sample<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.collect();
    let mut out = names.iter().take(8).copied().collect::<Vec<_>>().join(", ");
    if names.len() > 8 {
        out.push_str(", ...");
    }
    out
}
