/** The settings of each step type, as the editor and the engine use them. */

/** Button is a quick reply under a message; pressing it sends `value` as the customer's text. */
export interface Button {
  label: string;
  value: string;
}

/** MessageData sends `text` (and buttons) to the customer. */
export interface MessageData {
  text: string;
  buttons: Button[];
}

/** NpsQuestionData asks for a score on the scale scale_min..10 and waits for it. */
export interface NpsQuestionData {
  text: string;
  scale_min: number;
}

/** QuestionData asks `text` and stores the free-text answer in `variable`. */
export interface QuestionData {
  text: string;
  variable: string;
}

/** ConditionData holds when "variable operator value"; value is undefined when missing. */
export interface ConditionData {
  variable: string;
  operator: string;
  value?: number;
}

/** InternalMessageData notifies each of user_ids with `text`. */
export interface InternalMessageData {
  user_ids: number[];
  text: string;
}

/** PauseData waits `minutes` before continuing. */
export interface PauseData {
  minutes: number;
}

/** DataOf maps a step type to its settings. */
export interface DataOf {
  start: Record<string, never>;
  message: MessageData;
  nps_question: NpsQuestionData;
  question: QuestionData;
  condition: ConditionData;
  internal_message: InternalMessageData;
  pause: PauseData;
  stop: Record<string, never>;
}
