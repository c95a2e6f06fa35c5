import { apiErrorResponse } from '@/lib/api/responses';
import { apiDocumentPath } from '@/lib/routes';

// Any /api path that is no route of the API, such as /api/widgets (without a version) or
// /api/v1/nothing: 404, in JSON, as an API client expects, rather than the HTML not-found page.
// (A route of the API asked with a method it does not have gets Next's 405.)

function noSuchEndpoint(): Response {
  return apiErrorResponse(
    404,
    `There is no such API endpoint. The API is versioned: see ${apiDocumentPath()}.`,
  );
}

export function GET() {
  return noSuchEndpoint();
}

export function POST() {
  return noSuchEndpoint();
}

export function PUT() {
  return noSuchEndpoint();
}

export function PATCH() {
  return noSuchEndpoint();
}

export function DELETE() {
  return noSuchEndpoint();
}
