// Evaluated in the app's frame (plain JS, serialised as is) after a profile action failed: why, from
// the page's own state, so the failure says "disabled" or "matches no element" instead of a timeout.
// Returns a sentence, or null when the element looks ready (the cause was elsewhere, e.g. timing).
(function permissionHarnessElementState(q) {
  var els;
  try {
    els = Array.prototype.slice.call(document.querySelectorAll(q.selector));
  } catch (e) {
    return 'it is not a valid CSS selector';
  }
  if (!els.length) return 'no element in the ' + (window.top !== window ? "app's frame" : 'page') + ' matches it';
  var el = els[0];
  var tag = el.tagName.toLowerCase();
  var what = '<' + tag + (el.type && tag === 'input' ? ' type="' + el.type + '"' : '') + '>';
  function disabled(e) {
    if (e.disabled) return true;
    var fs = e.closest && e.closest('fieldset[disabled]');
    if (fs) return true;
    return e.getAttribute && e.getAttribute('aria-disabled') === 'true';
  }
  function visible(e) {
    return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  }
  if (q.verb === 'select') {
    if (tag !== 'select') return 'it matches a ' + what + ', not a <select>';
    var values = Array.prototype.map.call(el.options, function (o) { return o.value; });
    if (values.indexOf(q.value) < 0) return 'the <select> has no option with value "' + q.value + '" (its values: ' + values.map(function (v) { return '"' + v + '"'; }).join(', ') + ')';
  }
  if (q.verb === 'check' && !(tag === 'input' && (el.type === 'radio' || el.type === 'checkbox')) && el.getAttribute('role') !== 'radio' && el.getAttribute('role') !== 'checkbox') {
    return 'it matches a ' + what + ', not a radio button or checkbox (click its label or the element instead)';
  }
  if (disabled(el)) return 'the ' + what + ' it matches is disabled';
  if (!visible(el)) return 'the ' + what + ' it matches is hidden (no box on the page, or visibility:hidden)';
  if (q.verb === 'fill' && el.readOnly) return 'the ' + what + ' it matches is read-only';
  if (q.verb === 'click' || q.verb === 'check') {
    var r = el.getBoundingClientRect();
    var x = r.left + r.width / 2, y = r.top + r.height / 2;
    if (x >= 0 && y >= 0 && x < innerWidth && y < innerHeight) {
      var top = document.elementFromPoint(x, y);
      if (top && top !== el && !el.contains(top) && !(top.contains && top.contains(el) && top.tagName === 'LABEL')) {
        return 'the ' + what + ' it matches is covered by <' + top.tagName.toLowerCase() + (top.id ? ' id="' + top.id + '"' : '') + (top.className && typeof top.className === 'string' ? ' class="' + top.className + '"' : '') + '>';
      }
    }
  }
  return null;
})
