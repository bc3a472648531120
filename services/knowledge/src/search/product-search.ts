import {
  type CalendarDay,
  type EvidenceLevel,
  type KnowledgeProductType,
  type KnowledgeSector,
  type PillarCode,
} from '@okr/contracts';
import MiniSearch from 'minisearch';
import { type CurrentEvidence, currentEvidence } from '../domain/evidence.rules';
import { isPubliclyVisible, type ProductState } from '../domain/product.entity';
import { termOf, tokensOf } from './dutch-text';

// The published products in memory, with a MiniSearch full-text index over their Dutch text (see ADR 0008):
// relevance-ranked (BM25 over title, summary, themes and body, title weighed most), filters, facets with
// counts and pages. Every replica holds the same products, so it answers the same query the same way; ties
// are broken by product id so that the order never depends on the order products arrived in.

/** What a search may ask for; every filter narrows (AND), several values of one filter widen (OR). */
export interface SearchQuery {
  readonly text?: string;
  readonly productTypes?: readonly KnowledgeProductType[];
  readonly themes?: readonly string[];
  readonly sectors?: readonly KnowledgeSector[];
  /** A pillar (P3) matches its sub-aspects (P3.A) too. */
  readonly pillarCodes?: readonly PillarCode[];
  /** Interventions whose current evidence is valid and of one of these levels. */
  readonly evidenceLevels?: readonly EvidenceLevel[];
  readonly page: number;
  readonly pageSize: number;
}

/** A published product as a search result. */
export interface SearchHit {
  readonly productId: string;
  readonly productType: KnowledgeProductType;
  readonly title: string;
  readonly summary: string;
  readonly themes: readonly string[];
  readonly sectors: readonly KnowledgeSector[];
  readonly pillarCodes: readonly PillarCode[];
  readonly revision: number;
  readonly publishedOn: CalendarDay;
  readonly evidence?: CurrentEvidence;
  /** Relevance; absent without a text query (then the newest come first). */
  readonly score?: number;
}

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

/** How many results have each value, per facet: the counts of the results of the whole query. */
export interface Facets {
  readonly productType: readonly FacetCount[];
  readonly themes: readonly FacetCount[];
  readonly sectors: readonly FacetCount[];
  /** Per pillar (P1…P7), counting products tagged with the pillar or any of its sub-aspects. */
  readonly pillars: readonly FacetCount[];
  readonly evidenceLevel: readonly FacetCount[];
}

export interface SearchResult {
  readonly items: SearchHit[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly facets: Facets;
}

interface Indexed {
  readonly product: ProductState;
  readonly hit: Omit<SearchHit, 'evidence' | 'score'>;
}

interface Match {
  readonly indexed: Indexed;
  readonly score: number | undefined;
  readonly evidence: CurrentEvidence | undefined;
}

// Plain code-unit comparison: ids and days are ASCII, and localeCompare costs a hundred times more per call.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface IndexedText {
  id: string;
  title: string;
  summary: string;
  themes: string;
  body: string;
}

function analyse(text: string): string[] {
  return tokensOf(text)
    .map(termOf)
    .filter((term): term is string => term !== null);
}

/** The published products and their full-text index. Not thread-safe by design: Node runs it on one thread. */
export class ProductSearch {
  private readonly products = new Map<string, Indexed>();
  /** The products newest first (then by id): the order without a text query, kept until the next change. */
  private newestFirst: Indexed[] | undefined;
  private readonly index = new MiniSearch<IndexedText>({
    fields: ['title', 'summary', 'themes', 'body'],
    idField: 'id',
    tokenize: (text) => tokensOf(text),
    processTerm: (term) => termOf(term) ?? null,
    searchOptions: {
      boost: { title: 4, summary: 2, themes: 2 },
      combineWith: 'AND',
      // The last word of a query also matches longer words (typing "woordensch" finds "woordenschat").
      prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 4,
    },
  });

  /** How many published products it holds. */
  get size(): number {
    return this.products.size;
  }

  /** Puts a product in, or takes it out when it is not (or no longer) publicly visible. */
  put(product: ProductState): void {
    this.remove(product.productId);
    this.newestFirst = undefined;
    const published = product.published;
    if (!isPubliclyVisible(product) || published === undefined) return;
    const { content } = published;
    this.products.set(product.productId, {
      product,
      hit: {
        productId: product.productId,
        productType: product.productType,
        title: content.title,
        summary: content.summary,
        themes: content.themes,
        sectors: content.sectors,
        pillarCodes: content.pillarCodes,
        revision: published.revision,
        publishedOn: published.publishedOn,
      },
    });
    this.index.add({
      id: product.productId,
      title: content.title,
      summary: content.summary,
      themes: content.themes.join(' ').replace(/-/g, ' '),
      body: content.body,
    });
  }

  /** Takes a product out (nothing happens for one it does not hold). */
  remove(productId: string): void {
    if (!this.products.has(productId)) return;
    this.newestFirst = undefined;
    this.products.delete(productId);
    this.index.discard(productId);
  }

  /** Replaces everything it holds with these products. */
  replaceAll(products: Iterable<ProductState>): void {
    this.products.clear();
    this.newestFirst = undefined;
    this.index.removeAll();
    for (const product of products) this.put(product);
  }

  private inNewestOrder(): readonly Indexed[] {
    this.newestFirst ??= [...this.products.values()].sort(byNewest);
    return this.newestFirst;
  }

  /** The products matching a query, most relevant (or, without text, newest) first, with facets over all of them. */
  search(query: SearchQuery, today: CalendarDay): SearchResult {
    const text = query.text?.trim() ?? '';
    const candidates: Array<{ indexed: Indexed; score: number | undefined }> = [];
    const byText = text !== '' && analyse(text).length > 0;
    if (!byText) {
      for (const indexed of this.inNewestOrder()) candidates.push({ indexed, score: undefined });
    } else {
      for (const result of this.index.search(text)) {
        const indexed = this.products.get(String(result.id));
        if (indexed !== undefined) candidates.push({ indexed, score: result.score });
      }
    }
    const matching: Match[] = [];
    for (const { indexed, score } of candidates) {
      const evidence =
        indexed.product.assessments.length === 0 ? undefined : currentEvidence(indexed.product, today);
      if (matches(indexed.hit, evidence, query)) matching.push({ indexed, score, evidence });
    }
    // Without text the candidates came newest first already; with text, by score, ties still to be broken.
    if (byText)
      matching.sort(
        (a, b) =>
          (b.score ?? 0) - (a.score ?? 0) ||
          compareText(b.indexed.hit.publishedOn, a.indexed.hit.publishedOn) ||
          compareText(a.indexed.hit.productId, b.indexed.hit.productId),
      );
    const start = (query.page - 1) * query.pageSize;
    return {
      items: matching.slice(start, start + query.pageSize).map(({ indexed, score, evidence }) => ({
        ...indexed.hit,
        ...(evidence !== undefined ? { evidence } : {}),
        ...(score !== undefined ? { score: Math.round(score * 1000) / 1000 } : {}),
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: matching.length,
      facets: facetsOf(matching),
    };
  }
}

function byNewest(a: Indexed, b: Indexed): number {
  return compareText(b.hit.publishedOn, a.hit.publishedOn) || compareText(a.hit.productId, b.hit.productId);
}

function anyOf<T>(wanted: readonly T[] | undefined, has: (value: T) => boolean): boolean {
  return wanted === undefined || wanted.length === 0 || wanted.some(has);
}

function matches(hit: Indexed['hit'], evidence: CurrentEvidence | undefined, query: SearchQuery): boolean {
  return (
    anyOf(query.productTypes, (type) => hit.productType === type) &&
    anyOf(query.themes, (theme) => hit.themes.includes(theme)) &&
    anyOf(query.sectors, (sector) => hit.sectors.includes(sector)) &&
    anyOf(query.pillarCodes, (code) =>
      hit.pillarCodes.some((tag) => tag === code || tag.startsWith(`${code}.`)),
    ) &&
    anyOf(query.evidenceLevels, (level) => evidence?.status === 'valid' && evidence.evidenceLevel === level)
  );
}

function facetsOf(results: readonly Match[]): Facets {
  const counter = (): Map<string, number> => new Map<string, number>();
  const [types, themes, sectors, pillars, levels] = [counter(), counter(), counter(), counter(), counter()];
  const add = (map: Map<string, number>, value: string): void => {
    map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const {
    indexed: { hit },
    evidence,
  } of results) {
    add(types, hit.productType);
    for (const theme of hit.themes) add(themes, theme);
    for (const sector of hit.sectors) add(sectors, sector);
    const ofPillars = new Set<string>();
    for (const code of hit.pillarCodes) ofPillars.add(code.slice(0, 2));
    for (const pillar of ofPillars) add(pillars, pillar);
    if (evidence?.status === 'valid') add(levels, evidence.evidenceLevel);
  }
  const sorted = (map: Map<string, number>): FacetCount[] =>
    [...map]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
  return {
    productType: sorted(types),
    themes: sorted(themes),
    sectors: sorted(sectors),
    pillars: sorted(pillars),
    evidenceLevel: sorted(levels),
  };
}
