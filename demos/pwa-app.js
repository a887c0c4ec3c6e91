// The Field notes app of demos/pwa.html: loaded by <gradio-lite src>, so its
// service worker precaches this file with the page.
const app = gr.Blocks({ title: "Field notes" }, (demo) => {
  gr.Markdown(
    "# Field notes\n" +
      "Visit once online and this app keeps working with the network off: the page, the runtime, this code and " +
      "its data file are cached by its service worker. Your note and attachment stay in this browser.",
  );
  let note, attachment, kept;
  gr.Row(() => {
    gr.Column(() => {
      note = gr.Textbox({ label: "Note", lines: 4, placeholder: "What did you see?" });
      const count = gr.Button("Count words", { variant: "primary" });
      const words = gr.Number({ label: "Words" });
      count.click((text) => text.trim().split(/\s+/).filter(Boolean).length, note, words, { apiName: "count_words" });
    });
    gr.Column(() => {
      attachment = gr.File({ label: "Attachment" });
      const species = gr.Markdown("", { elemId: "species" });
      // penguins.csv is a <gradio-file>: in the app's file cache, offline too.
      demo.load(
        async () => {
          const rows = (await (await gr.readFile("penguins.csv")).text()).trim().split("\n").slice(1);
          const names = [...new Set(rows.map((row) => row.split(",")[0]))];
          return `**${rows.length} penguins** in penguins.csv: ${names.join(", ")}.`;
        },
        null,
        species,
      );
    });
  });
  kept = gr.BrowserState({ note: "", attachment: null }, { storageKey: "gradio-lite-demo-field-notes" });
  gr.on([note.change, attachment.change], (text, file) => ({ note: text, attachment: file }), [note, attachment], kept);
  demo.load((saved) => [saved.note, saved.attachment], kept, [note, attachment]);
});

app.launch({ pwa: true, favicon: "assets/star.svg" });
