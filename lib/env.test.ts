import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

describe('parseEnv', () => {
  it('uses the embedded development database when DATABASE_URL is unset', () => {
    const env = parseEnv({ NODE_ENV: 'development' });
    expect(env.databaseUrl).toBe(
      'postgresql://postgres:postgres@127.0.0.1:54329/widgets_development',
    );
    expect(env.PORT).toBe(3000);
    expect(env.LOG_LEVEL).toBe('info');
  });

  it('moves the embedded server with PGPORT', () => {
    expect(parseEnv({ NODE_ENV: 'test', PGPORT: '54400' }).databaseUrl).toBe(
      'postgresql://postgres:postgres@127.0.0.1:54400/widgets_test',
    );
  });

  it('uses DATABASE_URL when set, and refuses to guess a test database from it', () => {
    const url = 'postgresql://app:secret@db.internal:5432/widgets';
    expect(parseEnv({ NODE_ENV: 'development', DATABASE_URL: url }).databaseUrl).toBe(url);
    expect(() => parseEnv({ NODE_ENV: 'test', DATABASE_URL: url })).toThrow(
      /TEST_DATABASE_URL must be set/,
    );
    expect(
      parseEnv({ NODE_ENV: 'test', DATABASE_URL: url, TEST_DATABASE_URL: `${url}_test` })
        .databaseUrl,
    ).toBe(`${url}_test`);
  });

  it('names every missing or bad variable in one message', () => {
    let message = '';
    try {
      parseEnv({ NODE_ENV: 'production', PORT: 'eighty', LOG_LEVEL: 'loud' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^Invalid environment configuration:/);
    expect(message).toContain('DATABASE_URL: is required in production');
    expect(message).toContain('PORT:');
    expect(message).toContain('LOG_LEVEL:');
  });

  it('lets `next build` load the app without the production DATABASE_URL', () => {
    expect(() =>
      parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).not.toThrow();
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL/,
    );
  });
});
