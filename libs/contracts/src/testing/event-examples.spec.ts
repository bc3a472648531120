import { catalogue } from '../catalogue';
import {
  InquiryReceivedV1,
  InquiryReferredV2,
  ParticipationCompletedV1,
  SchoolEnrolledV2,
  SchoolRegisteredV2,
  SubsidyRoundOpenedV1,
} from '../enrolment';
import { defineEvent } from '../event-contract';
import { parseEnvelope, validateEventData } from '../validation';
import { envelopeOf, exampleEnvelope } from './envelope-examples';
import { brinOf, EXAMPLE_BUILDERS, exampleOf, uuidOf } from './event-examples';

const nameOf = (contract: { type: string; version: number }): string =>
  `${contract.type} v${contract.version}`;

describe('the example builders', () => {
  it.each(catalogue.all().map((contract) => [nameOf(contract), contract] as const))(
    'build valid data of %s',
    (_name, contract) => {
      const validation = validateEventData(contract, exampleOf(contract));

      expect(validation.ok ? [] : validation.problems).toEqual([]);
    },
  );

  it('have one builder per contract of the catalogue, and none for anything else', () => {
    const built = EXAMPLE_BUILDERS.map((builder) => nameOf(builder.contract));

    expect(built.sort()).toEqual(catalogue.all().map(nameOf).sort());
    expect(
      EXAMPLE_BUILDERS.every(
        (builder) => catalogue.find(builder.contract.type, builder.contract.version) === builder.contract,
      ),
    ).toBe(true);
  });

  it('take the fields they are given', () => {
    const enrolled = exampleOf(SchoolEnrolledV2, { brin: '34CD', enrolledOn: '2025-03-10' });

    expect(enrolled).toMatchObject({ brin: '34CD', enrolledOn: '2025-03-10', activity: 'groeikracht' });
  });

  it('make the fields that depend on others follow the overrides, so the data stays valid', () => {
    const lab = exampleOf(SchoolEnrolledV2, { activity: 'taallab-participating' });
    const labCompleted = exampleOf(ParticipationCompletedV1, { activity: 'lerarenlab-co-creating' });
    const registered = exampleOf(InquiryReceivedV1, { brin: '12AB' });
    const outside = exampleOf(InquiryReferredV2, { referral: 'outside-programme' });

    expect(lab.pillar).toBe('co-creation-labs');
    expect(labCompleted).not.toHaveProperty('pupilDevelopmentImproved');
    expect(registered).not.toHaveProperty('schoolName');
    expect(outside.activities).toEqual([]);
    expect(validateEventData(SchoolEnrolledV2, lab).ok).toBe(true);
    expect(validateEventData(ParticipationCompletedV1, labCompleted).ok).toBe(true);
    expect(validateEventData(InquiryReceivedV1, registered).ok).toBe(true);
    expect(validateEventData(InquiryReferredV2, outside).ok).toBe(true);
  });

  it('give fresh data on every call, so a test can change it', () => {
    const first = exampleOf(SchoolRegisteredV2);
    first.equalAccess.smallRegional = true;

    expect(exampleOf(SchoolRegisteredV2).equalAccess.smallRegional).toBe(false);
  });

  it('refuse a contract without a builder, naming it', () => {
    const unknown = defineEvent({ ...SchoolRegisteredV2, version: 99 });

    expect(() => exampleOf(unknown)).toThrow('No example builder for SchoolRegistered v99');
  });
});

describe('the example envelopes', () => {
  it('wrap example data in an envelope a consumer accepts, keyed by the subject the contract names', () => {
    const enrolled = exampleEnvelope(SchoolEnrolledV2, { brin: '34CD' });
    const unregistered = exampleEnvelope(InquiryReceivedV1);
    const round = exampleEnvelope(SubsidyRoundOpenedV1);

    expect([enrolled.subject, unregistered.subject, round.subject]).toEqual([
      '34CD',
      unregistered.data.inquiryId,
      round.data.roundId,
    ]);
    for (const envelope of [enrolled, unregistered, round]) {
      expect(parseEnvelope(JSON.stringify(envelope))).toMatchObject({ ok: true });
    }
    expect(enrolled).toMatchObject({ type: 'SchoolEnrolled', version: 2, causationId: null });
  });

  it('take the envelope fields they are given', () => {
    const envelope = envelopeOf(SchoolRegisteredV2, exampleOf(SchoolRegisteredV2), {
      eventId: uuidOf(7),
      occurredAt: new Date('2025-03-10T09:00:00Z'),
      subject: 'elsewhere',
    });

    expect(envelope).toMatchObject({
      eventId: '00000000-0000-4000-8000-000000000007',
      occurredAt: '2025-03-10T09:00:00.000Z',
      subject: 'elsewhere',
    });
  });
});

describe('the id makers', () => {
  it('make BRINs of two digits and two capital letters, a different one per number', () => {
    const brins = [0, 1, 99, 100, 2599, 675_999].map(brinOf);

    expect(brins).toEqual(['00AA', '01AA', '99AA', '00AB', '99AZ', '99ZZ']);
    expect(new Set(Array.from({ length: 300 }, (_, n) => brinOf(n))).size).toBe(300);
  });

  it('make UUIDs a contract accepts', () => {
    const enrolled = exampleOf(SchoolEnrolledV2, { participationId: uuidOf(12) });

    expect(validateEventData(SchoolEnrolledV2, enrolled).ok).toBe(true);
    expect(uuidOf(255)).toBe('00000000-0000-4000-8000-0000000000ff');
  });
});
