import { existsSync, rmSync } from 'node:fs';
import { readServerState, stateFile } from './server-state';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * globalTeardown stops the server the setup started (SIGTERM, so it shuts down
 * the way an operator's Ctrl-C would) and removes its temporary folder.
 */
export default async function globalTeardown(): Promise<void> {
  const file = stateFile();
  if (!existsSync(file)) return;
  const state = readServerState();
  if (alive(state.pid)) {
    process.kill(state.pid, 'SIGTERM');
    const deadline = Date.now() + 10_000;
    while (alive(state.pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (alive(state.pid)) {
      console.warn(`npsdesk (pid ${state.pid}) ignored SIGTERM for 10 s; killing it`);
      process.kill(state.pid, 'SIGKILL');
    }
  }
  if (!process.env.NPSDESK_E2E_KEEP) rmSync(state.tmpDir, { recursive: true, force: true });
  rmSync(file, { force: true });
}
