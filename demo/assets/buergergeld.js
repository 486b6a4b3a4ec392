/*
 * Antrag auf Bürgergeld – single-page app in plain JavaScript.
 *
 * Each step has its own address (/buergergeld/<schritt>). Switching steps uses
 * history.pushState and replaces the DOM of the step area with a fresh copy of
 * the step's <template>, like a framework-based portal would. The server
 * answers every /buergergeld/... path with this page, so reloads and deep
 * links work; the script then shows the step named in the path.
 *
 * Entered values are kept only in memory (the object `antwort` below):
 * closing or reloading the page forgets them. Nothing is written to
 * localStorage or sent anywhere.
 */
(function () {
  'use strict';

  var BASE = '/buergergeld/';
  var APP_TITLE = 'Antrag auf Bürgergeld – Jobcenter Musterstadt';
  var STEPS = [
    { slug: 'persoenliche-daten', title: 'Persönliche Daten' },
    { slug: 'lebenssituation', title: 'Lebenssituation' },
    { slug: 'wohnen', title: 'Wohnen und Heizkosten' },
    { slug: 'einkommen', title: 'Einkommen' },
    { slug: 'vermoegen', title: 'Vermögen' },
    { slug: 'zusammenfassung', title: 'Zusammenfassung' }
  ];
  var LAST = STEPS.length - 1;

  var form = document.getElementById('antrag');
  var area = document.getElementById('antrag-schritt');
  var stepNav = document.querySelector('nav[aria-label="Antragsschritte"]');
  if (!form || !area || !stepNav || !window.DemoForms) return;

  /** Answers by control name (checkboxes: "name|value" → true/false). Memory only. */
  var antwort = {};
  var current = -1;

  function indexOfSlug(slug) {
    for (var i = 0; i < STEPS.length; i++) if (STEPS[i].slug === slug) return i;
    return -1;
  }

  /** "/buergergeld/wohnen" → 2. "/buergergeld/", unknown steps and the bare app path show step 1. */
  function stepFromPath(pathname) {
    var m = /^\/buergergeld\/([a-z-]+)\/?$/.exec(pathname);
    var i = m ? indexOfSlug(m[1]) : -1;
    return i === -1 ? 0 : i;
  }

  // ---------- keeping answers between steps ----------

  function keyOf(el) {
    return el.type === 'checkbox' ? el.name + '|' + el.value : el.name;
  }

  function remember(el) {
    if (!el.name || el.type === 'file') return;
    if (el.type === 'radio') {
      if (el.checked) antwort[el.name] = el.value;
    } else if (el.type === 'checkbox') {
      antwort[keyOf(el)] = el.checked;
    } else {
      antwort[el.name] = el.value;
    }
  }

  function restore(root) {
    root.querySelectorAll('input, select, textarea').forEach(function (el) {
      if (!el.name) return;
      var value = antwort[keyOf(el)];
      if (value === undefined) return;
      if (el.type === 'radio') el.checked = value === el.value;
      else if (el.type === 'checkbox') el.checked = value === true;
      else el.value = value;
    });
  }

  form.addEventListener('input', function (e) {
    remember(e.target);
  });
  form.addEventListener('change', function (e) {
    remember(e.target);
  });

  /** Number of required answers still missing in a step, read from its template. */
  function missingInStep(step) {
    var tpl = document.getElementById('vorlage-' + step.slug);
    var missing = 0;
    var seen = {};
    tpl.content.querySelectorAll('[required]').forEach(function (el) {
      if (seen[el.name]) return;
      seen[el.name] = true;
      var value = antwort[keyOf(el)];
      if (el.type === 'checkbox') {
        if (value !== true) missing++;
      } else if (typeof value !== 'string' || value.trim() === '') {
        missing++;
      }
    });
    return missing;
  }

  // ---------- rendering ----------

  function buttonRow(index) {
    var row = document.createElement('div');
    row.className = 'button-row';
    if (index > 0) {
      var back = document.createElement('button');
      back.type = 'button';
      back.className = 'button button--secondary';
      back.textContent = 'Zurück';
      back.setAttribute('data-action', 'zurueck');
      row.appendChild(back);
    }
    var next = document.createElement('button');
    next.type = 'submit';
    next.className = 'button';
    next.textContent = index === LAST ? 'Antrag absenden' : 'Weiter';
    row.appendChild(next);
    return row;
  }

  function fillSummary(section) {
    var list = section.querySelector('#zusammenfassung-liste');
    STEPS.slice(0, LAST).forEach(function (step, i) {
      var li = document.createElement('li');
      var text = document.createElement('div');
      var h = document.createElement('h3');
      h.textContent = i + 1 + '. ' + step.title;
      var status = document.createElement('p');
      var missing = missingInStep(step);
      status.className = missing ? 'status-open' : 'status-ok';
      status.textContent = missing
        ? missing === 1
          ? '1 Pflichtangabe fehlt'
          : missing + ' Pflichtangaben fehlen'
        : 'Alle Pflichtangaben gemacht';
      text.append(h, status);

      var link = document.createElement('a');
      link.href = BASE + step.slug;
      link.append('Ändern');
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = ': ' + step.title;
      link.appendChild(hidden);
      li.append(text, link);
      list.appendChild(li);
    });
  }

  function updateNav(index) {
    stepNav.querySelectorAll('a').forEach(function (a) {
      var i = indexOfSlug(a.pathname.slice(BASE.length));
      if (i === index) a.setAttribute('aria-current', 'step');
      else a.removeAttribute('aria-current');
    });
  }

  /** Replaces the step area with a fresh copy of the step. */
  function render(index, moveFocus) {
    var step = STEPS[index];
    var tpl = document.getElementById('vorlage-' + step.slug);

    var section = document.createElement('section');
    section.className = 'step';
    section.setAttribute('aria-labelledby', 'schritt-titel');
    section.setAttribute('data-schritt', step.slug);
    var counter = document.createElement('p');
    counter.className = 'step-counter';
    counter.textContent = 'Schritt ' + (index + 1) + ' von ' + STEPS.length;
    section.appendChild(counter);
    section.appendChild(tpl.content.cloneNode(true));
    section.appendChild(buttonRow(index));

    window.DemoForms.clearErrors(form);
    var oldPanel = document.getElementById('bestaetigung-antrag');
    if (oldPanel) oldPanel.remove();

    area.replaceChildren(section);
    restore(section);
    if (index === LAST) fillSummary(section);
    window.DemoForms.enhance(section);

    current = index;
    updateNav(index);
    document.title = step.title + ' – ' + APP_TITLE;

    // On a step change, keyboard and screen reader users start at the new heading.
    // Not on the first load: there the browser's normal start of page is right.
    if (moveFocus) section.querySelector('#schritt-titel').focus();
  }

  function go(index) {
    var path = BASE + STEPS[index].slug;
    if (location.pathname !== path) history.pushState({ schritt: index }, '', path);
    render(index, true);
  }

  // ---------- events ----------

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var errors;
    if (current < LAST) {
      // Required answers may be completed later (the summary lists what is missing),
      // but a wrongly formatted entry (IBAN, amount, date) is pointed out right away.
      errors = window.DemoForms.validate(area, { checkRequired: false });
      if (errors.length) window.DemoForms.showErrors(form, errors);
      else go(current + 1);
      return;
    }

    errors = window.DemoForms.validate(area);
    var elsewhere = [];
    STEPS.slice(0, LAST).forEach(function (step, i) {
      var missing = missingInStep(step);
      if (missing) {
        elsewhere.push({
          href: BASE + step.slug,
          message:
            'Schritt ' + (i + 1) + ' „' + step.title + '“: ' +
            (missing === 1 ? '1 Pflichtangabe fehlt.' : missing + ' Pflichtangaben fehlen.')
        });
      }
    });
    if (errors.length || elsewhere.length) {
      window.DemoForms.showErrors(form, errors, elsewhere);
      return;
    }
    window.DemoForms.clearErrors(form);
    window.DemoForms.showSuccess(
      form,
      'Ihr Antrag auf Bürgergeld ist eingegangen',
      'Vielen Dank. Das Jobcenter prüft Ihren Antrag und meldet sich bei Ihnen, wenn noch Unterlagen fehlen.'
    );
  });

  form.addEventListener('click', function (e) {
    var btn = e.target instanceof Element ? e.target.closest('[data-action="zurueck"]') : null;
    if (btn && current > 0) go(current - 1);
  });

  // Links to steps (step navigation, "Ändern", error summary) switch without a page load.
  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!a || a.origin !== location.origin || a.target) return;
    var m = /^\/buergergeld\/([a-z-]+)\/?$/.exec(a.pathname);
    var index = m ? indexOfSlug(m[1]) : -1;
    if (index === -1) return;
    e.preventDefault();
    go(index);
  });

  window.addEventListener('popstate', function () {
    render(stepFromPath(location.pathname), true);
  });

  render(stepFromPath(location.pathname), false);
})();
