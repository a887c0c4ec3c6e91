// The app's named endpoints and their parameters, for `client.viewApi()`.
// Parameter names come from the handler's own signature, as in Gradio.

import type { Blocks } from "../src/blocks.ts";
import { paramNames } from "../src/param-names.ts";
import type { BuiltApp } from "./config.ts";
import type { ApiInfo as ApiSchema } from "../src/component.ts";
import type { ApiInfo, EndpointParameter, Props } from "./protocol.ts";

export function viewApi(built: BuiltApp, app: Blocks): ApiInfo {
  const components = new Map(built.config.components.map((c) => [c.id, c]));
  const param = (id: number, name: string | undefined): EndpointParameter => {
    const c = components.get(id)!;
    const label = typeof c.props.label === "string" ? c.props.label : null;
    // A custom HTML component says what its value is with `apiInfo` ({ type, description, example });
    // an app's own component with its `apiInfo()` and `examplePayload()` methods, as Gradio's.
    const info = customInfo(built.blocks.get(id)) ?? (c.props.apiInfo && typeof c.props.apiInfo === "object" ? (c.props.apiInfo as ParamInfo) : null);
    return {
      name: name ?? label ?? `${c.type}_${id}`,
      component: c.type,
      label,
      default: c.props.value,
      example: info && "example" in info ? info.example : exampleFor(c.type, c.props),
      ...(info?.type ? { type: String(info.type) } : {}),
      ...(info?.description ? { description: String(info.description) } : {}),
    };
  };
  const inWorker = (id: number) => ["state", "browserstate"].includes(components.get(id)!.type);
  return {
    endpoints: built.config.dependencies
      .filter((d) => d.apiName !== null)
      .map((d) => {
        const fn = app.dependencies[d.id].fn;
        const names = fn && !d.collectsMap ? paramNames(fn) : [];
        return {
          name: `/${d.apiName}`,
          fnId: d.id,
          // State lives in the worker: it is no parameter or return of the API, as in Gradio.
          parameters: d.inputs.flatMap((id, i) => (inWorker(id) ? [] : [param(id, names[i])])),
          returns: d.outputs.filter((id) => !inWorker(id)).map((id) => param(id, undefined)),
        };
      }),
  };
}

type ParamInfo = { type?: string; description?: string; example?: unknown };

function customInfo(block: unknown): ParamInfo | null {
  const c = block as { apiInfo?: () => ApiSchema; examplePayload?: () => unknown } | undefined;
  if (typeof c?.apiInfo !== "function" && typeof c?.examplePayload !== "function") return null;
  const schema = typeof c.apiInfo === "function" ? c.apiInfo() : {};
  return {
    ...(typeof schema?.type === "string" ? { type: schema.type } : {}),
    ...(typeof schema?.description === "string" ? { description: schema.description } : {}),
    ...(typeof c.examplePayload === "function" ? { example: c.examplePayload() } : {}),
  };
}

/** Gradio's example inputs per component type; the component's own value first. */
function exampleFor(type: string, props: Props): unknown {
  const value = props.value;
  const empty = value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length);
  if (!empty) return value;
  const firstChoice = Array.isArray(props.choices) && props.choices.length ? (props.choices[0] as [string, unknown])[1] : null;
  switch (type) {
    case "textbox":
      return "Hello!!";
    case "number":
      return 3;
    case "slider":
      return props.minimum ?? 0;
    case "checkbox":
      return true;
    case "checkboxgroup":
      return firstChoice === null ? [] : [firstChoice];
    case "radio":
    case "dropdown":
      return props.multiselect ? (firstChoice === null ? [] : [firstChoice]) : firstChoice;
    case "json":
      return {};
    default:
      return value ?? null;
  }
}
