import type { Activity } from '@okr/contracts';
import { createHash } from 'node:crypto';

/**
 * Where each aggregate lives in the commit store. Every stream is found by its name alone, so that every
 * read is a lookup by `_id` (docs/adr/0005).
 */
export const streams = {
  school: (brin: string): string => `school:${brin}`,
  inquiry: (inquiryId: string): string => `inquiry:${inquiryId}`,
  /** The intakes of one school for one activity: the latest one counts. */
  intake: (brin: string, activity: Activity): string => `intake:${brin}:${activity}`,
  round: (roundId: string): string => `round:${roundId}`,
  application: (applicationId: string): string => `application:${applicationId}`,
  participation: (participationId: string): string => `participation:${participationId}`,
  catalogue: (): string => 'catalogue',
} as const;

export const AGGREGATE_TYPES = {
  school: 'school',
  inquiry: 'inquiry',
  intake: 'intake',
  round: 'subsidy-round',
  application: 'subsidy-application',
  participation: 'participation',
  catalogue: 'activity-catalogue',
} as const;

// A fixed namespace for the name-based ids below (RFC 9562 §5.5).
const NAMESPACE = Buffer.from('6f6b7200e7a54c1f9a3b0c4e5d6a7b8c', 'hex');

/** A UUID (version 5) derived from its parts: the same parts always give the same id. */
export function nameBasedId(...parts: readonly (string | number)[]): string {
  const hash = createHash('sha1').update(NAMESPACE).update(parts.join('\u0000')).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a school's n-th application for an activity in a round (n counts from 0). The first commit of
 * its stream claims that place: two help-desk staff filing the same application at once cannot both commit
 * version 1 of the same stream, which makes "one live application per school, activity and round" hold
 * without a query. After a rejection or withdrawal the next application takes place n + 1.
 */
export function applicationIdFor(brin: string, activity: Activity, roundId: string, n: number): string {
  return nameBasedId('application', brin, activity, roundId, n);
}

/** The participation a granted application enrols the school in. */
export function participationIdFor(applicationId: string): string {
  return nameBasedId('participation', applicationId);
}
