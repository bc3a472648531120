import { ApiProperty } from '@nestjs/swagger';
import { BRIN_PATTERN, IsCalendarDate, IsWithinProgrammeDays } from '@okr/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

export class PlanPilotRequestDto {
  @ApiProperty({ format: 'uuid', description: 'the sub-project that designed the intervention' })
  @IsUUID()
  subProjectId!: string;

  @ApiProperty({ format: 'uuid', description: 'the intervention to try' })
  @IsUUID()
  interventionId!: string;

  @ApiProperty({ example: 'Pilot pre-teaching groep 5' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ type: [String], example: ['12AB', '34CD'], description: "lab schools on the lab's roster" })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @Matches(BRIN_PATTERN, { each: true, message: 'each value in brins must be a BRIN, e.g. 12AB' })
  brins!: string[];

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  plannedStartOn!: string;
}
