// Gradio's less common components (issue #12 item 4): loaded into an app's
// worker only when its code names one of them (worker/lazy-api.ts).
export { ColorPicker, toHexColor, type ColorPickerOwnOptions } from "../components/color-picker/color-picker.ts";
export {
  HighlightedText,
  type HighlightedTextLike,
  type HighlightedTextOwnOptions,
  type HighlightedPair,
  type HighlightLabel,
  type HighlightEntity,
} from "../components/highlighted-text/highlighted-text.ts";
export { ImageSlider, type ImagePair, type ImageSliderFactory, type ImageSliderOwnOptions } from "../components/image-slider/image-slider.ts";
export { SimpleImage, type SimpleImageOwnOptions } from "../components/simple-image/simple-image.ts";
export {
  DownloadButton,
  UploadButton,
  ClearButton,
  type UploadButtonFactory,
  type UploadButtonOwnOptions,
  type ClearButtonOwnOptions,
  type Clearable,
} from "../components/file-buttons/file-buttons.ts";
export { ParamViewer, type Parameter, type ParamViewerValue, type ParamViewerOwnOptions } from "../components/param-viewer/param-viewer.ts";
export { DeepLinkButton, type DeepLinkButtonOwnOptions } from "../components/deep-link-button/deep-link-button.ts";
export {
  AnnotatedImage,
  type AnnotatedImageLike,
  type AnnotatedImageValue,
  type AnnotatedImageData,
  type AnnotatedImageOwnOptions,
  type AnnotationData,
  type AnnotationMask,
  type BoundingBox,
} from "../components/annotated-image/annotated-image.ts";
