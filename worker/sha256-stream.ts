// The lazily loaded chunk with hash-wasm's streaming SHA-256 (large files only).
export { createSHA256 } from "hash-wasm";
