import { useT } from '../../i18n/useT';
import type { GraphNode, NodeType } from '../model/graph';
import type { DataOf } from '../model/nodeData';
import { decodeData, type Decoded } from '../rules/decode';
import { ConditionFields } from './ConditionFields';
import type { StepField } from './fieldProblems';
import { InternalMessageFields } from './InternalMessageFields';
import { MessageFields } from './MessageFields';
import { NpsQuestionFields } from './NpsQuestionFields';
import { PauseFields } from './PauseFields';
import { QuestionFields } from './QuestionFields';

/**
 * StepFields shows the settings of a step by its type. Settings that cannot
 * be read (an imported or hand-made file) get a way to start them afresh.
 */
export function StepFields({
  step,
  onPatch,
  onReset,
  errors,
  variables,
}: {
  step: GraphNode;
  onPatch: (patch: Record<string, unknown>, field: string) => void;
  onReset: () => void;
  errors: Partial<Record<StepField, string>>;
  variables: string[];
}) {
  const t = useT();
  const props = { onPatch, errors };
  const read = <K extends NodeType>(type: K): Decoded<DataOf[K]> => decodeData(type, step.data);
  let fields = null;
  let decoded: Decoded<unknown> = { ok: true, value: null };

  switch (step.type) {
    case 'message': {
      const d = (decoded = read('message'));
      if (d.ok) fields = <MessageFields data={d.value} {...props} />;
      break;
    }
    case 'nps_question': {
      const d = (decoded = read('nps_question'));
      if (d.ok) fields = <NpsQuestionFields data={d.value} {...props} />;
      break;
    }
    case 'question': {
      const d = (decoded = read('question'));
      if (d.ok) fields = <QuestionFields data={d.value} {...props} />;
      break;
    }
    case 'condition': {
      const d = (decoded = read('condition'));
      if (d.ok) fields = <ConditionFields data={d.value} variables={variables} {...props} />;
      break;
    }
    case 'internal_message': {
      const d = (decoded = read('internal_message'));
      if (d.ok) fields = <InternalMessageFields data={d.value} {...props} />;
      break;
    }
    case 'pause': {
      const d = (decoded = read('pause'));
      if (d.ok) fields = <PauseFields data={d.value} {...props} />;
      break;
    }
    case 'start':
    case 'stop':
      decoded = read(step.type);
      break;
  }

  if (!decoded.ok) {
    return (
      <div className="panel-note panel-note-error">
        <p>{t('bot.malformed')}</p>
        <button type="button" className="btn btn-secondary btn-small" onClick={onReset}>
          {t('bot.resetData')}
        </button>
      </div>
    );
  }
  return fields;
}
