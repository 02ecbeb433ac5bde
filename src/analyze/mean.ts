// The mean of the values recorded, skipping days that recorded none: mood by week, by month, over a moving window.

export function mean(values: readonly (number | undefined)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value === undefined) continue;
    sum += value;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}
