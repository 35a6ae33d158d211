#!/usr/bin/env python3
"""Tiny stand-in for the Frontline API, for developing web/ without the Rust server.

Usage: python3 scripts/mock_api.py PORT

Serves web/ at /, web/node_modules/maplibre-gl/dist/ at /vendor/maplibre-gl/
and the JSON API (/api/meta, /api/timeline, /api/basemap, /api/provinces,
/api/places, /api/events, /api/history/{province,place}/ID) from a small
fixture: three rectangular provinces, three places and a few events. One
event's evidence holds HTML markup so the page's escaping can be checked.
Not the real server: only a development and test aid.
"""

import json
import sys
from datetime import date
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
VENDOR = WEB / "node_modules" / "maplibre-gl" / "dist"

META = {
    "region": {"id": "afghanistan", "name": "Afghanistan", "bbox": [60.5, 29.4, 74.9, 38.5]},
    "actors": [
        {"id": "taliban", "label": "Taliban", "color": "#c0392b"},
        {"id": "government", "label": "Afghan government", "color": "#2e86c1"},
        {"id": "resistance", "label": "Resistance (NRF)", "color": "#27ae60"},
    ],
    "statuses": [
        {"id": "contested", "label": "Contested", "color": "#f39c12"},
        {"id": "disputed", "label": "Disputed", "color": "#8e44ad"},
        {"id": "withdrawn", "label": "Holder withdrew", "color": "#d7c49e"},
        {"id": "unknown", "label": "Unknown", "color": "#bdc3c7"},
    ],
}


def rect(x0, y0, x1, y1):
    return {"type": "Polygon", "coordinates": [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]}


PROVINCES = {
    "AF-HEL": {"name": "Helmand", "capital": "Lashkar Gah", "geometry": rect(62.6, 29.9, 64.6, 32.8)},
    "AF-KAN": {"name": "Kandahar", "capital": "Kandahar", "geometry": rect(64.6, 30.2, 66.9, 32.6)},
    "AF-PAN": {
        "name": "Panjshir",
        "capital": "Bazarak",
        "geometry": {
            "type": "MultiPolygon",
            "coordinates": [rect(69.2, 35.0, 70.6, 35.9)["coordinates"], rect(70.0, 35.9, 70.6, 36.2)["coordinates"]],
        },
    },
}

PLACES = {
    "1138336": {"geonameid": 1138336, "name": "Kandahar", "province": "AF-KAN", "level": "city", "lonlat": [65.71, 31.61]},
    "1147066": {"geonameid": 1147066, "name": "Lashkar Gah", "province": "AF-HEL", "level": "city", "lonlat": [64.36, 31.59]},
    "rokha": {"geonameid": None, "name": "Rokha", "province": "AF-PAN", "level": "district", "lonlat": [69.75, 35.32]},
}

ARTICLES = {
    "d010.txt": {"title": "Fighting reaches Kandahar outskirts", "url": "https://example.org/news/kandahar-outskirts", "published": "2021-07-09"},
    "d020.txt": {"title": None, "url": None, "published": "2021-08-13"},
    "d031.txt": {"title": "Lashkar Gah <b>under siege</b>", "url": "javascript:alert(1)", "published": "2021-08-02"},
    "d040.txt": {"title": "Panjshir holdouts", "url": "http://example.org/panjshir", "published": "2021-09-06"},
}

# Events: (article, place id or None for the province itself, province, kind, actor, date, claim, evidence)
EVENTS = [
    ("d010.txt", "1138336", "AF-KAN", "contest", "taliban", "2021-07-09", False,
     "Heavy fighting was reported on the outskirts of Kandahar city."),
    ("d031.txt", "1147066", "AF-HEL", "contest", "taliban", "2021-08-01", False,
     "Taliban fighters pushed into Lashkar Gah, residents said."),
    ("d020.txt", "1138336", "AF-KAN", "capture", "taliban", "2021-08-13", False,
     "The Taliban captured Kandahar, the country's second-largest city."),
    ("d020.txt", None, "AF-HEL", "capture", "taliban", "2021-08-13", False,
     "Helmand province fell to the Taliban on Friday."),
    ("d040.txt", "rokha", "AF-PAN", "withdraw", "government", "2021-08-16", False,
     "Government forces left Rokha; resistance fighters took their posts."),
    ("d040.txt", "rokha", "AF-PAN", "capture", "taliban", "2021-09-06", True,
     'A Taliban spokesman claimed Rokha had fallen <img src=x onerror=alert(1)> "completely".'),
]

# How each event changes the status of what it is about.
def effect(kind, actor):
    if kind == "capture":
        return actor, actor
    if kind == "contest":
        return None, "contested"  # controller unchanged
    if kind == "withdraw":
        return None, "withdrawn"  # the holder of record stays until a capture
    return None, "unknown"


BASELINE = {"AF-HEL": "government", "AF-KAN": "government", "AF-PAN": "government",
            "1138336": "government", "1147066": "government", "rokha": "government"}


def event_dict(ev):
    article, place_id, province, kind, actor, day, claim, evidence = ev
    meta = ARTICLES[article]
    place_name = PLACES[place_id]["name"] if place_id else PROVINCES[province]["name"]
    return {"article": article, "title": meta["title"], "url": meta["url"], "published": meta["published"],
            "date": day, "kind": kind, "actor": actor, "claim": claim, "place_name": place_name,
            "evidence": evidence}


def intervals_for(entity_id):
    """Control intervals of a province (all its events) or a place (its own events)."""
    if entity_id in PROVINCES:
        events = [e for e in EVENTS if e[2] == entity_id]
    else:
        events = [e for e in EVENTS if e[1] == entity_id]
    base = BASELINE[entity_id]
    out = [{"controller": base, "status": base, "claimed": False, "valid_from": None, "valid_to": None,
            "events": [], "note": "baseline: region pack, as of 2021-05-01"}]
    for ev in sorted(events, key=lambda e: e[5]):
        controller, status = effect(ev[3], ev[4])
        prev = out[-1]
        if prev["valid_from"] == ev[5]:
            prev["events"].append(event_dict(ev))
            continue
        prev["valid_to"] = ev[5]
        out.append({"controller": controller or prev["controller"], "status": status, "claimed": ev[6],
                    "valid_from": ev[5], "valid_to": None, "events": [event_dict(ev)]})
    return out


def state_at(entity_id, at):
    current = None
    for iv in intervals_for(entity_id):
        if iv["valid_from"] is None or iv["valid_from"] <= at:
            current = iv
    return current


def status_props(entity_id, at):
    iv = state_at(entity_id, at)
    return {"controller": iv["controller"], "status": iv["status"], "claimed": iv["claimed"],
            "valid_from": iv["valid_from"], "valid_to": iv["valid_to"]}


def fc(features):
    return {"type": "FeatureCollection", "features": features}


def provinces(at):
    return fc([{"type": "Feature", "id": iso, "geometry": p["geometry"],
                "properties": {"id": iso, "name": p["name"], "capital": p["capital"], **status_props(iso, at)}}
               for iso, p in PROVINCES.items()])


def places(at):
    feats = []
    for pid, p in PLACES.items():
        n = sum(1 for e in EVENTS if e[1] == pid)
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": p["lonlat"]},
                      "properties": {"id": pid, "geonameid": p["geonameid"], "name": p["name"],
                                     "province": p["province"], "level": p["level"], "events": n,
                                     **status_props(pid, at)}})
    return fc(feats)


def events(frm, to):
    feats = []
    for ev in EVENTS:
        if frm <= ev[5] <= to:
            place_id, province = ev[1], ev[2]
            lonlat = PLACES[place_id]["lonlat"] if place_id else [64.0, 31.0]
            props = event_dict(ev)
            props.update({"place_id": place_id or province, "province": province,
                          "level": PLACES[place_id]["level"] if place_id else "province",
                          "date_precision": "day"})
            feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": lonlat}, "properties": props})
    return fc(feats)


BASEMAP = fc([
    {"type": "Feature", "properties": {"name": "Afghanistan"},
     "geometry": {"type": "Polygon", "coordinates": [[[60.5, 29.4], [66.5, 29.4], [71.0, 31.5], [74.9, 37.0],
                                                      [71.5, 38.5], [64.0, 37.3], [60.5, 34.5], [60.5, 29.4]]]}},
    {"type": "Feature", "properties": {"name": "Pakistan"},
     "geometry": {"type": "Polygon", "coordinates": [[[61.0, 25.0], [66.5, 29.4], [71.0, 31.5], [74.9, 37.0],
                                                      [77.0, 35.0], [71.0, 24.0], [61.0, 25.0]]]}},
])


class BadRequest(Exception):
    pass


def parse_date(query, name):
    value = query.get(name, [None])[0]
    try:
        if value is None or len(value) != 10:
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name}: expected a date YYYY-MM-DD, got {value!r}", name)
    return value


class Handler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map,
                      ".mjs": "text/javascript", ".js": "text/javascript", ".css": "text/css"}

    def log_message(self, fmt, *args):  # quiet unless asked
        if "-v" in sys.argv:
            super().log_message(fmt, *args)

    def send_json(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def do_HEAD(self):
        self.send_error(405)  # GET only; the base class would serve the working directory

    def do_GET(self):
        url = urlsplit(self.path)
        path = unquote(url.path)
        if path.startswith("/api/"):
            try:
                status, body = self.api(path, parse_qs(url.query))
            except BadRequest as exc:
                status, body = 400, {"error": exc.args[0], "parameter": exc.args[1]}
            return self.send_json(status, body)
        if path.startswith("/vendor/maplibre-gl/"):
            return self.static(VENDOR, path[len("/vendor/maplibre-gl/"):])
        return self.static(WEB, path.lstrip("/") or "index.html")

    def static(self, root, rel):
        base = root.resolve()
        target = (base / rel).resolve()
        if not target.is_relative_to(base):
            return self.send_error(404)
        if root == WEB and target.relative_to(base).parts[:1] == ("node_modules",):
            return self.send_error(404)  # only maplibre's dist/ is exposed, under /vendor/
        if target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            return self.send_error(404)
        data = target.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(target)))
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def api(self, path, query):
        if path == "/api/meta":
            return 200, {**META, "articles": len(ARTICLES), "events": len(EVENTS)}
        if path == "/api/timeline":
            days = sorted({e[5] for e in EVENTS})
            return 200, {"start": days[0], "end": days[-1], "change_dates": days}
        if path == "/api/basemap":
            return 200, BASEMAP
        if path == "/api/provinces":
            return 200, provinces(parse_date(query, "at"))
        if path == "/api/places":
            return 200, places(parse_date(query, "at"))
        if path == "/api/events":
            return 200, events(parse_date(query, "from"), parse_date(query, "to"))
        for kind, table in (("province", PROVINCES), ("place", PLACES)):
            prefix = f"/api/history/{kind}/"
            if path.startswith(prefix):
                ident = path[len(prefix):]
                if ident not in table:
                    raise BadRequest(f"unknown {kind} {ident!r}", "id")
                return 200, {"id": ident, "name": table[ident]["name"], "kind": kind,
                             "intervals": intervals_for(ident)}
        return 404, {"error": f"no such endpoint: {path}"}


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: mock_api.py PORT [-v]")
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    print(f"mock API on http://127.0.0.1:{server.server_port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
