// Injected before any page script, only into emulated cells: makes one capture API reject with the
// exception the real browser gives in that state. Plain JS (serialised into the page as is).
// A recovery cell lifts it (window.__permissionHarnessLiftRejection: the other app let go of the
// device): the real API answers from then on, also after a reload of the same tab (sessionStorage),
// since an app's "try again" may reload the page.
(function installPermissionHarnessRejection(config) {
  var proto = window.MediaDevices && window.MediaDevices.prototype;
  if (!proto || typeof proto[config.api] !== 'function') return;
  var original = proto[config.api];
  var KEY = 'permission-harness.rejection-lifted';
  function lifted() {
    try {
      return window.sessionStorage.getItem(KEY) === '1';
    } catch (e) {
      return false;
    }
  }
  Object.defineProperty(window, '__permissionHarnessLiftRejection', {
    configurable: true,
    value: function () {
      try {
        window.sessionStorage.setItem(KEY, '1');
      } catch (e) {
        /* no storage: the lift then lasts for this document only */
      }
      liftedHere = true;
      return true;
    },
  });
  var liftedHere = false;
  Object.defineProperty(proto, config.api, {
    configurable: true,
    writable: true,
    value: function () {
      if (liftedHere || lifted()) return original.apply(this, arguments);
      return Promise.reject(new DOMException(config.message, config.name));
    },
  });
})
