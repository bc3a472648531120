import { createHash } from 'node:crypto';

/**
 * A UUID (version 5, RFC 9562 §5.5) derived from a namespace UUID and name parts: the same parts always give
 * the same id. For an aggregate found by a natural key (a lab by its code, an institute by its name), so that
 * two writers — or a consumer that runs before the aggregate's own command — meet on one stream.
 */
export function nameBasedId(namespace: string, ...parts: readonly (string | number)[]): string {
  const space = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (space.length !== 16) throw new Error(`namespace ${namespace} is not a UUID`);
  const hash = createHash('sha1').update(space).update(parts.join('\u0000')).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
