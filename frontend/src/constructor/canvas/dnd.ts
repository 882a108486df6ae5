/** STEP_MIME is the drag-and-drop type a palette item carries: the step type to add. */
export const STEP_MIME = 'application/x-npsdesk-step';
