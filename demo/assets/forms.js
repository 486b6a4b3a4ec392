/*
 * Shared form behaviour for the Jobcenter Musterstadt demo pages.
 *
 * - Validation on submit with inline messages (aria-invalid + aria-describedby)
 *   and an error summary at the top of the form that links to each field.
 * - Conditional reveals (data-reveals="id"), character counters, IBAN
 *   formatting, "max = today" for date fields.
 *
 * Forms with the attribute data-demo-form are wired up automatically.
 * Other scripts (the Bürgergeld single-page app) use window.DemoForms.
 * Nothing is ever sent or stored: this is a demonstration.
 */
(function () {
  'use strict';

  // ---------- small helpers ----------

  function pad(n) {
    return String(n).padStart(2, '0');
  }

  /** A date as YYYY-MM-DD in local time (the format <input type="date"> uses). */
  function isoDate(d) {
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function today() {
    return isoDate(new Date());
  }

  function tomorrow() {
    var d = new Date();
    d.setDate(d.getDate() + 1);
    return isoDate(d);
  }

  /** A control counts as absent while it sits inside a collapsed conditional block. */
  function isHidden(el) {
    return Boolean(el.closest('[hidden]'));
  }

  /** Visible name of a control without the "*" marker and the hint text. */
  function nameOf(el) {
    var source = null;
    if (el.labels && el.labels.length) {
      source = el.labels[0];
    } else if (el.getAttribute('aria-labelledby')) {
      return el
        .getAttribute('aria-labelledby')
        .split(/\s+/)
        .map(function (id) {
          var ref = document.getElementById(id);
          return ref ? ref.textContent.trim() : '';
        })
        .join(' ')
        .trim();
    } else if (el.tagName === 'FIELDSET') {
      source = el.querySelector('legend');
    }
    if (!source) return el.name || el.id;
    var copy = source.cloneNode(true);
    copy.querySelectorAll('.pflicht, .hint, .visually-hidden').forEach(function (n) {
      n.remove();
    });
    return copy.textContent.replace(/\s+/g, ' ').trim();
  }

  function addToken(el, attr, token) {
    var list = (el.getAttribute(attr) || '').split(/\s+/).filter(Boolean);
    if (list.indexOf(token) === -1) list.unshift(token);
    el.setAttribute(attr, list.join(' '));
  }

  function removeToken(el, attr, token) {
    var list = (el.getAttribute(attr) || '').split(/\s+/).filter(function (t) {
      return t && t !== token;
    });
    if (list.length) el.setAttribute(attr, list.join(' '));
    else el.removeAttribute(attr);
  }

  // ---------- format checks ----------

  /** IBAN check: structure plus the ISO 13616 mod-97 check digits. */
  function isValidIban(raw) {
    var s = raw.replace(/\s+/g, '').toUpperCase();
    if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
    if (s.slice(0, 2) === 'DE' && s.length !== 22) return false;
    var rearranged = s.slice(4) + s.slice(0, 4);
    var rem = 0;
    for (var i = 0; i < rearranged.length; i++) {
      var ch = rearranged[i];
      var digits = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
      for (var j = 0; j < digits.length; j++) rem = (rem * 10 + Number(digits[j])) % 97;
    }
    return rem === 1;
  }

  var FORMATS = {
    iban: {
      test: isValidIban,
      message:
        'Die IBAN ist nicht gültig. Bitte prüfen Sie jede Stelle. Eine deutsche IBAN beginnt mit DE und hat 22 Zeichen.'
    },
    betrag: {
      // German amounts: 1.234,56 or 1234,56 or 450 (a dot decimal is tolerated)
      test: function (v) {
        return /^(\d{1,3}(\.\d{3})+|\d+)([.,]\d{1,2})?$/.test(v.replace(/\s|€/g, ''));
      },
      message: 'Bitte geben Sie den Betrag als Zahl in Euro ein, zum Beispiel 450,00.'
    },
    flaeche: {
      test: function (v) {
        return /^\d{1,4}([.,]\d{1,2})?$/.test(v.trim());
      },
      message: 'Bitte geben Sie die Wohnfläche als Zahl in Quadratmetern ein, zum Beispiel 54,5.'
    },
    ganzzahl: {
      test: function (v) {
        return /^\d{1,2}$/.test(v.trim());
      },
      message: 'Bitte geben Sie eine ganze Zahl ein, zum Beispiel 2.'
    },
    plz: {
      test: function (v) {
        return /^\d{5}$/.test(v.trim());
      },
      message: 'Die Postleitzahl hat 5 Ziffern, zum Beispiel 12345.'
    },
    'bg-nummer': {
      test: function (v) {
        return /^\d{5}BG\d{7}$/i.test(v.replace(/\s+/g, ''));
      },
      message:
        'Die Nummer der Bedarfsgemeinschaft besteht aus 5 Ziffern, den Buchstaben BG und 7 weiteren Ziffern.'
    },
    telefon: {
      test: function (v) {
        return /^\+?[\d\s/()-]{6,}$/.test(v.trim());
      },
      message: 'Bitte geben Sie die Telefonnummer nur mit Ziffern ein, zum Beispiel 0123 456789.'
    }
  };

  /** Returns an error message for one control, or '' when it is fine. */
  function checkControl(el, checkRequired) {
    var ds = el.dataset;
    var required = el.required || el.getAttribute('aria-required') === 'true';
    var empty;
    if (el.type === 'checkbox') empty = !el.checked;
    else if (el.type === 'file') empty = !el.files || el.files.length === 0;
    else empty = el.value.trim() === '' && !(el.validity && el.validity.badInput);

    if (empty) {
      if (!required || !checkRequired) return '';
      if (ds.errorRequired) return ds.errorRequired;
      if (el.tagName === 'SELECT') return 'Bitte wählen Sie bei „' + nameOf(el) + '“ einen Eintrag aus.';
      if (el.type === 'file') return 'Bitte wählen Sie eine Datei aus.';
      return 'Bitte füllen Sie das Feld „' + nameOf(el) + '“ aus.';
    }

    if (el.type === 'date') {
      if (el.validity.badInput || !/^\d{4}-\d{2}-\d{2}$/.test(el.value)) {
        return 'Bitte geben Sie ein vollständiges Datum mit Tag, Monat und Jahr ein.';
      }
      if (el.value < '1900-01-01') return 'Bitte prüfen Sie das Jahr.';
      if (ds.date === 'past' && el.value >= today()) {
        return ds.errorDate || 'Das Datum muss in der Vergangenheit liegen.';
      }
      if (ds.date === 'not-future' && el.value > today()) {
        return ds.errorDate || 'Das Datum darf nicht in der Zukunft liegen.';
      }
      if (ds.date === 'future' && el.value <= today()) {
        return ds.errorDate || 'Das Datum muss in der Zukunft liegen.';
      }
    }

    if (el.type === 'email' && el.validity.typeMismatch) {
      return 'Bitte geben Sie die E-Mail-Adresse vollständig ein, zum Beispiel name@beispiel.de.';
    }

    if (ds.validate && FORMATS[ds.validate] && !FORMATS[ds.validate].test(el.value)) {
      return ds.errorFormat || FORMATS[ds.validate].message;
    }

    if (el.type === 'file') {
      var maxBytes = Number(ds.maxSizeMb || 10) * 1024 * 1024;
      var allowed = (el.getAttribute('accept') || '').toLowerCase().split(',').map(function (s) {
        return s.trim();
      });
      for (var i = 0; i < el.files.length; i++) {
        var f = el.files[i];
        var ext = '.' + f.name.split('.').pop().toLowerCase();
        if (allowed.length && allowed[0] && allowed.indexOf(ext) === -1) {
          return 'Die Datei „' + f.name + '“ hat ein nicht erlaubtes Format. Erlaubt sind PDF, JPG und PNG.';
        }
        if (f.size > maxBytes) {
          return 'Die Datei „' + f.name + '“ ist größer als ' + (ds.maxSizeMb || 10) + ' MB.';
        }
      }
      if (ds.maxFiles && el.files.length > Number(ds.maxFiles)) {
        return 'Sie können höchstens ' + ds.maxFiles + ' Dateien auf einmal hochladen.';
      }
    }
    return '';
  }

  /**
   * Collects errors for a form (or any container of controls).
   * Each error: { target: control or fieldset, focus: element to focus, message }.
   * options.checkRequired = false checks only the format of filled-in fields.
   */
  function validate(root, options) {
    var checkRequired = !options || options.checkRequired !== false;
    var errors = [];
    var seenGroups = [];
    var controls = root.querySelectorAll('input, select, textarea');

    controls.forEach(function (el) {
      if (el.disabled || el.type === 'hidden' || isHidden(el)) return;

      // Radio groups and required checkbox groups are checked once, as a group.
      var group =
        el.type === 'radio' || el.type === 'checkbox'
          ? el.closest('fieldset[role="radiogroup"], fieldset[data-required-group]')
          : null;
      if (group) {
        if (seenGroups.indexOf(group) !== -1) return;
        seenGroups.push(group);
        var required =
          group.getAttribute('aria-required') === 'true' || group.hasAttribute('data-required-group');
        if (required && checkRequired && !group.querySelector('input:checked')) {
          errors.push({
            target: group,
            focus: group.querySelector('input'),
            message:
              group.dataset.errorRequired || 'Bitte beantworten Sie die Frage „' + nameOf(group) + '“.'
          });
        }
        return;
      }

      var message = checkControl(el, checkRequired);
      if (message) errors.push({ target: el, focus: el, message: message });
    });
    return errors;
  }

  // ---------- showing and clearing errors ----------

  function clearErrors(form) {
    form.querySelectorAll('.error-summary').forEach(function (n) {
      n.remove();
    });
    form.querySelectorAll('.field-error').forEach(function (n) {
      n.remove();
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (n) {
      n.removeAttribute('aria-invalid');
    });
    form.querySelectorAll('[data-error-id]').forEach(function (n) {
      removeToken(n, 'aria-describedby', n.getAttribute('data-error-id'));
      n.removeAttribute('data-error-id');
    });
    form.querySelectorAll('.field--error').forEach(function (n) {
      n.classList.remove('field--error');
    });
  }

  function errorElement(id, message) {
    var p = document.createElement('p');
    p.className = 'field-error';
    p.id = id;
    var prefix = document.createElement('span');
    prefix.className = 'visually-hidden';
    prefix.textContent = 'Fehler: ';
    p.appendChild(prefix);
    p.appendChild(document.createTextNode(message));
    return p;
  }

  /**
   * Shows inline messages and the error summary, then moves focus to the summary.
   * extraLinks: [{ href, message }] for problems elsewhere (other steps of the SPA).
   */
  function showErrors(form, errors, extraLinks) {
    clearErrors(form);
    extraLinks = extraLinks || [];
    if (!errors.length && !extraLinks.length) return;

    var summary = document.createElement('div');
    summary.className = 'error-summary';
    summary.setAttribute('tabindex', '-1');
    summary.setAttribute('aria-labelledby', 'fehleruebersicht-titel');
    var h = document.createElement('h2');
    h.id = 'fehleruebersicht-titel';
    h.textContent = 'Bitte prüfen Sie Ihre Angaben';
    var intro = document.createElement('p');
    var count = errors.length + extraLinks.length;
    intro.textContent =
      count === 1 ? 'Es gibt 1 Problem:' : 'Es gibt ' + count + ' Probleme:';
    var list = document.createElement('ul');
    summary.append(h, intro, list);

    errors.forEach(function (err) {
      var target = err.target;
      var baseId = target.id || (err.focus && err.focus.id) || 'feld';
      var errorId = baseId + '-fehler';
      var msg = errorElement(errorId, err.message);

      if (target.tagName === 'FIELDSET') {
        // Message goes above the options; the whole group is described by it.
        var options = target.querySelector(':scope > .choices') || target.querySelector('.choices');
        if (options) options.before(msg);
        else target.appendChild(msg);
        target.classList.add('field--error');
        addToken(target, 'aria-describedby', errorId);
        target.setAttribute('data-error-id', errorId);
        if (target.getAttribute('role') === 'radiogroup') {
          target.setAttribute('aria-invalid', 'true');
        } else {
          target.querySelectorAll('input').forEach(function (i) {
            i.setAttribute('aria-invalid', 'true');
          });
        }
      } else {
        var anchor = target.closest('.choice, .unit-input') || target;
        anchor.before(msg);
        var wrapper = target.closest('.field');
        if (wrapper) wrapper.classList.add('field--error');
        target.setAttribute('aria-invalid', 'true');
        addToken(target, 'aria-describedby', errorId);
        target.setAttribute('data-error-id', errorId);
      }

      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = '#' + (err.focus ? err.focus.id : baseId);
      a.textContent = err.message;
      a.setAttribute('data-focus-id', err.focus ? err.focus.id : baseId);
      li.appendChild(a);
      list.appendChild(li);
    });

    extraLinks.forEach(function (link) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.message;
      li.appendChild(a);
      list.appendChild(li);
    });

    form.prepend(summary);
    summary.focus();
  }

  /** Confirmation after a valid submit. Demo only: nothing leaves the browser. */
  function showSuccess(form, title, text) {
    var old = document.getElementById('bestaetigung-' + form.id);
    if (old) old.remove();
    var panel = document.createElement('div');
    panel.className = 'success-panel';
    panel.id = 'bestaetigung-' + form.id;
    panel.setAttribute('tabindex', '-1');
    panel.setAttribute('role', 'status');
    var h = document.createElement('h2');
    h.textContent = title;
    var p = document.createElement('p');
    p.textContent = text;
    var demo = document.createElement('p');
    demo.textContent =
      'Hinweis: Dies ist eine Demonstrationsseite. Ihre Angaben wurden nicht übermittelt und nicht gespeichert.';
    panel.append(h, p, demo);
    form.before(panel);
    panel.focus();
  }

  // ---------- progressive enhancements ----------

  /** Shows or hides the blocks named in data-reveals for a radio group or checkbox. */
  function syncReveal(control) {
    var scope = control.form || document;
    var related =
      control.type === 'radio'
        ? scope.querySelectorAll('input[type="radio"][name="' + CSS.escape(control.name) + '"]')
        : [control];
    related.forEach(function (input) {
      var id = input.getAttribute('data-reveals');
      var target = id && document.getElementById(id);
      if (target) target.hidden = !input.checked;
    });
  }

  var counterTimers = new WeakMap();

  function updateCounter(textarea, immediate) {
    var counter = document.getElementById(textarea.getAttribute('data-counter'));
    if (!counter) return;
    var max = Number(textarea.getAttribute('maxlength'));
    var write = function () {
      var left = max - textarea.value.length;
      counter.textContent =
        left === 1 ? 'Sie können noch 1 Zeichen eingeben.' : 'Sie können noch ' + left + ' Zeichen eingeben.';
    };
    // The counter is a polite live region: wait for a typing pause so it is not read on every key.
    clearTimeout(counterTimers.get(textarea));
    if (immediate) write();
    else counterTimers.set(textarea, setTimeout(write, 700));
  }

  /** Initial state for everything inside root; safe to call again after re-rendering. */
  function enhance(root) {
    root = root || document;
    root.querySelectorAll('input[type="date"][data-date]').forEach(function (el) {
      if (el.dataset.date === 'future') el.min = tomorrow();
      else el.max = today();
    });
    root.querySelectorAll('[data-reveals]').forEach(syncReveal);
    root.querySelectorAll('textarea[data-counter]').forEach(function (t) {
      updateCounter(t, true);
    });
  }

  // Delegated listeners keep working when a single-page app replaces the DOM.
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (!(t instanceof HTMLInputElement)) return;
    if (t.type === 'radio' || t.hasAttribute('data-reveals')) syncReveal(t);
  });

  document.addEventListener('input', function (e) {
    if (e.target instanceof HTMLTextAreaElement && e.target.hasAttribute('data-counter')) updateCounter(e.target);
  });

  // Group the IBAN in blocks of four when leaving the field (as printed on bank cards).
  document.addEventListener('focusout', function (e) {
    var t = e.target;
    if (t instanceof HTMLInputElement && t.dataset.validate === 'iban' && t.value.trim()) {
      t.value = t.value
        .replace(/\s+/g, '')
        .toUpperCase()
        .replace(/(.{4})/g, '$1 ')
        .trim();
    }
  });

  // Links in the error summary focus the field itself (a plain #anchor only scrolls).
  document.addEventListener('click', function (e) {
    var a = e.target instanceof Element ? e.target.closest('.error-summary a[data-focus-id]') : null;
    if (!a) return;
    var field = document.getElementById(a.getAttribute('data-focus-id'));
    if (!field) return;
    e.preventDefault();
    var group = field.closest('fieldset');
    var label = (field.labels && field.labels[0]) || (group && group.querySelector('legend'));
    field.focus({ preventScroll: true });
    (label || field).scrollIntoView({ block: 'start' });
  });

  function wireForm(form) {
    form.setAttribute('novalidate', '');
    form.addEventListener('submit', function (e) {
      e.preventDefault(); // demo: never actually submit
      var oldPanel = document.getElementById('bestaetigung-' + form.id);
      if (oldPanel) oldPanel.remove();
      var errors = validate(form);
      if (errors.length) {
        showErrors(form, errors);
        return;
      }
      clearErrors(form);
      showSuccess(
        form,
        form.dataset.successTitle || 'Vielen Dank',
        form.dataset.successText || 'Ihre Angaben sind vollständig.'
      );
    });
  }

  window.DemoForms = {
    validate: validate,
    showErrors: showErrors,
    clearErrors: clearErrors,
    showSuccess: showSuccess,
    enhance: enhance,
    isValidIban: isValidIban
  };

  document.querySelectorAll('form[data-demo-form]').forEach(wireForm);
  enhance(document);
})();
