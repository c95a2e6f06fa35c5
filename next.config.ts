import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { TRUSTED_ORIGINS } from './lib/cross-origin';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // server.ts logs every request as JSON (ADR 5); Next's plain-text line would repeat it.
  logging: { incomingRequests: false },
  // The Prisma client and pino load native-ish runtime pieces (wasm, worker threads) that must
  // not be bundled; nor must OpenTelemetry's SDK, which loads its exporters as the environment
  // asks (lib/telemetry.ts).
  serverExternalPackages: [
    'pino',
    'pino-http',
    '@prisma/client',
    '@prisma/adapter-pg',
    'pg',
    '@opentelemetry/sdk-node',
    '@prisma/instrumentation',
  ],
  // Next's own cross-origin check of server actions runs after proxy.ts's, which covers every
  // request (lib/cross-origin.ts); it must let the same extra origins through. It matches hosts.
  experimental: {
    serverActions: { allowedOrigins: TRUSTED_ORIGINS.map((origin) => new URL(origin).host) },
    // forbidden(), with which a server action refuses a user (lib/form-response.ts).
    authInterrupts: true,
  },

  // Security headers that are the same on every response, Next's own files included. The
  // Content-Security-Policy differs per response (its nonce), so proxy.ts sets it.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // Take a response's Content-Type as given: never run a text or JSON answer as a script.
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          // Other sites learn which site a visitor came from, never the page (ids, searches).
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // No site may frame the app: the policy's frame-ancestors 'none', for older browsers.
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },

  // Custom routes: URLs that are not one of a resource's conventional actions. Each one says
  // why it exists. Resource routes are the folders under app/.
  async redirects() {
    return [
      // The home page is the widget list (Rails' `root to: "widgets#index"`).
      { source: '/', destination: '/widgets', permanent: false },
      // Vanity URL from a marketing campaign; printed material still points here.
      { source: '/amazing', destination: '/widgets', statusCode: 301 },
    ];
  },
};

// The build also writes .next/standalone, what the container image copies (completed by
// bin/bundle-standalone.ts). Only the build: `npm start` runs server.ts from the project itself,
// where Next would warn that a standalone build must be served by its standalone server.
export default function config(phase: string): NextConfig {
  return phase === PHASE_PRODUCTION_BUILD ? { ...nextConfig, output: 'standalone' } : nextConfig;
}
