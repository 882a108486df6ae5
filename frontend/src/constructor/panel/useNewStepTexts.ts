import { useMemo } from 'react';
import { useT } from '../../i18n/useT';
import type { StepTexts } from '../model/newStep';

/** useNewStepTexts returns the texts new steps start with, in the interface language. */
export function useNewStepTexts(): StepTexts {
  const t = useT();
  return useMemo(
    () => ({
      message: t('bot.newText.message'),
      npsQuestion: t('bot.newText.nps_question'),
      question: t('bot.newText.question'),
      internalMessage: t('bot.newText.internal_message'),
    }),
    [t],
  );
}
