import { MessagingConfig } from '@okr/messaging';
import { Describe, IntFromText } from '@okr/service-kit';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** The enrolment service's settings; every key is documented in .env.example. */
export class EnrolmentConfig extends MessagingConfig {
  @Describe('a school with fewer pupils than this counts as a small regional school (equal-access flag)')
  @IntFromText()
  @IsInt()
  @Min(1)
  SMALL_SCHOOL_PUPIL_THRESHOLD = 150;

  @Describe('working days within which the help desk gives an inquiry its first response')
  @IntFromText()
  @IsInt()
  @Min(1)
  @Max(60)
  FIRST_RESPONSE_WORKING_DAYS = 5;

  @Describe(
    'days that are no working days for the first-response norm besides weekends: YYYY-MM-DD, comma-separated',
  )
  @Matches(/^(\d{4}-\d{2}-\d{2}(,\d{4}-\d{2}-\d{2})*)?$/, {
    message: 'FIRST_RESPONSE_HOLIDAYS lists days as YYYY-MM-DD, separated by commas',
  })
  FIRST_RESPONSE_HOLIDAYS = '';

  @Describe(
    'milliseconds a fact another command reads (a school, round, intake) may be served from memory; a replica drops it when another announces a newer version (and drops all after a lost Redis connection), so this only bounds the unforeseen',
  )
  @IntFromText()
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  REFERENCE_DATA_MAX_AGE_MS = 300_000;
}
