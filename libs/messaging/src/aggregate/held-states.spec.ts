import type { AggregateType } from './aggregates';
import { HeldStates } from './held-states';
import type { StoredCommit } from './stored';

interface Club {
  clubId: string;
  city: string;
  secretary?: string;
}

const CLUB: AggregateType = { name: 'club', stream: 'club', listedBy: ['city'], kept: true };

function commit(clubId: string, version: number, state: Partial<Club>, at: number): StoredCommit<Club> {
  return {
    _id: `club:${clubId}#${version}`,
    stream: `club:${clubId}`,
    aggregateType: 'club',
    version,
    state: { clubId, city: 'Zwolle', ...state },
    committedAt: new Date(at),
  };
}

const streamsOf = (states: readonly { stream: string }[]): string[] => states.map(({ stream }) => stream);

describe('HeldStates', () => {
  it('lists the latest state of every stream, the oldest change first', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('b', 1, {}, 2_000));
    held.apply(commit('a', 1, {}, 1_000));
    held.apply(commit('a', 2, { city: 'Deventer' }, 3_000));

    expect(held.list<Club>('club').map(({ stream, version }) => [stream, version])).toEqual([
      ['club:b', 1],
      ['club:a', 2],
    ]);
  });

  it('never lets an older version replace a newer one, whatever the order they arrive in', () => {
    const held = new HeldStates([CLUB]);

    expect(held.apply(commit('a', 2, { city: 'Deventer' }, 2_000))).toBe(true);
    expect(held.apply(commit('a', 1, { city: 'Zwolle' }, 1_000))).toBe(false);
    expect(held.apply(commit('a', 2, { city: 'Kampen' }, 2_000))).toBe(false);

    expect(held.list<Club>('club').map(({ state }) => state.city)).toEqual(['Deventer']);
  });

  it('applies the same commit twice as once', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 1, {}, 1_000));
    const generation = held.generation('club');

    held.apply(commit('a', 1, {}, 1_000));

    expect(held.generation('club')).toBe(generation);
    expect(held.size('club')).toBe(1);
  });

  it('narrows by a listed field from its index, and moves a stream when that field is replaced', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 1, { city: 'Zwolle' }, 1_000));
    held.apply(commit('b', 1, { city: 'Zwolle' }, 2_000));
    held.apply(commit('c', 1, { city: 'Kampen' }, 3_000));

    held.apply(commit('a', 2, { city: 'Kampen' }, 4_000));

    expect(streamsOf(held.list('club', { city: 'Zwolle' }))).toEqual(['club:b']);
    expect(streamsOf(held.list('club', { city: 'Kampen' }))).toEqual(['club:c', 'club:a']);
    expect(held.list('club', { city: 'Urk' })).toEqual([]);
  });

  it('holds a state rewritten in place (erasure) at the same version only when told it was rewritten', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 1, { secretary: 'Jan Jansen' }, 1_000));

    expect(held.apply(commit('a', 1, {}, 1_000))).toBe(false);
    expect(held.apply(commit('a', 1, {}, 1_000), 'rewritten')).toBe(true);

    expect(held.list<Club>('club')[0]?.state).toEqual({ clubId: 'a', city: 'Zwolle' });
  });

  it('does not let a rewrite of an older version replace a newer one', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 2, { city: 'Deventer' }, 2_000));

    expect(held.apply(commit('a', 1, {}, 1_000), 'rewritten')).toBe(false);
    expect(held.list<Club>('club')[0]?.state.city).toBe('Deventer');
  });

  it('derives a view once per change of the type', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 1, {}, 1_000));
    const derive = jest.fn((states: readonly { stream: string }[]) => streamsOf(states));

    held.view('club', 'streams', derive);
    const again = held.view('club', 'streams', derive);
    held.apply(commit('b', 1, {}, 2_000));
    const afterChange = held.view('club', 'streams', derive);

    expect(again).toEqual(['club:a']);
    expect(afterChange).toEqual(['club:a', 'club:b']);
    expect(derive).toHaveBeenCalledTimes(2);
  });

  it('builds a view on another view of the same states, deriving each once', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 1, { city: 'Zwolle' }, 1_000));
    held.apply(commit('b', 1, { city: 'Kampen' }, 2_000));
    const all = jest.fn((states: readonly { stream: string }[]) => streamsOf(states));

    const first = held.view('club', 'streams?b', (_states, viewOf) =>
      viewOf('streams', all).filter((stream) => stream.endsWith('b')),
    );
    held.view('club', 'streams?a', (_states, viewOf) =>
      viewOf('streams', all).filter((stream) => stream.endsWith('a')),
    );

    expect(first).toEqual(['club:b']);
    expect(all).toHaveBeenCalledTimes(1);
  });

  it('forgets the least recently used view first when it holds too many', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 1, {}, 1_000));
    const used = jest.fn(() => 'used');
    const once = jest.fn(() => 'once');
    held.view('club', 'used', used);
    held.view('club', 'once', once);

    for (let search = 0; search < 1_000; search += 1) {
      held.view('club', 'used', used);
      held.view('club', `search ${search}`, () => search);
    }
    held.view('club', 'once', once);

    expect(used).toHaveBeenCalledTimes(1);
    expect(once).toHaveBeenCalledTimes(2);
  });

  it('gives each caller a list of its own, so sorting it cannot reorder what others see', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 1, {}, 1_000));
    held.apply(commit('b', 1, {}, 2_000));

    held.list('club').reverse();

    expect(streamsOf(held.list('club'))).toEqual(['club:a', 'club:b']);
  });

  it('lists a commit whose moment is unknown first, with an invalid changedAt', () => {
    const held = new HeldStates([CLUB]);
    held.apply(commit('a', 1, {}, 1_000));
    held.apply({ ...commit('b', 1, {}, 0), committedAt: new Date(Number.NaN) });

    const [first] = held.list('club');

    expect(first?.stream).toBe('club:b');
    expect(Number.isNaN(first?.changedAt.getTime())).toBe(true);
  });

  it('ignores commits of types it does not hold and refuses to list them', () => {
    const held = new HeldStates([CLUB]);

    expect(held.apply({ ...commit('a', 1, {}, 1_000), aggregateType: 'member' })).toBe(false);
    expect(() => held.list('member')).toThrow('not kept');
  });
});
