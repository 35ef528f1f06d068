import { questionWarnings } from '@/lib/interviews/question-bank';

interface Props {
  text: string;
}

/** Etiquette advice for a question the user wrote. Advice only: it never blocks adding the question. */
export function QuestionAdvice({ text }: Props) {
  const warnings = text.trim() ? questionWarnings(text) : [];
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings" aria-label="Advice about this question">
      {warnings.map((w) => (
        <li key={w.code}>{w.message}</li>
      ))}
    </ul>
  );
}
