// Types for bin/build-site.mjs (the tests call it directly).
export const OPTIONAL_PARTS: Array<{ names: RegExp; chunks: RegExp }>;
export function defaultRuntime(): string;
export class BuildError extends Error {}
export interface BuiltSite {
  out: string;
  pwa: boolean;
  written: Array<{ path: string; bytes: number }>;
  runtimeFiles: number;
}
export function buildSite(page: string, out: string, options?: { runtime?: string }): BuiltSite;
export function runtimeFiles(graph: Record<string, [number, string[]]>, code: string): string[];
