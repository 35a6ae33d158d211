//! Precision codes: how exactly an event is placed and dated, cross-walked to the two datasets
//! analysts compare against.
//!
//! In: an event's level and date precision. Out: [`Precision`], with ACLED's `geo_precision`
//! and `time_precision` (1–3) and UCDP GED's `where_prec` (1–7) and `date_prec` (1–5).
//!
//! | Frontline | ACLED geo | UCDP where |
//! |---|---|---|
//! | city, town, crossing, airport, base | 1 (the place itself) | 1 (exact location) |
//! | district | 2 (a part of the region: district) | 3 (second-order admin division) |
//! | province | 3 (a larger region: province) | 4 (first-order admin division) |
//!
//! | Frontline date | ACLED time | UCDP date |
//! |---|---|---|
//! | `day` | 1 (day known) | 1 (exact date) |
//! | `publication` (no day; the article's date bounds it) | 2 (week known) | 3 (week known) |
//! | `unknown` | 3 (month or less precise) | 5 (range over a month) |

use serde::{Deserialize, Serialize};

use crate::dates::DatePrecision;
use crate::mentions::Level;

/// Precision codes of one event or interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Precision {
    /// ACLED `geo_precision`, 1–3.
    pub geo_precision: u8,
    /// ACLED `time_precision`, 1–3.
    pub time_precision: u8,
    /// UCDP GED `where_prec`, 1–7.
    pub where_prec: u8,
    /// UCDP GED `date_prec`, 1–5.
    pub date_prec: u8,
}

impl Precision {
    pub fn of(level: Level, date: DatePrecision) -> Precision {
        let (geo_precision, where_prec) = match level {
            Level::City => (1, 1),
            Level::District => (2, 3),
            Level::Province => (3, 4),
        };
        let (time_precision, date_prec) = match date {
            DatePrecision::Day => (1, 1),
            DatePrecision::Publication => (2, 3),
            DatePrecision::Unknown => (3, 5),
        };
        Precision {
            geo_precision,
            time_precision,
            where_prec,
            date_prec,
        }
    }
}

impl Default for Precision {
    fn default() -> Self {
        Precision::of(Level::City, DatePrecision::Unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cross_walk() {
        let p = Precision::of(Level::City, DatePrecision::Day);
        assert_eq!(
            (p.geo_precision, p.time_precision, p.where_prec, p.date_prec),
            (1, 1, 1, 1)
        );
        let p = Precision::of(Level::Province, DatePrecision::Publication);
        assert_eq!(
            (p.geo_precision, p.time_precision, p.where_prec, p.date_prec),
            (3, 2, 4, 3)
        );
        let p = Precision::of(Level::District, DatePrecision::Unknown);
        assert_eq!(
            (p.geo_precision, p.time_precision, p.where_prec, p.date_prec),
            (2, 3, 3, 5)
        );
    }
}
