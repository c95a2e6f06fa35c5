import { describe, expect, it } from 'vitest';
import { paginate, PER_PAGE } from './pagination';

describe('paginate', () => {
  it('places a page within the rows', () => {
    expect(paginate(2, 60)).toEqual({
      page: 2,
      totalPages: 3,
      totalCount: 60,
      skip: PER_PAGE,
      take: PER_PAGE,
    });
  });

  it('brings a page past the end back to the last page', () => {
    expect(paginate(10 ** 20, 60)).toMatchObject({ page: 3, skip: 2 * PER_PAGE });
  });

  it('gives an empty list one empty page', () => {
    expect(paginate(5, 0)).toMatchObject({ page: 1, totalPages: 1, skip: 0 });
  });
});
