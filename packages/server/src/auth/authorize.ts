import type { Role } from '@danvan/shared';
import { forbidden, notFound, type AppError } from '../http/errors.js';

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

/** Who may act: the actor's role and where the record sits relative to their scope. */
export type Rule<R extends Scoped> = (actor: Actor, record: R) => boolean;

/** An action allowed to `who` only while the record is in one of the states `in`. */
export interface StatefulRule<R extends Scoped, S extends string> {
  who: Rule<R>;
  in: readonly S[];
}

/** Where the refusal of an action points in the request (a unit named by `body.parentId`). */
export interface RefusalContext {
  field?: string;
}

/** How a feature's records move through states: the state of a record, and the 409 that refuses an action in it. */
export interface Lifecycle<R extends Scoped, A extends string, S extends string> {
  /** The record's state; undefined when the record given does not carry it. */
  stateOf: (record: R) => S | undefined;
  refuse: (action: A, state: S, context: RefusalContext) => AppError;
}

interface Entry {
  name: string;
  who: Rule<Scoped>;
  states?: readonly string[];
  lifecycle?: Lifecycle<Scoped, string, string>;
}

// Rules are typed at their definition (definePolicy); the registry stores them erased.
const rules = new Map<string, Entry>();

/**
 * Declares the rules of one feature: `definePolicy('unit', { rename: … })` registers `unit.rename`.
 * An action given as `{ who, in: [states] }` is also bound to the record's state, read by the
 * feature's `lifecycle`. Returns the action names so callers refer to them without typing strings twice.
 */
export function definePolicy<R extends Scoped, A extends string, S extends string = never>(
  entity: string,
  policy: Record<A, Rule<R> | StatefulRule<R, S>>,
  lifecycle?: Lifecycle<R, A, S>,
): { [K in A]: `${string}.${K}` } {
  const actions = {} as { [K in A]: `${string}.${K}` };
  for (const [name, rule] of Object.entries(policy) as [A, Rule<R> | StatefulRule<R, S>][]) {
    const action = `${entity}.${name}`;
    if (rules.has(action)) throw new Error(`policy action ${action} declared twice`);
    const stateful = typeof rule !== 'function';
    if (stateful && !lifecycle) throw new Error(`policy action ${action} names states but ${entity} has no lifecycle`);
    rules.set(action, {
      name,
      who: (stateful ? rule.who : rule) as Rule<Scoped>,
      states: stateful ? rule.in : undefined,
      lifecycle: lifecycle as Lifecycle<Scoped, string, string> | undefined,
    });
    actions[name] = action as `${string}.${typeof name}`;
  }
  return actions;
}

/** The record of an action on the actor's whole scope rather than one record in it (a list, the national checklist). */
export const wholeScope = (actor: Actor): Scoped => ({ path: actor.scopePath });

/**
 * Any place strictly below the actor's unit, for asking what the role allows there (`roleAllows`)
 * before looking for records: the rules read only the role and where a place lies, not its name.
 */
export const belowScope = (actor: Actor): Scoped => ({ path: `${actor.scopePath}.below` });

export function isWithin(scopePath: string, path: string): boolean {
  return path === scopePath || path.startsWith(`${scopePath}.`);
}

function entryOf(action: string): Entry {
  const entry = rules.get(action);
  if (!entry) throw new Error(`unknown action ${action}`);
  return entry;
}

/** The record's state when `action` depends on it, or null when any state will do. */
function stateFor(entry: Entry, action: string, record: Scoped): string | null {
  if (!entry.states || !entry.lifecycle) return null;
  const state = entry.lifecycle.stateOf(record);
  if (state === undefined) throw new Error(`action ${action} needs the state of the record`);
  return state;
}

/** True when the actor may do `action` to `record` as it stands: scope, role and the record's state. */
export function can<R extends Scoped>(actor: Actor, action: string, record: R): boolean {
  const entry = entryOf(action);
  const state = stateFor(entry, action, record);
  return (
    isWithin(actor.scopePath, record.path) &&
    entry.who(actor, record) &&
    (state === null || (entry.states?.includes(state) ?? true))
  );
}

/**
 * What the actor's role allows across a place of their scope, whatever state its records are in:
 * for what describes an account rather than a record (the menu of `/api/auth/me`). Records are
 * checked with `can` and `authorize`.
 */
export function roleAllows(actor: Actor, action: string, place: Scoped): boolean {
  return isWithin(actor.scopePath, place.path) && entryOf(action).who(actor, place);
}

/**
 * The states a record must be in for `action`, or null when any state will do: for a query that
 * looks for the records the action would accept (the inbox), so the states are not written twice.
 */
export function statesOf(action: string): readonly string[] | null {
  return entryOf(action).states ?? null;
}

// The actions each request's actor has been authorized for, so a route can be held to the permission it declares.
const evaluated = new WeakMap<Actor, Set<string>>();

/** True when `authorize` has been asked about `action` for this actor (one actor per request). */
export const hasAuthorized = (actor: Actor, action: string) => evaluated.get(actor)?.has(action) ?? false;

/**
 * Throws 404 for records outside the actor's scope (existence is not revealed), 403 for in-scope
 * records the actor's role may not act on, and the feature's 409 for a record whose state does
 * not allow the action.
 */
export function authorize<R extends Scoped>(actor: Actor, action: string, record: R, context: RefusalContext = {}) {
  const entry = entryOf(action);
  const seen = evaluated.get(actor) ?? new Set<string>();
  evaluated.set(actor, seen.add(action));
  if (!isWithin(actor.scopePath, record.path)) throw notFound();
  if (!entry.who(actor, record)) throw forbidden();
  const state = stateFor(entry, action, record);
  if (state !== null && entry.lifecycle && !entry.states?.includes(state)) {
    throw entry.lifecycle.refuse(entry.name, state, context);
  }
}

export function declaredActions(): string[] {
  return [...rules.keys()].sort();
}

export const isManager = (actor: Actor) => actor.role === 'admin' || actor.role === 'leader';
