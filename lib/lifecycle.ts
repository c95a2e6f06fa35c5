// The web process's lifecycle, as the parts that serve requests need to see it: whether it is
// draining (it got SIGTERM and is finishing what it serves before it exits; /ready answers 503
// meanwhile), and what must be closed once it has (lib/graceful-shutdown.ts runs the hooks).
//
// The state lives on globalThis under a registered symbol because server.ts and Next's bundled
// server code load separate copies of this module (as in lib/request-context.ts): the signal
// arrives in server.ts, the readiness check and the database client live in the bundle.

type ShutdownHook = { name: string; close: () => Promise<unknown> };
type Lifecycle = { draining: boolean; shutdownHooks: ShutdownHook[] };

const STATE_KEY = Symbol.for('widgets.lifecycle');
const globalState = globalThis as unknown as { [STATE_KEY]?: Lifecycle };

const lifecycle: Lifecycle =
  globalState[STATE_KEY] ?? (globalState[STATE_KEY] = { draining: false, shutdownHooks: [] });

/** Whether the process has begun to shut down: it must get no new work. */
export function isDraining(): boolean {
  return lifecycle.draining;
}

export function startDraining(): void {
  lifecycle.draining = true;
}

/**
 * Registers a client to close when the web process has finished its last request (the database
 * pool, the job queue's connections). Every copy of a module registers its own client.
 */
export function onShutdown(name: string, close: () => Promise<unknown>): void {
  lifecycle.shutdownHooks.push({ name, close });
}

/** The registered hooks, in registration order. */
export function shutdownHooks(): readonly ShutdownHook[] {
  return lifecycle.shutdownHooks;
}
