import { SchoolEnrolledV1, SchoolEnrolledV1Data } from '@okr/contracts';
import type { ProjectedEvent } from '../projected-event';
import { handlerFor, projection } from './projection';

interface Enrolments {
  brin: string;
  activities: string[];
}

const on = handlerFor<Enrolments>();
const enrolments = projection('enrolments', [
  on(SchoolEnrolledV1, {
    key: (data) => data.brin,
    initial: ({ data }) => ({ brin: data.brin, activities: [] }),
    evolve: (record, { data }) => {
      if (!record.activities.includes(data.activity)) record.activities.push(data.activity);
    },
  }),
]);

const data = {
  brin: '12AB',
  activity: 'groeikracht',
  pillar: 'improvement-culture',
  sector: 'PO',
  schoolYear: '2024-2025',
  equalAccess: {
    weakPerforming: false,
    specialTargetGroups: false,
    specialisedEducation: false,
    smallRegional: false,
  },
} as const;

function event(payload: object): ProjectedEvent {
  return {
    eventId: '00000000-0000-4000-8000-000000000001',
    type: 'SchoolEnrolled',
    version: 1,
    occurredAt: '2024-01-15T09:00:00Z',
    subject: '12AB',
    data: payload,
  };
}

describe('a projection', () => {
  const [handler] = enrolments.handles;

  it('handles the (type, version) of its contract', () => {
    expect(handler).toMatchObject({ type: 'SchoolEnrolled', version: 1 });
  });

  it('creates the record on the first event and reports no change when the same event comes again', () => {
    const table: Record<string, Enrolments> = {};
    const validated = event(Object.assign(new SchoolEnrolledV1Data(), data));

    const first = handler?.apply(table, validated);
    const again = handler?.apply(table, validated);

    expect([first, again]).toEqual([true, false]);
    expect(table).toEqual({ '12AB': { brin: '12AB', activities: ['groeikracht'] } });
  });

  it('refuses data that was not validated against its contract, instead of trusting its shape', () => {
    expect(() => handler?.apply({}, event({ ...data }))).toThrow(
      'SchoolEnrolled v1 data was not validated against its contract',
    );
  });
});
