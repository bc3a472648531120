import { ImportYearlyResultsHandler } from '../commands/import-yearly-results/import-yearly-results.handler';
import { ImportYearlyResultsHttpController } from '../commands/import-yearly-results/import-yearly-results.http.controller';
import { FindCandidatesHttpController } from '../queries/find-candidates/find-candidates.http.controller';
import type { Slices } from './slices';

/** The candidate finder: yearly results imported as CSV, and the schools seed 002's rule picks from them. */
export const candidateSlices: Slices = {
  controllers: [ImportYearlyResultsHttpController, FindCandidatesHttpController],
  providers: [ImportYearlyResultsHandler],
};
