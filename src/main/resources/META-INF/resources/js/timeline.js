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
    TYPES[el.dataset.type] = {label: el.textContent.trim(), d: el.dataset.path, path: new Path2D(el.dataset.path)};
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

  const state = {
    events: [], byId: new Map(), lanes: [], height: 0, pairs: {},
    domain: [0, 1], view: [0, 1], hover: null, selected: null,
    sortKey: 'date', sortDir: 1, page: 0, rows: [], loadSeq: 0, undated: 0
  };
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

  // ---- data
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
    const params = filterParams();
    updateExportLinks(params);
    statusLine.textContent = 'Loading events…';
    root.dataset.ready = 'false';
    const t0 = performance.now();
    let data;
    try {
      const res = await fetch(root.dataset.source + '?' + params.toString(), {headers: {Accept: 'application/json'}});
      if (!res.ok) {
        const problem = await res.json().catch(() => null);
        throw new Error(problem && problem.detail ? problem.detail : 'The events could not be loaded (' + res.status + ')');
      }
      data = await res.json();
    } catch (err) {
      if (seq === state.loadSeq) {
        statusLine.textContent = err.message;
        setEvents({events: [], total: 0, capped: false, pairs: {}});
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
    const t1 = performance.now();
    setEvents(data);
    fitView(params);
    layout();
    draw();
    renderTable();
    const t2 = performance.now();
    root.dataset.loadMs = (t1 - t0).toFixed(1);
    root.dataset.renderMs = (t2 - t1).toFixed(1);
    root.dataset.count = String(state.events.length);
    root.dataset.ready = 'true';
    console.info('timeline: ' + state.events.length + ' events, load ' + root.dataset.loadMs + ' ms, render ' + root.dataset.renderMs + ' ms');
    let text = state.events.length + ' event' + (state.events.length === 1 ? '' : 's') + ' in ' + Object.keys(state.pairs).length + ' pair' + (Object.keys(state.pairs).length === 1 ? '' : 's');
    if (data.capped) {
      text += ' (the first ' + state.events.length + ' of ' + data.total + ': narrow the filters to see the rest)';
    }
    if (state.undated) {
      text += '; ' + state.undated + ' undated, in the table only';
    }
    statusLine.textContent = text;
    const wanted = Number(new URLSearchParams(location.search).get('event'));
    if (wanted && state.byId.has(wanted)) {
      openPanel(wanted, null);
    }
  }

  function setEvents(data) {
    state.pairs = data.pairs || {};
    state.events = data.events;
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
    // lanes: pairs with the most events first, then each pair's sectors in taxonomy order
    const byPair = new Map();
    for (const e of state.events) {
      if (!byPair.has(e.pair)) {
        byPair.set(e.pair, []);
      }
      byPair.get(e.pair).push(e);
    }
    const pairs = [...byPair.keys()].sort((a, b) => byPair.get(b).length - byPair.get(a).length || a.localeCompare(b));
    const lanes = [];
    let top = 0;
    for (const pair of pairs) {
      const events = byPair.get(pair);
      lanes.push({kind: 'pair', pair: pair, label: (state.pairs[pair] || pair) + '  ' + events.length, top: top, h: PAIR_H, events: []});
      top += PAIR_H;
      const bySector = new Map();
      for (const e of events) {
        if (isNaN(e.s)) {
          continue;
        }
        const sectors = e.sectors.length ? e.sectors : [NO_SECTOR];
        for (const s of sectors) {
          const key = s in SECTORS ? s : NO_SECTOR;
          if (!bySector.has(key)) {
            bySector.set(key, []);
          }
          bySector.get(key).push(e);
        }
      }
      for (const s of SECTOR_ORDER) {
        if (!bySector.has(s)) {
          continue;
        }
        const list = bySector.get(s).sort((a, b) => a.s - b.s || a.id - b.id);
        const lane = {kind: 'sector', pair: pair, sector: s, label: SECTORS[s].label, colour: SECTORS[s].colour,
          top: top, h: LANE_H, events: list, hits: null, bins: null};
        for (const e of list) {
          e.lanes.push(lanes.length);
        }
        lanes.push(lane);
        top += LANE_H;
      }
    }
    state.lanes = lanes;
    state.height = top;
    let min = Infinity;
    let max = -Infinity;
    for (const e of state.events) {
      if (!isNaN(e.s)) {
        min = Math.min(min, e.s);
        max = Math.max(max, e.open ? e.s + 365 * DAY : e.e);
      }
    }
    if (min === Infinity) {
      min = Date.UTC(2000, 0, 1);
      max = Date.UTC(new Date().getUTCFullYear() + 1, 0, 1);
    }
    const pad = Math.max((max - min) * 0.03, 15 * DAY);
    state.domain = [min - pad, max + pad];
  }

  function fitView(params) {
    const from = params.get('from') ? Date.parse(params.get('from')) : NaN;
    const to = params.get('to') ? Date.parse(params.get('to')) + DAY : NaN;
    state.view = [isNaN(from) ? state.domain[0] : from, isNaN(to) ? state.domain[1] : to];
    if (state.view[1] - state.view[0] < 2 * DAY) {
      state.view = [state.view[0] - DAY, state.view[0] + 2 * DAY];
    }
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
        ctx.fillText(fit(lane.label, GUTTER - 14), 8, y + lane.h / 2);
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
    return performance.now() - t0;
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
      return;
    }
    const hits = [];
    const colour = lane.colour;
    for (const e of events) {
      if (e.s > v1) {
        break;
      }
      if (!e.open && e.e < v0) {
        continue;
      }
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
      ctx.setTransform(dpr * MARK_R, 0, 0, dpr * MARK_R, dpr * mx, dpr * cy);
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
        ctx.lineWidth = 0.22;
        ctx.strokeStyle = '#1b2733';
        ctx.stroke(path);
      }
      hits.push({x: mx, e: e});
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    lane.hits = hits;
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
        const y = AXIS_H + lane.top - scroller.scrollTop + lane.h / 2;
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
    if (i < 0 || x < GUTTER) {
      return null;
    }
    const lane = state.lanes[i];
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
    return ms;
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

  function fitAll() {
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
    if (hit && hit.bin) {
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
      'export-csv': () => exportCsv(),
      'export-json': () => exportJson()
    })[button.dataset.action]();
  });

  function showTooltip(hit, x, y) {
    tooltip.replaceChildren();
    if (hit.bin) {
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
      line(tr, 'td', e.summary || '');
      fragment.appendChild(tr);
    }
    tbody.replaceChildren(fragment);
    tableStatus.textContent = rows.length
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
    item('CAMEO', ev.cameo);
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
        .map(lane => ({x: markX(e), y: AXIS_H + lane.top - scroller.scrollTop + lane.h / 2, sector: lane.sector}))
        .filter(p => p.y > AXIS_H && p.y < viewH && p.x >= GUTTER && p.x <= plotRight());
    },
    hovered: () => state.hover
  };

  layout();
  load();
})();
