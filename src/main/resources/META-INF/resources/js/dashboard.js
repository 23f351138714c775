/*
 * Dyadline start page: filters the pair list as one types a country, guesses an upload's format from its name, and
 * keeps the progress of running imports current.
 */
(function () {
  'use strict';

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
