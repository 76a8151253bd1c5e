// The benchmark's statistics: medians, and ratios of rounds run side by side.

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Rounds alternate, so each round of `subject` has a round of `baseline` beside it: the median of those ratios. */
export const pairedRatio = (subject, baseline, key) => median(subject.map((times, round) => times[key] / baseline[round][key]));
