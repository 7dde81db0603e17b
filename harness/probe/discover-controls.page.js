// Evaluated in an app's page by `permission-harness init` (plain JS, serialised as is): what a user
// could operate (selects, radio buttons, buttons, with their labels) and what is on screen now, each
// with a CSS selector that finds it again. Knows no app: it reads the page's own elements and words.
(function permissionHarnessDiscover(q) {
  function esc(s) {
    return window.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/[^a-zA-Z0-9_-]/g, '\\$&');
  }
  function selectorOf(el) {
    if (el.id && document.querySelectorAll('#' + esc(el.id)).length === 1) return '#' + esc(el.id);
    var tag = el.tagName.toLowerCase();
    var testId = el.getAttribute('data-testid');
    if (testId && document.querySelectorAll('[data-testid="' + testId + '"]').length === 1) return '[data-testid="' + testId + '"]';
    var classes = Array.prototype.map.call(el.classList, function (c) { return '.' + esc(c); }).join('');
    if (classes && document.querySelectorAll(tag + classes).length === 1) return tag + classes;
    if (tag === 'input' && el.name && el.value) {
      var byValue = 'input[name="' + el.name + '"][value="' + el.value + '"]';
      if (document.querySelectorAll(byValue).length === 1) return byValue;
    }
    var parent = el.parentElement;
    if (!parent || parent === document.documentElement) return tag;
    var same = Array.prototype.filter.call(parent.children, function (c) { return c.tagName === el.tagName; });
    return selectorOf(parent) + ' > ' + tag + (same.length > 1 ? ':nth-of-type(' + (same.indexOf(el) + 1) + ')' : '');
  }
  function visible(el) {
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  }
  function text(el) {
    return (el.innerText || el.textContent || el.value || '').replace(/\s+/g, ' ').trim().slice(0, 300);
  }
  function labelOf(el) {
    var l = (el.labels && el.labels[0]) || el.closest('label');
    var own = el.getAttribute('aria-label') || (l ? text(l) : '');
    return own || el.title || '';
  }
  if (q.what === 'controls') {
    var all = function (s) { return Array.prototype.slice.call(document.querySelectorAll(s)).filter(visible); };
    return {
      title: document.title,
      selects: all('select').map(function (el) {
        return { selector: selectorOf(el), label: labelOf(el), options: Array.prototype.map.call(el.options, function (o) { return { value: o.value, text: text(o) }; }) };
      }),
      radios: all('input[type=radio], [role=radio]').map(function (el) {
        return { selector: selectorOf(el), label: labelOf(el) || el.value || '' };
      }),
      buttons: all('button, input[type=button], input[type=submit], [role=button]').map(function (el) {
        return {
          selector: selectorOf(el),
          text: text(el) || labelOf(el),
          disabled: !!el.disabled || el.getAttribute('aria-disabled') === 'true',
          // A toggle (aria-pressed) or a tab picks something rather than starting it.
          toggle: el.hasAttribute('aria-pressed') || el.getAttribute('role') === 'tab',
        };
      }),
    };
  }
  function named(el) {
    return el.id || el.classList.length || el.hasAttribute('data-testid') || el.hasAttribute('aria-label');
  }
  // 'screen': every visible element that a profile could name (an id or a class), with its text, and
  // for containers the list items in them (a step list) and the attributes those items carry.
  return Array.prototype.slice
    .call(document.body.querySelectorAll('*'))
    .filter(function (el) { return named(el) && !/^(script|style|option)$/i.test(el.tagName) && visible(el); })
    .slice(0, 800)
    .map(function (el) {
      // Steps are list items, or else paragraphs (an app may write its advice as <p>s).
      var itemTag = 'li';
      var items = Array.prototype.slice.call(el.querySelectorAll('li')).filter(visible);
      if (!items.length) {
        itemTag = 'p';
        items = Array.prototype.slice.call(el.querySelectorAll('p')).filter(visible);
      }
      var attrs = items.length ? Array.prototype.map.call(items[0].attributes, function (a) { return a.name; }).filter(function (n) { return /^data-/.test(n); }) : [];
      var idAttribute = attrs.filter(function (n) {
        var values = items.map(function (i) { return i.getAttribute(n); });
        return values.every(Boolean) && new Set(values).size === values.length;
      })[0];
      // The named elements it sits in, nearest first: which element is inside which.
      var ancestors = [];
      for (var a = el.parentElement; a && a !== document.body; a = a.parentElement) if (named(a)) ancestors.push(selectorOf(a));
      return { selector: selectorOf(el), text: text(el), items: items.length, itemTag: items.length ? itemTag : null, itemIdAttribute: idAttribute || null, ancestors: ancestors };
    });
})
