// The tag of a built image: a hash of everything that decides its content (the build context's own
// files and the identities of what is copied in), so an unchanged context reuses the image and any
// change builds a new one. Order-independent: parts are sorted by name.
import { createHash } from 'node:crypto';

const HASH_CHARS = 12;

/** parts: name → content (file bytes, or a version string standing for a large copied input). */
export function contentHash(parts: Readonly<Record<string, string | Buffer>>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(parts).sort()) {
    const content = parts[name]!;
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    // Name and length framing: moving bytes between two parts changes the hash.
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex').slice(0, HASH_CHARS);
}
