import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PGlite's data directory belongs to one process at a time. The service marks it while running, so a
 * command line tool (create-token …) refuses instead of opening it twice.
 */
const lockFile = (dataDir: string) => join(dataDir, 'backlog.pid');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of another live process holding `dataDir`, if any. */
export function embeddedHolder(dataDir: string): number | undefined {
  if (!existsSync(lockFile(dataDir))) return undefined;
  const pid = Number(readFileSync(lockFile(dataDir), 'utf8'));
  return pid !== process.pid && isRunning(pid) ? pid : undefined;
}

export function holdEmbedded(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(lockFile(dataDir), String(process.pid));
  return () => rmSync(lockFile(dataDir), { force: true });
}
