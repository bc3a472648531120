import type { TrainedCoachesRule } from '../../kpi/kpi-definitions';
import { dayOf, monthOf, schoolYearOf } from '../calendar';
import { DISTINCT } from './measure';
import type { RuleKindDefinition } from './rule-kind';

/**
 * Distinct expert coaches, in the school year and month of their training. A coach's flags are those of the
 * school's enrolment in the trajectory, else its latest enrolment, else its registered profile.
 */
export const TRAINED_COACHES: RuleKindDefinition<TrainedCoachesRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: false,
  factsOf: (_rule, { coaches, index, schoolOf }) =>
    coaches.map((coach) => ({
      subject: coach.coachId,
      sector: coach.sector,
      schoolYear: schoolYearOf(coach.trainedOn),
      month: monthOf(coach.trainedOn),
      day: dayOf(coach.trainedOn),
      flags:
        index.latestActivityFlags.get(`${coach.brin}|${coach.activity}`) ??
        index.latestEnrolmentFlags.get(coach.brin) ??
        schoolOf(coach.brin)?.equalAccess ??
        null,
      withdrawn: false,
      yes: false,
    })),
};
