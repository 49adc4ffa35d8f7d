import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Visits `root` and every node below it, parents before children. Returning `false` from `visit` skips that
 * node's children. For whole-file questions that a rule asks once (`this.x` uses, functions marked `"use server"`);
 * per-node questions belong in selectors.
 */
export function forEachNode(
  root: TSESTree.Node,
  visit: (node: TSESTree.Node) => boolean | void,
  visitorKeys?: Readonly<Record<string, readonly string[] | undefined>>,
): void {
  if (visit(root) === false) return;
  // The parser's visitor keys (`sourceCode.visitorKeys`) name the children of each node type: a whole-file walk that
  // reads them skips every other property, and the key list of every node (half the walk when they are not given).
  const keys = visitorKeys?.[root.type] ?? Object.keys(root);
  for (const key of keys) {
    if (SKIPPED_KEYS.has(key)) continue;
    const value = (root as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) forEachNode(child, visit, visitorKeys);
    } else if (isNode(value)) {
      forEachNode(value, visit, visitorKeys);
    }
  }
}

/** A step of ESLint's own traversal of a file (`SourceCode#traverse`, ESLint 9+): `kind` 1 enters (`phase` 1) or leaves a node. */
interface TraversalStep {
  kind: number;
  phase?: number;
  target: unknown;
}

/**
 * Visits every node of a file, parents before children, like {@link forEachNode} from the program. ESLint 9+ lists the
 * steps of its own walk once per file (`sourceCode.traverse()`, cached before any rule runs): reading that list costs a
 * fraction of walking the tree again. ESLint 8 has no such list, and the tree is walked.
 */
export function forEachFileNode(sourceCode: Readonly<TSESLint.SourceCode>, visit: (node: TSESTree.Node) => boolean | void): void {
  const steps = (sourceCode as { traverse?: () => Iterable<TraversalStep> }).traverse?.();
  if (!Array.isArray(steps)) {
    forEachNode(sourceCode.ast, visit, sourceCode.visitorKeys);
    return;
  }
  // A node whose children are skipped: the steps up to its own leaving step are inside it.
  let skipped: unknown;
  for (const step of steps as readonly TraversalStep[]) {
    if (step.kind !== 1) continue;
    if (skipped !== undefined) {
      if (step.target === skipped && step.phase === 2) skipped = undefined;
      continue;
    }
    if (step.phase === 1 && visit(step.target as TSESTree.Node) === false) skipped = step.target;
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
