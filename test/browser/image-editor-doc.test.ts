// The ImageEditor's document on its own (components/image-editor/view/
// document.ts, real canvases): strokes, the eraser, layers added, removed,
// hidden, a crop and a background, each undone and redone to the pixel.
import { describe, expect, it } from "vitest";
import { EditorDoc } from "../../components/image-editor/view/document.ts";

const RED = { erase: false, color: "#ff0000", alpha: 1, radius: 2 };
const at = (doc: EditorDoc, x: number, y: number) => [...doc.composite().getContext("2d")!.getImageData(x, y, 1, 1).data];
function line(doc: EditorDoc, y: number, tool = RED): void {
  doc.begin(2, y, tool);
  doc.to(18, y);
  doc.end();
}

describe("EditorDoc", () => {
  it("draws, erases, and undoes and redoes each to the pixel", () => {
    const doc = new EditorDoc(20, 10, ["Layer 1"]);
    expect(doc.blank).toBe(true);
    line(doc, 5);
    expect(at(doc, 10, 5)).toEqual([255, 0, 0, 255]);
    // Half-opaque paint: Gradio's [colour, opacity], laid once over the stroke (no darker joins).
    line(doc, 2, { ...RED, color: "#0000ff", alpha: 0.5 });
    expect(at(doc, 10, 2)[3]).toBe(128);
    expect(at(doc, 12, 2)[3]).toBe(128);
    line(doc, 5, { ...RED, erase: true });
    expect(at(doc, 10, 5)).toEqual([0, 0, 0, 0]);
    doc.undo();
    expect(at(doc, 10, 5)).toEqual([255, 0, 0, 255]);
    doc.undo();
    doc.undo();
    expect(doc.canUndo).toBe(false);
    expect(doc.blank).toBe(true);
    doc.redo();
    expect(at(doc, 10, 5)).toEqual([255, 0, 0, 255]);
  });

  it("adds, hides and removes layers, and puts them back", () => {
    const doc = new EditorDoc(20, 10, ["Sketch"]);
    doc.addLayer();
    expect(doc.layers.map((l) => l.name)).toEqual(["Sketch", "Layer 2"]);
    expect(doc.activeLayer.name).toBe("Layer 2");
    line(doc, 5);
    const drawn = doc.activeLayer.id;
    doc.toggleLayer(drawn);
    expect(at(doc, 10, 5)[3]).toBe(0);
    doc.undo();
    expect(at(doc, 10, 5)[3]).toBe(255);
    doc.select(doc.layers[0]!.id);
    doc.removeLayer(drawn);
    expect(doc.layers.map((l) => l.name)).toEqual(["Sketch"]);
    expect(at(doc, 10, 5)[3]).toBe(0);
    doc.undo();
    expect(doc.layers.map((l) => l.name)).toEqual(["Sketch", "Layer 2"]);
    expect(doc.activeLayer.name).toBe("Sketch");
    expect(at(doc, 10, 5)).toEqual([255, 0, 0, 255]);
    doc.undo();
    doc.undo();
    expect(doc.layers.map((l) => l.name)).toEqual(["Sketch"]);
    doc.redo();
    expect(doc.activeLayer.name).toBe("Layer 2");
  });

  it("crops and takes a background (the canvas takes its size, or fits it when fixed), undone whole", () => {
    const doc = new EditorDoc(20, 10, ["Layer 1"]);
    line(doc, 5);
    doc.crop({ x: 5, y: 3, width: 10, height: 4 });
    expect([doc.width, doc.height]).toEqual([10, 4]);
    expect(at(doc, 5, 2)).toEqual([255, 0, 0, 255]);
    doc.undo();
    expect([doc.width, doc.height]).toEqual([20, 10]);
    expect(at(doc, 10, 5)).toEqual([255, 0, 0, 255]);
    const photo = new OffscreenCanvas(40, 40);
    const g = photo.getContext("2d")!;
    g.fillStyle = "#00ff00";
    g.fillRect(0, 0, 40, 40);
    doc.setBackground(photo, true);
    // Fixed: 40×40 fitted into 20×10 is 10×10, centred, the rest transparent.
    expect([doc.width, doc.height]).toEqual([20, 10]);
    expect(at(doc, 2, 2)[3]).toBe(0);
    expect(at(doc, 10, 2)).toEqual([0, 255, 0, 255]);
    doc.setBackground(photo, false);
    expect([doc.width, doc.height]).toEqual([40, 40]);
    doc.undo();
    doc.undo();
    expect(doc.background).toBeNull();
    expect(at(doc, 10, 5)).toEqual([255, 0, 0, 255]);
  });

  it("keeps 50 steps", () => {
    const doc = new EditorDoc(20, 10, ["Layer 1"]);
    for (let i = 0; i < 60; i++) line(doc, 5);
    let undone = 0;
    while (doc.undo()) undone++;
    expect(undone).toBe(50);
    // What the first ten strokes drew stays, and is still a picture.
    expect(doc.blank).toBe(false);
  });
});
