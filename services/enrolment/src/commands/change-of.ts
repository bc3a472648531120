import type { Change } from '@okr/messaging';

/**
 * The store's change for a command by `actor`. With a causation key (a row of a bulk import: `import:<row id>`)
 * the change is committed once: a second attempt finds the key taken (docs/adr/0014).
 */
export function changeOf(command: string, actor: string, causationKey?: string): Change {
  return { command, actor, ...(causationKey !== undefined ? { causationKey } : {}) };
}
