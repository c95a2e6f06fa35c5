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

  it('reads STYLEGUIDE_ENABLED as "true" or "false", off by default', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).STYLEGUIDE_ENABLED).toBe(false);
    expect(parseEnv({ STYLEGUIDE_ENABLED: 'true' }).STYLEGUIDE_ENABLED).toBe(true);
    expect(parseEnv({ STYLEGUIDE_ENABLED: 'false' }).STYLEGUIDE_ENABLED).toBe(false);
    expect(() => parseEnv({ STYLEGUIDE_ENABLED: 'yes' })).toThrow(
      'STYLEGUIDE_ENABLED: must be "true" or "false"',
    );
  });

  it('delivers mail to the local catcher unless production names an SMTP server', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).SMTP_URL).toBe('smtp://127.0.0.1:1025');
    expect(parseEnv({ NODE_ENV: 'test' }).SMTP_URL).toBe('smtp://127.0.0.1:1025');
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://db/widgets',
      AUTH_SECRET: 'a'.repeat(32),
    };
    expect(() => parseEnv(production)).toThrow('SMTP_URL: is required in production');
    const smtpUrl = 'smtps://mailer:secret@smtp.example.com:465';
    expect(parseEnv({ ...production, SMTP_URL: smtpUrl }).SMTP_URL).toBe(smtpUrl);
    expect(() => parseEnv({ SMTP_URL: 'http://smtp.example.com' })).toThrow(
      'SMTP_URL: must be an smtp:// or smtps:// URL',
    );
  });

  it('has default addresses for the sender, finance and admin, and checks given ones', () => {
    expect(parseEnv({})).toMatchObject({
      MAIL_FROM: 'Widgets <widgets@example.com>',
      FINANCE_EMAIL: 'finance@example.com',
      ADMIN_EMAIL: 'admin@example.com',
    });
    expect(
      parseEnv({ FINANCE_EMAIL: 'money@shop.test', ADMIN_EMAIL: 'ops@shop.test' }),
    ).toMatchObject({ FINANCE_EMAIL: 'money@shop.test', ADMIN_EMAIL: 'ops@shop.test' });
    expect(() => parseEnv({ FINANCE_EMAIL: 'finance' })).toThrow('FINANCE_EMAIL:');
    expect(() => parseEnv({ ADMIN_EMAIL: '' })).toThrow('ADMIN_EMAIL:');
  });

  it('requires a long session secret in production, with a fixed one for development and test', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://db/widgets',
      SMTP_URL: 'smtp://smtp.example.com',
    };
    expect(() => parseEnv(production)).toThrow('AUTH_SECRET: is required in production');
    expect(() => parseEnv({ ...production, AUTH_SECRET: 'short' })).toThrow(
      'AUTH_SECRET: must be at least 32 characters',
    );
    const secret = 'f'.repeat(64);
    expect(parseEnv({ ...production, AUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
    expect(parseEnv({ NODE_ENV: 'test' }).AUTH_SECRET).toMatch(/^widgets-development-secret/);
  });

  it('names each server a production process needs when none is set', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
      [
        'Invalid environment configuration:',
        '  - DATABASE_URL: is required in production',
        '  - AUTH_SECRET: is required in production (e.g. openssl rand -hex 32)',
        '  - SMTP_URL: is required in production',
      ].join('\n'),
    );
  });

  it('traces only when OTEL_TRACES_EXPORTER names an exporter', () => {
    expect(parseEnv({}).OTEL_TRACES_EXPORTER).toBe('none');
    expect(parseEnv({ OTEL_TRACES_EXPORTER: 'otlp' }).OTEL_TRACES_EXPORTER).toBe('otlp');
    expect(parseEnv({ OTEL_TRACES_EXPORTER: 'console' }).OTEL_TRACES_EXPORTER).toBe('console');
    expect(() => parseEnv({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow('OTEL_TRACES_EXPORTER:');
    expect(parseEnv({}).OTEL_SERVICE_NAME).toBeUndefined();
    expect(parseEnv({ OTEL_SERVICE_NAME: 'shop-web' }).OTEL_SERVICE_NAME).toBe('shop-web');
  });

  it('rejects a DATABASE_URL that is not a PostgreSQL URL', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'mysql://x' })).toThrow(
      /DATABASE_URL: must be a postgresql:\/\/ URL/,
    );
  });

  it('leaves metrics off and the release unnamed unless configured, and checks what is given', () => {
    const unset = parseEnv({});
    expect([unset.METRICS_TOKEN, unset.WORKER_METRICS_PORT, unset.RELEASE]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const token = 'm'.repeat(32);
    expect(
      parseEnv({ METRICS_TOKEN: token, WORKER_METRICS_PORT: '9464', RELEASE: 'v1.2.3' }),
    ).toMatchObject({ METRICS_TOKEN: token, WORKER_METRICS_PORT: 9464, RELEASE: 'v1.2.3' });
    expect(() => parseEnv({ METRICS_TOKEN: 'short' })).toThrow(
      'METRICS_TOKEN: must be at least 32 characters',
    );
    expect(() => parseEnv({ WORKER_METRICS_PORT: 'ninety' })).toThrow('WORKER_METRICS_PORT:');
  });

  it('believes no proxy unless TRUSTED_PROXIES names some, and checks the names', () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' }).TRUSTED_PROXIES).toEqual([
      'loopback',
      '10.0.0.0/8',
    ]);
    expect(() => parseEnv({ TRUSTED_PROXIES: 'the balancer' })).toThrow(
      'TRUSTED_PROXIES: must be comma-separated addresses',
    );
  });
});
