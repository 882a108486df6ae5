import type { EdgeTypes } from '@xyflow/react';
import { LinkEdge } from './LinkEdge';

/** edgeTypes is defined once, at module level, like nodeTypes. */
export const edgeTypes: EdgeTypes = { link: LinkEdge };
