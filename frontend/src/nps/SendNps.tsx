import { useEffect, useState } from 'react';
import { ApiError } from '../api/client';
import type { Conversation, Survey } from '../api/chatTypes';
import { scoreGroup, sendNps, SURVEY_FRAME } from '../api/nps';
import { describeError } from '../forms/describeError';
import { formatDateTime } from '../i18n/format';
import { useLanguage, useT } from '../i18n/useT';
import { Icon } from '../icons/Icon';
import { useFrame } from '../realtime/hooks';
import { useToast } from '../toast/useToast';
import { useNpsSettings } from './useNpsSettings';
import './nps.css';

const COOLDOWN_UNTIL = /after (\d{4}-\d{2}-\d{2}T[0-9:.]+Z)/;

/**
 * SendNps is the conversation header's NPS part: the survey's state (pending, answered
 * with its score, expired — live) and, while NPS is on, the Send NPS button.
 */
export function SendNps({
  conversation,
  onChanged,
}: {
  conversation: Conversation;
  onChanged: (conversation: Conversation) => void;
}) {
  const t = useT();
  const { lang } = useLanguage();
  const toast = useToast();
  const { settings } = useNpsSettings();
  const [busy, setBusy] = useState(false);
  const [survey, setSurvey] = useState<Survey | undefined>(conversation.survey);

  useEffect(() => setSurvey(conversation.survey), [conversation.id, conversation.survey]);
  useFrame<Survey>(SURVEY_FRAME, (next) => {
    if (String(next?.conversation_id) === String(conversation.id)) setSurvey(next);
  });

  const send = async () => {
    setBusy(true);
    try {
      const { survey: sent } = await sendNps(conversation.id);
      setSurvey(sent);
      onChanged({ ...conversation, survey: sent });
      toast.show({ tone: 'success', message: t('nps.sent', { name: conversation.contact?.name ?? '' }) });
    } catch (error) {
      toast.show({ tone: 'error', message: refusal(error) });
    } finally {
      setBusy(false);
    }
  };

  const refusal = (error: unknown): string => {
    if (error instanceof ApiError && error.status === 409) {
      if (error.code === 'nps_disabled') return t('nps.disabled');
      if (error.code === 'survey_pending') return t('nps.pending');
      if (error.code === 'nps_cooldown') {
        const until = error.message.match(COOLDOWN_UNTIL)?.[1];
        return until
          ? t('nps.cooldownRefused', { date: formatDateTime(until, lang) })
          : t('nps.cooldownRefusedPlain', { message: error.message });
      }
    }
    return describeError(error, t);
  };

  return (
    <>
      {survey && <SurveyBadge survey={survey} />}
      {settings?.enabled && (
        <button type="button" className="btn btn-primary btn-small nps-send" title={t('nps.send')} disabled={busy} onClick={send}>
          <Icon name="star" size={16} />
          <span className="nps-send-label">{t(busy ? 'nps.sending' : 'nps.send')}</span>
        </button>
      )}
    </>
  );
}

/** SurveyBadge shows where a survey stands; an answer is coloured by its group. */
export function SurveyBadge({ survey }: { survey: Survey }) {
  const t = useT();
  if (survey.status === 'answered' && typeof survey.score === 'number') {
    const group = scoreGroup(survey.score);
    return (
      <span className={`nps-badge is-${group}`} data-testid="nps-state" title={t(`nps.state.${group}`)}>
        {t('nps.state.answered', { score: survey.score })}
        <span className="nps-badge-group"> · {t(`nps.state.${group}`)}</span>
      </span>
    );
  }
  if (survey.status === 'expired')
    return (
      <span className="nps-badge is-expired" data-testid="nps-state">
        {t('nps.state.expired')}
      </span>
    );
  return (
    <span className="nps-badge is-pending" data-testid="nps-state">
      <span className="nps-dot" aria-hidden />
      {t('nps.state.pending')}
    </span>
  );
}
