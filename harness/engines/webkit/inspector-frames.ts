// The wire format of WebKitGTK's remote-inspector connection (the TCP link between WebKitWebDriver
// and the browser's WEBKIT_INSPECTOR_SERVER), as far as the permission relay needs it. Pure: no
// sockets here, so the framing is unit-tested without a browser.
//
// A frame is a 4-byte big-endian body length, one flags byte, then the body: a NUL-terminated
// message name followed by the parameters as a serialized GVariant (WebKit's
// Source/WTF/wtf/glib/SocketConnection.cpp; names and GVariant types from WebKit's
// Source/WebDriver/glib/SessionHostGlib.cpp and Source/JavaScriptCore/inspector/remote/glib/).
// Measured on WebKitGTK 2.50.6: the flags byte is 1 on every frame, the GVariant little-endian.
// The messages read here:
//   Setup (tt)                    driver → browser: connection id, automation target id
//   SendMessageToBackend (tts)    driver → browser: connection id, target id, protocol JSON
//   SendMessageToFrontend (tts)   browser → driver: connection id, target id, protocol JSON
// A GVariant tuple of two uint64 and a trailing string is the two 8-byte little-endian integers
// then the string with its NUL (a tuple's last member needs no framing offset).

export const HEADER_BYTES = 5;
const FLAGS = 1;

export interface Frame {
  name: string;
  params: Buffer;
  /** The frame's bytes as read, forwarded unchanged. */
  raw: Buffer;
}

export interface TargetIds {
  connection: bigint;
  target: bigint;
}

export function encodeFrame(name: string, params: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  const nameBytes = Buffer.from(`${name}\0`, 'utf8');
  header.writeUInt32BE(nameBytes.length + params.length, 0);
  header[4] = FLAGS;
  return Buffer.concat([header, nameBytes, params]);
}

/** Splits a byte stream into frames; a frame split across reads waits for its remaining bytes. */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): Frame[] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const frames: Frame[] = [];
    while (this.pending.length >= HEADER_BYTES) {
      const size = this.pending.readUInt32BE(0);
      if (this.pending.length < HEADER_BYTES + size) break;
      const raw = this.pending.subarray(0, HEADER_BYTES + size);
      this.pending = this.pending.subarray(HEADER_BYTES + size);
      const body = raw.subarray(HEADER_BYTES);
      const nul = body.indexOf(0);
      const end = nul < 0 ? body.length : nul;
      frames.push({ name: body.subarray(0, end).toString('utf8'), params: body.subarray(Math.min(end + 1, body.length)), raw });
    }
    return frames;
  }
}

/** The ids of a Setup (tt) frame, or the first two members of a (tts) message. */
export function readTargetIds(params: Buffer): TargetIds | undefined {
  if (params.length < 16) return undefined;
  return { connection: params.readBigUInt64LE(0), target: params.readBigUInt64LE(8) };
}

/** The parameters of a SendMessageToBackend / SendMessageToFrontend frame: (tts). */
export function encodeTargetMessage(ids: TargetIds, json: string): Buffer {
  const head = Buffer.alloc(16);
  head.writeBigUInt64LE(ids.connection, 0);
  head.writeBigUInt64LE(ids.target, 8);
  return Buffer.concat([head, Buffer.from(`${json}\0`, 'utf8')]);
}

export function readTargetMessage(params: Buffer): { ids: TargetIds; json: string } | undefined {
  const ids = readTargetIds(params);
  if (!ids) return undefined;
  const text = params.subarray(16);
  const nul = text.indexOf(0);
  return { ids, json: text.subarray(0, nul < 0 ? text.length : nul).toString('utf8') };
}
