// What the customer was doing ("Record Audio and Video") → the matrix's mode.
import { MODES, Mode } from '../../scenarios/axes.ts';

const ALIASES: Record<string, Mode> = {
  'audio only': 'audio-only',
  'audio-only': 'audio-only',
  'record audio no video': 'audio-only',
  'audio with video preview': 'audio-show-video',
  'audio and video': 'audio-video',
  'audio + video': 'audio-video',
  'video': 'audio-video',
  'screen share': 'screen-share',
  'share screen': 'screen-share',
  'screen sharing': 'screen-share',
  'screen recording': 'screen-share',
};

function normal(s: string): string {
  return s.toLowerCase().replace(/[,.]/g, '').replace(/\s+/g, ' ').trim();
}

export function modeFromLabel(label: string): Mode | undefined {
  const n = normal(label);
  const byLabel = MODES.find((m) => normal(m.label) === n)?.id;
  if (byLabel) return byLabel;
  if ((Mode.options as readonly string[]).includes(n)) return n as Mode;
  return ALIASES[n];
}
