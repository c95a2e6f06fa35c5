// /ready against the test database. Its answers while the database is down are tested with a
// real outage (e2e/operations/database-outage.spec.ts).
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/ready/route';
import { startDraining } from '@/lib/lifecycle';

describe('GET /ready', () => {
  it('is ready while the database answers, and not once the process drains', async () => {
    const ready = await GET();
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });

    startDraining();
    const draining = await GET();

    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'draining' });
  });
});
