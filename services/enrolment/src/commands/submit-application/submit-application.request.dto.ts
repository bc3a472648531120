import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTIVITIES, IsBrin, IsWithinProgrammeDays, type Activity } from '@okr/contracts';
import { NotAfterToday, type Clock } from '@okr/service-kit';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { SubmitApplication } from './submit-application.handler';
import type { Requested } from '../requested-command';

/** An application the help desk files on behalf of a school. */
export class SubmitApplicationRequestDto {
  @ApiProperty({ example: '12AB' })
  @IsBrin()
  brin!: string;

  @ApiProperty({ enum: ACTIVITIES })
  @IsIn(ACTIVITIES)
  activity!: Activity;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roundId!: string;

  @ApiProperty({ example: 3_000_000, description: 'euro cents' })
  @IsInt()
  @Min(1)
  requestedAmountCents!: number;

  @ApiProperty({
    example: 'Wij willen een onderzoekscultuur opbouwen rond begrijpend lezen.',
    description: "the school's own words; stays in this service",
  })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  motivation!: string;

  @ApiPropertyOptional({
    example: '2025-03-03T09:30:00Z',
    description:
      'when the school submitted it, ISO 8601 with a zone; now when left out. The round must have been open ' +
      'then, and first come, first served orders by it',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @IsWithinProgrammeDays()
  @NotAfterToday()
  // A day alone would be read as midnight UTC, a day early or late in Dutch time; a moment needs its zone.
  @Matches(/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'submittedAt is a moment with a time and a zone, e.g. 2025-03-03T09:30:00Z',
  })
  submittedAt?: string;
}

/** The command this request asks for, without who records it (the endpoint and the bulk import both use it). */
export function submitApplicationCommand(
  body: SubmitApplicationRequestDto,
  clock: Clock,
): Requested<SubmitApplication> {
  const { submittedAt, ...application } = body;
  return { ...application, submittedAt: submittedAt !== undefined ? new Date(submittedAt) : clock.now() };
}
