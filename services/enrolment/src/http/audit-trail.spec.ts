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
        actor: 'desk-anna',
        command: 'register-school',
        events: [],
        changes: [{ path: 'pupilCount', new: 90 }],
      },
      {
        version: 2,
        at: '2025-01-02T00:00:00.000Z',
        actor: 'desk-bram',
        command: 'update-school-profile',
        events: [],
        changes: [{ path: 'pupilCount', old: 90, new: 120 }],
      },
    ]);
  });
});
