// Scored questionnaire forms (ALSFRS-R, ALSAQ-40/ALSAQ-5), progressive enhancement: shows the items that apply and
// computes the scores as items are answered. The forms work without this script; the server recomputes every score on
// save and is the authority.
(function () {
  'use strict';

  // The chosen value of one item (a fieldset of radio buttons), or null when none is chosen or the item is switched off.
  function choice(set) {
    var checked = set.querySelector('input[type="radio"]:checked:not(:disabled)');
    return checked ? checked.value : null;
  }

  // Shows or hides an item; a hidden item is disabled, so the browser does not send it.
  function activate(set, on) {
    set.hidden = !on;
    set.disabled = !on;
  }

  // The answers of the visible items, grouped by their data-domain: { domain: [value or null, ...] }.
  function byDomain(form, skip) {
    var groups = {};
    form.querySelectorAll('fieldset.score-item').forEach(function (set) {
      if (set.hidden || (skip && skip(set))) {
        return;
      }
      var domain = set.getAttribute('data-domain');
      (groups[domain] = groups[domain] || []).push(choice(set));
    });
    return groups;
  }

  function show(form, selector, text) {
    var out = form.querySelector(selector);
    if (out) {
      out.textContent = text;
    }
  }

  // ALSFRS-R: item 5a or 5b by gastrostomy; a subscore only when every one of its items is answered, like AlsfrsDetails.
  function alsfrs(form) {
    function gastrostomy() {
      var checked = form.querySelector('input[name="Input.Gastrostomy"]:checked');
      return checked ? checked.value === 'true' : null;
    }

    // With gastrostomy only 5b is rated, without it only 5a; unanswered shows both (the domain refuses a rating
    // holding both 5a and 5b).
    function switchItem5() {
      var g = gastrostomy();
      form.querySelectorAll('fieldset[data-item5]').forEach(function (set) {
        activate(set, g === null || (set.getAttribute('data-item5') === 'b') === g);
      });
    }

    function sums() {
      var groups = byDomain(form, function (set) { return set.hasAttribute('data-item5'); });
      // Item 5 counts once: 5a, or 5b when 5a is not answered (as the server's Q5).
      var item5 = null;
      form.querySelectorAll('fieldset[data-item5]').forEach(function (set) {
        item5 = item5 === null && !set.hidden ? choice(set) : item5;
      });
      (groups.fine = groups.fine || []).push(item5);
      var total = 0;
      var all = true;
      Object.keys(groups).forEach(function (domain) {
        var complete = groups[domain].every(function (v) { return v !== null; });
        var sum = groups[domain].reduce(function (a, v) { return a + (v === null ? 0 : parseInt(v, 10)); }, 0);
        show(form, 'output[data-sum="' + domain + '"]', complete ? String(sum) : '—');
        all = all && complete;
        total += sum;
      });
      show(form, 'output[data-sum="total"]', all ? String(total) : '—');
    }

    function update() {
      switchItem5();
      sums();
    }

    form.addEventListener('change', update);
    update();
  }

  // ALSAQ: the chosen version's items (all 40, or the five short-form items renumbered 1–5); each domain 0–100 over its
  // answered items, the summary index only when every domain has one, like AlsaqDetails.
  function alsaq(form) {
    function version() {
      var checked = form.querySelector('input[name="Input.Form"]:checked');
      return checked ? checked.value : 'Alsaq40';
    }

    // The error summary links to Input_Items[n], n the position in the version (as the server names errors).
    function switchVersion() {
      var shortForm = version() === 'Alsaq5';
      var position = 0;
      form.querySelectorAll('fieldset[data-item]').forEach(function (set) {
        var on = !shortForm || set.getAttribute('data-short') === 'true';
        activate(set, on);
        set.id = on ? 'Input_Items[' + (++position) + ']' : 'alsaq-item-' + set.getAttribute('data-item');
      });
    }

    function format(x) {
      return (Math.round(x * 10) / 10).toFixed(1);
    }

    function scores() {
      var groups = byDomain(form);
      var domains = [];
      form.querySelectorAll('output[data-score]').forEach(function (out) {
        var domain = out.getAttribute('data-score');
        if (domain === 'summary') {
          return;
        }
        var answered = (groups[domain] || []).filter(function (v) { return v !== null && v !== 'none'; }).map(function (v) { return parseInt(v, 10); });
        var score = answered.length === 0 ? null : 100 * answered.reduce(function (a, v) { return a + v; }, 0) / (4 * answered.length);
        out.textContent = score === null ? '—' : format(score);
        domains.push(score);
      });
      var complete = domains.length > 0 && domains.every(function (d) { return d !== null; });
      show(form, 'output[data-score="summary"]',
        complete ? format(domains.reduce(function (a, d) { return a + d; }, 0) / domains.length) : '—');
    }

    function update() {
      switchVersion();
      scores();
    }

    form.addEventListener('change', update);
    update();
  }

  document.querySelectorAll('form[data-alsfrs]').forEach(alsfrs);
  document.querySelectorAll('form[data-alsaq]').forEach(alsaq);
}());
