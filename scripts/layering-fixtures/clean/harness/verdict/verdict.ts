import { profileName } from '../app-profile/profile.ts';

// A comment may say denied, blink or servo: comments are not code.
export const judge = (line: string): string => (line.includes('denial') ? `${profileName} fail` : 'ok');
