import { useId, useState } from 'react';
import { Icon } from '../../icons/Icon';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { stepLabel } from '../canvas/labels';
import { connect, reconnect, removeElements } from '../model/edit';
import { handleOf, type Graph, type GraphNode } from '../model/graph';
import { describeRefusal } from '../problems/describe';
import { checkConnection } from '../rules/connection';

/** Output is one output of a step as the panel lists it. */
interface Output {
  handle: string;
  label: MessageKey;
  /** required outputs (Start, a condition's branches) have no "the bot ends" choice. */
  required: boolean;
}

function outputsOf(step: GraphNode): Output[] {
  switch (step.type) {
    case 'stop':
      return [];
    case 'condition':
      return [
        { handle: 'true', label: 'bot.field.nextYes', required: true },
        { handle: 'false', label: 'bot.field.nextNo', required: true },
      ];
    default:
      return [{ handle: '', label: 'bot.field.next', required: step.type === 'start' }];
  }
}

/**
 * NextStepFields connect a step's outputs from the panel, without the
 * mouse: each output gets a list of the steps it may lead to. A choice the
 * rules refuse is not made, and the reason is shown.
 */
export function NextStepFields({
  graph,
  step,
  onChange,
}: {
  graph: Graph;
  step: GraphNode;
  onChange: (edit: (g: Graph) => Graph) => void;
}) {
  const t = useT();
  const id = useId();
  const [refused, setRefused] = useState<{ handle: string; reason: string } | null>(null);
  const targets = graph.nodes.filter((n) => n.type !== 'start');

  const choose = (handle: string, target: string) => {
    const existing = graph.edges.find((e) => e.source === step.id && handleOf(e) === handle);
    if (target === '') {
      setRefused(null);
      if (existing) onChange((g) => removeElements(g, [], [existing.id]));
      return;
    }
    const edge = { id: existing?.id ?? '', source: step.id, target, ...(handle ? { source_handle: handle } : {}) };
    const problem = checkConnection(graph, edge);
    if (problem) {
      setRefused({ handle, reason: describeRefusal(problem, t) });
      return;
    }
    setRefused(null);
    onChange((g) => (existing ? reconnect(g, existing.id, edge) : connect(g, edge).graph));
  };

  return (
    <>
      {outputsOf(step).map((output) => {
        const current = graph.edges.find((e) => e.source === step.id && handleOf(e) === output.handle)?.target ?? '';
        const selectId = `${id}-${output.handle || 'next'}`;
        const reason = refused?.handle === output.handle ? refused.reason : null;
        return (
          <div key={output.handle} className={reason ? 'field field-invalid' : 'field'}>
            <label className="field-label" htmlFor={selectId}>
              {t(output.label)}
            </label>
            <div className="field-control select-control">
              <select
                id={selectId}
                className="input select"
                value={current}
                aria-describedby={reason ? `${selectId}-why` : undefined}
                onChange={(event) => choose(output.handle, event.target.value)}
              >
                <option value="">{output.required ? t('bot.field.nextChoose') : t('bot.field.nextEnd')}</option>
                {targets.map((n) => (
                  <option key={n.id} value={n.id}>
                    {stepLabel(n, t)}
                  </option>
                ))}
              </select>
              <Icon name="chevronDown" size={16} className="select-chevron" />
            </div>
            {reason && (
              <p className="field-error" id={`${selectId}-why`} role="alert">
                {reason}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
