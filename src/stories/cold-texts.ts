import { Buffer } from 'node:buffer';
import { widenColumn } from './widen-column.js';

/** Bytes per block: texts are appended to the last one until it is full. */
const BLOCK = 1 << 24;

/**
 * Texts kept outside the JavaScript heap: appended as UTF-16 to large buffers and read back as
 * strings. Whatever a long run no longer touches (stories past the time window of new articles)
 * can be put away here as one text each, so that the garbage collector, which marks every live
 * object at each full collection, never sees the objects it was made of. A text is read any number
 * of times; one written again in its place takes its old room when it fits there (a story read
 * back and put away unchanged), else new room, and the old room is not reused.
 */
export class ColdTexts {
  private readonly blocks: Buffer[] = [];
  private fill = BLOCK;
  /** Per text: its block, where it starts in it (in bytes), its length and its room in bytes. */
  private blockOf = new Int32Array(1024);
  private startOf = new Int32Array(1024);
  private bytesOf = new Int32Array(1024);
  private roomOf = new Int32Array(1024);
  private count = 0;

  /** Texts written so far. */
  get size(): number {
    return this.count;
  }

  /** Bytes held in blocks, written or not. */
  get capacity(): number {
    let bytes = 0;
    for (const block of this.blocks) bytes += block.length;
    return bytes;
  }

  /** Keeps a text and returns its number, by which `read` finds it. */
  write(text: string): number {
    const bytes = text.length * 2;
    const last = this.blocks[this.blocks.length - 1];
    if (!last || this.fill + bytes > last.length) {
      this.blocks.push(Buffer.allocUnsafeSlow(Math.max(BLOCK, bytes)));
      this.fill = 0;
    }
    const number = this.count++;
    if (number === this.blockOf.length) {
      this.blockOf = widenColumn(this.blockOf);
      this.startOf = widenColumn(this.startOf);
      this.bytesOf = widenColumn(this.bytesOf);
      this.roomOf = widenColumn(this.roomOf);
    }
    const block = this.blocks[this.blocks.length - 1]!;
    const written = block.write(text, this.fill, 'utf16le');
    if (written !== bytes) throw new RangeError('cold text not written in full');
    this.blockOf[number] = this.blocks.length - 1;
    this.startOf[number] = this.fill;
    this.bytesOf[number] = bytes;
    this.roomOf[number] = bytes;
    this.fill += bytes;
    return number;
  }

  /**
   * Keeps a text in place of the one kept under `number` when it fits in its room, and returns
   * that number; else keeps it as `write` does and returns its new number.
   */
  rewrite(number: number, text: string): number {
    if (!(number >= 0 && number < this.count)) throw new RangeError(`no cold text ${number}`);
    const bytes = text.length * 2;
    if (bytes > this.roomOf[number]!) return this.write(text);
    const written = this.blocks[this.blockOf[number]!]!.write(
      text,
      this.startOf[number]!,
      'utf16le',
    );
    if (written !== bytes) throw new RangeError('cold text not written in full');
    this.bytesOf[number] = bytes;
    return number;
  }

  /** The text kept under a number. */
  read(number: number): string {
    if (!(number >= 0 && number < this.count)) throw new RangeError(`no cold text ${number}`);
    const start = this.startOf[number]!;
    return this.blocks[this.blockOf[number]!]!.toString(
      'utf16le',
      start,
      start + this.bytesOf[number]!,
    );
  }
}
