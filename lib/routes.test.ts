import { describe, expect, it } from 'vitest';
import { manufacturerPath, manufacturersPath, rootPath, widgetPath, widgetsPath } from './routes';

describe('routes', () => {
  it('builds resource paths', () => {
    expect(rootPath()).toBe('/');
    expect(widgetPath(42)).toBe('/widgets/42');
    expect(manufacturerPath(7)).toBe('/manufacturers/7');
  });

  it('adds only the query parameters that are set, encoded', () => {
    expect(widgetsPath()).toBe('/widgets');
    expect(widgetsPath({ q: '' })).toBe('/widgets');
    expect(widgetsPath({ page: 2, sort: 'price', q: 'a&b c' })).toBe(
      '/widgets?page=2&sort=price&q=a%26b+c',
    );
    expect(manufacturersPath({ page: 3 })).toBe('/manufacturers?page=3');
  });
});
