// Injected before any page script, only into emulated cells: makes one capture API reject with the
// exception the real browser gives in that state. Plain JS (serialised into the page as is).
(function installPermissionHarnessRejection(config) {
  var proto = window.MediaDevices && window.MediaDevices.prototype;
  if (!proto || typeof proto[config.api] !== 'function') return;
  Object.defineProperty(proto, config.api, {
    configurable: true,
    writable: true,
    value: function () {
      return Promise.reject(new DOMException(config.message, config.name));
    },
  });
})
