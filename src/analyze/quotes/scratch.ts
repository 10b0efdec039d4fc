/**
 * Reusable zeroed arrays for one call's indexes. A fresh typed array per article allocates an
 * off-heap backing store, and that external memory triggers full collections of a heap that holds
 * the whole NLP model: the analysis then spends more time in the collector than in its own code.
 * Views into buffers kept across calls avoid that. Only for data that does not outlive the call;
 * each layer keeps its own pool.
 */
export class ScratchPool {
  private readonly u8: Uint8Array[] = [];
  private readonly i32: Int32Array[] = [];

  /** A zeroed view of `length` bytes in buffer `slot`. */
  bytes(slot: number, length: number): Uint8Array {
    let buffer = this.u8[slot];
    if (!buffer || buffer.length < length) {
      buffer = new Uint8Array(Math.max(4096, length * 2));
      this.u8[slot] = buffer;
    }
    const view = buffer.subarray(0, length);
    view.fill(0);
    return view;
  }

  /** A view of `length` integers in buffer `slot`, all set to `fill`. */
  ints(slot: number, length: number, fill = 0): Int32Array {
    let buffer = this.i32[slot];
    if (!buffer || buffer.length < length) {
      buffer = new Int32Array(Math.max(4096, length * 2));
      this.i32[slot] = buffer;
    }
    const view = buffer.subarray(0, length);
    view.fill(fill);
    return view;
  }
}

/** The quote layer's pool. */
export const quoteScratch = new ScratchPool();
