// "Use via API": each named endpoint with its parameters and a snippet that
// calls it from page JavaScript, as Gradio's API page does.

import { useEffect, useRef, useState } from "preact/hooks";
import type { ApiInfo, EndpointInfo } from "../worker/protocol.ts";
import apiCss from "./api-panel.css?inline";
import { addStyles } from "./styles.ts";

addStyles("api", apiCss);

/**
 * Page code that reaches this app's client: its element by id, or by its
 * place among the page's apps; for `mount()`, the value mount returned.
 */
export function clientExpression(element: Element | null): string {
  if (!element || element.tagName !== "GRADIO-LITE") return "app.client /* app: what mount() returned */";
  if (element.id) return `document.getElementById(${JSON.stringify(element.id)}).client`;
  const all = [...document.querySelectorAll("gradio-lite")];
  const index = all.indexOf(element);
  return index <= 0 ? `document.querySelector("gradio-lite").client` : `document.querySelectorAll("gradio-lite")[${index}].client`;
}

export function snippet(endpoint: EndpointInfo, client = `document.querySelector("gradio-lite").client`): string {
  const args = endpoint.parameters.map((p) => JSON.stringify(p.example ?? null)).join(", ");
  return [
    `const client = await ${client};`,
    `const { data } = await client.predict("${endpoint.name}", [${args}]);`,
    `console.log(data);`,
  ].join("\n");
}

export function ApiPanel({ load, onClose }: { load: () => Promise<ApiInfo>; onClose: () => void }) {
  const [client, setClient] = useState<string | undefined>(undefined);
  const [api, setApi] = useState<ApiInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    setClient(clientExpression(dialog.current?.closest("gradio-lite") ?? dialog.current?.closest(".gradio-container")?.parentElement ?? null));
    dialog.current?.showModal?.();
    load().then(setApi, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <dialog ref={dialog} class="gr-api-panel" aria-labelledby="gr-api-title" onClose={onClose} onCancel={onClose}>
      <div class="gr-api-head">
        <h2 id="gr-api-title">Use via API</h2>
        <button type="button" class="gr-panel-close" aria-label="Close the API panel" onClick={onClose}>
          ×
        </button>
      </div>
      {error && <p role="alert">{error}</p>}
      {!api && !error && <p>Loading…</p>}
      {api && !api.endpoints.length && <p>This app has no named endpoints.</p>}
      {api?.endpoints.map((e) => <Endpoint key={e.name} endpoint={e} client={client} />)}
    </dialog>
  );
}

function Endpoint({ endpoint, client }: { endpoint: EndpointInfo; client?: string }) {
  const [copied, setCopied] = useState(false);
  const code = snippet(endpoint, client);
  return (
    <section class="gr-api-endpoint">
      <h3>
        <code>{endpoint.name}</code>
      </h3>
      <p class="gr-api-params">
        Parameters:{" "}
        {endpoint.parameters.length
          ? endpoint.parameters.map((p, i) => (
              <span key={i}>
                {i > 0 && ", "}
                <code>{p.name}</code> ({p.type ?? p.component}){p.description ? `: ${p.description}` : ""}
              </span>
            ))
          : "none"}
        {" · "}Returns:{" "}
        {endpoint.returns.length
          ? endpoint.returns.map((r, i) => (
              <span key={i}>
                {i > 0 && ", "}
                {r.label ?? r.name} ({r.component})
              </span>
            ))
          : "nothing"}
      </p>
      <pre class="gr-api-code">
        <code>{code}</code>
      </pre>
      <button
        type="button"
        class="gr-button gr-button-secondary gr-button-sm gr-api-copy"
        onClick={() => navigator.clipboard?.writeText(code).then(() => setCopied(true), () => setCopied(false))}
      >
        {copied ? "Copied" : "Copy snippet"}
      </button>
    </section>
  );
}
