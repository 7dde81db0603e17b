// The harness's own loopback HTTP server. One instance serves a target's static folder (profile
// `serve`); every instance also serves the wrapper page used for cross-origin-frame cells and acts as
// a plain HTTP forward proxy, so engines without host-resolver rules can reach the insecure hostname.
import { realpathSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import send from 'send';
import { injectInto } from './inject-scripts.ts';

// send picks content types from `mime-types`; these are the ones it does not know.
const EXTRA_TYPES: Record<string, string> = {
  '.y4m': 'video/x-raw',
};

export interface LoopbackServer {
  origin: string;
  port: number;
  /**
   * Scripts the proxy puts before anything else in every HTML page it passes: how engines without
   * init scripts (WebKitGTK over classic WebDriver) get the probe. One cell at a time per server.
   */
  setInjectedScripts(scripts: string[]): void;
  close(): Promise<void>;
}

function frameWrapper(src: string): string {
  const safe = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  // No `allow` attribute on purpose: the framed app gets no camera, microphone or display-capture.
  return `<!doctype html><meta charset="utf-8"><title>embedding page</title>
<style>body{margin:0}iframe{border:0;width:100vw;height:100vh}</style>
<iframe id="permission-harness-app" src="${safe}"></iframe>`;
}

function proxy(req: http.IncomingMessage, res: http.ServerResponse, scripts: string[]): void {
  const target = new URL(req.url!);
  const headers: http.OutgoingHttpHeaders = { ...req.headers, host: target.host };
  delete headers['accept-encoding']; // plain bodies, so HTML can be rewritten
  delete headers['proxy-connection'];
  // Only the loopback address is ever reached: the insecure hostname is a name for 127.0.0.1.
  const upstream = http.request(
    { host: '127.0.0.1', port: target.port || 80, path: target.pathname + target.search, method: req.method, headers },
    (up) => {
      const html = String(up.headers['content-type'] ?? '').includes('text/html');
      if (!html || !scripts.length) {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      up.on('data', (c: Buffer) => chunks.push(c));
      up.on('end', () => {
        const body = injectInto(Buffer.concat(chunks).toString('utf8'), scripts);
        // The rewritten body goes out whole with its own length, so the upstream's framing is dropped.
        const { 'content-length': _len, 'transfer-encoding': _te, ...rest } = up.headers;
        res.writeHead(up.statusCode ?? 200, { ...rest, 'content-length': Buffer.byteLength(body) });
        res.end(body);
      });
    },
  );
  upstream.on('error', (e) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(`permission-harness proxy: ${e.message}`);
  });
  req.pipe(upstream);
}

/** True when the real path of `file` (symlinks followed) lies inside the real path of `root`. */
function insideRoot(root: string, file: string): boolean {
  try {
    const realRoot = realpathSync(root);
    const prefix = realRoot.endsWith(sep) ? realRoot : realRoot + sep;
    return realpathSync(file).startsWith(prefix);
  } catch {
    return false;
  }
}

function plainError(res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders = {}): void {
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  const body = (http.STATUS_CODES[status] ?? 'error').toLowerCase();
  res.writeHead(status, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(body);
}

/**
 * Static files from `base` through `send`: it decodes the path, refuses `..` escapes (403) and
 * dotfiles (403), and serves `index.html` for `dir/`. send does not look at symlinks, so every file
 * it is about to serve is checked here against the real path of the root.
 */
function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, base: string): void {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const pathname = q >= 0 ? raw.slice(0, q) : raw;
  const stream = send(req, pathname, {
    root: base,
    dotfiles: 'deny',
    index: ['index.html'],
    cacheControl: false,
    etag: false,
    lastModified: false,
  });
  stream.on('file', (file: string) => {
    // Answering here makes send stop: it finds the headers sent and reports an error (ignored below).
    if (!insideRoot(base, file)) plainError(res, 404);
  });
  stream.on('headers', (response: http.ServerResponse, file: string) => {
    response.setHeader('Cache-Control', 'no-store');
    const type = EXTRA_TYPES[extname(file).toLowerCase()];
    if (type) response.setHeader('Content-Type', type);
  });
  stream.on('directory', (response: http.ServerResponse) => {
    // `dir` -> `dir/`, keeping the query (send's own redirect drops it). Leading slashes are
    // collapsed so the location can never be a protocol-relative URL to another host.
    const location = ('/' + pathname.replace(/^\/+/, '') + '/' + (q >= 0 ? raw.slice(q) : '')).replace(
      /[^\x21-\x7e]/g,
      (c) => encodeURIComponent(c),
    );
    response.writeHead(301, { location, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end(`redirecting to ${location}`);
  });
  stream.on('error', (err: { status?: number; headers?: http.OutgoingHttpHeaders }) => {
    if (res.writableEnded) return; // already answered (refused symlink)
    if (res.headersSent) {
      res.destroy(); // read error in the middle of a body
      return;
    }
    plainError(res, err.status ?? 500, err.headers);
  });
  stream.pipe(res);
}

export async function startLoopbackServer(root?: string): Promise<LoopbackServer> {
  const base = root ? resolve(root) : undefined;
  let injected: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('http://')) return proxy(req, res, injected);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__permission-harness/frame') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(frameWrapper(url.searchParams.get('src') ?? 'about:blank'));
      return;
    }
    if (!base) {
      res.writeHead(404).end();
      return;
    }
    serveStatic(req, res, base);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    setInjectedScripts: (scripts) => {
      injected = scripts;
    },
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
