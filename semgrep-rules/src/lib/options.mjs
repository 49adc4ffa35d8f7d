// Reading a call's options the way the library sees them: a keyword argument, or a `**name` whose dict
// ({...} or dict(...)) is assigned above. Call templates write ARGS where the arguments go.
import { all, either, inside, not, notInside } from './patterns.mjs';

const fill = (template, args) => template.replace('ARGS', args);

/** The calls (from `templates`) given option `name` with a value matching `value`. */
export function withOption(templates, name, value) {
  return either(
    templates.flatMap((template) => [
      fill(template, `..., ${name}=${value}, ...`),
      all(inside(`$KWARGS = {..., "${name}": ${value}, ...}\n...`), fill(template, '..., **$KWARGS')),
      all(inside(`$KWARGS = dict(..., ${name}=${value}, ...)\n...`), fill(template, '..., **$KWARGS')),
    ]),
  );
}

/** The calls (from `templates`) given none of the options `names`, including through a `**dict` assigned above. */
export function withoutOptions(templates, names) {
  const absentKeys = names.flatMap((name) => [
    notInside(`$KWARGS = {..., "${name}": $ANY, ...}\n...`),
    notInside(`$KWARGS = dict(..., ${name}=$ANY, ...)\n...`),
  ]);
  return either(
    templates.flatMap((template) => [
      all(
        fill(template, '...'),
        ...names.map((name) => not(fill(template, `..., ${name}=$ANY, ...`))),
        not(fill(template, '..., **$KWARGS')),
      ),
      all(inside('$KWARGS = {...}\n...'), fill(template, '..., **$KWARGS'), ...absentKeys),
      all(inside('$KWARGS = dict(...)\n...'), fill(template, '..., **$KWARGS'), ...absentKeys),
    ]),
  );
}
