import { useState } from 'react';
import { graphProblems, restoreDefaultBot, saveBot } from '../../api/bots';
import type { Id } from '../../api/types';
import { describeError } from '../../forms/describeError';
import { useT } from '../../i18n/useT';
import { useToast } from '../../toast/useToast';
import { toDocument } from '../model/document';
import type { Graph } from '../model/graph';
import type { Problem } from '../rules/problem';
import type { Editor } from '../state/useEditor';

/**
 * useSaving saves the bot and restores the default one. Problems the server
 * finds (a recipient deleted meanwhile, say) are kept with the graph they
 * were found in, and shown until that graph is edited.
 */
export function useSaving(botId: Id, editor: Editor, onServerProblems: () => void) {
  const t = useT();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [refused, setRefused] = useState<{ graph: Graph; problems: Problem[] } | null>(null);

  const save = async () => {
    const graph = editor.graph;
    setSaving(true);
    try {
      await saveBot(botId, toDocument(graph));
      editor.markSaved(graph);
      setRefused(null);
      toast.show({ tone: 'success', message: t('bot.savedToast') });
    } catch (error) {
      const problems = graphProblems(error);
      if (problems) {
        setRefused({ graph, problems });
        onServerProblems();
      }
      toast.show({ tone: 'error', message: problems ? t('bot.saveRefused') : describeError(error, t) });
    } finally {
      setSaving(false);
    }
  };

  const restore = async () => {
    try {
      const bot = await restoreDefaultBot(botId);
      editor.load(bot.graph, true);
      setRefused(null);
      toast.show({ tone: 'success', message: t('bot.restored') });
    } catch (error) {
      toast.show({ tone: 'error', message: describeError(error, t) });
    }
  };

  const serverProblems = refused && refused.graph === editor.graph ? refused.problems : [];
  return { saving, save, restore, serverProblems };
}
