// A Playwright trace records the context's extra headers and cookies (its network log and the
// API calls that set them), and a WebDriver log the commands' bodies: before such a file is attached
// or left in reports/, every secret in it is replaced by ***. A trace is a zip: each entry is
// rewritten (jszip), so the trace still opens in `npx playwright show-trace`.
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

const replaceAll = (text: string, secrets: readonly string[]) => secrets.reduce((t, s) => (s ? t.split(s).join('***') : t), text);

/** Rewrites the file in place when it holds a secret; returns whether it did. */
export async function redactArtifact(path: string, secrets: readonly string[]): Promise<boolean> {
  if (!secrets.length) return false;
  const bytes = readFileSync(path);
  if (!path.endsWith('.zip')) {
    const text = bytes.toString('utf8');
    const clean = replaceAll(text, secrets);
    if (clean === text) return false;
    writeFileSync(path, clean);
    return true;
  }
  const zip = await JSZip.loadAsync(bytes);
  let changed = false;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    // Latin-1 keeps every byte as one character: binary entries round-trip unchanged unless they hold a secret.
    const text = Buffer.from(await entry.async('uint8array')).toString('latin1');
    const clean = replaceAll(text, secrets);
    if (clean === text) continue;
    zip.file(entry.name, Buffer.from(clean, 'latin1'));
    changed = true;
  }
  if (changed) writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return changed;
}
