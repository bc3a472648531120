import { RecordGatheringHandler } from '../commands/record-gathering/record-gathering.handler';
import { RecordGatheringHttpController } from '../commands/record-gathering/record-gathering.http.controller';
import { GetGatheringHttpController } from '../queries/get-gathering/get-gathering.http.controller';
import { ListGatheringsHttpController } from '../queries/list-gatherings/list-gatherings.http.controller';
import type { Slices } from './slices';

export const gatheringSlices: Slices = {
  controllers: [RecordGatheringHttpController, ListGatheringsHttpController, GetGatheringHttpController],
  providers: [RecordGatheringHandler],
};
