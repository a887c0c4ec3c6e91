// gr.ImageEditor and its tool options (issue #11 item 4): loaded into an
// app's worker only when its code names one of them (worker/lazy-api.ts).
export {
  ImageEditor,
  Sketchpad,
  Paint,
  ImageMask,
  Brush,
  Eraser,
  LayerOptions,
  type BrushColor,
  type EditorImage,
  type EditorTypes,
  type EditorValue,
  type EditorValueLike,
  type ImageEditorFactory,
  type ImageEditorOwnOptions,
  type ImageMode,
} from "../components/image-editor/image-editor.ts";
