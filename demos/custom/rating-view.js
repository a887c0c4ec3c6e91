// A star rating: the page side of a custom component. A plain module with no
// framework: draw into `element`, call `setValue` when the user picks, and
// take new values in `update`.
export default function view(element, { value, props, setValue }) {
  const group = document.createElement("div");
  group.setAttribute("role", "radiogroup");
  group.setAttribute("aria-label", props.label ?? "Rating");
  group.style.cssText = "display:flex;gap:2px;flex-wrap:wrap";
  element.append(group);
  let current = value ?? 0;
  let currentProps = props;
  let stars = [];

  function draw() {
    const maximum = currentProps.maximum ?? 5;
    const disabled = currentProps.interactive === false;
    stars = Array.from({ length: maximum }, (_, i) => {
      const star = document.createElement("button");
      star.type = "button";
      star.setAttribute("role", "radio");
      star.setAttribute("aria-label", `${i + 1} star${i ? "s" : ""}`);
      star.disabled = disabled;
      star.style.cssText =
        "font-size:28px;line-height:1;padding:2px 4px;border:0;border-radius:6px;background:none;cursor:pointer;color:var(--gr-text)";
      star.addEventListener("click", () => choose(i + 1));
      star.addEventListener("keydown", (event) => {
        const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
        if (!step) return;
        event.preventDefault();
        choose(Math.min(maximum, Math.max(1, (current || 1) + (current ? step : 0))));
        stars[current - 1]?.focus();
      });
      return star;
    });
    group.replaceChildren(...stars);
    paint();
  }

  function paint() {
    stars.forEach((star, i) => {
      star.textContent = i < current ? "★" : "☆";
      star.setAttribute("aria-checked", String(i + 1 === current));
      // One tab stop for the group, on the chosen star (the first when none is).
      star.tabIndex = i + 1 === (current || 1) ? 0 : -1;
    });
  }

  function choose(stars) {
    if (stars === current) return;
    current = stars;
    paint();
    setValue(stars);
  }

  draw();
  return {
    update(nextValue, nextProps) {
      const redraw = nextProps.maximum !== currentProps.maximum || nextProps.interactive !== currentProps.interactive;
      current = nextValue ?? 0;
      currentProps = nextProps;
      group.setAttribute("aria-label", nextProps.label ?? "Rating");
      if (redraw) draw();
      else paint();
    },
    destroy() {
      element.replaceChildren();
    },
  };
}
