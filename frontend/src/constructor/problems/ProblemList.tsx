import { Icon } from '../../icons/Icon';
import { useT } from '../../i18n/useT';
import { stepLabel } from '../canvas/labels';
import type { Graph } from '../model/graph';
import type { Problem } from '../rules/problem';
import { describeProblem } from './describe';

/**
 * ProblemList lists every problem of the bot, in the rules' order, each with
 * the step it concerns; choosing one shows that step. Problems the server
 * found on saving are listed apart.
 */
export function ProblemList({
  graph,
  problems,
  serverProblems,
  onShow,
}: {
  graph: Graph;
  problems: readonly Problem[];
  serverProblems: readonly Problem[];
  onShow: (p: Problem) => void;
}) {
  const t = useT();
  if (problems.length === 0 && serverProblems.length === 0) {
    return (
      <div className="problems-none">
        <span className="problems-none-icon">
          <Icon name="check" size={20} />
        </span>
        <p>{t('bot.problemsNone')}</p>
      </div>
    );
  }
  const item = (p: Problem, i: number) => {
    const step = p.node_id ? graph.nodes.find((n) => n.id === p.node_id) : undefined;
    const where = step ? stepLabel(step, t) : p.edge_id ? t('bot.problemConnection') : t('bot.problemWhole');
    return (
      <li key={i}>
        <button type="button" className="problem-item" onClick={() => onShow(p)} disabled={!step && !p.edge_id}>
          <Icon name="alert" size={16} />
          <span className="problem-text">
            <span className="problem-where">{where}</span>
            <span className="problem-what">{describeProblem(p, t, step?.type)}</span>
          </span>
        </button>
      </li>
    );
  };
  return (
    <div className="problems">
      {problems.length > 0 && <ul className="problem-list">{problems.map(item)}</ul>}
      {serverProblems.length > 0 && (
        <>
          <h3 className="problems-subtitle">{t('bot.problemsServer')}</h3>
          <ul className="problem-list">{serverProblems.map(item)}</ul>
        </>
      )}
    </div>
  );
}
