import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { OnlyWhen, RequiredWhen } from '../conditional-field.decorator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import {
  ACTIVITIES,
  IsPillarOfActivity,
  IsSchoolYear,
  PILLARS,
  type Activity,
  type Pillar,
} from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

const isTrajectory = (data: ParticipationCompletedV1Data): boolean => data.pillar === 'improvement-culture';

export class ParticipationCompletedV1Data {
  @Description('id of the participation')
  @IsUUID()
  participationId!: string;

  @Description('BRIN of the school')
  @IsBrin()
  brin!: string;

  @Description('the activity the school completed')
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @Description('the pillar the activity belongs to')
  @IsIn(PILLARS)
  @IsPillarOfActivity()
  pillar!: Pillar;

  @Description('PO (primary) or VO (secondary)')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('the school year of the participation, e.g. 2024-2025')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the day the participation was completed, YYYY-MM-DD')
  @IsCalendarDate()
  completedOn!: string;

  @Description(
    'whether the trajectory improved pupil development on its theme; given exactly when pillar is improvement-culture',
  )
  @RequiredWhen(isTrajectory, 'pillar is improvement-culture')
  @OnlyWhen(isTrajectory, 'pillar is improvement-culture')
  @IsBoolean()
  pupilDevelopmentImproved?: boolean;
}

export const ParticipationCompletedV1 = defineEvent({
  type: 'ParticipationCompleted',
  version: 1,
  topic: TOPICS.enrolment,
  description: 'A school completed its participation in an activity for a school year.',
  subject: 'BRIN of the school',
  dataClass: ParticipationCompletedV1Data,
});
