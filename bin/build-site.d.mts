// Types for bin/build-site.mjs (the tests call it directly).
export const OPTIONAL_PARTS: Array<{ names: RegExp; chunks: RegExp }>;
export function defaultRuntime(): string;
export class BuildError extends Error {}
export interface BuiltSite {
  out: string;
  pwa: boolean;
  written: Array<{ path: string; bytes: number }>;
  runtimeFiles: number;
  /** Apps whose first view is in the page. */
  prerendered: number;
  /** Why an app was not prerendered. */
  notes: string[];
}
export function buildSite(page: string, out: string, options?: { runtime?: string; prerender?: boolean }): Promise<BuiltSite>;
export function runtimeFiles(graph: Record<string, [number, string[]]>, code: string): string[];
