// The merge rules every projection is written with. Each is idempotent and order-insensitive: merging the
// same value twice, or two values in either order, ends in the same field.

/** Whether an event's stamp is later than the one a field holds ("latest wins"); true when none is held. */
export function isLater(stamp: string, current: string | undefined): boolean {
  return current === undefined || stamp > current;
}

/** Whether an event's stamp is earlier than the one a field holds ("first wins"); true when none is held. */
export function isEarlier(stamp: string, current: string | undefined): boolean {
  return current === undefined || stamp < current;
}

/** The earlier of a held day or moment and a new one. */
export function earliest(current: string | undefined, next: string): string {
  return current === undefined || next < current ? next : current;
}

/** The smaller of a held identity and a new one: on a conflict the smallest wins, whatever the order. */
export function smallest<T extends string>(current: T | undefined, next: T): T {
  return current === undefined || next < current ? next : current;
}

/** The sorted union of held values and new ones. */
export function union<T extends string>(current: readonly T[] | undefined, next: readonly T[]): T[] {
  return [...new Set([...(current ?? []), ...next])].sort();
}

/** Replaces a whole record by a later one (by stamp). */
export function replaceIfLater<T extends { stamp: string }>(current: T, next: T): void {
  if (isLater(next.stamp, current.stamp)) Object.assign(current, next);
}

/** Sets an optional field, or removes it when the event does not carry it. */
export function setOrDelete<T extends object, K extends keyof T>(
  record: T,
  field: K,
  value: T[K] | undefined,
): void {
  if (value === undefined) delete record[field];
  else record[field] = value;
}
