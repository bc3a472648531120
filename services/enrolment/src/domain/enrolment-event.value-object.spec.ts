import { catalogue } from '@okr/contracts';
import { ids } from '../../test/enrolment.fixtures';
import { domainEvent, ENROLMENT_EVENT_CONTRACTS, subjectOf } from './enrolment-event.value-object';

describe('the enrolment events', () => {
  it('map each event type to the contract of that type', () => {
    for (const [type, contract] of Object.entries(ENROLMENT_EVENT_CONTRACTS))
      expect(contract.type).toBe(type);
  });

  it('cover every enrolment event type of the catalogue, each in its latest version', () => {
    const enrolmentTypes = catalogue
      .all()
      .filter((contract) => contract.topic === ENROLMENT_EVENT_CONTRACTS.SchoolRegistered.topic)
      .map((contract) => contract.type);

    expect(Object.keys(ENROLMENT_EVENT_CONTRACTS).sort()).toEqual([...new Set(enrolmentTypes)].sort());
    for (const contract of Object.values(ENROLMENT_EVENT_CONTRACTS)) {
      expect(catalogue.latest(contract.type)).toBe(contract);
    }
  });

  it('key an event by the BRIN, by the inquiry id for a school not yet registered, and by the round id for a round', () => {
    const withBrin = domainEvent('InquiryClosed', {
      inquiryId: ids.inquiry,
      brin: '12AB',
      closedOn: '2025-03-07',
      outcome: 'answered',
    });
    const withoutBrin = domainEvent('InquiryClosed', {
      inquiryId: ids.inquiry,
      closedOn: '2025-03-07',
      outcome: 'answered',
    });
    const round = domainEvent('SubsidyRoundOpened', {
      roundId: ids.round,
      schoolYear: '2025-2026',
      opensAt: '2025-03-01T08:00:00.000Z',
      closesAt: '2025-04-01T15:00:00.000Z',
      budgetCents: 1,
      maxGrants: 1,
      activityAmounts: [{ activity: 'groeikracht', maxAmountCents: 1 }],
    });

    expect(subjectOf(withBrin)).toBe('12AB');
    expect(subjectOf(withoutBrin)).toBe(ids.inquiry);
    expect(subjectOf(round)).toBe(ids.round);
  });
});
