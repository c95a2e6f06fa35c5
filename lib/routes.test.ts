import { describe, expect, it } from 'vitest';
import {
  apiDocumentPath,
  apiKeysPath,
  apiManufacturerPath,
  apiManufacturersPath,
  apiWidgetPath,
  apiWidgetsPath,
  editManufacturerPath,
  editUserPath,
  editWidgetPath,
  jobsPath,
  mailPreviewPath,
  mailPreviewsPath,
  metricsPath,
  manufacturerPath,
  manufacturersPath,
  newApiKeyPath,
  newManufacturerPath,
  newUserPath,
  rootPath,
  styleguideComponentPath,
  styleguidePath,
  styleguideTokensPath,
  usersPath,
  widgetPath,
  widgetRatingsPath,
  widgetsPath,
} from './routes';

describe('routes', () => {
  it('builds resource paths', () => {
    expect(rootPath()).toBe('/');
    expect(widgetPath(42)).toBe('/widgets/42');
    expect(editWidgetPath(42)).toBe('/widgets/42/edit');
    expect(widgetRatingsPath()).toBe('/widget_ratings');
    expect(manufacturerPath(7)).toBe('/manufacturers/7');
    expect(newManufacturerPath()).toBe('/manufacturers/new');
    expect(editManufacturerPath(7)).toBe('/manufacturers/7/edit');
    expect(usersPath()).toBe('/users');
    expect(newUserPath()).toBe('/users/new');
    expect(editUserPath(3)).toBe('/users/3/edit');
    expect(apiKeysPath()).toBe('/api_keys');
    expect(newApiKeyPath()).toBe('/api_keys/new');
  });

  it('builds the style guide paths', () => {
    expect(styleguidePath()).toBe('/styleguide');
    expect(styleguideTokensPath()).toBe('/styleguide/tokens');
    expect(styleguideComponentPath('widget-identifier')).toBe('/styleguide/widget-identifier');
  });

  it('builds the JSON API paths', () => {
    expect(apiWidgetsPath()).toBe('/api/v1/widgets');
    expect(apiWidgetsPath({ sort: 'price', q: 'bolt', cursor: '42' })).toBe(
      '/api/v1/widgets?sort=price&q=bolt&cursor=42',
    );
    expect(apiWidgetPath(42)).toBe('/api/v1/widgets/42');
    expect(apiManufacturersPath({ sort: 'newest' })).toBe('/api/v1/manufacturers?sort=newest');
    expect(apiManufacturerPath(7)).toBe('/api/v1/manufacturers/7');
    expect(apiDocumentPath()).toBe('/api/v1/openapi.json');
  });

  it('builds the mail preview paths', () => {
    expect(mailPreviewsPath()).toBe('/mail_previews');
    expect(mailPreviewPath('high-priced-widget')).toBe('/mail_previews/high-priced-widget');
  });

  it('builds the operations paths', () => {
    expect(metricsPath()).toBe('/metrics');
  });

  it('adds only the query parameters that are set, encoded', () => {
    expect(widgetsPath()).toBe('/widgets');
    expect(widgetsPath({ q: '' })).toBe('/widgets');
    expect(widgetsPath({ sort: 'price', q: 'a&b c', after: 42 })).toBe(
      '/widgets?sort=price&q=a%26b+c&after=42',
    );
    expect(manufacturersPath({ sort: 'newest', q: 'acme', before: 7 })).toBe(
      '/manufacturers?sort=newest&q=acme&before=7',
    );
    expect(manufacturerPath(7, { after: 42 })).toBe('/manufacturers/7?after=42');
    expect(usersPath({ sort: 'email', q: 'ada@example.com', after: 3 })).toBe(
      '/users?sort=email&q=ada%40example.com&after=3',
    );
    expect(apiKeysPath({ after: 12 })).toBe('/api_keys?after=12');
    expect(jobsPath()).toBe('/jobs');
    expect(
      jobsPath({
        state: 'failed',
        queue: 'high-priced-widget-check',
        after: '0f8fad5b-d9cb-469f-a165-70867728950e',
      }),
    ).toBe(
      '/jobs?state=failed&queue=high-priced-widget-check&after=0f8fad5b-d9cb-469f-a165-70867728950e',
    );
  });
});
