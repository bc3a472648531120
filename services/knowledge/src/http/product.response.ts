import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CalendarDay,
  type CoCreationCounts,
  EVIDENCE_LEVELS,
  type EvidenceLevel,
  KNOWLEDGE_PRODUCT_TYPES,
  KNOWLEDGE_SECTORS,
  type KnowledgeProductType,
  type KnowledgeSector,
  type PillarCode,
  type RetirementReasonCode,
} from '@okr/contracts';
import type { Stored } from '@okr/messaging';
import { type AssessmentStatus, assessmentStatus, currentEvidence } from '../domain/evidence.rules';
import {
  type Assessment,
  PRODUCT_STATUSES,
  type ProductContent,
  type ProductState,
  type ProductStatus,
  type PublishedVersion,
  type Review,
  type SourceLink,
  statusOf,
  type WorkingCopy,
} from '../domain/product.entity';
import { CoCreationCountsDto, SourceLinkDto } from './content.request.dto';

/** The evidence an intervention shows now; `expired` when its latest assessment's time has passed. */
export class EvidenceResponse {
  @ApiProperty({ enum: EVIDENCE_LEVELS })
  evidenceLevel!: EvidenceLevel;

  @ApiProperty({ type: 'string', format: 'date' })
  assessedOn!: CalendarDay;

  @ApiProperty({ type: 'string', format: 'date', description: 'the last day the assessment holds' })
  validUntil!: CalendarDay;

  @ApiProperty({ enum: ['valid', 'expired'] })
  status!: AssessmentStatus;
}

/** A published product as anyone may read it. */
export class PublicProductResponse {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ enum: KNOWLEDGE_PRODUCT_TYPES })
  productType!: KnowledgeProductType;

  @ApiProperty({ description: 'the number of the published version', example: 1 })
  revision!: number;

  @ApiProperty({ type: 'string', format: 'date', description: 'the day this version was published' })
  publishedOn!: CalendarDay;

  @ApiProperty({ type: 'string', format: 'date', description: 'the day the product was first published' })
  firstPublishedOn!: CalendarDay;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  summary!: string;

  @ApiProperty({ description: 'Markdown' })
  body!: string;

  @ApiProperty({ type: [String] })
  themes!: string[];

  @ApiProperty({ enum: KNOWLEDGE_SECTORS, isArray: true })
  sectors!: KnowledgeSector[];

  @ApiProperty({ type: [String], example: ['P3.A'] })
  pillarCodes!: PillarCode[];

  @ApiProperty({ type: [SourceLinkDto] })
  sources!: SourceLink[];

  @ApiProperty({ type: CoCreationCountsDto })
  coCreation!: CoCreationCounts;

  @ApiPropertyOptional({ type: EvidenceResponse, description: 'interventions only, once assessed' })
  evidence?: EvidenceResponse;
}

export function publicProductResponse(
  product: ProductState,
  published: PublishedVersion,
  today: CalendarDay,
): PublicProductResponse {
  const evidence = currentEvidence(product, today);
  return {
    productId: product.productId,
    productType: product.productType,
    revision: published.revision,
    publishedOn: published.publishedOn,
    firstPublishedOn: product.versions[0]?.publishedOn ?? published.publishedOn,
    ...copyOf(published.content),
    ...(evidence !== undefined ? { evidence } : {}),
  };
}

class VersionSummary {
  @ApiProperty()
  revision!: number;

  @ApiProperty({ type: 'string', format: 'date' })
  publishedOn!: CalendarDay;

  @ApiProperty()
  title!: string;
}

class AssessmentResponse {
  @ApiProperty({ format: 'uuid' })
  assessmentId!: string;

  @ApiProperty({ enum: EVIDENCE_LEVELS })
  evidenceLevel!: EvidenceLevel;

  @ApiProperty({ type: 'string', format: 'date' })
  assessedOn!: CalendarDay;

  @ApiProperty({ type: 'string', format: 'date' })
  validUntil!: CalendarDay;

  @ApiProperty({ enum: ['valid', 'expired'] })
  status!: AssessmentStatus;

  @ApiProperty()
  assessorBody!: string;

  @ApiPropertyOptional()
  effectSize?: number;

  @ApiProperty()
  targetGroup!: Assessment['targetGroup'];

  @ApiProperty({ enum: KNOWLEDGE_SECTORS, isArray: true })
  sectors!: KnowledgeSector[];

  @ApiProperty()
  costIndication!: Assessment['costIndication'];
}

/** A product as the editors, the help desk and administrators see it: working copy, versions, reviews. */
export class ProductResponse {
  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ enum: KNOWLEDGE_PRODUCT_TYPES })
  productType!: KnowledgeProductType;

  @ApiProperty({ enum: PRODUCT_STATUSES })
  status!: ProductStatus;

  @ApiProperty({ description: 'the version of the stored record, for audit' })
  version!: number;

  @ApiProperty({ type: 'string', format: 'date' })
  createdOn!: CalendarDay;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the Kennisrotonde case a Kennisrotonde answer comes from',
  })
  caseId?: string;

  @ApiPropertyOptional({ description: 'the version the editors work on: a draft, or a revision in review' })
  workingCopy?: { stage: WorkingCopy['stage']; submittedOn?: CalendarDay } & ProductContentResponse;

  @ApiPropertyOptional({ type: PublicProductResponse, description: 'what the public sees, once published' })
  published?: PublicProductResponse;

  @ApiProperty({ type: [VersionSummary], description: 'every published version, oldest first' })
  versions!: VersionSummary[];

  @ApiProperty({ description: "the quality committee's decisions, with reasons" })
  reviews!: Review[];

  @ApiPropertyOptional()
  retired?: { retiredOn: CalendarDay; reasonCode: RetirementReasonCode };

  @ApiProperty({ type: [AssessmentResponse] })
  assessments!: AssessmentResponse[];

  @ApiPropertyOptional({ type: EvidenceResponse })
  evidence?: EvidenceResponse;
}

type ProductContentResponse = Omit<ProductContent, 'themes' | 'sectors' | 'pillarCodes' | 'sources'> & {
  themes: string[];
  sectors: KnowledgeSector[];
  pillarCodes: PillarCode[];
  sources: SourceLink[];
};

export function productResponse(stored: Stored<ProductState>, today: CalendarDay): ProductResponse {
  const product = stored.state;
  const evidence = currentEvidence(product, today);
  const copy = product.workingCopy;
  return {
    productId: product.productId,
    productType: product.productType,
    status: statusOf(product),
    version: stored.version,
    createdOn: product.createdOn,
    ...(product.caseId !== undefined ? { caseId: product.caseId } : {}),
    ...(copy !== undefined
      ? {
          workingCopy: {
            stage: copy.stage,
            ...(copy.submittedOn !== undefined ? { submittedOn: copy.submittedOn } : {}),
            ...copyOf(copy.content),
          },
        }
      : {}),
    ...(product.published !== undefined
      ? { published: publicProductResponse(product, product.published, today) }
      : {}),
    versions: product.versions.map(({ revision, publishedOn, content }) => ({
      revision,
      publishedOn,
      title: content.title,
    })),
    reviews: [...product.reviews],
    ...(product.retired !== undefined ? { retired: { ...product.retired } } : {}),
    assessments: product.assessments.map((assessment) => ({
      ...assessment,
      sectors: [...assessment.sectors],
      status: assessmentStatus(assessment, today),
    })),
    ...(evidence !== undefined ? { evidence } : {}),
  };
}

function copyOf(content: ProductContent): ProductContentResponse {
  return {
    ...content,
    themes: [...content.themes],
    sectors: [...content.sectors],
    pillarCodes: [...content.pillarCodes],
    sources: content.sources.map((source) => ({ ...source })),
    coCreation: { ...content.coCreation },
  };
}
