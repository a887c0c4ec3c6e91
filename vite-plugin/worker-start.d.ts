import type { Plugin } from "vite";

/**
 * A plugin for a worker's build (`worker.plugins`): the modules its entry
 * imports statically go in one chunk, named `name` ("worker").
 */
export function workerStart(name?: string): Plugin;
