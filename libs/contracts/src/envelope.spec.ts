import { SchoolRegisteredV1, type SchoolRegisteredV1Data } from './enrolment';
import { createEnvelope, InvalidEventError, newEventId } from './envelope';
import { parseEnvelope } from './validation';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function schoolRegistered(): SchoolRegisteredV1Data {
  return {
    brin: '12AB',
    name: 'De Regenboog',
    sector: 'PO',
    specialisedEducation: false,
    boardNumber: '41234',
    municipality: 'Zwolle',
    province: 'Overijssel',
    pupilCount: 212,
    equalAccess: {
      weakPerforming: false,
      specialTargetGroups: true,
      specialisedEducation: false,
      smallRegional: false,
    },
  };
}

describe('newEventId', () => {
  afterEach(() => jest.restoreAllMocks());

  it('makes a version 7 UUID with the RFC 9562 variant', () => {
    const id = newEventId();

    expect(id).toMatch(UUID_V7);
  });

  // The generator remembers the last millisecond it used, so each test below moves the clock further on.
  it('puts the creation time in milliseconds in the first 48 bits', () => {
    jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2040, 2, 1, 9, 30));

    const id = newEventId();

    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2040, 2, 1, 9, 30));
  });

  it('sorts ids made in later milliseconds after earlier ones', () => {
    const start = Date.UTC(2041, 0, 1);
    const clock = jest.spyOn(Date, 'now');

    const ids = [0, 1, 2, 50, 1000].map((offset) => {
      clock.mockReturnValue(start + offset);
      return newEventId();
    });

    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps ids in order within one millisecond and when the clock steps back', () => {
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2042, 0, 1));
    const sameMillisecond = Array.from({ length: 100 }, () => newEventId());
    clock.mockReturnValue(Date.UTC(2041, 11, 31));

    const afterStepBack = newEventId();

    const ids = [...sameMillisecond, afterStepBack];
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => UUID_V7.test(id))).toBe(true);
  });
});

describe('createEnvelope', () => {
  it('fills eventId and occurredAt and makes an envelope consumers accept', () => {
    const envelope = createEnvelope(SchoolRegisteredV1, {
      data: schoolRegistered(),
      subject: '12AB',
      source: 'enrolment',
      correlationId: 'req-42',
    });

    expect(envelope).toMatchObject({
      type: 'SchoolRegistered',
      version: 1,
      causationId: null,
      subject: '12AB',
      data: schoolRegistered(),
    });
    expect(envelope.eventId).toMatch(UUID_V7);
    expect(envelope.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(parseEnvelope(JSON.stringify(envelope))).toEqual({ ok: true, envelope: { ...envelope } });
  });

  it('keeps the eventId, occurredAt and causationId it is given', () => {
    const envelope = createEnvelope(SchoolRegisteredV1, {
      data: schoolRegistered(),
      subject: '12AB',
      source: 'enrolment',
      correlationId: 'req-42',
      causationId: '01890a5d-ac96-774b-bcce-b302099a8057',
      eventId: '01890a5d-ac96-774b-bcce-b302099a8058',
      occurredAt: new Date(Date.UTC(2025, 2, 1, 9, 30)),
    });

    expect(envelope).toMatchObject({
      causationId: '01890a5d-ac96-774b-bcce-b302099a8057',
      eventId: '01890a5d-ac96-774b-bcce-b302099a8058',
      occurredAt: '2025-03-01T09:30:00.000Z',
    });
  });

  it('refuses to make an event consumers would dead-letter, naming the fields', () => {
    const make = (): unknown =>
      createEnvelope(SchoolRegisteredV1, {
        data: { ...schoolRegistered(), brin: '12ab' },
        subject: '',
        source: 'enrolment',
        correlationId: 'req-42',
      });

    expect(make).toThrow(InvalidEventError);
    expect(make).toThrow('Invalid SchoolRegistered v1 event: subject, data.brin');
  });
});
