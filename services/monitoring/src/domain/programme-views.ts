import { PILLARS } from '@okr/contracts';
import { EQUAL_ACCESS_FLAGS, percentOf, roundOne } from './figures';
import { isEnrolled, type StateIndex } from './kpi-facts';
import type { ApplicationFact, EqualAccessSnapshot, MonitoringState } from './monitoring-state';
import type {
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
export function equalAccessOf(state: MonitoringState, index: StateIndex): EqualAccessView {
  const participants = distinctEnrolledBrins(state).map(
    (brin) => index.latestEnrolmentFlags.get(brin) ?? state.schools[brin]?.equalAccess,
  );
  const registered = Object.values(state.schools)
    .filter((school) => school.registeredMonth !== undefined)
    .map((school) => school.equalAccess);
  return {
    participantsTotal: participants.length,
    registeredTotal: registered.length,
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

// The difference is taken between the unrounded shares, so rounding happens once.
function shareWith(
  schools: ReadonlyArray<EqualAccessSnapshot | undefined>,
  flag: keyof EqualAccessSnapshot,
): { share: EqualAccessShare; exact: number | null } {
  const count = schools.filter((flags) => flags?.[flag] === true).length;
  return {
    share: { count, sharePercent: percentOf(count, schools.length) },
    exact: schools.length === 0 ? null : (count / schools.length) * 100,
  };
}

/**
 * Per subsidy round: its budget and maximum number of grants (from SubsidyRoundOpened; null if not seen) against
 * what was granted (distinct applications with a SubsidyGranted naming the round). A grant is final in the
 * enrolment service, so a later withdrawal of the application does not give the money back.
 */
export function roundsOf(state: MonitoringState): RoundBudgetView[] {
  const granted = Object.values(state.applications).filter(
    (application) => application.grantedOn !== undefined,
  );
  const roundIds = new Set([
    ...Object.keys(state.rounds),
    ...granted.flatMap((application) => (application.roundId === undefined ? [] : [application.roundId])),
  ]);
  return [...roundIds]
    .map((roundId) =>
      roundView(
        state,
        roundId,
        granted.filter((application) => application.roundId === roundId),
      ),
    )
    .sort((a, b) => compareText(a.schoolYear, b.schoolYear) || compareText(a.roundId, b.roundId));
}

function roundView(
  state: MonitoringState,
  roundId: string,
  grants: readonly ApplicationFact[],
): RoundBudgetView {
  const round = state.rounds[roundId];
  const grantedCents = grants.reduce((sum, application) => sum + (application.grantedCents ?? 0), 0);
  const budgetCents = round?.budgetCents ?? null;
  return {
    roundId,
    schoolYear: round?.schoolYear ?? grants.find((grant) => grant.schoolYear !== undefined)?.schoolYear ?? '',
    budgetCents,
    maxGrants: round?.maxGrants ?? null,
    grantedCents,
    grants: grants.length,
    remainingCents: budgetCents === null ? null : budgetCents - grantedCents,
    usedPercent: budgetCents === null ? null : percentOf(grantedCents, budgetCents),
  };
}

/** Per pillar, in the contracts' order: distinct BRINs with an enrolment in one of its activities, by sector. */
export function participationOf(state: MonitoringState): PillarParticipation[] {
  const enrolled = Object.values(state.participations).filter(isEnrolled);
  return PILLARS.map((pillar) => {
    const inPillar = enrolled.filter((participation) => participation.pillar === pillar);
    const brinsIn = (sector?: Sector): number =>
      new Set(
        inPillar
          .filter((participation) => sector === undefined || participation.sector === sector)
          .map((participation) => participation.brin),
      ).size;
    return { pillar, schools: brinsIn(), bySector: { PO: brinsIn('PO'), VO: brinsIn('VO') } };
  });
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
