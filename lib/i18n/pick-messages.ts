type Tree = { [key: string]: unknown };

/**
 * The part of a message catalogue that some client components need:
 * `pickMessages(messages, ["check", "common.validation"])` keeps the whole
 * `check` namespace and only `validation` of `common`. Paths that do not exist
 * are skipped (a missing message then shows as it would without picking).
 * The catalogue itself is never modified.
 */
export function pickMessages(messages: Tree, paths: readonly string[]): Tree {
  const out: Tree = {};
  const made = new WeakSet<object>([out]); // objects built here, as opposed to the catalogue's own
  // Wider paths first: a narrower one inside a part already taken whole adds nothing.
  const ordered = paths.map((p) => p.split(".")).sort((a, b) => a.length - b.length);
  for (const keys of ordered) {
    let source: unknown = messages;
    for (const key of keys) source = source !== null && typeof source === "object" ? (source as Tree)[key] : undefined;
    if (source === undefined) continue;
    let target: Tree | null = out;
    for (const key of keys.slice(0, -1)) {
      let next: unknown = target[key];
      if (next === undefined) made.add((next = target[key] = {}));
      target = made.has(next as object) ? (next as Tree) : null;
      if (!target) break;
    }
    const last = keys[keys.length - 1]!;
    if (target && target[last] === undefined) target[last] = source;
  }
  return out;
}
