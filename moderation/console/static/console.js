/* Compact Voices console: keyboard triage and selection-to-redact.
   Everything here has a plain-form fallback; without JS the console still works. */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // The language select submits itself.
  document.querySelectorAll('select[data-autosubmit]').forEach(function (sel) {
    sel.addEventListener('change', function () { sel.form.submit(); });
  });

  // Selecting text in the submission fills the redaction form (exact text + offsets).
  var text = document.getElementById('subtext');
  var form = document.getElementById('redact-form');
  if (text && form) {
    document.addEventListener('selectionchange', function () {
      var sel = window.getSelection();
      if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
      var range = sel.getRangeAt(0);
      if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
      var before = document.createRange();
      before.selectNodeContents(text);
      before.setEnd(range.startContainer, range.startOffset);
      var start = Array.from(before.toString()).length;
      var chosen = range.toString();
      form.elements.span.value = chosen;
      form.elements.start.value = String(start);
      form.elements.end.value = String(start + Array.from(chosen).length);
    });
    form.elements.span.addEventListener('input', function () {
      form.elements.start.value = '';
      form.elements.end.value = '';
    });
  }

  // Keyboard triage: j/k move, c claim, a approve, r reject, e escalate, o/Enter open.
  var rows = Array.prototype.slice.call(document.querySelectorAll('[data-row]'));
  var list = document.getElementById('queue');
  var cur = list ? parseInt(list.getAttribute('data-current') || '0', 10) || 0 : 0;

  function show(i) {
    if (!rows.length) { return; }
    cur = Math.max(0, Math.min(rows.length - 1, i));
    rows.forEach(function (row, n) {
      row.classList.toggle('current', n === cur);
      row.setAttribute('aria-current', n === cur ? 'true' : 'false');
    });
    rows[cur].scrollIntoView({ block: 'nearest' });
  }
  show(cur);

  document.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target;
    if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable)) { return; }
    var scope = rows.length ? rows[cur] : document;
    if (ev.key === 'j') { ev.preventDefault(); show(cur + 1); return; }
    if (ev.key === 'k') { ev.preventDefault(); show(cur - 1); return; }
    if (ev.key === 'o' || (ev.key === 'Enter' && rows.length)) {
      var link = scope.querySelector('[data-open]');
      if (link) { ev.preventDefault(); link.click(); }
      return;
    }
    if ('acre'.indexOf(ev.key) >= 0 && ev.key.length === 1) {
      var button = scope.querySelector('button[data-key="' + ev.key + '"]');
      if (button && !button.disabled) { ev.preventDefault(); button.click(); }
    }
  });
})();
