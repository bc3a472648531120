import { ApiProperty } from '@nestjs/swagger';
import { ACTIVITIES, IsSchoolYear, type Activity, IsWithinProgrammeDays } from '@okr/contracts';
import { Type } from 'class-transformer';
import { DEFAULT_ROUND_MAXIMUM_CENTS } from '../../domain/activity-catalogue.value-object';
import { ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, Matches, Min, ValidateNested } from 'class-validator';
import type { OpenSubsidyRound } from './open-subsidy-round.handler';
import type { Requested } from '../requested-command';

// A moment without its zone would be read in the server's zone; a round's period must mean the same everywhere.
const WITH_ZONE = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export class ActivityAmountDto {
  @ApiProperty({ enum: ACTIVITIES })
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @ApiProperty({
    example: DEFAULT_ROUND_MAXIMUM_CENTS,
    description: 'the most a school can be granted for it, in euro cents',
  })
  @IsInt()
  @Min(1)
  maxAmountCents!: number;
}

export class OpenSubsidyRoundRequestDto {
  @ApiProperty({ example: '2025-2026' })
  @IsSchoolYear()
  schoolYear!: string;

  @ApiProperty({ example: '2025-03-01T08:00:00Z', description: 'applications are taken from this moment' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsWithinProgrammeDays()
  @Matches(WITH_ZONE, { message: 'opensAt is a moment with a time and a zone, e.g. 2025-03-01T08:00:00Z' })
  opensAt!: string;

  @ApiProperty({
    example: '2025-04-01T15:00:00Z',
    description: 'applications are taken until just before this moment; later than opensAt',
  })
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsWithinProgrammeDays()
  @Matches(WITH_ZONE, { message: 'closesAt is a moment with a time and a zone, e.g. 2025-04-01T15:00:00Z' })
  closesAt!: string;

  @ApiProperty({ example: 10_000_000, description: 'euro cents' })
  @IsInt()
  @Min(1)
  budgetCents!: number;

  @ApiProperty({ example: 3, description: 'the most applications the round grants' })
  @IsInt()
  @Min(1)
  maxGrants!: number;

  @ApiProperty({
    type: ActivityAmountDto,
    isArray: true,
    description: 'the activities the round offers, each with the most it grants; one entry per activity',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ActivityAmountDto)
  activityAmounts!: ActivityAmountDto[];
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function openRoundCommand(body: OpenSubsidyRoundRequestDto): Requested<OpenSubsidyRound> {
  return {
    schoolYear: body.schoolYear,
    opensAt: new Date(body.opensAt),
    closesAt: new Date(body.closesAt),
    budgetCents: body.budgetCents,
    maxGrants: body.maxGrants,
    activityAmounts: body.activityAmounts.map(({ activity, maxAmountCents }) => ({
      activity,
      maxAmountCents,
    })),
  };
}
