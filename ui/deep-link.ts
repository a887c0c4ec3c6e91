// Deep links (gr.DeepLinkButton): the values of an app's components that
// differ from their initial ones, in the page link's hash, deflated and
// base64url-encoded (`#deep_link=…`, or `#/page&deep_link=…` in a multipage
// app). Opening the link puts them back as the app's initial values, before
// its first render, so its load listeners see them too. Nothing leaves the
// browser: Gradio keeps these values on its server; here the link holds them.
// A file travels as its FileData (the content hash in the file cache): it
// reopens in a browser that has it cached.

import type { AppConfig, BlockId } from "../worker/protocol.ts";
import type { AppSession } from "./session.ts";

const PARAM = "deep_link";
/** Values held elsewhere (State, in the worker) or that are not content (a button's text, a timer). */
const NOT_CONTENT = new Set(["button", "deeplinkbutton", "clearbutton", "uploadbutton", "timer", "state", "browserstate"]);
/** Past this, a link is cut by mail clients, chat apps and some servers. */
const MAX_LINK = 64 * 1024;

interface Payload {
  v: 1;
  /** Which app of the page (its id or its place: the part of ui/boot.ts's appKey after the path). */
  app: string;
  /** Per component id: its type (a changed app's components are not confused) and value. */
  values: Record<string, [string, unknown]>;
}

const appOf = (appKey: string) => appKey.slice(appKey.indexOf("|") + 1);

/** The link that reopens this app with its current values. Throws with a readable message when they do not fit in one. */
export async function deepLinkOf(session: AppSession, appKey: string): Promise<string> {
  const values: Payload["values"] = {};
  for (const c of session.config.components) {
    const block = session.store.block(c.id);
    const value = block?.value.value;
    if (!block || value === undefined || NOT_CONTENT.has(c.type) || JSON.stringify(value) === JSON.stringify(c.props.value)) continue;
    values[c.id] = [c.type, value];
  }
  const packed = await pack(JSON.stringify({ v: 1, app: appOf(appKey), values } satisfies Payload));
  const url = new URL(location.href);
  const route = url.hash.replace(/^#/, "").split("&").filter((part) => !part.startsWith(`${PARAM}=`));
  url.hash = [...route.filter(Boolean), `${PARAM}=${packed}`].join("&");
  if (url.href.length > MAX_LINK) throw new Error(`The app's values take ${Math.round(url.href.length / 1024)} KB as a link, more than links can carry (64 KB): clear a large value first.`);
  return url.href;
}

/** Whether the page was opened by a deep link (cheap: the module loads only then, ui/boot.ts). */
export const hasDeepLink = (): boolean => location.hash.includes(`${PARAM}=`);

/**
 * A deep link's values as the app's initial ones. Returns a warning when the
 * link is damaged or names components this app no longer has (its code changed).
 */
export async function applyDeepLink(config: AppConfig, appKey: string): Promise<string | null> {
  const packed = location.hash.replace(/^#/, "").split("&").find((part) => part.startsWith(`${PARAM}=`))?.slice(PARAM.length + 1);
  if (!packed) return null;
  let payload: Payload;
  try {
    payload = JSON.parse(await unpack(packed)) as Payload;
  } catch {
    return "This link's saved values are damaged: the app opens with its own values.";
  }
  if (payload.v !== 1 || payload.app !== appOf(appKey)) return null;
  const byId = new Map<BlockId, AppConfig["components"][number]>(config.components.map((c) => [c.id, c]));
  let missed = 0;
  for (const [id, [type, value]] of Object.entries(payload.values)) {
    const c = byId.get(Number(id) as BlockId);
    if (c && c.type === type) c.props = { ...c.props, value };
    else missed++;
  }
  return missed ? `${missed} value${missed === 1 ? "" : "s"} in this link no longer fit the app (its code changed): the app shows its own there.` : null;
}

async function pack(text: string): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw"));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function unpack(packed: string): Promise<string> {
  const binary = atob(packed.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder().decode(await pipe(bytes, new DecompressionStream("deflate-raw")));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}
