/**
 * A whole number with a comma between thousands, as en-GB writes it ("12,345"). Written out
 * rather than left to `toLocaleString`, whose first call loads the browser's number formats:
 * 10–20 ms on the first screen, where the masthead counts the events.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
