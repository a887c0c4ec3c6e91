// The page: two apps, and the view of the first one's own component.
import { mount, registerView, type CustomViewFunction } from "gradio-lite/mount";

const counterView: CustomViewFunction = (element, { value, setValue }) => {
  const button = document.createElement("button");
  const show = (n: unknown) => (button.textContent = `Count: ${String(n)}`);
  button.addEventListener("click", () => {
    const next = Number(button.textContent?.replace(/\D/g, "")) + 1;
    show(next);
    setValue(next);
  });
  show(value);
  element.append(button);
  return { update: (next) => show(next) };
};
registerView("counter", counterView);

mount(document.getElementById("blocks")!, new Worker(new URL("./blocks.worker.ts", import.meta.url), { type: "module" }));
mount(document.getElementById("interface")!, new Worker(new URL("./interface.worker.ts", import.meta.url), { type: "module" }));
