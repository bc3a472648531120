import { type Region, RegionalNetworkFormedV1 } from '@okr/contracts';
import { handlerFor, projection } from '../projection';

/** A regional network of expert teachers and expert school leaders, by network id: about no one school. */
export interface RegionalNetworkFact {
  networkId: string;
  region: Region;
  /** Earliest formedOn, then stamp. */
  formedOn: string;
  stamp: string;
}

const on = handlerFor<RegionalNetworkFact>();

export const regionalNetworkProjection = projection('regionalNetworks', [
  on(RegionalNetworkFormedV1, {
    key: (data) => data.networkId,
    initial: ({ data, stamp }) => ({
      networkId: data.networkId,
      region: data.region,
      formedOn: data.formedOn,
      stamp,
    }),
    evolve: (network, { data, stamp }) => {
      if (`${data.formedOn}|${stamp}` < `${network.formedOn}|${network.stamp}`) {
        Object.assign(network, { region: data.region, formedOn: data.formedOn, stamp });
      }
    },
  }),
]);
