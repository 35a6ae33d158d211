// Frontline map page. Plain ES module, no bundler.
//
// Everything that comes from the API (names, titles, evidence sentences, ids,
// colours) is treated as untrusted: the DOM is built with createElement and
// textContent only, URLs are used as href only when they are http(s).

import * as maplibregl from '/vendor/maplibre-gl/maplibre-gl.mjs';

const DAY_MS = 86400000;
const DEBOUNCE_MS = 150;
const STEP_MS = 400; // one day per step at 1x
const FALLBACK_COLOR = '#bdc3c7';
const EMPTY_FC = { type: 'FeatureCollection', features: [] };
const INTERACTIVE_LAYERS = ['places-circle', 'provinces-fill'];

// ---------------------------------------------------------------- helpers

const $ = (id) => document.getElementById(id);

/** Create an element; children are nodes or strings (strings become text nodes). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function isHttpUrl(value) {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}

function safeColor(value, fallback = FALLBACK_COLOR) {
  return typeof value === 'string' && CSS.supports('color', value) ? value : fallback;
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value) {
  if (typeof value !== 'string' || !DATE_RE.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

function dateToDay(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

function dayToDate(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function todayIso() {
  return new Date().toISOString().slice(0, 10);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class ApiError extends Error {}

/** GET a JSON document from the API; errors carry the server's message. */
async function apiGet(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new ApiError(`Cannot reach the server (${path}).`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    body = null;
  }
  if (!response.ok) {
    let message = `${path}: HTTP ${response.status}`;
    if (body && typeof body.error === 'string') {
      message = body.error;
      if (typeof body.parameter === 'string') message += ` (parameter “${body.parameter}”)`;
    }
    throw new ApiError(message);
  }
  if (body === null) throw new ApiError(`${path}: the server sent no valid JSON.`);
  return body;
}

function featureCollection(value) {
  return value && Array.isArray(value.features) ? value : EMPTY_FC;
}

// ---------------------------------------------------------------- state

const state = {
  meta: null,
  timeline: null,
  actors: new Map(), // id -> {label, color}
  statuses: new Map(), // actor ids + contested + unknown -> {label, color}
  minDay: 0,
  maxDay: 0,
  changeDays: [],
  day: 0, // currently selected day
  loadSeq: 0,
  loadController: null,
  loadFailed: false,
  debounceTimer: null,
  playing: false,
  playToken: 0,
  selection: null, // {kind: 'province'|'place', id, name, extra}
  history: null,
  historyCurrentIndex: null,
  historyController: null,
  hoverIds: [],
};

let map = null;

let resolveReady;
let rejectReady;
window.frontlineReady = new Promise((resolve, reject) => {
  resolveReady = resolve;
  rejectReady = reject;
});
window.frontlineReady.catch(() => {}); // a failed start is shown in the banner

// ---------------------------------------------------------------- error banner

function showError(message) {
  $('error-text').textContent = message;
  $('error-banner').hidden = false;
}

function hideError() {
  $('error-banner').hidden = true;
  $('error-text').textContent = '';
}

function reportError(err) {
  if (err && err.name === 'AbortError') return;
  console.error(err);
  showError(err instanceof ApiError ? err.message : `Unexpected error: ${err && err.message ? err.message : err}`);
}

// ---------------------------------------------------------------- labels and colours

function statusInfo(status) {
  return state.statuses.get(status) || { label: status ?? 'Unknown', color: FALLBACK_COLOR };
}

function actorLabel(actor) {
  if (actor === null || actor === undefined || actor === '') return 'nobody';
  const info = state.actors.get(actor);
  return info ? info.label : String(actor);
}

function buildLegendData(meta) {
  for (const actor of Array.isArray(meta.actors) ? meta.actors : []) {
    if (!actor || typeof actor.id !== 'string') continue;
    const info = { label: String(actor.label ?? actor.id), color: safeColor(actor.color) };
    state.actors.set(actor.id, info);
    state.statuses.set(actor.id, info);
  }
  for (const status of Array.isArray(meta.statuses) ? meta.statuses : []) {
    if (!status || typeof status.id !== 'string') continue;
    state.statuses.set(status.id, { label: String(status.label ?? status.id), color: safeColor(status.color) });
  }
  if (!state.statuses.has('unknown')) state.statuses.set('unknown', { label: 'Unknown', color: FALLBACK_COLOR });
}

/** A MapLibre expression colouring a feature by its `status` property. */
function statusColorExpression() {
  const pairs = [];
  for (const [id, info] of state.statuses) pairs.push(id, info.color);
  const fallback = statusInfo('unknown').color;
  if (pairs.length === 0) return fallback;
  return ['match', ['coalesce', ['get', 'status'], 'unknown'], ...pairs, fallback];
}

function renderLegend() {
  const region = state.meta.region || {};
  $('region-name').textContent = region.name ? String(region.name) : '';
  if (region.name) document.title = `Frontline — ${region.name}`;

  const list = $('legend-items');
  list.replaceChildren();
  for (const [id, info] of state.statuses) {
    if (id === 'unknown' && state.actors.has(id)) continue;
    const swatch = el('span', { className: 'swatch' });
    swatch.style.backgroundColor = info.color;
    list.append(el('li', { dataset: { status: id } }, swatch, info.label));
  }
  list.append(
    el('li', { dataset: { status: 'claimed' } }, el('span', { className: 'swatch claimed' }), 'Claimed, not confirmed'),
    el('li', {}, el('span', { className: 'swatch place' }), 'Place named in reports'),
  );

  const parts = [];
  if (Number.isFinite(state.meta.articles)) parts.push(`${state.meta.articles} articles`);
  if (Number.isFinite(state.meta.events)) parts.push(`${state.meta.events} events`);
  $('stats').textContent = parts.join(' · ');
  // On a phone the legend starts folded so it does not hide the map.
  if (window.matchMedia('(max-width: 640px)').matches) $('legend').open = false;
}

// ---------------------------------------------------------------- province label points

// One label per province, inside its largest part, instead of MapLibre's
// per-polygon-part (and per-tile) labels.

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  }
  return Math.abs(sum / 2);
}

function polygonsOf(geometry) {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/** A point inside a polygon: middle of the widest horizontal span over a few scanlines. */
function interiorPoint(polygon) {
  const outer = polygon[0];
  if (!Array.isArray(outer) || outer.length < 3) return null;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y] of outer) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  let best = null;
  for (const f of [0.5, 0.42, 0.58, 0.34, 0.66, 0.25, 0.75]) {
    const y = minY + (maxY - minY) * f;
    const xs = [];
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j];
        const [x2, y2] = ring[i];
        if ((y1 <= y && y < y2) || (y2 <= y && y < y1)) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = xs[i + 1] - xs[i];
      // Prefer central scanlines unless another is clearly wider.
      if (!best || width > best.width * 1.25) best = { width, point: [(xs[i] + xs[i + 1]) / 2, y] };
    }
  }
  return best ? best.point : null;
}

function provinceLabelPoints(fc) {
  const features = [];
  for (const feature of fc.features) {
    const polygons = polygonsOf(feature.geometry).filter((p) => Array.isArray(p) && Array.isArray(p[0]));
    if (!polygons.length) continue;
    const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
    const point = interiorPoint(largest);
    if (!point) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: point },
      properties: { id: feature.properties && feature.properties.id, name: feature.properties && feature.properties.name },
    });
  }
  return { type: 'FeatureCollection', features };
}

// ---------------------------------------------------------------- map

function hatchImage() {
  const size = 12;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size < 2;
      const i = (y * size + x) * 4;
      data[i] = 30;
      data[i + 1] = 30;
      data[i + 2] = 30;
      data[i + 3] = on ? 150 : 0;
    }
  }
  return { width: size, height: size, data };
}

function buildStyle() {
  const color = statusColorExpression();
  const claimed = ['==', ['get', 'claimed'], true];
  const hovered = ['boolean', ['feature-state', 'hover'], false];
  return {
    version: 8,
    // No glyphs URL: labels are drawn with the browser's local sans-serif font,
    // so the page needs nothing from the internet.
    sources: {
      basemap: { type: 'geojson', data: EMPTY_FC },
      provinces: { type: 'geojson', data: EMPTY_FC, promoteId: 'id' },
      'province-labels': { type: 'geojson', data: EMPTY_FC },
      places: { type: 'geojson', data: EMPTY_FC, promoteId: 'id' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#d9e2e8' } },
      { id: 'basemap-fill', type: 'fill', source: 'basemap', paint: { 'fill-color': '#f1eee8' } },
      { id: 'basemap-line', type: 'line', source: 'basemap', paint: { 'line-color': '#9b9b9b', 'line-width': 0.8 } },
      {
        id: 'provinces-fill',
        type: 'fill',
        source: 'provinces',
        paint: {
          'fill-color': color,
          'fill-opacity': ['case', hovered, ['case', claimed, 0.5, 0.85], ['case', claimed, 0.32, 0.66]],
        },
      },
      {
        id: 'provinces-claimed',
        type: 'fill',
        source: 'provinces',
        filter: claimed,
        paint: { 'fill-pattern': 'hatch' },
      },
      {
        id: 'provinces-line',
        type: 'line',
        source: 'provinces',
        filter: ['!', claimed],
        paint: { 'line-color': '#ffffff', 'line-width': 1 },
      },
      {
        id: 'provinces-claimed-line',
        type: 'line',
        source: 'provinces',
        filter: claimed,
        paint: { 'line-color': '#333333', 'line-width': 1.2, 'line-dasharray': [3, 2] },
      },
      {
        id: 'provinces-selected',
        type: 'line',
        source: 'provinces',
        filter: ['==', ['get', 'id'], ''],
        paint: { 'line-color': '#111111', 'line-width': 3 },
      },
      {
        id: 'places-circle',
        type: 'circle',
        source: 'places',
        paint: {
          'circle-color': color,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 6, 5.5, 10, 8],
          'circle-opacity': ['case', claimed, 0.6, 1],
          'circle-stroke-color': ['case', claimed, '#222222', '#ffffff'],
          'circle-stroke-width': ['case', ['boolean', ['feature-state', 'hover'], false], 3, 1.5],
        },
      },
      {
        id: 'places-selected',
        type: 'circle',
        source: 'places',
        filter: ['==', ['get', 'id'], ''],
        paint: {
          'circle-color': 'rgba(0,0,0,0)',
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 7, 6, 9, 10, 12],
          'circle-stroke-color': '#111111',
          'circle-stroke-width': 2.5,
        },
      },
      {
        id: 'provinces-label',
        type: 'symbol',
        source: 'province-labels',
        layout: {
          'text-field': ['coalesce', ['get', 'name'], ''],
          'text-font': ['sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 10, 8, 14],
          'text-max-width': 8,
        },
        paint: { 'text-color': '#1d1d1d', 'text-halo-color': 'rgba(255,255,255,0.85)', 'text-halo-width': 1.4 },
      },
      {
        id: 'places-label',
        type: 'symbol',
        source: 'places',
        minzoom: 6,
        layout: {
          'text-field': ['coalesce', ['get', 'name'], ''],
          'text-font': ['sans-serif'],
          'text-size': 12,
          'text-offset': [0, 0.9],
          'text-anchor': 'top',
          'text-optional': true,
        },
        paint: { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
      },
    ],
  };
}

function regionBounds() {
  const bbox = state.meta.region && state.meta.region.bbox;
  if (Array.isArray(bbox) && bbox.length === 4 && bbox.every(Number.isFinite)) {
    return [[bbox[0], bbox[1]], [bbox[2], bbox[3]]];
  }
  return [[-180, -70], [180, 75]];
}

function createMap() {
  map = new maplibregl.Map({
    container: 'map',
    style: buildStyle(),
    bounds: regionBounds(),
    fitBoundsOptions: { padding: 24 },
    attributionControl: { compact: true, customAttribution: 'Control derived from news reports' },
    maxZoom: 12,
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  window.frontlineMap = map;

  map.on('mousemove', onMapHover);
  map.on('mouseout', () => setHover([]));
  map.on('click', onMapClick);
  return new Promise((resolve, reject) => {
    map.once('load', () => {
      if (!map.hasImage('hatch')) map.addImage('hatch', hatchImage());
      resolve();
    });
    map.once('error', (event) => {
      if (!map.loaded()) reject(event.error || new Error('The map failed to start.'));
    });
  });
}

/** Resolve once the map has rendered everything it has (or after a timeout). */
function waitIdle(timeoutMs = 8000) {
  const deadline = performance.now() + timeoutMs;
  const once = () =>
    new Promise((resolve) => {
      let timer = null;
      const done = () => {
        clearTimeout(timer);
        map.off('idle', done);
        resolve();
      };
      timer = setTimeout(done, Math.max(0, deadline - performance.now()));
      map.once('idle', done);
      map.triggerRepaint();
    });
  return (async () => {
    do {
      await once();
    } while (
      performance.now() < deadline &&
      !['provinces', 'province-labels', 'places'].every((id) => map.isSourceLoaded(id))
    );
  })();
}

function setHover(features) {
  const next = features.map((f) => ({ source: f.source, id: f.id })).filter((f) => f.id !== undefined);
  for (const f of state.hoverIds) map.setFeatureState(f, { hover: false });
  for (const f of next) map.setFeatureState(f, { hover: true });
  state.hoverIds = next;
  map.getCanvas().style.cursor = next.length ? 'pointer' : '';
}

function pickFeature(point) {
  const features = map.queryRenderedFeatures(point, { layers: INTERACTIVE_LAYERS });
  // Places are drawn above provinces: prefer them.
  return features.find((f) => f.layer.id === 'places-circle') || features[0] || null;
}

function onMapHover(event) {
  const feature = pickFeature(event.point);
  const current = state.hoverIds[0];
  if (feature && current && current.source === feature.source && current.id === feature.id) return;
  setHover(feature ? [feature] : []);
}

function onMapClick(event) {
  const feature = pickFeature(event.point);
  if (!feature) return;
  const props = feature.properties || {};
  const id = props.id ?? feature.id;
  if (id === undefined || id === null) return;
  if (feature.layer.id === 'places-circle') {
    openHistory({ kind: 'place', id: String(id), name: props.name, props });
  } else {
    openHistory({ kind: 'province', id: String(id), name: props.name, props });
  }
}

function setSelectionFilters() {
  const sel = state.selection;
  map.setFilter('provinces-selected', ['==', ['get', 'id'], sel && sel.kind === 'province' ? sel.id : '']);
  map.setFilter('places-selected', ['==', ['to-string', ['get', 'id']], sel && sel.kind === 'place' ? sel.id : '']);
}

// ---------------------------------------------------------------- date, URL and data loading

function currentDate() {
  return dayToDate(state.day);
}

function setupTimeline(timeline, requested) {
  const start = isIsoDate(timeline.start) ? timeline.start : null;
  const end = isIsoDate(timeline.end) ? timeline.end : null;
  state.changeDays = (Array.isArray(timeline.change_dates) ? timeline.change_dates : [])
    .filter(isIsoDate)
    .map(dateToDay)
    .sort((a, b) => a - b);

  let minDay;
  let maxDay;
  if (start && end) {
    minDay = dateToDay(start);
    maxDay = Math.max(minDay, dateToDay(end));
  } else {
    minDay = maxDay = dateToDay(requested || todayIso());
  }
  let day = maxDay;
  if (requested) {
    day = dateToDay(requested);
    // A date from the URL outside the corpus is honoured: the slider grows to include it.
    minDay = Math.min(minDay, day);
    maxDay = Math.max(maxDay, day);
  }
  state.minDay = minDay;
  state.maxDay = maxDay;
  state.day = day;

  const slider = $('date-slider');
  slider.min = '0';
  slider.max = String(maxDay - minDay);
  slider.value = String(day - minDay);
  slider.dataset.start = dayToDate(minDay);
  slider.dataset.end = dayToDate(maxDay);
  slider.disabled = maxDay === minDay;

  const ticks = $('change-ticks');
  ticks.replaceChildren(
    ...state.changeDays
      .filter((d) => d >= minDay && d <= maxDay)
      .map((d) => el('option', { value: String(d - minDay), label: dayToDate(d) })),
  );
  if (!start || !end) $('play').disabled = true;
  updateDateUi();
}

function updateDateUi() {
  const date = currentDate();
  $('date-label').textContent = date;
  $('date-label').value = date;
  $('date-slider').value = String(state.day - state.minDay);
  $('date-slider').setAttribute('aria-valuetext', date);
  $('prev-change').disabled = !state.changeDays.some((d) => d < state.day);
  $('next-change').disabled = !state.changeDays.some((d) => d > state.day);
  document.body.dataset.date = date;

  const url = new URL(window.location.href);
  if (url.searchParams.get('at') !== date) {
    url.searchParams.set('at', date);
    window.history.replaceState(null, '', url);
  }
}

/** Select a day. `immediate` skips the debounce (buttons, playback). Returns the load promise when immediate. */
function setDay(day, { immediate = false } = {}) {
  state.day = Math.min(state.maxDay, Math.max(state.minDay, day));
  updateDateUi();
  clearTimeout(state.debounceTimer);
  if (immediate) return loadDate(currentDate());
  state.debounceTimer = setTimeout(() => loadDate(currentDate()), DEBOUNCE_MS);
  return null;
}

/**
 * Fetch the provinces and places for a date and put them on the map.
 * A newer call aborts an older one. Resolves to true when this call's data
 * was applied and rendered.
 */
async function loadDate(date) {
  clearTimeout(state.debounceTimer);
  if (state.loadController) state.loadController.abort();
  const controller = new AbortController();
  state.loadController = controller;
  const seq = ++state.loadSeq;
  document.body.dataset.state = document.body.dataset.state === 'error' ? 'error' : 'loading';
  document.body.classList.add('is-loading');
  try {
    const q = encodeURIComponent(date);
    // "As reported then": only articles published by the day (the `known` time axis).
    const known = $('known') && $('known').checked ? `&known=${q}` : '';
    const [provinces, places] = await Promise.all([
      apiGet(`/api/provinces?at=${q}${known}`, controller.signal),
      apiGet(`/api/places?at=${q}${known}`, controller.signal),
    ]);
    if (seq !== state.loadSeq) return false;
    const provinceData = featureCollection(provinces);
    map.getSource('provinces').setData(provinceData);
    map.getSource('province-labels').setData(provinceLabelPoints(provinceData));
    map.getSource('places').setData(featureCollection(places));
    await waitIdle();
    if (seq !== state.loadSeq) return false;
    if (state.loadFailed) hideError(); // the data is back: the old load error no longer holds
    state.loadFailed = false;
    document.body.dataset.loadedDate = date;
    document.body.dataset.state = 'ready';
    document.body.classList.remove('is-loading');
    if (state.history) renderHistory({ onlyIfChanged: true });
    return true;
  } catch (err) {
    if (err.name === 'AbortError' || seq !== state.loadSeq) return false;
    document.body.classList.remove('is-loading');
    document.body.dataset.state = 'error';
    state.loadFailed = true;
    reportError(err);
    stopPlayback();
    return false;
  } finally {
    if (state.loadController === controller) state.loadController = null;
  }
}

function jumpToChange(direction) {
  stopPlayback();
  const target =
    direction < 0
      ? [...state.changeDays].reverse().find((d) => d < state.day)
      : state.changeDays.find((d) => d > state.day);
  if (target !== undefined) setDay(target, { immediate: true });
}

// ---------------------------------------------------------------- playback

function setPlayButton() {
  const button = $('play');
  button.title = state.playing ? 'Pause' : 'Play';
  button.setAttribute('aria-label', button.title);
  button.setAttribute('aria-pressed', String(state.playing));
}

function stopPlayback() {
  if (!state.playing) return;
  state.playing = false;
  state.playToken++;
  setPlayButton();
}

async function startPlayback() {
  if (state.playing) return;
  state.playing = true;
  const token = ++state.playToken;
  setPlayButton();
  if (state.day >= state.maxDay) await setDay(state.minDay, { immediate: true });
  while (state.playing && token === state.playToken) {
    const started = performance.now();
    const speed = Number($('speed').value) || 1;
    if (state.day >= state.maxDay) break;
    // loadDate waits for the map to be idle, so steps never pile up.
    const ok = await setDay(state.day + 1, { immediate: true });
    if (!ok || token !== state.playToken) break;
    const wait = STEP_MS / speed - (performance.now() - started);
    if (wait > 0) await sleep(wait);
  }
  if (token === state.playToken) stopPlayback();
}

// ---------------------------------------------------------------- history panel

function openPanel() {
  const panel = $('side-panel');
  if (panel.hidden) {
    panel.hidden = false;
    document.body.classList.add('panel-open');
    map.resize();
  }
}

function closePanel() {
  if (state.historyController) state.historyController.abort();
  state.selection = null;
  state.history = null;
  const panel = $('side-panel');
  panel.hidden = true;
  delete panel.dataset.state;
  delete panel.dataset.featureId;
  document.body.classList.remove('panel-open');
  setSelectionFilters();
  map.resize();
}

async function openHistory(selection) {
  if (state.historyController) state.historyController.abort();
  const controller = new AbortController();
  state.historyController = controller;
  state.selection = selection;
  state.history = null;
  setSelectionFilters();

  const panel = $('side-panel');
  panel.dataset.state = 'loading';
  panel.dataset.featureKind = selection.kind;
  panel.dataset.featureId = selection.id;
  $('panel-kind').textContent = selection.kind === 'place' ? 'Place' : 'Province';
  $('panel-title').textContent = selection.name ? String(selection.name) : selection.id;
  $('panel-body').replaceChildren(el('p', { className: 'muted', text: 'Loading history…' }));
  openPanel();

  try {
    const today = dayToDate(state.day);
    const knownDay = $('known') && $('known').checked ? `?known=${encodeURIComponent(today)}` : '';
    const path = `/api/history/${selection.kind}/${encodeURIComponent(selection.id)}${knownDay}`;
    const history = await apiGet(path, controller.signal);
    if (state.historyController !== controller) return;
    state.history = history;
    renderHistory();
    panel.dataset.state = 'ready';
  } catch (err) {
    if (err.name === 'AbortError' || state.historyController !== controller) return;
    panel.dataset.state = 'error';
    $('panel-body').replaceChildren(el('p', { className: 'panel-error', text: err.message }));
    reportError(err);
  }
}

function intervalIsCurrent(interval, date) {
  const from = interval.valid_from;
  const to = interval.valid_to;
  return (!from || from <= date) && (!to || date <= to);
}

function renderHistory({ onlyIfChanged = false } = {}) {
  const history = state.history;
  const selection = state.selection;
  if (!history || !selection) return;
  const date = currentDate();
  const intervals = Array.isArray(history.intervals) ? history.intervals : [];
  // The interval in force on the selected date: the last one that has started.
  let currentIndex = -1;
  intervals.forEach((interval, i) => {
    if (interval && intervalIsCurrent(interval, date)) currentIndex = i;
  });
  // During playback only the "on selected date" mark moves: skip identical re-renders.
  if (onlyIfChanged && state.historyCurrentIndex === currentIndex) return;
  state.historyCurrentIndex = currentIndex;

  const kindText = selection.kind === 'place' ? 'Place' : 'Province';
  const props = selection.props || {};
  const sub = [kindText];
  if (selection.kind === 'place' && props.level) sub.push(String(props.level));
  sub.push(String(history.id ?? selection.id));
  $('panel-kind').textContent = sub.join(' · ');
  $('panel-title').textContent = String(history.name ?? selection.name ?? selection.id);

  const body = [];
  if (selection.kind === 'province' && props.capital) {
    body.push(el('p', { className: 'muted' }, 'Capital: ', String(props.capital)));
  }
  if (selection.kind === 'province' && props.districts_held) {
    // MapLibre hands nested properties over as JSON text.
    let held = props.districts_held;
    if (typeof held === 'string') {
      try { held = JSON.parse(held); } catch { held = null; }
    }
    if (held && typeof held === 'object') {
      const parts = Object.entries(held)
        .filter(([, share]) => Number(share) > 0)
        .sort((a, b) => Number(b[1]) - Number(a[1]))
        .map(([who, share]) => `${actorLabel(who)} ${Math.round(Number(share) * 100)}%`);
      const total = Number(props.districts_total) || 0;
      body.push(el('p', { className: 'muted', text: `Districts${total ? ` (${total})` : ''} on this day: ${parts.join(', ')}` }));
    }
  }

  if (intervals.length === 0) {
    body.push(el('p', { className: 'muted', text: 'No control history recorded.' }));
  }

  const list = el('ol', { className: 'intervals' });
  intervals.forEach((interval, i) => {
    if (!interval || typeof interval !== 'object') return;
    list.append(renderInterval(interval, i === currentIndex));
  });
  body.push(list);
  $('panel-body').replaceChildren(...body);
}

function renderInterval(interval, isCurrent) {
  const info = statusInfo(interval.status);
  const swatch = el('span', { className: interval.claimed ? 'swatch claimed-over' : 'swatch' });
  swatch.style.backgroundColor = info.color;

  const head = el('div', { className: 'interval-head' }, swatch, el('strong', { text: info.label }));
  if (interval.controller && interval.controller !== interval.status) {
    head.append(el('span', { className: 'muted' }, ` (held by ${actorLabel(interval.controller)})`));
  }
  if (interval.claimed) head.append(el('span', { className: 'badge badge-claim', text: 'claimed' }));
  if (isCurrent) head.append(el('span', { className: 'badge badge-now', text: 'on selected date' }));

  const from = interval.valid_from ? String(interval.valid_from) : 'start of record';
  const to = interval.valid_to ? String(interval.valid_to) : 'now';
  const item = el(
    'li',
    { className: isCurrent ? 'interval current' : 'interval' },
    head,
    el('div', { className: 'interval-dates' }, `${from} → ${to}`),
  );
  if (interval.note) item.append(el('p', { className: 'note', text: String(interval.note) }));
  // Corroboration: how many articles report this, and since when.
  const count = Number(interval.source_count) || 0;
  if (count > 0) {
    const first = interval.first_reported ? `, first reported ${interval.first_reported}` : '';
    const latest = interval.latest_reported && interval.latest_reported !== interval.first_reported
      ? `, latest ${interval.latest_reported}` : '';
    item.append(el('p', { className: 'muted corroboration', text: `${count} source${count === 1 ? '' : 's'}${first}${latest}` }));
  }
  if (interval.status === 'disputed') {
    item.append(el('p', { className: 'note', text: 'Disputed: one side claims this change against control that earlier reports established.' }));
  }
  if (interval.status === 'withdrawn') {
    item.append(el('p', { className: 'note', text: `Withdrawn: ${actorLabel(interval.controller)} forces were reported leaving; no report yet says who took it.` }));
  }
  for (const flag of Array.isArray(interval.flags) ? interval.flags : []) {
    item.append(el('p', { className: 'note flag', text: `⚑ ${String(flag)}` }));
  }

  const events = Array.isArray(interval.events) ? interval.events : [];
  if (events.length) {
    item.append(el('ul', { className: 'events' }, ...events.filter((e) => e && typeof e === 'object').map(renderEvent)));
  }
  return item;
}

function renderEvent(event) {
  const meta = el('div', { className: 'event-meta' });
  if (event.date) meta.append(el('time', { datetime: isIsoDate(event.date) ? event.date : null, text: String(event.date) }));
  if (event.date_precision && event.date_precision !== 'day') {
    meta.append(el('span', { className: 'muted', text: ` (${event.date_precision})` }));
  }
  if (event.kind) meta.append(el('span', { className: `kind kind-${String(event.kind).replace(/[^a-z]/gi, '')}`, text: String(event.kind) }));
  if (event.actor) meta.append(el('span', { className: 'actor', text: actorLabel(event.actor) }));
  if (event.claim) meta.append(el('span', { className: 'badge badge-claim', text: 'claim' }));
  if (event.place_name) meta.append(el('span', { className: 'muted', text: `at ${event.place_name}` }));

  const evidence = el('blockquote', { className: 'evidence', text: String(event.evidence ?? '') });

  const label = event.title ? String(event.title) : event.article ? String(event.article) : 'unknown article';
  const source = el('div', { className: 'event-source' }, 'Source: ');
  if (isHttpUrl(event.url)) {
    source.append(el('a', { href: event.url, target: '_blank', rel: 'noopener noreferrer nofollow', text: label }));
  } else {
    source.append(el('span', { text: label }));
  }
  if (event.title && event.article) source.append(el('span', { className: 'muted', text: ` (${event.article})` }));
  if (event.published) source.append(el('span', { className: 'muted', text: ` · published ${event.published}` }));

  return el('li', { className: 'event' }, meta, evidence, source);
}

// ---------------------------------------------------------------- start-up

function readRequestedDate() {
  const at = new URL(window.location.href).searchParams.get('at');
  if (at === null || at === '') return null;
  if (isIsoDate(at)) return at;
  showError(`Ignoring the date in the address (“${at}”): expected YYYY-MM-DD.`);
  return null;
}

function wireControls() {
  const slider = $('date-slider');
  slider.addEventListener('input', () => {
    stopPlayback();
    setDay(state.minDay + Number(slider.value));
  });
  slider.addEventListener('change', () => {
    if (dayToDate(state.minDay + Number(slider.value)) !== document.body.dataset.loadedDate) {
      setDay(state.minDay + Number(slider.value), { immediate: true });
    }
  });
  $('prev-change').addEventListener('click', () => jumpToChange(-1));
  $('next-change').addEventListener('click', () => jumpToChange(1));
  $('play').addEventListener('click', () => (state.playing ? stopPlayback() : startPlayback()));
  $('known').addEventListener('change', () => setDay(state.day, { immediate: true }));
  $('panel-close').addEventListener('click', closePanel);
  $('error-close').addEventListener('click', hideError);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('side-panel').hidden) closePanel();
  });
}

async function main() {
  wireControls();
  setPlayButton();
  try {
    const requested = readRequestedDate();
    const [meta, timeline] = await Promise.all([apiGet('/api/meta'), apiGet('/api/timeline')]);
    state.meta = meta && typeof meta === 'object' ? meta : {};
    state.timeline = timeline && typeof timeline === 'object' ? timeline : {};
    buildLegendData(state.meta);
    renderLegend();
    setupTimeline(state.timeline, requested);

    await createMap();
    // The basemap is context only: a failure is reported but not fatal.
    apiGet('/api/basemap')
      .then((basemap) => map.getSource('basemap').setData(featureCollection(basemap)))
      .catch(reportError);

    const ok = await loadDate(currentDate());
    if (!ok) throw new Error($('error-text').textContent || 'The first data load failed.');
    resolveReady({ date: currentDate() });
  } catch (err) {
    document.body.dataset.state = 'error';
    document.body.classList.remove('is-loading');
    if (!(err instanceof Error && err.message === $('error-text').textContent)) reportError(err);
    rejectReady(err);
  }
}

main();
