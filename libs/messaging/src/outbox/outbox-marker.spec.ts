import { isPending, markerOf, OrphanMarkers } from './outbox-marker';

describe('OrphanMarkers', () => {
  it('answers a marker as due only once it has been seen without its commit for the whole grace period', () => {
    const orphans = new OrphanMarkers(1_000);

    const first = orphans.seen(['a#1'], 10_000);
    const early = orphans.seen(['a#1'], 10_999);
    const due = orphans.seen(['a#1'], 11_000);

    expect([first, early, due]).toEqual([[], [], ['a#1']]);
  });

  it('counts the grace from when this process first saw the marker, not from the time the writer wrote in it', () => {
    const orphans = new OrphanMarkers(1_000);

    // A marker written long ago by the writer's clock is still new to a relay that has just found it.
    expect(orphans.seen(['a#1'], 50_000)).toEqual([]);
    expect(orphans.seen(['a#1'], 50_500)).toEqual([]);
  });

  it('starts the grace again for a marker whose commit turned up in between', () => {
    const orphans = new OrphanMarkers(1_000);
    orphans.seen(['a#1', 'b#1'], 0);

    orphans.forget(['a#1']);

    expect(orphans.seen(['a#1', 'b#1'], 1_000)).toEqual(['b#1']);
    expect(orphans.size).toBe(2);
  });
});

describe('isPending', () => {
  const commit = { _id: 's#1', stream: 's', version: 1, committedAt: new Date(0) };

  it('is pending while the commit has a marker, and not once the marker is gone', () => {
    expect(isPending(commit, new Set(['s#1']))).toBe(true);
    expect(isPending(commit, new Set())).toBe(false);
  });

  it('is pending for a commit written before markers until the relay marked it published', () => {
    expect(isPending({ ...commit, published: false }, new Set())).toBe(true);
    expect(isPending({ ...commit, published: true }, new Set())).toBe(false);
  });

  it('builds the marker from the commit: its id, stream, version and commit time, nothing else', () => {
    const stored = { ...commit, published: false, state: { n: 1 } };

    expect(markerOf(stored)).toEqual(commit);
  });
});
