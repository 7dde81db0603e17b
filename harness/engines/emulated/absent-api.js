// Injected before any page script (and before the probe) into cells whose real browser lacks a capture
// API: removes it from MediaDevices so `navigator.mediaDevices.<api>` is undefined and `'<api>' in
// navigator.mediaDevices` is false, as on a phone. Plain JS (serialised into the page as is).
(function removePermissionHarnessCaptureApi(api) {
  var proto = window.MediaDevices && window.MediaDevices.prototype;
  if (proto && Object.prototype.hasOwnProperty.call(proto, api)) delete proto[api];
  var own = navigator.mediaDevices;
  if (own && Object.prototype.hasOwnProperty.call(own, api)) delete own[api];
})
