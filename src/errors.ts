// `gr.Error`: the one exception whose message the user always sees, as in
// Gradio. Named GradioError here so it never shadows the global Error inside
// this package; `src/index.ts` exports it as `Error`.

export interface GradioErrorOptions {
  /** Heading of the error toast; Gradio's default is "Error". */
  title?: string;
  /** Seconds the toast stays (10, as in Gradio); null keeps it until dismissed. */
  duration?: number | null;
}

export class GradioError extends Error {
  readonly title: string;
  readonly duration: number | null;

  constructor(message: string, options: GradioErrorOptions = {}) {
    super(message);
    this.name = "GradioError";
    this.title = options.title ?? "Error";
    this.duration = options.duration === undefined ? 10 : options.duration;
  }
}

/** Errors thrown by the authoring API itself when it is used wrongly. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
