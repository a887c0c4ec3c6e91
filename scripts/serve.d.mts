// Types for scripts/serve.mjs (the e2e specs start their own server with it).
export function serve(options?: { root?: string; port?: number; host?: string; quiet?: boolean; isolated?: boolean }): Promise<{ url: string; close(): Promise<void> }>;
