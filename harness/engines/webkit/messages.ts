// WebKit's own DOMException texts (Source/WebCore/Modules/mediastream/UserMediaRequest.cpp and
// MediaDevices.cpp), measured on WebKitGTK 2.50 where reachable.
export const WEBKIT_MESSAGES = {
  notAllowed: {
    name: 'NotAllowedError',
    message: 'The request is not allowed by the user agent or the platform in the current context, possibly because the user denied permission.',
    source: 'WebCore UserMediaRequest::deny (PermissionDenied); measured WebKitGTK 2.50.6 in a cross-origin iframe and with the automation session capture permission denied',
  },
  invalidConstraint: {
    name: 'OverconstrainedError',
    message: 'Invalid constraint',
    source: 'WebCore UserMediaRequest: no device satisfies the request (WebKit reports a missing device this way); measured WebKitGTK 2.50',
  },
  videoStart: { name: 'NotReadableError', message: 'Failed starting capture of a video track', source: 'WebCore UserMediaRequest.cpp: makeString("Failed starting capture of a ", type, " track")' },
  audioStart: { name: 'NotReadableError', message: 'Failed starting capture of a audio track', source: 'WebCore UserMediaRequest.cpp: makeString("Failed starting capture of a ", type, " track")' },
} as const;
