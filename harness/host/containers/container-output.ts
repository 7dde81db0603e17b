// What a container printed, kept in memory from its start (a log consumer), so it can be attached to
// cells and quoted on failure even after the container is gone. Bounded: the newest bytes win.
import type { Readable } from 'node:stream';

const DEFAULT_LIMIT_BYTES = 1 << 20;

export class ContainerOutput {
  private chunks: string[] = [];
  private size = 0;

  constructor(private readonly limitBytes = DEFAULT_LIMIT_BYTES) {}

  /** The log consumer to hand to testcontainers' withLogConsumer. */
  readonly consume = (stream: Readable): void => {
    stream.on('data', (chunk: Buffer | string) => this.append(chunk.toString()));
    stream.on('error', () => {});
  };

  append(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    while (this.size > this.limitBytes && this.chunks.length > 1) this.size -= this.chunks.shift()!.length;
    if (this.size > this.limitBytes) {
      const only = this.chunks[0]!.slice(-this.limitBytes);
      this.chunks = [only];
      this.size = only.length;
    }
  }

  text(): string {
    return this.chunks.join('');
  }

  lastLines(count: number): string {
    return this.text().trimEnd().split('\n').slice(-count).join('\n');
  }
}
