import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITIES, type Activity } from '@okr/contracts';
import { IsIn } from 'class-validator';
import { BrinParam } from '@okr/service-kit';

/** `/schools/:brin/intakes/:activity`, checked before any lookup so that a typo answers 400, not 404. */
export class GetIntakeParamsDto extends BrinParam {
  @ApiProperty({ enum: ACTIVITIES })
  @IsIn(ACTIVITIES)
  activity!: Activity;
}
