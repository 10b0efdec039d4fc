/** Integers before a list's items: its size class and its length. */
const HEADER = 2;
/** The smallest list's room for items. */
const SMALLEST = 2;

/**
 * Short lists of integers (posting lists, LSH buckets) in one typed column rather than one array
 * each: a long run keeps millions of them, which as arrays would be as many objects for the
 * garbage collector to mark at every full collection. A list is known by its handle (where it
 * starts); it has room for a power of two of items, and moves to a block twice as large when it
 * outgrows it, which may change its handle. Blocks given up are reused by lists of their size.
 */
export class IntLists {
  private cells = new Int32Array(1024);
  private fill = 0;
  /** Per size class (room = SMALLEST << class), the handles of blocks given up. */
  private readonly free: number[][] = [];

  /** A new list of two items, in that order. */
  pair(first: number, second: number): number {
    const list = this.allocate(0);
    this.cells[list + 1] = 2;
    this.cells[list + HEADER] = first;
    this.cells[list + HEADER + 1] = second;
    return list;
  }

  length(list: number): number {
    return this.cells[list + 1]!;
  }

  at(list: number, index: number): number {
    return this.cells[list + HEADER + index]!;
  }

  /** The list's items, oldest first, as an array of their own. */
  items(list: number): number[] {
    const start = list + HEADER;
    const out = new Array<number>(this.cells[list + 1]!);
    for (let i = 0; i < out.length; i++) out[i] = this.cells[start + i]!;
    return out;
  }

  indexOf(list: number, value: number): number {
    const cells = this.cells;
    const start = list + HEADER;
    const end = start + cells[list + 1]!;
    for (let at = start; at < end; at++) if (cells[at] === value) return at - start;
    return -1;
  }

  /** Appends an item; returns the list's handle, which changes when it had to move. */
  push(list: number, value: number): number {
    const length = this.cells[list + 1]!;
    if (length === SMALLEST << this.cells[list]!) list = this.move(list);
    this.cells[list + HEADER + length] = value;
    this.cells[list + 1] = length + 1;
    return list;
  }

  /** Removes `count` items from `index` on, the later ones moving up. */
  remove(list: number, index: number, count = 1): void {
    const start = list + HEADER;
    const length = this.cells[list + 1]!;
    this.cells.copyWithin(start + index, start + index + count, start + length);
    this.cells[list + 1] = length - count;
  }

  /** A block with room for `SMALLEST << sizeClass` items, its header's class set. */
  private allocate(sizeClass: number): number {
    const reused = this.free[sizeClass]?.pop();
    if (reused !== undefined) return reused;
    const size = HEADER + (SMALLEST << sizeClass);
    if (this.fill + size > this.cells.length) {
      let length = this.cells.length * 2;
      while (this.fill + size > length) length *= 2;
      const wider = new Int32Array(length);
      wider.set(this.cells);
      this.cells = wider;
    }
    const list = this.fill;
    this.fill += size;
    this.cells[list] = sizeClass;
    return list;
  }

  /** Moves a full list to a block twice as large and gives its block up. */
  private move(list: number): number {
    const sizeClass = this.cells[list]!;
    const moved = this.allocate(sizeClass + 1);
    const length = this.cells[list + 1]!;
    this.cells.copyWithin(moved + 1, list + 1, list + HEADER + length);
    (this.free[sizeClass] ??= []).push(list);
    return moved;
  }
}
