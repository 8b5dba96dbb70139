import type { AnswerValue } from "@/lib/checklist/types";

/** What every question control receives from the step form (react-hook-form's Controller). */
export type FieldProps = {
  id: string;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  onBlur?: () => void;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
};
