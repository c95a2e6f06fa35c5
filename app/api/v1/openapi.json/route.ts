import { openApiDocument } from '@/app/api/v1/_resources/openapi';

// GET /api/v1/openapi.json: the API's OpenAPI 3.1 document, generated from the schemas the
// routes check requests against. Public, like any API's documentation: it holds no data.

// Generated once per server: it changes only with the code.
const document = openApiDocument();

export function GET() {
  return Response.json(document);
}
