// Picks the view for each block of the layout tree.

import { Button } from "./components/button/index.tsx";
import { Checkbox } from "./components/checkbox/index.tsx";
import { CheckboxGroup } from "./components/checkbox-group/index.tsx";
import { Dataset } from "./components/dataset/index.tsx";
import { FileView } from "./components/file/index.tsx";
import { ImageView } from "./components/image/index.tsx";
import { Dropdown } from "./components/dropdown/index.tsx";
import { HTML } from "./components/html/index.tsx";
import { JSONView } from "./components/json/index.tsx";
import { Label } from "./components/label/index.tsx";
import { Column, Group, Row } from "./components/layout/index.tsx";
import { Markdown } from "./components/markdown/index.tsx";
import { NumberView } from "./components/number/index.tsx";
import { Radio } from "./components/radio/index.tsx";
import { Slider } from "./components/slider/index.tsx";
import { Textbox } from "./components/textbox/index.tsx";
import type { AppSession } from "./session.ts";
import type { View } from "./view-types.ts";
import type { LayoutNode } from "../worker/protocol.ts";

export const VIEWS: Record<string, View> = {
  textbox: Textbox,
  number: NumberView,
  slider: Slider,
  checkbox: Checkbox,
  checkboxgroup: CheckboxGroup,
  radio: Radio,
  dropdown: Dropdown,
  button: Button,
  markdown: Markdown,
  html: HTML,
  json: JSONView,
  label: Label,
  dataset: Dataset,
  file: FileView,
  image: ImageView,
  row: Row,
  column: Column,
  group: Group,
  // Timers have no view: the session runs them (ui/timers.ts). State lives in the worker.
  timer: () => null,
  state: () => null,
  browserstate: () => null,
};

export function BlockView({ node, session }: { node: LayoutNode; session: AppSession }) {
  const block = session.store.block(node.id);
  if (!block) return null;
  const View = VIEWS[block.config.type];
  if (!View) {
    return (
      <div class="gr-block gr-unknown" role="note">
        Component type “{block.config.type}” is not supported yet.
      </div>
    );
  }
  return <View block={block} session={session} node={node} />;
}

export function Children({ node, session }: { node: LayoutNode; session: AppSession }) {
  return (
    <>
      {(node.children ?? []).map((child) => (
        <BlockView key={child.id} node={child} session={session} />
      ))}
    </>
  );
}
