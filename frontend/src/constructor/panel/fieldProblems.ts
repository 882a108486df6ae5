import type { Problem } from '../rules/problem';

/** StepField names a field of the step panel that a problem can be shown under. */
export type StepField = 'text' | 'buttons' | 'scale' | 'variable' | 'operator' | 'value' | 'recipients' | 'minutes';

/** FIELD_OF says which field each data problem belongs to; the others are shown above the fields. */
const FIELD_OF: Record<string, StepField> = {
  empty_text: 'text',
  text_too_long: 'text',
  too_many_buttons: 'buttons',
  invalid_button: 'buttons',
  invalid_scale: 'scale',
  invalid_variable: 'variable',
  reserved_variable: 'variable',
  invalid_operator: 'operator',
  invalid_value: 'value',
  no_recipients: 'recipients',
  too_many_recipients: 'recipients',
  unknown_user: 'recipients',
  invalid_minutes: 'minutes',
};

/** splitProblems sorts a step's problems into those of a field and those of the step as a whole. */
export function splitProblems(problems: readonly Problem[]): {
  byField: Partial<Record<StepField, Problem>>;
  general: Problem[];
} {
  const byField: Partial<Record<StepField, Problem>> = {};
  const general: Problem[] = [];
  for (const p of problems) {
    const field = p.edge_id ? undefined : FIELD_OF[p.code];
    if (field) byField[field] ??= p;
    else general.push(p);
  }
  return { byField, general };
}
