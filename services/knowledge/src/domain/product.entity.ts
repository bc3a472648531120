import {
  addMonths,
  type CalendarDay,
  type CoCreationCounts,
  type CostIndication,
  type EvidenceLevel,
  type KnowledgeProductType,
  type KnowledgeSector,
  type PillarCode,
  type RetirementReasonCode,
  type TargetGroup,
} from '@okr/contracts';
import { domainEvent, type Decision, type DomainEvent } from './knowledge-event.value-object';
import { ProductError } from './product.errors';

// A knowledge product of Onderwijskennis.nl. Editors write a working copy; a quality committee reviews it and
// either approves it (it is published) or asks for changes, with reasons (back to draft). A published product
// can be revised: the revision is a new working copy that goes through the same review while the published
// version stays visible; each approved version is kept. A retired product is offline for good.

/** A link to a source the product builds on. */
export interface SourceLink {
  readonly title: string;
  readonly url: string;
}

/** What editors write: the text and how it is tagged. */
export interface ProductContent {
  readonly title: string;
  readonly summary: string;
  /** Markdown. */
  readonly body: string;
  readonly themes: readonly string[];
  readonly sectors: readonly KnowledgeSector[];
  readonly pillarCodes: readonly PillarCode[];
  readonly sources: readonly SourceLink[];
  /** How many people of each role made this version with the NRO. */
  readonly coCreation: CoCreationCounts;
}

/** The version editors work on: a new product's first version, or a revision of a published one. */
export interface WorkingCopy {
  readonly content: ProductContent;
  readonly stage: 'draft' | 'in-review';
  readonly submittedOn?: CalendarDay;
}

/** A version the committee approved. */
export interface PublishedVersion {
  readonly revision: number;
  readonly publishedOn: CalendarDay;
  readonly content: ProductContent;
}

/** A decision of the quality committee on a submitted version. */
export interface Review {
  /** The revision the version would have become. */
  readonly revision: number;
  readonly submittedOn: CalendarDay;
  readonly decidedOn: CalendarDay;
  readonly decision: ReviewDecision;
  /** The committee's reasons: required when it asks for changes. */
  readonly reasons: readonly string[];
}

export const REVIEW_DECISIONS = ['approved', 'changes-requested'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** An assessment of an intervention's evidence. */
export interface Assessment {
  readonly assessmentId: string;
  readonly evidenceLevel: EvidenceLevel;
  readonly assessedOn: CalendarDay;
  /** The last day the assessment holds; after it a re-assessment is due and the assessment shows as expired. */
  readonly validUntil: CalendarDay;
  readonly assessorBody: string;
  readonly effectSize?: number;
  readonly targetGroup: TargetGroup;
  readonly sectors: readonly KnowledgeSector[];
  readonly costIndication: CostIndication;
}

export interface ProductState {
  readonly productId: string;
  readonly productType: KnowledgeProductType;
  readonly createdOn: CalendarDay;
  /** The Kennisrotonde case a Kennisrotonde answer was drafted from. */
  readonly caseId?: string;
  readonly workingCopy?: WorkingCopy;
  /** The version the public sees; absent until the first approval. */
  readonly published?: PublishedVersion;
  /** Every approved version, oldest first (the last one is `published`). */
  readonly versions: readonly PublishedVersion[];
  readonly reviews: readonly Review[];
  readonly retired?: { readonly retiredOn: CalendarDay; readonly reasonCode: RetirementReasonCode };
  /** Assessments of an intervention, in the order they were recorded. */
  readonly assessments: readonly Assessment[];
}

export const PRODUCT_STATUSES = ['draft', 'in-review', 'published', 'retired'] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Where the product stands for the public: draft and in review until first published, then published or retired. */
export function statusOf(product: ProductState): ProductStatus {
  if (product.retired) return 'retired';
  if (product.published) return 'published';
  return product.workingCopy?.stage === 'in-review' ? 'in-review' : 'draft';
}

/** Whether anyone may read the product without a role: published and not retired. */
export function isPubliclyVisible(product: ProductState): boolean {
  return statusOf(product) === 'published';
}

/** Creates a product as a draft (no event: a draft is the editors' business until it is published). */
export function createProduct(
  current: ProductState | undefined,
  input: {
    readonly productId: string;
    readonly productType: KnowledgeProductType;
    readonly content: ProductContent;
    readonly createdOn: CalendarDay;
    readonly caseId?: string;
  },
): Decision<ProductState> {
  if (current) {
    throw new ProductError('PRODUCT.ALREADY_EXISTS', `Product ${current.productId} already exists`, {
      productId: current.productId,
    });
  }
  return {
    state: {
      productId: input.productId,
      productType: input.productType,
      createdOn: input.createdOn,
      ...(input.caseId !== undefined ? { caseId: input.caseId } : {}),
      workingCopy: { content: input.content, stage: 'draft' },
      versions: [],
      reviews: [],
      assessments: [],
    },
    events: [],
  };
}

/**
 * Replaces the working copy's content. On a published product without one it starts a revision; the
 * published version stays as it is until the revision is approved.
 */
export function editProduct(
  product: ProductState | undefined,
  input: { readonly content: ProductContent },
): Decision<ProductState> {
  const found = mustExist(product);
  assertNotRetired(found);
  if (found.workingCopy?.stage === 'in-review') {
    throw new ProductError(
      'PRODUCT.IN_REVIEW',
      `Product ${found.productId} is with the quality committee; it can be changed after its decision`,
      { productId: found.productId },
    );
  }
  return { state: { ...found, workingCopy: { content: input.content, stage: 'draft' } }, events: [] };
}

/** Hands the working copy to the quality committee. */
export function submitForReview(
  product: ProductState | undefined,
  input: { readonly submittedOn: CalendarDay },
): Decision<ProductState> {
  const found = mustExist(product);
  assertNotRetired(found);
  const copy = found.workingCopy;
  if (copy === undefined) {
    throw new ProductError('PRODUCT.NOTHING_TO_SUBMIT', `Product ${found.productId} has no draft to review`, {
      productId: found.productId,
    });
  }
  if (copy.stage === 'in-review') {
    throw new ProductError('PRODUCT.IN_REVIEW', `Product ${found.productId} is already in review`, {
      productId: found.productId,
    });
  }
  if (found.published && input.submittedOn < found.published.publishedOn) {
    throw dayOutOfOrder(found, 'submission', input.submittedOn, found.published.publishedOn);
  }
  return {
    state: { ...found, workingCopy: { ...copy, stage: 'in-review', submittedOn: input.submittedOn } },
    events: [],
  };
}

export type ProductPublished = DomainEvent<'KnowledgeProductPublished'>;
export type ProductRevised = DomainEvent<'KnowledgeProductRevised'>;

/**
 * The quality committee's decision on the version in review. Approved, it becomes the published version (the
 * first: KnowledgeProductPublished; a revision: KnowledgeProductRevised). Changes requested, it goes back to
 * draft, with the committee's reasons.
 */
export function decideReview(
  product: ProductState | undefined,
  input: {
    readonly decision: ReviewDecision;
    readonly reasons: readonly string[];
    readonly decidedOn: CalendarDay;
  },
): Decision<ProductState, ProductPublished | ProductRevised> {
  const found = mustExist(product);
  assertNotRetired(found);
  const copy = found.workingCopy;
  if (copy?.stage !== 'in-review' || copy.submittedOn === undefined) {
    throw new ProductError('PRODUCT.NOT_IN_REVIEW', `Product ${found.productId} is not in review`, {
      productId: found.productId,
    });
  }
  if (input.decidedOn < copy.submittedOn) {
    throw dayOutOfOrder(found, 'decision', input.decidedOn, copy.submittedOn);
  }
  const reasons = input.reasons.map((reason) => reason.trim()).filter((reason) => reason !== '');
  const revision = (found.published?.revision ?? 0) + 1;
  const review: Review = {
    revision,
    submittedOn: copy.submittedOn,
    decidedOn: input.decidedOn,
    decision: input.decision,
    reasons,
  };
  if (input.decision === 'changes-requested') {
    if (reasons.length === 0) {
      throw new ProductError('PRODUCT.REASONS_REQUIRED', 'A request for changes gives its reasons', {
        productId: found.productId,
      });
    }
    return {
      state: {
        ...found,
        workingCopy: { content: copy.content, stage: 'draft' },
        reviews: [...found.reviews, review],
      },
      events: [],
    };
  }
  const version: PublishedVersion = { revision, publishedOn: input.decidedOn, content: copy.content };
  const { workingCopy: _approved, ...withoutCopy } = found;
  const facts = publishedFacts(found, version);
  return {
    state: {
      ...withoutCopy,
      published: version,
      versions: [...found.versions, version],
      reviews: [...found.reviews, review],
    },
    events: [
      revision === 1
        ? domainEvent('KnowledgeProductPublished', { ...facts, publishedOn: input.decidedOn })
        : domainEvent('KnowledgeProductRevised', { ...facts, revisedOn: input.decidedOn }),
    ],
  };
}

/** Takes a published product offline, with a reason code. */
export function retireProduct(
  product: ProductState | undefined,
  input: { readonly retiredOn: CalendarDay; readonly reasonCode: RetirementReasonCode },
): Decision<ProductState, DomainEvent<'KnowledgeProductRetired'>> {
  const found = mustExist(product);
  assertNotRetired(found);
  const published = mustBePublished(found);
  if (input.retiredOn < published.publishedOn) {
    throw dayOutOfOrder(found, 'retirement', input.retiredOn, published.publishedOn);
  }
  return {
    state: { ...found, retired: { retiredOn: input.retiredOn, reasonCode: input.reasonCode } },
    events: [
      domainEvent('KnowledgeProductRetired', {
        productId: found.productId,
        productType: found.productType,
        revision: published.revision,
        reasonCode: input.reasonCode,
        retiredOn: input.retiredOn,
      }),
    ],
  };
}

/** How long an assessment holds: a re-assessment is due this many years after it. */
export interface AssessmentValidity {
  readonly years: number;
}

/** Records an assessment of an intervention; it holds for the configured number of years. */
export function assessIntervention(
  product: ProductState | undefined,
  input: Omit<Assessment, 'validUntil'> & { readonly validity: AssessmentValidity },
): Decision<ProductState, DomainEvent<'InterventionAssessed'>> {
  const found = mustExist(product);
  assertNotRetired(found);
  if (found.productType !== 'intervention') {
    throw new ProductError(
      'PRODUCT.NOT_AN_INTERVENTION',
      `Product ${found.productId} is a ${found.productType}; only interventions are assessed`,
      { productId: found.productId, productType: found.productType },
    );
  }
  const { validity, ...fields } = input;
  const assessment: Assessment = { ...fields, validUntil: addMonths(input.assessedOn, 12 * validity.years) };
  return {
    state: { ...found, assessments: [...found.assessments, assessment] },
    events: [
      domainEvent('InterventionAssessed', {
        productId: found.productId,
        assessmentId: assessment.assessmentId,
        evidenceLevel: assessment.evidenceLevel,
        assessedOn: assessment.assessedOn,
        validUntil: assessment.validUntil,
        assessorBody: assessment.assessorBody,
        ...(assessment.effectSize !== undefined ? { effectSize: assessment.effectSize } : {}),
        targetGroup: assessment.targetGroup,
        sectors: [...assessment.sectors],
        costIndication: assessment.costIndication,
      }),
    ],
  };
}

/** The published version; throws when the product has never been published. */
export function mustBePublished(product: ProductState): PublishedVersion {
  if (product.published === undefined) {
    throw new ProductError('PRODUCT.NOT_PUBLISHED', `Product ${product.productId} has not been published`, {
      productId: product.productId,
    });
  }
  return product.published;
}

/** The product; throws the not-found error when there is none. */
export function mustExist(product: ProductState | undefined): ProductState {
  if (!product) throw new ProductError('PRODUCT.NOT_FOUND', 'No such product');
  return product;
}

function assertNotRetired(product: ProductState): void {
  if (product.retired) {
    throw new ProductError('PRODUCT.RETIRED', `Product ${product.productId} was retired`, {
      productId: product.productId,
      retiredOn: product.retired.retiredOn,
    });
  }
}

function dayOutOfOrder(
  product: ProductState,
  what: string,
  day: CalendarDay,
  notBefore: CalendarDay,
): ProductError {
  return new ProductError(
    'PRODUCT.DAY_OUT_OF_ORDER',
    `The ${what} (${day}) cannot come before ${notBefore}`,
    {
      productId: product.productId,
      day,
      notBefore,
    },
  );
}

function publishedFacts(product: ProductState, version: PublishedVersion) {
  const { themes, sectors, pillarCodes, coCreation } = version.content;
  return {
    productId: product.productId,
    productType: product.productType,
    themes: [...themes],
    sectors: [...sectors],
    pillarCodes: [...pillarCodes],
    coCreation: { ...coCreation },
    revision: version.revision,
  };
}
