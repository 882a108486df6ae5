import type { NodeType } from './graph';
import type { DataOf } from './nodeData';

/** StepTexts are the words a new step starts with, in the editor's language. */
export interface StepTexts {
  message: string;
  npsQuestion: string;
  question: string;
  internalMessage: string;
}

/**
 * newStepData is the data a step gets when it is dropped on the canvas:
 * valid where a sensible default exists (a text, a scale, score ≤ 6, 10
 * minutes), empty where only the admin can choose (the recipients).
 */
export function newStepData(type: NodeType, texts: StepTexts): DataOf[NodeType] {
  switch (type) {
    case 'message':
      return { text: texts.message, buttons: [] };
    case 'nps_question':
      return { text: texts.npsQuestion, scale_min: 0 };
    case 'question':
      return { text: texts.question, variable: 'comment' };
    case 'condition':
      return { variable: 'score', operator: 'lte', value: 6 };
    case 'internal_message':
      return { user_ids: [], text: texts.internalMessage };
    case 'pause':
      return { minutes: 10 };
    case 'start':
    case 'stop':
      return {};
  }
}
