import type { GraphNode, NodeType } from '../model/graph';
import { LIMITS } from '../model/limits';
import { decodeData } from './decode';
import { problem, type Problem, type ProblemCode } from './problem';
import { isBlank, lengthIn, runeLength, validVariable } from './text';

/** UserExists reports whether a user id exists; null skips the recipients' check. */
export type UserExists = ((id: number) => boolean) | null;

/** NodeInfo is what the flow checks need to know of a step's data. */
export interface NodeInfo {
  /** conditionVariable is the variable a condition with a valid name tests. */
  conditionVariable?: string;
}

const OPERATORS: readonly string[] = LIMITS.operators;

function variableRule(name: string): string {
  return `Variable "${name}" must start with a lowercase letter or _ and hold only lowercase letters, digits and _ (at most ${LIMITS.max_variable_length}).`;
}

/** textProblem is the problem of a text, if any: empty or too long. */
function textProblem(text: string): [ProblemCode, string] | null {
  if (isBlank(text)) return ['empty_text', 'The text is empty.'];
  const n = runeLength(text);
  if (n > LIMITS.max_text_length) {
    return ['text_too_long', `The text is ${n} characters long; the limit is ${LIMITS.max_text_length}.`];
  }
  return null;
}

/**
 * checkNode returns the problems of one step's data, in field order, as
 * server/bot/nodecheck.go does; the step's type is known.
 */
export function checkNode(n: GraphNode & { type: NodeType }, users: UserExists): [Problem[], NodeInfo] {
  const out: Problem[] = [];
  const info: NodeInfo = {};
  const add = (code: ProblemCode, message: string) => out.push(problem(code, message, { node_id: n.id }));
  const text = (t: string) => {
    const p = textProblem(t);
    if (p) add(p[0], p[1]);
  };
  const decode = <K extends NodeType>(type: K) => {
    const d = decodeData(type, n.data);
    if (!d.ok) add('invalid_data', d.message);
    return d.ok ? d.value : null;
  };

  switch (n.type) {
    case 'start':
    case 'stop':
      decode(n.type);
      break;

    case 'message': {
      const d = decode('message');
      if (!d) break;
      text(d.text);
      if (d.buttons.length > LIMITS.max_buttons) {
        add('too_many_buttons', `A message has at most ${LIMITS.max_buttons} buttons; this one has ${d.buttons.length}.`);
      }
      d.buttons.forEach((b, i) => {
        if (!lengthIn(b.label, LIMITS.max_button_label_length)) {
          add('invalid_button', `Button ${i + 1}: the label must be 1 to ${LIMITS.max_button_label_length} characters.`);
        }
        if (!lengthIn(b.value, LIMITS.max_button_value_length)) {
          add('invalid_button', `Button ${i + 1}: the value must be 1 to ${LIMITS.max_button_value_length} characters.`);
        }
      });
      break;
    }

    case 'nps_question': {
      const d = decode('nps_question');
      if (!d) break;
      text(d.text);
      if (d.scale_min !== 0 && d.scale_min !== 1) {
        add('invalid_scale', `The scale starts at 0 or 1, not ${d.scale_min}.`);
      }
      break;
    }

    case 'question': {
      const d = decode('question');
      if (!d) break;
      text(d.text);
      if (!validVariable(d.variable)) add('invalid_variable', variableRule(d.variable));
      else if (d.variable === 'score') {
        add('reserved_variable', 'Variable "score" is set by the NPS question; choose another name, such as "comment".');
      }
      break;
    }

    case 'condition': {
      const d = decode('condition');
      if (!d) break;
      const variableOK = validVariable(d.variable);
      if (!variableOK) add('invalid_variable', variableRule(d.variable));
      if (!OPERATORS.includes(d.operator)) {
        add('invalid_operator', `Operator "${d.operator}" is not one of lte, lt, eq, gte, gt.`);
      }
      if (d.value === undefined) add('invalid_value', 'The condition needs a number to compare with.');
      if (variableOK) info.conditionVariable = d.variable;
      break;
    }

    case 'internal_message': {
      const d = decode('internal_message');
      if (!d) break;
      text(d.text);
      if (d.user_ids.length === 0) add('no_recipients', 'Choose at least one user to notify.');
      else if (d.user_ids.length > LIMITS.max_recipients) {
        add('too_many_recipients', `An internal message goes to at most ${LIMITS.max_recipients} users; this one names ${d.user_ids.length}.`);
      } else if (users) {
        for (const id of d.user_ids) {
          if (!users(id)) add('unknown_user', `User ${id} does not exist; choose another recipient.`);
        }
      }
      break;
    }

    case 'pause': {
      const d = decode('pause');
      if (!d) break;
      if (d.minutes < LIMITS.min_pause_minutes || d.minutes > LIMITS.max_pause_minutes) {
        add('invalid_minutes', `A pause lasts ${LIMITS.min_pause_minutes} to ${LIMITS.max_pause_minutes} minutes (30 days), not ${d.minutes}.`);
      }
      break;
    }
  }
  return [out, info];
}
