import { chromium } from "playwright";
const [width, scheme, sel, out] = [Number(process.argv[2]), process.argv[3], process.argv[4], process.argv[5]];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu"] });
const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
await page.goto("http://127.0.0.1:8173/demos/image-editor.html");
await page.waitForTimeout(4000);
if (process.argv[6] === "layers") { await page.locator("#set-background").click(); await page.waitForTimeout(1000); await page.locator("#get-layers").click(); await page.waitForTimeout(1500); }
if (process.argv[6] === "crop") { const ed = page.locator("#image_editor"); await page.locator("#set-photo").click(); await page.waitForTimeout(1200); await ed.getByRole("button", { name: "Crop" }).click(); await page.waitForTimeout(500); }
if (process.argv[6] === "resize") { const ed = page.locator("#image_editor"); await page.locator("#set-photo").click(); await page.waitForTimeout(1200); await ed.getByRole("button", { name: "Resize" }).click(); await page.waitForTimeout(500); }
await page.locator(sel).screenshot({ path: out });
await browser.close();
