// Who may do what: PRODUCT.md §1's table of roles, in the one place the app asks. Pages, server
// actions and route handlers ask through lib/authorization.ts (which also knows who is signed
// in); pages ask it again to hide what the user may not do. Hiding is a courtesy; the check on
// the server is what counts. Design: docs/decisions/0014-authorization-policy-with-casl.md.
//
// Rules are CASL's (https://casl.js.org). Conditions are written as Prisma `where` objects
// (@casl/prisma), so a rule about records can also scope a query: `accessibleBy(ability).User`.
import { AbilityBuilder, type Ability as CaslAbility } from '@casl/ability';
import {
  createPrismaAbility,
  type Model,
  type PrismaQueryOf,
  type Subjects,
} from '@casl/prisma/runtime';
import type {
  ApiKey,
  Manufacturer,
  Prisma,
  User,
  Widget,
  WidgetRating,
} from '@/generated/prisma/client';

/** The roles a user can have (the users table's check constraint lists the same). */
export const ROLES = ['catalog', 'customer_service', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** How each role is named to people. */
export const ROLE_NAMES: Record<Role, string> = {
  catalog: 'Catalog',
  customer_service: 'Customer service',
  finance: 'Finance',
  admin: 'Admin',
};

/** Rails' action names; `manage` is CASL's "any action". */
export type PolicyAction = 'read' | 'create' | 'update' | 'destroy' | 'manage';

/**
 * What permissions are about: a model (by name, or a record of it marked with CASL's
 * `subject('User', user)`), the jobs page's `Job`, or `all`.
 */
export type PolicySubject =
  | Subjects<{
      Widget: Widget;
      Manufacturer: Manufacturer;
      WidgetRating: WidgetRating;
      User: User;
      ApiKey: ApiKey;
    }>
  | 'Job'
  | 'all';

type PrismaQuery = PrismaQueryOf<Prisma.TypeMap, Model<Record<string, unknown>, string>>;

export type Ability = CaslAbility<[PolicyAction, PolicySubject], PrismaQuery>;

/**
 * Who is asking: a signed-in user (their id and role), a program using the JSON API (its client's
 * name and its key's role), or null for a visitor.
 */
export type Actor = { id: number; role: Role } | { apiClient: string; role: Role } | null;

/** The widget fields a catalog user may change: everything but the status. */
const WIDGET_CATALOG_FIELDS = ['name', 'priceCents', 'manufacturerId'];

export function abilityFor(actor: Actor): Ability {
  const { can, cannot, build } = new AbilityBuilder<Ability>(createPrismaAbility);

  // Everyone, signed in or not, browses the catalogue and rates widgets.
  can('read', ['Widget', 'Manufacturer']);
  can('create', 'WidgetRating');

  switch (actor?.role) {
    case undefined:
      break;
    case 'catalog':
      // Merchandising keeps the catalogue: manufacturers entirely, widgets but for their status.
      can(['create', 'update', 'destroy'], 'Manufacturer');
      can('create', 'Widget');
      can('update', 'Widget', WIDGET_CATALOG_FIELDS);
      break;
    case 'customer_service':
      // Support corrects widgets (their status included) and removes them.
      can(['update', 'destroy'], 'Widget');
      break;
    case 'finance':
      // Finance browses signed in and receives the high-price emails; it changes nothing.
      break;
    case 'admin':
      can('manage', 'all');
      // An admin cannot change their own role or deactivate themselves, so the last admin
      // cannot lock everyone out.
      if ('id' in actor) cannot(['update', 'destroy'], 'User', { id: actor.id });
      break;
  }
  return build();
}
