// End-to-end test of the map page in headless Chromium.
//
// Run with `node --test tests/e2e/` (or scripts/e2e) against a running server:
// FRONTLINE_URL=http://127.0.0.1:8080 (the default). The test only relies on
// what the API it talks to returns, so it works against the Rust server and
// against scripts/mock_api.py alike.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const requireFromWeb = createRequire(path.join(ROOT, 'web', 'package.json'));
const { chromium } = requireFromWeb('playwright-core');

const BASE = (process.env.FRONTLINE_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const ORIGIN = new URL(BASE).origin;
const SHOT_DIR = path.join(ROOT, 'target', 'e2e');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const DAY_MS = 86400000;
const MAX_DATE_PROBES = 15;

async function api(pathAndQuery) {
  const response = await fetch(BASE + pathAndQuery, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  assert.ok(response.ok, `GET ${pathAndQuery} -> HTTP ${response.status} ${JSON.stringify(body)}`);
  return body;
}

const statusById = (fc) => Object.fromEntries(fc.features.map((f) => [String(f.properties.id), f.properties.status]));
const dayDiff = (a, b) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);
const historyEvents = (history) => (history.intervals || []).flatMap((iv) => iv.events || []);

// ------------------------------------------------------------------ page helpers

async function openPage(context, viewport) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  return page;
}

/** Load the page and wait for the app's first data load. */
async function loadApp(page, query = '') {
  await page.goto(`${BASE}/${query}`);
  await page.waitForFunction(() => window.frontlineReady !== undefined);
  const result = await page.evaluate(() =>
    window.frontlineReady.then(
      () => ({ ok: true }),
      (err) => ({ ok: false, error: String((err && err.message) || err) }),
    ),
  );
  assert.ok(result.ok, `the app did not start: ${result.error}`);
  assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready');
}

async function waitLoaded(page, date) {
  await page.waitForFunction(
    (d) => document.body.dataset.state === 'ready' && document.body.dataset.loadedDate === d,
    date,
  );
}

async function waitMapIdle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const map = window.frontlineMap;
        const timer = setTimeout(resolve, 10000);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve();
        });
        map.triggerRepaint();
      }),
  );
}

/** id -> status of the province features the map has rendered. */
async function renderedProvinceStatuses(page) {
  return page.evaluate(() => {
    const out = {};
    for (const f of window.frontlineMap.queryRenderedFeatures({ layers: ['provinces-fill'] })) {
      out[String(f.properties.id)] = f.properties.status;
    }
    return out;
  });
}

/**
 * A page pixel where `id` is the topmost interactive feature of `layer`
 * ('provinces-fill' or 'places-circle') and nothing of the page covers the map.
 * Searches a grid over the feature's on-screen extent, nearest to its centre.
 */
async function findClickPoint(page, layer, id) {
  return page.evaluate(
    ({ layer, id }) => {
      const map = window.frontlineMap;
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      const feats = map.queryRenderedFeatures({ layers: [layer] }).filter((f) => String(f.properties.id) === id);
      if (!feats.length) return null;
      let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      const walk = (c) => {
        if (typeof c[0] === 'number') {
          const p = map.project(c);
          minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x);
          minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
        } else c.forEach(walk);
      };
      for (const f of feats) walk(f.geometry.coordinates);
      const pad = layer === 'places-circle' ? 4 : 0;
      minX = Math.max(1, minX - pad); minY = Math.max(1, minY - pad);
      maxX = Math.min(rect.width - 1, maxX + pad); maxY = Math.min(rect.height - 1, maxY + pad);
      if (minX > maxX || minY > maxY) return null;
      const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
      const step = Math.max(2, Math.min(maxX - minX, maxY - minY) / 24);
      let best = null;
      for (let x = minX; x <= maxX; x += step) {
        for (let y = minY; y <= maxY; y += step) {
          const hits = map.queryRenderedFeatures([x, y], { layers: ['places-circle', 'provinces-fill'] });
          const places = hits.filter((h) => h.layer.id === 'places-circle');
          const top = layer === 'places-circle' ? places[0] : places.length ? null : hits[0];
          if (!top || top.layer.id !== layer || String(top.properties.id) !== id) continue;
          if (document.elementFromPoint(rect.left + x, rect.top + y) !== canvas) continue;
          const d = (x - cx) ** 2 + (y - cy) ** 2;
          if (!best || d < best.d) best = { d, x: rect.left + x, y: rect.top + y };
        }
      }
      return best && { x: best.x, y: best.y };
    },
    { layer, id },
  );
}

async function waitPanel(page, kind, id) {
  await page.waitForFunction(
    ({ kind, id }) => {
      const p = document.getElementById('side-panel');
      return !p.hidden && p.dataset.featureKind === kind && p.dataset.featureId === id && p.dataset.state === 'ready';
    },
    { kind, id },
  );
}

async function panelEvidence(page) {
  return page.$$eval('#side-panel blockquote', (nodes) => nodes.map((n) => n.textContent));
}

/** Click a province or place on the map and wait for its history panel. */
async function clickFeature(page, kind, id) {
  const layer = kind === 'place' ? 'places-circle' : 'provinces-fill';
  const point = await findClickPoint(page, layer, id);
  assert.ok(point, `no clickable pixel found for ${kind} ${id}`);
  await page.mouse.move(point.x, point.y);
  assert.equal(await page.evaluate(() => window.frontlineMap.getCanvas().style.cursor), 'pointer', 'hover cursor');
  await page.mouse.click(point.x, point.y);
  await waitPanel(page, kind, id);
}

// ------------------------------------------------------------------ the test

describe('map page', { timeout: 240_000 }, () => {
  let context;
  let page;
  let userDataDir;
  let meta;
  let timeline;
  const requests = [];
  const pageErrors = [];
  const dialogs = [];
  let provinceWithEvents = null; // {id, history}

  before(async () => {
    meta = await api('/api/meta');
    timeline = await api('/api/timeline');
    await mkdir(SHOT_DIR, { recursive: true });
    userDataDir = await mkdtemp(path.join(tmpdir(), 'frontline-e2e-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    context.setDefaultTimeout(30_000);
    context.on('request', (request) => requests.push(request.url()));
    const watched = new WeakSet();
    const watch = (p) => {
      if (watched.has(p)) return;
      watched.add(p);
      p.on('pageerror', (err) => pageErrors.push(String(err)));
      p.on('console', (msg) => {
        if (msg.type() === 'error') console.log(`  [browser console] ${msg.text()}`);
      });
      p.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        dialog.dismiss().catch(() => {});
      });
    };
    context.on('page', watch);
    context.pages().forEach(watch);
    page = context.pages()[0] || (await context.newPage());
    watch(page);
  });

  after(async () => {
    if (context) await context.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('loads, renders provinces coloured as the API says', async () => {
    await loadApp(page);
    const date = await page.evaluate(() => document.body.dataset.loadedDate);
    assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(new URL(page.url()).searchParams.get('at'), date, 'URL carries the date');

    const rendered = await renderedProvinceStatuses(page);
    assert.ok(Object.keys(rendered).length > 0, 'province features are rendered');
    const expected = statusById(await api(`/api/provinces?at=${date}`));
    for (const [id, status] of Object.entries(rendered)) {
      assert.equal(status, expected[id], `rendered status of ${id} on ${date}`);
    }
    // The legend lists every actor from /api/meta.
    const legend = await page.locator('#legend-items').textContent();
    for (const actor of meta.actors) assert.ok(legend.includes(actor.label), `legend shows ${actor.label}`);
  });

  it('moving the slider updates the URL and the map', async (t) => {
    if (!timeline.start || !timeline.end) {
      t.skip('the API has no dated events: /api/timeline start/end are null');
      return;
    }
    const before = await page.evaluate(() => document.body.dataset.loadedDate);
    const renderedBefore = await renderedProvinceStatuses(page);
    const apiBefore = statusById(await api(`/api/provinces?at=${before}`));

    // Prefer a date where some rendered province has another status than now.
    const candidates = [...new Set([timeline.start, ...(timeline.change_dates || []), timeline.end])].filter(
      (d) => d !== before,
    );
    let target = null;
    let apiTarget = null;
    let differs = false;
    for (const d of candidates.slice(0, MAX_DATE_PROBES)) {
      const statuses = statusById(await api(`/api/provinces?at=${d}`));
      if (!target) [target, apiTarget] = [d, statuses];
      if (Object.keys(renderedBefore).some((id) => statuses[id] !== apiBefore[id])) {
        [target, apiTarget, differs] = [d, statuses, true];
        break;
      }
    }
    if (!target) {
      t.skip('the timeline has a single date: nothing to move the slider to');
      return;
    }
    if (!differs) t.diagnostic(`no probed date changes a rendered province; checking ${target} for consistency only`);

    const sliderStart = await page.locator('#date-slider').getAttribute('data-start');
    await page.locator('#date-slider').fill(String(dayDiff(target, sliderStart)));
    await waitLoaded(page, target);

    assert.equal(new URL(page.url()).searchParams.get('at'), target, 'URL follows the slider');
    assert.equal((await page.locator('#date-label').textContent()).trim(), target, 'date text follows the slider');
    const rendered = await renderedProvinceStatuses(page);
    assert.ok(Object.keys(rendered).length > 0, 'provinces still rendered');
    for (const [id, status] of Object.entries(rendered)) {
      assert.equal(status, apiTarget[id], `rendered status of ${id} on ${target}`);
    }
    if (differs) {
      const changed = Object.keys(rendered).filter((id) => rendered[id] !== renderedBefore[id]);
      assert.ok(changed.length > 0, `some rendered status changed between ${before} and ${target}`);
      t.diagnostic(`${before} -> ${target}: ${changed.map((id) => `${id} ${renderedBefore[id]}→${rendered[id]}`).join(', ')}`);
    }
  });

  it('clicking a province shows its history with evidence', async (t) => {
    const date = await page.evaluate(() => document.body.dataset.loadedDate);
    const rendered = await renderedProvinceStatuses(page);
    const provinces = await api(`/api/provinces?at=${date}`);
    for (const f of provinces.features) {
      const id = String(f.properties.id);
      if (!(id in rendered)) continue;
      const history = await api(`/api/history/province/${encodeURIComponent(id)}`);
      if (historyEvents(history).length > 0) {
        provinceWithEvents = { id, history };
        break;
      }
    }
    if (!provinceWithEvents) {
      t.skip('no rendered province has events in /api/history/province/{iso}: nothing to check in the panel');
      return;
    }
    const { id, history } = provinceWithEvents;
    await clickFeature(page, 'province', id);

    const title = (await page.locator('#panel-title').textContent()).trim();
    assert.equal(title, String(history.name ?? id));
    const shown = await panelEvidence(page);
    const expected = historyEvents(history).map((e) => String(e.evidence ?? ''));
    assert.ok(shown.length >= 1, 'at least one evidence blockquote');
    assert.deepEqual(shown, expected, 'every event of the history is shown, in order, as text');
    assert.equal(await page.locator('#side-panel .interval').count(), history.intervals.length, 'one entry per interval');
    assert.equal(await page.locator('#side-panel img').count(), 0, 'no img element in the panel');

    // The close button hides the panel.
    await page.locator('#panel-close').click();
    assert.equal(await page.locator('#side-panel').isHidden(), true, 'close button hides the panel');
  });

  it('evidence containing HTML markup is shown as text', async (t) => {
    if (!timeline.start || !timeline.end) {
      t.skip('the API has no dated events');
      return;
    }
    const events = await api(`/api/events?from=${timeline.start}&to=${timeline.end}`);
    const markup = events.features.map((f) => f.properties).filter((p) => /<\s*[a-z!/]/i.test(p.evidence || ''));
    let target = null;
    const date = await page.evaluate(() => document.body.dataset.loadedDate);
    const places = await api(`/api/places?at=${date}`);
    const placeCoords = new Map(places.features.map((f) => [String(f.properties.id), f.geometry.coordinates]));
    const rendered = await renderedProvinceStatuses(page);
    for (const ev of markup) {
      if (ev.place_id !== null && ev.place_id !== undefined && placeCoords.has(String(ev.place_id))) {
        const history = await api(`/api/history/place/${encodeURIComponent(ev.place_id)}`);
        if (historyEvents(history).some((e) => e.evidence === ev.evidence)) {
          target = { kind: 'place', id: String(ev.place_id), evidence: ev.evidence };
          break;
        }
      }
      if (ev.province && String(ev.province) in rendered) {
        const history = await api(`/api/history/province/${encodeURIComponent(ev.province)}`);
        if (historyEvents(history).some((e) => e.evidence === ev.evidence)) {
          target = { kind: 'province', id: String(ev.province), evidence: ev.evidence };
          break;
        }
      }
    }
    if (!target) {
      t.skip(`no event evidence with HTML markup reachable from the map (${markup.length} with markup in /api/events)`);
      return;
    }

    if (target.kind === 'place') {
      // Zoom in on the place so its circle is not hidden by a neighbour.
      await page.evaluate((center) => window.frontlineMap.jumpTo({ center, zoom: 8 }), placeCoords.get(target.id));
      await waitMapIdle(page);
    }
    await clickFeature(page, target.kind, target.id);

    const shown = await panelEvidence(page);
    assert.ok(shown.includes(target.evidence), `the evidence is shown verbatim as text: ${target.evidence}`);
    assert.equal(await page.locator('#side-panel img').count(), 0, 'no img element created in the panel');
    assert.equal(await page.locator('#side-panel script, #side-panel iframe').count(), 0, 'no script/iframe in the panel');
    assert.deepEqual(dialogs, [], 'no dialog was opened by injected markup');

    // Links from data are only ever http(s).
    const hrefs = await page.$$eval('#side-panel a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const href of hrefs) assert.match(href, /^https?:\/\//i, `panel link ${href}`);
  });

  it('prev/next-change buttons and playback move the date', async (t) => {
    if (!timeline.start || !timeline.end) {
      t.skip('the API has no dated events');
      return;
    }
    const loaded = () => page.evaluate(() => document.body.dataset.loadedDate);
    const changes = [...(timeline.change_dates || [])].sort();

    // Next change: the first change date after the current date.
    let current = await loaded();
    const next = changes.find((d) => d > current);
    if (next) {
      await page.locator('#next-change').click();
      await waitLoaded(page, next);
      assert.equal(new URL(page.url()).searchParams.get('at'), next);
      current = next;
    } else {
      assert.equal(await page.locator('#next-change').isDisabled(), true, 'no next change: button disabled');
    }
    const prev = [...changes].reverse().find((d) => d < current);
    if (prev) {
      await page.locator('#prev-change').click();
      await waitLoaded(page, prev);
      current = prev;
    } else {
      assert.equal(await page.locator('#prev-change').isDisabled(), true, 'no previous change: button disabled');
    }

    if (timeline.start === timeline.end) return;
    // Play at 4x: the date advances one day at a time; pause stops it.
    await page.locator('#speed').selectOption('4');
    const from = current >= timeline.end ? timeline.start : current;
    await page.locator('#play').click();
    const steps = Math.min(2, dayDiff(timeline.end, from));
    await page.waitForFunction(
      ({ from, steps }) => {
        const d = document.body.dataset.loadedDate;
        return d && (Date.parse(d) - Date.parse(from)) / 86400000 >= steps;
      },
      { from, steps },
    );
    await page.locator('#play').click();
    assert.equal(await page.locator('#play').getAttribute('aria-pressed'), 'false', 'paused');
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    const paused = await loaded();
    await page.waitForTimeout(600);
    assert.equal(await loaded(), paused, 'the date stays put once paused');
    assert.equal(new URL(page.url()).searchParams.get('at'), paused);
    assert.equal((await page.locator('#date-label').textContent()).trim(), paused);
  });

  it('takes a desktop screenshot', async () => {
    await page.evaluate((bbox) => {
      if (Array.isArray(bbox) && bbox.length === 4) {
        window.frontlineMap.fitBounds([[bbox[0], bbox[1]], [bbox[2], bbox[3]]], { duration: 0, padding: 24 });
      }
    }, meta.region && meta.region.bbox);
    await waitMapIdle(page);
    if (provinceWithEvents && (await page.locator('#side-panel').isHidden())) {
      await clickFeature(page, 'province', provinceWithEvents.id);
    }
    await page.screenshot({ path: path.join(SHOT_DIR, 'map.png') });
  });

  it('works on a narrow phone screen, panel below the map', async () => {
    const phone = await openPage(context, { width: 390, height: 844 });
    try {
      // The date is read from the URL on load.
      const at = (timeline.change_dates || [])[0] || timeline.start;
      await loadApp(phone, at ? `?at=${at}` : '');
      if (at) assert.equal(await phone.evaluate(() => document.body.dataset.loadedDate), at, '?at= is honoured');
      const rendered = await renderedProvinceStatuses(phone);
      assert.ok(Object.keys(rendered).length > 0, 'province features are rendered on a phone');
      const controls = await phone.locator('#controls').boundingBox();
      assert.ok(controls.y + controls.height <= 844 + 1, 'time controls are on screen');
      const slider = await phone.locator('#date-slider').boundingBox();
      assert.ok(slider.width >= 200, `slider is usable (width ${slider.width})`);

      const id = provinceWithEvents ? provinceWithEvents.id : Object.keys(rendered)[0];
      await clickFeature(phone, 'province', id);
      const mapBox = await phone.locator('#map-wrap').boundingBox();
      const panelBox = await phone.locator('#side-panel').boundingBox();
      assert.ok(panelBox.y >= mapBox.y + mapBox.height - 1, 'the panel is below the map');
      assert.ok(panelBox.width >= 380, 'the panel spans the screen width');
      await phone.screenshot({ path: path.join(SHOT_DIR, 'map-phone.png') });
    } finally {
      await phone.close();
    }
  });

  it('shows the API error message in a banner', async () => {
    const broken = await openPage(context, { width: 1000, height: 700 });
    const message = 'e2e injected failure: <b>bad</b> date';
    try {
      await broken.route(/\/api\/provinces(\?|$)/, (route) =>
        route.fulfill({
          status: 400,
          contentType: 'application/json',
          body: JSON.stringify({ error: message, parameter: 'at' }),
        }),
      );
      await broken.goto(`${BASE}/`);
      await broken.waitForFunction(() => document.body.dataset.state === 'error');
      const banner = broken.locator('#error-banner');
      assert.equal(await banner.isVisible(), true, 'error banner visible');
      assert.ok((await banner.textContent()).includes(message), 'banner shows the server message as text');
      assert.equal(await broken.locator('#error-banner b').count(), 0, 'no markup from the message');
    } finally {
      await broken.close();
    }
  });

  it('made no request to another host and threw no page error', () => {
    const foreign = requests.filter((u) => {
      const url = new URL(u);
      return !['data:', 'blob:'].includes(url.protocol) && url.origin !== ORIGIN;
    });
    assert.deepEqual(foreign, [], `requests outside ${ORIGIN}`);
    assert.ok(requests.some((u) => u.includes('/vendor/maplibre-gl/maplibre-gl-worker.mjs')), 'worker came from /vendor');
    assert.deepEqual(pageErrors, [], 'uncaught errors in the page');
    assert.deepEqual(dialogs, [], 'dialogs opened');
  });
});
