/**
 * A content hash of bytes (sha256, hex), with node:crypto loaded on first use: loading it costs
 * a run some 5 ms, and most decks have no picture to hash.
 */
export function sha256(bytes: Uint8Array): string {
  const { createHash } = process.getBuiltinModule('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}
