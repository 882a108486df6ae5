import type { StepField } from './fieldProblems';

/** FieldsProps are what each step type's fields get: its settings, a way to change them, and the errors to show. */
export interface FieldsProps<T> {
  data: T;
  /** onPatch changes some settings; `field` groups a burst of typing into one undo step. */
  onPatch: (patch: Partial<T>, field: string) => void;
  errors: Partial<Record<StepField, string>>;
}
