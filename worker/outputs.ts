// Turns what a handler returned into per-output updates for the page.

import type { Block } from "../src/block.ts";
import { Component } from "../src/component.ts";
import type { OutputUpdate } from "./protocol.ts";

export class BadOutputError extends Error {
  override name = "BadOutputError";
}

export interface Postprocessed {
  updates: OutputUpdate[];
  /** Wire values in output order, for API clients (null where unchanged). */
  data: unknown[];
}

export function postprocess(outputs: Block[], result: unknown): Postprocessed {
  if (outputs.length === 0) return { updates: [], data: [] };
  let values: unknown[];
  if (outputs.length === 1) {
    values = [result];
  } else {
    if (!Array.isArray(result)) {
      throw new BadOutputError(
        `The handler returned ${describeCount(result)} but the listener has ${outputs.length} outputs: return an array of ${outputs.length} values`,
      );
    }
    if (result.length !== outputs.length) {
      throw new BadOutputError(
        `The handler returned ${result.length} value${result.length === 1 ? "" : "s"} but the listener has ${outputs.length} outputs`,
      );
    }
    values = result;
  }
  const updates = outputs.map((block, i): OutputUpdate => {
    if (!(block instanceof Component)) return { id: block.id, value: values[i], hasValue: true };
    try {
      return { id: block.id, value: block.postprocess(values[i]), hasValue: true };
    } catch (error) {
      const label = typeof block.props.label === "string" ? block.props.label : block.type;
      throw new BadOutputError(`Output ${i + 1} (${label}): ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return { updates, data: updates.map((u) => u.value) };
}

function describeCount(result: unknown): string {
  return result === undefined ? "nothing" : "a single value";
}
