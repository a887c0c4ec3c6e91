import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, expect, test, type BrowserContext, type Page } from "@playwright/test";
import { chromiumArgs, findChromium } from "../../scripts/chromium.mjs";
import { collectPageErrors, openDemo, openForEachTest } from "./helpers.ts";

const DEMO = "demos/browser-state.html";
const STORAGE_KEY = "gradio-lite-demo-login";
const SECRET = "correct horse battery staple";

function login(page: Page) {
  const app = page.locator("#login");
  return {
    username: app.getByRole("textbox", { name: "Username" }),
    // A password input has no textbox role: find it by its label.
    password: app.getByLabel("Password"),
    generate: app.getByRole("button", { name: "Generate Randomly" }),
    saved: app.locator("#saved"),
  };
}

/** Opens the demo and waits until demo.load has put the saved login (or nothing) in the form. */
async function openLogin(page: Page): Promise<void> {
  await openDemo(page, DEMO);
  await expect(login(page).saved).toHaveText(/^(Nothing is saved|Saved in this browser)/);
}

/**
 * What IndexedDB holds for the demo's BrowserState, opened the way
 * docs/state.md describes (AES-GCM, key from the secret with PBKDF2 salted
 * with the storage key). `null` when nothing is stored yet; `{ raw }` when
 * the record is there but is not sealed.
 */
function readSaved(page: Page): Promise<{ value?: unknown; sealed: boolean; plaintextVisible: boolean } | null> {
  return page.evaluate(
    async ({ key, secret }) => {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes("gradio-lite")) return null;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open("gradio-lite");
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      if (!db.objectStoreNames.contains("browser-state")) return (db.close(), null);
      const record = await new Promise<any>((resolve, reject) => {
        const req = db.transaction("browser-state").objectStore("browser-state").get(key);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      if (record === undefined) return null;
      if (record?.sealed !== 1) return { sealed: false, plaintextVisible: true, value: record };
      const enc = new TextEncoder();
      const base = await crypto.subtle.importKey("raw", enc.encode(secret), "PBKDF2", false, ["deriveKey"]);
      const aes = await crypto.subtle.deriveKey(
        { name: "PBKDF2", salt: enc.encode(key), iterations: 100_000, hash: "SHA-256" },
        base,
        { name: "AES-GCM", length: 256 },
        false,
        ["decrypt"],
      );
      const plain = new TextDecoder().decode(await crypto.subtle.decrypt({ name: "AES-GCM", iv: record.iv }, aes, record.data));
      const value = JSON.parse(plain) as string[];
      const stored = new TextDecoder("latin1").decode(record.data);
      return { sealed: true, value, plaintextVisible: value.some((v) => v && stored.includes(v)) };
    },
    { key: STORAGE_KEY, secret: SECRET },
  );
}

/** Waits until the value is on disk (the write is asynchronous: a reload must not outrun it). */
async function expectSaved(page: Page, value: [string, string]): Promise<void> {
  await expect.poll(async () => (await readSaved(page))?.value, { message: "the login is in IndexedDB" }).toEqual(value);
}

test.describe("browser state", () => {
  openForEachTest();

  test("a generated login is saved, sealed with the secret, and comes back after a reload", async ({ page }) => {
    await openLogin(page);
    const l = login(page);
    await expect(l.saved).toHaveText("Nothing is saved in this browser yet.");
    await l.generate.click();
    await expect(l.username).toHaveValue(/^[A-Za-z0-9]{10}$/);
    await expect(l.password).toHaveValue(/^[A-Za-z0-9]{10}$/);
    const user = await l.username.inputValue();
    const pass = await l.password.inputValue();
    await expect(l.saved).toHaveText(`Saved in this browser: username ${user}, a password of 10 characters.`);
    await expectSaved(page, [user, pass]);
    const record = await readSaved(page);
    expect(record?.sealed, "stored encrypted").toBe(true);
    expect(record?.plaintextVisible, "no plaintext in the stored bytes").toBe(false);

    await page.reload();
    await expect(l.username).toHaveValue(user);
    await expect(l.password).toHaveValue(pass);
    await expect(l.saved).toHaveText(`Saved in this browser: username ${user}, a password of 10 characters.`);
  });

  test("typing saves too; tampered data gives the default back with a warning, and the app keeps working", async ({ page }) => {
    await openLogin(page);
    const l = login(page);
    await l.username.fill("ada");
    await l.password.fill("analytical engine");
    await expect(l.saved).toHaveText("Saved in this browser: username ada, a password of 17 characters.");
    await expectSaved(page, ["ada", "analytical engine"]);

    // Flip one byte of the ciphertext: AES-GCM refuses it.
    await page.evaluate(async (key) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open("gradio-lite");
        req.onsuccess = () => resolve(req.result);
      });
      const store = db.transaction("browser-state", "readwrite").objectStore("browser-state");
      await new Promise<void>((resolve) => {
        const get = store.get(key);
        get.onsuccess = () => {
          const record = get.result;
          const bytes = new Uint8Array(record.data.slice(0));
          bytes[0] ^= 0xff;
          store.put({ ...record, data: bytes.buffer }, key).onsuccess = () => resolve();
        };
      });
      db.close();
    }, STORAGE_KEY);

    await page.reload();
    await expect(page.locator("#login").getByRole("status").filter({ hasText: "Saved data could not be read" })).toBeVisible();
    await expect(l.username).toHaveValue("");
    await expect(l.password).toHaveValue("");
    await expect(l.saved).toHaveText("Nothing is saved in this browser yet.");

    await l.username.fill("grace");
    await expect(l.saved).toHaveText("Saved in this browser: username grace, a password of 0 characters.");
    await expectSaved(page, ["grace", ""]);
  });

  test("the login survives a browser restart, and two tabs see each other's writes", async ({}, testInfo) => {
    const profile = mkdtempSync(join(tmpdir(), "gradio-lite-browser-state-"));
    const launch = () =>
      chromium.launchPersistentContext(profile, {
        executablePath: findChromium() ?? undefined,
        args: chromiumArgs,
        baseURL: testInfo.project.use.baseURL,
      });
    let context: BrowserContext | null = null;
    try {
      // First run of the browser: save a login, then quit.
      context = await launch();
      const first = context.pages()[0] ?? (await context.newPage());
      const firstErrors = collectPageErrors(first);
      await openLogin(first);
      await login(first).username.fill("ada");
      await login(first).password.fill("analytical engine");
      await expectSaved(first, ["ada", "analytical engine"]);
      expect(firstErrors).toEqual([]);
      await context.close();

      // Second run, same profile on disk: the login is back.
      context = await launch();
      const tabA = context.pages()[0] ?? (await context.newPage());
      const errorsA = collectPageErrors(tabA);
      await openLogin(tabA);
      const a = login(tabA);
      await expect(a.username).toHaveValue("ada");
      await expect(a.password).toHaveValue("analytical engine");

      // A second tab of the same browser: a write in one is seen by the other (its change fires).
      const tabB = await context.newPage();
      const errorsB = collectPageErrors(tabB);
      await openLogin(tabB);
      const b = login(tabB);
      await expect(b.username).toHaveValue("ada");
      await b.username.fill("grace");
      await expect(b.saved).toHaveText("Saved in this browser: username grace, a password of 17 characters.");
      await expect(a.saved).toHaveText("Saved in this browser: username grace, a password of 17 characters.");
      // The inputs tab A filled from the state on load follow it too (its demo.load runs again)…
      await expect(a.username).toHaveValue("grace");
      // … so A's next edit saves on top of B's, not A's stale username: the last write wins in both.
      await a.password.fill("cobol");
      await expect(a.saved).toHaveText("Saved in this browser: username grace, a password of 5 characters.");
      await expect(b.saved).toHaveText("Saved in this browser: username grace, a password of 5 characters.");
      await expect(b.password).toHaveValue("cobol");
      await expectSaved(tabB, ["grace", "cobol"]);
      await tabB.reload();
      await expect(b.username).toHaveValue("grace");
      await expect(b.password).toHaveValue("cobol");
      expect(errorsA).toEqual([]);
      expect(errorsB).toEqual([]);
    } finally {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
