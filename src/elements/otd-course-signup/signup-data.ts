import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Session } from '../../content/schema/sessions.js';
import { checkSession } from '../../content/session-check.js';
import type * as SignupSchemaModule from '../../content/schema/signup.js';

/** The shared signup rules: a lazy chunk, since it brings zod. */
export type SignupRules = typeof SignupSchemaModule;

/** How long loading the sessions may take. */
const SESSIONS_TIMEOUT_MS = 10_000;

let rulesModule: Promise<SignupRules> | undefined;

/** Loads the signup rules once per page; a failed load is tried again on the next call. */
function loadRules(): Promise<SignupRules> {
  rulesModule ??= import('../../content/schema/signup.js').catch((error: unknown) => {
    rulesModule = undefined;
    throw error;
  });
  return rulesModule;
}

/** The valid sessions in `data` (a list from the receiver); anything else in it is left out, with a warning. */
function parseSessions(data: unknown): Session[] {
  if (!Array.isArray(data)) throw new TypeError('The sessions are not a list');
  const seen = new Set<string>();
  const sessions: Session[] = [];
  for (const item of data) {
    const session = checkSession(item);
    if (session && !seen.has(session.id)) {
      seen.add(session.id);
      sessions.push(session);
    }
  }
  if (sessions.length < data.length) {
    const dropped = data.length - sessions.length;
    console.warn(`[otd-widgets] <otd-course-signup>: ${dropped} session(s) from the receiver were not valid and are not shown.`);
  }
  return sessions;
}

/**
 * What the signup form loads: the training sessions from `sessions-src` (checked without zod, see
 * `content/session-check.ts`), a fresh list when the receiver sends one along, the session a
 * confirmation is for, and the shared rules (a lazy chunk with zod), which load when the person
 * first moves into the form, so checking and queueing a signup also work when the network drops
 * while the person types.
 */
export class SignupData implements ReactiveController {
  private readonly task: Task<readonly [string | null], Session[]>;
  /** Fresh sessions from the receiver (a 409 answer), shown instead of the task's until it runs again. */
  private override?: readonly Session[];

  constructor(
    private readonly host: ReactiveControllerHost,
    sessionsSrc: () => string | null,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      args: () => [sessionsSrc()] as const,
      task: async ([src], { signal }): Promise<Session[]> => {
        if (!src) throw new Error('No valid sessions-src');
        const response = await fetch(src, {
          signal: AbortSignal.any([signal, AbortSignal.timeout(SESSIONS_TIMEOUT_MS)]),
          headers: { Accept: 'application/json' },
          credentials: 'same-origin',
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return parseSessions(await response.json());
      },
    });
  }

  hostConnected(): void {}

  /** The shared rules (loaded once per page). */
  rules(): Promise<SignupRules> {
    return loadRules();
  }

  /** Starts loading the rules, if they are not here yet; failures are tried again later. */
  preloadRules(): void {
    loadRules().catch(() => undefined);
  }

  /** The sessions to choose from, or undefined while they load or when loading failed. */
  get sessions(): readonly Session[] | undefined {
    if (this.override) return this.override;
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** True when the sessions could not be loaded. */
  get failed(): boolean {
    return !this.override && this.task.status === TaskStatus.ERROR;
  }

  /** Loads the sessions again. */
  retry(): void {
    this.override = undefined;
    void this.task.run();
  }

  /** Shows the list the receiver sent along, if it is one; else loads the sessions again. */
  async refresh(fresh: unknown): Promise<void> {
    if (fresh !== undefined) {
      try {
        this.override = parseSessions(fresh);
        this.host.requestUpdate();
        return;
      } catch {
        // not a list: load them again
      }
    }
    this.retry();
  }

  /** The session a signup was for: from the list, else as the receiver described it (checked). */
  async sessionFor(id: string, described: unknown): Promise<Session | undefined> {
    const known = this.sessions?.find((s) => s.id === id);
    if (known || typeof described !== 'object' || described === null) return known;
    try {
      return parseSessions([described])[0];
    } catch {
      return undefined;
    }
  }
}
