import { ReplaceActivityCatalogueHandler } from '../commands/replace-activity-catalogue/replace-activity-catalogue.handler';
import { ReplaceActivityCatalogueHttpController } from '../commands/replace-activity-catalogue/replace-activity-catalogue.http.controller';
import { ActivityCatalogueReader } from '../infrastructure/activity-catalogue.reader';
import { GetActivityCatalogueHttpController } from '../queries/get-activity-catalogue/get-activity-catalogue.http.controller';
import type { Slices } from './slices';

export const catalogueSlices: Slices = {
  controllers: [GetActivityCatalogueHttpController, ReplaceActivityCatalogueHttpController],
  // The reader is the catalogue's one way in for other areas too (applications check against it).
  providers: [ActivityCatalogueReader, ReplaceActivityCatalogueHandler],
};
