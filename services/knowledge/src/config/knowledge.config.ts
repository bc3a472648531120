import { Describe, IntFromText } from '@okr/service-kit';
import { MessagingConfig } from '@okr/messaging';
import { IsInt, Matches, Max, Min } from 'class-validator';

/** The knowledge service's settings; every key is documented in .env.example. */
export class KnowledgeConfig extends MessagingConfig {
  @Describe('working days within which the Kennisrotonde answers a question (the service norm)')
  @IntFromText()
  @IsInt()
  @Min(1)
  @Max(120)
  KENNISROTONDE_NORM_WORKING_DAYS = 15;

  @Describe(
    'days that are no working days for the Kennisrotonde norm besides weekends: YYYY-MM-DD, comma-separated',
  )
  @Matches(/^(\d{4}-\d{2}-\d{2}(,\d{4}-\d{2}-\d{2})*)?$/, {
    message: 'KENNISROTONDE_HOLIDAYS lists days as YYYY-MM-DD, separated by commas',
  })
  KENNISROTONDE_HOLIDAYS = '';

  @Describe('years an assessment of an intervention holds before a re-assessment is due')
  @IntFromText()
  @IsInt()
  @Min(1)
  @Max(20)
  ASSESSMENT_VALID_YEARS = 5;

  @Describe(
    'milliseconds between full reloads of the search index from the store, the safety net for a missed change announcement',
  )
  @IntFromText()
  @IsInt()
  @Min(10_000)
  SEARCH_REBUILD_INTERVAL_MS = 3_600_000;

  @Describe('anonymous reads (published products, search) one client may make per PUBLIC_READ_WINDOW_MS')
  @IntFromText()
  @IsInt()
  @Min(1)
  PUBLIC_READ_LIMIT = 300;

  @Describe('the window of PUBLIC_READ_LIMIT, in milliseconds')
  @IntFromText()
  @IsInt()
  @Min(1_000)
  PUBLIC_READ_WINDOW_MS = 60_000;
}
