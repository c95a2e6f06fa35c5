import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  // server.ts logs every request as JSON (ADR 5); Next's plain-text line would repeat it.
  logging: { incomingRequests: false },
  // The Prisma client and pino load native-ish runtime pieces (wasm, worker threads) that must
  // not be bundled.
  serverExternalPackages: ['pino', 'pino-http', '@prisma/client', '@prisma/adapter-pg', 'pg'],

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

export default nextConfig;
