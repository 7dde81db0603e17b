import { firefox } from 'playwright-core';
import http from 'node:http';
import net from 'node:net';
const srv = http.createServer((q, r) => { r.setHeader('content-type','text/html'); r.end('<p>x</p>'); }).listen(0);
const port = srv.address().port;
const origin = `http://localhost:${port}`;
const MPORT = 28000 + Math.floor(Math.random() * 1000);
const b = await firefox.launch({ channel: 'moz-firefox', executablePath: '/usr/bin/firefox-esr', args: ['--marionette', '-remote-allow-system-access'], firefoxUserPrefs: { 'marionette.port': MPORT, 'media.navigator.streams.fake': true, 'permissions.default.microphone': 2, 'permissions.default.camera': 2 } });
const ctx = await b.newContext(); const p = await ctx.newPage();
await p.goto(origin + '/');
const gum = () => Promise.race([p.evaluate(() => navigator.mediaDevices.getUserMedia({ audio: true, video: true }).then((s) => { window.s = s; return 'ok ' + s.getTracks().map((t) => t.kind + ':' + t.readyState).join(','); }, (e) => e.name + ': ' + e.message)), new Promise((r) => setTimeout(() => r('pending 5s'), 5000))]);
console.log('denied phase:', await gum());
// Marionette client
function marionette(port) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    let buf = ''; let id = 0; const waiting = new Map(); let hello;
    const helloP = new Promise((r) => (hello = r));
    sock.setEncoding('utf8');
    sock.on('data', (d) => {
      buf += d;
      for (;;) {
        const c = buf.indexOf(':'); if (c < 0) break;
        const n = Number(buf.slice(0, c)); if (buf.length < c + 1 + n) break;
        const msg = JSON.parse(buf.slice(c + 1, c + 1 + n)); buf = buf.slice(c + 1 + n);
        if (!Array.isArray(msg)) { hello(msg); continue; }
        const w = waiting.get(msg[1]); waiting.delete(msg[1]); w && (msg[2] ? w.reject(new Error(JSON.stringify(msg[2]))) : w.resolve(msg[3]));
      }
    });
    sock.on('error', reject);
    sock.on('connect', async () => {
      console.log('hello', await helloP);
      resolve({ send(cmd, params) { const m = JSON.stringify([0, ++id, cmd, params]); return new Promise((res, rej) => { waiting.set(id, { resolve: res, reject: rej }); sock.write(`${Buffer.byteLength(m)}:${m}`); }); }, close: () => sock.end() });
    });
  });
}
let m;
for (let i = 0; i < 20 && !m; i++) { try { m = await marionette(MPORT); } catch { await new Promise((r) => setTimeout(r, 250)); } }
try { console.log('session', JSON.stringify(await m.send('WebDriver:NewSession', { capabilities: {} })).slice(0, 120)); } catch (e) { console.log('newsession failed', e.message); }
await m.send('Marionette:SetContext', { value: 'chrome' });
const handles = await m.send('WebDriver:GetWindowHandles', {});
console.log('chrome windows', JSON.stringify(handles));
await m.send('WebDriver:SwitchToWindow', { handle: (handles.value ?? handles).at(-1) });
const res = await m.send('WebDriver:ExecuteScript', { script: `
  const principal = Services.scriptSecurityManager.createContentPrincipalFromOrigin(arguments[0]);
  Services.perms.addFromPrincipal(principal, 'microphone', Services.perms.ALLOW_ACTION);
  Services.perms.addFromPrincipal(principal, 'camera', Services.perms.ALLOW_ACTION);
  return [Services.perms.testPermissionFromPrincipal(principal, 'microphone'), Services.perms.testPermissionFromPrincipal(principal, 'camera')];`, args: [origin] });
console.log('perms after allow', JSON.stringify(res));
console.log('after allow, same doc:', await gum());
await p.reload();
console.log('after allow + reload:', await gum());
await p.evaluate(() => { window.ev = []; window.s && window.s.getTracks().forEach((t) => { t.addEventListener('ended', () => window.ev.push('listener ' + t.kind + ' trusted')); }); });
// revoke while recording: the site permission set to block
const r2 = await m.send('WebDriver:ExecuteScript', { script: `
  const principal = Services.scriptSecurityManager.createContentPrincipalFromOrigin(arguments[0]);
  Services.perms.addFromPrincipal(principal, 'microphone', Services.perms.DENY_ACTION);
  Services.perms.addFromPrincipal(principal, 'camera', Services.perms.DENY_ACTION);
  return 'blocked';`, args: [origin] });
await p.waitForTimeout(2000);
console.log('after block perm:', r2, await p.evaluate(() => ({ ev: window.ev, st: window.s ? window.s.getTracks().map((t) => t.readyState) : null })));
console.log(b.version());
m.close(); await b.close(); srv.close();
