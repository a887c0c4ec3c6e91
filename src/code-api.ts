// gr.Code: loaded into an app's worker only when its code names it
// (worker/lazy-api.ts).
export { Code, CODE_LANGUAGES, type CodeFactory, type CodeLanguage, type CodeLike, type CodeOwnOptions } from "../components/code/code.ts";
