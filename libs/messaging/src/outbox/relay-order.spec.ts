import { publishingOrder } from './relay-order';

const at = (second: number) => new Date(Date.UTC(2026, 10, 23, 9, 0, second));
const commit = (stream: string, version: number, second: number) => ({
  stream,
  version,
  committedAt: at(second),
});
const label = (c: { stream: string; version: number }) => `${c.stream}#${c.version}`;

describe('publishing order of pending commits', () => {
  it('publishes in commit time order across streams', () => {
    const pending = [commit('b', 1, 3), commit('a', 1, 1), commit('c', 1, 2)];

    expect(publishingOrder(pending).map(label)).toEqual(['a#1', 'c#1', 'b#1']);
  });

  it('keeps a stream in version order even when a writer’s clock put a later version earlier', () => {
    // Version 2 was written by a process whose clock runs behind the one that wrote version 1.
    const pending = [commit('a', 1, 5), commit('b', 1, 3), commit('a', 2, 1)];

    expect(publishingOrder(pending).map(label)).toEqual(['a#1', 'b#1', 'a#2']);
  });

  it('never puts a later version of a stream in a prefix without the earlier ones', () => {
    const pending = [commit('a', 3, 1), commit('a', 1, 9), commit('b', 1, 2), commit('a', 2, 4)];

    const ordered = publishingOrder(pending).map(label);

    for (let size = 1; size <= ordered.length; size += 1) {
      const versions = ordered
        .slice(0, size)
        .filter((name) => name.startsWith('a#'))
        .map((name) => Number(name.slice(2)));
      expect(versions).toEqual(versions.map((_, index) => index + 1));
    }
  });

  it('returns nothing for nothing pending', () => {
    expect(publishingOrder([])).toEqual([]);
  });
});
