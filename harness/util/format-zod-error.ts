// One formatter that turns every zod failure into `path: message` lines (Astro's habit).
import type { z } from 'zod';

export function formatZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
      return `  ${path}: ${issue.message}`;
    })
    .join('\n');
}
