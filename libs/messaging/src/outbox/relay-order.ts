import type { Commit } from './commit';

/**
 * Orders pending commits for publishing: by commit time, except that the commits of one stream always go
 * out in version order. CommitStore already makes a stream's commit times increase with its versions; this
 * is the second line of defence for commits written before that, or by hand.
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
    const versions = versionsOfStream.get(commit.stream);
    if (versions) versions.push(commit);
    else versionsOfStream.set(commit.stream, [commit]);
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
