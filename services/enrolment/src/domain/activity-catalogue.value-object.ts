import {
  ACTIVITIES,
  PILLAR_OF_ACTIVITY,
  SECTORS,
  type Activity,
  type Pillar,
  type Sector,
} from '@okr/contracts';
import { CatalogueError } from './activity-catalogue.errors';

/** How much subsidy a school can ask for an activity, in euro cents. */
export type SubsidyAmountRule =
  /** Exactly this amount. */
  | { readonly kind: 'fixed'; readonly amountCents: number }
  /** Any amount up to the maximum. */
  | { readonly kind: 'maximum'; readonly maxCents: number }
  /** Up to an amount per pupil, and never more than the maximum. */
  | { readonly kind: 'per-pupil'; readonly centsPerPupil: number; readonly maxCents: number };

export interface CatalogueEntry {
  readonly activity: Activity;
  readonly pillar: Pillar;
  readonly allowedSectors: readonly Sector[];
  readonly amountRule: SubsidyAmountRule;
}

/** The activities schools can apply for; an activity left out is not offered. */
export type ActivityCatalogue = readonly CatalogueEntry[];

const BOTH_SECTORS: readonly Sector[] = ['PO', 'VO'];

const entry = (activity: Activity, amountRule: SubsidyAmountRule): CatalogueEntry => ({
  activity,
  pillar: PILLAR_OF_ACTIVITY[activity],
  allowedSectors: BOTH_SECTORS,
  amountRule,
});

/**
 * The catalogue until an administrator edits it. Every activity is open to PO and VO (the programme serves
 * both). The amounts are placeholders of a plausible size, not the figures of the subsidy scheme: set them
 * per round through the admin-edited catalogue. None is above DEFAULT_ROUND_MAXIMUM_CENTS, so a round opened
 * with that maximum for every activity takes an application for each (a fixed amount above it would let no
 * amount pass).
 */
export const DEFAULT_ACTIVITY_CATALOGUE: ActivityCatalogue = [
  entry('groeikracht', { kind: 'maximum', maxCents: 4_000_000 }),
  entry('de-transformatieve-school', { kind: 'maximum', maxCents: 4_000_000 }),
  entry('taallab-co-creating', { kind: 'fixed', amountCents: 2_500_000 }),
  entry('taallab-participating', { kind: 'fixed', amountCents: 1_000_000 }),
  entry('lerarenlab-co-creating', { kind: 'fixed', amountCents: 2_500_000 }),
  entry('lerarenlab-participating', { kind: 'fixed', amountCents: 1_000_000 }),
  entry('aspirant-expert-school', { kind: 'fixed', amountCents: 4_000_000 }),
  entry('development-school', { kind: 'per-pupil', centsPerPupil: 5_000, maxCents: 2_000_000 }),
];

/** The most a round grants per activity in the API's example: the default catalogue fits within it. */
export const DEFAULT_ROUND_MAXIMUM_CENTS = 4_000_000;

/** The catalogue's entry for an activity, or undefined when the activity is not offered. */
export function catalogueEntryOf(
  catalogue: ActivityCatalogue,
  activity: Activity,
): CatalogueEntry | undefined {
  return catalogue.find((candidate) => candidate.activity === activity);
}

/** The most a school with `pupilCount` pupils can ask under the rule. */
export function maximumAmountCents(rule: SubsidyAmountRule, school: { readonly pupilCount: number }): number {
  switch (rule.kind) {
    case 'fixed':
      return rule.amountCents;
    case 'maximum':
      return rule.maxCents;
    case 'per-pupil':
      return Math.min(rule.maxCents, rule.centsPerPupil * school.pupilCount);
  }
}

/** The most the rule allows for any school; a round's amount per activity defaults to it. */
export function ceilingCents(rule: SubsidyAmountRule): number {
  return rule.kind === 'fixed' ? rule.amountCents : rule.maxCents;
}

export type AmountCheck = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** Whether a school may ask `requestedCents` under the rule: a positive whole number of cents within it. */
export function checkRequestedAmount(
  rule: SubsidyAmountRule,
  requestedCents: number,
  school: { readonly pupilCount: number },
): AmountCheck {
  if (!Number.isInteger(requestedCents) || requestedCents <= 0) {
    return { allowed: false, reason: 'the amount is a positive whole number of cents' };
  }
  const maximum = maximumAmountCents(rule, school);
  if (rule.kind === 'fixed') {
    return requestedCents === rule.amountCents
      ? { allowed: true }
      : { allowed: false, reason: `the amount is fixed at ${rule.amountCents} cents` };
  }
  return requestedCents <= maximum
    ? { allowed: true }
    : { allowed: false, reason: `the amount is at most ${maximum} cents for this school` };
}

/** Everything wrong with an edited catalogue, as sentences for the administrator; empty when it is valid. */
export function catalogueProblems(candidate: ActivityCatalogue): string[] {
  if (!Array.isArray(candidate) || candidate.length === 0)
    return ['the catalogue lists at least one activity'];
  const problems: string[] = [];
  const seen = new Set<string>();
  candidate.forEach((item: CatalogueEntry, index) => {
    const at = `entry ${index + 1}`;
    if (!(ACTIVITIES as readonly unknown[]).includes(item.activity)) {
      problems.push(`${at}: unknown activity ${String(item.activity)}`);
      return;
    }
    if (seen.has(item.activity)) problems.push(`${at}: ${item.activity} is listed twice`);
    seen.add(item.activity);
    if (item.pillar !== PILLAR_OF_ACTIVITY[item.activity]) {
      problems.push(`${at}: ${item.activity} belongs to the pillar ${PILLAR_OF_ACTIVITY[item.activity]}`);
    }
    const sectors: readonly unknown[] = Array.isArray(item.allowedSectors) ? item.allowedSectors : [];
    if (sectors.length === 0) problems.push(`${at}: allow at least one sector`);
    if (sectors.some((sector) => !(SECTORS as readonly unknown[]).includes(sector))) {
      problems.push(`${at}: sectors are PO or VO`);
    }
    if (new Set(sectors).size !== sectors.length) problems.push(`${at}: a sector is listed twice`);
    problems.push(...amountRuleProblems(item.amountRule).map((problem) => `${at}: ${problem}`));
  });
  return problems;
}

/** Returns the catalogue when it is valid; throws CATALOGUE.INVALID with every problem otherwise. */
export function validateActivityCatalogue(candidate: ActivityCatalogue): ActivityCatalogue {
  const problems = catalogueProblems(candidate);
  if (problems.length > 0) {
    throw new CatalogueError(
      'CATALOGUE.INVALID',
      `The activity catalogue is not valid: ${problems.join('; ')}`,
      {
        problems,
      },
    );
  }
  return candidate;
}

function amountRuleProblems(rule: SubsidyAmountRule | undefined): string[] {
  const positive = (value: unknown, name: string): string[] =>
    Number.isInteger(value) && (value as number) > 0 ? [] : [`${name} is a positive whole number of cents`];
  switch (rule?.kind) {
    case 'fixed':
      return positive(rule.amountCents, 'amountCents');
    case 'maximum':
      return positive(rule.maxCents, 'maxCents');
    case 'per-pupil':
      return [...positive(rule.centsPerPupil, 'centsPerPupil'), ...positive(rule.maxCents, 'maxCents')];
    default:
      return ['the amount rule is fixed, maximum or per-pupil'];
  }
}

/** One saved version of the catalogue and the moment from which it applies (ISO 8601; absent: from the start). */
export interface CatalogueVersion {
  readonly entries: ActivityCatalogue;
  readonly inForceFrom?: string;
}

/**
 * The catalogue an application submitted at `moment` is checked against: the last version saved in force
 * by then, or the built-in default when none was. A version saved before versions were dated applies from
 * the start, as it did when it was the only one.
 */
export function catalogueInForceAt(versions: readonly CatalogueVersion[], moment: Date): ActivityCatalogue {
  const at = moment.getTime();
  const inForce = versions.filter(
    (version) => version.inForceFrom === undefined || Date.parse(version.inForceFrom) <= at,
  );
  return inForce.at(-1)?.entries ?? DEFAULT_ACTIVITY_CATALOGUE;
}
