/** The backlog service as its own operating-system process (`server/main.ts`), for tests that kill it or run two. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));

export interface BacklogProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown, no cleanup, as a crash or an OOM killer would. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Start `script` (the service by default) with `env`, and wait until its /healthz answers. `nodeArgs` go to node (`--cpu-prof`). */
export async function startBacklogProcess(env: Record<string, string>, port: number, script = MAIN, nodeArgs: string[] = []): Promise<BacklogProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env: { ...process.env, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`backlog process ended with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (attempt > 600) throw new Error('backlog process did not become healthy');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    child,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
