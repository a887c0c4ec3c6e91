// What sits over an app's blocks (issue #13): the progress overlay, the
// page's one toast stack, media blocks' icon buttons and empty states, and
// the URL guard between a returned file and a link.
import { fileURLToPath } from "node:url";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { collectPageErrors, openDemo, pickOption } from "./helpers.ts";

const TALL = fileURLToPath(new URL("../../demos/assets/tall-quadrants.png", import.meta.url));

type Box = { x: number; y: number; width: number; height: number };
const boxes = (scope: Locator, selector: string): Promise<Box[]> =>
  scope.evaluate(
    (el, s) =>
      [...el.querySelectorAll(s)].map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    selector,
  );
/**
 * The boxes of `el` and of its descendants matching `selectors`, measured in
 * the page in the first frame where `ready` matches (a short run may be over
 * before a test could look from outside).
 */
function measureWhen(scope: Locator, ready: string, selectors: string[]): Promise<{ frame: Box; parts: Array<Box | null> }> {
  return scope.evaluate(
    (el, [ready, selectors]) =>
      new Promise((resolve) => {
        const box = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        };
        const look = () => {
          if (!el.querySelector(ready)) return void requestAnimationFrame(look);
          resolve({ frame: box(el), parts: selectors.map((s) => el.querySelector(s)).map((e) => (e ? box(e) : null)) });
        };
        look();
      }),
    [ready, selectors] as const,
  );
}
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
const block = (page: Page, scope: string, name: string) =>
  page.locator(`${scope} .gr-block`).filter({ has: page.getByRole("textbox", { name, exact: true }) }).or(page.locator(`${scope} .gr-block`).filter({ has: page.getByRole("spinbutton", { name, exact: true }) }));

test("the progress overlay fits a one-line output on one line; a generator's progress is a bar across its block", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/progress-and-alerts.html");
  const reversed = block(page, "#reverse", "Reversed");
  const measured = measureWhen(
    reversed,
    ".gr-status .gr-progress-count",
    [".gr-spinner", ".gr-progress-desc", ".gr-progress-track", ".gr-progress-count", ".gr-status-text"].map((p) => `.gr-status ${p}`),
  );
  await page.locator("#reverse").getByRole("button", { name: "Reverse" }).click();
  const { frame, parts: found } = await measured;
  const parts = found.filter((p): p is Box => p !== null);
  expect(parts).toHaveLength(5);
  // Spinner, description, bar, i/n and time: one line, inside the block.
  const middles = parts.map((b) => b.y + b.height / 2);
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
  for (const part of parts) expect(inside(part, { ...frame })).toBe(true);
  const xs = parts.map((b) => b.x);
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  await expect(page.locator("#reverse").getByRole("textbox", { name: "Reversed" })).toHaveValue("etil-oidarg");

  // A generator that streams shows its progress as a bar across the block's top edge, above the value it fills in.
  await openDemo(page, "demos/streaming.html");
  const count = block(page, "#counter", "Count");
  const streamed = measureWhen(count, ".gr-status-streaming .gr-progress-count", [".gr-status-streaming .gr-progress-track", ".gr-status-streaming", "input"]);
  await page.locator("#counter").getByRole("button", { name: "Count", exact: true }).click();
  const {
    frame: outer,
    parts: [bar, status, input],
  } = (await streamed) as { frame: Box; parts: Box[] };
  expect(bar.width).toBeGreaterThan(outer.width * 0.9);
  expect(bar.height).toBeGreaterThanOrEqual(3);
  expect(status.y + status.height, "the status line stays above the streamed value").toBeLessThanOrEqual(input.y + 1);
  await expect(page.locator("#counter").getByRole("spinbutton", { name: "Count", exact: true })).toHaveValue("20");
  expect(errors).toEqual([]);
});

test("toasts: one stack for the page, each naming its app; three show and the rest wait behind a button", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/hello-world.html");
  // Two more apps whose errors stay until dismissed (a loaded machine must not see them expire).
  await page.evaluate(() => {
    for (const id of ["first", "second"]) {
      const el = document.createElement("gradio-lite");
      el.id = id;
      el.textContent = `let n = 0;
        gr.Blocks(() => {
          gr.Button("Fail").click(() => { throw new gr.Error("Failure " + ++n + " in ${id}: the model did not answer in time, so try again in a minute", { duration: null }); }, null, null);
        }).launch();`;
      document.body.append(el);
    }
  });
  const first = page.locator("gradio-lite#first");
  const second = page.locator("gradio-lite#second");
  const shown = (app: Locator) => app.locator(".gr-toast");
  for (const [app, id, n] of [[first, "first", 1], [first, "first", 2], [second, "second", 1], [second, "second", 2]] as const) {
    await app.getByRole("button", { name: "Fail" }).click();
    await expect(page.getByText(`Failure ${n} in ${id}`)).toBeVisible();
  }
  const toasts = page.locator(".gr-toast");
  await expect(toasts).toHaveCount(3);
  // Each names its app; the app with a toast waiting says so.
  await expect(shown(second).locator(".gr-toast-app")).toHaveText(["second", "second"]);
  await expect(shown(first).locator(".gr-toast-app")).toHaveText(["first"]);
  await expect(shown(first)).toContainText("Failure 2 in first");
  const more = first.getByRole("button", { name: "1 more from first" });
  await expect(more).toBeVisible();
  // One stack: the same width and right edge, one under another (never on top of each other).
  const check = async () => {
    const all = (await boxes(page.locator("body"), ".gr-toast, .gr-toasts-more")).sort((a, b) => a.y - b.y);
    const toastBoxes = await boxes(page.locator("body"), ".gr-toast");
    expect(new Set(toastBoxes.map((b) => Math.round(b.width))).size).toBe(1);
    expect(new Set(toastBoxes.map((b) => Math.round(b.x + b.width))).size).toBe(1);
    for (let i = 1; i < all.length; i++) expect(all[i].y).toBeGreaterThanOrEqual(all[i - 1].y + all[i - 1].height - 0.5);
  };
  await expect.poll(async () => (await check(), true)).toBe(true);
  await more.click();
  await expect(toasts).toHaveCount(4);
  await expect.poll(async () => (await check(), true)).toBe(true);
  await first.getByRole("button", { name: "Show fewer" }).click();
  await expect(toasts).toHaveCount(3);
  // Dismissing one brings the waiting one back.
  await second.getByRole("button", { name: "Dismiss error" }).first().click();
  await expect(shown(first)).toHaveCount(2);
  await expect(first.locator(".gr-toasts-more")).toHaveCount(0);
  // A narrow window wraps the toasts' text: the stacks below move down, still one under another.
  await page.setViewportSize({ width: 260, height: 800 });
  await expect.poll(async () => (await check(), true)).toBe(true);
  expect(errors).toEqual([]);
});

test("an image fits its block with Gradio's icon buttons (download, fullscreen, clear); an empty image output shows an icon", async ({ page }) => {
  const errors = collectPageErrors(page);
  await openDemo(page, "demos/file-access.html");
  const s = page.locator("#files #image");
  const [photo, gray] = [s.locator(".gr-image").nth(0), s.locator(".gr-image").nth(1)];
  await expect(gray.getByRole("img", { name: "Empty value" })).toBeVisible();
  await expect(s.getByText(/No image/)).toHaveCount(0);

  await s.getByLabel("Photo").setInputFiles(TALL);
  await expect(photo.getByRole("img", { name: "Photo" })).toBeVisible();
  // No drop zone under the image and no separate Clear button: three icon buttons over it.
  await expect(photo.locator(".gr-dropzone")).toHaveCount(0);
  expect(await photo.getByRole("button").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")))).toEqual([
    "Download image",
    "Show image fullscreen",
    "Clear image",
  ]);
  await expect(gray.getByRole("img", { name: "Grayscale" })).toBeVisible();
  expect(await gray.getByRole("button").evaluateAll((bs) => bs.map((b) => b.getAttribute("aria-label")))).toEqual(["Download image", "Show image fullscreen"]);
  expect(await photo.getByRole("img", { name: "Photo" }).evaluate((img) => getComputedStyle(img).objectFit)).toBe("contain");

  // Real buttons in Tab order: tabbing on from the file input above, the first stop in the image is Download.
  await page.locator("#files #upload").getByLabel("Data file (.csv or .txt)").focus();
  for (let i = 0; i < 6 && !(await s.evaluate((el) => el.contains(document.activeElement))); i++) await page.keyboard.press("Tab");
  await expect(photo.getByRole("button", { name: "Download image" })).toBeFocused();
  const downloading = page.waitForEvent("download");
  await page.keyboard.press("Enter");
  expect((await downloading).suggestedFilename()).toBe("tall-quadrants.png");

  await photo.getByRole("button", { name: "Show image fullscreen" }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? null)).toBe("gr-image-frame");
  await page.evaluate(() => document.exitFullscreen());

  await photo.getByRole("button", { name: "Clear image" }).click();
  await expect(photo.getByText("Drop an image here, or click to choose")).toBeVisible();
  await expect(gray.getByRole("img", { name: "Empty value" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("empty Label and Markdown outputs are neutral; the Label's bars stay readable in dark mode", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await openDemo(page, "demos/form.html");
  const form = page.locator("gradio-lite#form");
  const style = form.locator("#trip-style");
  await expect(style.getByRole("img", { name: "Empty value" })).toBeVisible();
  await form.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
  await form.getByRole("button", { name: "Remove Lisbon" }).click();
  await pickOption(form.getByRole("combobox", { name: "Destinations" }), "Kyoto", "Cusco");
  // An empty Markdown computing shows its status over nothing: no grey box. Read as the status appears
  // (a fast run may end, and take the status away, before a later look).
  const statusBackground = form.evaluate(
    (root) =>
      new Promise<string>((resolve) => {
        const read = () => {
          const status = root.querySelector("#confirmation > .gr-status");
          if (!status) return false;
          resolve(getComputedStyle(status).backgroundColor);
          return true;
        };
        if (read()) return;
        const observer = new MutationObserver(() => read() && observer.disconnect());
        observer.observe(root, { subtree: true, childList: true });
      }),
  );
  await form.getByRole("button", { name: "Submit" }).click();
  expect(await statusBackground).toBe("rgba(0, 0, 0, 0)");

  await expect(style.locator("output")).toHaveText("Culture");
  await expect(style.getByRole("img", { name: "Empty value" })).toHaveCount(0);
  const rows = await style.locator(".gr-confidence").evaluateAll((buttons) =>
    buttons.map((b) => {
      const rgb = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, bl] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      };
      const contrast = (a: string, z: string) => {
        const [hi, lo] = [lum(a), lum(z)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
      };
      const bar = b.querySelector(".gr-confidence-bar")!;
      const name = b.querySelector(".gr-confidence-name")!;
      const blockBg = getComputedStyle(b.closest(".gr-block")!).backgroundColor;
      return {
        barAboveText: bar.getBoundingClientRect().bottom <= name.getBoundingClientRect().top,
        text: contrast(getComputedStyle(name).color, blockBg),
        bar: contrast(getComputedStyle(bar).backgroundColor, blockBg),
      };
    }),
  );
  expect(rows).toHaveLength(3);
  for (const row of rows) {
    expect(row.barAboveText, "the bar never sits under the text").toBe(true);
    expect(row.text).toBeGreaterThanOrEqual(4.5);
    expect(row.bar).toBeGreaterThanOrEqual(3);
  }
});

test("a returned FileData's javascript: or data:text/html URL never reaches a link or src; an HTML file downloads as octet-stream", async ({ page }) => {
  const errors = collectPageErrors(page);
  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), void d.dismiss()));
  await openDemo(page, "demos/file-access.html");
  await page.evaluate(() => {
    const el = document.createElement("gradio-lite");
    el.id = "hostile";
    el.textContent = `
      const evil = (name, mimeType, url) => ({ path: "evil/" + name, url, size: 10, origName: name, mimeType, meta: { _type: "gradio.FileData" } });
      gr.Blocks(() => {
        const link = gr.File({ label: "Hostile link", interactive: false });
        const img = gr.Image({ label: "Hostile image", interactive: false });
        const gallery = gr.Gallery({ label: "Hostile gallery" });
        const chat = gr.Chatbot({ label: "Hostile chat" });
        const html = gr.File({ label: "HTML file", interactive: false });
        const dataHtml = gr.File({ label: "data HTML", interactive: false });
        gr.Button("Return hostile files").click(() => [
          evil("evil.txt", "text/plain", "javascript:alert(1)"),
          evil("evil.png", "image/png", "javascript:alert(2)"),
          [[evil("evil.png", "image/png", "javascript:alert(3)"), "x"]],
          [{ role: "assistant", content: evil("evil.html", "text/html", "javascript:alert(4)") }, { role: "assistant", content: evil("chat.html", "text/html", "data:text/html,<script>alert(5)</script>") }],
          new File(["<script>alert(6)</script><h1>page</h1>"], "page.html", { type: "text/html" }),
          evil("data.html", "text/html", "data:text/html,<script>alert(7)</script>"),
        ], null, [link, img, gallery, chat, html, dataHtml]);
      }).launch();`;
    document.body.append(el);
  });
  const app = page.locator("gradio-lite#hostile");
  // Added below the demo's apps: it starts its worker once it nears the viewport (without `eager`).
  await app.scrollIntoViewIfNeeded();
  await app.getByRole("button", { name: "Return hostile files" }).click();
  await expect(app.getByText("evil.txt")).toBeVisible();
  await expect(app.getByText("chat.html")).toBeVisible();
  const links = app.locator("a[download]");
  await expect(links).toHaveCount(3); // page.html, data.html and the chat's chat.html: each an octet-stream copy
  const urls = await app.evaluate((el) => [...el.querySelectorAll("[href], [src]")].map((e) => e.getAttribute("href") ?? e.getAttribute("src") ?? ""));
  expect(urls.length).toBeGreaterThanOrEqual(3);
  for (const url of urls) expect(url, "only blob: copies are linked").toMatch(/^blob:/);
  const types = await links.evaluateAll((as) => Promise.all(as.map(async (a) => (await (await fetch((a as HTMLAnchorElement).href)).blob()).type)));
  expect(types).toEqual(["application/octet-stream", "application/octet-stream", "application/octet-stream"]);
  // Clicking the HTML file downloads it; the page stays where it is and no script ran.
  const downloading = page.waitForEvent("download");
  await links.filter({ hasText: "page.html" }).click();
  expect((await downloading).suggestedFilename()).toBe("page.html");
  expect(page.url()).toMatch(/file-access\.html$/);
  expect(page.context().pages()).toHaveLength(1);
  // Every hostile link and image is there as text only: clicking them does nothing.
  await app.getByText("evil.txt").click();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
