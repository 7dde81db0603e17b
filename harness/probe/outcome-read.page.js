// Evaluated in the app's frame (plain JS, serialised as is): what the app shows, in one round trip.
// Visibility follows Playwright's rule (a non-empty box and not visibility:hidden); texts are innerText.
// Only visible steps count as shown: a step kept in the page but hidden is not what the user reads.
(function readPermissionHarnessOutcome(q) {
  function all(s) {
    return Array.prototype.slice.call(document.querySelectorAll(s));
  }
  function visible(e) {
    return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  }
  var errors = all(q.error);
  var errorVisible = errors.some(visible);
  var steps = all(q.steps).filter(visible);
  return {
    successVisible: all(q.success).some(visible),
    errorVisible: errorVisible,
    errorTexts: errorVisible ? errors.map(function (e) { return e.innerText; }) : [],
    stepTexts: steps.map(function (e) { return e.innerText; }),
    stepIds: q.stepIdAttribute ? steps.map(function (e) { return e.getAttribute(q.stepIdAttribute); }) : [],
  };
})
