import type { Edge, Node } from '@xyflow/react';
import type { GraphNode } from '../model/graph';
import type { Problem } from '../rules/problem';

/**
 * StepData is what a step's component gets: the domain step as it is in the
 * document (never changed in place), the problems to mark on it, and whether
 * the preview is there. Nothing here is saved.
 */
export type StepData = {
  step: GraphNode;
  problems: readonly Problem[];
  active: boolean;
};

/** StepFlowNode is a step on the canvas. */
export type StepFlowNode = Node<StepData>;

/** LinkData marks a connection that breaks a wiring rule, and the output it leaves by. */
export type LinkData = {
  invalid: boolean;
  handle: string;
};

/** LinkFlowEdge is a connection on the canvas. */
export type LinkFlowEdge = Edge<LinkData>;
