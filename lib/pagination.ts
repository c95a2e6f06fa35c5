// Lists show PER_PAGE rows a page. paginate() places a requested page within the rows there are:
// a page past the end becomes the last page, and an empty list has one (empty) page, so any page
// number a user types shows something sensible.
export const PER_PAGE = 25;

export type Pagination = { page: number; totalPages: number; totalCount: number };

export function paginate(
  requestedPage: number,
  totalCount: number,
): Pagination & { skip: number; take: number } {
  const totalPages = Math.max(1, Math.ceil(totalCount / PER_PAGE));
  const page = Math.min(Math.max(1, requestedPage), totalPages);
  return { page, totalPages, totalCount, skip: (page - 1) * PER_PAGE, take: PER_PAGE };
}
