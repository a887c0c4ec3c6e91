// Gradio's less common components (issue #12 item 4): loaded into an app's
// worker only when its code names one of them (worker/lazy-api.ts).
export { ColorPicker, toHexColor, type ColorPickerOwnOptions } from "./color-picker.ts";
export {
  HighlightedText,
  type HighlightedTextLike,
  type HighlightedTextOwnOptions,
  type HighlightedPair,
  type HighlightLabel,
  type HighlightEntity,
} from "./highlighted-text.ts";
export { ImageSlider, SimpleImage, type ImagePair, type ImageSliderFactory, type ImageSliderOwnOptions } from "./image-slider.ts";
export {
  DownloadButton,
  UploadButton,
  ClearButton,
  type UploadButtonFactory,
  type UploadButtonOwnOptions,
  type ClearButtonOwnOptions,
  type Clearable,
} from "./file-buttons.ts";
export { ParamViewer, type Parameter, type ParamViewerValue, type ParamViewerOwnOptions } from "./param-viewer.ts";
export { DeepLinkButton, type DeepLinkButtonOwnOptions } from "./deep-link-button.ts";
export {
  AnnotatedImage,
  type AnnotatedImageLike,
  type AnnotatedImageValue,
  type AnnotatedImageData,
  type AnnotatedImageOwnOptions,
  type AnnotationData,
  type AnnotationMask,
  type BoundingBox,
} from "./annotated-image.ts";
