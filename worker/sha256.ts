// SHA-256 of a Blob. Up to 64 MB in one WebCrypto call (the fastest, with
// one copy of the file in the worker for a moment); larger files in 8 MB
// slices through hash-wasm's streaming hasher (WebCrypto has no incremental
// digest), so a 200 MB file is never held twice. hash-wasm loads only then.

const CHUNK = 8 * 1024 * 1024;
const ONE_SHOT = 64 * 1024 * 1024;

export async function sha256(blob: Blob): Promise<string> {
  if (blob.size <= ONE_SHOT) {
    const digest = await crypto.subtle.digest("SHA-256", await blob.arrayBuffer());
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  }
  const { createSHA256 } = await import("./sha256-stream.ts");
  const hasher = await createSHA256();
  for (let at = 0; at < blob.size; at += CHUNK) {
    hasher.update(new Uint8Array(await blob.slice(at, at + CHUNK).arrayBuffer()));
  }
  return hasher.digest("hex");
}
