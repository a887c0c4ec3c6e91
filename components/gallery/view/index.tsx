import { useRef, useState } from "preact/hooks";
import type { FileData } from "../../../worker/protocol.ts";
import { BlockLabel, Frame, classes } from "../../../ui/frame.tsx";
import { Icon } from "../../../ui/parts/icons.tsx";
import type { ViewProps } from "../../../ui/view-types.ts";
import mediaCss from "../../file/view/style.css?inline";
import { addStyles } from "../../../ui/styles.ts";
import { mediaUrl } from "../../../ui/safe-url.ts";
import { EmptyMedia, ImageIcon, MediaButtons } from "../../image/view/buttons.tsx";

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
  const figure = useRef<HTMLElement>(null);
  const current = selected !== null && selected < items.length ? items[selected] : null;
  return (
    <Frame block={block} kind="gallery">
      <BlockLabel block={block} as="span" />
      {current && (
        <figure class="gr-gallery-preview" ref={figure}>
          <img src={mediaUrl(current.image.url)} alt={current.caption ?? `${label}, image ${selected! + 1}`} />
          {current.caption && <figcaption>{current.caption}</figcaption>}
          <MediaButtons
            what="image"
            file={mediaUrl(current.image.url) ? { url: current.image.url, name: current.image.origName || "image" } : null}
            fullscreen={figure}
          >
            <button type="button" class="gr-media-button" aria-label="Back to all images" title="Back to all images" onClick={() => setSelected(null)}>
              <GridIcon />
            </button>
          </MediaButtons>
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
                <img src={mediaUrl(item.image.url)} alt="" />
                {item.caption && <span class="gr-gallery-caption">{item.caption}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {!items.length && (
        <EmptyMedia>
          <ImageIcon size={28} />
        </EmptyMedia>
      )}
    </Frame>
  );
}

const GridIcon = () => (
  <Icon>
    <rect x="3" y="3" width="7" height="7" />
    <rect x="14" y="3" width="7" height="7" />
    <rect x="3" y="14" width="7" height="7" />
    <rect x="14" y="14" width="7" height="7" />
  </Icon>
);
