/** CPU time of a call in milliseconds (user + system), with its result. */
export function cpuTimed<T>(run: () => T): { result: T; ms: number } {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  return { result, ms: (used.user + used.system) / 1000 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
