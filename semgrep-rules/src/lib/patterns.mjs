// Small constructors for Semgrep pattern operators, so the rule sources read as data. Each returns the plain
// object Semgrep expects; a bare string stands for `pattern: <string>`.

const operator = (value) => (typeof value === 'string' ? { pattern: value } : value);

/** `pattern-either` of the alternatives (arrays are flattened, strings become `pattern:`). */
export const either = (...alternatives) => ({ 'pattern-either': alternatives.flat().map(operator) });
/** `patterns`: every clause must hold. */
export const all = (...clauses) => ({ patterns: clauses.flat().map(operator) });
export const inside = (pattern) => ({ 'pattern-inside': pattern });
export const notInside = (pattern) => ({ 'pattern-not-inside': pattern });
export const not = (pattern) => ({ 'pattern-not': pattern });
export const regex = (pattern) => ({ 'pattern-regex': pattern });
export const focus = (metavariable) => ({ 'focus-metavariable': metavariable });
export const metavariableRegex = (metavariable, pattern) => ({ 'metavariable-regex': { metavariable, regex: pattern } });
/** `metavariable-pattern` whose body is one operator (a string is a single `pattern:`). */
export const metavariablePattern = (metavariable, body) => ({ 'metavariable-pattern': { metavariable, ...operator(body) } });

/** Every name a module member is reachable by: `jwt.decode` for `{ module: 'jwt', members: ['decode'] }`. */
export function qualified(module, members) {
  return members.map((member) => `${module}.${member}`);
}

/**
 * A `pattern-inside` over a statement and the rest of its block, for each form in `forms`: `$X = <form>`,
 * `with <form> as $X:` and `async with <form> as $X:` as asked.
 */
export function boundTo(variable, forms, { assign = true, withBlock = false, asyncWith = false } = {}) {
  return forms.flatMap((form) => [
    ...(assign ? [inside(`${variable} = ${form}\n...`)] : []),
    ...(withBlock ? [inside(`with ${form} as ${variable}:\n  ...`)] : []),
    ...(asyncWith ? [inside(`async with ${form} as ${variable}:\n  ...`)] : []),
  ]);
}

/** `def` and `async def` variants of a function-shaped `pattern-inside` / `pattern-not-inside`. */
export function bothDefs(template, make = inside) {
  return [make(template), make(template.replace(/^def /m, 'async def '))];
}
