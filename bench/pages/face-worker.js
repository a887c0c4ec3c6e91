// bench/face-model.mjs's baseline: the same model code in a bare module worker, no gradio-lite.
import { detectFaces, loadModel } from "/demos/assets/face-model.js";

const pixels = (async () => {
  const bitmap = await createImageBitmap(await (await fetch("/demos/assets/astronaut.jpg")).blob());
  const g = new OffscreenCanvas(bitmap.width, bitmap.height).getContext("2d");
  g.drawImage(bitmap, 0, 0);
  return g.getImageData(0, 0, bitmap.width, bitmap.height);
})();

onmessage = async () => {
  const faces = await detectFaces(await pixels);
  postMessage({ faces: faces.length, box: faces[0]?.box ?? null, backend: (await loadModel()).backend });
};
