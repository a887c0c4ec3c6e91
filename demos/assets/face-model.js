// Face detection with @vladmandic/face-api, in the app's worker (docs/models.md).
// The library (tfjs inside) and the weights of its four small nets are static
// files the build copies to dist/demo-vendor/face-api/: nothing comes from a
// model hub. The model loads once per worker (one promise, shared by every
// caller), and its weights go through the Cache API, so the next visit reads
// them from the browser instead of the network.

const VENDOR = new URL("../../dist/demo-vendor/face-api/", import.meta.url).href;
const WEIGHTS_CACHE = "face-api-1.7.15-weights";

/** A fetch that answers from the Cache API first, and keeps what it fetched there. */
async function cachedFetch(url, init) {
  const cache = await caches.open(WEIGHTS_CACHE).catch(() => null);
  const hit = await cache?.match(url);
  if (hit) return hit;
  const response = await fetch(url, init);
  if (response.ok) await cache?.put(url, response.clone()).catch(() => {});
  return response;
}

/**
 * tfjs picks WebGL on a real GPU (an OffscreenCanvas in the worker); on a
 * software renderer (SwiftShader, llvmpipe: headless Chromium, a machine
 * without GPU) WebGL is slower than plain JavaScript and compiles its
 * shaders for a minute, so the "cpu" backend runs instead.
 */
function hardwareWebGL() {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext("webgl2");
    if (!gl) return false;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

/**
 * face-api looks for a page (`window`, `document`); a worker has none. It
 * needs no DOM for tensors, so it gets an environment of OffscreenCanvas,
 * and our caching fetch for its weights.
 */
function workerEnv(faceapi) {
  const none = (what) => () => {
    throw new Error(`face-api: no ${what} in a worker (give it ImageData or a tensor)`);
  };
  faceapi.env.setEnv({
    Canvas: OffscreenCanvas,
    CanvasRenderingContext2D: OffscreenCanvasRenderingContext2D,
    Image: class {},
    ImageData,
    Video: class {},
    createCanvasElement: () => new OffscreenCanvas(1, 1),
    createImageElement: none("<img>"),
    createVideoElement: none("<video>"),
    fetch: cachedFetch,
    readFile: none("file system"),
  });
}

/**
 * A net's weights: its manifest, then its weight files, both through the
 * Cache API (face-api's own `loadFromUri` fetches the weight files through
 * tfjs, past any fetch we give it).
 */
async function loadWeights(faceapi, name) {
  const manifest = await (await cachedFetch(`${VENDOR}model/${name}-weights_manifest.json`)).json();
  const fetchAll = (urls) => Promise.all(urls.map(async (url) => (await cachedFetch(url)).arrayBuffer()));
  return faceapi.tf.io.weightsLoaderFactory(fetchAll)(manifest, `${VENDOR}model/`);
}

let loading = null;

/**
 * The model, loaded on first use: the library, a backend, then the four
 * nets. `onProgress(fraction, description)` hears each step; a caller that
 * comes while it loads waits for the same load. A failed load is forgotten,
 * so the next call tries again.
 */
export function loadModel(onProgress = () => {}) {
  loading ??= (async () => {
    const started = performance.now();
    onProgress(0, "Loading face-api (tfjs)…");
    const faceapi = await import(`${VENDOR}face-api.esm.js`);
    workerEnv(faceapi);
    const backend = hardwareWebGL() && (await faceapi.tf.setBackend("webgl").catch(() => false)) ? "webgl" : "cpu";
    if (backend === "cpu") await faceapi.tf.setBackend("cpu");
    await faceapi.tf.ready();
    const nets = {
      tiny_face_detector_model: faceapi.nets.tinyFaceDetector,
      face_landmark_68_tiny_model: faceapi.nets.faceLandmark68TinyNet,
      face_expression_model: faceapi.nets.faceExpressionNet,
      age_gender_model: faceapi.nets.ageGenderNet,
    };
    let done = 0;
    onProgress(0.2, "Loading the model's weights (1.05 MB)…");
    await Promise.all(
      Object.entries(nets).map(async ([name, net]) => {
        net.loadFromWeightMap(await loadWeights(faceapi, name));
        onProgress(0.2 + (0.8 * ++done) / 4, `Loaded ${done} of 4 nets`);
      }),
    );
    return { faceapi, backend, loadMs: performance.now() - started };
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/**
 * The faces in `pixels` (ImageData), largest first: each one's box
 * `[x1, y1, x2, y2]` in the image's pixels, detection score, expressions
 * (`{ happy: 0.98, … }`) and estimated age. `inputSize` is the detector's
 * (a multiple of 32): smaller is faster, larger finds smaller faces.
 */
export async function detectFaces(pixels, { inputSize = 224, minScore = 0.5, onProgress } = {}) {
  const { faceapi } = await loadModel(onProgress);
  const tensor = faceapi.tf.browser.fromPixels(pixels);
  try {
    const options = new faceapi.TinyFaceDetectorOptions({ inputSize, scoreThreshold: minScore });
    const found = await faceapi.detectAllFaces(tensor, options).withFaceLandmarks(true).withFaceExpressions().withAgeAndGender();
    return found
      .map((f) => {
        const { x, y, width, height } = f.detection.box;
        return {
          box: [Math.round(x), Math.round(y), Math.round(x + width), Math.round(y + height)],
          score: f.detection.score,
          expressions: { ...f.expressions },
          age: f.age,
        };
      })
      .sort((a, b) => (b.box[2] - b.box[0]) * (b.box[3] - b.box[1]) - (a.box[2] - a.box[0]) * (a.box[3] - a.box[1]));
  } finally {
    tensor.dispose();
  }
}

/** A face's top expression. */
export const topExpression = (face) => Object.entries(face.expressions).sort((a, b) => b[1] - a[1])[0][0];
