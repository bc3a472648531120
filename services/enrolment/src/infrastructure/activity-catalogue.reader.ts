import { Injectable } from '@nestjs/common';
import { AggregateStore, type Stored } from '@okr/messaging';
import {
  catalogueInForceAt,
  DEFAULT_ACTIVITY_CATALOGUE,
  type ActivityCatalogue,
  type CatalogueVersion,
} from '../domain/activity-catalogue.value-object';
import { streams } from './enrolment.aggregates';

/**
 * The catalogue as stored: wrapped in an object, because a commit's state is a document, not an array; with
 * the moment (the service's clock) from which it applies, so an application dated earlier is checked against
 * the version in force then.
 */
export type ActivityCatalogueState = CatalogueVersion;

/** The catalogue as the API shows it. */
export interface ActivityCatalogueResponse {
  /** 0 while the catalogue was never edited and the built-in default applies. */
  version: number;
  changedAt?: string;
  edited: boolean;
  entries: ActivityCatalogue;
}

export function activityCatalogueResponse(
  stored: Stored<ActivityCatalogueState> | undefined,
): ActivityCatalogueResponse {
  return stored
    ? {
        version: stored.version,
        changedAt: stored.changedAt.toISOString(),
        edited: true,
        entries: stored.state.entries,
      }
    : { version: 0, edited: false, entries: DEFAULT_ACTIVITY_CATALOGUE };
}

/** The activity catalogue in force: the administrator's last edit, or the built-in default until there is one. */
@Injectable()
export class ActivityCatalogueReader {
  constructor(private readonly store: AggregateStore) {}

  /**
   * For a command that only reads the catalogue (an application checks its activity and amount): it changes
   * seldom, so a copy up to REFERENCE_DATA_MAX_AGE_MS old will do.
   */
  async current(): Promise<ActivityCatalogue> {
    const stored = await this.store.loadReference<ActivityCatalogueState>(streams.catalogue());
    return stored?.state.entries ?? DEFAULT_ACTIVITY_CATALOGUE;
  }

  /**
   * The catalogue in force at `moment`: the current one unless it was saved after that moment; only then is
   * the (short) history read.
   */
  async inForceAt(moment: Date): Promise<ActivityCatalogue> {
    const latest = await this.store.loadReference<ActivityCatalogueState>(streams.catalogue());
    if (!latest) return DEFAULT_ACTIVITY_CATALOGUE;
    const { inForceFrom } = latest.state;
    if (inForceFrom === undefined || Date.parse(inForceFrom) <= moment.getTime()) return latest.state.entries;
    const versions = await this.store.history<ActivityCatalogueState>(streams.catalogue());
    return catalogueInForceAt(
      versions.map((commit) => commit.state),
      moment,
    );
  }

  /** As stored now, with its version: what an administrator sees before and after editing it. */
  async read(): Promise<ActivityCatalogueResponse> {
    return activityCatalogueResponse(await this.store.load<ActivityCatalogueState>(streams.catalogue()));
  }
}
