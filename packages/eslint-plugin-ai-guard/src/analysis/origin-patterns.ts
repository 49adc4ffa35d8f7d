/**
 * Origin allowlist checks judged by what they let through. A check is loose when an origin an attacker can
 * register passes it: `https://attacker-example.com` for `origin.endsWith("example.com")`,
 * `https://example.com.attacker.net` for an unanchored `/example\.com/`, `null` for an allowlist that lists it.
 * Patterns are parsed with regexpp and their sample matches mutated into such origins, then tested for real.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element } from '@eslint-community/regexpp/ast';

import { SHARED_HOST_SUFFIXES } from '../libraries/cors';

/** What a check is given: the whole Origin (`https://app.example.com:8443`) or only its host (`new URL(origin).hostname`). */
export type OriginPart = 'origin' | 'host';

/**
 * Why a pattern lets an attacker's origin through, with one such origin:
 * - `every`: it matches any origin;
 * - `null`: it matches the `null` origin, which any page can send from a sandboxed iframe;
 * - `end` / `start`: an alternative lacks `$` / `^`, so a longer host matches;
 * - `dot`: an unescaped `.` in the host matches any character;
 * - `prefix`: an anchored alternative lets any text (`.*`, `[a-z]*`) run into the domain name.
 */
export interface PatternFlaw {
  kind: 'every' | 'null' | 'end' | 'start' | 'dot' | 'prefix';
  /** An origin an attacker controls that the pattern accepts. */
  example: string;
  /** The pattern has several top-level alternatives, and `^`/`$` bind to only some of them. */
  alternatives: boolean;
}

/** The string methods an origin check calls on the origin, by what each one asks. */
export type StringCheck = 'equals' | 'includes' | 'startsWith' | 'endsWith';

const ATTACKER = 'attacker.net';
/** Origins no allowlist would contain: a pattern that matches one matches everything. */
const PROBE_ORIGINS = ['https://attacker.invalid', 'http://attacker.invalid:8080'];
const PROBE_HOSTS = ['attacker.invalid'];
/** How many sample matches one pattern is judged by (one per choice of alternatives, breadth first). */
const MAX_SAMPLES = 24;
const SCHEME = /^([a-z][a-z\d+.-]*):\/\//i;

/** Why `source` (a RegExp used as an origin allowlist) lets an attacker-registered origin through, or undefined when it does not. */
export function looseOriginPattern(source: string, flags: string, part: OriginPart = 'origin'): PatternFlaw | undefined {
  let regex: RegExp;
  let alternatives: readonly Alternative[];
  try {
    regex = new RegExp(source, flags.replace(/[gy]/g, ''));
    const parsed = new RegExpParser().parsePattern(source, 0, source.length, {
      unicode: flags.includes('u'),
      unicodeSets: flags.includes('v'),
    });
    alternatives = parsed.alternatives;
  } catch {
    return undefined;
  }
  const several = alternatives.length > 1;
  const probes = part === 'origin' ? PROBE_ORIGINS : PROBE_HOSTS;
  if (probes.some((probe) => regex.test(probe)))
    return { kind: 'every', example: displayOrigin(probes[0] ?? '', part), alternatives: false };
  if (part === 'origin' && regex.test('null')) return { kind: 'null', example: 'null', alternatives: several };
  for (const alternative of alternatives) {
    const anchoredStart = startsWithAnchor(alternative.elements);
    for (const sample of samplesOf(alternative.elements)) {
      const flaw = sampleFlaw(regex, sample, part, anchoredStart);
      if (flaw) return { ...flaw, alternatives: several };
    }
  }
  return undefined;
}

/** The flaw as the `looseOriginRegex` message words it: "which {{flaw}}". */
export function describePatternFlaw(flaw: PatternFlaw): string {
  const example = `\`${flaw.example}\``;
  switch (flaw.kind) {
    case 'every':
      return 'matches every origin';
    case 'null':
      return 'matches the `null` origin, which any site can send from a sandboxed iframe';
    case 'end':
      return flaw.alternatives
        ? `leaves an alternative without \`$\` (\`|\` splits the anchors), so it also matches ${example}`
        : `has no \`$\` anchor, so it also matches ${example}`;
    case 'start':
      return flaw.alternatives
        ? `leaves an alternative without \`^\` (\`|\` splits the anchors), so it also matches ${example}`
        : `has no \`^\` anchor, so it also matches ${example}`;
    case 'dot':
      return `has an unescaped \`.\` in the host, so it also matches ${example}`;
    case 'prefix':
      return `lets any prefix run into the domain name, so it also matches ${example}`;
  }
}

/**
 * An attacker-registered origin that passes `subject.<method>(argument)` (or `subject === argument`), or
 * undefined when the check pins the host: `endsWith(".example.com")`, `startsWith("https://example.com:")`.
 */
export function looseStringCheck(method: StringCheck, argument: string, part: OriginPart = 'origin'): string | undefined {
  const target = splitOrigin(argument.trim().toLowerCase());
  if (method === 'equals') return target.host === 'null' && part === 'origin' ? 'null' : undefined;
  const test = (value: string): boolean => {
    const subject = value.toLowerCase();
    const wanted = argument.toLowerCase();
    if (method === 'includes') return subject.includes(wanted);
    if (method === 'startsWith') return subject.startsWith(wanted);
    return subject.endsWith(wanted);
  };
  const domain = target.host.replace(/^\*?\./, '');
  return attackOrigins(target.scheme ?? 'https', domain, target.port).find(
    (candidate) => isForeign(splitOrigin(candidate).host, domain) && test(part === 'host' ? splitOrigin(candidate).host : candidate),
  );
}

/** Whether an allowlist entry admits an attacker: the literal `"null"` origin, or `"*"` in lists that honour it. */
export function isNullOrigin(entry: string): boolean {
  return entry.trim().toLowerCase() === 'null';
}

interface Sample {
  text: string;
  /** Offsets of characters only a pattern class or quantifier chose (`[a-z]`, `\d`, a repetition). */
  variable: number[];
  /** Offsets of `.` written unescaped outside a quantifier: the author meant a literal dot. */
  dots: number[];
}

function sampleFlaw(
  regex: RegExp,
  sample: Sample,
  part: OriginPart,
  anchoredStart: boolean,
): Omit<PatternFlaw, 'alternatives'> | undefined {
  const withScheme = part === 'origin' && !SCHEME.test(sample.text) ? `https://${sample.text}` : sample.text;
  const shift = withScheme.length - sample.text.length;
  if (!regex.test(withScheme)) return undefined;
  const { scheme = 'https', host, port } = splitOrigin(withScheme);
  const hostStart = SCHEME.exec(withScheme)?.[0].length ?? 0;
  // The domain the author meant: the host's tail after the last character a class or repetition chose.
  const lastVariable = Math.max(-1, ...sample.variable.map((offset) => offset + shift).filter((offset) => offset >= hostStart));
  const domain = host.slice(Math.max(0, lastVariable + 1 - hostStart)).replace(/^[.-]+/, '');
  if (domain === '') return undefined;
  const accepts = (candidate: string): boolean => {
    const candidateHost = splitOrigin(candidate).host;
    return isForeign(candidateHost, domain) && regex.test(part === 'host' ? candidateHost : candidate);
  };
  const suffixed = `${scheme}://${domain}.${ATTACKER}${port}`;
  if (accepts(suffixed)) return { kind: 'end', example: suffixed };
  for (const dot of sample.dots) {
    const offset = dot + shift;
    if (offset < hostStart || offset >= hostStart + host.length) continue;
    const mutated = `${withScheme.slice(0, offset)}x${withScheme.slice(offset + 1)}`;
    if (accepts(mutated)) return { kind: 'dot', example: mutated };
  }
  const prefixed = [`${scheme}://attacker-${domain}${port}`, `${scheme}://attacker${domain}${port}`].find(accepts);
  if (prefixed) return { kind: anchoredStart ? 'prefix' : 'start', example: prefixed };
  const shared = SHARED_HOST_SUFFIXES.has(domain) ? `${scheme}://attacker.${domain}${port}` : undefined;
  if (shared && regex.test(part === 'host' ? splitOrigin(shared).host : shared)) return { kind: 'prefix', example: shared };
  return undefined;
}

/** Origins an attacker can register that a check written for `domain` might still accept. */
function attackOrigins(scheme: string, domain: string, port: string): string[] {
  const anywhere = `${scheme}://${ATTACKER}${port}`;
  if (domain === '') return [anywhere];
  const prefixed = [`${scheme}://attacker-${domain}${port}`, `${scheme}://attacker${domain}${port}`];
  const suffixed = `${scheme}://${domain}.${ATTACKER}${port}`;
  // `attacker-localhost` is no registrable name; `localhost.attacker.net` is.
  const origins = domain.includes('.') ? [prefixed[0] ?? '', suffixed, prefixed[1] ?? '', anywhere] : [suffixed, ...prefixed, anywhere];
  if (SHARED_HOST_SUFFIXES.has(domain)) origins.push(`${scheme}://attacker.${domain}${port}`);
  return origins;
}

/**
 * A host outside what an allowlist entry for `domain` means: neither the domain nor one of its subdomains. Under a
 * suffix anyone can register a name in (`vercel.app`, `github.io`), subdomains are other people's too.
 */
function isForeign(host: string, domain: string): boolean {
  if (domain === '') return true;
  if (host === domain) return false;
  if (!host.endsWith(`.${domain}`)) return true;
  return SHARED_HOST_SUFFIXES.has(domain);
}

function splitOrigin(text: string): { scheme: string | undefined; host: string; port: string } {
  const scheme = SCHEME.exec(text)?.[1];
  const rest = scheme === undefined ? text : text.slice(scheme.length + 3);
  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  const portMatch = /:\d*$/.exec(authority);
  return {
    scheme,
    host: portMatch ? authority.slice(0, portMatch.index) : authority,
    port: portMatch ? portMatch[0] : '',
  };
}

function displayOrigin(probe: string, part: OriginPart): string {
  return part === 'host' ? `https://${probe}` : probe;
}

/** `^` first, directly or as the first element of the first alternative of a leading group. */
function startsWithAnchor(elements: readonly Element[]): boolean {
  const first = elements[0];
  if (!first) return false;
  if (first.type === 'Assertion') return first.kind === 'start';
  if (first.type === 'Group' || first.type === 'CapturingGroup')
    return first.alternatives.every((alternative) => startsWithAnchor(alternative.elements));
  return false;
}

/** Strings the elements match, one per choice of alternatives, each repetition at its minimum. */
function samplesOf(elements: readonly Element[]): Sample[] {
  let samples: Sample[] = [{ text: '', variable: [], dots: [] }];
  for (const element of elements) {
    const next: Sample[] = [];
    for (const prefix of samples) {
      for (const part of elementSamples(element)) {
        next.push({
          text: prefix.text + part.text,
          variable: [...prefix.variable, ...part.variable.map((offset) => offset + prefix.text.length)],
          dots: [...prefix.dots, ...part.dots.map((offset) => offset + prefix.text.length)],
        });
        if (next.length >= MAX_SAMPLES) break;
      }
      if (next.length >= MAX_SAMPLES) break;
    }
    samples = next;
  }
  return samples;
}

function elementSamples(element: Element): Sample[] {
  switch (element.type) {
    case 'Character':
      return [{ text: String.fromCodePoint(element.value), variable: [], dots: [] }];
    case 'CharacterSet':
      if (element.kind === 'any') return [{ text: '.', variable: [], dots: [0] }];
      return [{ text: classEscapeSample(element.kind, element.negate), variable: [0], dots: [] }];
    case 'CharacterClass':
      return [characterClassSample(element)];
    case 'Group':
    case 'CapturingGroup':
      return element.alternatives.flatMap((alternative) => samplesOf(alternative.elements)).slice(0, MAX_SAMPLES);
    case 'Quantifier': {
      const inner = elementSamples(element.element);
      const counts = element.min === 0 && element.max >= 1 ? [0, 1] : [element.min];
      const repeated = counts.flatMap((count) => inner.map((sample) => repeat(sample, count, element.max === 1)));
      // A repetition the pattern leaves open is a place where the host can vary, even when the sample uses none of it.
      return element.max > element.min
        ? repeated.map((sample) => ({ ...sample, variable: [...sample.variable, sample.text.length - 1] }))
        : repeated;
    }
    default:
      return [{ text: '', variable: [], dots: [] }];
  }
}

/**
 * `count` copies of a sample. A `.` repeated (`.*`, `.+`) stands for any character, never for a literal dot;
 * in an optional part (`(www.)?`) it is still the dot the author meant.
 */
function repeat(sample: Sample, count: number, optional: boolean): Sample {
  if (optional && count === 1) return sample;
  let text = '';
  const variable: number[] = [];
  for (let index = 0; index < count; index++) {
    const offset = text.length;
    text += sample.dots.length > 0 ? replaceDots(sample) : sample.text;
    variable.push(...sample.variable.map((at) => at + offset), ...sample.dots.map((at) => at + offset));
  }
  return { text, variable, dots: [] };
}

function replaceDots(sample: Sample): string {
  const characters = [...sample.text];
  for (const dot of sample.dots) characters[dot] = 'a';
  return characters.join('');
}

function classEscapeSample(kind: string, negate: boolean): string {
  if (kind === 'digit') return negate ? 'a' : '0';
  if (kind === 'word') return negate ? '-' : 'a';
  if (kind === 'space') return negate ? 'a' : ' ';
  return 'a';
}

function characterClassSample(element: Extract<Element, { type: 'CharacterClass' }>): Sample {
  if (element.negate) {
    const excluded = (character: string) => element.raw.includes(character);
    const chosen = ['a', '0', '-', '.', 'x'].find((character) => !excluded(character)) ?? 'a';
    return { text: chosen, variable: [0], dots: [] };
  }
  const [first] = element.elements;
  const single = element.elements.length === 1 && first?.type === 'Character';
  let text = 'a';
  if (first?.type === 'Character') text = String.fromCodePoint(first.value);
  else if (first?.type === 'CharacterClassRange') text = String.fromCodePoint(first.min.value);
  else if (first?.type === 'CharacterSet') text = classEscapeSample(first.kind, 'negate' in first ? first.negate : false);
  // `[.]` is how some authors escape a dot: one literal character, not a choice.
  return { text, variable: single ? [] : [0], dots: [] };
}
