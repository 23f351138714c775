/* Dyadline start page: filters the pair list as one types a country, and guesses an upload's format from its name. */
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
    search.form.addEventListener('submit', e => {
      e.preventDefault();
      filter();
    });
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
})();
