import { MessagingConfig } from '@okr/messaging';
import { Describe, IntFromText } from '@okr/service-kit';
import { IsInt, Max, Min } from 'class-validator';

/** The expert-schools service's settings; every key is documented in .env.example. */
export class ExpertSchoolsConfig extends MessagingConfig {
  @Describe('most rows one yearly-results CSV import may hold; a larger file is refused whole')
  @IntFromText()
  @IsInt()
  @Min(1)
  @Max(100_000)
  RESULTS_IMPORT_MAX_ROWS = 20_000;
}
