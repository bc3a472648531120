import { ids } from '../../test/enrolment.fixtures';
import { domainEvent, ENROLMENT_EVENT_CONTRACTS } from '../domain/enrolment-event.value-object';
import { ENROLMENT_AGGREGATES, nameBasedId, streams } from './enrolment.aggregates';

describe('the enrolment aggregates', () => {
  it('publish an event under the contract of its type, keyed by its subject', () => {
    const event = domainEvent('InquiryClosed', {
      inquiryId: ids.inquiry,
      brin: '12AB',
      closedOn: '2025-03-07',
      outcome: 'answered',
    });

    const publication = ENROLMENT_AGGREGATES.publicationOf(event);

    expect(publication.contract).toBe(ENROLMENT_EVENT_CONTRACTS.InquiryClosed);
    expect(publication.subject).toBe('12AB');
  });

  it('derive the name-based ids the stored commits have', () => {
    // The ids of applications, participations and intakes are streams already stored: they must never change.
    expect(nameBasedId('application', '12AB', 'x', 'r', 0)).toBe('1e74c3e5-a4cc-5577-9a1f-2c79ad85104f');
    expect(nameBasedId('application', '12AB', 'x', 'r', 1)).not.toBe(
      nameBasedId('application', '12AB', 'x', 'r', 0),
    );
  });

  it('keep the stream names the stored commits have', () => {
    expect([
      streams.school('12AB'),
      streams.inquiry(ids.inquiry),
      streams.intake('12AB', 'groeikracht'),
      streams.round(ids.round),
      streams.application('a-1'),
      streams.participation('p-1'),
      streams.catalogue(),
    ]).toEqual([
      'school:12AB',
      `inquiry:${ids.inquiry}`,
      'intake:12AB:groeikracht',
      `round:${ids.round}`,
      'application:a-1',
      'participation:p-1',
      'catalogue',
    ]);
  });

  it('name the not-found error of each aggregate type that can be required', () => {
    const errors = [
      streams.school('12AB'),
      streams.inquiry(ids.inquiry),
      streams.intake('12AB', 'groeikracht'),
      streams.round(ids.round),
      streams.application('a-1'),
      streams.participation('p-1'),
    ].map((stream) => {
      const { type, id } = ENROLMENT_AGGREGATES.typeOf(stream);
      return type.notFound?.(id);
    });

    expect(errors).toEqual([
      expect.objectContaining({ code: 'SCHOOL.NOT_REGISTERED', details: { brin: '12AB' } }),
      expect.objectContaining({ code: 'INQUIRY.NOT_FOUND', details: { inquiryId: ids.inquiry } }),
      expect.objectContaining({
        code: 'INTAKE.NOT_FOUND',
        details: { brin: '12AB', activity: 'groeikracht' },
      }),
      expect.objectContaining({ code: 'ROUND.NOT_FOUND', details: { roundId: ids.round } }),
      expect.objectContaining({ code: 'APPLICATION.NOT_FOUND', details: { applicationId: 'a-1' } }),
      expect.objectContaining({ code: 'PARTICIPATION.NOT_FOUND', details: { participationId: 'p-1' } }),
    ]);
  });
});
