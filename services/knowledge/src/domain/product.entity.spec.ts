import {
  assessIntervention,
  createProduct,
  decideReview,
  editProduct,
  isPubliclyVisible,
  type ProductContent,
  type ProductState,
  retireProduct,
  statusOf,
  submitForReview,
} from './product.entity';
import { ProductError } from './product.errors';

const CONTENT: ProductContent = {
  title: 'Woordenschat',
  summary: 'Wat we weten over woordenschatonderwijs.',
  body: '# Woordenschat\n\nDirecte instructie werkt.',
  themes: ['woordenschat'],
  sectors: ['PO'],
  pillarCodes: ['P3.A'],
  sources: [{ title: 'Meta-analyse', url: 'https://example.org/meta' }],
  coCreation: { teachers: 2, schoolLeaders: 0, teacherEducators: 1, researchers: 1 },
};

const draft = (productType: ProductState['productType'] = 'theme-page'): ProductState =>
  createProduct(undefined, { productId: 'p-1', productType, content: CONTENT, createdOn: '2025-01-06' })
    .state;

function published(): ProductState {
  const inReview = submitForReview(draft(), { submittedOn: '2025-01-10' }).state;
  return decideReview(inReview, { decision: 'approved', reasons: [], decidedOn: '2025-01-20' }).state;
}

function codeOf(act: () => unknown): string | undefined {
  try {
    act();
  } catch (error) {
    if (error instanceof ProductError) return error.code;
    throw error;
  }
  return undefined;
}

describe('a knowledge product', () => {
  it('starts as a draft nobody outside the editors sees, and publishes nothing', () => {
    const decision = createProduct(undefined, {
      productId: 'p-1',
      productType: 'guideline',
      content: CONTENT,
      createdOn: '2025-01-06',
    });

    expect(statusOf(decision.state)).toBe('draft');
    expect(isPubliclyVisible(decision.state)).toBe(false);
    expect(decision.events).toEqual([]);
  });

  it('refuses to be created twice', () => {
    expect(
      codeOf(() =>
        createProduct(draft(), {
          productId: 'p-1',
          productType: 'guideline',
          content: CONTENT,
          createdOn: '2025-01-06',
        }),
      ),
    ).toBe('PRODUCT.ALREADY_EXISTS');
  });

  it('goes to the quality committee, which can send it back with reasons, and then publishes it as revision 1', () => {
    const inReview = submitForReview(draft(), { submittedOn: '2025-01-10' }).state;
    expect(statusOf(inReview)).toBe('in-review');

    const sentBack = decideReview(inReview, {
      decision: 'changes-requested',
      reasons: ['Bronnen ontbreken bij paragraaf 2'],
      decidedOn: '2025-01-15',
    });
    expect(statusOf(sentBack.state)).toBe('draft');
    expect(sentBack.events).toEqual([]);
    expect(sentBack.state.reviews).toEqual([
      {
        revision: 1,
        submittedOn: '2025-01-10',
        decidedOn: '2025-01-15',
        decision: 'changes-requested',
        reasons: ['Bronnen ontbreken bij paragraaf 2'],
      },
    ]);

    const again = submitForReview(sentBack.state, { submittedOn: '2025-01-16' }).state;
    const approved = decideReview(again, { decision: 'approved', reasons: [], decidedOn: '2025-01-20' });

    expect(statusOf(approved.state)).toBe('published');
    expect(approved.state.workingCopy).toBeUndefined();
    expect(approved.events).toEqual([
      {
        type: 'KnowledgeProductPublished',
        data: {
          productId: 'p-1',
          productType: 'theme-page',
          themes: ['woordenschat'],
          sectors: ['PO'],
          pillarCodes: ['P3.A'],
          coCreation: CONTENT.coCreation,
          revision: 1,
          publishedOn: '2025-01-20',
        },
      },
    ]);
  });

  it('needs reasons to send a version back', () => {
    const inReview = submitForReview(draft(), { submittedOn: '2025-01-10' }).state;

    expect(
      codeOf(() =>
        decideReview(inReview, { decision: 'changes-requested', reasons: ['  '], decidedOn: '2025-01-11' }),
      ),
    ).toBe('PRODUCT.REASONS_REQUIRED');
  });

  it('cannot be decided on when it is not in review, nor changed while it is', () => {
    const inReview = submitForReview(draft(), { submittedOn: '2025-01-10' }).state;

    expect(
      codeOf(() => decideReview(draft(), { decision: 'approved', reasons: [], decidedOn: '2025-01-11' })),
    ).toBe('PRODUCT.NOT_IN_REVIEW');
    expect(codeOf(() => editProduct(inReview, { content: CONTENT }))).toBe('PRODUCT.IN_REVIEW');
    expect(codeOf(() => submitForReview(inReview, { submittedOn: '2025-01-11' }))).toBe('PRODUCT.IN_REVIEW');
  });

  it('refuses a decision dated before the submission', () => {
    const inReview = submitForReview(draft(), { submittedOn: '2025-01-10' }).state;

    expect(
      codeOf(() => decideReview(inReview, { decision: 'approved', reasons: [], decidedOn: '2025-01-09' })),
    ).toBe('PRODUCT.DAY_OUT_OF_ORDER');
  });

  it('keeps its published version visible while a revision is drafted and reviewed, then publishes revision 2', () => {
    const revisedContent = {
      ...CONTENT,
      title: 'Woordenschat (herzien)',
      coCreation: { ...CONTENT.coCreation, schoolLeaders: 1 },
    };
    const revising = editProduct(published(), { content: revisedContent }).state;
    const inReview = submitForReview(revising, { submittedOn: '2025-06-02' }).state;

    expect(statusOf(inReview)).toBe('published');
    expect(inReview.published?.content.title).toBe('Woordenschat');
    expect(inReview.workingCopy?.stage).toBe('in-review');

    const approved = decideReview(inReview, { decision: 'approved', reasons: [], decidedOn: '2025-06-10' });

    expect(approved.state.published).toMatchObject({
      revision: 2,
      publishedOn: '2025-06-10',
      content: revisedContent,
    });
    expect(approved.state.versions.map((version) => [version.revision, version.content.title])).toEqual([
      [1, 'Woordenschat'],
      [2, 'Woordenschat (herzien)'],
    ]);
    expect(approved.events).toEqual([
      expect.objectContaining({
        type: 'KnowledgeProductRevised',
        data: expect.objectContaining({ revision: 2, revisedOn: '2025-06-10' }),
      }),
    ]);
  });

  it('has nothing to submit once published until a revision is drafted', () => {
    expect(codeOf(() => submitForReview(published(), { submittedOn: '2025-02-01' }))).toBe(
      'PRODUCT.NOTHING_TO_SUBMIT',
    );
  });

  it('is retired with a reason code only once published, and then refuses every change', () => {
    expect(codeOf(() => retireProduct(draft(), { retiredOn: '2025-02-01', reasonCode: 'outdated' }))).toBe(
      'PRODUCT.NOT_PUBLISHED',
    );

    const retired = retireProduct(published(), { retiredOn: '2026-01-05', reasonCode: 'superseded' });

    expect(statusOf(retired.state)).toBe('retired');
    expect(isPubliclyVisible(retired.state)).toBe(false);
    expect(retired.events).toEqual([
      {
        type: 'KnowledgeProductRetired',
        data: {
          productId: 'p-1',
          productType: 'theme-page',
          revision: 1,
          reasonCode: 'superseded',
          retiredOn: '2026-01-05',
        },
      },
    ]);
    expect(codeOf(() => editProduct(retired.state, { content: CONTENT }))).toBe('PRODUCT.RETIRED');
    expect(codeOf(() => retireProduct(retired.state, { retiredOn: '2026-01-06', reasonCode: 'other' }))).toBe(
      'PRODUCT.RETIRED',
    );
  });

  it('refuses a retirement dated before its publication', () => {
    expect(
      codeOf(() => retireProduct(published(), { retiredOn: '2025-01-19', reasonCode: 'outdated' })),
    ).toBe('PRODUCT.DAY_OUT_OF_ORDER');
  });
});

describe('an assessment of an intervention', () => {
  const assessment = {
    assessmentId: 'a-1',
    evidenceLevel: 'promising' as const,
    assessedOn: '2025-03-31',
    assessorBody: 'nro-erkenningscommissie',
    effectSize: 0.3,
    targetGroup: 'pupils' as const,
    sectors: ['PO' as const],
    costIndication: 'low' as const,
    validity: { years: 5 },
  };

  it('holds for the configured number of years and is kept beside earlier ones', () => {
    const first = assessIntervention(draft('intervention'), assessment);
    const second = assessIntervention(first.state, {
      ...assessment,
      assessmentId: 'a-2',
      evidenceLevel: 'proven-effective',
      assessedOn: '2026-04-01',
      validity: { years: 3 },
    });

    expect(second.state.assessments.map((each) => [each.assessmentId, each.validUntil])).toEqual([
      ['a-1', '2030-03-31'],
      ['a-2', '2029-04-01'],
    ]);
    expect(first.events).toEqual([
      {
        type: 'InterventionAssessed',
        data: {
          productId: 'p-1',
          assessmentId: 'a-1',
          evidenceLevel: 'promising',
          assessedOn: '2025-03-31',
          validUntil: '2030-03-31',
          assessorBody: 'nro-erkenningscommissie',
          effectSize: 0.3,
          targetGroup: 'pupils',
          sectors: ['PO'],
          costIndication: 'low',
        },
      },
    ]);
  });

  it('is refused for a product that is not an intervention', () => {
    expect(codeOf(() => assessIntervention(draft('guideline'), assessment))).toBe(
      'PRODUCT.NOT_AN_INTERVENTION',
    );
  });
});
