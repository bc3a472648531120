import type { CalendarDay, EqualAccessFlags, PillarCode, Sector } from '@okr/contracts';
import type { Decision } from './expert-schools-event.value-object';
import { ExpertSchoolsError } from './expert-schools.errors';

/** A development school: the help desk enrolled it to learn from an expert school (001 §3.5, "ontwikkelscholen"). */
export interface DevelopmentSchoolState {
  /** The participation the help desk enrolled the school under. */
  readonly developmentSchoolId: string;
  readonly brin: string;
  readonly sector: Sector;
  readonly schoolYear: string;
  readonly enrolledOn: CalendarDay;
  readonly equalAccess: Readonly<EqualAccessFlags>;
  /** What the school wants to improve, which matching compares with the expert schools' approaches. */
  readonly improvementQuestion?: {
    readonly themes: readonly string[];
    readonly pillarCodes: readonly PillarCode[];
  };
  readonly withdrawnOn?: CalendarDay;
}

/** The help desk enrolled the school as development school: it appears here, to be matched; once. */
export function enrolDevelopmentSchool(
  current: DevelopmentSchoolState | undefined,
  enrolment: Omit<DevelopmentSchoolState, 'improvementQuestion' | 'withdrawnOn'>,
): Decision<DevelopmentSchoolState, never> | undefined {
  if (current) return undefined;
  return { state: { ...enrolment, equalAccess: { ...enrolment.equalAccess } }, events: [] };
}

/** The school withdrew at the help desk; once is enough. */
export function withdrawDevelopmentSchool(
  school: DevelopmentSchoolState | undefined,
  withdrawnOn: CalendarDay,
): Decision<DevelopmentSchoolState, never> | undefined {
  const found = mustExistDevelopmentSchool(school);
  if (found.withdrawnOn !== undefined) return undefined;
  return { state: { ...found, withdrawnOn }, events: [] };
}

/** Records (or replaces) the school's improvement question. */
export function describeImprovementQuestion(
  school: DevelopmentSchoolState | undefined,
  question: { readonly themes: readonly string[]; readonly pillarCodes: readonly PillarCode[] },
): Decision<DevelopmentSchoolState, never> {
  const found = activeDevelopmentSchool(school);
  return {
    state: {
      ...found,
      improvementQuestion: {
        themes: [...new Set(question.themes.map((theme) => theme.trim()))],
        pillarCodes: [...new Set(question.pillarCodes)],
      },
    },
    events: [],
  };
}

/** The school, refusing one that withdrew: it joins no hub and is matched no more. */
export function activeDevelopmentSchool(school: DevelopmentSchoolState | undefined): DevelopmentSchoolState {
  const found = mustExistDevelopmentSchool(school);
  if (found.withdrawnOn !== undefined) {
    throw new ExpertSchoolsError('DEVELOPMENT_SCHOOL.WITHDRAWN', 'The development school withdrew', {
      withdrawnOn: found.withdrawnOn,
    });
  }
  return found;
}

function mustExistDevelopmentSchool(school: DevelopmentSchoolState | undefined): DevelopmentSchoolState {
  if (!school) {
    throw new ExpertSchoolsError('DEVELOPMENT_SCHOOL.NOT_FOUND', 'The development school does not exist');
  }
  return school;
}
