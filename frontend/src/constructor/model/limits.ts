/**
 * Limits a graph must respect to be saved. They mirror the server's constants;
 * a test keeps them equal to server/bot/testdata/limits.json, the one
 * definition both sides read. Lengths count Unicode code points.
 */
export const LIMITS = {
  graph_version: 1,
  max_nodes: 200,
  max_edges: 400,
  max_id_length: 64,
  max_text_length: 2000,
  max_buttons: 12,
  max_button_label_length: 40,
  max_button_value_length: 100,
  max_recipients: 100,
  min_pause_minutes: 1,
  max_pause_minutes: 43200,
  max_variable_length: 32,
  variable_pattern: '^[a-z_][a-z0-9_]{0,31}$',
  scale_max: 10,
  scale_mins: [0, 1],
  operators: ['lte', 'lt', 'eq', 'gte', 'gt'],
  waiting_types: ['nps_question', 'question', 'pause'],
  node_types: [
    'start',
    'message',
    'nps_question',
    'question',
    'condition',
    'internal_message',
    'pause',
    'stop',
  ],
} as const;

/** Operator is a comparison a condition may make. */
export type Operator = (typeof LIMITS.operators)[number];

/** OPERATORS lists the operators in their documented order. */
export const OPERATORS: readonly Operator[] = LIMITS.operators;

/** MAX_SCORE_ANSWER_LENGTH is the longest text ParseScore looks at. */
export const MAX_SCORE_ANSWER_LENGTH = 32;

/** MAX_STEPS is the most steps one engine call executes before it gives up on a loop. */
export const MAX_STEPS = 100;

/** MAX_REASKS is how many unusable answers get a polite re-ask. */
export const MAX_REASKS = 2;
