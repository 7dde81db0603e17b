// Injected before any page script, only into cells whose mid-session change is emulated: the `ended`
// event the emulation fires (engines/emulated/end-tracks.js) is not the browser's own, and Gecko
// delivers such an event to a track's `onended` but not to its addEventListener('ended') listeners
// unless they ask for it with Gecko's fourth argument, wantsUntrusted (measured Firefox ESR 153). Every
// `ended` listener asks here, so the emulated event reaches the app as the browser's would; other
// engines ignore the argument. Plain JS (serialised into the page as is).
(function installPermissionHarnessUntrustedEnded() {
  var proto = window.MediaStreamTrack && window.MediaStreamTrack.prototype;
  if (!proto) return;
  var add = proto.addEventListener;
  Object.defineProperty(proto, 'addEventListener', {
    configurable: true,
    writable: true,
    value: function (type, listener, options) {
      if (type !== 'ended') return add.apply(this, arguments);
      return add.call(this, type, listener, options === undefined ? false : options, true);
    },
  });
})
