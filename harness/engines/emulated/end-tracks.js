// Evaluated in the page of an emulated mid-session change (no run-time mechanism on this engine): ends
// every live track the probe saw as the browser ends one when access is revoked or the device goes.
// track.stop() alone fires no `ended` (the page stopped it itself), so an app that listens, as it must,
// would never hear of it: the track is stopped, then gets the browser's `ended` event. An unplug also
// takes the devices away: enumerateDevices lists none of them, `devicechange` fires, and a new capture
// call gets the engine's no-device exception. Returns how many tracks it ended.
// Plain JS (serialised into the page as is).
(function endPermissionHarnessTracks(config) {
  var probe = window.__permissionHarnessProbe;
  var originals = probe && probe.originals;
  if (config.devicesGone && originals && originals.enumerateDevices) {
    // First, so an app that looks on `ended` finds them gone. Behind the probe's wrappers, so what the page asks and gets afterwards is recorded like any other call.
    var enumerate = originals.enumerateDevices;
    originals.enumerateDevices = function () {
      return enumerate.apply(this, arguments).then(function (list) {
        return list.filter(function (d) { return d.kind !== 'audioinput' && d.kind !== 'videoinput'; });
      });
    };
    if (config.laterRejection && originals.getUserMedia) {
      originals.getUserMedia = function () {
        return Promise.reject(new DOMException(config.laterRejection.message, config.laterRejection.name));
      };
    }
  }
  var tracks = (probe && probe.tracks) || [];
  var ended = 0;
  tracks.forEach(function (t) {
    if (t.readyState === 'ended') return;
    t.stop();
    t.dispatchEvent(new Event('ended'));
    ended++;
  });
  if (config.devicesGone && navigator.mediaDevices) navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
  return ended;
})
