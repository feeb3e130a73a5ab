// ALSFRS-R form, progressive enhancement: shows item 5a or 5b to match the gastrostomy answer and sums the total and
// subscores as items are chosen. The form works without this script; the server recomputes every score on save.
(function () {
  'use strict';
  var form = document.querySelector('form[data-alsfrs]');
  if (!form) {
    return;
  }

  function gastrostomy() {
    var checked = form.querySelector('input[name="Input.Gastrostomy"]:checked');
    return checked ? checked.value === 'true' : null;
  }

  // Item 5: with gastrostomy only 5b is rated, without it only 5a; unanswered shows both. A hidden item's buttons are
  // disabled, so the browser does not send them (the domain refuses a rating holding both 5a and 5b).
  function switchItem5() {
    var g = gastrostomy();
    form.querySelectorAll('fieldset[data-item5]').forEach(function (set) {
      var show = g === null || (set.getAttribute('data-item5') === 'b') === g;
      set.hidden = !show;
      set.querySelectorAll('input').forEach(function (input) { input.disabled = !show; });
    });
  }

  function score(set) {
    var checked = set.querySelector('input[type="radio"]:checked:not(:disabled)');
    return checked ? parseInt(checked.value, 10) : null;
  }

  // A subscore is shown only when every one of its visible items is answered, like AlsfrsDetails on the server.
  function sums() {
    var totals = {};
    var complete = {};
    var item5 = null;
    function add(domain, value) {
      if (!(domain in totals)) {
        totals[domain] = 0;
        complete[domain] = true;
      }
      if (value === null) {
        complete[domain] = false;
      } else {
        totals[domain] += value;
      }
    }
    form.querySelectorAll('fieldset.score-item').forEach(function (set) {
      if (set.hidden) {
        return;
      }
      if (set.hasAttribute('data-item5')) {
        // Item 5 counts once: 5a, or 5b when 5a is not answered (as the server's Q5).
        item5 = item5 === null ? score(set) : item5;
        return;
      }
      add(set.getAttribute('data-domain'), score(set));
    });
    add('fine', item5);
    var total = 0;
    var all = true;
    Object.keys(totals).forEach(function (domain) {
      var out = form.querySelector('output[data-sum="' + domain + '"]');
      if (out) {
        out.textContent = complete[domain] ? String(totals[domain]) : '—';
      }
      all = all && complete[domain];
      total += totals[domain];
    });
    var totalOut = form.querySelector('output[data-sum="total"]');
    if (totalOut) {
      totalOut.textContent = all ? String(total) : '—';
    }
  }

  function update() {
    switchItem5();
    sums();
  }

  form.addEventListener('change', update);
  update();
}());
