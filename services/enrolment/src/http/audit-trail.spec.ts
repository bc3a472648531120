import { InquiryReceivedV1, SubsidyApplicationSubmittedV1 } from '@okr/contracts';
import { exampleEnvelope } from '@okr/contracts/testing';
import type { Commit } from '@okr/messaging';
import { auditTrailOf, changesBetween } from './audit-trail';

const commit = (version: number, state: unknown, extra: Partial<Commit> = {}): Commit => ({
  _id: `school:12AB#${version}`,
  stream: 'school:12AB',
  aggregateType: 'school',
  version,
  state,
  events: [],
  causationKey: `school:12AB#${version}`,
  committedAt: new Date(Date.UTC(2025, 0, version)),
  published: true,
  ...extra,
});

describe('audit trail', () => {
  it('lists every value of a new record as a change from nothing', () => {
    expect(changesBetween(undefined, { name: 'De Regenboog', profile: { pupilCount: 90 } })).toEqual([
      { path: 'name', new: 'De Regenboog' },
      { path: 'profile.pupilCount', new: 90 },
    ]);
  });

  it('shows old and new values of changed fields only, nested by path', () => {
    const changes = changesBetween(
      { name: 'A', profile: { pupilCount: 90, province: 'Utrecht' }, tags: ['x'] },
      { name: 'A', profile: { pupilCount: 120, province: 'Utrecht' }, tags: ['x', 'y'] },
    );

    expect(changes).toEqual([
      { path: 'profile.pupilCount', old: 90, new: 120 },
      { path: 'tags', old: ['x'], new: ['x', 'y'] },
    ]);
  });

  it('shows a removed field with its old value only', () => {
    expect(changesBetween({ contact: { name: 'Jan' } }, {})).toEqual([{ path: 'contact.name', old: 'Jan' }]);
  });

  it('records who did what and when for each version, against the version before', () => {
    const trail = auditTrailOf([
      commit(1, { pupilCount: 90 }, { actor: 'desk-anna', command: 'register-school' }),
      commit(2, { pupilCount: 120 }, { actor: 'desk-bram', command: 'update-school-profile' }),
    ]);

    expect(trail).toEqual([
      {
        version: 1,
        at: '2025-01-01T00:00:00.000Z',
        recordedOn: '2025-01-01',
        actor: 'desk-anna',
        command: 'register-school',
        events: [],
        changes: [{ path: 'pupilCount', new: 90 }],
      },
      {
        version: 2,
        at: '2025-01-02T00:00:00.000Z',
        recordedOn: '2025-01-02',
        actor: 'desk-bram',
        command: 'update-school-profile',
        events: [],
        changes: [{ path: 'pupilCount', old: 90, new: 120 }],
      },
    ]);
  });

  it('shows the day a fact happened next to the day it was recorded, from the day its event carries', () => {
    const [entry] = auditTrailOf([
      commit(
        1,
        { status: 'submitted' },
        {
          command: 'submit-application',
          committedAt: new Date('2026-11-20T10:00:00Z'),
          events: [
            {
              topic: 'okr.enrolment.v1',
              envelope: exampleEnvelope(SubsidyApplicationSubmittedV1, {
                submittedAt: '2023-03-14T23:30:00.000Z',
                submittedOn: '2023-03-15',
              }),
            },
          ],
        },
      ),
    ]);

    expect(entry).toMatchObject({ recordedOn: '2026-11-20', happenedOn: '2023-03-15' });
  });

  it('reads the day of a moment in Dutch time when an older event carries no day', () => {
    const received = exampleEnvelope(InquiryReceivedV1, { receivedAt: '2023-03-14T23:30:00.000Z' });
    const olderData = { ...received.data };
    delete olderData.receivedOn;
    const [entry] = auditTrailOf([
      commit(
        1,
        {},
        {
          command: 'receive-inquiry',
          events: [
            {
              topic: 'okr.enrolment.v1',
              envelope: { ...received, data: olderData },
            },
          ],
        },
      ),
    ]);

    expect(entry?.happenedOn).toBe('2023-03-15');
  });

  it('takes the day of a step without an event from the record', () => {
    const [, started] = auditTrailOf([
      commit(1, { status: 'enrolled', enrolledOn: '2024-06-01' }, { command: 'enrol-from-grant' }),
      commit(
        2,
        { status: 'active', enrolledOn: '2024-06-01', startedOn: '2024-08-26' },
        {
          command: 'start-participation',
        },
      ),
    ]);

    expect(started?.happenedOn).toBe('2024-08-26');
  });

  it('shows no business day for a change that dates no fact', () => {
    const [entry] = auditTrailOf([commit(1, { pupilCount: 90 }, { command: 'update-school-profile' })]);

    expect(entry).not.toHaveProperty('happenedOn');
  });
});
