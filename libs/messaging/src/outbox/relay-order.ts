import type { Commit } from './commit';

/**
 * Orders pending commits for publishing: by commit time, except that the commits of one stream always go
 * out in version order (clocks of different writers may disagree; versions cannot). Taking any prefix of
 * the result therefore never publishes a stream's later event before an earlier one.
 */
export function publishingOrder<C extends Pick<Commit, 'stream' | 'version' | 'committedAt'>>(
  pending: readonly C[],
): C[] {
  const byTime = [...pending].sort(
    (a, b) =>
      a.committedAt.getTime() - b.committedAt.getTime() ||
      a.stream.localeCompare(b.stream) ||
      a.version - b.version,
  );
  const versionsOfStream = new Map<string, C[]>();
  for (const commit of byTime) {
    versionsOfStream.set(commit.stream, [...(versionsOfStream.get(commit.stream) ?? []), commit]);
  }
  for (const commits of versionsOfStream.values()) commits.sort((a, b) => a.version - b.version);
  // Each stream keeps the positions its commits had in time order, filled with its commits in version order.
  const next = new Map<string, number>();
  return byTime.map((slot) => {
    const index = next.get(slot.stream) ?? 0;
    next.set(slot.stream, index + 1);
    return (versionsOfStream.get(slot.stream) as C[])[index] as C;
  });
}
