import { catalogue, type EventContract, InquiryClosedV1, SchoolRegisteredV1 } from '@okr/contracts';
import { randomUUID } from 'node:crypto';
import { decodeEvent } from './decode';

/** A message value as a producer would write it, with any data (valid or not) and version. */
function envelopeJson(contract: EventContract, data: object, version = contract.version): string {
  return JSON.stringify({
    eventId: randomUUID(),
    type: contract.type,
    version,
    occurredAt: '2025-03-07T10:00:00.000Z',
    source: 'decode-test',
    correlationId: 'decode-test',
    causationId: null,
    subject: '12AB',
    data,
  });
}

const closed = {
  inquiryId: '0190d3f0-7c1a-7a4b-9c3e-2b5d6f7a8b9c',
  closedOn: '2025-03-07',
  outcome: 'answered',
};

describe('decoding a Kafka message', () => {
  it('answers the event with its contract and validated data', () => {
    const decoded = decodeEvent(envelopeJson(InquiryClosedV1, closed), catalogue);

    expect(decoded).toMatchObject({ kind: 'event', contract: InquiryClosedV1, data: closed });
  });

  it('tells a malformed envelope apart as invalid', () => {
    expect(decodeEvent('not json', catalogue)).toMatchObject({
      kind: 'invalid',
      letter: { reason: 'MALFORMED_ENVELOPE' },
    });
    expect(decodeEvent(null, catalogue)).toMatchObject({
      kind: 'invalid',
      letter: { reason: 'MALFORMED_ENVELOPE' },
    });
  });

  it('tells a known event whose data breaks its contract apart as invalid', () => {
    const decoded = decodeEvent(envelopeJson(InquiryClosedV1, { ...closed, outcome: 42 }), catalogue);

    expect(decoded).toMatchObject({ kind: 'invalid', letter: { reason: 'INVALID_DATA' } });
  });

  it('tells an unknown version apart from an invalid event, naming the versions it knows', () => {
    const decoded = decodeEvent(envelopeJson(InquiryClosedV1, closed, 9), catalogue);

    expect(decoded).toMatchObject({
      kind: 'unknown',
      type: 'InquiryClosed',
      version: 9,
      letter: { reason: 'UNKNOWN_EVENT', detail: 'InquiryClosed version 9 is not known (known: 1)' },
    });
  });

  it('tells an unknown type apart from an invalid event', () => {
    const unknown = JSON.parse(envelopeJson(InquiryClosedV1, closed)) as Record<string, unknown>;

    const decoded = decodeEvent(JSON.stringify({ ...unknown, type: 'LabOpened' }), catalogue);

    expect(decoded).toMatchObject({
      kind: 'unknown',
      type: 'LabOpened',
      letter: { reason: 'UNKNOWN_EVENT' },
    });
  });

  it('skips a known event the reader does not want without validating its data', () => {
    const broken = envelopeJson(SchoolRegisteredV1, { brin: 'not a brin' });

    const decoded = decodeEvent(broken, catalogue, (contract) => contract.type !== 'SchoolRegistered');

    expect(decoded).toMatchObject({ kind: 'skipped', contract: SchoolRegisteredV1 });
  });
});
