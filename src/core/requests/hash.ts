// A short, stable text hash for the keys and fingerprints a request carries. Not for secrets: it only has to
// tell measures and texts apart (53 bits: no collision to expect among a plan's few thousand texts).

/** cyrb53 (public domain): two 32-bit multiply-xorshift lanes combined into 53 bits. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 14 lowercase hex digits. */
export function textHash(text: string): string {
  return cyrb53(text).toString(16).padStart(14, '0');
}
