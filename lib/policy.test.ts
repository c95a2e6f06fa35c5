import { subject } from '@casl/ability';
import { describe, expect, it } from 'vitest';
import type { User } from '@/generated/prisma/client';
import { abilityFor, ROLES, type Actor, type Role } from './policy';

// PRODUCT.md §1's table of roles, and §4's "who" column, written out by hand: the policy must
// agree with the product, not with itself. Each cell says what the role may do with the subject:
// r(ead), c(reate), u(pdate), d(estroy), or "-" where it may not.
//
// Readings of the product that the cells rest on: a rating is created (rated), never read, edited
// or deleted on its own (§4 has no page for one); finance "browses everything signed in", which is
// everything a visitor browses, as /users and /jobs are for admins alone (§4); an admin may do
// everything, so also what no page offers yet.
const PRODUCT_TABLE = `
                    Widget  Manufacturer  WidgetRating  User  Job
  visitor           r---    r---          -c--          ----  ----
  catalog           rcu-    rcud          -c--          ----  ----
  customer_service  r-ud    r---          -c--          ----  ----
  finance           r---    r---          -c--          ----  ----
  admin             rcud    rcud          rcud          rcud  rcud
`;

const ACTIONS = ['read', 'create', 'update', 'destroy'] as const;
type Subject = 'Widget' | 'Manufacturer' | 'WidgetRating' | 'User' | 'Job';

const CELLS = /^([r-][c-][u-][d-] ){4}[r-][c-][u-][d-]$/;

const [header, ...rows] = PRODUCT_TABLE.trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/));
const subjects = header as Subject[];
const cases = rows.flatMap(([who, ...cells]) =>
  subjects.flatMap((subjectName, column) =>
    ACTIONS.map(
      (action, letter) =>
        [
          who as Role | 'visitor',
          cells[column]?.[letter] === 'rcud'[letter] ? 'may' : 'may not',
          action,
          subjectName,
        ] as const,
    ),
  ),
);

const ME = 7;
const SOMEONE_ELSE = 8;

function actorFor(who: Role | 'visitor'): Actor {
  return who === 'visitor' ? null : { id: ME, role: who };
}

function userRecord(id: number): User {
  return {
    id,
    name: `User ${id}`,
    email: `user-${id}@example.com`,
    emailVerified: false,
    image: null,
    role: 'catalog',
    deactivatedAt: null,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
}

describe('abilityFor', () => {
  it('reads a row of the table for every role and a visitor', () => {
    expect(subjects).toEqual(['Widget', 'Manufacturer', 'WidgetRating', 'User', 'Job']);
    expect(rows.map(([who]) => who).sort()).toEqual([...ROLES, 'visitor'].sort());
    for (const [who, ...cells] of rows) expect(cells.join(' '), who).toMatch(CELLS);
  });

  it.each(cases)('%s %s %s %s', (who, verdict, action, subjectName) => {
    expect(abilityFor(actorFor(who)).can(action, subjectName)).toBe(verdict === 'may');
  });

  it("lets catalog edit a widget's name, price and manufacturer, but not its status", () => {
    const catalog = abilityFor({ id: ME, role: 'catalog' });

    for (const field of ['name', 'priceCents', 'manufacturerId']) {
      expect(catalog.can('update', 'Widget', field), field).toBe(true);
    }
    expect(catalog.can('update', 'Widget', 'widgetStatusId')).toBe(false);
  });

  it("lets customer service and admins change a widget's status, and no one else", () => {
    const statusChangers = ROLES.filter((role) =>
      abilityFor({ id: ME, role }).can('update', 'Widget', 'widgetStatusId'),
    );

    expect(statusChangers).toEqual(['customer_service', 'admin']);
    expect(abilityFor(null).can('update', 'Widget', 'widgetStatusId')).toBe(false);
  });

  it('lets an admin change and deactivate another user, but not themselves', () => {
    const admin = abilityFor({ id: ME, role: 'admin' });

    for (const action of ['update', 'destroy'] as const) {
      expect(admin.can(action, subject('User', userRecord(SOMEONE_ELSE))), action).toBe(true);
      expect(admin.can(action, subject('User', userRecord(ME))), action).toBe(false);
    }
    expect(admin.can('read', subject('User', userRecord(ME)))).toBe(true);
  });

  it('lets no other role change or deactivate any user, themselves included', () => {
    for (const role of ROLES.filter((role) => role !== 'admin')) {
      const ability = abilityFor({ id: ME, role });
      for (const id of [ME, SOMEONE_ELSE]) {
        expect(ability.can('update', subject('User', userRecord(id))), `${role} ${id}`).toBe(false);
        expect(ability.can('destroy', subject('User', userRecord(id))), `${role} ${id}`).toBe(
          false,
        );
      }
    }
  });

  it("lets an API client do what its key's role may, as a user with that role", () => {
    for (const role of ROLES) {
      const client = abilityFor({ apiClient: 'Acme Parts', role });
      const user = abilityFor({ id: ME, role });
      for (const action of ACTIONS) {
        for (const subjectName of ['Widget', 'Manufacturer'] as const) {
          expect(client.can(action, subjectName), `${role} ${action} ${subjectName}`).toBe(
            user.can(action, subjectName),
          );
        }
      }
      expect(client.can('update', 'Widget', 'widgetStatusId'), role).toBe(
        user.can('update', 'Widget', 'widgetStatusId'),
      );
    }
  });
});
