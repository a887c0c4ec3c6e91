// The layer list (Gradio's Layers): pick the layer to draw on, show or hide
// one, remove one, add one (unless the app's LayerOptions forbid it). Each is
// a real button, named, so the list works from the keyboard.

import { classes } from "../../../ui/frame.tsx";
import type { EditorDoc } from "./document.ts";
import { EyeIcon, EyeOffIcon, LayersIcon, PlusIcon, TrashIcon } from "./icons.tsx";

export function LayerList({ doc, canAdd, onChange }: { doc: EditorDoc; canAdd: boolean; onChange: (committed: boolean) => void }) {
  return (
    <div class="gr-editor-layers" role="group" aria-label="Layers">
      <LayersIcon class="gr-icon gr-editor-layers-icon" />
      <ul>
        {doc.layers.map((layer) => {
          const on = layer.id === doc.active;
          return (
            <li key={layer.id} class={classes("gr-editor-layer", on && "gr-editor-layer-on", !layer.visible && "gr-editor-layer-hidden")}>
              <button type="button" class="gr-editor-layer-name" aria-pressed={on} onClick={() => (doc.select(layer.id), onChange(false))}>
                {layer.name}
              </button>
              <button
                type="button"
                class="gr-editor-icon-button"
                aria-label={`${layer.visible ? "Hide" : "Show"} ${layer.name}`}
                title={layer.visible ? "Hide layer" : "Show layer"}
                onClick={() => (doc.toggleLayer(layer.id), onChange(true))}
              >
                {layer.visible ? <EyeIcon /> : <EyeOffIcon />}
              </button>
              {doc.layers.length > 1 && canAdd && (
                <button type="button" class="gr-editor-icon-button" aria-label={`Remove ${layer.name}`} title="Remove layer" onClick={() => (doc.removeLayer(layer.id), onChange(true))}>
                  <TrashIcon />
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {canAdd && (
        <button type="button" class="gr-button gr-button-secondary gr-button-sm gr-editor-add-layer" onClick={() => (doc.addLayer(), onChange(true))}>
          <PlusIcon />
          Add layer
        </button>
      )}
    </div>
  );
}
