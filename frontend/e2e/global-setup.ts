import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ServerState } from './server-state';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN_LINE = /setup token: ([A-Za-z0-9_-]+)/;

/** freePort asks the kernel for a port nobody listens on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * globalSetup builds the npsdesk binary from the repository, starts it on a
 * free port with an empty data folder, waits for the setup token on its stdout
 * and records where it runs for the specs and the teardown.
 */
export default async function globalSetup(): Promise<void> {
  const tmpDir = mkdtempSync(join(tmpdir(), 'npsdesk-e2e-'));
  const binary = join(tmpDir, 'npsdesk');
  const dataDir = join(tmpDir, 'data');
  const logFile = join(tmpDir, 'server.log');

  try {
    execFileSync('go', ['build', '-o', binary, '.'], { cwd: repoRoot, stdio: 'inherit' });
  } catch (error) {
    rmSync(tmpDir, { recursive: true, force: true });
    throw error;
  }

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  // The log goes to a file, not a pipe: a pipe nobody drains would block the server.
  const log = openSync(logFile, 'a');
  const child = spawn(binary, ['--addr', `127.0.0.1:${port}`, '--data', dataDir], {
    cwd: tmpDir,
    stdio: ['ignore', log, log],
    detached: false,
  });
  closeSync(log);
  child.unref();
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));

  let setupToken = '';
  const deadline = Date.now() + 30_000;
  while (!setupToken) {
    if (exited !== null) {
      throw new Error(
        `npsdesk exited with ${exited} before printing its setup token:\n${readFileSync(logFile, 'utf8')}`,
      );
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(
        `npsdesk printed no setup token within 30 s:\n${readFileSync(logFile, 'utf8')}`,
      );
    }
    setupToken = readFileSync(logFile, 'utf8').match(TOKEN_LINE)?.[1] ?? '';
    if (!setupToken) await sleep(100);
  }

  // The token is printed before or after the listener opens; wait until it answers.
  while ((await fetch(`${baseURL}/api/v1/health`).catch(() => null))?.ok !== true) {
    if (Date.now() > deadline) throw new Error('npsdesk did not answer /api/v1/health');
    await sleep(100);
  }

  const state: ServerState = { baseURL, setupToken, pid: child.pid!, tmpDir, logFile };
  // The state file lives in this run's folder; the workers find it by the variable.
  const stateFile = join(tmpDir, 'server.json');
  mkdirSync(dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify(state, null, 2));
  process.env.NPSDESK_E2E_STATE = stateFile;
  process.env.NPSDESK_E2E_BASE_URL = baseURL;
  process.env.NPSDESK_E2E_SETUP_TOKEN = setupToken;
}
