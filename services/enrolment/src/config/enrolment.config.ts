import { Describe, IntFromText } from '@okr/service-kit';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { MessagingConfig } from '@okr/messaging';

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
}
