import { expect, test, type Page } from "@playwright/test";
import { openDemo, pickOption } from "./helpers.ts";

function app(page: Page) {
  return page.locator("gradio-lite#form");
}

test.describe("form: every component", () => {
  test.beforeEach(async ({ page }) => {
    await openDemo(page, "demos/form.html");
  });

  test("renders every component with an accessible native control", async ({ page }) => {
    const form = app(page);
    await expect(form.getByRole("heading", { name: "Book a trip" })).toBeVisible(); // Markdown
    // Textbox, single- and multi-line.
    await expect(form.getByRole("textbox", { name: "Full name" })).toHaveAttribute("placeholder", "Ada Lovelace");
    const requests = form.getByRole("textbox", { name: "Special requests" });
    await expect(requests).toBeVisible();
    expect(await requests.evaluate((el) => el.tagName)).toBe("TEXTAREA");
    await expect(requests).toHaveAttribute("rows", "3");
    // Number and Slider (a range input plus its number box).
    await expect(form.getByRole("spinbutton", { name: "Travellers" })).toHaveValue("2");
    await expect(form.getByRole("slider", { name: "Nights" })).toHaveValue("3");
    await expect(form.getByRole("spinbutton", { name: "Nights (number)" })).toHaveValue("3");
    // Checkbox.
    await expect(form.getByRole("checkbox", { name: "Travel insurance" })).not.toBeChecked();
    // CheckboxGroup: a labelled group of checkboxes.
    const extras = form.getByRole("group", { name: "Extras" });
    await expect(extras.getByRole("checkbox")).toHaveCount(3);
    await expect(extras.getByRole("checkbox", { name: "Airport transfer" })).toBeVisible();
    // Radio: a labelled radiogroup.
    const cabin = form.getByRole("radiogroup", { name: "Cabin class" });
    await expect(cabin.getByRole("radio")).toHaveCount(3);
    await expect(cabin.getByRole("radio", { name: "Economy" })).toBeChecked();
    // Dropdown: Gradio 5's combobox, single (its value's label in the field) and multiselect (chips).
    const origin = form.getByRole("combobox", { name: "Origin" });
    await expect(origin).toHaveValue("DFW");
    await expect(origin).toHaveAttribute("aria-expanded", "false");
    const destinations = form.getByRole("combobox", { name: "Destinations" });
    await expect(form.locator("#destinations .gr-dropdown-token")).toHaveText(["Lisbon"]);
    await expect(form.getByRole("button", { name: "Remove Lisbon" })).toBeVisible();
    await destinations.click();
    const list = page.getByRole("listbox", { name: "Destinations" });
    await expect(list.getByRole("option")).toHaveText(["Lisbon", "Kyoto", "Reykjavík", "Cusco"]);
    await expect(list.getByRole("option", { selected: true })).toHaveText(["Lisbon"]);
    await destinations.press("Escape");
    await expect(list).toBeHidden();
    // Button.
    await expect(form.getByRole("button", { name: "Submit" })).toBeEnabled();
    // Outputs: a read-only Number, Label, JSON and HTML, found by their elemIds.
    await expect(form.getByRole("spinbutton", { name: "Estimated fare (USD)" })).toBeDisabled();
    await expect(form.locator("#trip-style")).toContainText("Trip style");
    await expect(form.locator("#summary")).toContainText("Booking summary");
    await expect(form.locator("#ticket")).toHaveCount(1);
    // Info texts are shown.
    await expect(form.getByText("As on the passport")).toBeVisible();
    await expect(form.getByText("$29 per traveller")).toBeVisible();
  });

  test("a textbox's info text is its accessible description", async ({ page }) => {
    // The textbox points aria-describedby at an id its info text should carry.
    await expect(app(page).getByRole("textbox", { name: "Full name" })).toHaveAccessibleDescription("As on the passport", {
      timeout: 2000, // rendered already: no need to wait long
    });
  });

  test("the JSON and Label blocks are styled like the other blocks", async ({ page }) => {
    const form = app(page);
    const style = (selector: string, prop: string) =>
      form.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);
    // A JSON block's label uses the same font as a textbox's label (only its value is monospace).
    expect.soft(await style("#summary .gr-block-label", "font-family")).toBe(await style("#name .gr-block-label", "font-family"));
    // A Label block is a block, and its text has the normal text colour.
    expect.soft(await style("#trip-style", "display")).toBe(await style("#summary", "display"));
    expect.soft(await style("#trip-style", "color")).toBe(await style("#summary", "color"));
  });

  test("the load listener ran: status line and initial fare", async ({ page }) => {
    await expect(app(page).locator("#status")).toContainText(/Form ready · session \w+/);
    await expect(app(page).getByRole("spinbutton", { name: "Estimated fare (USD)" })).toHaveValue("540");
  });

  test("an input listener greets while the name is typed", async ({ page }) => {
    const name = app(page).getByRole("textbox", { name: "Full name" });
    await name.pressSequentially("Ada");
    await expect(app(page).locator("#greeting")).toHaveText("Booking for Ada");
    await name.press("Backspace");
    await expect(app(page).locator("#greeting")).toHaveText("Booking for Ad");
  });

  test("change listeners recompute the fare from travellers, nights and cabin", async ({ page }) => {
    const form = app(page);
    const fare = form.getByRole("spinbutton", { name: "Estimated fare (USD)" });
    await expect(fare).toHaveValue("540"); // 2 × 3 × 90, from load
    const nights = form.getByRole("slider", { name: "Nights" });
    await nights.focus();
    await nights.press("ArrowRight");
    await expect(form.getByRole("spinbutton", { name: "Nights (number)" })).toHaveValue("4");
    await expect(fare).toHaveValue("720"); // 2 × 4 × 90
    await form.getByRole("radio", { name: "Business" }).check();
    await expect(fare).toHaveValue("2560"); // 2 × 4 × 320
    await form.getByRole("spinbutton", { name: "Travellers" }).fill("3");
    await expect(fare).toHaveValue("3840"); // 3 × 4 × 320
  });

  test("Submit sends every input and shows JSON, Label, Markdown and HTML; outputs are busy meanwhile", async ({ page }) => {
    const form = app(page);
    await form.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
    await form.getByRole("textbox", { name: "Special requests" }).fill("Window seat\nVegetarian meals");
    await pickOption(form.getByRole("combobox", { name: "Origin" }), "AUS");
    await form.getByRole("button", { name: "Remove Lisbon" }).click();
    await pickOption(form.getByRole("combobox", { name: "Destinations" }), "Kyoto", "Cusco");
    await form.getByRole("group", { name: "Extras" }).getByRole("checkbox", { name: "Breakfast" }).check();
    await form.getByRole("checkbox", { name: "Travel insurance" }).check();
    await form.getByRole("button", { name: "Submit" }).click();

    // The handler takes ~800 ms: every output shows the pending state.
    for (const id of ["summary", "trip-style", "confirmation", "ticket"]) {
      await expect(form.locator(`#${id}`)).toHaveAttribute("aria-busy", "true");
    }
    await expect(form.locator("#summary").getByRole("status")).toContainText("processing");

    const summary = form.locator("#summary");
    await expect(summary).toContainText('"leadTraveller": "Ada Lovelace"');
    await expect(summary).toContainText('"route": [');
    await expect(summary).toContainText('"Cusco"');
    await expect(summary).toContainText('"extras": [');
    await expect(summary).toContainText('"insurance": true');
    await expect(summary).toContainText('"requests": "Window seat\\nVegetarian meals"');
    // 2 × 3 × 90 + breakfast 15 × 3 × 2 + insurance 29 × 2
    await expect(summary).toContainText('"totalUsd": 688');

    // Label: Kyoto + Cusco make it a culture trip (5 : 3 : 2).
    const style = form.locator("#trip-style");
    await expect(style.locator("output")).toHaveText("Culture");
    await expect(style.getByRole("listitem")).toHaveText([/Culture\s*50%/, /Adventure\s*30%/, /Relaxation\s*20%/]);

    await expect(form.locator("#confirmation").getByRole("heading", { level: 3 })).toHaveText(/Booking GL-\w+ confirmed/);
    await expect(form.locator("#confirmation")).toContainText("Route: AUS → Kyoto → Cusco. Total: $688.");
    await expect(form.locator("#confirmation strong").first()).toHaveText("Ada Lovelace");

    const ticket = form.locator("#ticket .ticket");
    await expect(ticket).toContainText("Boarding pass");
    await expect(ticket.locator(".route")).toHaveText("AUS → Kyoto → Cusco");

    for (const id of ["summary", "trip-style", "confirmation", "ticket"]) {
      await expect(form.locator(`#${id}`)).not.toHaveAttribute("aria-busy", "true");
    }
  });

  test("the HTML output shows user text as text, not markup", async ({ page }) => {
    const form = app(page);
    await form.getByRole("textbox", { name: "Full name" }).fill("<b>Bold</b> & Co");
    await form.getByRole("button", { name: "Submit" }).click();
    await expect(form.locator("#ticket small")).toHaveText("Passenger: <b>Bold</b> & Co");
    await expect(form.locator("#ticket b")).toHaveCount(0);
  });

  test("a missing name is a gr.Error toast, and the form still submits afterwards", async ({ page }) => {
    const form = app(page);
    await form.getByRole("button", { name: "Submit" }).click();
    const toast = form.getByRole("alert");
    await expect(toast).toContainText("Please enter the lead traveller's full name.");
    await toast.getByRole("button", { name: "Dismiss error" }).click();
    await expect(toast).toHaveCount(0);
    await form.getByRole("textbox", { name: "Full name" }).fill("Grace Hopper");
    await form.getByRole("button", { name: "Submit" }).click();
    await expect(form.locator("#summary")).toContainText('"leadTraveller": "Grace Hopper"');
  });
});
