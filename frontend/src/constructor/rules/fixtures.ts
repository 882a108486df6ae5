import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The fixture files under server/bot/testdata are the single definition of
 * the bot rules: the Go tests and these tests read the same files. Only
 * tests import this module (it uses node:fs); the path is relative to the
 * frontend folder, where `npm test` runs.
 */
export const TESTDATA = resolve(process.cwd(), '../server/bot/testdata');

/** readJSON parses one fixture file. */
export function readJSON<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(TESTDATA, ...path), 'utf8')) as T;
}

/** fixtureNames lists the .json files of a fixture folder, sorted as Go's filepath.Glob does. */
export function fixtureNames(folder: string): string[] {
  return readdirSync(join(TESTDATA, folder))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** ProblemKey is what a fixture pins of a problem: not its message. */
export interface ProblemKey {
  node_id?: string;
  edge_id?: string;
  code: string;
}

/** key reduces a problem to its fixture form; an empty id equals a missing one, as in Go. */
export function key(p: ProblemKey): { node_id: string; edge_id: string; code: string } {
  return { node_id: p.node_id ?? '', edge_id: p.edge_id ?? '', code: p.code };
}
