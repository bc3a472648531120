import { PILLARS } from '@okr/contracts';
import { EQUAL_ACCESS_FLAGS, percentOf, roundOne } from './figures';
import { type ParticipationIndex } from './kpi-rules/rule-records';
import { isEnrolled, type ParticipationFact } from './projections/enrolment/participation.projection';
import type { LabSchoolFact } from './projections/labs/lab-school.projection';
import type { MonitoringState } from './monitoring-state';
import type { EqualAccessSnapshot } from './projections/enrolment/equal-access';
import type { RoundFact } from './projections/enrolment/round.projection';
import type {
  EqualAccessFlag,
  EqualAccessShare,
  EqualAccessView,
  PillarParticipation,
  RoundBudgetView,
  Sector,
} from './views';

/**
 * Equal access: how the participants (distinct BRINs with any enrolment, withdrawn or not, with the flags of
 * their latest enrolment snapshot) compare with the registered schools (SchoolRegistered, with their current
 * profile), per criterion.
 */
export function equalAccessOf(state: MonitoringState, index: ParticipationIndex): EqualAccessView {
  const participants = distinctEnrolledBrins(state).map(
    (brin) => index.latestEnrolmentFlags.get(brin) ?? state.schools[brin]?.equalAccess,
  );
  const registered = groupCounts(
    Object.values(state.schools)
      .filter((school) => school.registeredMonth !== undefined)
      .map((school) => school.equalAccess),
  );
  const byBrin = new Map<string, ParticipationFact[]>();
  for (const participation of Object.values(state.participations)) {
    byBrin.set(participation.brin, [...(byBrin.get(participation.brin) ?? []), participation]);
  }
  const byYear = new Map<string, Array<EqualAccessSnapshot | undefined>>();
  for (const [brin, participations] of byBrin) {
    for (const [year, flags] of participantFlagsByYear(participations, state.schools[brin]?.equalAccess)) {
      byYear.set(year, [...(byYear.get(year) ?? []), flags]);
    }
  }
  return {
    ...equalAccessView(groupCounts(participants), registered),
    bySchoolYear: Object.fromEntries(
      [...byYear.keys()]
        .sort()
        .map((year) => [year, equalAccessView(groupCounts(byYear.get(year) ?? []), registered)]),
    ),
  };
}

/**
 * A school's flags per school year it was enrolled in: those of its latest enrolment of that year, else of its
 * profile (`profile`). One school's participations only.
 */
export function participantFlagsByYear(
  participations: readonly ParticipationFact[],
  profile: EqualAccessSnapshot | undefined,
): Map<string, EqualAccessSnapshot | undefined> {
  const latest = new Map<string, { stamp?: string; flags?: EqualAccessSnapshot }>();
  for (const participation of participations.filter(isEnrolled)) {
    const { schoolYear, equalAccess: flags, equalAccessStamp: stamp } = participation;
    const known = latest.get(schoolYear);
    if (known === undefined) latest.set(schoolYear, {});
    if (flags === undefined || stamp === undefined) continue;
    if (known?.stamp === undefined || stamp > known.stamp) latest.set(schoolYear, { stamp, flags });
  }
  return new Map([...latest].map(([year, { flags }]) => [year, flags ?? profile]));
}

/** How many schools a group has, and how many of them meet each criterion. */
export interface GroupCounts {
  total: number;
  withFlag: Record<EqualAccessFlag, number>;
}

/** The equal-access view from the counts of the participants and of the registered schools. */
export function equalAccessView(participants: GroupCounts, registered: GroupCounts): EqualAccessView {
  return {
    participantsTotal: participants.total,
    registeredTotal: registered.total,
    flags: EQUAL_ACCESS_FLAGS.map((flag) => {
      const inParticipants = shareWith(participants, flag);
      const inRegistered = shareWith(registered, flag);
      return {
        flag,
        participants: inParticipants.share,
        registered: inRegistered.share,
        differencePercentagePoints:
          inParticipants.exact === null || inRegistered.exact === null
            ? null
            : roundOne(inParticipants.exact - inRegistered.exact),
      };
    }),
  };
}

function groupCounts(schools: ReadonlyArray<EqualAccessSnapshot | undefined>): GroupCounts {
  const count = (flag: EqualAccessFlag): number => schools.filter((flags) => flags?.[flag] === true).length;
  return {
    total: schools.length,
    withFlag: Object.fromEntries(EQUAL_ACCESS_FLAGS.map((flag) => [flag, count(flag)])) as Record<
      EqualAccessFlag,
      number
    >,
  };
}

// The difference is taken between the unrounded shares, so rounding happens once.
function shareWith(
  group: GroupCounts,
  flag: EqualAccessFlag,
): { share: EqualAccessShare; exact: number | null } {
  const count = group.withFlag[flag];
  return {
    share: { count, sharePercent: percentOf(count, group.total) },
    exact: group.total === 0 ? null : (count / group.total) * 100,
  };
}

/**
 * Per subsidy round: its budget and maximum number of grants (from SubsidyRoundOpened; null if not seen) against
 * what was granted (distinct applications with a SubsidyGranted naming the round). A grant is final in the
 * enrolment service, so a later withdrawal of the application does not give the money back.
 */
export function roundsOf(state: MonitoringState): RoundBudgetView[] {
  const grants = new Map<string, RoundGrants & { schoolYears: string[] }>();
  for (const application of Object.values(state.applications)) {
    if (application.grantedOn === undefined || application.roundId === undefined) continue;
    const sum = grants.get(application.roundId) ?? { grantedCents: 0, grants: 0, schoolYears: [] };
    sum.grantedCents += application.grantedCents ?? 0;
    sum.grants += 1;
    if (application.schoolYear !== undefined) sum.schoolYears.push(application.schoolYear);
    grants.set(application.roundId, sum);
  }
  return roundsView(state.rounds, grants);
}

/** What was granted in a round: the amount, the number of grants, and the school years the grants name. */
export interface RoundGrants {
  grantedCents: number;
  grants: number;
  schoolYears: readonly string[];
}

/** Every round that was opened or granted from, by school year, then id. */
export function roundsView(
  rounds: Readonly<Record<string, RoundFact>>,
  grants: ReadonlyMap<string, RoundGrants>,
): RoundBudgetView[] {
  const roundIds = new Set([...Object.keys(rounds), ...grants.keys()]);
  return [...roundIds]
    .map((roundId) => roundView(roundId, rounds[roundId], grants.get(roundId)))
    .sort((a, b) => compareText(a.schoolYear, b.schoolYear) || compareText(a.roundId, b.roundId));
}

// Without its SubsidyRoundOpened, a round's school year is the smallest its grants name (whatever their order).
function roundView(
  roundId: string,
  round: RoundFact | undefined,
  granted: RoundGrants | undefined,
): RoundBudgetView {
  const grantedCents = granted?.grantedCents ?? 0;
  const budgetCents = round?.budgetCents ?? null;
  return {
    roundId,
    schoolYear: round?.schoolYear ?? [...(granted?.schoolYears ?? [])].sort()[0] ?? '',
    budgetCents,
    maxGrants: round?.maxGrants ?? null,
    grantedCents,
    grants: granted?.grants ?? 0,
    remainingCents: budgetCents === null ? null : budgetCents - grantedCents,
    usedPercent: budgetCents === null ? null : percentOf(grantedCents, budgetCents),
  };
}

/** A school's taking part in a pillar in a school year, as the participation view counts it. */
export interface Participant {
  pillar: string;
  brin: string;
  sector?: Sector;
  schoolYear: string;
  /** Still taking part: not withdrawn (for a lab school: still on the roster). */
  net: boolean;
}

/** The scope of every pillar together in the participation view. */
export const ALL_PILLARS = 'all';

/**
 * Who takes part: every enrolled participation outside the labs, and for the labs every school on a lab's
 * roster (the labs service puts the help desk's lab enrolments there too: the same definition as the KPI of
 * participating lab schools).
 */
export function participantsOf(
  participations: readonly ParticipationFact[],
  labSchools: readonly LabSchoolFact[],
): Participant[] {
  return [
    ...participations
      .filter((participation) => isEnrolled(participation) && participation.pillar !== 'co-creation-labs')
      .map(({ pillar, brin, sector, schoolYear, withdrawnOn }) => ({
        pillar,
        brin,
        ...(sector === undefined ? {} : { sector }),
        schoolYear,
        net: withdrawnOn === undefined,
      })),
    ...labSchools
      .filter((school) => school.joinedOn !== undefined)
      .map(({ brin, sector, schoolYear, lastJoinedOn, lastLeftOn }) => ({
        pillar: 'co-creation-labs',
        brin,
        sector,
        schoolYear,
        net: lastLeftOn === undefined || (lastJoinedOn !== undefined && lastJoinedOn > lastLeftOn),
      })),
  ];
}

/**
 * The sets a participant's BRIN is counted in (each a distinct count): its pillar and all pillars together,
 * gross and net, over all years and in its school year, in total and by sector. Both view computations count
 * with these keys, so they cannot differ in what they count.
 */
export function participantKeys(participant: Participant): string[] {
  const keys: string[] = [];
  for (const scope of [participant.pillar, ALL_PILLARS]) {
    for (const year of ['', `|y|${participant.schoolYear}`]) {
      for (const kind of participant.net ? ['', '|net'] : ['']) {
        keys.push(`pillar|${scope}${year}${kind}|T`);
        if (participant.sector !== undefined)
          keys.push(`pillar|${scope}${year}${kind}|${participant.sector}`);
      }
    }
  }
  return keys;
}

/** The key whose items are the school years a scope (a pillar, or all) has participants in. */
export function participantYearsKey(scope: string): string {
  return `pillar-years|${scope}`;
}

/**
 * Per pillar in the contracts' order, then all pillars together: distinct participating schools, gross (every
 * school that took part) and net (withdrawn ones out), by sector and per school year. `size` answers how many
 * BRINs a key of participantKeys holds; `years` the school years of a scope.
 */
export function participationView(
  size: (key: string) => number,
  years: (scope: string) => readonly string[],
): PillarParticipation[] {
  const countsOf = (prefix: string) => ({
    schools: size(`${prefix}|T`),
    bySector: { PO: size(`${prefix}|PO`), VO: size(`${prefix}|VO`) },
    netSchools: size(`${prefix}|net|T`),
    netBySector: { PO: size(`${prefix}|net|PO`), VO: size(`${prefix}|net|VO`) },
  });
  return [...PILLARS, ALL_PILLARS].map((pillar) => ({
    pillar,
    ...countsOf(`pillar|${pillar}`),
    bySchoolYear: Object.fromEntries(
      [...years(pillar)].sort().map((year) => [year, countsOf(`pillar|${pillar}|y|${year}`)]),
    ),
  }));
}

/** The participation view computed from the whole state. */
export function participationOf(state: MonitoringState): PillarParticipation[] {
  const sets = new Map<string, Set<string>>();
  const add = (key: string, item: string): void => {
    const set = sets.get(key) ?? new Set<string>();
    set.add(item);
    sets.set(key, set);
  };
  for (const participant of participantsOf(
    Object.values(state.participations),
    Object.values(state.labSchools),
  )) {
    for (const key of participantKeys(participant)) add(key, participant.brin);
    add(participantYearsKey(participant.pillar), participant.schoolYear);
    add(participantYearsKey(ALL_PILLARS), participant.schoolYear);
  }
  return participationView(
    (key) => sets.get(key)?.size ?? 0,
    (scope) => [...(sets.get(participantYearsKey(scope)) ?? [])],
  );
}

function distinctEnrolledBrins(state: MonitoringState): string[] {
  return [
    ...new Set(
      Object.values(state.participations)
        .filter(isEnrolled)
        .map((participation) => participation.brin),
    ),
  ];
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
