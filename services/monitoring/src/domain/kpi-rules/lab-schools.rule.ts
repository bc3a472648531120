import type { LabSchoolsRule } from '../../kpi/kpi-definitions';
import { dayOf, monthOf } from '../calendar';
import { hasLeft } from '../projections/labs/lab-school.projection';
import { DISTINCT } from './measure';
import type { RuleKindDefinition } from './rule-kind';

/**
 * Distinct schools (BRIN) on a lab's roster, co-creating or participating, whether the help desk's enrolment
 * or the lab team put them there: per school year of their membership and per sector, from the month they
 * joined; net of those that left. Equal-access flags are those of the registered school, else its enrolment.
 */
export const LAB_SCHOOLS: RuleKindDefinition<LabSchoolsRule> = {
  unit: 'count',
  measure: DISTINCT,
  net: true,
  factsOf: (_rule, { labs, schoolOf, index }) =>
    labs.labSchools.flatMap((school) =>
      school.joinedOn === undefined
        ? []
        : [
            {
              subject: school.brin,
              sector: school.sector,
              schoolYear: school.schoolYear,
              month: monthOf(school.joinedOn),
              day: dayOf(school.joinedOn),
              flags:
                schoolOf(school.brin)?.equalAccess ?? index.latestEnrolmentFlags.get(school.brin) ?? null,
              withdrawn: hasLeft(school),
              yes: false,
            },
          ],
    ),
};
