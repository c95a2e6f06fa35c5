import { beforeEach, describe, expect, it } from 'vitest';
import { PER_PAGE } from '@/lib/pagination';
import type { UserListParams } from '@/lib/params';
import { userFactory } from '@/test/factories';
import { deleteTestData } from '@/test/support/database';
import { findUserForEditing, listUsers } from './user-queries';

beforeEach(deleteTestData);

const firstPage: UserListParams = { sort: 'name', q: '', cursor: null };

const idsOf = (rows: { id: number }[]) => rows.map(({ id }) => id);

describe('listUsers', () => {
  it('lists active and deactivated users by name, with their email, role and state', async () => {
    const deactivatedAt = new Date('2026-03-04T05:06:07.890Z');
    const zoe = await userFactory.create({
      name: 'Test Zoe',
      email: 'Zoe@Example.com',
      role: 'finance',
      deactivatedAt,
      createdAt: new Date('2025-01-02T03:04:05.678Z'),
    });
    const adam = await userFactory.create({
      name: 'Test Adam',
      email: 'adam@example.com',
      role: 'admin',
      createdAt: new Date('2024-05-06T07:08:09.123Z'),
    });

    expect(await listUsers(firstPage)).toEqual({
      users: [
        {
          id: adam.id,
          name: 'Test Adam',
          email: 'adam@example.com',
          role: 'admin',
          deactivatedAt: null,
          createdAt: adam.createdAt,
        },
        {
          id: zoe.id,
          name: 'Test Zoe',
          email: 'Zoe@Example.com',
          role: 'finance',
          deactivatedAt,
          createdAt: zoe.createdAt,
        },
      ],
      previousPage: null,
      nextPage: null,
    });
  });

  it('sorts by email, ignoring capitals, and users of the same name by id', async () => {
    const b = await userFactory.create({ name: 'Test Same', email: 'B@example.com' });
    const a = await userFactory.create({ name: 'Test Same', email: 'a@example.com' });
    const c = await userFactory.create({ name: 'Test Other', email: 'c@example.com' });

    expect(idsOf((await listUsers({ ...firstPage, sort: 'email' })).users)).toEqual([
      a.id,
      b.id,
      c.id,
    ]);
    expect(idsOf((await listUsers(firstPage)).users)).toEqual([c.id, b.id, a.id]);
  });

  it('searches names and emails, ignoring capitals, and treats % and _ as plain characters', async () => {
    const byName = await userFactory.create({ name: 'Test Grace Hopper' });
    const byEmail = await userFactory.create({ email: 'navy.GRACE@example.com' });
    const percent = await userFactory.create({ name: 'Test 100% Sure' });
    await userFactory.create({ name: 'Test Ada', email: 'ada@example.com' });

    expect(idsOf((await listUsers({ ...firstPage, q: 'grace' })).users).sort()).toEqual(
      [byName.id, byEmail.id].sort(),
    );
    expect(idsOf((await listUsers({ ...firstPage, q: '%' })).users)).toEqual([percent.id]);
    expect((await listUsers({ ...firstPage, q: '_' })).users).toEqual([]);
  });

  it(`shows ${PER_PAGE} users a page, forward and back, within a search`, async () => {
    const matching = [];
    for (let i = 0; i < PER_PAGE + 1; i++) {
      matching.push(await userFactory.create({ name: `Test ${i + 10} Match` }));
    }
    await userFactory.create({ name: 'Test Other' });
    const params = { ...firstPage, q: 'match' };

    const first = await listUsers(params);
    const second = await listUsers({ ...params, cursor: first.nextPage });
    const back = await listUsers({ ...params, cursor: second.previousPage });

    expect(idsOf(first.users)).toEqual(idsOf(matching.slice(0, PER_PAGE)));
    expect(idsOf(second.users)).toEqual(idsOf(matching.slice(PER_PAGE)));
    expect(second.nextPage).toBeNull();
    expect(back).toEqual(first);
  });

  it('shows the first page for a cursor that names no user', async () => {
    const user = await userFactory.create();

    const list = await listUsers({ ...firstPage, cursor: { after: 2_147_483_647 } });

    expect(idsOf(list.users)).toEqual([user.id]);
  });
});

describe('findUserForEditing', () => {
  it('finds a user, without anything about their password', async () => {
    const user = await userFactory.create({ name: 'Test Ada', role: 'catalog' });

    const found = await findUserForEditing(user.id);

    expect(found).toEqual(user);
    expect(Object.keys(found!)).not.toContain('password');
  });

  it('returns null for an unknown id', async () => {
    expect(await findUserForEditing(2_147_483_647)).toBeNull();
  });
});
