import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bot } from '../../api/bots';
import type { User } from '../../api/types';
import { usePageTitle } from '../../components/usePageTitle';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/useT';
import { useToast } from '../../toast/useToast';
import { FlowCanvas } from '../canvas/FlowCanvas';
import type { Measured } from '../canvas/toFlow';
import { arrange } from '../model/layout';
import { duplicateNodes, removeElements } from '../model/edit';
import { Palette } from '../palette/Palette';
import { SidePanel, type PanelTab } from '../panel/SidePanel';
import { StepPanel } from '../panel/StepPanel';
import { PreviewChat } from '../preview/PreviewChat';
import { usePreview } from '../preview/usePreview';
import { describeRefusal } from '../problems/describe';
import { ProblemList } from '../problems/ProblemList';
import type { Problem } from '../rules/problem';
import { validate } from '../rules/validate';
import { useEditor } from '../state/useEditor';
import { TeamContext } from '../team';
import { EditorToolbar } from '../toolbar/EditorToolbar';
import { downloadBot, readBotFile } from './botFile';
import { EditorDialogs } from './EditorDialogs';
import { EmptyPanel } from './EmptyPanel';
import { importMessage } from './importMessage';
import { useAddStep } from './useAddStep';
import { useSaving } from './useSaving';
import { useShortcuts } from './useShortcuts';
import { useUnsavedGuard } from './useUnsavedGuard';

/**
 * BotEditor is the constructor for one bot: toolbar, palette, canvas, and the
 * side panel with the selected step, the problems and the preview. The graph
 * document lives in useEditor; everything else here is canvas state.
 */
export function BotEditor({ bot, users, usersFailed }: { bot: Bot; users: User[] | null; usersFailed: boolean }) {
  const t = useT();
  const toast = useToast();
  usePageTitle(bot.name || t('bot.title'));
  const editor = useEditor(bot.graph);
  const { graph, selection, change, select } = editor;
  const flow = useReactFlow();
  const canvas = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [tab, setTab] = useState<PanelTab>('step');
  const [measured, setMeasured] = useState<Measured>(new Map());
  const [confirmRestore, setConfirmRestore] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const userExists = useMemo(() => (users ? (id: number) => users.some((u) => String(u.id) === String(id)) : null), [users]);
  const problems = useMemo(() => validate(graph, userExists), [graph, userExists]);
  const { saving, save, restore, serverProblems } = useSaving(bot.id, editor, () => setTab('problems'));
  const marked = useMemo(() => [...problems, ...serverProblems], [problems, serverProblems]);
  const preview = usePreview(graph, users);
  const blocker = useUnsavedGuard(editor.dirty && !saving);
  const team = useMemo(() => ({ users, failed: usersFailed }), [users, usersFailed]);

  const selectedStep = selection.nodes.length === 1 ? graph.nodes.find((n) => n.id === selection.nodes[0]) : undefined;
  const selectedId = selectedStep?.id;
  // Selecting a step shows its settings, unless the admin is trying the bot.
  useEffect(() => {
    if (selectedId) setTab((current) => (current === 'preview' ? current : 'step'));
  }, [selectedId]);

  // Opening "Try it" starts a run at once; Restart starts over.
  const openTab = (next: PanelTab) => {
    setTab(next);
    if (next === 'preview' && !preview.run) preview.start();
  };

  const onAdded = useCallback(
    (_: string, type: string) => setAnnouncement(t('bot.added', { step: t(`bot.step.${type}` as MessageKey) })),
    [t],
  );
  const { addAt, addInView } = useAddStep(editor, canvas, onAdded);

  const duplicate = () => {
    if (selection.nodes.length === 0) return;
    const copy = duplicateNodes(graph, selection.nodes);
    if (copy.ids.length === 0) return;
    change(() => copy.graph);
    select({ nodes: copy.ids, edges: [] });
  };
  const remove = (id: string) => {
    change((g) => removeElements(g, [id], []));
    select({ nodes: [], edges: [] });
  };
  useShortcuts({ undo: editor.undo, redo: editor.redo, duplicate });

  const show = (p: Problem) => {
    const step = graph.nodes.find((n) => n.id === p.node_id);
    if (step) {
      select({ nodes: [step.id], edges: [] });
      const size = measured.get(step.id) ?? { width: 240, height: 100 };
      flow.setCenter(step.position.x + size.width / 2, step.position.y + size.height / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 300 });
      setTab('step');
    } else if (p.edge_id) {
      select({ nodes: [], edges: [p.edge_id] });
    }
  };

  const onArrange = () => {
    change((g) => arrange(g, (id) => measured.get(id)));
    requestAnimationFrame(() => flow.fitView({ padding: 0.2, maxZoom: 1, duration: 300 }));
  };

  const onImportFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readBotFile(file);
    if (result.ok) {
      editor.load(result.graph);
      requestAnimationFrame(() => flow.fitView({ padding: 0.2, maxZoom: 1 }));
      toast.show({ tone: 'success', message: t('bot.imported', { name: file.name }) });
    } else {
      toast.show({ tone: 'error', title: t('bot.importFailed', { name: file.name }), message: importMessage(result, t), duration: 10_000 });
    }
  };

  const onMeasured = useCallback((sizes: Map<string, { width: number; height: number }>) => {
    setMeasured((prev) => new Map([...prev, ...sizes]));
  }, []);
  const onRefused = useCallback(
    (p: Problem) => toast.show({ tone: 'error', title: t('bot.refusedTitle'), message: describeRefusal(p, t) }),
    [toast, t],
  );

  return (
    <TeamContext.Provider value={team}>
      <div className="bot-editor">
        <EditorToolbar
          name={bot.name || t('bot.title')}
          dirty={editor.dirty}
          canUndo={editor.canUndo}
          canRedo={editor.canRedo}
          problemCount={marked.length}
          saving={saving}
          onUndo={editor.undo}
          onRedo={editor.redo}
          onArrange={onArrange}
          onImport={() => fileInput.current?.click()}
          onExport={() => downloadBot(bot.name || 'bot', graph)}
          onRestore={() => setConfirmRestore(true)}
          onSave={save}
          onShowProblems={() => setTab('problems')}
        />
        <div className="bot-body">
          <Palette onAdd={addInView} />
          <div className="bot-canvas-slot" ref={canvas}>
            <FlowCanvas
              editor={editor}
              problems={marked}
              activeStep={tab === 'preview' && preview.run ? preview.run.node_id : null}
              colorMode="system"
              measured={measured}
              onMeasured={onMeasured}
              onDropStep={addAt}
              onRefused={onRefused}
            />
          </div>
          <SidePanel tab={tab} onTab={openTab} problemCount={marked.length}>
            {tab === 'step' &&
              (selectedStep ? (
                <StepPanel
                  key={selectedStep.id}
                  graph={graph}
                  step={selectedStep}
                  problems={marked.filter((p) => p.node_id === selectedStep.id)}
                  onChange={change}
                  onDuplicate={duplicate}
                  onDelete={() => remove(selectedStep.id)}
                />
              ) : (
                <EmptyPanel />
              ))}
            {tab === 'problems' && <ProblemList graph={graph} problems={problems} serverProblems={serverProblems} onShow={show} />}
            {tab === 'preview' && <PreviewChat preview={preview} />}
          </SidePanel>
        </div>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            void onImportFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <p className="sr-only" role="status">
          {announcement}
        </p>
        <EditorDialogs
          blocker={blocker}
          confirmRestore={confirmRestore}
          onCloseRestore={() => setConfirmRestore(false)}
          onRestore={() => {
            setConfirmRestore(false);
            void restore();
          }}
        />
      </div>
    </TeamContext.Provider>
  );
}
