// Starts what a run needs on loopback: the target's served folder (if any) and the harness's frame
// host, then checks the app answers. An unreachable app is one clear error, not a failed cell per cell.
import http from 'node:http';
import https from 'node:https';
import type { LoadedTarget } from '../app-profile/load-profile.ts';
import { withQuery } from '../app-profile/placement-urls.ts';
import type { Stage } from '../contract/session.ts';
import { startLoopbackServer, type LoopbackServer } from '../server/loopback-server.ts';
import type { InterceptingProxy } from '../server/intercepting-proxy.ts';
import { EnvironmentError } from '../util/errors.ts';

export interface OpenStage extends Stage {
  close(): Promise<void>;
}

export function resolveAppUrl(target: LoadedTarget, servedOrigin: string | undefined, query: Record<string, string>, overrideUrl?: string): string {
  const raw = overrideUrl ?? target.profile.url;
  const base = servedOrigin ? servedOrigin.replace('127.0.0.1', 'localhost') : undefined;
  const absolute = /^https?:\/\//.test(raw) ? raw : base ? new URL(raw, base + '/').toString() : raw;
  if (!/^https?:\/\//.test(absolute)) throw new EnvironmentError(`target URL "${raw}" is not absolute and the profile serves no folder`);
  return withQuery(absolute, query);
}

export function checkReachable(url: string, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const lib = url.startsWith('https:') ? https : http;
    // Whether the app answers, not whether its certificate is trusted (a staging app on a self-signed one).
    const req = lib.get(url, { timeout: timeoutMs, rejectUnauthorized: false }, (res) => {
      res.resume();
      if ((res.statusCode ?? 500) >= 400) reject(new EnvironmentError(`target app ${url} answered HTTP ${res.statusCode}`));
      else resolve();
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (e) => reject(new EnvironmentError(`target app ${url} is unreachable: ${e.message}`)));
  });
}

export async function openStage(target: LoadedTarget, query: Record<string, string> = {}, overrideUrl?: string): Promise<OpenStage> {
  const servers: LoopbackServer[] = [];
  try {
    const app = target.serveDir ? await startLoopbackServer(target.serveDir) : undefined;
    if (app) servers.push(app);
    const frameHost = await startLoopbackServer();
    servers.push(frameHost);
    const appUrl = resolveAppUrl(target, app?.origin, query, overrideUrl);
    await checkReachable(appUrl);
    let scripts: string[] = [];
    let intercepting: Promise<InterceptingProxy> | undefined;
    return {
      appUrl,
      // Same site as a localhost app but another origin (port): the framed app is cross-origin.
      frameHostOrigin: frameHost.origin.replace('127.0.0.1', 'localhost'),
      injectScripts: (next) => {
        scripts = next;
        frameHost.setInjectedScripts(next);
        void intercepting?.then((p) => p.setInjectedScripts(next), () => {});
      },
      interceptHttps: async () => {
        // Loaded only here: mockttp is large, and most runs never need it.
        intercepting ??= import('../server/intercepting-proxy.ts').then((m) => m.startInterceptingProxy()).then((p) => {
          p.setInjectedScripts(scripts);
          return p;
        });
        return (await intercepting).origin;
      },
      close: async () => {
        await Promise.all([...servers.map((s) => s.close()), intercepting?.then((p) => p.close(), () => {})]);
      },
    };
  } catch (e) {
    await Promise.all(servers.map((s) => s.close()));
    throw e;
  }
}
