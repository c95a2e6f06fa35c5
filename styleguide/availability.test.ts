import { describe, expect, it } from 'vitest';
import { isStyleguideAvailable } from '@/styleguide/availability';

// How STYLEGUIDE_ENABLED is read from the environment ("true"/"false") is tested in lib/env.test.ts.
describe('isStyleguideAvailable', () => {
  it('serves the style guide in development and test, whatever STYLEGUIDE_ENABLED says', () => {
    for (const NODE_ENV of ['development', 'test'] as const) {
      expect(isStyleguideAvailable({ NODE_ENV, STYLEGUIDE_ENABLED: false })).toBe(true);
      expect(isStyleguideAvailable({ NODE_ENV, STYLEGUIDE_ENABLED: true })).toBe(true);
    }
  });

  it('serves it in production only when STYLEGUIDE_ENABLED is true', () => {
    expect(isStyleguideAvailable({ NODE_ENV: 'production', STYLEGUIDE_ENABLED: false })).toBe(
      false,
    );
    expect(isStyleguideAvailable({ NODE_ENV: 'production', STYLEGUIDE_ENABLED: true })).toBe(true);
  });
});
