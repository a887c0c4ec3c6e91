// gr.Examples, loaded only for app code that names it (worker/lazy-api.ts).
import { makeExamples } from "../components/examples/examples.ts";
import { examplesImpl } from "./interface.ts";

examplesImpl.make = makeExamples;

export { Examples, type ExamplesOptions, type ExamplesSettings } from "../components/examples/examples.ts";
