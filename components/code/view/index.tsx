// gr.Code: a CodeMirror 6 editor (this view's chunk; each language's package
// loads when first shown). Typing sends `input` then `change`, as Gradio's
// user edits; a value from a listener replaces the text without an `input`.

import { useEffect, useRef, useState } from "preact/hooks";
import { Frame, useControlId } from "../../../ui/frame.tsx";
import { addStyles } from "../../../ui/styles.ts";
import type { ViewProps } from "../../../ui/view-types.ts";
import { createEditor, type CodeEditor } from "../../../ui/codemirror/editor.ts";
import { CheckIcon, CopyIcon, Icon } from "../../../ui/parts/icons.tsx";
import { downloadName } from "./download-name.ts";
import css from "./style.css?inline";

addStyles("code", css);

const CodeIcon = () => (
  <Icon size={14}>
    <path d="m16 18 6-6-6-6M8 6l-6 6 6 6" />
  </Icon>
);

export function CodeView({ block, session }: ViewProps) {
  const id = useControlId();
  const props = block.props.value;
  const value = (block.value.value as string | null | undefined) ?? "";
  const interactive = !!props.interactive;
  const label = typeof props.label === "string" && props.label ? props.label : "Code";
  const buttons = Array.isArray(props.buttons) ? (props.buttons as string[]) : ["copy", "download"];
  const language = typeof props.language === "string" ? props.language : null;
  const lines = typeof props.lines === "number" ? props.lines : 5;
  const maxLines = typeof props.maxLines === "number" ? props.maxLines : null;
  const empty = !value && !interactive;
  return (
    <Frame block={block} kind="code">
      <div class="gr-code-head">
        <span class={props.showLabel === false ? "gr-block-label gr-visually-hidden" : "gr-block-label gr-code-label"} id={`${id}-label`}>
          <CodeIcon />
          {label}
        </span>
        {!empty && (
          <div class="gr-code-buttons">
            {buttons.includes("copy") && <CopyButton text={value} />}
            {buttons.includes("download") && (
              <button type="button" class="gr-code-button" aria-label="Download" title="Download" onClick={() => download(value, downloadName(language))}>
                <Icon>
                  <path d="M12 3v12m0 0-5-5m5 5 5-5M5 21h14" />
                </Icon>
              </button>
            )}
          </div>
        )}
      </div>
      {empty ? (
        <div class="gr-code-empty" role="img" aria-label={`${label}: empty`} style={{ "--gr-code-lines": String(Math.max(1, lines)) }}>
          <Icon size={28}>
            <path d="m16 18 6-6-6-6M8 6l-6 6 6 6" />
          </Icon>
        </div>
      ) : (
        <Editor
          labelledBy={`${id}-label`}
          value={value}
          language={language}
          readOnly={!interactive}
          lineNumbers={props.showLineNumbers !== false}
          wrapLines={props.wrapLines === true}
          autocomplete={props.autocomplete === true}
          lines={lines}
          maxLines={maxLines}
          onInput={(text) => session.userInput(block.config.id, text)}
          onFocus={() => session.dispatch(block.config.id, "focus")}
          onBlur={() => session.dispatch(block.config.id, "blur")}
        />
      )}
    </Frame>
  );
}

interface EditorProps {
  labelledBy: string;
  value: string;
  language: string | null;
  readOnly: boolean;
  lineNumbers: boolean;
  wrapLines: boolean;
  autocomplete: boolean;
  lines: number;
  maxLines: number | null;
  onInput: (text: string) => void;
  onFocus: () => void;
  onBlur: () => void;
}

function Editor(p: EditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  // The latest callbacks, for the editor made once.
  const latest = useRef(p);
  latest.current = p;
  // What the editor sent as the user typed, oldest first: their echoes come back as `value`, maybe
  // after more keys were typed, and must not set the text back (a fast typist lost keys).
  const sent = useRef<string[]>([]);
  useEffect(() => {
    const made = createEditor({
      parent: host.current!,
      doc: p.value,
      language: p.language,
      labelledBy: p.labelledBy,
      readOnly: p.readOnly,
      lineNumbers: p.lineNumbers,
      wrapLines: p.wrapLines,
      autocomplete: p.autocomplete,
      onChange: (text, byUser) => {
        if (!byUser) return;
        sent.current.push(text);
        latest.current.onInput(text);
      },
      onFocus: () => latest.current.onFocus(),
      onBlur: () => latest.current.onBlur(),
    });
    editor.current = made;
    return () => made.destroy();
  }, []);
  useEffect(() => {
    const echo = sent.current.indexOf(p.value);
    if (echo >= 0) {
      sent.current.splice(0, echo + 1);
      return;
    }
    sent.current = [];
    editor.current?.setDoc(p.value);
  }, [p.value]);
  useEffect(() => void editor.current?.setLanguage(p.language), [p.language]);
  useEffect(
    () => editor.current?.configure({ readOnly: p.readOnly, lineNumbers: p.lineNumbers, wrapLines: p.wrapLines, autocomplete: p.autocomplete }),
    [p.readOnly, p.lineNumbers, p.wrapLines, p.autocomplete],
  );
  const style: Record<string, string> = { "--gr-code-lines": String(Math.max(1, p.lines)) };
  if (p.maxLines !== null) style["--gr-code-max-lines"] = String(Math.max(p.lines, p.maxLines));
  return <div ref={host} class="gr-code-editor" style={style} data-language={p.language ?? "plaintext"} />;
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      class="gr-code-button"
      aria-label={copied ? "Copied" : "Copy"}
      title="Copy"
      onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => {})}
    >
      {copied ? <CheckIcon /> : <CopyIcon />}
    </button>
  );
}

/** Saves the text as a file (a Blob URL, made only when asked: the code may be large). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
