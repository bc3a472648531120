import {
  InquiryReceivedV1,
  SchoolEnrolledV1,
  SchoolProfileUpdatedV1,
  SchoolRegisteredV1,
  SchoolWithdrewV1,
} from '@okr/contracts';
import { brinOf, NO_EQUAL_ACCESS_FLAGS, uuidOf } from '@okr/contracts/testing';
import { anEvent, stateOf } from '../../test/support/projected-events';
import {
  applyChanges,
  applyEvent,
  changesOf,
  countIgnored,
  emptyState,
  type MonitoringState,
  type RecordRef,
  recordOf,
  type StateChanges,
} from '../domain/monitoring-state';
import type { ProjectedEvent } from '../domain/projected-event';
import { StateSnapshot } from './state-snapshot';

const trajectory = (n: number) =>
  ({ brin: brinOf(n), activity: 'groeikracht', sector: 'PO', schoolYear: '2024-2025' }) as const;

// What the projector does while a snapshot is written: one event per turn of the event loop.
async function projectMeanwhile(
  state: MonitoringState,
  snapshot: StateSnapshot | undefined,
  events: readonly ProjectedEvent[],
): Promise<void> {
  for (const event of events) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const record = recordOf(event);
    if (record) snapshot?.beforeChange(record);
    applyEvent(state, event);
  }
}

describe('a snapshot of the state', () => {
  const before = Array.from({ length: 40 }, (_, n) => [
    anEvent(SchoolRegisteredV1, { brin: brinOf(n) }),
    anEvent(SchoolEnrolledV1, trajectory(n)),
  ]).flat();
  // Changes records at both ends of the tables, and creates new ones, while the snapshot is written.
  const meanwhile = [
    anEvent(SchoolWithdrewV1, trajectory(39)),
    anEvent(SchoolProfileUpdatedV1, {
      brin: brinOf(0),
      equalAccess: { ...NO_EQUAL_ACCESS_FLAGS, weakPerforming: true },
    }),
    anEvent(SchoolRegisteredV1, { brin: brinOf(500) }),
    anEvent(SchoolEnrolledV1, trajectory(500)),
    anEvent(InquiryReceivedV1, { inquiryId: uuidOf(7), brin: brinOf(3) }),
    anEvent(SchoolWithdrewV1, trajectory(1)),
    anEvent(SchoolProfileUpdatedV1, { brin: brinOf(38), sector: 'VO' }),
  ];

  it('is the state as it was when taken, though records change and appear while it is written', async () => {
    const state = stateOf(before);
    countIgnored(state, 'FutureThing', 1);
    const asTaken = structuredClone(state);
    const snapshot = StateSnapshot.ofState(state);

    const [json] = await Promise.all([
      snapshot.toJson({ slice: 3 }),
      projectMeanwhile(state, snapshot, meanwhile),
    ]);
    countIgnored(state, 'FutureThing', 1);

    expect(JSON.parse(json)).toEqual(asTaken);
    expect(state).not.toEqual(asTaken);
  });

  it('would hold changes made after it was taken without being told of them', async () => {
    const state = stateOf(before);
    const asTaken = structuredClone(state);
    const snapshot = StateSnapshot.ofState(state);

    const [json] = await Promise.all([
      snapshot.toJson({ slice: 3 }),
      projectMeanwhile(state, undefined, meanwhile),
    ]);

    expect(JSON.parse(json)).not.toEqual(asTaken);
  });

  it('of no changes holds no records', async () => {
    const snapshot = StateSnapshot.ofChanges(stateOf(before), []);
    expect(JSON.parse(await snapshot.toJson())).toEqual({ records: [], ignored: {} });
  });

  it('of an empty state is an empty state', async () => {
    expect(JSON.parse(await StateSnapshot.ofState(emptyState()).toJson())).toEqual(emptyState());
  });

  it('of changes holds the changed records as they were when taken, though they change while it is written', async () => {
    const older = stateOf(before.slice(0, 20));
    const state = stateOf(before);
    countIgnored(state, 'FutureThing', 1);
    const changed = before
      .slice(20)
      .map((event) => recordOf(event))
      .filter((record): record is RecordRef => record !== undefined);
    const asTaken = JSON.parse(JSON.stringify(changesOf(state, changed))) as StateChanges;
    const snapshot = StateSnapshot.ofChanges(state, changed);

    const [json] = await Promise.all([
      snapshot.toJson({ slice: 3 }),
      projectMeanwhile(state, snapshot, meanwhile),
    ]);
    const changes = JSON.parse(json) as StateChanges;
    applyChanges(older, changes);

    expect(snapshot.records).toBe(new Set(changed.map(({ table, key }) => `${table}|${key}`)).size);
    expect(sortedRecords(changes)).toEqual(sortedRecords(asTaken));
    expect(changes.ignored).toEqual({ 'FutureThing@1': 1 });
    const expected = stateOf(before);
    countIgnored(expected, 'FutureThing', 1);
    expect(older).toEqual(expected);
  });
});

function sortedRecords({ records }: StateChanges): StateChanges['records'] {
  const id = ([table, key]: StateChanges['records'][number]) => `${table}|${key}`;
  return [...records].sort((a, b) => id(a).localeCompare(id(b)));
}
