type Column = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;

/** A copy of a typed column with room for `size` entries (twice its length unless told). */
export function widenColumn<T extends Column>(column: T, size = column.length * 2): T {
  const wider = new (column.constructor as new (length: number) => T)(size);
  wider.set(column);
  return wider;
}
