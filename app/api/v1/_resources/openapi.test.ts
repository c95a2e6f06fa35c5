import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

describe('openApiDocument', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(
      openApiDocument() as unknown as Parameters<Validator['validate']>[0],
    );
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every operation with an id, the key it needs, and its refusals', () => {
    const { paths } = openApiDocument();
    const operations = Object.values(paths ?? {}).flatMap((path) =>
      (['get', 'post', 'patch', 'delete'] as const).flatMap((method) => path[method] ?? []),
    );
    expect(operations.map((operation) => operation.operationId).sort()).toEqual([
      'createWidget',
      'destroyWidget',
      'listManufacturers',
      'listWidgets',
      'showManufacturer',
      'showWidget',
      'updateWidget',
    ]);
    for (const operation of operations) {
      expect(operation.security, operation.operationId).toEqual([{ apiKey: [] }]);
      expect(Object.keys(operation.responses ?? {}), operation.operationId).toEqual(
        expect.arrayContaining(['401', '403', '406', '429']),
      );
    }
  });

  it('shows the widget as PRODUCT.md §8 describes it', () => {
    const widget = openApiDocument().components?.schemas?.Widget as { required: string[] };
    expect(widget.required).toEqual([
      'id',
      'name',
      'price_cents',
      'user_facing_identifier',
      'manufacturer',
      'widget_status',
      'lock_version',
      'created_at',
      'updated_at',
    ]);
  });
});
