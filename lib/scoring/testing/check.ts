/**
 * A cheap assertion for the inner loops of property tests: `expect` is slow
 * when called tens of thousands of times; fast-check reports the thrown error
 * together with the counterexample.
 */
export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
