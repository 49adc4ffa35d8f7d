// Seeing through a function defined in the same file. Semgrep CE taint stops at a function's boundary, so request data
// handed to a local helper (`download(url)` whose body calls `session.get(url)`) is lost. These patterns match the
// argument of such a call, with the helper's use of the parameter in that place spelled out as templates, so a rule
// can take the argument as its sink (or a source) and keep following the caller's data with taint.
import { all, either, focus, inside } from './patterns.mjs';

/**
 * Statements of a helper body that contain `use` (an expression template over the parameter): any statement
 * (`...` reaches into if/try/for/with blocks), a `with` / `async with` header, and the same one `async with` block
 * down (`...` does not enter an `async with` body).
 */
const statementForms = (use) => [
  `<... ${use} ...>`,
  `with <... ${use} ...> as $RESOURCE:\n  ...`,
  `async with <... ${use} ...> as $RESOURCE:\n  ...`,
  `async with $OUTER as $OUTER_NAME:\n  ...\n  <... ${use} ...>`,
  `async with $OUTER as $OUTER_NAME:\n  ...\n  async with <... ${use} ...> as $RESOURCE:\n    ...`,
];

/** The parameter's place in the helper's signature, and the argument in the same place at the call. */
const PLACES = [
  { parameters: '$P, ...', call: '$HELPER($ARG, ...)' },
  { parameters: '$P0, $P, ...', call: '$HELPER($A0, $ARG, ...)' },
  { parameters: 'self, $P, ...', call: 'self.$HELPER($ARG, ...)' },
];

/**
 * Helper bodies in which the parameter `$P` is used as `uses` say, directly or through one assignment that wraps it
 * (`req = Request(url)`, then the use in a statement or a `with` header): each use is an expression template over `$P`.
 */
function bodies(uses, blocks) {
  const forms = blocks ? statementForms : (use) => [`<... ${use} ...>`];
  return uses.flatMap((use) => [
    ...forms(use).map((statement) => `  ...\n${indent(statement)}`),
    ...(blocks
      ? forms(use.replaceAll('$P', '$BOUND'))
          .slice(0, 2)
          .map((statement) => `  ...\n  $BOUND = $WRAP($P, ...)\n  ...\n${indent(statement)}`)
      : []),
  ]);
}

const indent = (text) =>
  text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');

/**
 * The argument (`$ARG`, or the metavariable named by `argument`) of a call to a function defined earlier in this file (a module function, or a method called on
 * `self`), when the helper's parameter in the same place, `$P`, is used in its body as one of `uses` says. `uses` are
 * expression templates over `$P` (`$CLIENT.$VERB($P, ...)`); their other metavariables can be constrained beside the
 * result (metavariable-regex on `$CLIENT`, `$VERB`). The parameter is matched by place (first or second, after `self`
 * for methods); keyword arguments are not followed. With `blocks: false` a use is looked for in plain statements only
 * (not in `with` headers, nor through an assignment), for uses that are not calls (a string build).
 */
export function localHelperArguments(uses, { argument = '$ARG', blocks = true } = {}) {
  const body = bodies(uses, blocks);
  return all(
    either(
      PLACES.map(({ parameters, call }) =>
        all(either(body.map((statements) => inside(`def $HELPER(${parameters}):\n${statements}\n...`))), call.replace('$ARG', argument)),
      ),
    ),
    focus(argument),
  );
}

/**
 * Taint through comprehensions: Semgrep loses it when the element is built by a call or an f-string
 * (`", ".join(f"{k} = '{v}'" for k, v in data.items())`). Each propagator carries the iterable's taint to the
 * variable the comprehension is assigned to.
 */
export const comprehensionPropagators = [
  '$OUT = $SEP.join($ELEMENT for $ITEM in $ITER)',
  '$OUT = $SEP.join($ELEMENT for $ITEM in $ITER if $COND)',
  '$OUT = $SEP.join([$ELEMENT for $ITEM in $ITER])',
  '$OUT = [$ELEMENT for $ITEM in $ITER]',
  '$OUT = [$ELEMENT for $ITEM in $ITER if $COND]',
].map((pattern) => ({ pattern, from: '$ITER', to: '$OUT' }));
