import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** STATE_FILE is where the global setup tells the specs about the running server. */
export const STATE_FILE = fileURLToPath(new URL('./.state/server.json', import.meta.url));

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
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as ServerState;
}
