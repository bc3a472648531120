import { applicationProjection } from './application.projection';
import { coachProjection } from './coach.projection';
import { inquiryProjection } from './inquiry.projection';
import { intakeProjection } from './intake.projection';
import { participationProjection } from './participation.projection';
import { roundProjection } from './round.projection';
import { schoolProjection } from './school.projection';

/** The facts monitoring keeps of the enrolment context (the help desk), one projection per record kind. */
export const enrolmentProjections = [
  schoolProjection,
  participationProjection,
  coachProjection,
  inquiryProjection,
  intakeProjection,
  applicationProjection,
  roundProjection,
] as const;
