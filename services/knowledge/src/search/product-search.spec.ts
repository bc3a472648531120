import type { ProductContent, ProductState } from '../domain/product.entity';
import { ProductSearch } from './product-search';

const TODAY = '2025-06-30';

function product(
  id: string,
  content: Partial<ProductContent>,
  extra: Partial<ProductState> = {},
  publishedOn = '2025-02-01',
): ProductState {
  const full: ProductContent = {
    title: 'Titel',
    summary: 'Samenvatting',
    body: 'Tekst',
    themes: [],
    sectors: ['PO'],
    pillarCodes: [],
    sources: [],
    coCreation: { teachers: 0, schoolLeaders: 0, teacherEducators: 0, researchers: 0 },
    ...content,
  };
  return {
    productId: id,
    productType: 'guideline',
    createdOn: '2025-01-01',
    published: { revision: 1, publishedOn, content: full },
    versions: [],
    reviews: [],
    assessments: [],
    ...extra,
  };
}

describe('the product search', () => {
  it('holds only publicly visible products: a draft or a retired product is taken out', () => {
    const search = new ProductSearch();
    search.put(product('a', { title: 'Lezen' }));
    search.put(product('b', { title: 'Lezen' }, { published: undefined }));
    search.put(
      product('c', { title: 'Lezen' }, { retired: { retiredOn: '2025-03-01', reasonCode: 'outdated' } }),
    );

    expect(
      search.search({ text: 'lezen', page: 1, pageSize: 10 }, TODAY).items.map((hit) => hit.productId),
    ).toEqual(['a']);
    search.put(
      product('a', { title: 'Lezen' }, { retired: { retiredOn: '2025-03-01', reasonCode: 'outdated' } }),
    );
    expect(search.size).toBe(0);
  });

  it('orders equal scores by the newest publication, then by id, so every replica gives one order', () => {
    const search = new ProductSearch();
    for (const id of ['c', 'a', 'b']) search.put(product(id, { title: 'Rekenen' }));

    expect(
      search.search({ text: 'rekenen', page: 1, pageSize: 10 }, TODAY).items.map((hit) => hit.productId),
    ).toEqual(['a', 'b', 'c']);
  });

  it('gives the newest first without a text query, and replaces a revised product instead of adding it twice', () => {
    const search = new ProductSearch();
    search.put(product('old', { title: 'Oud' }));
    search.put(product('new', { title: 'Nieuw' }, {}, '2025-05-01'));
    search.put(product('old', { title: 'Oud, herzien' }));

    const all = search.search({ page: 1, pageSize: 10 }, TODAY);
    expect(all.items.map((hit) => [hit.productId, hit.title])).toEqual([
      ['new', 'Nieuw'],
      ['old', 'Oud, herzien'],
    ]);
    expect(search.search({ text: 'herzien', page: 1, pageSize: 10 }, TODAY).total).toBe(1);
  });
});
