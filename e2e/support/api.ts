// The JSON API's contract tests (e2e/api/): a client that calls the API as a partner's program
// does, and checks every answer against the OpenAPI document the app serves — the status must be
// one the operation documents, and the body (and the headers it names) must match its schema.
// A test that gets an answer the document does not describe fails, whatever it asserts itself.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { expect, type APIRequestContext, type APIResponse } from '@playwright/test';
import { apiDocumentPath } from '@/lib/routes';
import type { Role } from '@/lib/policy';
import { apiKeyFactory } from '@/test/factories';

type Operation = {
  operationId: string;
  responses: Record<
    string,
    { content?: Record<string, unknown>; headers?: Record<string, unknown> }
  >;
};
export type OpenApiDocument = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
};

const DOCUMENT_ID = 'https://widgets.invalid/openapi.json';

let contract: Promise<{ document: OpenApiDocument; ajv: Ajv2020 }> | undefined;

/** The document the app serves, and a validator that resolves its $refs. */
export function openApiContract(request: APIRequestContext) {
  contract ??= (async () => {
    const response = await request.get(apiDocumentPath());
    expect(response.status()).toBe(200);
    const document = (await response.json()) as OpenApiDocument;
    // The document is added whole, so that a response schema's "#/components/…" refs resolve
    // inside it. OpenAPI's own keywords (paths, example…) are not JSON Schema's: not strict.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    return { document, ajv };
  })();
  return contract;
}

/** The operation of the document that a method and URL path call, and its path template. */
function operationFor(document: OpenApiDocument, method: string, urlPath: string) {
  const server = document.servers[0]!.url;
  for (const [template, operations] of Object.entries(document.paths)) {
    const pattern = new RegExp(`^${server}${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    const operation = operations[method.toLowerCase()];
    if (pattern.test(urlPath) && operation) return { template, operation };
  }
  return null;
}

const pointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Fails unless the answer is one the document describes for the operation called. */
async function expectDocumentedResponse(
  request: APIRequestContext,
  method: string,
  response: APIResponse,
): Promise<void> {
  const { document, ajv } = await openApiContract(request);
  const urlPath = new URL(response.url()).pathname;
  const found = operationFor(document, method, urlPath);
  expect(found, `${method} ${urlPath} is an operation of the OpenAPI document`).not.toBeNull();
  const { template, operation } = found!;
  const status = String(response.status());
  const label = `${method} ${template} → ${status}`;
  const documented = operation.responses[status];
  expect(documented, `${label} is a documented response of ${operation.operationId}`).toBeDefined();

  for (const header of Object.keys(documented!.headers ?? {})) {
    expect(response.headers()[header.toLowerCase()], `${label} sends ${header}`).toBeTruthy();
  }
  const body = await response.body();
  if (!documented!.content) {
    expect(body.length, `${label} has no body`).toBe(0);
    return;
  }
  expect(response.headers()['content-type'], label).toMatch(/^application\/json\b/);
  const schemaRef =
    `${DOCUMENT_ID}#/paths/${pointer(template)}/${method.toLowerCase()}` +
    `/responses/${status}/content/${pointer('application/json')}/schema`;
  const validate = ajv.getSchema(schemaRef) ?? ajv.compile({ $ref: schemaRef });
  const valid = validate(JSON.parse(body.toString('utf8')));
  expect(validate.errors ?? [], `${label}: the body matches the document's schema`).toEqual([]);
  expect(valid).toBe(true);
}

type ApiRequestOptions = {
  /** The key to send; none for a request without one. */
  token?: string | null;
  /** How to send it: Bearer (the default) or Rails' Token form. */
  scheme?: 'Bearer' | 'Token';
  /** A JSON body (serialized), or raw bytes sent as they are. */
  data?: unknown;
  headers?: Record<string, string>;
};

/** A partner's program: calls the API with its key and checks each answer against the document. */
export class ApiClient {
  constructor(
    private readonly request: APIRequestContext,
    readonly token: string | null,
  ) {}

  /** A client whose key (created for it) acts with `role`'s permissions. */
  static async withNewKey(request: APIRequestContext, role: Role = 'admin') {
    const apiKey = await apiKeyFactory.create({ role });
    return { client: new ApiClient(request, apiKey.token), apiKey };
  }

  async call(method: string, path: string, options: ApiRequestOptions = {}) {
    const token = options.token === undefined ? this.token : options.token;
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (token !== null) {
      headers.Authorization =
        options.scheme === 'Token' ? `Token token="${token}"` : `Bearer ${token}`;
    }
    if (
      options.data !== undefined &&
      !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')
    ) {
      headers['Content-Type'] = 'application/json';
    }
    // Bytes, so Playwright sends them as they are: it would serialize a string that is not JSON.
    const body =
      options.data === undefined
        ? undefined
        : options.data instanceof Buffer
          ? options.data
          : Buffer.from(
              typeof options.data === 'string' ? options.data : JSON.stringify(options.data),
            );
    const response = await this.request.fetch(path, {
      method,
      headers,
      data: body,
      maxRedirects: 0,
    });
    await expectDocumentedResponse(this.request, method, response);
    return response;
  }

  get(path: string, options?: ApiRequestOptions) {
    return this.call('GET', path, options);
  }

  post(path: string, data: unknown, options?: ApiRequestOptions) {
    return this.call('POST', path, { ...options, data });
  }

  patch(path: string, data: unknown, options?: ApiRequestOptions) {
    return this.call('PATCH', path, { ...options, data });
  }

  delete(path: string, options?: ApiRequestOptions) {
    return this.call('DELETE', path, options);
  }
}
