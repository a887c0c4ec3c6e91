// BrowserState's `secret`: values are sealed with AES-GCM (WebCrypto), the
// key derived from the secret with PBKDF2, salted with the storage key.
// Anything that fails to open (wrong secret, tampering) is an error the
// caller turns into "use the default value and warn".

export interface Sealed {
  sealed: 1;
  iv: Uint8Array;
  data: ArrayBuffer;
}

const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string, salt: string): Promise<CryptoKey> {
  const id = `${salt}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    const enc = new TextEncoder();
    key = crypto.subtle
      .importKey("raw", enc.encode(secret), "PBKDF2", false, ["deriveKey"])
      .then((base) =>
        crypto.subtle.deriveKey(
          { name: "PBKDF2", salt: enc.encode(salt), iterations: 100_000, hash: "SHA-256" },
          base,
          { name: "AES-GCM", length: 256 },
          false,
          ["encrypt", "decrypt"],
        ),
      );
    keys.set(id, key);
  }
  return key;
}

export async function seal(value: unknown, secret: string, salt: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  const data = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await keyFor(secret, salt), plain);
  return { sealed: 1, iv, data };
}

export async function unseal(box: unknown, secret: string, salt: string): Promise<unknown> {
  const b = box as Partial<Sealed> | null;
  if (!b || b.sealed !== 1 || !(b.iv instanceof Uint8Array) || !(b.data instanceof ArrayBuffer)) {
    throw new Error("the stored value is not encrypted with this app's secret");
  }
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: b.iv as Uint8Array<ArrayBuffer> }, await keyFor(secret, salt), b.data);
  return JSON.parse(new TextDecoder().decode(plain));
}
