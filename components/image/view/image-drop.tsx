// The two faces of an image component with no image: a drop zone to choose
// one (gr.Image, gr.SimpleImage, gr.ImageSlider), or, read-only, an icon.

import type { ComponentChildren } from "preact";
import { DropZone } from "../../file/view/index.tsx";
import { EmptyMedia, ImageIcon } from "./buttons.tsx";

export function ImageDrop({ id, multiple = false, onFiles, children = "Drop an image here, or click to choose" }: { id: string; multiple?: boolean; onFiles: (files: File[]) => void; children?: ComponentChildren }) {
  return (
    <DropZone id={id} accept="image/*" multiple={multiple} onFiles={onFiles}>
      <ImageIcon size={24} />
      <span>{children}</span>
    </DropZone>
  );
}

export function NoImage() {
  return (
    <EmptyMedia>
      <ImageIcon size={28} />
    </EmptyMedia>
  );
}
