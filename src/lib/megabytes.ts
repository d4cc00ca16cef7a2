/** A byte count as people read it: "3.4 MB", or "64 MB" from ten up. */
export function megabytes(bytes: number): string {
  const tenths = Math.round(bytes / 1024 / 1024 / 0.1) / 10;
  return `${tenths.toFixed(tenths < 10 ? 1 : 0)} MB`;
}
