// An interactive gr.ImageEditor (Gradio 5's): a toolbar (background image,
// brush, eraser, crop, resize; undo, redo, clear, download, apply), the
// chosen tool's options, the canvas, and the layers. After each change the
// value (background, layers, composite as PNG files) is made and sent, and
// listeners that read the editor wait for it (AppSession.settle), so a
// click right after a stroke sees the stroke. A value set by the app is
// loaded into the canvas with a new history.

import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Props } from "../../../worker/protocol.ts";
import { classes, useControlId } from "../../../ui/frame.tsx";
import type { AppSession } from "../../../ui/session.ts";
import type { BlockState } from "../../../ui/store.ts";
import { formatSize } from "../../../ui/upload.ts";
import { download } from "../../../ui/safe-url.ts";
import { DownloadIcon, FullscreenIcon, ImageIcon } from "../../image/view/buttons.tsx";
import { ImageDrop } from "../../image/view/image-drop.tsx";
import { Webcam } from "../../image/view/camera-snapshot.tsx";
import type { WebcamProps } from "../../../ui/live/camera.ts";
import { CheckIcon } from "../../../ui/parts/icons.tsx";
import { EditorDoc } from "./document.ts";
import { BrushIcon, CameraIcon, CropIcon, EraserIcon, RedoIcon, ResizeIcon, TrashIcon, UndoIcon } from "./icons.tsx";
import { LayerList } from "./layers.tsx";
import { Surface, type CropRect, type Tool } from "./surface.tsx";
import { BrushOptions, CropOptions, paintOf, ResizeOptions, SizeSlider, type Paint, type PaletteColor } from "./tool-options.tsx";
import { decodeFile, decodeImage, ValueMaker, type EditorData } from "./value.ts";

interface BrushProps {
  colors: PaletteColor[];
  defaultColor: PaletteColor;
  colorMode: "fixed" | "defaults";
  defaultSize: number | "auto";
}
interface LayerProps {
  allowAdditionalLayers: boolean;
  layers: string[];
  disabled: boolean;
}

/** A free canvas takes an image's size, up to this many pixels a side (layers and history hold several copies). */
const MAX_SIDE = 4096;

const sizeOf = (given: number | "auto" | undefined, doc: EditorDoc) => (typeof given === "number" ? given : Math.max(2, Math.round(Math.min(doc.width, doc.height) / 50)));

export function Editor({ block, session, frame }: { block: BlockState; session: AppSession; frame: { current: HTMLElement | null } }) {
  const id = useControlId();
  const props = block.props.value as Props;
  const blockId = block.config.id;
  const label = typeof props.label === "string" && props.label ? props.label : "Image editor";
  const sources = (props.sources as string[] | undefined) ?? [];
  const transforms = (props.transforms as string[] | undefined) ?? [];
  const brush = props.brush as BrushProps | false;
  const eraser = props.eraser as { defaultSize: number | "auto" } | false;
  const layerOptions = props.layers as LayerProps;
  const [cw, ch] = (props.canvasSize as [number, number] | undefined) ?? [800, 800];
  const fixed = !!props.fixedCanvas;
  const buttons = (props.buttons as string[] | null | undefined) ?? ["download", "fullscreen"];

  const [tick, setTick] = useState(0);
  const doc = useMemo(() => new EditorDoc(cw, ch, layerOptions.layers, () => setTick((t) => t + 1)), []);
  const maker = useMemo(() => new ValueMaker((files) => session.upload(files)), []);
  const firstTool: Tool = sources.length ? "image" : brush ? "brush" : eraser ? "eraser" : "image";
  const [tool, setTool] = useState<Tool>(firstTool);
  const [paint, setPaint] = useState<Paint>(() => paintOf(brush ? brush.defaultColor : "#000000"));
  const [brushSize, setBrushSize] = useState<number | null>(null);
  const [eraserSize, setEraserSize] = useState<number | null>(null);
  const [crop, setCrop] = useState<CropRect | null>(null);
  const [camera, setCamera] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /**
   * The value this editor last sent (or, when it opens empty, that empty
   * value): when it is the block's value, there is nothing to load. A stroke
   * made before the first effect runs is kept.
   */
  const own = useRef<unknown>(block.value.peek() === null ? null : undefined);
  const sending = useRef<{ chain: Promise<void>; queued: boolean; upload: boolean }>({ chain: Promise.resolve(), queued: false, upload: false });

  /** Listeners that read the editor wait for `done` (AppSession.making); it must not reject. */
  const settle = (done: Promise<unknown>) => {
    session.making.set(blockId, done);
    void done.then(() => session.making.get(blockId) === done && session.making.delete(blockId));
  };

  /** Makes the value from the canvas and sends it (input, change; upload after a new background). Sends queue, newest state wins. */
  const send = (upload = false) => {
    const s = sending.current;
    s.upload ||= upload;
    if (s.queued) return;
    s.queued = true;
    s.chain = s.chain.then(async () => {
      s.queued = false;
      const uploaded = s.upload;
      s.upload = false;
      try {
        const value = await maker.make(doc);
        own.current = value;
        session.userInput(blockId, value);
        if (uploaded) session.dispatch(blockId, "upload", value);
      } catch (e) {
        session.store.toast("error", e instanceof Error ? e.message : String(e), "The image could not be sent");
      }
    });
    settle(s.chain);
  };

  const complete = () => {
    const done = maker.make(doc).then((made) => {
      if (block.value.peek() !== value) return;
      own.current = made;
      block.value.value = made;
      session.store.markChanged(blockId, ["value"]);
    });
    settle(done.catch(() => {}));
  };

  // A value from the app (initial, or a handler's output): loaded into the canvas.
  const value = block.value.value as EditorData | null;
  useEffect(() => {
    if (value === own.current) return;
    own.current = value;
    if (!value) {
      // As Gradio's handle_remove: an empty editor, back on its first tool.
      doc.reset(cw, ch, layerOptions.layers);
      setCrop(null);
      setTool(firstTool);
      return;
    }
    let live = true;
    const bg = value.background ?? value.composite;
    Promise.all([bg ? decodeFile(bg) : null, Promise.all(value.layers.map(decodeFile))]).then(
      ([background, layers]) => {
        if (!live) return;
        doc.load(background, layers, layerOptions.layers, [cw, ch], fixed);
        maker.remember(doc, value);
        setError(null);
        // The app's value may lack a composite or the layers the editor shows: they are made and kept, without
        // events (the app's own change has fired), so a listener reading the editor later gets all three.
        if (!value.composite || value.layers.length !== doc.layers.length) complete();
        if (background || layers.length) setTool((t) => (t === "image" && brush ? "brush" : t));
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => void (live = false);
  }, [value]);

  /** A background from the user (upload, paste, webcam): checked, decoded, laid in; a file that is not an image is said in the editor. */
  const takeBackground = async (files: File[]) => {
    const file = files[0];
    if (!file) return;
    const max = session.config.maxFileSize;
    if (max !== null && file.size > max) return setError(`${file.name} (${formatSize(file.size)}) is larger than this app accepts (${formatSize(max)}).`);
    let image: ImageBitmap;
    try {
      image = await decodeImage(file, file.name);
      const big = Math.max(image.width, image.height);
      if (!fixed && big > MAX_SIDE) {
        const k = MAX_SIDE / big;
        image = await createImageBitmap(file, { resizeWidth: Math.round(image.width * k), resizeHeight: Math.round(image.height * k), resizeQuality: "high" });
      }
    } catch (e) {
      return setError(e instanceof Error ? e.message : String(e));
    }
    setError(null);
    doc.setBackground(image, fixed);
    image.close();
    setCamera(false);
    setTool(brush ? "brush" : "image");
    send(true);
  };

  const act = (step: () => boolean | void) => {
    if (step() !== false) send();
  };
  const undo = () => act(() => doc.undo());
  const redo = () => act(() => doc.redo());
  const clear = () => {
    doc.reset(cw, ch, layerOptions.layers);
    setCrop(null);
    setTool(firstTool);
    own.current = null;
    session.userInput(blockId, null);
    session.dispatch(blockId, "clear");
  };
  const pickTool = (t: Tool) => {
    if ((t === "brush" && !brush) || (t === "eraser" && !eraser) || (t === "crop" && !transforms.includes("crop"))) return;
    setTool(t);
    if (t === "crop") setCrop({ x: doc.width * 0.1, y: doc.height * 0.1, width: doc.width * 0.8, height: doc.height * 0.8 });
  };
  const applyCrop = () => {
    if (crop) act(() => doc.crop(crop));
    setCrop(null);
    setTool(brush ? "brush" : "image");
  };
  const radius = tool === "eraser" ? (eraserSize ?? sizeOf(eraser ? eraser.defaultSize : "auto", doc)) : (brushSize ?? sizeOf(brush ? brush.defaultSize : "auto", doc));
  const changeSize = (next: number) => (tool === "eraser" ? setEraserSize : setBrushSize)(Math.min(100, Math.max(1, Math.round(next))));

  // Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes, wherever focus is in the editor but a text field.
  const keys = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement;
    if (!(e.ctrlKey || e.metaKey) || (t.tagName === "INPUT" && (t as HTMLInputElement).type !== "range")) return;
    const k = e.key.toLowerCase();
    if (k === "z" || k === "y") {
      e.preventDefault();
      if (k === "y" || e.shiftKey) redo();
      else undo();
    }
  };
  const paste = (e: ClipboardEvent) => {
    if (!sources.includes("clipboard")) return;
    const files = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith("image/"));
    if (files.length) {
      e.preventDefault();
      void takeBackground(files);
    }
  };
  const downloadComposite = async () => {
    const blob = await doc.composite().convertToBlob({ type: "image/png" });
    const url = URL.createObjectURL(blob);
    await download(url, "image.png");
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const fullscreen = () => (document.fullscreenElement ? void document.exitFullscreen() : void frame.current?.requestFullscreen?.());

  const dropping = doc.blank && tool === "image" && sources.includes("upload") && !camera;
  const toolButton = (t: Tool, name: string, icon: preact.ComponentChildren, key?: string) => (
    <button type="button" class={classes("gr-editor-tool", tool === t && "gr-editor-tool-on")} aria-pressed={tool === t} aria-label={name} title={key ? `${name} (${key})` : name} onClick={() => pickTool(t)}>
      {icon}
    </button>
  );
  const hintId = `${id}-keys`;
  const hint =
    tool === "crop"
      ? "Drag or use the arrow keys to move the crop area, Shift+arrows to resize it, Enter to apply, Escape to cancel."
      : tool === "resize"
        ? "Set a width and a height, then Resize: the picture is scaled to it, or placed at the anchor."
        : tool === "brush" || tool === "eraser"
        ? "Draw with the pointer, or with the arrow keys: Space starts and ends a stroke, [ and ] change the size. Ctrl+Z undoes, Ctrl+Shift+Z redoes."
        : "Choose a background image, or pick a tool. Ctrl+Z undoes, Ctrl+Shift+Z redoes.";

  return (
    <div class="gr-editor" onKeyDown={keys} onPaste={paste}>
      <div class="gr-editor-toolbar" role="toolbar" aria-label={`${label} tools`}>
        {sources.length > 0 && toolButton("image", "Background image", <ImageIcon />)}
        {brush && toolButton("brush", "Brush", <BrushIcon />, "B")}
        {eraser && toolButton("eraser", "Eraser", <EraserIcon />, "E")}
        {transforms.includes("crop") && toolButton("crop", "Crop", <CropIcon />, "C")}
        {transforms.includes("resize") && toolButton("resize", "Resize", <ResizeIcon />)}
        <span class="gr-editor-spacer" />
        <button type="button" class="gr-editor-icon-button" aria-label="Undo" title="Undo (Ctrl+Z)" disabled={!doc.canUndo} onClick={undo}>
          <UndoIcon />
        </button>
        <button type="button" class="gr-editor-icon-button" aria-label="Redo" title="Redo (Ctrl+Shift+Z)" disabled={!doc.canRedo} onClick={redo}>
          <RedoIcon />
        </button>
        <button type="button" class="gr-editor-icon-button" aria-label="Clear the image" title="Clear" disabled={doc.blank} onClick={clear}>
          <TrashIcon />
        </button>
        {buttons.includes("download") && (
          <button type="button" class="gr-editor-icon-button" aria-label="Download the image" title="Download" disabled={doc.blank} onClick={() => void downloadComposite()}>
            <DownloadIcon />
          </button>
        )}
        {buttons.includes("fullscreen") && (
          <button type="button" class="gr-editor-icon-button" aria-label="Show the editor fullscreen" title="Fullscreen" onClick={fullscreen}>
            <FullscreenIcon />
          </button>
        )}
        {session.listens(blockId, "apply") && (
          <button type="button" class="gr-button gr-button-primary gr-button-sm gr-editor-apply" title="Apply" onClick={() => session.dispatch(blockId, "apply")}>
            <CheckIcon />
            <span class="gr-editor-apply-text">Apply</span>
          </button>
        )}
      </div>
      {tool === "brush" && brush && (
        <BrushOptions id={`${id}-brush`} colors={brush.colors} fixed={brush.colorMode === "fixed"} paint={paint} onPaint={setPaint} size={radius} onSize={changeSize} />
      )}
      {tool === "eraser" && (
        <div class="gr-editor-options" role="group" aria-label="Eraser">
          <SizeSlider id={`${id}-eraser`} label="Eraser size" size={radius} onSize={changeSize} />
        </div>
      )}
      {tool === "crop" && <CropOptions onApply={applyCrop} onCancel={() => (setCrop(null), setTool(brush ? "brush" : "image"))} />}
      {tool === "resize" && <ResizeOptions key={`${doc.width}x${doc.height}`} id={`${id}-resize`} width={doc.width} height={doc.height} onApply={(w, h, o) => (act(() => doc.resize(w, h, o)), setTool(brush ? "brush" : "image"))} />}
      {tool === "image" && !dropping && !camera && (sources.includes("upload") || sources.includes("webcam")) && (
        <div class="gr-editor-options gr-image-sources" role="group" aria-label="Background image">
          {sources.includes("upload") && (
            <>
              <label class="gr-visually-hidden" for={`${id}-upload`}>{`${label}: background image`}</label>
              <ImageDrop id={`${id}-upload`} onFiles={(f) => void takeBackground(f)}>
                Drop an image, or click to choose a new background
              </ImageDrop>
            </>
          )}
          {sources.includes("webcam") && (
            <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={() => setCamera(true)}>
              <CameraIcon />
              Use webcam
            </button>
          )}
        </div>
      )}
      {error && (
        <p class="gr-media-error" role="alert">
          {error}
        </p>
      )}
      <div class={classes("gr-editor-stage", dropping && "gr-editor-stage-empty")}>
        {camera ? (
          <Webcam options={props.webcamOptions as WebcamProps | undefined} onCapture={(file) => void takeBackground([file])} onClose={() => setCamera(false)} />
        ) : dropping ? (
          <div class="gr-editor-drop">
            <label class="gr-visually-hidden" for={`${id}-upload`}>{`${label}: background image`}</label>
            <ImageDrop id={`${id}-upload`} onFiles={(f) => void takeBackground(f)}>
              <Placeholder text={props.placeholder} />
            </ImageDrop>
            <div class="gr-image-sources">
              {sources.includes("webcam") && (
                <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={() => setCamera(true)}>
                  <CameraIcon />
                  Use webcam
                </button>
              )}
              {brush && (
                <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={() => setTool("brush")}>
                  <BrushIcon />
                  Draw on a blank canvas
                </button>
              )}
            </div>
          </div>
        ) : (
          <Surface
            doc={doc}
            tick={tick}
            tool={tool}
            label={label}
            paint={paint}
            radius={radius}
            crop={crop}
            onCrop={setCrop}
            onApplyCrop={applyCrop}
            onCancelCrop={() => (setCrop(null), setTool(brush ? "brush" : "image"))}
            onStroke={() => send()}
            onSize={(d) => changeSize(radius + d)}
            onTool={pickTool}
            hintId={hintId}
          />
        )}
      </div>
      <p id={hintId} class="gr-editor-keys">
        {hint}
        {sources.includes("clipboard") && tool === "image" ? " Paste (Ctrl+V) an image to use it as the background." : ""}
      </p>
      {!layerOptions.disabled && <LayerList doc={doc} canAdd={layerOptions.allowAdditionalLayers} onChange={(committed) => (committed ? send() : undefined)} />}
    </div>
  );
}

/** Gradio's placeholder: a first line starting with `#` is a heading, the rest a paragraph. */
function Placeholder({ text }: { text: unknown }) {
  if (typeof text !== "string" || !text.trim()) return <>Drop an image here, or click to choose one</>;
  const [first, ...rest] = text.trim().split("\n");
  const heading = first!.startsWith("#") ? first!.replace(/^#+\s*/, "") : null;
  const body = (heading ? rest : [first!, ...rest]).join(" ").trim();
  return (
    <>
      {heading && <strong class="gr-editor-placeholder-heading">{heading}</strong>}
      {body && <span>{body}</span>}
    </>
  );
}
