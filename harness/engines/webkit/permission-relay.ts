// The relay that makes WebKit's own capture refusal reachable. Under automation WebKit grants or
// denies every capture request from the automation session's flag (WebKit's
// Source/WebKit/UIProcess/UserMediaPermissionRequestManagerProxy.cpp asks
// WebAutomationSession::shouldAllowGetUserMediaForPage(); a denial goes through its real
// PermissionDenied path). Only the Automation protocol command `Automation.setSessionPermissions`
// changes that flag, and WebKitWebDriver never sends it. So WebKitWebDriver is pointed at this relay
// (its --target option) instead of the browser's inspector server; the relay forwards every frame
// unchanged and adds that command on the automation target the driver set up, at any time, which
// makes the refusal switchable between cells. Its own replies are taken off the stream so the driver
// never sees an id it did not send.
import net from 'node:net';
import { encodeFrame, encodeTargetMessage, FrameReader, readTargetIds, readTargetMessage, type TargetIds } from './inspector-frames.ts';

export interface PermissionRelay {
  /** Where WebKitWebDriver connects (its --target=127.0.0.1:<port>). */
  port: number;
  /** Sets the automation session's getUserMedia permission and checks the browser now reports it. */
  setGetUserMedia(allow: boolean): Promise<void>;
  close(): void;
}

interface Pending {
  resolve(result: unknown): void;
  reject(e: Error): void;
}

/** Far above the driver's own command ids, which count up from 1. */
let nextId = 1_000_000_000;

export function startPermissionRelay(upstreamPort: number, upstreamHost = '127.0.0.1'): Promise<PermissionRelay> {
  let ids: TargetIds | undefined;
  let toBrowser: net.Socket | undefined;
  const pending = new Map<number, Pending>();
  const setupWaiters: Array<() => void> = [];
  const sockets = new Set<net.Socket>();

  const failAll = (why: string) => {
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
  };

  const server = net.createServer((driver) => {
    // One automation session per browser: a second client has nothing to relay to.
    if (toBrowser) return void driver.destroy();
    const browser = net.connect(upstreamPort, upstreamHost);
    toBrowser = browser;
    sockets.add(driver).add(browser);
    const fromDriver = new FrameReader();
    const fromBrowser = new FrameReader();
    driver.on('data', (chunk: Buffer) => {
      for (const f of fromDriver.push(chunk)) {
        browser.write(f.raw);
        if (f.name === 'Setup' && !ids) {
          ids = readTargetIds(f.params);
          for (const w of setupWaiters.splice(0)) w();
        }
      }
    });
    browser.on('data', (chunk: Buffer) => {
      for (const f of fromBrowser.push(chunk)) {
        if (pending.size && f.name === 'SendMessageToFrontend') {
          const m = readTargetMessage(f.params);
          const reply = m && parseReply(m.json);
          const waiter = reply && pending.get(reply.id);
          if (reply && waiter) {
            pending.delete(reply.id);
            if (reply.error) waiter.reject(new Error(`WebKit answered ${reply.error}`));
            else waiter.resolve(reply.result);
            continue;
          }
        }
        driver.write(f.raw);
      }
    });
    const end = () => {
      failAll('the inspector connection closed');
      driver.destroy();
      browser.destroy();
    };
    driver.on('close', end).on('error', end);
    browser.on('close', end).on('error', end);
  });

  const command = (method: string, params?: Record<string, unknown>): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (!toBrowser || !ids || toBrowser.destroyed) return reject(new Error('no automation session to send to'));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      toBrowser.write(encodeFrame('SendMessageToBackend', encodeTargetMessage(ids, JSON.stringify({ id, method, ...(params ? { params } : {}) }))));
    });

  const whenSetUp = (ms: number) =>
    ids
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const t = setTimeout(() => reject(new Error(`WebKitWebDriver set up no automation target within ${ms} ms`)), ms);
          setupWaiters.push(() => {
            clearTimeout(t);
            resolve();
          });
        });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        port: (server.address() as net.AddressInfo).port,
        async setGetUserMedia(allow) {
          await whenSetUp(10_000);
          // WebKit's protocol enum value is "GetUserMedia" (measured: "getUserMedia" is refused
          // with "InvalidParameter;The parameter 'permission' has an unknown value.").
          await command('Automation.setSessionPermissions', { permissions: [{ permission: 'GetUserMedia', value: allow }] });
          const now = (await command('Automation.getSessionPermissions')) as { permissions?: Array<{ permission: string; value: boolean }> };
          const value = now.permissions?.find((p) => p.permission === 'GetUserMedia')?.value;
          if (value !== allow) throw new Error(`WebKit still reports getUserMedia permission ${String(value)} after setting ${allow}`);
        },
        close() {
          failAll('relay closed');
          for (const s of sockets) s.destroy();
          server.close();
        },
      });
    });
  });
}

export function parseReply(json: string): { id: number; result?: unknown; error?: string } | undefined {
  try {
    const m = JSON.parse(json) as { id?: unknown; result?: unknown; error?: { message?: string } };
    if (typeof m.id !== 'number') return undefined;
    return { id: m.id, result: m.result, error: m.error ? (m.error.message ?? JSON.stringify(m.error)) : undefined };
  } catch {
    return undefined;
  }
}
