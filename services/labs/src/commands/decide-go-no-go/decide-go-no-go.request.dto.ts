import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GO_NO_GO_DECISIONS,
  GO_NO_GO_REASON_CODES,
  IsCalendarDate,
  IsWithinProgrammeDays,
  type GoNoGoDecision,
  type GoNoGoReasonCode,
} from '@okr/contracts';
import { ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { NotAfterToday } from '@okr/service-kit';

export class DecideGoNoGoRequestDto {
  @ApiProperty({ enum: GO_NO_GO_DECISIONS, description: 'go: on to a field experiment' })
  @IsIn(GO_NO_GO_DECISIONS)
  decision!: GoNoGoDecision;

  @ApiProperty({ enum: GO_NO_GO_REASON_CODES, isArray: true, description: 'why; at least one' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(GO_NO_GO_REASON_CODES, { each: true })
  reasonCodes!: GoNoGoReasonCode[];

  @ApiPropertyOptional({ description: 'the reasons in words, for the lab team; never in the event' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  explanation?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'the day of the decision; today (Dutch time) when left out',
  })
  @IsOptional()
  @IsCalendarDate()
  @IsWithinProgrammeDays()
  @NotAfterToday()
  decidedOn?: string;
}
