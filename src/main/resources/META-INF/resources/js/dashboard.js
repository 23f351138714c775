/*
 * Dyadline start page: draws each pair's charts from the counts its row carries, filters the pair list as one types a
 * country, guesses an upload's format from its name, and keeps the progress of running imports current.
 */
(function () {
  'use strict';

  const SVG = 'http://www.w3.org/2000/svg';
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function bar(svg, before, x, y, width, height, kind, title) {
    const r = document.createElementNS(SVG, 'rect');
    if (kind) {
      r.setAttribute('class', kind);
    }
    r.setAttribute('x', x);
    r.setAttribute('y', y);
    r.setAttribute('width', width);
    r.setAttribute('height', height);
    const t = document.createElementNS(SVG, 'title');
    t.textContent = title;
    r.appendChild(t);
    svg.insertBefore(r, before);
  }

  /** Events per year (data-years, from data-first): bars scaled to the busiest year, as the server sized the chart. */
  function drawYears(svg) {
    const counts = (svg.dataset.years || '').split(',').filter(Boolean).map(Number);
    if (!counts.length) {
      return;
    }
    const first = Number(svg.dataset.first);
    const height = Number(svg.getAttribute('height'));
    const w = Math.max(4, Math.min(16, Math.floor(120 / counts.length)));
    const max = Math.max(...counts);
    const line = svg.querySelector('line');
    const said = [];
    counts.forEach((n, i) => {
      const h = n === 0 ? 0 : Math.max(2, Math.round(n / max * height));
      const label = (first + i) + ': ' + n + (n === 1 ? ' event' : ' events');
      bar(svg, line, i * w, height - h, w - 1, h, null, label);
      said.push(label);
    });
    // the chart's text twin: every year's count, for a screen reader
    svg.setAttribute('aria-label', svg.getAttribute('aria-label') + ': ' + said.join(', '));
  }

  /**
   * Cooperation above the axis and conflict below it, per month from data-start (data-quads: "vc,mc,vx,mx" a month,
   * months separated by ';'), scaled to the month with most of one side.
   */
  function drawBalance(svg) {
    if (!svg.dataset.start) {
      return;
    }
    const [year, month] = svg.dataset.start.split('-').map(Number);
    const months = svg.dataset.quads.split(';').map(m => m ? m.split(',').map(Number) : [0, 0, 0, 0]);
    const axis = Math.floor(Number(svg.getAttribute('height')) / 2);
    const max = Math.max(1, ...months.map(([vc, mc, vx, mx]) => Math.max(vc + mc, vx + mx)));
    const line = svg.querySelector('line');
    months.forEach(([vc, mc, vx, mx], i) => {
      const m = (month - 1 + i) % 12;
      const title = MONTHS[m] + ' ' + (year + Math.floor((month - 1 + i) / 12)) + ': ' + (vc + mc) + ' cooperation, '
        + (vx + mx) + ' conflict';
      let up = 0;
      let down = 0;
      for (const [n, kind, above] of [[mc, 'quad-mc', true], [vc, 'quad-vc', true], [mx, 'quad-mx', false],
        [vx, 'quad-vx', false]]) {
        if (n === 0) {
          continue;
        }
        const h = Math.max(1, Math.round(n / max * (axis - 1)));
        if (above) {
          up += h;
          bar(svg, line, i * 3, axis - up, 2, h, kind, title);
        } else {
          bar(svg, line, i * 3, axis + 1 + down, 2, h, kind, title);
          down += h;
        }
      }
    });
  }

  document.querySelectorAll('svg.histogram[data-years]').forEach(drawYears);
  document.querySelectorAll('svg.balance-chart[data-quads]').forEach(drawBalance);

  const search = document.getElementById('country-search');
  const table = document.getElementById('pairs');
  const count = document.getElementById('pair-count');
  const none = document.getElementById('no-pairs');
  if (search && table) {
    const rows = Array.from(table.tBodies[0].rows);
    const filter = () => {
      const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const row of rows) {
        const text = row.dataset.search || '';
        const match = words.every(w => text.includes(w));
        row.hidden = !match;
        if (match) {
          shown++;
        }
      }
      count.textContent = shown + ' shown';
      if (none) {
        none.hidden = shown > 0;
      }
      const url = new URL(location.href);
      if (search.value.trim()) {
        url.searchParams.set('country', search.value.trim());
      } else {
        url.searchParams.delete('country');
      }
      history.replaceState(null, '', url.pathname + url.search);
    };
    search.addEventListener('input', filter);
    // Enter asks the server, which searches every pair, not only this page's

  }

  const file = document.getElementById('upload-file');
  const format = document.getElementById('upload-format');
  if (file && format) {
    const byExtension = {txt: 'text/plain', md: 'text/markdown', markdown: 'text/markdown', html: 'text/html', htm: 'text/html', json: 'application/json'};
    file.addEventListener('change', () => {
      const name = file.files.length ? file.files[0].name.toLowerCase() : '';
      const ext = name.includes('.') ? name.split('.').pop() : '';
      if (byExtension[ext]) {
        format.value = byExtension[ext];
      }
    });
  }

  const imports = document.getElementById('imports');
  const list = document.getElementById('import-list');
  if (imports && list) {
    const POLL_MS = 1500;
    const running = () => list.querySelector('li[data-status="RUNNING"]') !== null;
    const show = job => {
      const li = list.querySelector('li[data-import="' + job.id + '"]');
      if (!li) {
        return;
      }
      const wasRunning = li.dataset.status === 'RUNNING';
      li.dataset.status = job.status;
      li.querySelector('.import-status').textContent = job.status;
      for (const field of ['processed', 'total', 'created', 'duplicates', 'failed']) {
        li.querySelector('[data-field="' + field + '"]').textContent = job[field];
      }
      const bar = li.querySelector('progress');
      bar.max = Math.max(1, job.total, job.processed);
      bar.value = job.processed;
      bar.setAttribute('aria-label', 'Import ' + job.id + ': ' + job.processed + ' of ' + job.total + ' processed');
      if (wasRunning && job.status !== 'RUNNING') {
        document.getElementById('imports-done').hidden = false;
      }
    };
    const poll = async () => {
      try {
        const res = await fetch(imports.dataset.source, {headers: {Accept: 'application/json'}});
        if (res.ok) {
          (await res.json()).items.forEach(show);
        }
      } catch (e) {
        // the service restarting: try again at the next tick
      }
      if (running()) {
        setTimeout(poll, POLL_MS);
      }
    };
    if (running()) {
      setTimeout(poll, POLL_MS);
    }
  }
})();
