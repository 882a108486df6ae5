import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * stateFile is where the global setup tells the specs about the running server: a file
 * in the run's own temporary folder, named by NPSDESK_E2E_STATE (set by the global setup
 * and inherited by the workers), so parallel runs never read — or stop — each other's
 * server. Without it (a spec started by hand), the old shared path.
 */
export function stateFile(): string {
  return process.env.NPSDESK_E2E_STATE || fileURLToPath(new URL('./.state/server.json', import.meta.url));
}

/** ServerState describes the npsdesk process the global setup started. */
export interface ServerState {
  baseURL: string;
  setupToken: string;
  pid: number;
  tmpDir: string;
  logFile: string;
}

/** readServerState returns the running server's address and setup token. */
export function readServerState(): ServerState {
  return JSON.parse(readFileSync(stateFile(), 'utf8')) as ServerState;
}
