import type { TeacherTrainingInstitutesRule } from '../../kpi/kpi-definitions';
import { labFact } from './lab-facts';
import { DISTINCT } from './measure';
import type { RuleKindDefinition } from './rule-kind';

/**
 * Distinct teacher-training institutes that joined a lab (one institute in two labs counts once), from the
 * month they first joined; net of those that left every lab they were in.
 */
export const TEACHER_TRAINING_INSTITUTES: RuleKindDefinition<TeacherTrainingInstitutesRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: true,
  factsOf: (_rule, { labs }) =>
    labs.labInstitutes.flatMap((institute) => {
      if (institute.joinedOn === undefined) return [];
      const left =
        institute.lastLeftOn !== undefined &&
        (institute.lastJoinedOn === undefined || institute.lastLeftOn >= institute.lastJoinedOn);
      return [labFact(institute.instituteId, institute.joinedOn, left)];
    }),
};
