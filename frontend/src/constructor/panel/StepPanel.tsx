import { useMemo } from 'react';
import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { stepName } from '../canvas/labels';
import { StepIcon } from '../canvas/StepIcon';
import { replaceNodeData, updateNodeData } from '../model/edit';
import { isNodeType, type Graph, type GraphNode } from '../model/graph';
import { newStepData } from '../model/newStep';
import { describeProblem } from '../problems/describe';
import { isObject } from '../rules/decode';
import type { Problem } from '../rules/problem';
import { splitProblems, type StepField } from './fieldProblems';
import { NextStepFields } from './NextStepFields';
import { StepFields } from './StepFields';
import { useNewStepTexts } from './useNewStepTexts';

/**
 * StepPanel edits the selected step: its settings, where its outputs lead,
 * its problems; and duplicates or deletes it. Every change is a pure edit of
 * the document, one undo step per burst of typing in a field.
 */
export function StepPanel({
  graph,
  step,
  problems,
  onChange,
  onDuplicate,
  onDelete,
}: {
  graph: Graph;
  step: GraphNode;
  problems: readonly Problem[];
  onChange: (edit: (g: Graph) => Graph, key?: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const texts = useNewStepTexts();
  const { byField, general } = splitProblems(problems);
  const errors: Partial<Record<StepField, string>> = {};
  for (const [field, p] of Object.entries(byField)) errors[field as StepField] = describeProblem(p, t, step.type);

  const variables = useMemo(() => {
    const names = new Set(['score']);
    for (const n of graph.nodes) {
      if (n.type === 'question' && isObject(n.data) && typeof n.data.variable === 'string' && n.data.variable) {
        names.add(n.data.variable);
      }
    }
    return [...names];
  }, [graph.nodes]);

  const reset = () => {
    if (isNodeType(step.type)) onChange((g) => replaceNodeData(g, step.id, newStepData(step.type as never, texts)));
  };

  return (
    <div className="step-panel">
      <header className={`step-panel-head step-${step.type}`}>
        <span className="step-icon">
          <StepIcon type={step.type} size={18} />
        </span>
        <div className="step-panel-title">
          <h2>{stepName(step.type, t)}</h2>
          <p className="step-panel-id">{t('bot.stepId', { id: step.id })}</p>
        </div>
      </header>

      {general.length > 0 && (
        <ul className="panel-problems" aria-label={t('bot.problems')}>
          {general.map((p, i) => (
            <li key={i}>
              <Icon name="alert" size={16} />
              <span>{describeProblem(p, t, step.type)}</span>
            </li>
          ))}
        </ul>
      )}

      <div className="step-panel-fields">
        <StepFields
          step={step}
          errors={errors}
          variables={variables}
          onReset={reset}
          onPatch={(values, field) => onChange((g) => updateNodeData(g, step.id, values), `data:${step.id}:${field}`)}
        />
        <NextStepFields graph={graph} step={step} onChange={(edit) => onChange(edit)} />
      </div>

      <footer className="step-panel-actions">
        {step === graph.nodes.find((n) => n.type === 'start') ? (
          <p className="field-hint">{t('bot.startLocked')}</p>
        ) : (
          <>
            <button type="button" className="btn btn-secondary btn-small" onClick={onDuplicate}>
              <Icon name="copy" size={16} />
              {t('bot.duplicate')}
            </button>
            <button type="button" className="btn btn-ghost btn-small btn-danger-text" onClick={onDelete}>
              <Icon name="close" size={16} />
              {t('bot.delete')}
            </button>
          </>
        )}
      </footer>
    </div>
  );
}
