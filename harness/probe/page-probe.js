// Injected before any page script in every frame: records each getUserMedia / getDisplayMedia /
// enumerateDevices call, its constraints and its outcome (tracks, or the exception's name and
// message; for a stream its tracks and their current readyState) into window.__permissionHarnessProbe,
// without changing what the page receives.
// Plain JS: it is serialised into the page as is.
(function installPermissionHarnessProbe() {
  if (window.__permissionHarnessProbe) return;
  var probe = {
    url: String(location.href),
    secureContext: window.isSecureContext,
    mediaDevices: !!navigator.mediaDevices,
    getDisplayMedia: !!(navigator.mediaDevices && navigator.mediaDevices.getDisplayMedia),
    inFrame: window.self !== window.top,
    calls: [],
  };
  Object.defineProperty(window, '__permissionHarnessProbe', { value: probe, enumerable: false });
  var proto = window.MediaDevices && window.MediaDevices.prototype;
  if (!proto) return;

  function copy(value) {
    try {
      return value === undefined ? null : JSON.parse(JSON.stringify(value));
    } catch (e) {
      return String(value);
    }
  }

  // The functions the probe wraps, looked up at each call: an emulated unplug replaces one (the call is
  // still recorded, and then refused as the engine refuses it without a device).
  var originals = {};
  Object.defineProperty(probe, 'originals', { value: originals, enumerable: false });

  function wrap(api, describe) {
    if (typeof proto[api] !== 'function') return;
    originals[api] = proto[api];
    Object.defineProperty(proto, api, {
      configurable: true,
      writable: true,
      value: function () {
        var entry = { api: api, constraints: copy(arguments[0]), at: Date.now(), outcome: 'pending' };
        probe.calls.push(entry);
        var result;
        try {
          result = originals[api].apply(this, arguments);
        } catch (error) {
          entry.outcome = 'error';
          entry.error = { name: error && error.name, message: error && error.message, constraint: error && error.constraint };
          throw error;
        }
        return Promise.resolve(result).then(
          function (value) {
            entry.outcome = 'ok';
            entry.result = describe(value);
            entry.settledAt = Date.now();
            return value;
          },
          function (error) {
            entry.outcome = 'error';
            entry.error = {
              name: error && error.name,
              message: error && error.message,
              constraint: (error && error.constraint) || undefined,
            };
            entry.settledAt = Date.now();
            throw error;
          },
        );
      },
    });
  }

  // The tracks themselves, for the harness's emulation of a mid-session change (never serialised).
  var live = [];
  Object.defineProperty(probe, 'tracks', { value: live, enumerable: false });
  // readyState is read when the log is read (a getter JSON.stringify calls), so a track the page
  // stopped, or the browser ended, shows as 'ended' then, not as it was when the call settled.
  // `endedAt` is set when the track's `ended` event fires: the browser ended it (a page's own stop()
  // fires none), which is what an app must notice.
  function tracks(stream) {
    return stream && stream.getTracks
      ? stream.getTracks().map(function (t) {
          var d = { kind: t.kind, label: t.label };
          Object.defineProperty(d, 'readyState', { enumerable: true, get: function () { return t.readyState; } });
          live.push(t);
          t.addEventListener('ended', function () { d.endedAt = Date.now(); });
          return d;
        })
      : null;
  }
  wrap('getUserMedia', tracks);
  wrap('getDisplayMedia', tracks);
  wrap('enumerateDevices', function (list) {
    return (list || []).map(function (d) { return { kind: d.kind, label: d.label, hasId: !!d.deviceId }; });
  });
})();
