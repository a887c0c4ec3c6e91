import { useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, classes } from "../../frame.tsx";
import type { ViewProps } from "../../view-types.ts";
import mediaCss from "../file/style.css?inline";
import { addStyles } from "../../styles.ts";

addStyles("media", mediaCss);

interface Item {
  image: FileData;
  caption: string | null;
}

export function Gallery({ block, session }: ViewProps) {
  const props = block.props.value;
  const items = (block.value.value as Item[] | null) ?? [];
  const columns = typeof props.columns === "number" && props.columns > 0 ? props.columns : 2;
  const [selected, setSelected] = useState<number | null>(null);
  const label = typeof props.label === "string" ? props.label : "Gallery";
  const pick = (index: number) => {
    setSelected(index);
    session.dispatch(block.config.id, "select", { index, value: items[index], selected: true });
  };
  const current = selected !== null && selected < items.length ? items[selected] : null;
  return (
    <Frame block={block} kind="gallery">
      <BlockLabel block={block} as="span" />
      {current && (
        <figure class="gr-gallery-preview">
          <img src={current.image.url} alt={current.caption ?? `${label}, image ${selected! + 1}`} />
          {current.caption && <figcaption>{current.caption}</figcaption>}
          <button type="button" class="gr-button gr-button-secondary gr-button-sm" onClick={() => setSelected(null)}>
            Back to all images
          </button>
        </figure>
      )}
      {!current && items.length > 0 && (
        <ul class="gr-gallery-grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
          {items.map((item, index) => (
            <li key={item.image.path + index}>
              <button
                type="button"
                class={classes("gr-gallery-item", selected === index && "gr-gallery-selected")}
                aria-label={item.caption ?? `${label}, image ${index + 1}`}
                onClick={() => pick(index)}
              >
                <img src={item.image.url} alt="" />
                {item.caption && <span class="gr-gallery-caption">{item.caption}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!items.length && <span class="gr-empty">No images</span>}
    </Frame>
  );
}
