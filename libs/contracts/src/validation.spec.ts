import { SchoolRegisteredV1 } from './enrolment';
import { parseEnvelope, validateEventData, type FieldProblem } from './validation';

const validEnvelope = {
  eventId: '01890a5d-ac96-774b-bcce-b302099a8057',
  type: 'SchoolRegistered',
  version: 1,
  occurredAt: '2025-03-01T09:30:00.000Z',
  source: 'enrolment',
  correlationId: 'req-42',
  causationId: null,
  subject: '12AB',
  data: { brin: '12AB' },
};

function schoolRegistered(): Record<string, unknown> {
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

function fieldsOf(problems: readonly FieldProblem[]): string[] {
  return problems.map((problem) => problem.field);
}

describe('parseEnvelope', () => {
  it('accepts a well-formed envelope and keeps its data as is', () => {
    const result = parseEnvelope(Buffer.from(JSON.stringify(validEnvelope)));

    expect(result).toMatchObject({ ok: true, envelope: validEnvelope });
  });

  it('refuses a value that is not JSON', () => {
    const result = parseEnvelope('{"eventId": ');

    expect(result).toMatchObject({ ok: false, reason: 'MALFORMED_ENVELOPE' });
    expect(!result.ok && result.detail).toMatch(/^message is not JSON: /);
  });

  it('refuses a JSON array', () => {
    const result = parseEnvelope(JSON.stringify([validEnvelope]));

    expect(result).toEqual({
      ok: false,
      reason: 'MALFORMED_ENVELOPE',
      detail: 'message is a JSON array; expected an event envelope object',
      problems: [],
    });
  });

  it('refuses a message without a value', () => {
    const result = parseEnvelope(null);

    expect(result).toMatchObject({ ok: false, reason: 'MALFORMED_ENVELOPE', detail: /no value/ });
  });

  it('names every missing envelope field', () => {
    const result = parseEnvelope('{}');

    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(fieldsOf(problems)).toEqual([
      'eventId',
      'type',
      'version',
      'occurredAt',
      'source',
      'correlationId',
      'causationId',
      'subject',
      'data',
    ]);
    expect(!result.ok && result.detail).toBe(
      'envelope fields invalid: eventId, type, version, occurredAt, source, correlationId, causationId, subject, data',
    );
  });

  it('refuses an occurredAt that is not in UTC', () => {
    const result = parseEnvelope(
      JSON.stringify({ ...validEnvelope, occurredAt: '2025-03-01T10:30:00+01:00' }),
    );

    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'occurredAt', messages: ['occurredAt must be an ISO 8601 UTC timestamp ending in Z'] },
    ]);
  });

  it('refuses an eventId that is not a UUID', () => {
    const result = parseEnvelope(JSON.stringify({ ...validEnvelope, eventId: 'event-1' }));

    expect(result.ok ? [] : fieldsOf(result.problems)).toEqual(['eventId']);
  });

  it('refuses data that is not an object, and a version that is not a whole number', () => {
    const result = parseEnvelope(JSON.stringify({ ...validEnvelope, data: [1], version: '1' }));

    expect(result.ok ? [] : fieldsOf(result.problems)).toEqual(['version', 'data']);
  });

  it('accepts a null causationId but not a missing one', () => {
    const { causationId: _causationId, ...withoutCausation } = validEnvelope;

    const withNull = parseEnvelope(JSON.stringify(validEnvelope));
    const withCause = parseEnvelope(
      JSON.stringify({ ...validEnvelope, causationId: '01890a5d-ac96-774b-bcce-b302099a8058' }),
    );
    const missing = parseEnvelope(JSON.stringify(withoutCausation));

    expect(withNull.ok).toBe(true);
    expect(withCause.ok).toBe(true);
    expect(missing.ok ? [] : fieldsOf(missing.problems)).toEqual(['causationId']);
  });

  it('refuses, without throwing, fields that could trip the object mapper or swap the prototype', () => {
    const hostile = [
      `{"__proto__":{"eventId":"x"},${JSON.stringify(validEnvelope).slice(1, -1)},"constructor":1}`,
      JSON.stringify({ ...validEnvelope, constructor: { name: 'EventEnvelope' } }),
    ];

    const results = hostile.map((raw) => parseEnvelope(raw));

    expect(results.map((result) => result.ok)).toEqual([false, false]);
    expect(({} as Record<string, unknown>).eventId).toBeUndefined();
  });

  it('accepts any JSON inside data, since its shape is checked against the contract later', () => {
    const result = parseEnvelope(
      JSON.stringify({ ...validEnvelope, data: { constructor: { q: 1 }, nested: { constructor: 1 } } }),
    );

    expect(result.ok).toBe(true);
  });

  it('keeps envelope fields it does not know, so the envelope can grow', () => {
    const result = parseEnvelope(JSON.stringify({ ...validEnvelope, traceParent: '00-abc' }));

    expect(result).toMatchObject({ ok: true, envelope: { traceParent: '00-abc' } });
  });
});

describe('validateEventData', () => {
  it('accepts a valid SchoolRegistered and returns it as the data class', () => {
    const result = validateEventData(SchoolRegisteredV1, schoolRegistered());

    expect(result).toMatchObject({ ok: true, data: schoolRegistered() });
    expect(result.ok && result.data).toBeInstanceOf(SchoolRegisteredV1.dataClass);
  });

  it('names a missing brin', () => {
    const { brin: _brin, ...data } = schoolRegistered();

    const result = validateEventData(SchoolRegisteredV1, data);

    expect(result).toMatchObject({ ok: false, reason: 'INVALID_DATA' });
    expect(result.ok ? [] : fieldsOf(result.problems)).toEqual(['brin']);
    expect(!result.ok && result.detail).toBe('SchoolRegistered v1 data invalid: brin');
  });

  it('refuses a lowercase brin', () => {
    const result = validateEventData(SchoolRegisteredV1, { ...schoolRegistered(), brin: '12ab' });

    expect(result.ok ? [] : result.problems).toEqual([
      { field: 'brin', messages: ['brin must be a BRIN: two digits and two capital letters'] },
    ]);
  });

  it('refuses a negative pupil count', () => {
    const result = validateEventData(SchoolRegisteredV1, { ...schoolRegistered(), pupilCount: -1 });

    expect(result.ok ? [] : fieldsOf(result.problems)).toEqual(['pupilCount']);
  });

  it('names a bad equal-access flag by its dotted path', () => {
    const data = schoolRegistered();
    data.equalAccess = { ...(data.equalAccess as object), weakPerforming: 'yes' };

    const result = validateEventData(SchoolRegisteredV1, data);

    expect(result.ok ? [] : fieldsOf(result.problems)).toEqual(['equalAccess.weakPerforming']);
  });

  it('refuses missing equal-access flags', () => {
    const { equalAccess: _equalAccess, ...data } = schoolRegistered();

    const result = validateEventData(SchoolRegisteredV1, data);

    expect(result.ok ? [] : fieldsOf(result.problems)).toEqual(['equalAccess']);
  });

  it('accepts and keeps a field it does not know, because versions evolve additively', () => {
    const result = validateEventData(SchoolRegisteredV1, { ...schoolRegistered(), website: 'https://x.nl' });

    expect(result).toMatchObject({ ok: true, data: { website: 'https://x.nl' } });
  });

  it('refuses, without throwing, data the object mapper cannot read', () => {
    const data = { ...schoolRegistered(), extra: { constructor: { q: 1 } } };

    const result = validateEventData(SchoolRegisteredV1, data);

    expect(result).toMatchObject({ ok: false, reason: 'INVALID_DATA', detail: /could not be read/ });
  });

  it('refuses data that is not an object', () => {
    const result = validateEventData(SchoolRegisteredV1, 'De Regenboog');

    expect(result).toEqual({
      ok: false,
      reason: 'INVALID_DATA',
      detail: 'SchoolRegistered v1 data is a JSON string; expected an object',
      problems: [],
    });
  });
});
