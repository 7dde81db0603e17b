// The proxy WebKit cells use for an https:// app: mockttp (its own CA, generated per run and kept in
// memory) terminates the browser's TLS, passes each request on to the app, and puts the harness's
// scripts into every HTML page, as loopback-server.ts does for plain http. The browser is told to
// accept the proxy's certificates (MiniBrowser --ignore-tls-errors); the app's own certificate is not
// checked either (a staging app on a self-signed certificate must still be reachable), which is why
// this proxy is only ever used for a run's own target. Names under `.localhost` go to 127.0.0.1, as the
// browsers resolve them.
import * as mockttp from 'mockttp';
import { injectInto } from './inject-scripts.ts';

export interface InterceptingProxy {
  /** `http://127.0.0.1:<port>`: the address to give the browser as its proxy. */
  origin: string;
  setInjectedScripts(scripts: string[]): void;
  close(): Promise<void>;
}

export async function startInterceptingProxy(): Promise<InterceptingProxy> {
  const ca = await mockttp.generateCACertificate({ subject: { commonName: 'permission-harness intercepting proxy (this run only)' } });
  const server = mockttp.getLocal({ https: { cert: ca.cert, key: ca.key } });
  await server.start();
  let injected: string[] = [];
  await server.forAnyRequest().thenPassThrough({
    ignoreHostHttpsErrors: true,
    beforeRequest: (req) => {
      const u = new URL(req.url);
      if (u.hostname !== 'localhost' && !u.hostname.endsWith('.localhost')) return {};
      // The Host header keeps the cell's own name; the connection goes to loopback.
      u.hostname = '127.0.0.1';
      return { url: u.toString(), headers: { ...req.headers, host: new URL(req.url).host } };
    },
    beforeResponse: async (res) => {
      if (!injected.length || !String(res.headers['content-type'] ?? '').includes('text/html')) return {};
      const body = (await res.body.getText()) ?? '';
      const { 'content-length': _len, 'transfer-encoding': _te, 'content-encoding': _ce, ...headers } = res.headers;
      return { headers, body: injectInto(body, injected) };
    },
  });
  return {
    origin: `http://127.0.0.1:${server.port}`,
    setInjectedScripts: (scripts) => {
      injected = scripts;
    },
    close: () => server.stop(),
  };
}
