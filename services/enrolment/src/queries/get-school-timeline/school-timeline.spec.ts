import type { InquiryState } from '../../domain/inquiry.entity';
import type { SubsidyApplicationState } from '../../domain/subsidy-application.entity';
import { schoolTimeline } from './school-timeline';

const inquiry: InquiryState = {
  inquiryId: 'inquiry-1',
  brin: '12AB',
  channel: 'phone',
  // 23:30 UTC on 2 March is 00:30 on 3 March in Amsterdam: received on the 3rd.
  receivedAt: '2025-03-02T23:30:00.000Z',
  receivedOn: '2025-03-03',
  status: 'conversation-held',
  conversations: [{ heldOn: '2025-03-03', notes: '' }],
};

const application: SubsidyApplicationState = {
  applicationId: 'application-1',
  brin: '12AB',
  activity: 'groeikracht',
  pillar: 'improvement-culture',
  sector: 'PO',
  roundId: 'round-1',
  schoolYear: '2024-2025',
  requestedAmountCents: 1_000_000,
  motivation: 'Onderzoekscultuur versterken',
  submittedAt: '2025-04-01T14:00:00.000Z',
  submittedOn: '2025-04-01',
  status: 'granted',
  informationRequests: [],
  decidedOn: '2025-04-01',
  grantedAmountCents: 1_000_000,
};

describe('a school timeline', () => {
  it('gives every step its day, and the moment for the steps recorded with one', () => {
    const entries = schoolTimeline({
      inquiries: [inquiry],
      intakes: [],
      applications: [],
      participations: [],
    });

    expect(entries.map(({ on, at, kind }) => ({ on, at, kind }))).toEqual([
      { on: '2025-03-03', at: '2025-03-02T23:30:00.000Z', kind: 'inquiry-received' },
      { on: '2025-03-03', at: undefined, kind: 'exploratory-conversation' },
    ]);
  });

  it('orders the steps of one day along the path: an application before its decision', () => {
    const entries = schoolTimeline({
      inquiries: [],
      intakes: [],
      applications: [application],
      participations: [],
    });

    expect(entries.map((entry) => entry.kind)).toEqual(['application-submitted', 'application-granted']);
  });
});
