// src/main.ts — on the page
import { mount } from "../../../ui/mount.ts"; // in your app: from "gradio-lite/mount"
import type { demo } from "./app.worker.ts";

const app = mount<typeof demo>(document.getElementById("app")!, new Worker(new URL("./app.worker.ts", import.meta.url), { type: "module" }));
const client = await app.client;
const { data } = await client.predict("/greet", ["Ada", 2]); // data: [string, number]
console.log(data[0].toUpperCase(), data[1] + 1);
