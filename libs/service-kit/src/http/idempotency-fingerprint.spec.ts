import { createHash } from 'node:crypto';
import { fingerprintOf } from './idempotency.interceptor';

const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

describe('the fingerprint of a request under an Idempotency-Key', () => {
  it('hashes a parsed body as its JSON, as keys already stored were made', () => {
    expect(fingerprintOf('POST', '/schools', { brin: '12AB' })).toBe(
      sha256('POST /schools\n{"brin":"12AB"}'),
    );
    expect(fingerprintOf('POST', '/schools', undefined)).toBe(sha256('POST /schools\nnull'));
  });

  it('hashes a raw body as its bytes, not as a list of numbers', () => {
    const bytes = Buffer.from('{"kind":"school"}\n{"kind":"inquiry"}\n');

    expect(fingerprintOf('POST', '/imports', bytes)).toBe(
      sha256(Buffer.concat([Buffer.from('POST /imports\n'), bytes])),
    );
    expect(fingerprintOf('POST', '/imports', bytes)).not.toBe(
      fingerprintOf('POST', '/imports', Buffer.from('x')),
    );
  });
});
