// `el.client`: call an app's endpoints from page JavaScript, as Gradio's JS
// client does. It shares the app's job port but not its UI: a call never
// touches what the user sees.

import type { ApiInfo, DependencyConfig, ErrorInfo, FlaggedDataset, JobMessage } from "../worker/protocol.ts";
import type { Remote } from "./remote.ts";
import type { Endpoints } from "../src/endpoints.ts";
import type { AppSession } from "./session.ts";

export class ClientError extends Error {
  override name = "ClientError";
  constructor(
    message: string,
    readonly code: ErrorInfo["code"] | "bad-endpoint" | "cancelled",
  ) {
    super(message);
  }
}

export interface PredictResult<D extends unknown[] = unknown[]> {
  data: D;
  endpoint: string;
  fnIndex: number;
}

export type Stage = "pending" | "generating" | "complete" | "error" | "cancelled";

export interface StatusMessage {
  type: "status";
  stage: Stage;
  endpoint: string;
  fnIndex: number;
  /** 0-based place in the queue while waiting. */
  position?: number;
  queueSize?: number;
  progress?: { fraction: number | null; index?: number; length?: number; desc?: string };
  /** The error, for stage "error". */
  message?: string;
  code?: ErrorInfo["code"];
}

export interface DataMessage<D extends unknown[] = unknown[]> {
  type: "data";
  data: D;
  endpoint: string;
  fnIndex: number;
}

export interface LogMessage {
  type: "log";
  level: "info" | "warning";
  message: string;
}

export type ClientMessage<D extends unknown[] = unknown[]> = StatusMessage | DataMessage<D> | LogMessage;
/** Gradio's JS client's name for what `submit` yields. */
export type SubmitMessage<D extends unknown[] = unknown[]> = ClientMessage<D>;

export interface Submission<D extends unknown[] = unknown[]> extends AsyncIterable<ClientMessage<D>> {
  /** Stops the run: a waiting call leaves the queue, a running one is aborted. */
  cancel(): void;
}

type EndpointName<App> = unknown extends App ? string | number : keyof Endpoints<App> & string;
type ArgsOf<App, E> = E extends keyof Endpoints<App> ? Endpoints<App>[E]["args"] : unknown[];
type DataOf<App, E> = E extends keyof Endpoints<App> ? Endpoints<App>[E]["data"] : unknown[];

/**
 * Calls an app's endpoints. `Client<typeof demo>` (for an app whose Blocks
 * body returns its listeners) knows each endpoint's arguments and data.
 */
export interface Client<App = unknown> {
  predict<E extends EndpointName<App>>(endpoint: E, data?: ArgsOf<App, E>): Promise<PredictResult<DataOf<App, E>>>;
  submit<E extends EndpointName<App>>(endpoint: E, data?: ArgsOf<App, E>): Submission<DataOf<App, E>>;
  viewApi(): Promise<ApiInfo>;
  /**
   * The rows this app flagged in this browser (gr.Interface's Flag button, a
   * gr.CSVLogger): one dataset per flagging folder and CSV file, files as
   * FileData whose `url` the page can fetch (docs/flagging.md).
   */
  flagged(): Promise<FlaggedDataset[]>;
}

/**
 * @internal The page's own (app code gets its client from the element or mount()).
 * `current` is the app's session now, `remote` its worker: a restarted app's (ui/restart.ts) once its worker died.
 */
export function createClient(current: () => AppSession, remote: () => Remote): Client {
  // The config is the same in every session of the app: its code is.
  const session = current();
  const named = new Map<string, DependencyConfig>();
  for (const dep of session.config.dependencies) if (dep.apiName) named.set(`/${dep.apiName}`, dep);

  function resolve(endpoint: string | number): DependencyConfig {
    if (typeof endpoint === "number") {
      const dep = session.config.dependencies[endpoint];
      if (dep) return dep;
      throw new ClientError(`No listener with fn index ${endpoint}`, "bad-endpoint");
    }
    if (typeof endpoint !== "string") throw new ClientError('endpoint must be a string like "/predict"', "bad-endpoint");
    const dep = named.get(endpoint.startsWith("/") ? endpoint : `/${endpoint}`);
    if (dep) return dep;
    const known = [...named.keys()].join(", ") || "none";
    throw new ClientError(`No endpoint named "${endpoint}". This app's endpoints: ${known}`, "bad-endpoint");
  }

  // State lives in the worker: it is no argument or result of an endpoint, as in Gradio.
  const types = new Map(session.config.components.map((c) => [c.id, c.type]));
  const isState = (id: number) => types.get(id) === "state" || types.get(id) === "browserstate";

  /** Per listener, what every call checks against: worked out once (a predict is the latency benchmark). */
  const shapes = new Map<DependencyConfig, { count: number; visible: (d: unknown[]) => unknown[] }>();
  function shapeOf(dep: DependencyConfig) {
    let shape = shapes.get(dep);
    if (!shape) {
      const visible = dep.outputs.some(isState) ? (d: unknown[]) => d.filter((_, i) => !isState(dep.outputs[i])) : (d: unknown[]) => d;
      shapes.set(dep, (shape = { count: dep.inputs.filter((id) => !isState(id)).length, visible }));
    }
    return shape;
  }

  function check(endpoint: string | number, data: unknown): { dep: DependencyConfig; name: string; full: unknown[] } {
    const dep = resolve(endpoint);
    const name = dep.apiName ? `/${dep.apiName}` : String(endpoint);
    const { count } = shapeOf(dep);
    if (!Array.isArray(data)) throw new ClientError(`${name}: data must be an array of ${count} value(s)`, "bad-input");
    if (data.length !== count) throw new ClientError(`${name} takes ${count} argument(s), got ${data.length}`, "bad-input");
    let next = 0;
    const full = count === dep.inputs.length ? data : dep.inputs.map((id) => (isState(id) ? null : data[next++]));
    return { dep, name, full };
  }

  /** `submit`'s machinery (a message channel) loads on its first use: `predict` needs none of it. */
  function submit(endpoint: string | number, data: unknown[] = []): Submission {
    const checked = check(endpoint, data);
    const started = import("./client-submit.ts").then((m) => m.startSubmission(current(), checked, isState));
    return {
      [Symbol.asyncIterator]() {
        let it: AsyncIterator<ClientMessage> | null = null;
        const iterator = async () => (it ??= (await started)[Symbol.asyncIterator]());
        return {
          next: async () => (await iterator()).next(),
          return: async () => (await iterator()).return?.() ?? { value: undefined, done: true },
        };
      },
      cancel: () => void started.then((s) => s.cancel()),
    };
  }

  const client = {
    // Straight on the job's messages, not through submit's async iterator:
    // predict is the latency benchmark (bench/README.md).
    predict(endpoint: string | number, data: unknown[] = []) {
      return new Promise<PredictResult>((resolve, reject) => {
        const { dep, name, full } = check(endpoint, data);
        const { visible } = shapeOf(dep);
        let last: unknown[] = [];
        let failure: ErrorInfo | null = null;
        const session = current();
        session.submit(
          { fnId: dep.id, data: full, quiet: true, wantsData: true },
          (m) => {
            if (m.type === "job:output") last = m.data ?? [];
            else if (m.type === "job:error") failure = m.error;
            else if (m.type === "job:done") {
              if (m.data) last = m.data;
              if (failure) reject(new ClientError(failure.message, failure.code));
              else if (!m.ok) reject(new ClientError(`${name} was cancelled`, "cancelled"));
              else resolve({ data: visible(last), endpoint: name, fnIndex: dep.id });
            }
          },
          session.apiSession,
        );
      });
    },
    submit,
    viewApi: () => remote().call("viewApi", []),
    async flagged() {
      const result = await remote().call("flagged", []);
      if (!result.ok) throw new ClientError(result.error.message, result.error.code);
      return result.value;
    },
  } as Client<unknown>;
  return client;

}
