import type { CalendarDay, Region } from '@okr/contracts';
import { domainEvent, type Decision, type DomainEvent } from './expert-schools-event.value-object';
import { ExpertSchoolsError } from './expert-schools.errors';

/** A regional network of expert teachers and expert school leaders (001 §4.3: five of them). */
export interface RegionalNetworkState {
  readonly networkId: string;
  readonly region: Region;
  readonly title: string;
  readonly formedOn: CalendarDay;
  readonly expertTeacherCount: number;
  readonly expertSchoolLeaderCount: number;
  /** The expert schools the members work at. */
  readonly expertSchoolBrins: readonly string[];
}

/**
 * Forms the network of a region, once: its id is the region's, so a second one in the same region is refused.
 * Its members are expert teachers and school leaders of the expert schools listed, all of which must be
 * certified (the caller checks that; it is a fact of other aggregates).
 */
export function formRegionalNetwork(
  current: RegionalNetworkState | undefined,
  input: Omit<RegionalNetworkState, 'expertSchoolBrins'> & { readonly expertSchoolBrins: readonly string[] },
): Decision<RegionalNetworkState, DomainEvent<'RegionalNetworkFormed'>> {
  if (current) {
    throw new ExpertSchoolsError(
      'NETWORK.ALREADY_FORMED',
      `${current.region} has a network since ${current.formedOn}`,
      {
        networkId: current.networkId,
      },
    );
  }
  if (input.expertTeacherCount + input.expertSchoolLeaderCount === 0) {
    throw new ExpertSchoolsError('NETWORK.NO_MEMBERS', 'A network has expert teachers or school leaders');
  }
  const expertSchoolBrins = [...new Set(input.expertSchoolBrins)].sort();
  const state: RegionalNetworkState = { ...input, title: input.title.trim(), expertSchoolBrins };
  return {
    state,
    events: [
      domainEvent('RegionalNetworkFormed', {
        networkId: state.networkId,
        region: state.region,
        expertTeacherCount: state.expertTeacherCount,
        expertSchoolLeaderCount: state.expertSchoolLeaderCount,
        expertSchoolBrins: [...expertSchoolBrins],
        formedOn: state.formedOn,
      }),
    ],
  };
}
