// The harness's own loopback HTTP server. One instance serves a target's static folder (profile
// `serve`); every instance also serves the wrapper page used for cross-origin-frame cells and acts as
// a plain HTTP forward proxy, so engines without host-resolver rules can reach the insecure hostname.
import { createReadStream, existsSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
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

function injectInto(html: string, scripts: string[]): string {
  const tag = scripts.map((s) => `<script>${s.replace(/<\/script/gi, '<\\/script')}</script>`).join('');
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length);
  const doctype = /<!doctype[^>]*>/i.exec(html);
  if (doctype) return html.slice(0, doctype.index + doctype[0].length) + tag + html.slice(doctype.index + doctype[0].length);
  return tag + html;
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
        const { 'content-length': _len, ...rest } = up.headers;
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
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
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
