// SHA-256 of a Blob without a second whole copy in memory: small files in
// one WebCrypto call, large ones in 8 MB slices through hash-wasm's streaming
// hasher (WebCrypto has no incremental digest). hash-wasm loads only then.

const CHUNK = 8 * 1024 * 1024;

export async function sha256(blob: Blob): Promise<string> {
  if (blob.size <= CHUNK) {
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
