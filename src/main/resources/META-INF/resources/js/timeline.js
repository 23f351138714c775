/*
 * Dyadline timeline: lanes of events per country pair and sector, drawn on a canvas so that tens of thousands of
 * events stay fluid; the table below lists the same events for keyboards, screen readers and printing.
 * No inline script anywhere: the page hands over its legend and URLs through data attributes. Article text and
 * titles only ever go into the page through textContent.
 */
(function () {
  'use strict';

  const DAY = 86400000;
  const GUTTER = 220;
  const AXIS_H = 30;
  const PAIR_H = 22;
  const LANE_H = 20;
  const MARK_R = 5;
  const PAGE_SIZE = 100;
  const NO_SECTOR = '';

  const root = document.getElementById('timeline');
  if (!root) {
    return;
  }
  const form = document.getElementById('filters');
  const scroller = document.getElementById('chart-scroll');
  const sticky = document.getElementById('chart-sticky');
  const canvas = document.getElementById('chart');
  const overlay = document.getElementById('chart-overlay');
  const spacer = document.getElementById('chart-spacer');
  const tooltip = document.getElementById('tooltip');
  const statusLine = document.getElementById('status');
  const panel = document.getElementById('panel');
  const panelBody = document.getElementById('panel-body');
  const table = document.getElementById('events-table');
  const tbody = table.tBodies[0];
  const tableStatus = document.getElementById('table-status');
  const pageInfo = document.getElementById('page-info');
  const ctx = canvas.getContext('2d');
  const octx = overlay.getContext('2d');

  // ---- legend: the one source of shapes and colours
  const TYPES = {};
  root.querySelectorAll('.legend-item[data-type]').forEach(el => {
    TYPES[el.dataset.type] = {label: el.textContent.trim(), d: el.dataset.path, path: new Path2D(el.dataset.path),
      conflict: el.dataset.conflict === 'true'};
  });
  const SECTORS = {};
  const SECTOR_ORDER = [];
  root.querySelectorAll('.legend-item[data-sector]').forEach(el => {
    SECTORS[el.dataset.sector] = {label: el.dataset.label, colour: el.dataset.colour};
    SECTOR_ORDER.push(el.dataset.sector);
  });
  SECTORS[NO_SECTOR] = {label: 'No sector', colour: '#BBBBBB'};
  SECTOR_ORDER.push(NO_SECTOR);
  const CIRCLE = new Path2D('M1 0A1 1 0 1 1 -1 0A1 1 0 1 1 1 0Z');
  /** Cooperation marks sit this far above a lane's axis, conflict marks as far below it: told apart by place. */
  const QUAD_SHIFT = 4;

  function isConflict(e) {
    return (e.quad || '').endsWith('CONFLICT');
  }

  function markY(e, cy) {
    return cy + (isConflict(e) ? QUAD_SHIFT : -QUAD_SHIFT);
  }

  const state = {
    events: [], byId: new Map(), lanes: [], height: 0, pairs: {},
    domain: [0, 1], view: [0, 1], hover: null, selected: null,
    sortKey: 'date', sortDir: 1, page: 0, rows: [], loadSeq: 0, undated: 0,
    groups: [], allBuckets: [], histTotal: 0, histMax: 1, main: [0, 1], loaded: null
  };
  const caption = document.getElementById('chart-caption');
  /** Pair names as the filter's options give them ("Iran – Russia (4)" gives "Iran – Russia"). */
  const PAIR_NAMES = {};
  for (const option of document.querySelectorAll('#f-pair option')) {
    if (option.value) {
      PAIR_NAMES[option.value] = option.textContent.replace(/\s*\(\d+\)\s*$/, '');
    }
  }
  /** What analysts decided, as the table and the chart mark it. */
  const CURATION_MARKS = {CONFIRMED: '✓ confirmed', CORRECTED: '✎ corrected'};
  const CURATION_RINGS = {CONFIRMED: '#1a7f37', CORRECTED: '#b35900'};
  let dpr = window.devicePixelRatio || 1;
  let width = 0;
  let viewH = 0;

  // ---- filters <-> URL
  function filterParams() {
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(form)) {
      const value = String(v).trim();
      if (value) {
        params.append(k, value);
      }
    }
    return params;
  }

  function fillForm(params) {
    for (const el of form.elements) {
      if (!el.name) {
        continue;
      }
      if (el.type === 'checkbox') {
        el.checked = params.getAll(el.name).flatMap(v => v.split(',')).some(v => v.trim().toLowerCase() === el.value.toLowerCase());
      } else if (el.tagName === 'SELECT' || el.tagName === 'INPUT') {
        el.value = params.get(el.name) || '';
      }
    }
    updateSummaries();
  }

  function updateSummaries() {
    for (const [id, label] of [['f-sectors', 'Sectors'], ['f-types', 'Types']]) {
      const box = document.getElementById(id);
      const n = box.querySelectorAll('input:checked').length;
      box.querySelector('summary').textContent = n ? label + ' (' + n + ')' : label;
    }
  }

  function applyFilters() {
    updateSummaries();
    form.elements.view.value = ''; // new filters, new events: the default window fits them
    const params = filterParams();
    const qs = params.toString();
    const url = '/timeline' + (qs ? '?' + qs : '');
    if (url !== location.pathname + location.search) {
      history.pushState(null, '', url);
    }
    closePanel(false);
    load();
  }

  let typing = null;
  form.addEventListener('input', e => {
    if (e.target.name === 'q' || e.target.name === 'country') {
      clearTimeout(typing);
      typing = setTimeout(applyFilters, 400);
    }
  });
  form.addEventListener('change', e => {
    if (e.target.name !== 'q' && e.target.name !== 'country') {
      applyFilters();
    }
  });
  form.addEventListener('submit', e => {
    e.preventDefault();
    clearTimeout(typing);
    applyFilters();
  });
  window.addEventListener('popstate', () => {
    fillForm(new URLSearchParams(location.search));
    closePanel(false);
    load();
  });

  // ---- data: the overview from the histogram, events only for the window in view
  /** Form fields that arrange the view; the others filter the events and go to the server. */
  const VIEW_FIELDS = ['lanes', 'sectorLanes', 'compare', 'collapsed', 'order', 'view'];
  /** Events are loaded when the window in view holds at most this many; past it, the histogram draws the lanes. */
  const LOAD_MAX = 5000;
  /** The most events the page holds at once, whatever the archive's size. */
  const HOLD_MAX = 20000;
  const SLICE = 5000;

  function apiParams() {
    const params = filterParams();
    VIEW_FIELDS.forEach(k => params.delete(k));
    return params;
  }

  function listParam(name) {
    const raw = form.elements[name] ? form.elements[name].value : '';
    return raw.split(',').map(s => s.trim()).filter(s => s);
  }

  /** The pairs compared one above the other, in the order given; none when the filters alone choose the pairs. */
  function comparedPairs() {
    const out = [];
    for (const p of listParam('compare').map(s => s.toUpperCase())) {
      const codes = p.split('-').sort();
      const pair = codes.join('-');
      if (codes.length === 2 && !out.includes(pair)) {
        out.push(pair);
      }
    }
    const pair = (form.elements.pair.value || '').trim().toUpperCase();
    if (out.length && pair && !out.includes(pair.split('-').sort().join('-'))) {
      out.unshift(pair.split('-').sort().join('-'));
    }
    return out;
  }

  function grouping() {
    const g = form.elements.lanes ? form.elements.lanes.value : '';
    return ['sector', 'type', 'quad', 'none'].includes(g) ? g : 'sector';
  }

  function everySector() {
    return !!(form.elements.sectorLanes && form.elements.sectorLanes.checked);
  }

  /** The requests of one load: one per compared pair, else one for the filters. */
  function requestParams() {
    const base = apiParams();
    const pairs = comparedPairs();
    if (!pairs.length) {
      return [base];
    }
    return pairs.map(p => {
      const params = new URLSearchParams(base);
      params.set('pair', p);
      return params;
    });
  }

  async function fetchJson(url) {
    const res = await fetch(url, {headers: {Accept: 'application/json'}});
    if (!res.ok) {
      const problem = await res.json().catch(() => null);
      throw new Error(problem && problem.detail ? problem.detail : 'The events could not be loaded (' + res.status + ')');
    }
    return res.json();
  }

  /** The feed and calendar links follow the filters, so that Subscribe gives the view on screen. */
  function updateExportLinks(params) {
    const qs = params.toString();
    for (const [id, path] of [['subscribe', '/api/events.atom'], ['calendar', '/api/events.ics']]) {
      const link = document.getElementById(id);
      if (link) {
        link.href = path + (qs ? '?' + qs : '');
      }
    }
    const alternate = document.querySelector('link[rel="alternate"][type="application/atom+xml"]');
    if (alternate) {
      alternate.href = '/api/events.atom' + (qs ? '?' + qs : '');
    }
  }

  async function load() {
    const seq = ++state.loadSeq;
    updateExportLinks(apiParams());
    loadBalance();
    statusLine.textContent = 'Loading events…';
    root.dataset.ready = 'false';
    const t0 = performance.now();
    const g = grouping();
    let hists;
    let totals = null;
    try {
      if (g === 'sector' && everySector()) {
        // an event in several sector lanes is still one event of its pair: the pairs' counts come apart
        totals = (await Promise.all(requestParams().map(params => {
          const h = new URLSearchParams(params);
          h.set('interval', 'month');
          h.set('by', 'pair');
          return fetchJson(root.dataset.histogram + '?' + h.toString());
        }))).flatMap(h => h.buckets);
      }
      hists = await Promise.all(requestParams().map(params => {
        const h = new URLSearchParams(params);
        h.set('interval', 'month');
        h.set('by', g === 'none' ? 'pair' : 'pair,' + g);
        if (g === 'sector' && everySector()) {
          h.set('sectorLanes', 'every');
        }
        return fetchJson(root.dataset.histogram + '?' + h.toString());
      }));
    } catch (err) {
      if (seq === state.loadSeq) {
        statusLine.textContent = err.message;
        setHistogram([]);
        setEvents([], null);
        layout();
        draw();
        renderTable();
        root.dataset.ready = 'true';
      }
      return;
    }
    if (seq !== state.loadSeq) {
      return;
    }
    setHistogram(hists.flatMap(h => h.buckets), totals);
    fitView(apiParams());
    setEvents([], null);
    layout();
    const t1 = performance.now();
    draw();
    root.dataset.firstRenderMs = (performance.now() - t1).toFixed(1);
    root.dataset.histogramMs = (t1 - t0).toFixed(1);
    await loadWindow(seq);
    if (seq !== state.loadSeq) {
      return;
    }
    const t2 = performance.now();
    draw();
    renderTable();
    root.dataset.loadMs = (t2 - t0).toFixed(1);
    root.dataset.renderMs = (performance.now() - t2).toFixed(1);
    root.dataset.ready = 'true';
    console.info('timeline: ' + state.histTotal + ' events in ' + state.groups.length + ' pairs, ' + state.events.length
      + ' loaded, ready in ' + root.dataset.loadMs + ' ms');
    updateStatus();
    const wanted = Number(new URLSearchParams(location.search).get('event'));
    if (wanted && state.byId.has(wanted)) {
      openPanel(wanted, null);
    }
  }

  function updateStatus() {
    const pairs = state.groups.length;
    let text = state.histTotal + ' event' + (state.histTotal === 1 ? '' : 's') + ' in ' + pairs + ' pair' + (pairs === 1 ? '' : 's');
    if (!state.loaded) {
      text += '; the lanes show how many events fall in each month: zoom in to see the events themselves';
    } else if (state.loaded.partial) {
      text += '; the first ' + state.events.length + ' events of this window are loaded';
    }
    statusLine.textContent = text;
  }

  /** Events in the histogram's buckets that overlap [a, b). */
  function countIn(a, b) {
    let n = 0;
    for (const bucket of state.allBuckets) {
      if (bucket.s < b && bucket.e > a) {
        n += bucket.n;
      }
    }
    return n;
  }

  /** Loads the events of the window in view (with some room around it) when they are few enough; else forgets them. */
  async function loadWindow(seq) {
    const [v0, v1] = state.view;
    if (countIn(v0, v1) > LOAD_MAX) {
      setEvents([], null);
      return;
    }
    const span = v1 - v0;
    let w0 = Math.max(state.domain[0], v0 - span / 2);
    let w1 = Math.min(state.domain[1], v1 + span / 2);
    if (countIn(w0, w1) > HOLD_MAX) {
      w0 = v0;
      w1 = v1;
    }
    const filters = apiParams();
    const from = maxIso(filters.get('from'), iso(w0));
    const to = minIso(filters.get('to'), iso(w1 - 1));
    const loaded = [];
    const names = {};
    let partial = false;
    try {
      for (const params of requestParams()) {
        let after = null;
        do {
          const p = new URLSearchParams(params);
          p.set('from', from);
          p.set('to', to);
          p.set('limit', String(Math.min(SLICE, HOLD_MAX - loaded.length)));
          if (after) {
            p.set('after', after);
          }
          const data = await fetchJson(root.dataset.source + '?' + p.toString());
          if (seq !== state.loadSeq) {
            return;
          }
          loaded.push(...data.events);
          Object.assign(names, data.pairs || {});
          after = data.next;
        } while (after && loaded.length < HOLD_MAX);
        if (after) {
          partial = true;
          break;
        }
      }
    } catch (err) {
      statusLine.textContent = err.message;
      return;
    }
    Object.assign(state.pairs, names);
    setEvents(loaded, {from: w0, to: w1, partial: partial});
  }

  let windowTimer = null;
  let windowTicket = 0;

  /** After a zoom or pan: load the window's events once the view rests, if the loaded ones do not cover it. */
  function scheduleWindow() {
    clearTimeout(windowTimer);
    // pending from now, not from when the timer fires: whoever waits for a settled view waits for this load too
    root.dataset.windowReady = 'false';
    const ticket = ++windowTicket;
    const settled = () => {
      if (ticket === windowTicket) {
        root.dataset.windowReady = 'true';
      }
    };
    windowTimer = setTimeout(async () => {
      const [v0, v1] = state.view;
      const covered = state.loaded && !state.loaded.partial && state.loaded.from <= v0 && state.loaded.to >= v1;
      const wanted = countIn(v0, v1) <= LOAD_MAX;
      if (covered || (!wanted && !state.loaded)) {
        settled();
        return;
      }
      const seq = state.loadSeq;
      try {
        await loadWindow(seq);
        if (seq === state.loadSeq) {
          draw();
          renderTable();
          updateStatus();
        }
      } finally {
        // if a newer load() took over, its own ready flag says when that one is done
        settled();
      }
    }, 200);
  }

  // Date.UTC reads years 0-99 as 1900-1999: the bounds are parsed instead
  const FIRST_DAY = Date.parse('0000-01-01T00:00:00Z');
  const LAST_DAY = Date.parse('9999-12-31T00:00:00Z');

  function iso(ms) {
    return new Date(Math.max(FIRST_DAY, Math.min(LAST_DAY, ms))).toISOString().slice(0, 10);
  }

  function maxIso(a, b) {
    return a && a > b ? a : b;
  }

  function minIso(a, b) {
    return a && a < b ? a : b;
  }

  /** The first day of the next month (setUTCMonth, not Date.UTC, so that years before 100 stay themselves). */
  function monthEnd(ms) {
    const d = new Date(ms);
    d.setUTCMonth(d.getUTCMonth() + 1, 1);
    return d.getTime();
  }

  const QUAD_LABELS = {VERBAL_COOPERATION: 'Verbal cooperation', MATERIAL_COOPERATION: 'Material cooperation',
    VERBAL_CONFLICT: 'Verbal conflict', MATERIAL_CONFLICT: 'Material conflict'};
  const QUAD_COLOURS = {VERBAL_COOPERATION: '#88CCEE', MATERIAL_COOPERATION: '#117733', VERBAL_CONFLICT: '#DDCC77',
    MATERIAL_CONFLICT: '#CC6677'};

  /** How a lane of the chosen grouping is labelled, coloured and ordered. */
  function laneStyle(key) {
    const g = grouping();
    if (g === 'sector') {
      const s = key in SECTORS ? key : NO_SECTOR;
      return {label: SECTORS[s].label, colour: SECTORS[s].colour, rank: SECTOR_ORDER.indexOf(s), sector: s};
    }
    if (g === 'type') {
      return {label: typeLabel(key), colour: '#5d6b79', rank: Object.keys(TYPES).indexOf(key), sector: null};
    }
    if (g === 'quad') {
      return {label: QUAD_LABELS[key] || key, colour: QUAD_COLOURS[key] || '#777777',
        rank: Object.keys(QUAD_LABELS).indexOf(key), sector: null};
    }
    return {label: 'All events', colour: '#5d6b79', rank: 0, sector: null};
  }

  /** The histogram's buckets become the pairs and their lanes, each lane with its counts per month. */
  function setHistogram(buckets, pairTotals) {
    const groups = new Map();
    state.allBuckets = [];
    state.histTotal = 0;
    state.histMax = 1;
    for (const b of buckets) {
      const cut = b.lane.indexOf('/');
      const pair = cut < 0 ? b.lane : b.lane.slice(0, cut);
      const key = cut < 0 ? 'all' : b.lane.slice(cut + 1);
      if (!groups.has(pair)) {
        groups.set(pair, {pair: pair, total: 0, lanes: new Map(), buckets: new Map()});
      }
      const group = groups.get(pair);
      if (!group.lanes.has(key)) {
        group.lanes.set(key, {key: key, total: 0, buckets: []});
      }
      const s = Date.parse(b.start);
      const bucket = {s: s, e: monthEnd(s), n: b.count};
      group.lanes.get(key).buckets.push(bucket);
      group.lanes.get(key).total += b.count;
      state.histMax = Math.max(state.histMax, b.count);
    }
    for (const b of pairTotals || buckets) {
      const cut = b.lane.indexOf('/');
      const group = groups.get(cut < 0 ? b.lane : b.lane.slice(0, cut));
      if (!group) {
        continue;
      }
      const s = Date.parse(b.start);
      group.total += b.count;
      const sum = group.buckets.get(s) || {s: s, e: monthEnd(s), n: 0};
      sum.n += b.count;
      group.buckets.set(s, sum);
    }
    const compared = comparedPairs();
    const order = listParam('order').map(s => s.toUpperCase());
    const rank = pair => {
      const c = compared.indexOf(pair);
      const o = order.indexOf(pair);
      // an order the analyst set comes first, then the order of the compared pairs
      return o >= 0 ? o : (c >= 0 ? order.length + c : Infinity);
    };
    state.groups = [...groups.values()].sort((a, b) => rank(a.pair) - rank(b.pair) || b.total - a.total
      || a.pair.localeCompare(b.pair));
    for (const group of state.groups) {
      group.buckets = [...group.buckets.values()].sort((a, b) => a.s - b.s);
      group.lanes = [...group.lanes.values()].map(l => Object.assign(l, laneStyle(l.key)))
        .sort((a, b) => a.rank - b.rank || a.key.localeCompare(b.key));
      state.histTotal += group.total;
      for (const b of group.buckets) {
        state.allBuckets.push(b);
      }
    }
    state.allBuckets.sort((a, b) => a.s - b.s);
    let min = Infinity;
    let max = -Infinity;
    for (const b of state.allBuckets) {
      min = Math.min(min, b.s);
      max = Math.max(max, b.e);
    }
    if (min === Infinity) {
      min = Date.UTC(2000, 0, 1);
      max = Date.UTC(new Date().getUTCFullYear() + 1, 0, 1);
    }
    const pad = Math.max((max - min) * 0.03, 15 * DAY);
    state.domain = [min - pad, max + pad];
    state.main = mainSpan();
    buildLanes();
  }

  /**
   * Where the events are: from the month of the 1st to that of the 99th percentile of their dates, so that one
   * stray date (a treaty of 1783, a plan for 2099) does not squeeze everything else into a line.
   */
  function mainSpan() {
    const buckets = state.allBuckets;
    if (!buckets.length) {
      return state.domain.slice();
    }
    const total = buckets.reduce((n, b) => n + b.n, 0);
    let seen = 0;
    let lo = buckets[0].s;
    let hi = buckets[buckets.length - 1].e;
    let loSet = false;
    for (const b of buckets) {
      seen += b.n;
      if (!loSet && seen > total * 0.01) {
        lo = b.s;
        loSet = true;
      }
      if (seen >= total * 0.99) {
        hi = b.e;
        break;
      }
    }
    const pad = Math.max((hi - lo) * 0.03, 15 * DAY);
    return [lo - pad, hi + pad];
  }

  /** The lanes as drawn: each pair's header, then its lanes unless it is collapsed. */
  function buildLanes() {
    const collapsed = new Set(listParam('collapsed').map(s => s.toUpperCase()));
    const lanes = [];
    let top = 0;
    for (const group of state.groups) {
      const shut = collapsed.has(group.pair);
      lanes.push({kind: 'pair', pair: group.pair, label: (state.pairs[group.pair] || pairName(group.pair)) + '  ' + group.total,
        top: top, h: shut ? PAIR_H + 6 : PAIR_H, events: [], buckets: group.buckets, collapsed: shut,
        colour: '#5d6b79'});
      top += lanes[lanes.length - 1].h;
      if (shut) {
        continue;
      }
      for (const l of group.lanes) {
        lanes.push({kind: 'lane', pair: group.pair, key: l.key, sector: l.sector, label: l.label + '  ' + l.total,
          colour: l.colour, top: top, h: LANE_H, events: [], buckets: l.buckets, hits: null, bins: null});
        top += LANE_H;
      }
    }
    state.lanes = lanes;
    state.height = top;
    placeEvents();
  }

  function pairName(pair) {
    return PAIR_NAMES[pair] || pair;
  }

  /** The keys of the lanes an event sits in: its primary sector's, or each sector's when asked; its type; ... */
  function laneKeys(e) {
    const g = grouping();
    if (g === 'sector') {
      const sectors = e.sectors.length ? e.sectors.slice() : [NO_SECTOR];
      if (everySector()) {
        return sectors;
      }
      sectors.sort((a, b) => SECTOR_ORDER.indexOf(a) - SECTOR_ORDER.indexOf(b));
      return [sectors[0]];
    }
    if (g === 'type') {
      return [e.type];
    }
    if (g === 'quad') {
      return [e.quad];
    }
    return ['all'];
  }

  function placeEvents() {
    const index = new Map();
    state.lanes.forEach((lane, i) => {
      lane.events = [];
      if (lane.kind === 'lane') {
        index.set(lane.pair + '/' + lane.key, i);
      }
    });
    for (const e of state.events) {
      e.lanes = [];
      if (isNaN(e.s)) {
        continue;
      }
      for (const key of laneKeys(e)) {
        const i = index.get(e.pair + '/' + key);
        if (i !== undefined) {
          state.lanes[i].events.push(e);
          e.lanes.push(i);
        }
      }
    }
    for (const lane of state.lanes) {
      lane.events.sort((a, b) => a.s - b.s || a.id - b.id);
    }
  }

  /** The events loaded for a window ({from, to, partial}), or none (null): the lanes are then drawn from counts. */
  function setEvents(events, loaded) {
    state.events = events;
    state.loaded = loaded;
    state.byId = new Map();
    state.undated = 0;
    for (const e of state.events) {
      e.s = e.start ? Date.parse(e.start) : NaN;
      e.e = e.end ? Date.parse(e.end) + DAY : e.s + DAY;
      e.lanes = [];
      e.pairName = state.pairs[e.pair] || e.pair;
      if (isNaN(e.s)) {
        state.undated++;
      }
      state.byId.set(e.id, e);
    }
    for (const lane of state.lanes) {
      if (lane.kind === 'pair') {
        lane.label = (state.pairs[lane.pair] || pairName(lane.pair)) + '  ' + (state.groups.find(g => g.pair === lane.pair) || {total: ''}).total;
      }
    }
    root.dataset.count = String(state.events.length);
    placeEvents();
  }

  function fitView(params) {
    const from = params.get('from') ? Date.parse(params.get('from')) : NaN;
    const to = params.get('to') ? Date.parse(params.get('to')) + DAY : NaN;
    const view = listParam('view').map(s => Date.parse(s));
    if (view.length === 2 && !isNaN(view[0]) && !isNaN(view[1]) && view[1] > view[0]) {
      state.view = [view[0], view[1] + DAY];
    } else {
      state.view = [isNaN(from) ? state.main[0] : from, isNaN(to) ? state.main[1] : to];
    }
    if (state.view[1] - state.view[0] < 2 * DAY) {
      state.view = [state.view[0] - DAY, state.view[0] + 2 * DAY];
    }
  }

  /** Keeps the arrangement of the view in the URL, without a new history entry for every zoom step. */
  let urlTimer = null;

  function syncUrl() {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      form.elements.view.value = iso(state.view[0]) + ',' + iso(state.view[1] - DAY);
      const qs = filterParams().toString();
      history.replaceState(null, '', '/timeline' + (qs ? '?' + qs : '') + location.hash);
    }, 300);
  }

  function toggleCollapsed(pair) {
    const set = new Set(listParam('collapsed').map(s => s.toUpperCase()));
    if (set.has(pair)) {
      set.delete(pair);
    } else {
      set.add(pair);
    }
    form.elements.collapsed.value = [...set].join(',');
    buildLanes();
    layout();
    renderView(null);
  }

  /** Moves a pair one place up (-1) or down (+1) among the pairs shown. */
  function movePair(pair, step) {
    const pairs = state.groups.map(g => g.pair);
    const i = pairs.indexOf(pair);
    const j = i + step;
    if (i < 0 || j < 0 || j >= pairs.length) {
      return;
    }
    [state.groups[i], state.groups[j]] = [state.groups[j], state.groups[i]];
    form.elements.order.value = state.groups.map(g => g.pair).join(',');
    buildLanes();
    layout();
    renderView(null);
  }

  // ---- geometry
  function layout() {
    dpr = window.devicePixelRatio || 1;
    width = scroller.clientWidth;
    const maxH = Math.max(260, Math.round(window.innerHeight * 0.62));
    viewH = Math.min(maxH, AXIS_H + Math.max(state.height, 60) + 4);
    scroller.style.height = viewH + 'px';
    sticky.style.height = viewH + 'px';
    spacer.style.height = Math.max(0, AXIS_H + state.height + 4 - viewH) + 'px';
    for (const c of [canvas, overlay]) {
      c.width = Math.round(width * dpr);
      c.height = Math.round(viewH * dpr);
      c.style.width = width + 'px';
      c.style.height = viewH + 'px';
    }
  }

  function plotRight() {
    return width - 10;
  }

  function xOf(ms) {
    return GUTTER + (ms - state.view[0]) * (plotRight() - GUTTER) / (state.view[1] - state.view[0]);
  }

  function msOf(x) {
    return state.view[0] + (x - GUTTER) * (state.view[1] - state.view[0]) / (plotRight() - GUTTER);
  }

  /** Where an event's mark sits: the middle of its period when that is wider than a few pixels, else its start. */
  function markX(e) {
    const x1 = xOf(e.s);
    if (e.open) {
      return x1;
    }
    const x2 = xOf(e.e);
    return x2 - x1 > 6 ? (x1 + x2) / 2 : x1;
  }

  function firstVisibleLane(top) {
    let lo = 0;
    let hi = state.lanes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const l = state.lanes[mid];
      if (l.top + l.h <= top) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  function laneAt(y) {
    const contentY = y - AXIS_H + scroller.scrollTop;
    if (y < AXIS_H || contentY >= state.height || !state.lanes.length) {
      return -1;
    }
    return firstVisibleLane(contentY);
  }

  function ticks() {
    const [v0, v1] = state.view;
    if (window.d3) {
      const scale = window.d3.scaleUtc().domain([new Date(v0), new Date(v1)]).range([GUTTER, plotRight()]);
      const format = scale.tickFormat();
      return scale.ticks(Math.max(2, Math.floor((plotRight() - GUTTER) / 110))).map(d => ({ms: +d, label: format(d)}));
    }
    const out = [];
    const y0 = new Date(v0).getUTCFullYear();
    const y1 = new Date(v1).getUTCFullYear();
    const step = Math.max(1, Math.ceil((y1 - y0) / 10));
    for (let y = y0; y <= y1 + 1; y += step) {
      out.push({ms: Date.UTC(y, 0, 1), label: String(y)});
    }
    return out;
  }

  // ---- drawing
  function draw() {
    const t0 = performance.now();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, viewH);
    if (width < GUTTER + 60) {
      return 0; // hidden (printing) or too narrow to draw a plot
    }
    const top = scroller.scrollTop;
    const right = plotRight();
    const tickList = ticks();

    ctx.strokeStyle = '#e3e6ea';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const t of tickList) {
      const x = Math.round(xOf(t.ms)) + 0.5;
      if (x >= GUTTER && x <= right) {
        ctx.moveTo(x, AXIS_H);
        ctx.lineTo(x, viewH);
      }
    }
    ctx.stroke();

    const visible = [];
    for (let i = state.lanes.length ? firstVisibleLane(top) : 0; i < state.lanes.length; i++) {
      const lane = state.lanes[i];
      const y = AXIS_H + lane.top - top;
      if (y > viewH) {
        break;
      }
      visible.push(i);
      if (lane.kind === 'pair') {
        ctx.fillStyle = '#eef1f5';
        ctx.fillRect(0, y, width, lane.h);
        lane.histHits = null;
        if (lane.collapsed) {
          drawBuckets(lane, y + lane.h / 2, right);
        }
        continue;
      }
      if (i % 2) {
        ctx.fillStyle = '#fafbfc';
        ctx.fillRect(GUTTER, y, right - GUTTER, lane.h);
      }
      drawLane(lane, y + lane.h / 2, right);
    }

    // label gutter over anything that strayed left of the plot
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, AXIS_H, GUTTER - 4, viewH - AXIS_H);
    ctx.textBaseline = 'middle';
    for (const i of visible) {
      const lane = state.lanes[i];
      const y = AXIS_H + lane.top - top;
      if (lane.kind === 'pair') {
        ctx.fillStyle = '#eef1f5';
        ctx.fillRect(0, y, GUTTER - 4, lane.h);
        ctx.fillStyle = '#1b2733';
        ctx.font = '600 12.5px system-ui, sans-serif';
        ctx.fillText((lane.collapsed ? '▸ ' : '▾ ') + fit(lane.label, GUTTER - 60), 6, y + lane.h / 2);
        ctx.fillStyle = '#5d6b79';
        ctx.font = '11px system-ui, sans-serif';
        ctx.fillText('▲', GUTTER - 40, y + lane.h / 2);
        ctx.fillText('▼', GUTTER - 22, y + lane.h / 2);
      } else {
        ctx.fillStyle = lane.colour;
        ctx.fillRect(16, y + lane.h / 2 - 4, 8, 8);
        ctx.fillStyle = '#3b4754';
        ctx.font = '12px system-ui, sans-serif';
        ctx.fillText(fit(lane.label, GUTTER - 40), 30, y + lane.h / 2);
      }
    }
    ctx.strokeStyle = '#c9d0d8';
    ctx.beginPath();
    ctx.moveTo(GUTTER - 3.5, AXIS_H);
    ctx.lineTo(GUTTER - 3.5, viewH);
    ctx.stroke();

    // axis
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, AXIS_H);
    ctx.strokeStyle = '#9aa5b1';
    ctx.beginPath();
    ctx.moveTo(GUTTER, AXIS_H - 0.5);
    ctx.lineTo(right, AXIS_H - 0.5);
    ctx.stroke();
    ctx.fillStyle = '#3b4754';
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'alphabetic';
    ctx.textAlign = 'center';
    for (const t of tickList) {
      const x = xOf(t.ms);
      if (x >= GUTTER && x <= right) {
        ctx.fillText(t.label, x, AXIS_H - 10);
        ctx.fillRect(Math.round(x), AXIS_H - 5, 1, 5);
      }
    }
    ctx.textAlign = 'left';
    ctx.fillStyle = '#5d6b79';
    ctx.fillText(spanLabel(), 8, AXIS_H - 10);
    if (!state.lanes.length) {
      ctx.fillStyle = '#5d6b79';
      ctx.font = '14px system-ui, sans-serif';
      ctx.fillText('No events match these filters.', GUTTER + 10, AXIS_H + 30);
    }
    drawOverlay();
    describeWindow();
    return performance.now() - t0;
  }

  const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  /** The text twin of the canvas: the window in view as ISO dates, and a caption a screen reader announces. */
  function describeWindow() {
    const start = iso(state.view[0]);
    const end = iso(state.view[1] - 1);
    if (canvas.dataset.windowStart === start && canvas.dataset.windowEnd === end && caption.dataset.total === String(state.histTotal)
        && caption.dataset.loaded === String(state.events.length)) {
      return;
    }
    canvas.dataset.windowStart = start;
    canvas.dataset.windowEnd = end;
    caption.dataset.total = String(state.histTotal);
    caption.dataset.loaded = String(state.events.length);
    clearTimeout(captionTimer);
    captionTimer = setTimeout(() => {
      const [v0, v1] = state.view;
      const exact = state.loaded && !state.loaded.partial && state.loaded.from <= v0 && state.loaded.to >= v1;
      const n = exact ? state.events.filter(e => !isNaN(e.s) && e.s < v1 && (e.open || e.e > v0)).length : countIn(v0, v1);
      const a = new Date(v0);
      const b = new Date(v1 - 1);
      caption.textContent = SHORT_MONTHS[a.getUTCMonth()] + ' ' + a.getUTCFullYear() + ' – ' + SHORT_MONTHS[b.getUTCMonth()]
        + ' ' + b.getUTCFullYear() + ', ' + (exact ? '' : 'about ') + n + ' event' + (n === 1 ? '' : 's');
      caption.dataset.events = String(n);
    }, 120);
  }

  let captionTimer = null;

  /** Counts per month as bars, from the histogram: the lane's overview when its events are not loaded. */
  function drawBuckets(lane, cy, right) {
    const [v0, v1] = state.view;
    const half = lane.h / 2 - 2;
    const scale = Math.log(1 + state.histMax);
    const hits = [];
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = lane.colour;
    for (const b of lane.buckets) {
      if (b.e <= v0 || b.s >= v1) {
        continue;
      }
      const x1 = Math.max(GUTTER, xOf(b.s));
      const x2 = Math.min(right, xOf(b.e));
      const h = Math.max(1.5, half * Math.log(1 + b.n) / scale);
      ctx.globalAlpha = 0.35 + 0.65 * Math.log(1 + b.n) / scale;
      ctx.fillRect(x1, cy - h, Math.max(1, x2 - x1 - (x2 - x1 > 3 ? 0.5 : 0)), 2 * h);
      hits.push({x1: x1, x2: Math.max(x1 + 2, x2), b: b});
    }
    ctx.globalAlpha = 1;
    lane.histHits = hits;
    lane.hits = null;
    lane.bins = null;
  }

  const fitCache = new Map();

  function fit(text, max) {
    const key = ctx.font + '|' + max + '|' + text;
    let out = fitCache.get(key);
    if (out === undefined) {
      out = text;
      if (ctx.measureText(out).width > max) {
        while (out.length > 1 && ctx.measureText(out + '…').width > max) {
          out = out.slice(0, -1);
        }
        out += '…';
      }
      fitCache.set(key, out);
    }
    return out;
  }

  function spanLabel() {
    const days = (state.view[1] - state.view[0]) / DAY;
    if (days > 730) {
      return Math.round(days / 365.25) + ' years in view';
    }
    if (days > 60) {
      return Math.round(days / 30.44) + ' months in view';
    }
    return Math.round(days) + ' days in view';
  }

  function drawLane(lane, cy, right) {
    const [v0, v1] = state.view;
    const events = lane.events;
    const loaded = state.loaded && !state.loaded.partial && state.loaded.from <= v0 && state.loaded.to >= v1;
    if (!loaded) {
      drawBuckets(lane, cy, right);
      lane.mode = 'histogram';
      return;
    }
    lane.histHits = null;
    // events are sorted by start: skip those starting after the view, and count the visible ones
    let n = 0;
    for (const e of events) {
      if (e.s > v1) {
        break;
      }
      if (e.open || e.e >= v0) {
        n++;
      }
    }
    lane.hits = null;
    lane.bins = null;
    if (n > (right - GUTTER) / 7) {
      drawDensity(lane, cy, right);
      lane.mode = 'density';
      return;
    }
    lane.mode = 'marks';
    const hits = [];
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.strokeStyle = '#c9d1d9';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(GUTTER, cy + 0.5);
    ctx.lineTo(right, cy + 0.5);
    ctx.stroke(); // the lane's axis: cooperation above, conflict below
    for (const e of events) {
      if (e.s > v1) {
        break;
      }
      if (!e.open && e.e < v0) {
        continue;
      }
      const colour = lane.sector != null ? lane.colour : eventColour(e);
      const x1 = xOf(e.s);
      const planned = e.status === 'PLANNED';
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      if (e.open) {
        const len = Math.max(140, (right - x1) * 0.35);
        const g = ctx.createLinearGradient(x1, 0, x1 + len, 0);
        g.addColorStop(0, colour);
        g.addColorStop(1, 'rgba(255,255,255,0)');
        ctx.fillStyle = g;
        ctx.globalAlpha = 0.55;
        ctx.fillRect(x1, cy - 3, len, 6);
        ctx.globalAlpha = 1;
      } else {
        const x2 = xOf(e.e);
        if (x2 - x1 > 6) {
          ctx.globalAlpha = planned ? 0.15 : 0.35;
          ctx.fillStyle = colour;
          ctx.fillRect(x1, cy - 4, x2 - x1, 8);
          ctx.globalAlpha = 1;
          if (planned) {
            ctx.setLineDash([4, 3]);
            ctx.strokeStyle = colour;
            ctx.lineWidth = 1.2;
            ctx.strokeRect(x1 + 0.5, cy - 4.5, x2 - x1 - 1, 9);
            ctx.setLineDash([]);
          }
        }
      }
      const mx = markX(e);
      const type = TYPES[e.type] || TYPES.MEETING;
      const path = type ? type.path : CIRCLE;
      const conflict = isConflict(e);
      ctx.setTransform(dpr * MARK_R, 0, 0, dpr * MARK_R, dpr * mx, dpr * markY(e, cy));
      if (planned) {
        ctx.fillStyle = '#ffffff';
        ctx.fill(path);
        ctx.setLineDash([0.5, 0.35]);
        ctx.lineWidth = 0.38;
        ctx.strokeStyle = colour === '#F0E442' || colour === '#DDCC77' ? '#6b6000' : colour;
        ctx.stroke(path);
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = colour;
        ctx.fill(path);
        ctx.lineWidth = conflict ? 0.42 : 0.22;
        ctx.strokeStyle = conflict ? '#7a0019' : '#1b2733';
        ctx.stroke(path);
      }
      if (CURATION_RINGS[e.curation]) {
        // an analyst's decision: a ring around the mark, solid when confirmed, dashed when corrected
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        ctx.beginPath();
        ctx.arc(mx, cy, MARK_R + 3, 0, 2 * Math.PI);
        ctx.strokeStyle = CURATION_RINGS[e.curation];
        ctx.lineWidth = 1.6;
        ctx.setLineDash(e.curation === 'CORRECTED' ? [2, 2] : []);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      hits.push({x: mx, e: e});
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    lane.hits = hits;
  }

  function eventColour(e) {
    const primary = e.sectors.slice().sort((a, b) => SECTOR_ORDER.indexOf(a) - SECTOR_ORDER.indexOf(b))[0];
    return primary && SECTORS[primary] ? SECTORS[primary].colour : SECTORS[NO_SECTOR].colour;
  }

  /** Too many events for their marks to be told apart: draw how many fall in each few pixels instead. */
  function drawDensity(lane, cy, right) {
    const BIN = 3;
    const count = Math.ceil((right - GUTTER) / BIN) + 1;
    const bins = new Uint32Array(count);
    const [v0, v1] = state.view;
    for (const e of lane.events) {
      if (e.s > v1) {
        break;
      }
      if (!e.open && e.e < v0) {
        continue;
      }
      const b = Math.floor((Math.max(GUTTER, Math.min(right, markX(e))) - GUTTER) / BIN);
      bins[b]++;
    }
    let max = 1;
    for (let i = 0; i < count; i++) {
      max = Math.max(max, bins[i]);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = lane.colour;
    const half = lane.h / 2 - 2;
    const scale = Math.log(1 + max);
    for (let i = 0; i < count; i++) {
      if (bins[i]) {
        const h = Math.max(2, half * Math.log(1 + bins[i]) / scale);
        ctx.fillRect(GUTTER + i * BIN, cy - h, BIN - 0.5, 2 * h);
      }
    }
    lane.bins = {size: BIN, counts: bins};
  }

  function drawOverlay() {
    octx.setTransform(dpr, 0, 0, dpr, 0, 0);
    octx.clearRect(0, 0, width, viewH);
    for (const [id, strong] of [[state.hover, false], [state.selected, true]]) {
      const e = id == null ? null : state.byId.get(id);
      if (!e || isNaN(e.s)) {
        continue;
      }
      const mx = markX(e);
      if (mx < GUTTER || mx > plotRight()) {
        continue;
      }
      const ys = [];
      for (const i of e.lanes) {
        const lane = state.lanes[i];
        const y = markY(e, AXIS_H + lane.top - scroller.scrollTop + lane.h / 2);
        if (y > AXIS_H - lane.h && y < viewH + lane.h) {
          ys.push(y);
        }
      }
      if (ys.length > 1) {
        // one event in several sector lanes: tie its marks together
        octx.strokeStyle = strong ? '#000000' : '#3b4754';
        octx.setLineDash([3, 2]);
        octx.lineWidth = 1.5;
        octx.beginPath();
        octx.moveTo(mx, Math.min(...ys));
        octx.lineTo(mx, Math.max(...ys));
        octx.stroke();
        octx.setLineDash([]);
      }
      for (const y of ys) {
        octx.beginPath();
        octx.arc(mx, y, strong ? 9 : 8, 0, 2 * Math.PI);
        octx.lineWidth = strong ? 2.5 : 1.5;
        octx.strokeStyle = strong ? '#000000' : '#3b4754';
        octx.stroke();
      }
    }
  }

  // ---- interaction
  function hitAt(x, y) {
    const i = laneAt(y);
    if (i < 0) {
      return null;
    }
    const lane = state.lanes[i];
    if (x < GUTTER) {
      if (lane.kind !== 'pair') {
        return null;
      }
      const action = x >= GUTTER - 44 && x < GUTTER - 27 ? 'up' : x >= GUTTER - 27 && x < GUTTER - 8 ? 'down' : 'toggle';
      return {header: lane, action: action};
    }
    if (lane.histHits) {
      const h = lane.histHits.find(h => x >= h.x1 - 1 && x <= h.x2 + 1);
      return h ? {bucket: h.b, lane: lane, x: x} : null;
    }
    if (lane.bins) {
      const b = Math.floor((x - GUTTER) / lane.bins.size);
      const n = lane.bins.counts[b] || lane.bins.counts[b - 1] || lane.bins.counts[b + 1] || 0;
      return n ? {bin: true, n: n, lane: lane, x: x} : null;
    }
    if (!lane.hits) {
      return null;
    }
    let best = null;
    let bestD = 8;
    for (const h of lane.hits) {
      const d = Math.abs(h.x - x);
      if (d < bestD) {
        best = h;
        bestD = d;
      }
    }
    if (!best) {
      // inside a period's bar
      for (const h of lane.hits) {
        const x1 = xOf(h.e.s);
        const x2 = h.e.open ? x1 + 140 : xOf(h.e.e);
        if (x >= x1 && x <= x2) {
          best = h;
        }
      }
    }
    return best ? {e: best.e, lane: lane} : null;
  }

  function renderView(kind) {
    const ms = draw();
    if (kind) {
      root.dataset[kind + 'Ms'] = ms.toFixed(1);
    }
    scheduleTable();
    scheduleWindow();
    syncUrl();
    return ms;
  }

  function showSpan(a, b) {
    state.view = [a, Math.max(b, a + 3 * DAY)];
    return renderView('zoom');
  }

  function zoom(factor, anchor) {
    const [v0, v1] = state.view;
    const span = v1 - v0;
    const maxSpan = Math.max((state.domain[1] - state.domain[0]) * 2, 60 * DAY);
    const next = Math.min(maxSpan, Math.max(3 * DAY, span * factor));
    const a = anchor == null ? (v0 + v1) / 2 : anchor;
    const n0 = a - (a - v0) * next / span;
    state.view = [n0, n0 + next];
    return renderView('zoom');
  }

  function pan(fraction) {
    const span = state.view[1] - state.view[0];
    state.view = [state.view[0] + span * fraction, state.view[1] + span * fraction];
    return renderView('pan');
  }

  /** Back to where the events are (the default window); {@link showAll} reaches the stray dates too. */
  function fitAll() {
    state.view = state.main.slice();
    return renderView('zoom');
  }

  function showAll() {
    state.view = state.domain.slice();
    return renderView('zoom');
  }

  canvas.addEventListener('wheel', e => {
    e.preventDefault();
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      const delta = e.shiftKey ? e.deltaY : e.deltaX;
      pan(delta / (plotRight() - GUTTER));
      return;
    }
    const rect = canvas.getBoundingClientRect();
    const x = e.clientX - rect.left;
    zoom(Math.pow(1.0018, e.deltaY * (e.deltaMode === 1 ? 30 : 1)), x > GUTTER ? msOf(x) : null);
  }, {passive: false});

  let drag = null;
  canvas.addEventListener('pointerdown', e => {
    if (e.button !== 0) {
      return;
    }
    drag = {x: e.clientX, y: e.clientY, moved: false, view: state.view.slice(), top: scroller.scrollTop};
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', e => {
    const rect = canvas.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    if (drag) {
      const dx = e.clientX - drag.x;
      const dy = e.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) {
        drag.moved = true;
      }
      if (drag.moved) {
        const perPx = (drag.view[1] - drag.view[0]) / (plotRight() - GUTTER);
        state.view = [drag.view[0] - dx * perPx, drag.view[1] - dx * perPx];
        scroller.scrollTop = drag.top - dy;
        hideTooltip();
        renderView('pan');
        return;
      }
    }
    const hit = hitAt(x, y);
    const id = hit && hit.e ? hit.e.id : null;
    canvas.style.cursor = hit ? 'pointer' : (drag ? 'grabbing' : 'grab');
    if (id !== state.hover) {
      state.hover = id;
      drawOverlay();
    }
    if (hit) {
      showTooltip(hit, x, y);
    } else {
      hideTooltip();
    }
  });
  canvas.addEventListener('pointerup', e => {
    const wasClick = drag && !drag.moved;
    drag = null;
    if (!wasClick) {
      return;
    }
    const rect = canvas.getBoundingClientRect();
    const hit = hitAt(e.clientX - rect.left, e.clientY - rect.top);
    if (hit && hit.header) {
      if (hit.action === 'toggle') {
        toggleCollapsed(hit.header.pair);
      } else {
        movePair(hit.header.pair, hit.action === 'up' ? -1 : 1);
      }
    } else if (hit && hit.bucket) {
      showSpan(hit.bucket.s - 5 * DAY, hit.bucket.e + 5 * DAY);
    } else if (hit && hit.bin) {
      zoom(0.25, msOf(hit.x));
    } else if (hit) {
      openPanel(hit.e.id, canvas);
    }
  });
  canvas.addEventListener('pointerleave', () => {
    if (state.hover != null) {
      state.hover = null;
      drawOverlay();
    }
    hideTooltip();
  });
  canvas.addEventListener('keydown', e => {
    const handled = {
      'ArrowLeft': () => pan(e.shiftKey ? -0.5 : -0.1),
      'ArrowRight': () => pan(e.shiftKey ? 0.5 : 0.1),
      '+': () => zoom(0.7),
      '=': () => zoom(0.7),
      '-': () => zoom(1 / 0.7),
      '_': () => zoom(1 / 0.7),
      '0': () => fitAll(),
      'Home': () => fitAll(),
      'ArrowUp': () => { scroller.scrollTop -= LANE_H * 2; },
      'ArrowDown': () => { scroller.scrollTop += LANE_H * 2; },
      'PageUp': () => { scroller.scrollTop -= viewH - AXIS_H; },
      'PageDown': () => { scroller.scrollTop += viewH - AXIS_H; },
      'Enter': () => { if (state.hover != null) { openPanel(state.hover, canvas); } }
    }[e.key];
    if (handled) {
      e.preventDefault();
      handled();
    }
  });
  scroller.addEventListener('scroll', () => draw(), {passive: true});
  new ResizeObserver(() => {
    if (scroller.clientWidth !== width) {
      layout();
      draw();
    }
  }).observe(scroller);

  root.querySelector('.toolbar').addEventListener('click', e => {
    const button = e.target.closest('button[data-action]');
    if (!button) {
      return;
    }
    ({
      'zoom-in': () => zoom(0.6),
      'zoom-out': () => zoom(1 / 0.6),
      'pan-left': () => pan(-0.25),
      'pan-right': () => pan(0.25),
      'fit': () => fitAll(),
      'all': () => showAll(),
      'export-csv': () => exportCsv(),
      'export-json': () => exportJson()
    })[button.dataset.action]();
  });

  function showTooltip(hit, x, y) {
    tooltip.replaceChildren();
    if (hit.header) {
      line(tooltip, 'strong', hit.header.label);
      line(tooltip, 'span', hit.action === 'toggle' ? (hit.header.collapsed ? 'click to show its lanes' : 'click to collapse its lanes')
        : 'move this pair ' + hit.action);
    } else if (hit.bucket) {
      const d = new Date(hit.bucket.s);
      line(tooltip, 'strong', hit.bucket.n + ' event' + (hit.bucket.n === 1 ? '' : 's') + ' in ' + MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear());
      line(tooltip, 'span', hit.lane.label.replace(/\s+\d+$/, '') + ' · click to zoom in');
    } else if (hit.bin) {
      line(tooltip, 'strong', hit.n + ' events here');
      line(tooltip, 'span', hit.lane.label + ' · click to zoom in');
    } else {
      const e = hit.e;
      line(tooltip, 'strong', e.summary || typeLabel(e.type));
      line(tooltip, 'span', typeLabel(e.type) + ' · ' + dateLabel(e) + (e.status === 'PLANNED' ? ' · planned' : ''));
      line(tooltip, 'span', e.pairName + (e.sectors.length > 1 ? ' · ' + e.sectors.length + ' sectors' : ''));
    }
    tooltip.hidden = false;
    const left = Math.min(x + 14, width - tooltip.offsetWidth - 4);
    tooltip.style.left = Math.max(0, left) + 'px';
    tooltip.style.top = (y + 16) + 'px';
  }

  function hideTooltip() {
    tooltip.hidden = true;
  }

  function line(parent, tag, text) {
    const el = document.createElement(tag);
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  // ---- labels
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  function typeLabel(type) {
    return TYPES[type] ? TYPES[type].label : type;
  }

  function dateLabel(e) {
    if (!e.start) {
      return 'undated';
    }
    const d = new Date(e.s);
    let text;
    if (e.precision === 'YEAR') {
      text = String(d.getUTCFullYear());
    } else if (e.precision === 'MONTH') {
      text = MONTHS[d.getUTCMonth()] + ' ' + d.getUTCFullYear();
    } else {
      text = d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()].slice(0, 3) + ' ' + d.getUTCFullYear();
    }
    return e.open ? 'since ' + text : text;
  }

  function sectorLabel(s) {
    return SECTORS[s] ? SECTORS[s].label : s;
  }

  function shapeSvg(type, colour, planned) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '-1.4 -1.4 2.8 2.8');
    svg.setAttribute('width', '14');
    svg.setAttribute('height', '14');
    svg.setAttribute('aria-hidden', 'true');
    svg.classList.add('type-shape');
    const path = document.createElementNS(ns, 'path');
    path.setAttribute('d', TYPES[type] ? TYPES[type].d : 'M1 0A1 1 0 1 1 -1 0A1 1 0 1 1 1 0Z');
    path.setAttribute('fill', planned ? '#ffffff' : colour);
    path.setAttribute('stroke', planned ? colour : '#1b2733');
    path.setAttribute('stroke-width', planned ? '0.35' : '0.15');
    if (planned) {
      path.setAttribute('stroke-dasharray', '0.8 0.4');
    }
    svg.appendChild(path);
    return svg;
  }

  // ---- table
  let tableTimer = null;

  function scheduleTable() {
    clearTimeout(tableTimer);
    tableTimer = setTimeout(() => {
      state.page = 0;
      renderTable();
    }, 150);
  }

  const SORTS = {
    date: (a, b) => (isNaN(a.s) ? Infinity : a.s) - (isNaN(b.s) ? Infinity : b.s) || a.id - b.id,
    pair: (a, b) => a.pairName.localeCompare(b.pairName) || a.s - b.s,
    type: (a, b) => a.type.localeCompare(b.type) || a.s - b.s,
    status: (a, b) => a.status.localeCompare(b.status) || a.s - b.s,
    sectors: (a, b) => a.sectors.join(',').localeCompare(b.sectors.join(',')) || a.s - b.s,
    summary: (a, b) => (a.summary || '').localeCompare(b.summary || '') || a.s - b.s
  };

  /** The events the chart shows now: those overlapping the time in view, and the undated ones. */
  function eventsInView() {
    const [v0, v1] = state.view;
    return state.events.filter(e => isNaN(e.s) || (e.s <= v1 && (e.open || e.e >= v0)));
  }

  function renderTable() {
    const cmp = SORTS[state.sortKey];
    const rows = eventsInView().sort((a, b) => state.sortDir * cmp(a, b));
    state.rows = rows;
    const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
    state.page = Math.min(state.page, pages - 1);
    const slice = rows.slice(state.page * PAGE_SIZE, (state.page + 1) * PAGE_SIZE);
    const fragment = document.createDocumentFragment();
    for (const e of slice) {
      const tr = document.createElement('tr');
      tr.tabIndex = 0;
      tr.dataset.id = String(e.id);
      if (e.status === 'PLANNED') {
        tr.classList.add('planned');
      }
      if (e.id === state.selected) {
        tr.setAttribute('aria-selected', 'true');
      }
      const colour = e.sectors.length && SECTORS[e.sectors[0]] ? SECTORS[e.sectors[0]].colour : SECTORS[NO_SECTOR].colour;
      const date = line(tr, 'td', dateLabel(e));
      date.className = 'date';
      const precision = document.createElement('span');
      precision.className = 'precision';
      precision.textContent = e.precision ? ' ' + e.precision.toLowerCase() : '';
      date.appendChild(precision);
      line(tr, 'td', e.pairName);
      const type = document.createElement('td');
      type.appendChild(shapeSvg(e.type, colour, e.status === 'PLANNED'));
      type.appendChild(document.createTextNode(' ' + typeLabel(e.type)));
      tr.appendChild(type);
      line(tr, 'td', e.status === 'PLANNED' ? 'Planned' : 'Occurred');
      line(tr, 'td', e.sectors.map(sectorLabel).join(', '));
      const summary = line(tr, 'td', e.summary || '');
      if (CURATION_MARKS[e.curation]) {
        const mark = document.createElement('span');
        mark.className = 'curation-mark state-' + e.curation;
        mark.textContent = CURATION_MARKS[e.curation] + ' ';
        summary.prepend(mark);
      }
      fragment.appendChild(tr);
    }
    tbody.replaceChildren(fragment);
    tableStatus.textContent = !state.loaded && state.histTotal
      ? 'About ' + countIn(state.view[0], state.view[1]) + ' events in the time in view, more than the page loads at once: zoom in or narrow the filters to list them.'
      : rows.length
      ? rows.length + ' event' + (rows.length === 1 ? '' : 's') + ' in the time in view. Rows are focusable: arrow keys move, Enter opens the details.'
      : 'No events in the time in view.';
    pageInfo.textContent = rows.length ? 'Rows ' + (state.page * PAGE_SIZE + 1) + '–' + (state.page * PAGE_SIZE + slice.length) + ' of ' + rows.length : '';
    root.querySelector('[data-action=page-prev]').disabled = state.page === 0;
    root.querySelector('[data-action=page-next]').disabled = state.page >= pages - 1;
    for (const th of table.tHead.rows[0].cells) {
      const key = th.querySelector('button').dataset.sort;
      if (key === state.sortKey) {
        th.setAttribute('aria-sort', state.sortDir > 0 ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    }
  }

  table.tHead.addEventListener('click', e => {
    const button = e.target.closest('button[data-sort]');
    if (!button) {
      return;
    }
    const key = button.dataset.sort;
    state.sortDir = key === state.sortKey ? -state.sortDir : 1;
    state.sortKey = key;
    state.page = 0;
    renderTable();
  });
  root.querySelector('.pager').addEventListener('click', e => {
    const button = e.target.closest('button[data-action]');
    if (!button) {
      return;
    }
    state.page += button.dataset.action === 'page-next' ? 1 : -1;
    renderTable();
    const first = tbody.querySelector('tr');
    if (first) {
      first.focus();
    }
  });
  tbody.addEventListener('click', e => {
    const tr = e.target.closest('tr[data-id]');
    if (tr) {
      openPanel(Number(tr.dataset.id), tr);
    }
  });
  tbody.addEventListener('keydown', e => {
    const tr = e.target.closest('tr[data-id]');
    if (!tr) {
      return;
    }
    let next = null;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      openPanel(Number(tr.dataset.id), tr);
      return;
    } else if (e.key === 'ArrowDown') {
      next = tr.nextElementSibling;
    } else if (e.key === 'ArrowUp') {
      next = tr.previousElementSibling;
    } else if (e.key === 'Home') {
      next = tbody.firstElementChild;
    } else if (e.key === 'End') {
      next = tbody.lastElementChild;
    }
    if (next) {
      e.preventDefault();
      next.focus();
    }
  });

  // ---- details panel
  let returnFocus = null;

  async function openPanel(id, from) {
    returnFocus = from;
    state.selected = id;
    drawOverlay();
    tbody.querySelectorAll('tr[aria-selected]').forEach(tr => tr.removeAttribute('aria-selected'));
    const row = tbody.querySelector('tr[data-id="' + id + '"]');
    if (row) {
      row.setAttribute('aria-selected', 'true');
    }
    const params = new URLSearchParams(location.search);
    params.set('event', String(id));
    history.replaceState(null, '', '/timeline?' + params.toString());
    panel.hidden = false;
    document.body.classList.add('panel-open');
    panelBody.replaceChildren();
    line(panelBody, 'p', 'Loading…');
    let ev;
    try {
      const res = await fetch(root.dataset.details + encodeURIComponent(id), {headers: {Accept: 'application/json'}});
      if (!res.ok) {
        throw new Error('Event ' + id + ' could not be loaded (' + res.status + ')');
      }
      ev = await res.json();
    } catch (err) {
      panelBody.replaceChildren();
      line(panelBody, 'p', err.message).className = 'error';
      return;
    }
    if (state.selected !== id) {
      return;
    }
    renderPanel(ev);
    panel.dataset.eventId = String(id);
    panel.focus();
  }

  function closePanel(restoreFocus) {
    if (panel.hidden) {
      return;
    }
    panel.hidden = true;
    document.body.classList.remove('panel-open');
    delete panel.dataset.eventId;
    state.selected = null;
    drawOverlay();
    tbody.querySelectorAll('tr[aria-selected]').forEach(tr => tr.removeAttribute('aria-selected'));
    const params = new URLSearchParams(location.search);
    if (params.has('event')) {
      params.delete('event');
      const qs = params.toString();
      history.replaceState(null, '', '/timeline' + (qs ? '?' + qs : ''));
    }
    if (restoreFocus && returnFocus && document.body.contains(returnFocus)) {
      returnFocus.focus();
    }
  }

  document.getElementById('panel-close').addEventListener('click', () => closePanel(true));
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && !panel.hidden) {
      closePanel(true);
    }
  });

  function renderPanel(ev) {
    panelBody.replaceChildren();
    const lite = state.byId.get(ev.id);
    const colour = ev.sectors.length && SECTORS[ev.sectors[0]] ? SECTORS[ev.sectors[0]].colour : SECTORS[NO_SECTOR].colour;
    const head = document.createElement('div');
    head.className = 'panel-head';
    head.appendChild(shapeSvg(ev.type, colour, ev.status === 'PLANNED'));
    line(head, 'span', typeLabel(ev.type) + (ev.status === 'PLANNED' ? ' · planned' : ' · occurred')).className = 'panel-type';
    panelBody.appendChild(head);
    const title = line(panelBody, 'h2', ev.summary || typeLabel(ev.type));
    title.id = 'panel-title';

    const dl = document.createElement('dl');
    const item = (term, value) => {
      if (value == null || value === '') {
        return null;
      }
      line(dl, 'dt', term);
      const dd = document.createElement('dd');
      if (value instanceof Node) {
        dd.appendChild(value);
      } else {
        dd.textContent = value;
      }
      dl.appendChild(dd);
      return dd;
    };
    if (ev.date) {
      const d = lite || {start: ev.date.start, s: Date.parse(ev.date.start), precision: ev.date.precision, open: (ev.date.edtf || '').endsWith('/..')};
      item('Date', dateLabel(d) + ' — ' + (ev.date.precision || '').toLowerCase() + ' precision'
        + (ev.date.edtf ? ' (EDTF ' + ev.date.edtf + ')' : '') + (ev.date.source ? ', from ' + ev.date.source : ''));
    } else {
      item('Date', 'undated');
    }
    item('Pair', (state.pairs[ev.pair] || ev.pair) + ' (' + ev.pair + ')');
    item('Location', ev.location);
    if (ev.sectors.length) {
      const wrap = document.createElement('span');
      for (const s of ev.sectors) {
        const chip = line(wrap, 'span', sectorLabel(s));
        chip.className = 'sector-chip';
      }
      item('Sectors', wrap);
    }
    if (ev.actors && ev.actors.length) {
      const ul = document.createElement('ul');
      ul.className = 'actors';
      for (const a of ev.actors) {
        const li = document.createElement('li');
        line(li, 'strong', a.name);
        if (a.role) {
          li.appendChild(document.createTextNode(', ' + a.role));
        }
        if (a.country) {
          line(li, 'span', ' ' + a.country).className = 'code';
        }
        ul.appendChild(li);
      }
      item('Actors', ul);
    }
    if (ev.initiator && ev.target) {
      const who = document.createElement('span');
      who.className = 'direction';
      who.textContent = countryName(ev.pair, ev.initiator) + ' → ' + countryName(ev.pair, ev.target);
      item('Who acts towards whom', who);
    } else {
      item('Who acts towards whom', 'both sides together (no direction)');
    }
    item('Cooperation / conflict', ev.quad ? (QUAD_LABELS[ev.quad] || ev.quad).toLowerCase() : null);
    item('CAMEO', ev.cameo);
    item('PLOVER', ev.plover ? ev.plover.event + (ev.plover.mode ? ' (' + ev.plover.mode + ')' : '') : null);
    item('Confidence', ev.confidence != null ? Math.round(ev.confidence * 100) + ' %' : null);
    panelBody.appendChild(dl);

    const sources = new Map((ev.sources || []).map(s => [s.articleId, s]));
    if (ev.evidence && ev.evidence.length) {
      line(panelBody, 'h3', 'Evidence');
      for (const v of ev.evidence) {
        const block = document.createElement('blockquote');
        block.className = 'evidence';
        const spans = (v.spans || []).map(s => ({kind: s.kind, rule: s.rule, value: s.value, start: s.start - v.start, end: s.end - v.start}));
        for (const seg of segments(v.sentence, spans)) {
          if (seg.spans.length) {
            const mark = document.createElement('mark');
            mark.dataset.kind = seg.spans[0].kind;
            mark.title = seg.spans.map(s => s.kind + ' · ' + (s.rule || '?') + (s.value ? ' → ' + s.value : '')).join('\n');
            mark.textContent = seg.text;
            block.appendChild(mark);
          } else {
            block.appendChild(document.createTextNode(seg.text));
          }
        }
        panelBody.appendChild(block);
        const source = sources.get(v.articleId);
        const cite = document.createElement('p');
        cite.className = 'cite';
        cite.appendChild(document.createTextNode((v.field === 'TITLE' ? 'Headline of ' : 'From ')));
        const a = document.createElement('a');
        a.href = '/articles/' + encodeURIComponent(v.articleId);
        a.textContent = source && source.title ? source.title : 'article ' + v.articleId;
        cite.appendChild(a);
        if (source && source.publishedAt) {
          cite.appendChild(document.createTextNode(', ' + source.publishedAt));
        }
        panelBody.appendChild(cite);
      }
    }
    if (ev.sources && ev.sources.length) {
      line(panelBody, 'h3', 'Sources (' + ev.sources.length + ')');
      const ul = document.createElement('ul');
      ul.className = 'sources';
      for (const s of ev.sources) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = '/articles/' + encodeURIComponent(s.articleId);
        a.textContent = s.title || 'article ' + s.articleId;
        li.appendChild(a);
        if (s.publishedAt) {
          li.appendChild(document.createTextNode(' · ' + s.publishedAt));
        }
        ul.appendChild(li);
      }
      panelBody.appendChild(ul);
    }
    panel.dispatchEvent(new CustomEvent('dyadline:event-shown', {detail: ev}));
  }

  /** A country of a pair by name, from the pair's name ("Iran – Russia"), else its code. */
  function countryName(pair, code) {
    const names = (state.pairs[pair] || PAIR_NAMES[pair] || '').split(' – ');
    const codes = pair.split('-');
    const i = codes.indexOf(code);
    return i >= 0 && names.length === 2 ? names[i] + ' (' + code + ')' : code;
  }

  // ---- the pair's balance of cooperation and conflict per month, a diverging bar chart above the lanes
  const balance = document.getElementById('balance');
  const balanceSvg = document.getElementById('balance-chart');
  const SVG = 'http://www.w3.org/2000/svg';
  const QUAD_PARTS = [['MATERIAL_COOPERATION', 'quad-mc', -1], ['VERBAL_COOPERATION', 'quad-vc', -1],
    ['MATERIAL_CONFLICT', 'quad-mx', 1], ['VERBAL_CONFLICT', 'quad-vx', 1]];

  function balancePair() {
    const pairs = comparedPairs();
    const pair = (form.elements.pair.value || '').trim().toUpperCase();
    if (pairs.length === 1) {
      return pairs[0];
    }
    return !pairs.length && /^[A-Z]{2}-[A-Z]{2}$/.test(pair) ? pair.split('-').sort().join('-') : null;
  }

  async function loadBalance() {
    const pair = balancePair();
    if (!balance || !pair) {
      if (balance) {
        balance.hidden = true;
      }
      return;
    }
    let activity;
    try {
      activity = await fetchJson(balance.dataset.activity + encodeURIComponent(pair) + '/activity?by=month');
    } catch (err) {
      balance.hidden = true;
      return;
    }
    drawBalance(activity);
  }

  function drawBalance(activity) {
    balanceSvg.replaceChildren();
    const periods = activity.periods;
    if (!periods.length) {
      balance.hidden = true;
      return;
    }
    balance.hidden = false;
    const first = periods[0].start.slice(0, 7);
    const last = periods[periods.length - 1].start.slice(0, 7);
    const months = [];
    for (let [y, m] = first.split('-').map(Number); y * 12 + m <= Number(last.slice(0, 4)) * 12 + Number(last.slice(5)); m++) {
      if (m > 12) {
        m = 1;
        y++;
      }
      months.push(y + '-' + String(m).padStart(2, '0'));
    }
    const byMonth = new Map(periods.map(p => [p.period, p.counts]));
    const up = c => c.VERBAL_COOPERATION + c.MATERIAL_COOPERATION;
    const down = c => c.VERBAL_CONFLICT + c.MATERIAL_CONFLICT;
    const max = Math.max(1, ...periods.map(p => Math.max(up(p.counts), down(p.counts))));
    const w = Math.max(300, balanceSvg.clientWidth || 900);
    const h = 90;
    const mid = h / 2;
    const bar = Math.max(1, (w - 40) / months.length);
    balanceSvg.setAttribute('viewBox', '0 0 ' + w + ' ' + h);
    let coop = 0;
    let conflict = 0;
    months.forEach((month, i) => {
      const c = byMonth.get(month);
      if (!c) {
        return;
      }
      coop += up(c);
      conflict += down(c);
      const g = document.createElementNS(SVG, 'g');
      g.dataset.month = month;
      const title = document.createElementNS(SVG, 'title');
      title.textContent = month + ': ' + up(c) + ' cooperation (' + c.VERBAL_COOPERATION + ' verbal, '
        + c.MATERIAL_COOPERATION + ' material), ' + down(c) + ' conflict (' + c.VERBAL_CONFLICT + ' verbal, '
        + c.MATERIAL_CONFLICT + ' material)';
      g.appendChild(title);
      let above = 0;
      let below = 0;
      for (const [quad, cls, side] of QUAD_PARTS) {
        const n = c[quad];
        if (!n) {
          continue;
        }
        const len = Math.max(1, n / max * (mid - 4));
        const r = document.createElementNS(SVG, 'rect');
        r.setAttribute('class', cls);
        r.dataset.quad = quad;
        r.setAttribute('x', String(30 + i * bar));
        r.setAttribute('width', String(Math.max(1, bar - 1)));
        r.setAttribute('height', String(len));
        r.setAttribute('y', String(side < 0 ? mid - above - len : mid + below));
        if (side < 0) {
          above += len;
        } else {
          below += len;
        }
        g.appendChild(r);
      }
      balanceSvg.appendChild(g);
    });
    const axis = document.createElementNS(SVG, 'line');
    axis.setAttribute('class', 'axis');
    axis.setAttribute('x1', '30');
    axis.setAttribute('x2', String(w - 10));
    axis.setAttribute('y1', String(mid));
    axis.setAttribute('y2', String(mid));
    balanceSvg.appendChild(axis);
    for (const [text, y] of [['▲ ' + max, 10], ['▼ ' + max, h - 2]]) {
      const t = document.createElementNS(SVG, 'text');
      t.setAttribute('x', '0');
      t.setAttribute('y', String(y));
      t.setAttribute('font-size', '10');
      t.textContent = text;
      balanceSvg.appendChild(t);
    }
    document.getElementById('balance-caption').textContent = (state.pairs[activity.pair] || PAIR_NAMES[activity.pair]
      || activity.pair) + ': cooperation (' + coop + ' events, above the line) and conflict (' + conflict
      + ' events, below) per month, ' + first + ' to ' + last;
  }

  const KIND_ORDER = {trigger: 0, date: 1, actor: 2, sector: 3};

  /** The same flattening as the article page: each stretch covered by one set of spans, innermost span first. */
  function segments(text, spans) {
    const len = text.length;
    const valid = [];
    const cuts = new Set([0, len]);
    for (const s of spans) {
      const a = Math.max(0, s.start);
      const b = Math.min(len, s.end);
      if (a < b) {
        valid.push({kind: s.kind, rule: s.rule, value: s.value, start: a, end: b});
        cuts.add(a);
        cuts.add(b);
      }
    }
    const order = [...cuts].sort((x, y) => x - y);
    const inner = (x, y) => (x.end - x.start) - (y.end - y.start) || (KIND_ORDER[x.kind] ?? 9) - (KIND_ORDER[y.kind] ?? 9) || x.start - y.start;
    const out = [];
    for (let i = 0; i + 1 < order.length; i++) {
      const from = order[i];
      const to = order[i + 1];
      const covering = valid.filter(s => s.start <= from && s.end >= to).sort(inner);
      const last = out[out.length - 1];
      if (last && last.spans.length === covering.length && last.spans.every((s, j) => s === covering[j])) {
        last.text += text.slice(from, to);
      } else {
        out.push({text: text.slice(from, to), spans: covering});
      }
    }
    return out;
  }

  // ---- export
  function download(name, type, content) {
    const url = URL.createObjectURL(new Blob([content], {type: type}));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  function exportName(ext) {
    const pair = new URLSearchParams(location.search).get('pair');
    return 'dyadline-timeline' + (pair ? '-' + pair.replace(/[^A-Za-z-]/g, '') : '') + '.' + ext;
  }

  function exported() {
    return state.rows.map(e => ({
      id: e.id, type: e.type, status: e.status, pair: e.pair, start: e.start, end: e.end,
      precision: e.precision, edtf: e.edtf, sectors: e.sectors, summary: e.summary,
      url: location.origin + '/api/events/' + e.id
    }));
  }

  function csvCell(value) {
    let s = value == null ? '' : String(value);
    if (/^[=+\-@\t\r]/.test(s)) {
      s = "'" + s; // a spreadsheet must not read a summary as a formula
    }
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function exportCsv() {
    const cols = ['id', 'start', 'end', 'precision', 'edtf', 'pair', 'type', 'status', 'sectors', 'summary', 'url'];
    const lines = [cols.join(',')];
    for (const e of exported()) {
      lines.push(cols.map(c => csvCell(c === 'sectors' ? e.sectors.join(';') : e[c])).join(','));
    }
    download(exportName('csv'), 'text/csv;charset=utf-8', lines.join('\r\n') + '\r\n');
  }

  function exportJson() {
    download(exportName('json'), 'application/json', JSON.stringify({
      view: {filters: Object.fromEntries(filterParams()), from: new Date(state.view[0]).toISOString().slice(0, 10),
        to: new Date(state.view[1]).toISOString().slice(0, 10)},
      events: exported()
    }, null, 2));
  }

  // ---- test and measurement hooks (read by the browser tests; harmless otherwise)
  root.timeline = {
    zoom: (factor) => zoom(factor),
    fit: () => fitAll(),
    view: () => state.view.slice(),
    /** Where an event's marks are drawn, in canvas pixels: one per sector lane that is in view. */
    marks: (id) => {
      const e = state.byId.get(id);
      if (!e || isNaN(e.s)) {
        return [];
      }
      return e.lanes.map(i => state.lanes[i])
        .map(lane => ({x: markX(e), y: markY(e, AXIS_H + lane.top - scroller.scrollTop + lane.h / 2), sector: lane.sector}))
        .filter(p => p.y > AXIS_H && p.y < viewH && p.x >= GUTTER && p.x <= plotRight());
    },
    hovered: () => state.hover,
    /** How each lane in view is drawn now: histogram (counts), density (loaded events) or marks. */
    lanes: () => state.lanes.map(l => ({kind: l.kind, pair: l.pair, key: l.key || null, label: l.label,
      mode: l.kind === 'pair' ? (l.collapsed ? 'collapsed' : 'header') : (l.mode || 'histogram'), events: l.events.length})),
    pairs: () => state.groups.map(g => g.pair),
    main: () => state.main.slice(),
    domain: () => state.domain.slice(),
    all: () => showAll(),
    show: (a, b) => showSpan(Date.parse(a), Date.parse(b) + DAY),
    toggle: (pair) => toggleCollapsed(pair),
    move: (pair, step) => movePair(pair, step),
    loaded: () => state.events.length
  };

  layout();
  load();
})();
