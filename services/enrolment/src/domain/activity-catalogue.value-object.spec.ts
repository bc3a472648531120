import { ACTIVITIES, PILLAR_OF_ACTIVITY } from '@okr/contracts';
import { codeOf } from '../../test/enrolment.fixtures';
import {
  catalogueProblems,
  ceilingCents,
  checkRequestedAmount,
  DEFAULT_ACTIVITY_CATALOGUE,
  maximumAmountCents,
  validateActivityCatalogue,
  type ActivityCatalogue,
  type CatalogueEntry,
} from './activity-catalogue.value-object';

const school = { pupilCount: 200 };

describe('the default activity catalogue', () => {
  it('offers each of the eight activities once, in its own pillar', () => {
    expect(DEFAULT_ACTIVITY_CATALOGUE.map((entry) => entry.activity)).toEqual([...ACTIVITIES]);
    for (const entry of DEFAULT_ACTIVITY_CATALOGUE)
      expect(entry.pillar).toBe(PILLAR_OF_ACTIVITY[entry.activity]);
  });

  it('is itself a valid catalogue', () => {
    expect(catalogueProblems(DEFAULT_ACTIVITY_CATALOGUE)).toEqual([]);
  });
});

describe('checking a requested amount against the rule', () => {
  it('allows exactly the amount of a fixed rule', () => {
    const rule = { kind: 'fixed', amountCents: 1_000_000 } as const;

    expect(checkRequestedAmount(rule, 1_000_000, school).allowed).toBe(true);
    expect(checkRequestedAmount(rule, 900_000, school).allowed).toBe(false);
  });

  it('allows up to the maximum of a maximum rule', () => {
    const rule = { kind: 'maximum', maxCents: 4_000_000 } as const;

    expect(checkRequestedAmount(rule, 4_000_000, school).allowed).toBe(true);
    expect(checkRequestedAmount(rule, 4_000_001, school).allowed).toBe(false);
  });

  it('allows up to the amount per pupil, capped at the maximum', () => {
    const rule = { kind: 'per-pupil', centsPerPupil: 5_000, maxCents: 2_000_000 } as const;

    expect(maximumAmountCents(rule, { pupilCount: 200 })).toBe(1_000_000);
    expect(maximumAmountCents(rule, { pupilCount: 900 })).toBe(2_000_000);
    expect(checkRequestedAmount(rule, 1_000_000, { pupilCount: 200 }).allowed).toBe(true);
    expect(checkRequestedAmount(rule, 1_000_001, { pupilCount: 200 }).allowed).toBe(false);
  });

  it.each([0, -100, 12.5])('refuses the amount %p under any rule', (amount) => {
    expect(checkRequestedAmount({ kind: 'maximum', maxCents: 4_000_000 }, amount, school)).toEqual({
      allowed: false,
      reason: 'the amount is a positive whole number of cents',
    });
  });

  it('takes the rule ceiling as the most any school can get', () => {
    expect(ceilingCents({ kind: 'fixed', amountCents: 10 })).toBe(10);
    expect(ceilingCents({ kind: 'per-pupil', centsPerPupil: 1, maxCents: 99 })).toBe(99);
  });
});

describe('validating an edited catalogue', () => {
  const valid: CatalogueEntry = {
    activity: 'groeikracht',
    pillar: 'improvement-culture',
    allowedSectors: ['PO'],
    amountRule: { kind: 'maximum', maxCents: 100 },
  };

  it('accepts a catalogue that offers only some activities', () => {
    expect(validateActivityCatalogue([valid])).toEqual([valid]);
  });

  it('refuses an empty catalogue', () => {
    expect(catalogueProblems([])).toEqual(['the catalogue lists at least one activity']);
  });

  it('names every problem of an edited catalogue', () => {
    const edited = [
      valid,
      { ...valid, pillar: 'co-creation-labs' },
      { ...valid, activity: 'hackathon' },
      { ...valid, activity: 'development-school', pillar: 'expert-schools', allowedSectors: [] },
      {
        ...valid,
        activity: 'taallab-participating',
        pillar: 'co-creation-labs',
        allowedSectors: ['PO', 'MBO'],
        amountRule: { kind: 'per-pupil', centsPerPupil: 0, maxCents: 1.5 },
      },
    ] as unknown as ActivityCatalogue;

    expect(catalogueProblems(edited)).toEqual([
      'entry 2: groeikracht is listed twice',
      'entry 2: groeikracht belongs to the pillar improvement-culture',
      'entry 3: unknown activity hackathon',
      'entry 4: allow at least one sector',
      'entry 5: sectors are PO or VO',
      'entry 5: centsPerPupil is a positive whole number of cents',
      'entry 5: maxCents is a positive whole number of cents',
    ]);
  });

  it('refuses an invalid catalogue with CATALOGUE.INVALID', () => {
    const edited = [{ ...valid, amountRule: { kind: 'fixed', amountCents: 0 } }] as ActivityCatalogue;

    expect(codeOf(() => validateActivityCatalogue(edited))).toBe('CATALOGUE.INVALID');
  });

  it('refuses an amount rule of an unknown kind', () => {
    const edited = [{ ...valid, amountRule: { kind: 'generous' } }] as unknown as ActivityCatalogue;

    expect(catalogueProblems(edited)).toEqual(['entry 1: the amount rule is fixed, maximum or per-pupil']);
  });
});
