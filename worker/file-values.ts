// The asynchronous half of file components: FileData from the page becomes
// what the handler asked for (a Blob, ImageData…), and what a handler returns
// to a file output is stored in the cache first. Only listeners that touch a
// file component pay for this step.

import { Block } from "../src/block.ts";
import { Component } from "../src/component.ts";
import type { Dependency } from "../src/dependency.ts";
import { Update } from "../src/updates.ts";
import { BadOutputError } from "./outputs.ts";
import type { Props } from "./protocol.ts";

const isFileComponent = (b: Block): b is Component => b instanceof Component && !!b.spec.files;

/** Converts the handler's arguments for file inputs (after the sync checks). */
export async function loadFileInputs(dep: Dependency, args: unknown[], propsOf: (b: Block) => Props): Promise<unknown[]> {
  if (dep.collectsMap) {
    const map = args[0] as Map<Block, unknown>;
    for (const block of dep.inputs) if (isFileComponent(block)) map.set(block, await block.spec.files!.load(map.get(block), propsOf(block), block));
    return args;
  }
  return Promise.all(dep.inputs.map((block, i) => (isFileComponent(block) ? block.spec.files!.load(args[i], propsOf(block), block) : args[i])));
}

/**
 * Stores the initial values that file components were given as a path, URL,
 * `<gradio-file>` name or Blob, before the app's config is built.
 */
export async function storeInitialFiles(blocks: Iterable<Block>): Promise<void> {
  for (const block of blocks) {
    if (!isFileComponent(block)) continue;
    const fileProps = block.spec.files!.props;
    if (fileProps && !block.filePropsStored) {
      block.filePropsStored = true;
      for (const [name, store] of Object.entries(fileProps)) {
        if (block.props[name] !== undefined && block.props[name] !== null) block.props[name] = await store(block.props[name]);
      }
    }
    if (block.initialFile === undefined) continue;
    try {
      block.props.value = block.postprocess(await block.spec.files!.store(block.initialFile, block.props, block));
      block.initialFile = undefined;
    } catch (error) {
      const label = typeof block.props.label === "string" ? ` "${block.props.label}"` : "";
      throw new BadOutputError(`The initial value of gr.${block.spec.name}${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Stores file values returned to file outputs, keeping the return's shape (array, Map, update). */
export async function storeFileOutputs(outputs: Block[], result: unknown, propsOf: (b: Block) => Props): Promise<unknown> {
  if (!outputs.some(isFileComponent)) return result;
  const store = async (block: Block, value: unknown, index: number): Promise<unknown> => {
    if (!isFileComponent(block)) return value;
    try {
      if (value instanceof Update) {
        if (!("value" in value.props)) return value;
        return new Update({ ...value.props, value: await block.spec.files!.store(value.props.value, propsOf(block), block) });
      }
      if (value instanceof Block) return value;
      return await block.spec.files!.store(value, propsOf(block), block);
    } catch (error) {
      const label = typeof block.props.label === "string" ? block.props.label : block.type;
      throw new BadOutputError(`Output ${index + 1} (${label}): ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  if (result instanceof Map) {
    const out = new Map(result);
    for (const [block, value] of result) if (block instanceof Block) out.set(block, await store(block, value, outputs.indexOf(block)));
    return out;
  }
  if (outputs.length === 1) return store(outputs[0], result, 0);
  if (!Array.isArray(result) || result.length !== outputs.length) return result; // postprocess explains
  return Promise.all(outputs.map((b, i) => store(b, result[i], i)));
}
