// The app's named endpoints and their parameters, for `client.viewApi()`.

import type { Blocks } from "../src/blocks.ts";
import type { BuiltApp } from "./config.ts";
import type { ApiInfo, EndpointParameter } from "./protocol.ts";

export function viewApi(built: BuiltApp, _app: Blocks): ApiInfo {
  const param = (id: number): EndpointParameter => {
    const block = built.blocks.get(id)!;
    const label = typeof block.props.label === "string" ? block.props.label : null;
    return { name: label ?? `${block.type}_${id}`, component: block.type, label, default: block.props.value };
  };
  return {
    endpoints: built.config.dependencies
      .filter((d) => d.apiName !== null)
      .map((d) => ({
        name: `/${d.apiName}`,
        fnId: d.id,
        parameters: d.inputs.map(param),
        returns: d.outputs.map(param),
      })),
  };
}
