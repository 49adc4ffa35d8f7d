import type { TSESTree } from '@typescript-eslint/utils';

/**
 * Visits `root` and every node below it, parents before children. Returning `false` from `visit` skips that
 * node's children. For whole-file questions that a rule asks once (`this.x` uses, functions marked `"use server"`);
 * per-node questions belong in selectors.
 */
export function forEachNode(root: TSESTree.Node, visit: (node: TSESTree.Node) => boolean | void): void {
  if (visit(root) === false) return;
  for (const key of Object.keys(root) as (keyof typeof root)[]) {
    if (SKIPPED_KEYS.has(key)) continue;
    const value = root[key] as unknown;
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) forEachNode(child, visit);
    } else if (isNode(value)) {
      forEachNode(value, visit);
    }
  }
}

/**
 * Links back up the tree, the token and comment lists a parser attaches to the program (tokens have a `type` too), and
 * positions, which hold no node but are on every node (skipping them is most of the walk's saving).
 */
const SKIPPED_KEYS = new Set<string>(['parent', 'tokens', 'comments', 'range', 'loc']);

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
