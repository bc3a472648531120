import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import {
  validateActivityCatalogue,
  type ActivityCatalogue,
} from '../../domain/activity-catalogue.value-object';
import type { Decision } from '../../domain/enrolment-event.value-object';
import type { ActivityCatalogueState } from '../../infrastructure/activity-catalogue.reader';
import { streams } from '../../infrastructure/enrolment.aggregates';

export interface ReplaceActivityCatalogue {
  readonly entries: ActivityCatalogue;
  /** From when it applies: applications submitted (dated) earlier keep the version in force then. */
  readonly inForceFrom: Date;
  readonly actor: string;
}

@Injectable()
export class ReplaceActivityCatalogueHandler {
  constructor(private readonly store: AggregateStore) {}

  /**
   * Replaces the catalogue as a whole. No event: no other service reads the catalogue, and every
   * application records the activity and amount it was decided on. The stream's history is the audit trail.
   */
  async execute({
    entries,
    inForceFrom,
    actor,
  }: ReplaceActivityCatalogue): Promise<Stored<ActivityCatalogueState>> {
    const catalogue = validateActivityCatalogue(entries);
    return this.store.change<ActivityCatalogueState>(
      streams.catalogue(),
      { command: 'replace-activity-catalogue', actor },
      (current): Decision<ActivityCatalogueState> | undefined =>
        // Saving the same catalogue again changes nothing, so it adds no version to the trail.
        current && JSON.stringify(current.entries) === JSON.stringify(catalogue)
          ? undefined
          : { state: { entries: catalogue, inForceFrom: inForceFrom.toISOString() }, events: [] },
    );
  }
}
