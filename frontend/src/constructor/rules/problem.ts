/**
 * Problem is one reason a graph cannot be saved, exactly as the server
 * reports it in a 422 answer: `node_id` names the step to mark, `edge_id` the
 * connection at fault, `code` is stable, `message` is plain English (the
 * interface shows its own translation, chosen by code).
 */
export interface Problem {
  node_id?: string;
  edge_id?: string;
  code: ProblemCode;
  message: string;
}

/** PROBLEM_CODES are the codes of server/bot/problem.go, part of the API contract. */
export const PROBLEM_CODES = [
  'unsupported_version',
  'too_large',
  'missing_id',
  'id_too_long',
  'duplicate_id',
  'unknown_type',
  'invalid_data',
  'no_start',
  'multiple_starts',
  'empty_text',
  'text_too_long',
  'too_many_buttons',
  'invalid_button',
  'invalid_scale',
  'invalid_variable',
  'reserved_variable',
  'invalid_operator',
  'invalid_value',
  'no_recipients',
  'too_many_recipients',
  'unknown_user',
  'invalid_minutes',
  'unknown_node',
  'invalid_handle',
  'exit_not_allowed',
  'edge_into_start',
  'duplicate_exit',
  'no_exit',
  'unreachable',
  'loop_without_wait',
  'score_unset',
] as const;

/** ProblemCode is one of PROBLEM_CODES; a server newer than this code may send others. */
export type ProblemCode = (typeof PROBLEM_CODES)[number] | (string & {});

/** problem builds a Problem, leaving out empty ids as the server's JSON does. */
export function problem(
  code: ProblemCode,
  message: string,
  at: { node_id?: string; edge_id?: string } = {},
): Problem {
  const p: Problem = { code, message };
  if (at.node_id) p.node_id = at.node_id;
  if (at.edge_id) p.edge_id = at.edge_id;
  return p;
}
