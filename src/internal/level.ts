/** Clamps a heading level from an attribute to 1–`max` (default 6); anything not a number gives 2. */
export function clampLevel(level: number, max = 6): number {
  return Math.min(Math.max(Math.trunc(level) || 2, 1), max);
}
