import {
  type KnowledgeProductType,
  KnowledgeProductUsedV1,
  type Sector,
  type UseSource,
} from '@okr/contracts';
import { handlerFor, projection } from '../projection';

/** A school's recorded effective use of a knowledge product. */
export interface KnowledgeUseFact {
  useId: string;
  brin: string;
  productId: string;
  productType: KnowledgeProductType;
  sector?: Sector;
  source: UseSource;
  usedOn: string;
}

const on = handlerFor<KnowledgeUseFact>();

/** Uses by id (the knowledge service derives it from school, product, day and source): one event each. */
export const knowledgeUseProjection = projection('knowledgeUses', [
  on(KnowledgeProductUsedV1, {
    key: (data) => data.useId,
    initial: ({ data }) => ({
      useId: data.useId,
      brin: data.brin,
      productId: data.productId,
      productType: data.productType,
      ...(data.sector !== undefined ? { sector: data.sector } : {}),
      source: data.source,
      usedOn: data.usedOn,
    }),
    evolve: () => undefined,
  }),
]);
