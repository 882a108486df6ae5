import { useMemo } from 'react';
import type { NodeType } from '../../model/graph';
import type { DataOf } from '../../model/nodeData';
import { decodeData } from '../../rules/decode';

/** useStepData decodes a step's data for its card; null when it cannot be read. */
export function useStepData<K extends NodeType>(type: K, data: unknown): DataOf[K] | null {
  return useMemo(() => {
    const d = decodeData(type, data);
    return d.ok ? d.value : null;
  }, [type, data]);
}
