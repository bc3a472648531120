import {
  type CoCreationCounts,
  type KnowledgeProductType,
  type KnowledgeSector,
  KnowledgeProductPublishedV1,
  KnowledgeProductRetiredV1,
  KnowledgeProductRevisedV1,
} from '@okr/contracts';
import { earliest, isEarlier } from '../merge';
import { handlerFor, projection } from '../projection';

/** A knowledge product as the KPIs count it: by its first publication. */
export interface KnowledgeProductFact {
  productId: string;
  productType: KnowledgeProductType;
  /** The day of the first publication (KnowledgeProductPublished); absent while only revisions were seen. */
  firstPublishedOn?: string;
  /** Stamp of that publication, which also gives the sectors and co-creation counts. */
  publicationStamp?: string;
  sectors?: KnowledgeSector[];
  coCreation?: CoCreationCounts;
  /** The earliest day it was taken offline. Output KPIs still count it: it was published. */
  retiredOn?: string;
}

const on = handlerFor<KnowledgeProductFact>();
const byProduct = {
  key: ({ productId }: { productId: string }) => productId,
  initial: ({
    data,
  }: {
    data: { productId: string; productType: KnowledgeProductType };
  }): KnowledgeProductFact => ({
    productId: data.productId,
    productType: data.productType,
  }),
};

/**
 * Knowledge products by id: the first publication (earliest by stamp) gives the day, sectors and co-creation;
 * a revision does not make a product count again; a retirement is kept by its earliest day.
 */
export const knowledgeProductProjection = projection('knowledgeProducts', [
  on(KnowledgeProductPublishedV1, {
    ...byProduct,
    evolve: (product, { data, stamp }) => {
      if (!isEarlier(stamp, product.publicationStamp)) return;
      product.firstPublishedOn = data.publishedOn;
      product.publicationStamp = stamp;
      product.sectors = [...data.sectors].sort();
      product.coCreation = { ...data.coCreation };
    },
  }),
  // A revision changes nothing the KPIs count; it is projected so it is read, not counted as unknown.
  on(KnowledgeProductRevisedV1, { ...byProduct, evolve: () => undefined }),
  on(KnowledgeProductRetiredV1, {
    ...byProduct,
    evolve: (product, { data }) => {
      product.retiredOn = earliest(product.retiredOn, data.retiredOn);
    },
  }),
]);
