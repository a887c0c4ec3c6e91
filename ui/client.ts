// `el.client`: call an app's endpoints from page JavaScript, as Gradio's JS
// client does. It shares the app's job port but not its UI: a predict never
// touches what the user sees.

import type { ApiInfo, DependencyConfig, ErrorInfo } from "../worker/protocol.ts";
import type { AppSession } from "./session.ts";

export class ClientError extends Error {
  override name = "ClientError";
  constructor(
    message: string,
    readonly code: ErrorInfo["code"] | "bad-endpoint",
  ) {
    super(message);
  }
}

export interface PredictResult {
  data: unknown[];
  endpoint: string;
  fnIndex: number;
}

export interface Client {
  predict(endpoint: string | number, data?: unknown[] | Record<string, unknown>): Promise<PredictResult>;
  viewApi(): Promise<ApiInfo>;
}

export function createClient(session: AppSession, viewApi: () => Promise<ApiInfo>): Client {
  const named = new Map<string, DependencyConfig>();
  for (const dep of session.config.dependencies) if (dep.apiName) named.set(`/${dep.apiName}`, dep);

  function resolve(endpoint: string | number): DependencyConfig {
    if (typeof endpoint === "number") {
      const dep = session.config.dependencies[endpoint];
      if (dep) return dep;
      throw new ClientError(`No listener with fn index ${endpoint}`, "bad-endpoint");
    }
    if (typeof endpoint !== "string") throw new ClientError("predict(endpoint, data): endpoint must be a string like \"/predict\"", "bad-endpoint");
    const dep = named.get(endpoint.startsWith("/") ? endpoint : `/${endpoint}`);
    if (dep) return dep;
    const known = [...named.keys()].join(", ") || "none";
    throw new ClientError(`No endpoint named "${endpoint}". This app's endpoints: ${known}`, "bad-endpoint");
  }

  return {
    async predict(endpoint, data = []) {
      const dep = resolve(endpoint);
      const name = dep.apiName ? `/${dep.apiName}` : String(endpoint);
      if (!Array.isArray(data)) throw new ClientError(`${name}: data must be an array of ${dep.inputs.length} value(s)`, "bad-input");
      if (data.length !== dep.inputs.length) {
        throw new ClientError(`${name} takes ${dep.inputs.length} argument(s), got ${data.length}`, "bad-input");
      }
      return new Promise<PredictResult>((resolvePromise, reject) => {
        let last: unknown[] = [];
        let failure: ErrorInfo | null = null;
        session.submit({ fnId: dep.id, data }, (m) => {
          if (m.type === "job:output") last = m.data;
          else if (m.type === "job:error") failure = m.error;
          else if (m.type === "job:done") {
            if (failure) reject(new ClientError(failure.message, failure.code));
            else if (!m.ok) reject(new ClientError(`${name} was cancelled`, "handler"));
            else resolvePromise({ data: last, endpoint: name, fnIndex: dep.id });
          }
        });
      });
    },
    viewApi,
  };
}
