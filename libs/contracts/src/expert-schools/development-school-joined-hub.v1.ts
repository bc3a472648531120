import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../event-contract';
import { Description } from '../schema-hints.decorator';
import { IsSchoolYear } from '../shared/programme.value-object';
import { IsBrin, SECTORS, type Sector } from '../shared/school.value-object';
import { IsCalendarDate } from '../shared/time.value-object';
import { TOPICS } from '../topics';

export class DevelopmentSchoolJoinedHubV1Data {
  @Description('id of the hub')
  @IsUUID()
  hubId!: string;

  @Description('id of the development school (the participation the help desk enrolled it under)')
  @IsUUID()
  developmentSchoolId!: string;

  @Description('BRIN of the development school')
  @IsBrin()
  brin!: string;

  @Description('PO (primary) or VO (secondary), of the development school')
  @IsIn(SECTORS)
  sector!: Sector;

  @Description('BRIN of the expert school of the hub')
  @IsBrin()
  expertSchoolBrin!: string;

  @Description('the school year of the hub, e.g. 2025-2026')
  @IsSchoolYear()
  schoolYear!: string;

  @Description('the day the development school joined, YYYY-MM-DD')
  @IsCalendarDate()
  joinedOn!: string;
}

export const DevelopmentSchoolJoinedHubV1 = defineEvent({
  type: 'DevelopmentSchoolJoinedHub',
  version: 1,
  topic: TOPICS.expertSchools,
  description: "A development school joined an expert school's hub to follow its learning track.",
  subject: 'BRIN of the development school',
  dataClass: DevelopmentSchoolJoinedHubV1Data,
});
