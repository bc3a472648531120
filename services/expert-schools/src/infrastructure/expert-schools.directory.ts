import { Injectable } from '@nestjs/common';
import { AggregateStore } from '@okr/messaging';
import type { AspirantState } from '../domain/aspirant.entity';
import type { DevelopmentSchoolState } from '../domain/development-school.entity';
import { ExpertSchoolsError } from '../domain/expert-schools.errors';
import type { HubState } from '../domain/hub.entity';
import type { SchoolState } from '../domain/school.entity';
import { AGGREGATE_TYPES, streams } from './expert-schools.aggregates';

/** How a school takes part in this pillar. */
export type PillarRole = 'aspirant' | 'expert-school' | 'development-school';

/**
 * The facts several use cases look up across aggregates: which schools are expert schools, their hubs, which
 * schools take part at all. Reads only; every change goes through the store's `change` of one aggregate.
 */
@Injectable()
export class ExpertSchoolsDirectory {
  constructor(private readonly store: AggregateStore) {}

  /** Every certified expert school (a school certified twice, for two approaches, by its latest). */
  async expertSchools(): Promise<AspirantState[]> {
    const aspirants = await this.store.list<AspirantState>(AGGREGATE_TYPES.aspirant);
    const latest = new Map<string, AspirantState>();
    for (const { state } of aspirants) {
      if (state.status !== 'certified' || state.certifiedOn === undefined) continue;
      const known = latest.get(state.brin);
      if (!known || (known.certifiedOn ?? '') < state.certifiedOn) latest.set(state.brin, state);
    }
    return [...latest.values()].sort((a, b) => a.brin.localeCompare(b.brin));
  }

  /** The expert school with this BRIN; EXPERT_SCHOOL.NOT_FOUND when it is none (not yet, or never). */
  async expertSchool(brin: string): Promise<AspirantState> {
    const aspirants = await this.store.list<AspirantState>(AGGREGATE_TYPES.aspirant, { brin });
    const certified = aspirants
      .map(({ state }) => state)
      .filter((state) => state.status === 'certified')
      .sort((a, b) => (b.certifiedOn ?? '').localeCompare(a.certifiedOn ?? ''));
    const found = certified[0];
    if (!found)
      throw new ExpertSchoolsError('EXPERT_SCHOOL.NOT_FOUND', `School ${brin} is no expert school`, { brin });
    return found;
  }

  /** The hubs of a school year. */
  async hubsOf(schoolYear: string): Promise<HubState[]> {
    return (await this.store.list<HubState>(AGGREGATE_TYPES.hub, { schoolYear })).map(({ state }) => state);
  }

  /** The help desk's facts of a school, when it registered the school. */
  async school(brin: string): Promise<SchoolState | undefined> {
    return (await this.store.loadReference<SchoolState>(streams.school(brin)))?.state;
  }

  /** Every school taking part in the pillar (not withdrawn), with how. */
  async participants(): Promise<Map<string, PillarRole[]>> {
    const roles = new Map<string, Set<PillarRole>>();
    const add = (brin: string, role: PillarRole): void => {
      roles.set(brin, (roles.get(brin) ?? new Set()).add(role));
    };
    for (const { state } of await this.store.list<AspirantState>(AGGREGATE_TYPES.aspirant)) {
      if (state.status === 'certified') add(state.brin, 'expert-school');
      else if (state.status === 'enrolled' || state.status === 'selected') add(state.brin, 'aspirant');
    }
    for (const { state } of await this.store.list<DevelopmentSchoolState>(
      AGGREGATE_TYPES.developmentSchool,
    )) {
      if (state.withdrawnOn === undefined) add(state.brin, 'development-school');
    }
    return new Map([...roles].map(([brin, set]) => [brin, [...set].sort()]));
  }
}
