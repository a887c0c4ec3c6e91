// The streaming-inputs guide's transform_cv2, without OpenCV: the same three
// filters on an ImageData, in plain JavaScript, fast enough for 640×480 at
// 10 frames a second in a worker. Imported by the demo apps of
// demos/streaming-inputs.html (an app may import modules by URL).

/** Luma of each pixel (cv2.COLOR_RGB2GRAY's weights). */
function gray({ data, width, height }) {
  const g = new Float32Array(width * height);
  for (let i = 0, p = 0; i < g.length; i++, p += 4) g[i] = 0.299 * data[p] + 0.587 * data[p + 1] + 0.114 * data[p + 2];
  return g;
}

/** The mean of each pixel's (2r+1)² neighbourhood (clamped at the edges), from a summed-area table. */
function boxMean(src, width, height, r) {
  const w1 = width + 1;
  const sum = new Float64Array(w1 * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += src[y * width + x];
      sum[(y + 1) * w1 + x + 1] = sum[y * w1 + x + 1] + row;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(height, y + r + 1);
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(width, x + r + 1);
      const total = sum[y1 * w1 + x1] - sum[y0 * w1 + x1] - sum[y1 * w1 + x0] + sum[y0 * w1 + x0];
      out[y * width + x] = total / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/** One colour channel of an image, as floats. */
function channel({ data }, c) {
  const out = new Float32Array(data.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = data[i * 4 + c];
  return out;
}

/** np.flipud: the rows in reverse order. */
function flip(frame) {
  const { width, height, data } = frame;
  const out = new ImageData(width, height);
  const row = width * 4;
  for (let y = 0; y < height; y++) out.data.set(data.subarray(y * row, (y + 1) * row), (height - 1 - y) * row);
  return out;
}

/** cv2.Canny's look: white edges on black, from the Sobel gradient of a lightly blurred luma. */
function edges(frame) {
  const { width, height } = frame;
  const g = boxMean(gray(frame), width, height, 1);
  const out = new ImageData(width, height);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x;
      const gx = g[i - width + 1] + 2 * g[i + 1] + g[i + width + 1] - g[i - width - 1] - 2 * g[i - 1] - g[i + width - 1];
      const gy = g[i + width - 1] + 2 * g[i + width] + g[i + width + 1] - g[i - width - 1] - 2 * g[i - width] - g[i - width + 1];
      const v = Math.abs(gx) + Math.abs(gy) > 120 ? 255 : 0;
      out.data[i * 4] = out.data[i * 4 + 1] = out.data[i * 4 + 2] = v;
      out.data[i * 4 + 3] = 255;
    }
  }
  for (let i = 3; i < out.data.length; i += 4) out.data[i] = 255;
  return out;
}

/**
 * The guide's cartoon: smoothed, flattened colour (its bilateral filters)
 * masked by dark outlines (its adaptive threshold of a blurred luma).
 */
function cartoon(frame) {
  const { width, height } = frame;
  const colour = [0, 1, 2].map((c) => boxMean(channel(frame, c), width, height, 3));
  const luma = boxMean(gray(frame), width, height, 2);
  const local = boxMean(luma, width, height, 4);
  const out = new ImageData(width, height);
  const step = 40;
  for (let i = 0; i < width * height; i++) {
    const line = luma[i] < local[i] - 2;
    for (let c = 0; c < 3; c++) out.data[i * 4 + c] = line ? 0 : Math.min(255, Math.round(colour[c][i] / step) * step + step / 2);
    out.data[i * 4 + 3] = 255;
  }
  return out;
}

/** transform_cv2(frame, transform): "cartoon", "edges", or a vertical flip. */
export function transformCv2(frame, transform) {
  if (transform === "cartoon") return cartoon(frame);
  if (transform === "edges") return edges(frame);
  return flip(frame);
}
