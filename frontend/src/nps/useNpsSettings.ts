import { useEffect, useState } from 'react';
import { getNpsSettings, NPS_SETTINGS_FRAME, type NpsSettings } from '../api/nps';
import { useFrame } from '../realtime/hooks';

/**
 * The NPS settings are loaded once per page load and shared by every component that
 * asks (each conversation's Send NPS); a save or an nps.settings_updated frame
 * replaces them for all.
 */
let current: NpsSettings | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** setNpsSettings replaces the shared settings (after a save or a frame). */
export function setNpsSettings(next: NpsSettings): void {
  current = next;
  listeners.forEach((fn) => fn());
}

function load(): Promise<void> {
  if (!loading) {
    loading = getNpsSettings().then(setNpsSettings, (error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}

/** useNpsSettings returns the settings (null until loaded), whether loading failed, and a retry. */
export function useNpsSettings(): { settings: NpsSettings | null; failed: boolean; retry: () => void } {
  const [settings, setSettings] = useState<NpsSettings | null>(current);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const update = () => setSettings(current);
    listeners.add(update);
    setFailed(false);
    load().then(update, () => setFailed(true));
    return () => {
      listeners.delete(update);
    };
  }, [attempt]);
  useFrame<NpsSettings>(NPS_SETTINGS_FRAME, (next) => {
    if (next && typeof next.enabled === 'boolean') setNpsSettings(next);
  });
  return { settings, failed, retry: () => setAttempt((n) => n + 1) };
}
