// Curation on the pages: each event's curation and, for analysts, its actions (Confirm, Edit, Reject, Merge with…,
// History), as the server renders them (/curation/events/{id}/actions), in the timeline's panel and beside each
// event of an article. The forms post with their CSRF token and come back to this page; nothing runs inline.
(function () {
  'use strict';

  function here() {
    return location.pathname + location.search;
  }

  /** The events shown on this page, other than this one, to merge with: the timeline's table, the article's list. */
  function candidates(id) {
    const out = [];
    const seen = new Set([String(id)]);
    for (const el of document.querySelectorAll('#events-table tbody tr[data-id], .event-item[data-event-id]')) {
      const other = el.dataset.id || el.dataset.eventId;
      if (seen.has(other)) {
        continue;
      }
      seen.add(other);
      const text = (el.querySelector('.event-summary') || el).textContent.replace(/\s+/g, ' ').trim();
      out.push({id: other, label: '#' + other + ' ' + text.slice(0, 90)});
    }
    return out;
  }

  function fillCandidates(root, id) {
    for (const select of root.querySelectorAll('select[data-merge-candidates]')) {
      select.replaceChildren();
      const list = candidates(id);
      if (!list.length) {
        const option = document.createElement('option');
        option.value = '';
        option.textContent = 'No other event on this page';
        select.appendChild(option);
        select.disabled = true;
      }
      for (const c of list) {
        const option = document.createElement('option');
        option.value = c.id;
        option.textContent = c.label;
        select.appendChild(option);
      }
    }
  }

  async function insert(slot, id) {
    const res = await fetch('/curation/events/' + encodeURIComponent(id) + '/actions?back=' + encodeURIComponent(here()),
      {headers: {Accept: 'text/html'}, credentials: 'same-origin'});
    if (!res.ok) {
      return;
    }
    const html = await res.text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const section = parsed.querySelector('section.curation');
    if (!section) {
      return;
    }
    slot.replaceChildren(document.importNode(section, true));
    fillCandidates(slot, id);
  }

  // the timeline: the panel tells which event it shows
  const panel = document.getElementById('panel');
  if (panel) {
    panel.addEventListener('dyadline:event-shown', e => {
      const body = document.getElementById('panel-body');
      let slot = body.querySelector('.curation-slot');
      if (!slot) {
        slot = document.createElement('div');
        slot.className = 'curation-slot';
        const title = body.querySelector('h2');
        if (title && title.nextSibling) {
          body.insertBefore(slot, title.nextSibling);
        } else {
          body.appendChild(slot);
        }
      }
      insert(slot, e.detail.id);
    });
  }

  // the article page: a slot beside each event
  for (const slot of document.querySelectorAll('[data-curation-event]')) {
    insert(slot, slot.dataset.curationEvent);
  }
})();
