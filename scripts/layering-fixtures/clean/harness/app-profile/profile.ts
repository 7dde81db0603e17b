import { probeName } from '../probe/probe.ts';

export const profileName = `profile-${probeName}`;
