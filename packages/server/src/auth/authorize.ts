import type { Role } from '@danvan/shared';
import { forbidden, notFound } from '../http/errors.js';

/** The signed-in user as the authorization engine sees them. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  unitId: number;
  /** ltree path of the subtree this account may see and change. */
  scopePath: string;
  scopeUnitId: number;
}

/** Anything placed in the unit tree: its (or its unit's) ltree path. */
export interface Scoped {
  path: string;
}

export type Rule<R extends Scoped> = (actor: Actor, record: R) => boolean;

// Rules are typed at their definition (definePolicy); the registry stores them erased.
const rules = new Map<string, Rule<Scoped>>();

/**
 * Declares the rules of one feature: `definePolicy('unit', { rename: … })` registers `unit.rename`.
 * Returns the action names so callers refer to them without typing strings twice.
 */
export function definePolicy<R extends Scoped, A extends string>(
  entity: string,
  policy: Record<A, Rule<R>>,
): { [K in A]: `${string}.${K}` } {
  const actions = {} as { [K in A]: `${string}.${K}` };
  for (const [name, rule] of Object.entries(policy) as [A, Rule<R>][]) {
    const action = `${entity}.${name}`;
    if (rules.has(action)) throw new Error(`policy action ${action} declared twice`);
    rules.set(action, rule as Rule<Scoped>);
    actions[name] = action as `${string}.${typeof name}`;
  }
  return actions;
}

export function isWithin(scopePath: string, path: string): boolean {
  return path === scopePath || path.startsWith(`${scopePath}.`);
}

/** True when the actor may do `action` to `record`; out-of-scope records are never allowed. */
export function can<R extends Scoped>(actor: Actor, action: string, record: R): boolean {
  const rule = rules.get(action);
  if (!rule) throw new Error(`unknown action ${action}`);
  return isWithin(actor.scopePath, record.path) && rule(actor, record);
}

/**
 * Throws 404 for records outside the actor's scope (existence is not revealed)
 * and 403 for in-scope records the actor's role may not act on.
 */
export function authorize<R extends Scoped>(actor: Actor, action: string, record: R): void {
  if (!isWithin(actor.scopePath, record.path)) throw notFound();
  if (!can(actor, action, record)) throw forbidden();
}

export function declaredActions(): string[] {
  return [...rules.keys()].sort();
}

export const isManager = (actor: Actor) => actor.role === 'admin' || actor.role === 'leader';
