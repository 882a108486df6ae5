import { request } from './client';
import type { Survey } from './chatTypes';
import type { Id } from './types';

/** NpsSettings is Settings → Chats and messengers → NPS, with the bot's summary. */
export interface NpsSettings {
  enabled: boolean;
  bot_id: Id;
  answer_timeout_hours: number;
  cooldown_days: number;
  /** critical_value is the bot's first condition on the score (null without one). */
  critical_value: number | null;
  critical_operator?: string;
  scale_min?: number;
  /** recipients are the users the bot's internal messages go to. */
  recipients: Id[];
}

/** NpsSettingsPatch changes any of the switch, the timeout and the cooldown (admin). */
export type NpsSettingsPatch = Partial<Pick<NpsSettings, 'enabled' | 'answer_timeout_hours' | 'cooldown_days'>>;

/** NPS_SETTINGS_FRAME is the frame that tells every team member NPS settings changed. */
export const NPS_SETTINGS_FRAME = 'nps.settings_updated';
/** SURVEY_FRAME reports a survey that was sent, answered or expired. */
export const SURVEY_FRAME = 'nps.survey_updated';

export function getNpsSettings(): Promise<NpsSettings> {
  return request<NpsSettings>('/settings/nps');
}

export function updateNpsSettings(body: NpsSettingsPatch): Promise<NpsSettings> {
  return request<NpsSettings>('/settings/nps', { method: 'PUT', body });
}

/** sendNps starts the NPS bot in a conversation; 409 nps_disabled / survey_pending / nps_cooldown. */
export function sendNps(conversationId: Id): Promise<{ survey: Survey }> {
  return request<{ survey: Survey }>(`/conversations/${encodeURIComponent(String(conversationId))}/nps`, {
    method: 'POST',
  });
}

/** scoreGroup sorts a 0–10 score: 0–6 detractor, 7–8 passive, 9–10 promoter. */
export function scoreGroup(score: number): 'detractor' | 'passive' | 'promoter' {
  if (score <= 6) return 'detractor';
  if (score <= 8) return 'passive';
  return 'promoter';
}
