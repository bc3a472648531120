import {
  brin,
  inquiryReceived,
  NO_FLAGS,
  schoolEnrolled,
  schoolProfileUpdated,
  schoolRegistered,
  schoolWithdrew,
  uuid,
  stateOf,
} from '../domain/events.fixtures';
import {
  applyEvent,
  countIgnored,
  emptyState,
  type MonitoringState,
  recordOf,
} from '../domain/monitoring-state';
import type { ProjectedEvent } from '../domain/projected-event';
import { StateSnapshot } from './state-snapshot';

const trajectory = (n: number) =>
  ({ brin: brin(n), activity: 'groeikracht', sector: 'PO', schoolYear: '2024-2025' }) as const;

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
    schoolRegistered({ brin: brin(n) }),
    schoolEnrolled(trajectory(n)),
  ]).flat();
  // Changes records at both ends of the tables, and creates new ones, while the snapshot is written.
  const meanwhile = [
    schoolWithdrew(trajectory(39)),
    schoolProfileUpdated({ brin: brin(0), equalAccess: { ...NO_FLAGS, weakPerforming: true } }),
    schoolRegistered({ brin: brin(500) }),
    schoolEnrolled(trajectory(500)),
    inquiryReceived({ inquiryId: uuid(7), brin: brin(3) }),
    schoolWithdrew(trajectory(1)),
    schoolProfileUpdated({ brin: brin(38), sector: 'VO' }),
  ];

  it('is the state as it was when taken, though records change and appear while it is written', async () => {
    const state = stateOf(before);
    countIgnored(state, 'FutureThing', 1);
    const asTaken = structuredClone(state);
    const snapshot = new StateSnapshot(state);

    const [json] = await Promise.all([snapshot.toJson(3), projectMeanwhile(state, snapshot, meanwhile)]);
    countIgnored(state, 'FutureThing', 1);

    expect(JSON.parse(json)).toEqual(asTaken);
    expect(state).not.toEqual(asTaken);
  });

  it('would hold changes made after it was taken without being told of them', async () => {
    const state = stateOf(before);
    const asTaken = structuredClone(state);
    const snapshot = new StateSnapshot(state);

    const [json] = await Promise.all([snapshot.toJson(3), projectMeanwhile(state, undefined, meanwhile)]);

    expect(JSON.parse(json)).not.toEqual(asTaken);
  });

  it('of an empty state is an empty state', async () => {
    expect(JSON.parse(await new StateSnapshot(emptyState()).toJson())).toEqual(emptyState());
  });
});
