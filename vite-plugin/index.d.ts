import type { Plugin } from "vite";

/**
 * The Vite settings an app that uses gradio-lite needs: the app's worker as
 * an ES module (its lazily loaded parts stay separate chunks), gradio-lite
 * served unbundled in development, and its own dependencies prepared when
 * the dev server starts (no reload on the first visit).
 *
 * ```ts
 * export default defineConfig({ plugins: [gradioLite()] });
 * ```
 */
export default function gradioLite(): Plugin;
