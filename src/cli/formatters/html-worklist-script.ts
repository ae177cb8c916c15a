/**
 * The report's one script: filters and sorts the worklist table. It is inline (the report opens
 * offline, from a file) and allowed by its SHA-256 in the report's content security policy, so no
 * other script can run. It only reads data attributes, toggles `hidden`, moves existing rows and
 * sets `textContent`: it never parses markup, so note text cannot become code.
 */
import { createHash } from 'node:crypto';

export const WORKLIST_SCRIPT = `(function () {
  'use strict';
  var table = document.getElementById('worklist');
  var form = document.getElementById('worklist-filters');
  var shown = document.getElementById('worklist-shown');
  if (!table || !form || !shown) return;
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.children);
  var FILTERS = ['code', 'rule', 'severity', 'pack', 'status'];
  var STATUS_RANK = { error: 0, warning: 1, info: 2, ok: 3, unreadable: 4 };

  function listed(row, key, value) {
    return value === '' || (' ' + (row.getAttribute('data-' + key) || '') + ' ').indexOf(' ' + value + ' ') >= 0;
  }

  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var match = FILTERS.every(function (key) {
        var control = form.elements.namedItem(key);
        return listed(row, key, control ? control.value : '');
      });
      row.hidden = !match;
      var note = document.getElementById(row.getAttribute('data-note') || '');
      if (note) note.hidden = !match;
      if (match) count++;
    });
    shown.textContent = count + ' of ' + rows.length + ' notes shown';
  }

  function sortKey(row, key) {
    if (key === 'status') return STATUS_RANK[row.getAttribute('data-status')];
    if (key === 'title') return row.getAttribute('data-title') || '';
    return Number(row.getAttribute('data-' + key) || 0);
  }

  function sortBy(button) {
    var key = button.getAttribute('data-sort');
    var header = button.parentNode;
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    Array.prototype.forEach.call(table.tHead.querySelectorAll('th'), function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    rows.sort(function (a, b) {
      var x = sortKey(a, key);
      var y = sortKey(b, key);
      var order = typeof x === 'string' ? x.localeCompare(y) : x - y;
      if (order !== 0) return ascending ? order : -order;
      // Ties keep the report's order whichever way the column sorts.
      return Number(a.getAttribute('data-position')) - Number(b.getAttribute('data-position'));
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  table.tHead.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('button[data-sort]') : null;
    if (button) sortBy(button);
  });
  form.hidden = false;
  apply();
})();`;

/** The CSP source that allows exactly this script. */
export const WORKLIST_SCRIPT_HASH = `'sha256-${createHash('sha256').update(WORKLIST_SCRIPT, 'utf8').digest('base64')}'`;
