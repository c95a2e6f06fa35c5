import { describe, expect, it } from 'vitest';
import { hasMalformedPath } from '@/lib/request-path';

describe('hasMalformedPath', () => {
  it.each(['/widgets/%E0%A4%A', '/%', '/widgets/%zz?q=1'])('finds %s malformed', (target) => {
    expect(hasMalformedPath(target)).toBe(true);
  });

  it.each(['/', '/widgets/12?q=%E0%A4%A', '/widgets?q=%', '/caf%C3%A9', '/a%20b'])(
    'finds %s well-formed (the query string is not its concern)',
    (target) => {
      expect(hasMalformedPath(target)).toBe(false);
    },
  );
});
