import { OpenSubsidyRoundHandler } from '../commands/open-subsidy-round/open-subsidy-round.handler';
import { OpenSubsidyRoundHttpController } from '../commands/open-subsidy-round/open-subsidy-round.http.controller';
import { GetSubsidyRoundHttpController } from '../queries/get-subsidy-round/get-subsidy-round.http.controller';
import { ListSubsidyRoundsHttpController } from '../queries/list-subsidy-rounds/list-subsidy-rounds.http.controller';
import type { Slices } from './slices';

export const roundSlices: Slices = {
  controllers: [
    OpenSubsidyRoundHttpController,
    ListSubsidyRoundsHttpController,
    GetSubsidyRoundHttpController,
  ],
  providers: [OpenSubsidyRoundHandler],
};
