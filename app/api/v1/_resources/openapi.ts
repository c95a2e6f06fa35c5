import 'server-only';
// The OpenAPI 3.1 document of the JSON API, generated from the zod schemas its routes check
// requests against (@asteasolutions/zod-to-openapi), so the document cannot drift from the code.
// Served at /api/v1/openapi.json; the contract tests check every answer against it.
import { OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { registry } from './shared';
// Each resource documents its routes in the registry when it is loaded.
import './manufacturers';
import './widgets';

export function openApiDocument() {
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Widgets API',
      version: '1',
      description:
        "The catalogue of widgets and manufacturers, for partners' programs. Every request " +
        'sends an API key (see the security scheme) and accepts application/json; writes send ' +
        'application/json. Each key may make a limited number of requests a minute (429 with ' +
        'Retry-After beyond it). Answers have a top-level key: {"widget": {...}}, ' +
        '{"widgets": [...], "next_cursor": ...}, {"error": "..."} or {"errors": {...}}.',
    },
    servers: [{ url: '/api/v1' }],
  });
}
