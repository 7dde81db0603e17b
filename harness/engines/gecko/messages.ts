// Firefox's own DOMException texts. Firefox gives every refusal the DOM's default NotAllowedError
// message (dom/base/domerr.msg), so a denial, a dismissal and an OS block read the same on Firefox.
export const GECKO_MESSAGES = {
  notAllowed: {
    name: 'NotAllowedError',
    message: 'The request is not allowed by the user agent or the platform in the current context.',
    source: 'dom/base/domerr.msg default NotAllowedError message; measured Firefox ESR 153',
  },
  notFound: { name: 'NotFoundError', message: 'The object can not be found here.', source: 'dom/base/domerr.msg default NotFoundError message; measured Firefox ESR 153' },
  videoAllocate: { name: 'NotReadableError', message: 'Failed to allocate videosource', source: 'dom/media/MediaManager.cpp: video source allocation failed (camera held elsewhere)' },
  audioAllocate: { name: 'NotReadableError', message: 'Failed to allocate audiosource', source: 'dom/media/MediaManager.cpp: audio source allocation failed (microphone held elsewhere)' },
  overconstrained: {
    name: 'OverconstrainedError',
    message: 'Constraints could not be satisfied.',
    constraint: 'deviceId',
    source: 'dom/media/MediaManager.cpp OverconstrainedError for an exact deviceId that matches no device; measured Firefox ESR 153',
  },
} as const;
