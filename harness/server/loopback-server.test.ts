// Browser-free tests of the loopback server: static serving (path escapes, dotfiles, symlinks), the
// frame wrapper page and the injecting forward proxy. Raw paths go out through node:http, which
// sends them exactly as written (fetch/URL would normalise `..` away before the server sees it).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startLoopbackServer } from './loopback-server.ts';

const SECRET = 'TOP-SECRET-KEY-4f1c9a';
const INDEX = '<!doctype html><html><head><title>app</title></head><body>APP-INDEX</body></html>';
const SUB = '<!doctype html><p>SUB-PAGE</p>';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, path: string, headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

let tmp: string;
let app: string;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'loopback-server-test-'));
  app = join(tmp, 'app');
  mkdirSync(join(app, 'sub'), { recursive: true });
  mkdirSync(join(app, 'empty'));
  mkdirSync(join(tmp, 'app-secrets'));
  writeFileSync(join(app, 'index.html'), INDEX);
  writeFileSync(join(app, 'sub', 'page.html'), SUB);
  writeFileSync(join(app, 'sub', 'index.html'), SUB);
  writeFileSync(join(app, '.env'), `TOKEN=${SECRET}`);
  writeFileSync(join(tmp, 'app-secrets', 'key.txt'), SECRET);
  symlinkSync('../app-secrets/key.txt', join(app, 'link-out'));
  symlinkSync('../app-secrets', join(app, 'dir-out'));
  symlinkSync('index.html', join(app, 'link-in.html'));
  for (const ext of ['js', 'css', 'json', 'svg', 'png', 'wav', 'y4m']) writeFileSync(join(app, `asset.${ext}`), 'x');
});

after(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('static serving', () => {
  test('serves / and /index.html with the content, uncached', async () => {
    const server = await startLoopbackServer(app);
    try {
      for (const path of ['/', '/index.html', '/index.html?x=1']) {
        const r = await request(server.port, path);
        assert.equal(r.status, 200, path);
        assert.equal(r.body, INDEX, path);
        assert.match(String(r.headers['content-type']), /^text\/html/, path);
        assert.equal(r.headers['cache-control'], 'no-store', path);
        assert.equal(r.headers['etag'], undefined, path);
      }
    } finally {
      await server.close();
    }
  });

  test('directories: dir/ serves its index, dir redirects to dir/ keeping the query, no index is 404', async () => {
    const server = await startLoopbackServer(app);
    try {
      const sub = await request(server.port, '/sub/');
      assert.equal(sub.status, 200);
      assert.equal(sub.body, SUB);
      const page = await request(server.port, '/sub/page.html');
      assert.equal(page.status, 200);
      assert.equal(page.body, SUB);
      const redirect = await request(server.port, '/sub?a=1');
      assert.equal(redirect.status, 301);
      assert.equal(redirect.headers.location, '/sub/?a=1');
      const slashes = await request(server.port, '//sub');
      assert.equal(slashes.status, 301);
      assert.equal(slashes.headers.location, '/sub/', 'never a protocol-relative location');
      assert.equal((await request(server.port, '/empty/')).status, 404);
    } finally {
      await server.close();
    }
  });

  test('missing file is 404', async () => {
    const server = await startLoopbackServer(app);
    try {
      assert.equal((await request(server.port, '/missing.html')).status, 404);
      assert.equal((await request(server.port, '/sub/missing.html')).status, 404);
    } finally {
      await server.close();
    }
  });

  test('path escapes, dotfiles and outward symlinks never reveal the secret', async () => {
    const server = await startLoopbackServer(app);
    try {
      const attacks = [
        '/../app-secrets/key.txt',
        '/..%2fapp-secrets%2fkey.txt',
        '/%2e%2e/app-secrets/key.txt',
        '/%2e%2e%2fapp-secrets%2fkey.txt',
        '/sub/..%2f..%2fapp-secrets%2fkey.txt',
        '/sub/../../app-secrets/key.txt',
        '/..%5capp-secrets%5ckey.txt',
        '/%2e%2e%5capp-secrets%5ckey.txt',
        '/..%252fapp-secrets%252fkey.txt',
        '/index.html%00../../app-secrets/key.txt',
        '/link-out',
        '/dir-out/key.txt',
        '/dir-out/',
        '/.env',
        '/sub/../.env',
        '/%2eenv',
      ];
      for (const path of attacks) {
        const r = await request(server.port, path);
        assert.notEqual(r.status, 200, `${path} answered 200`);
        assert.ok(r.status >= 300, `${path} answered ${r.status}`);
        assert.ok(!r.body.includes(SECRET), `${path} leaked the secret`);
      }
      assert.equal((await request(server.port, '/..%2fapp-secrets%2fkey.txt')).status, 403);
      assert.equal((await request(server.port, '/.env')).status, 403);
      assert.equal((await request(server.port, '/link-out')).status, 404);
    } finally {
      await server.close();
    }
  });

  test('a symlink that stays inside the root is served', async () => {
    const server = await startLoopbackServer(app);
    try {
      const r = await request(server.port, '/link-in.html');
      assert.equal(r.status, 200);
      assert.equal(r.body, INDEX);
    } finally {
      await server.close();
    }
  });

  test('content types', async () => {
    const server = await startLoopbackServer(app);
    try {
      const expected: Record<string, RegExp> = {
        html: /^text\/html; charset=utf-8$/i,
        js: /^text\/javascript; charset=utf-8$/i,
        css: /^text\/css; charset=utf-8$/i,
        json: /^application\/json(; charset=utf-8)?$/i,
        svg: /^image\/svg\+xml$/,
        png: /^image\/png$/,
        wav: /^audio\/(x-)?wav$/,
        y4m: /^video\/x-raw$/,
      };
      for (const [ext, type] of Object.entries(expected)) {
        const r = await request(server.port, ext === 'html' ? '/index.html' : `/asset.${ext}`);
        assert.equal(r.status, 200, ext);
        assert.match(String(r.headers['content-type']), type, ext);
      }
    } finally {
      await server.close();
    }
  });

  test('a server without root answers 404 for /index.html', async () => {
    const server = await startLoopbackServer();
    try {
      assert.equal((await request(server.port, '/index.html')).status, 404);
      assert.equal((await request(server.port, '/')).status, 404);
    } finally {
      await server.close();
    }
  });
});

describe('server', () => {
  test('binds to 127.0.0.1 only', async () => {
    const server = await startLoopbackServer(app);
    try {
      assert.equal(new URL(server.origin).hostname, '127.0.0.1');
      assert.equal(server.origin, `http://127.0.0.1:${server.port}`);
      assert.ok(server.port > 0);
      await assert.rejects(
        () =>
          new Promise((ok, fail) => {
            const req = http.request({ host: '::1', port: server.port, path: '/', agent: false }, ok);
            req.on('error', fail);
            req.end();
          }),
        'not reachable on ::1',
      );
    } finally {
      await server.close();
    }
  });

  test('frame wrapper answers 200 with an iframe without allow attribute', async () => {
    const server = await startLoopbackServer();
    try {
      const src = 'http://insecure.test:1234/app/?a=1&b="2"';
      const r = await request(server.port, `/__permission-harness/frame?src=${encodeURIComponent(src)}`);
      assert.equal(r.status, 200);
      assert.match(String(r.headers['content-type']), /^text\/html/);
      const iframe = /<iframe[^>]*>/i.exec(r.body)?.[0];
      assert.ok(iframe, 'has an iframe');
      assert.ok(!/\sallow\s*=/i.test(iframe), `iframe has an allow attribute: ${iframe}`);
      assert.ok(iframe.includes('src="http://insecure.test:1234/app/?a=1&amp;b=&quot;2&quot;"'), iframe);
    } finally {
      await server.close();
    }
  });

  test('forward proxy injects scripts into HTML it passes, and leaves other bodies alone', async () => {
    const upstream = await startLoopbackServer(app);
    const proxy = await startLoopbackServer();
    try {
      proxy.setInjectedScripts(['window.__probe = 1;', 'window.__second = "</script>";']);
      const host = `127.0.0.1:${upstream.port}`;
      const r = await request(proxy.port, `http://${host}/index.html`, { host });
      assert.equal(r.status, 200);
      assert.ok(r.body.startsWith('<!doctype html><html><head><script>window.__probe = 1;</script>'), r.body);
      assert.ok(r.body.includes('<script>window.__second = "<\\/script>";</script>'), r.body);
      assert.ok(r.body.includes('APP-INDEX'));
      assert.equal(Number(r.headers['content-length']), Buffer.byteLength(r.body));
      const js = await request(proxy.port, `http://${host}/asset.js`, { host });
      assert.equal(js.status, 200);
      assert.equal(js.body, 'x');
      const missing = await request(proxy.port, `http://${host}/missing.html`, { host });
      assert.equal(missing.status, 404);
    } finally {
      await proxy.close();
      await upstream.close();
    }
  });

  test('forward proxy injects into a chunked HTML upstream without conflicting framing headers', async () => {
    const upstream = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }); // no length: chunked
      res.write('<html><head>');
      res.end('<title>t</title></head>CHUNKED</html>');
    });
    await new Promise<void>((ok) => upstream.listen(0, '127.0.0.1', ok));
    const port = (upstream.address() as { port: number }).port;
    const proxy = await startLoopbackServer();
    try {
      proxy.setInjectedScripts(['window.__probe = 1;']);
      const host = `127.0.0.1:${port}`;
      const r = await request(proxy.port, `http://${host}/`, { host });
      assert.equal(r.status, 200);
      assert.equal(r.body, '<html><head><script>window.__probe = 1;</script><title>t</title></head>CHUNKED</html>');
      assert.equal(r.headers['transfer-encoding'], undefined);
      assert.equal(Number(r.headers['content-length']), Buffer.byteLength(r.body));
    } finally {
      await proxy.close();
      upstream.closeAllConnections();
      await new Promise((ok) => upstream.close(ok));
    }
  });
});
