import { beforeEach, describe, expect, it } from 'vitest';
import { ENHANCED_REQUEST_HEADER } from '@/lib/enhanced-request';
import { FLASH_COOKIE, parseFlash } from '@/lib/flash';
import { widgetFactory } from '@/test/factories';
import { deleteTestData, testDb } from '@/test/support/database';
import { POST } from './route';

// The route handler called as Next calls it, with a real Request, against the test database.

beforeEach(deleteTestData);

function postRating(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://localhost/widget_ratings', {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers,
    }),
  );
}

const ratingsStored = () => testDb.widgetRating.count();

describe('POST /widget_ratings', () => {
  it('stores the rating and redirects a plain form post back to the widget, with thanks', async () => {
    const widget = await widgetFactory.create();

    const response = await postRating({ widget_id: String(widget.id), rating: '4' });

    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/widgets/${widget.id}`);
    const flashCookie = response.headers
      .get('set-cookie')
      ?.match(new RegExp(`${FLASH_COOKIE}=([^;]*)`));
    expect(parseFlash(decodeURIComponent(flashCookie?.[1] ?? ''))).toEqual({
      kind: 'notice',
      message: 'Thanks for rating!',
    });
    const stored = await testDb.widgetRating.findMany({ where: { widgetId: widget.id } });
    expect(stored.map(({ rating }) => rating)).toEqual([4]);
  });

  it('answers a background post from the rating component with 204 and no flash', async () => {
    const widget = await widgetFactory.create();

    const response = await postRating(
      { widget_id: String(widget.id), rating: '5' },
      { [ENHANCED_REQUEST_HEADER]: 'true' },
    );

    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await ratingsStored()).toBe(1);
  });

  it('reads multipart form data, which the component may send', async () => {
    const widget = await widgetFactory.create();
    const body = new FormData();
    body.append('widget_id', String(widget.id));
    body.append('rating', '2');

    const response = await POST(
      new Request('http://localhost/widget_ratings', { method: 'POST', body }),
    );

    expect(response.status).toBe(303);
    expect(await ratingsStored()).toBe(1);
  });

  describe.each([
    ['a plain form post', {}],
    ['a background post', { [ENHANCED_REQUEST_HEADER]: 'true' }],
  ])('refuses bad input, storing nothing, from %s', (_, headers) => {
    // Each case's fields, given an existing widget's id.
    it.each<[string, (widgetId: string) => Record<string, string>, RegExp]>([
      ['no fields at all', () => ({}), /^widget_id .* rating /],
      ['no rating', (id) => ({ widget_id: id }), /^rating must be a whole number from 1 to 5\.$/],
      ['no widget_id', () => ({ rating: '3' }), /^widget_id must be the id of a widget\.$/],
      ['rating "abc"', (id) => ({ widget_id: id, rating: 'abc' }), /^rating /],
      ['rating 0', (id) => ({ widget_id: id, rating: '0' }), /^rating /],
      ['rating 6', (id) => ({ widget_id: id, rating: '6' }), /^rating /],
      ['rating 10^20', (id) => ({ widget_id: id, rating: '100000000000000000000' }), /^rating /],
      ['rating 4.5', (id) => ({ widget_id: id, rating: '4.5' }), /^rating /],
      ['widget_id "abc"', () => ({ widget_id: 'abc', rating: '3' }), /^widget_id /],
      [
        'widget_id 10^20',
        () => ({ widget_id: '100000000000000000000', rating: '3' }),
        /^widget_id /,
      ],
    ])('400 for %s', async (_, fieldsFor, message) => {
      const widget = await widgetFactory.create();

      const response = await postRating(fieldsFor(String(widget.id)), headers);

      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(message);
      expect(await ratingsStored()).toBe(0);
    });

    it('404 for a widget that does not exist', async () => {
      const response = await postRating({ widget_id: '2147483647', rating: '3' }, headers);

      expect(response.status).toBe(404);
      expect(await response.text()).toBe('There is no widget with that id.');
      expect(await ratingsStored()).toBe(0);
    });
  });

  it('400 for a body that is not form data', async () => {
    const response = await POST(
      new Request('http://localhost/widget_ratings', {
        method: 'POST',
        body: JSON.stringify({ widget_id: 1, rating: 3 }),
        headers: { 'Content-Type': 'application/json' },
      }),
    );

    expect(response.status).toBe(400);
    expect(await ratingsStored()).toBe(0);
  });
});
