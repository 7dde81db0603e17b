// The inspector wire format and the relay, without a browser: a fake browser end on a loopback
// socket answers the relay's commands the way WebKitGTK 2.50.6 did when measured.
import assert from 'node:assert/strict';
import net from 'node:net';
import { test } from 'node:test';
import { encodeFrame, encodeTargetMessage, FrameReader, HEADER_BYTES, readTargetIds, readTargetMessage } from './inspector-frames.ts';
import { startPermissionRelay } from './permission-relay.ts';

test('a frame is a big-endian length, flags byte 1, the NUL-terminated name and the parameters', () => {
  const f = encodeFrame('Setup', Buffer.from([1, 2, 3]));
  assert.equal(f.readUInt32BE(0), 'Setup\0'.length + 3);
  assert.equal(f[4], 1);
  assert.equal(f.subarray(HEADER_BYTES).toString('latin1'), 'Setup\0\x01\x02\x03');
});

test('the reader splits a stream into frames, across reads and several per read', () => {
  const a = encodeFrame('StartAutomationSession', Buffer.from('abc\0'));
  const b = encodeFrame('DidClose', Buffer.alloc(0));
  const stream = Buffer.concat([a, b]);
  const r = new FrameReader();
  assert.deepEqual(r.push(stream.subarray(0, 3)), []);
  assert.deepEqual(r.push(stream.subarray(3, a.length - 1)), []);
  const frames = [...r.push(stream.subarray(a.length - 1, a.length + 2)), ...r.push(stream.subarray(a.length + 2))];
  assert.deepEqual(frames.map((f) => f.name), ['StartAutomationSession', 'DidClose']);
  assert.deepEqual(frames[0]!.params, Buffer.from('abc\0'));
  assert.deepEqual(frames[0]!.raw, a);
  assert.equal(frames[1]!.params.length, 0);
});

test('(tt) and (tts) parameters: two little-endian uint64 then the JSON with its NUL', () => {
  // Bytes of a Setup frame as WebKitWebDriver sent it (measured): connection 1, target 2.
  const setup = Buffer.from('01000000000000000200000000000000', 'hex');
  assert.deepEqual(readTargetIds(setup), { connection: 1n, target: 2n });
  const params = encodeTargetMessage({ connection: 1n, target: 2n }, '{"id":1}');
  assert.equal(params.toString('hex'), `${'01000000000000000200000000000000'}${Buffer.from('{"id":1}\0').toString('hex')}`);
  assert.deepEqual(readTargetMessage(params), { ids: { connection: 1n, target: 2n }, json: '{"id":1}' });
  assert.equal(readTargetIds(Buffer.alloc(8)), undefined);
});

test('the relay forwards both ways unchanged, sends setSessionPermissions on the set-up target and hides its replies', async () => {
  const toBrowser: string[] = [];
  const fakeBrowser = net.createServer((s) => {
    const r = new FrameReader();
    s.on('data', (chunk: Buffer) => {
      for (const f of r.push(chunk)) {
        if (f.name !== 'SendMessageToBackend') continue;
        const m = readTargetMessage(f.params)!;
        toBrowser.push(m.json);
        const { id, method, params } = JSON.parse(m.json) as { id: number; method: string; params?: { permissions: Array<{ value: boolean }> } };
        const result = method === 'Automation.getSessionPermissions' ? { permissions: [{ permission: 'GetUserMedia', value: granted }] } : {};
        if (method === 'Automation.setSessionPermissions') granted = params!.permissions[0]!.value;
        s.write(encodeFrame('SendMessageToFrontend', encodeTargetMessage(m.ids, JSON.stringify({ result, id }))));
      }
    });
  });
  let granted = true;
  await new Promise<void>((r) => fakeBrowser.listen(0, '127.0.0.1', r));
  const relay = await startPermissionRelay((fakeBrowser.address() as net.AddressInfo).port);
  const driver = net.connect(relay.port, '127.0.0.1');
  const seenByDriver: string[] = [];
  const dr = new FrameReader();
  driver.on('data', (c: Buffer) => dr.push(c).forEach((f) => seenByDriver.push(readTargetMessage(f.params)!.json)));
  try {
    await new Promise((r) => driver.once('connect', r));
    driver.write(encodeFrame('Setup', Buffer.from('07000000000000000900000000000000', 'hex')));
    driver.write(encodeFrame('SendMessageToBackend', encodeTargetMessage({ connection: 7n, target: 9n }, '{"id":1,"method":"Automation.createBrowsingContext"}')));
    await relay.setGetUserMedia(false);
    assert.equal(granted, false);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(seenByDriver, ['{"result":{},"id":1}'], 'the driver sees only the answer to its own command');
    assert.equal(toBrowser[0], '{"id":1,"method":"Automation.createBrowsingContext"}');
    assert.match(toBrowser[1]!, /"method":"Automation.setSessionPermissions","params":\{"permissions":\[\{"permission":"GetUserMedia","value":false\}\]\}/);
    await relay.setGetUserMedia(true);
    assert.equal(granted, true);
  } finally {
    driver.destroy();
    relay.close();
    fakeBrowser.close();
  }
});
