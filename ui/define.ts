// The UI chunk that lite.js loads: defines <gradio-lite>, taking the
// workers lite.js started early.
import { defineElement, GradioLiteElement } from "./element.ts";

export function define(prespawned: (el: Element) => Worker | null): typeof GradioLiteElement {
  GradioLiteElement.prespawned = prespawned;
  defineElement();
  return GradioLiteElement;
}
