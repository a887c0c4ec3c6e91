/** Choices as the worker normalized them: `[display, value]` pairs. */
export type Choice = [string, unknown];

export function choicesOf(props: Record<string, unknown>): Choice[] {
  return Array.isArray(props.choices) ? (props.choices as Choice[]) : [];
}
