/**
 * The caller's scope for row-level security (ADR 0034): which ICSs' data the database lets this work see.
 *
 * Each HTTP request runs in a scope of its own (`enterRequestScope`), which is nobody's until the session guard
 * names the person (`setRequestScope`). Work outside a request (start-up, jobs, the demo data, test fixtures) is the
 * service's own and sees every ICS; so does code that is meant to work over every ICS whoever asks, such as the
 * landscape and placement, which says so with `@AcrossEverySystem()` or `acrossEverySystem(…)` (the services still
 * decide what of it a person is shown).
 *
 * The scope reaches PostgreSQL as the setting `idt.scope` (read by the policies of migration 1764001900000) through
 * `ScopedClient`, the `pg` client of the API's pool, at no extra round trip in the common cases: a transaction gets
 * it in the same message as its `START TRANSACTION` (`set_config(…, true)`: it ends with the transaction); a statement
 * outside a transaction only when that connection last served another scope (`set_config(…, false)`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { Client } from 'pg';

/** `all`, `none`, or `user:<uuid>`: the values the policies understand. */
export type DatabaseScope = 'all' | 'none' | `user:${string}`;

interface ScopeHolder {
  scope: DatabaseScope;
}

const storage = new AsyncLocalStorage<ScopeHolder>();
const SCOPE_PATTERN = /^(all|none|user:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The scope of the work running now: the request's, or `all` outside any request. */
export function currentDatabaseScope(): DatabaseScope {
  return storage.getStore()?.scope ?? 'all';
}

/** Express middleware: the rest of the request runs in a scope of its own, nobody's until `setRequestScope`. */
export function enterRequestScope(_req: Request, _res: Response, next: NextFunction): void {
  storage.run({ scope: 'none' }, next);
}

/** Names the person the current request acts for (`null`: nobody signed in). Outside a request it does nothing. */
export function setRequestScope(userId: string | null): void {
  const holder = storage.getStore();
  if (!holder) return;
  const scope: DatabaseScope = userId ? `user:${userId.toLowerCase()}` : 'none';
  if (!SCOPE_PATTERN.test(scope)) throw new Error('Not a user id');
  holder.scope = scope;
}

/** Runs `work` in a given scope (tests, and `acrossEverySystem`). */
export function runInDatabaseScope<T>(scope: DatabaseScope, work: () => T): T {
  if (!SCOPE_PATTERN.test(scope)) throw new Error(`Not a database scope: ${scope}`);
  return storage.run({ scope }, work);
}

/** Runs `work` over every ICS: for queries that are meant to (the landscape, placement, jobs). */
export function acrossEverySystem<T>(work: () => T): T {
  return runInDatabaseScope('all', work);
}

/**
 * Class decorator for a repository whose queries are meant to run over every ICS whoever asks (the landscape's
 * figures, placement, cycle progress): each of its methods runs with `acrossEverySystem`.
 */
export function AcrossEverySystem(): ClassDecorator {
  return (target) => {
    const prototype = (target as unknown as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      if (name === 'constructor' || !descriptor || typeof descriptor.value !== 'function') continue;
      const method = descriptor.value as (...args: unknown[]) => unknown;
      Object.defineProperty(prototype, name, {
        ...descriptor,
        value: function (this: unknown, ...args: unknown[]) {
          return acrossEverySystem(() => method.apply(this, args));
        },
      });
    }
  };
}

const BEGINS = /^\s*(START TRANSACTION|BEGIN)\b/i;
const ENDS = /^\s*(COMMIT|ROLLBACK|END|ABORT)\s*;?\s*$/i;
const ROLLS_BACK_TO_SAVEPOINT = /^\s*ROLLBACK\s+TO\b/i;

/**
 * The API pool's `pg` client: before each statement, makes sure `idt.scope` is the current work's scope (see the top
 * of this file). It keeps what it last set, at the connection's level and in the open transaction.
 */
export class ScopedClient extends Client {
  /** The connection's own value of `idt.scope` (between transactions); undefined: not known. */
  private sessionScope: string | undefined;
  /** Inside a transaction: its value of `idt.scope` (undefined: not known); null: no transaction open. */
  private transactionScope: string | undefined | null = null;

  override query(...args: unknown[]): never {
    const [first] = args;
    const text = typeof first === 'string' ? first : isQueryConfig(first) ? first.text : undefined;
    if (text === undefined) return this.send(args);
    const scope = currentDatabaseScope();
    if (BEGINS.test(text)) {
      this.transactionScope = scope;
      if (scope === this.sessionScope) return this.send(args);
      if (typeof first === 'string' && hasNoParameters(args)) {
        // One message, one round trip: the transaction starts with its scope.
        const combined = `${text}; SELECT set_config('idt.scope', ${this.escapeLiteral(scope)}, true)`;
        return (this.send([combined]) as Promise<unknown>).then((result) => (Array.isArray(result) ? result[0] : result)) as never;
      }
      return this.after(args, (begun) => begun, scope, true);
    }
    if (ENDS.test(text)) {
      this.transactionScope = null;
    } else if (ROLLS_BACK_TO_SAVEPOINT.test(text)) {
      this.transactionScope = undefined; // a set_config after the savepoint is undone
    } else if (this.transactionScope !== null) {
      if (this.transactionScope !== scope) {
        this.transactionScope = scope;
        return this.before(args, scope, true);
      }
    } else if (this.sessionScope !== scope) {
      this.sessionScope = scope;
      return this.before(args, scope, false);
    }
    return this.send(args);
  }

  private send(args: unknown[]): never {
    return (super.query as (...a: unknown[]) => unknown).apply(this, args) as never;
  }

  private setScope(scope: string, local: boolean): Promise<unknown> {
    return (this.send(['SELECT set_config($1, $2, $3)', ['idt.scope', scope, local]]) as Promise<unknown>).catch((error: unknown) => {
      if (local) this.transactionScope = undefined;
      else this.sessionScope = undefined;
      throw error;
    });
  }

  /** Sets the scope, then runs the statement (as a promise, or through its callback, as it was called). */
  private before(args: unknown[], scope: string, local: boolean): never {
    const callback = typeof args[args.length - 1] === 'function' ? (args[args.length - 1] as (error: unknown) => void) : undefined;
    const set = this.setScope(scope, local);
    if (callback) {
      set.then(() => this.send(args), callback);
      return undefined as never;
    }
    return set.then(() => this.send(args)) as never;
  }

  /** Runs the statement (a START TRANSACTION that cannot carry it), then sets the scope in the transaction. */
  private after(args: unknown[], result: (value: unknown) => unknown, scope: string, local: boolean): never {
    const callback = typeof args[args.length - 1] === 'function' ? (args[args.length - 1] as (error: unknown, value?: unknown) => void) : undefined;
    if (callback) {
      const withoutCallback = args.slice(0, -1);
      (this.send(withoutCallback) as Promise<unknown>).then(
        (value) => this.setScope(scope, local).then(() => callback(null, result(value)), callback),
        callback,
      );
      return undefined as never;
    }
    return (this.send(args) as Promise<unknown>).then((value) => this.setScope(scope, local).then(() => result(value))) as never;
  }
}

/** `query(text)` or `query(text, undefined | [])`, as TypeORM sends START TRANSACTION: it can share a simple-query message. */
function hasNoParameters(args: unknown[]): boolean {
  return args.length === 1 || (args.length === 2 && (args[1] === undefined || (Array.isArray(args[1]) && args[1].length === 0)));
}

function isQueryConfig(value: unknown): value is { text: string } {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string';
}
