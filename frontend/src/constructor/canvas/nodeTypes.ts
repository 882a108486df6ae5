import type { NodeTypes } from '@xyflow/react';
import { ConditionNode } from './nodes/ConditionNode';
import { InternalMessageNode } from './nodes/InternalMessageNode';
import { MessageNode } from './nodes/MessageNode';
import { NpsQuestionNode } from './nodes/NpsQuestionNode';
import { PauseNode } from './nodes/PauseNode';
import { QuestionNode } from './nodes/QuestionNode';
import { StartNode } from './nodes/StartNode';
import { StopNode } from './nodes/StopNode';
import { UnknownNode } from './nodes/UnknownNode';

/**
 * nodeTypes maps each step type to its component. It is defined once, at
 * module level: a new object on every render would make React Flow remount
 * every step. Types the rules do not know render as "unknown".
 */
export const nodeTypes: NodeTypes = {
  start: StartNode,
  message: MessageNode,
  nps_question: NpsQuestionNode,
  question: QuestionNode,
  condition: ConditionNode,
  internal_message: InternalMessageNode,
  pause: PauseNode,
  stop: StopNode,
  unknown: UnknownNode,
};
