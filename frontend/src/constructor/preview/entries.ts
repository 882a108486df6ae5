import type { Button } from '../model/nodeData';
import type { Step } from '../engine/run';

/**
 * Entry is one line of the preview chat: what the bot says, what the
 * customer says, or a note about what would happen behind the scenes.
 */
export type Entry =
  | { kind: 'bot'; text: string; buttons?: Button[]; nodeId: string }
  | { kind: 'customer'; text: string }
  | { kind: 'note'; note: Note };

/** Note is an effect the preview only describes. */
export type Note =
  | { type: 'notify'; names: string[]; text: string }
  | { type: 'rating'; score: number }
  | { type: 'answer'; variable: string }
  | { type: 'wait'; minutes: number }
  | { type: 'quiet' }
  | { type: 'done' }
  | { type: 'expired' }
  | { type: 'error'; error: NonNullable<Step['error']> };

/**
 * describeStep turns an engine call's actions into chat entries. A re-ask
 * is the bot speaking again; an answer the engine ignores after two
 * re-asks is noted, so the silence is explained. `now` is the time the call
 * was made at, to tell how long a pause lasts.
 */
export function describeStep(step: Step, names: (ids: number[]) => string[], now: number): Entry[] {
  const out: Entry[] = [];
  for (const a of step.actions) {
    switch (a.kind) {
      case 'send_message':
      case 'reask':
        out.push({ kind: 'bot', text: a.text ?? '', buttons: a.buttons, nodeId: a.node_id });
        break;
      case 'notify':
        out.push({ kind: 'note', note: { type: 'notify', names: names(a.user_ids ?? []), text: a.text ?? '' } });
        break;
      case 'record_rating':
        out.push({ kind: 'note', note: { type: 'rating', score: a.score ?? 0 } });
        break;
      case 'record_answer':
        out.push({ kind: 'note', note: { type: 'answer', variable: a.variable ?? '' } });
        break;
      case 'wait':
        if (a.wait_kind === 'timer' && a.until !== undefined) {
          out.push({ kind: 'note', note: { type: 'wait', minutes: Math.round((a.until - now) / 60_000) } });
        }
        break;
      case 'done':
        if (!step.error) out.push({ kind: 'note', note: { type: 'done' } });
        break;
      case 'expired':
        out.push({ kind: 'note', note: { type: 'expired' } });
        break;
    }
  }
  if (step.error && step.error !== 'not_waiting') out.push({ kind: 'note', note: { type: 'error', error: step.error } });
  if (step.actions.length === 0 && !step.error && step.run.status === 'waiting' && (step.run.reasks ?? 0) > 0) {
    out.push({ kind: 'note', note: { type: 'quiet' } });
  }
  return out;
}
