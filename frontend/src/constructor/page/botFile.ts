import { exportText } from '../model/document';
import type { Graph } from '../model/graph';
import { importGraph, MAX_IMPORT_BYTES, type ImportResult } from '../model/importGraph';

/** downloadBot saves the graph document as a JSON file named after the bot. */
export function downloadBot(name: string, graph: Graph): void {
  const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'bot';
  const url = URL.createObjectURL(new Blob([exportText(graph)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${slug}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** readBotFile reads a chosen file as a bot, refusing a file too big to be one before reading it. */
export async function readBotFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'file_too_big' };
  return importGraph(await file.text());
}
