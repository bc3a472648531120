import { Writable } from 'node:stream';

/** Collects JSON log lines in memory so that a test can assert what was logged. */
export interface CapturedLogs {
  stream: Writable;
  lines(): Record<string, unknown>[];
}

export function captureLogs(): CapturedLogs {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      callback();
    },
  });
  return { stream, lines: () => [...lines] };
}
