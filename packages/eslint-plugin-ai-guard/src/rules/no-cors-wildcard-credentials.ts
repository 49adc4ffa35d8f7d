import { ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  enclosingFunction,
  functionValue,
  isFunctionNode,
  parameterAt,
  readsOfParameter,
  returnedExpressions,
  type FunctionNode,
} from '../analysis/local-functions';
import { findGlobalReferences, findModuleReferences, valueUses, type ModuleReference } from '../analysis/module-references';
import { AST_NODE_TYPES } from '../analysis/node-types';
import { describePatternFlaw, looseOriginPattern } from '../analysis/origin-patterns';
import {
  originAnalysis,
  regexOf,
  type LooseCheck,
  type OriginAnalysis,
  type OriginSeed,
  type OriginTest,
} from '../analysis/request-origin';
import {
  isMethodCall,
  isNullish,
  readArrayElements,
  readOption,
  resolveValue,
  staticBoolean,
  staticPropertyName,
  staticString,
  staticValue,
  unwrapExpression,
  type OptionLookup,
} from '../analysis/static-values';
import { memberKey } from '../analysis/value-flow';
import { readsOfStoredValue } from '../analysis/value-references';
import {
  ALLOW_CREDENTIALS,
  ALLOW_ORIGIN,
  CORS_GLOBALS,
  CORS_LIBRARIES,
  HEADER_FUNCTION_GLOBALS,
  HEADER_FUNCTIONS,
  HEADER_METHODS,
  type CorsEntry,
  type CorsLibrary,
  type CorsRole,
  type HeaderWriteForm,
  type OptionsPlace,
  type OriginFunction,
} from '../libraries/cors';
import { H3_HANDLER_FACTORIES } from '../libraries/frameworks';
import { createRule, docsFor } from '../create-rule';

export type Options = [{ reportWildcardWithoutCredentials?: boolean }];
export type MessageIds =
  | 'anyOriginWithCredentials'
  | 'looseOriginRegex'
  | 'looseOriginCheck'
  | 'reflectedOriginHeader'
  | 'wildcardWithoutCredentials'
  | 'useAllowlist';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

interface CheckContext {
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  sourceCode: SourceCode;
  reportWithoutCredentials: boolean;
}

/** One place where a CORS library is configured: the options it reads and where a finding about it goes. */
interface CorsSite {
  library: CorsLibrary;
  /** Undefined when the library runs with its defaults (`cors()`, `cors: true`). */
  options: TSESTree.Node | undefined;
  /** The call that configures CORS (or the typed options object): where a finding goes when its options are shared. */
  anchor: TSESTree.Node;
  /** `cors()` and `register(cors)`: the call the suggestion may add an options object to, at `optionsIndex`. */
  call?: Call;
  optionsIndex?: number;
  /**
   * Options an options delegate hands back (`callback(null, { origin: true })`): the delegate, the callback call,
   * and where the options are built; checks around either decide who gets them.
   */
  delegate?: { fn: FunctionNode; handed: TSESTree.Node; built: TSESTree.Node };
}

type OriginVerdict =
  | { kind: 'any'; node: TSESTree.Node | undefined; origin: string; everySite: boolean }
  | { kind: 'regex'; node: TSESTree.Node; pattern: string; flaw: string }
  | { kind: 'loose'; check: LooseCheck }
  | { kind: 'restricted' }
  | { kind: 'unknown' };

/** What one answer of an origin function does: admit any origin, admit one a loose check passed, or less. */
type Decision =
  | { kind: 'any' }
  | { kind: 'loose'; check: LooseCheck }
  | { kind: 'reject' }
  | { kind: 'restricted' }
  | { kind: 'neutral' }
  | { kind: 'unknown' };

type CredentialState = 'on' | 'off' | 'unknown';

interface HeaderWrite {
  header: 'origin' | 'credentials';
  value: TSESTree.Node;
  /** The handler and/or header object (or `{ key, value }` list) the header belongs to. */
  groups: TSESTree.Node[];
}

/** One file's check: the rule's context, the Origin analysis, and what each origin function was found to admit. */
interface FileCheck extends CheckContext {
  analysis: OriginAnalysis;
  functionVerdicts: Map<FunctionNode, OriginVerdict>;
}

interface PendingReport {
  site: CorsSite;
  node: TSESTree.Node;
  descriptor: Omit<TSESLint.ReportDescriptor<MessageIds>, 'node' | 'loc'>;
}

type SiteCollector = (check: CheckContext, reference: ModuleReference<CorsEntry>) => CorsSite[];

const RESTRICTED: OriginVerdict = { kind: 'restricted' };
const UNKNOWN: OriginVerdict = { kind: 'unknown' };
const HAND_WRITTEN = 'A hand-written CORS header';
const HAND_WRITTEN_FIX = '`if (allowedOrigins.has(origin))` before echoing it';
const CORS_TEXT = /cors/i;
const HEADER_TEXT = /access-control-allow-(?:origin|credentials)/i;
/** Either of the two: one search decides for the files that have neither, which are most. */
const CORS_OR_HEADER_TEXT = /cors|access-control-allow-(?:origin|credentials)/i;

export default createRule<Options, MessageIds>({
  name: 'no-cors-wildcard-credentials',
  meta: {
    type: 'problem',
    docs: docsFor('no-cors-wildcard-credentials'),
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportWildcardWithoutCredentials: {
            type: 'boolean',
            description:
              'Also report CORS that admits every origin without credentials (`cors()`, `Access-Control-Allow-Origin: *`), for authenticated or internal APIs. On in the strict config.',
          },
        },
      },
    ],
    messages: {
      anyOriginWithCredentials:
        '{{library}} allows credentialed requests from {{origin}}, so any website can act as the signed-in user and read the responses. Allow only an explicit list of origins, e.g. `{{allowlist}}`.',
      looseOriginRegex:
        '{{library}} allows credentialed requests from origins matching `{{pattern}}`, which {{flaw}}. Anchor it with `^` and `$` and escape every dot in the host, e.g. `/^https:\\/\\/(www\\.)?example\\.com$/`.',
      looseOriginCheck:
        'The Origin check `{{check}}` also passes attacker-registered origins such as `{{example}}`, and that Origin is then allowed with credentials. Compare the whole origin with an allowlist, e.g. `allowedOrigins.has(origin)`.',
      reflectedOriginHeader:
        'A hand-written CORS header allows credentialed requests from {{origin}}, so any website can act as the signed-in user and read the responses. Echo the Origin only after checking it against an allowlist, e.g. `if (allowedOrigins.has(origin))`.',
      wildcardWithoutCredentials:
        '{{library}} lets every website read its responses: it allows {{origin}}. If this API is authenticated or internal, allow only listed origins, e.g. {{fix}}.',
      useAllowlist: 'Replace the origin with an allowlist read from configuration: `{{allowlist}}`.',
    },
  },
  defaultOptions: [{ reportWildcardWithoutCredentials: false }],
  create(context, [options]) {
    const check: CheckContext = {
      context,
      sourceCode: context.sourceCode,
      reportWithoutCredentials: options.reportWildcardWithoutCredentials === true,
    };
    const text = check.sourceCode.text;
    if (!CORS_OR_HEADER_TEXT.test(text)) return {};
    const writesHeaders = HEADER_TEXT.test(text);
    const headerWrites: HeaderWrite[] = [];
    return {
      ...(writesHeaders ? headerCollectors(check, headerWrites) : {}),
      'Program:exit': () => checkFile(check, writesHeaders, headerWrites),
    };
  },
});

/** Listeners that gather every write of a CORS response header: setter calls, header objects, pairs and assignments. */
function headerCollectors(check: CheckContext, writes: HeaderWrite[]): TSESLint.RuleListener {
  const collect = (write: HeaderWrite | undefined) => {
    if (write) writes.push(write);
  };
  return {
    'CallExpression[callee.type="MemberExpression"]': (node: TSESTree.CallExpression) => collect(headerSetterWrite(check, node)),
    'ObjectExpression > Property': (node: TSESTree.Property) => collect(headerPropertyWrite(check, node)),
    'ArrayExpression[elements.length=2]': (node: TSESTree.ArrayExpression) => collect(headerTupleWrite(check, node)),
    'AssignmentExpression > MemberExpression.left': (node: TSESTree.MemberExpression) => collect(headerAssignmentWrite(check, node)),
  };
}

function checkFile(check: CheckContext, writesHeaders: boolean, listenedWrites: readonly HeaderWrite[]): void {
  const sites = CORS_TEXT.test(check.sourceCode.text) ? findSites(check) : [];
  const headerWrites = writesHeaders ? [...listenedWrites, ...headerFunctionWrites(check)] : listenedWrites;
  if (sites.length === 0 && headerWrites.length === 0) return;
  const file: FileCheck = { ...check, analysis: originAnalysis(check.sourceCode, originSeeds(check, sites)), functionVerdicts: new Map() };
  reportPerSite(
    check,
    sites.flatMap((site) => checkSite(file, site)),
  );
  checkHeaderWrites(file, headerWrites);
}

// Library configuration.

const SITE_COLLECTORS: Record<CorsRole, SiteCollector> = {
  call: callSites,
  plugin: pluginSites,
  instance: instanceSites,
  optionsType: typedOptionSites,
};

/** Every place a CORS library is configured in this file, once each; typed options objects only when no call reads them. */
function findSites(check: CheckContext): CorsSite[] {
  const { sourceCode } = check;
  const references = [
    ...findModuleReferences(sourceCode, CORS_LIBRARIES),
    ...findGlobalReferences(sourceCode, CORS_GLOBALS).filter((reference) => isH3EventCall(sourceCode, reference.node)),
  ];
  const sites: CorsSite[] = [];
  const seen = new Set<TSESTree.Node>();
  const typed: CorsSite[] = [];
  for (const reference of references) {
    for (const site of SITE_COLLECTORS[reference.info.role](check, reference)) {
      if (seen.has(site.anchor)) continue;
      seen.add(site.anchor);
      (reference.info.role === 'optionsType' ? typed : sites).push(site);
    }
  }
  const configured = new Set(
    sites.flatMap((site) => (site.options ? [resolveValue(site.options, sourceCode.getScope(site.options))] : [])),
  );
  return [
    ...sites,
    ...typed.filter((site) => !site.options || !configured.has(resolveValue(site.options, sourceCode.getScope(site.options)))),
  ];
}

function callSites(check: CheckContext, reference: ModuleReference<CorsEntry>): CorsSite[] {
  const call = reference.node;
  const place = reference.info.options;
  if (!isCall(call) || !place) return [];
  return sitesAt(check, reference.info.library, call, place);
}

/** `fastify.register(cors, options)`, wherever the imported plugin is passed. */
function pluginSites(check: CheckContext, reference: ModuleReference<CorsEntry>): CorsSite[] {
  const place = reference.info.options;
  if (!place) return [];
  return valueUses(check.sourceCode, reference).flatMap((plugin) => {
    const register = plugin.parent;
    if (register?.type !== AST_NODE_TYPES.CallExpression || register.arguments[0] !== plugin || !isMethodCall(register, 'register'))
      return [];
    return sitesAt(check, reference.info.library, register, place);
  });
}

/** `NestFactory.create(AppModule, { cors })` and `app.enableCors(options)` on the app it returns; Hapi servers and routes. */
function instanceSites(check: CheckContext, reference: ModuleReference<CorsEntry>): CorsSite[] {
  const { info } = reference;
  const creation = reference.node;
  if (!isCall(creation)) return [];
  const sites: CorsSite[] = [];
  if (info.options) sites.push(...sitesAt(check, info.library, creation, info.options));
  for (const read of readsOfStoredValue(check.sourceCode, creation)) {
    const member = read.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== read) continue;
    const call = member.parent;
    const places = info.methods?.[memberKey(member) ?? ''];
    if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || !places) continue;
    for (const place of places) sites.push(...sitesAt(check, info.library, call, place));
  }
  return sites;
}

/** `const options: CorsOptions = {...}`, `{...} satisfies CorsOptions`, `function corsOptions(): CorsOptions { return {...} }`. */
function typedOptionSites(check: CheckContext, reference: ModuleReference<CorsEntry>): CorsSite[] {
  const library = reference.info.library;
  return valueUses(check.sourceCode, reference).flatMap((name) => {
    const typeReference = name.parent;
    if (typeReference?.type !== AST_NODE_TYPES.TSTypeReference || typeReference.typeName !== name) return [];
    const annotated = typeReference.parent;
    if (annotated?.type === AST_NODE_TYPES.TSAsExpression || annotated?.type === AST_NODE_TYPES.TSSatisfiesExpression) {
      return [{ library, options: annotated.expression, anchor: annotated.expression }];
    }
    const holder = annotated?.type === AST_NODE_TYPES.TSTypeAnnotation ? annotated.parent : undefined;
    if (holder?.type === AST_NODE_TYPES.Identifier && holder.parent?.type === AST_NODE_TYPES.VariableDeclarator && holder.parent.init) {
      const init = holder.parent.init;
      return [{ library, options: init, anchor: init }];
    }
    if (isFunctionNode(holder) && holder.returnType === annotated) {
      return returnedExpressions(holder, { nested: true }).map((returned) => ({ library, options: returned, anchor: returned }));
    }
    return [];
  });
}

/** The site a call configures at `place`: the argument itself, or a `cors` property inside it (`true` for the defaults, `false` for none). */
function sitesAt(check: CheckContext, library: CorsLibrary, call: Call, place: OptionsPlace): CorsSite[] {
  const scope = check.sourceCode.getScope(call);
  const index = place.argument === 'lastObject' ? call.arguments.length - 1 : place.argument;
  const argument = index >= 0 ? call.arguments[index] : undefined;
  if (argument?.type === AST_NODE_TYPES.SpreadElement) return [];
  if (place.argument === 'lastObject' && (!argument || resolveValue(argument, scope).type !== AST_NODE_TYPES.ObjectExpression)) return [];
  if (place.path.length === 0) {
    const delegate = library.optionsDelegate ? functionValue(check.sourceCode, argument) : undefined;
    if (delegate) return delegateSites(check, library, delegate);
    const optionsIndex = call.type === AST_NODE_TYPES.CallExpression ? index : undefined;
    return [{ library, options: argument, anchor: call, call, optionsIndex }];
  }
  const lookup = readOption(argument, place.path, scope);
  if (lookup.kind !== 'present') return [];
  const enabled = staticBoolean(lookup.value, scope);
  if (enabled === false) return [];
  const delegate = library.optionsDelegate ? functionValue(check.sourceCode, lookup.value) : undefined;
  if (delegate) return delegateSites(check, library, delegate);
  return [{ library, options: enabled === true ? undefined : lookup.value, anchor: call }];
}

/**
 * `cors((req, callback) => callback(null, { origin: true, credentials: true }))`: every options object the delegate
 * hands its callback is a site, reached only past the checks around where it is built.
 */
function delegateSites(check: CheckContext, library: CorsLibrary, fn: FunctionNode): CorsSite[] {
  const callback = parameterAt(fn, 1);
  if (!callback) return [];
  return callsOf(check, fn, callback).flatMap((call) => {
    const handed = call.arguments[1];
    if (!handed || handed.type === AST_NODE_TYPES.SpreadElement) return [];
    return builtOptions(check, handed).map(({ options, built, value }) => ({
      library,
      options,
      anchor: options,
      delegate: { fn, handed: value, built },
    }));
  });
}

/**
 * The object literals a handed value may be: itself, a branch of `?:` / `||`, a const's, or each object a `let` is
 * assigned before it is handed on; `value` is the expression that chose it.
 */
function builtOptions(
  check: CheckContext,
  handed: TSESTree.Node,
): { options: TSESTree.ObjectExpression; built: TSESTree.Node; value: TSESTree.Node }[] {
  const node = unwrapExpression(handed);
  if (node.type === AST_NODE_TYPES.ObjectExpression) return [{ options: node, built: node, value: node }];
  if (node.type === AST_NODE_TYPES.ConditionalExpression)
    return [...builtOptions(check, node.consequent), ...builtOptions(check, node.alternate)];
  if (node.type === AST_NODE_TYPES.LogicalExpression) return [...builtOptions(check, node.left), ...builtOptions(check, node.right)];
  if (node.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = ASTUtils.findVariable(check.sourceCode.getScope(node), node);
  return (variable?.references ?? []).flatMap((reference) => {
    const written = reference.writeExpr ? unwrapExpression(reference.writeExpr) : undefined;
    if (written?.type !== AST_NODE_TYPES.ObjectExpression || reference.identifier.range[0] > node.range[0]) return [];
    return [{ options: written, built: reference.identifier.parent ?? written, value: node }];
  });
}

/** `handleCors(event, options)` auto-imported in a Nuxt server route: its first argument is an h3 handler's event. */
function isH3EventCall(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const [event] = node.arguments;
  if (event?.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = ASTUtils.findVariable(sourceCode.getScope(event), event)?.defs[0];
  const factory = definition?.type === TSESLint.Scope.DefinitionType.Parameter ? definition.node.parent : undefined;
  return (
    factory?.type === AST_NODE_TYPES.CallExpression &&
    factory.callee.type === AST_NODE_TYPES.Identifier &&
    H3_HANDLER_FACTORIES.has(factory.callee.name)
  );
}

/** Which parameters of the origin functions these sites configure hold the Origin, and which a request object. */
function originSeeds(check: CheckContext, sites: readonly CorsSite[]): Map<FunctionNode, (OriginSeed | undefined)[]> {
  const seeds = new Map<FunctionNode, (OriginSeed | undefined)[]>();
  for (const site of sites) {
    const { delegate, library } = site;
    if (delegate && library.optionsDelegate) seeds.set(delegate.fn, [library.optionsDelegate]);
    const shape = library.originFunction;
    if (!shape) continue;
    for (const fn of originFunctions(check, site)) {
      seeds.set(
        fn,
        shape.parameters.map((parameter) => (parameter === 'callback' ? undefined : parameter)),
      );
    }
  }
  return seeds;
}

function originFunctions(check: CheckContext, site: CorsSite): FunctionNode[] {
  const scope = check.sourceCode.getScope(site.anchor);
  const origin = originOption(site, scope);
  if (origin.kind !== 'present') return [];
  const fn = functionValue(check.sourceCode, resolveValue(origin.value, scope));
  return fn ? [fn] : [];
}

function checkSite(check: FileCheck, site: CorsSite): PendingReport[] {
  const { sourceCode } = check;
  const { library } = site;
  const scope = sourceCode.getScope(site.anchor);
  if (library.keys.enabled) {
    const enabled = readOption(site.options, [library.keys.enabled], scope);
    if (enabled.kind === 'unknown' || (enabled.kind === 'present' && staticBoolean(enabled.value, scope) !== true)) return [];
  }
  if (library.keys.opaque?.some((key) => readOption(site.options, [key], scope).kind !== 'absent')) return [];
  const credentials = readOption(site.options, [library.keys.credentials], scope);
  const state = credentialState(credentials, scope, library.credentialsByDefault);
  if (state === 'unknown') return [];
  const origin = originOption(site, scope);
  if (origin.kind === 'unknown') return [];
  const allowlist = allowlistProperty(library);
  const credentialed = state === 'on';
  const verdict = delegatedVerdict(
    check,
    site,
    origin.kind === 'absent'
      ? omittedOriginVerdict(library, credentialed, credentials.kind === 'absent')
      : classifyOrigin(check, origin.value, library, 0),
  );
  const originProperty = origin.kind === 'present' ? origin.property : undefined;
  const credentialsProperty = credentials.kind === 'present' ? credentials.property : undefined;
  const fallback = origin.kind === 'present' ? origin.value : (credentialsProperty ?? site.anchor);
  if (credentialed && verdict.kind === 'any') {
    return [
      {
        site,
        node: verdict.node ?? fallback,
        descriptor: {
          messageId: 'anyOriginWithCredentials',
          data: { library: library.label, origin: verdict.origin, allowlist },
          suggest: allowlistSuggestion(check, site, originProperty, credentialsProperty),
        },
      },
    ];
  }
  if (credentialed && verdict.kind === 'regex') {
    return [
      {
        site,
        node: verdict.node,
        descriptor: { messageId: 'looseOriginRegex', data: { library: library.label, pattern: verdict.pattern, flaw: verdict.flaw } },
      },
    ];
  }
  if (credentialed && verdict.kind === 'loose') {
    return [{ site, node: verdict.check.node, descriptor: looseCheckDescriptor(check, verdict.check) }];
  }
  if (!credentialed && check.reportWithoutCredentials && verdict.kind === 'any' && verdict.everySite) {
    return [
      {
        site,
        node: verdict.node ?? (origin.kind === 'present' ? origin.value : site.anchor),
        descriptor: {
          messageId: 'wildcardWithoutCredentials',
          data: { library: library.label, origin: verdict.origin, fix: `\`${allowlist}\`` },
          suggest: allowlistSuggestion(check, site, originProperty, credentialsProperty),
        },
      },
    ];
  }
  return [];
}

/** Options a delegate builds only past an exact check admit no one else; past a loose check, whom that check lets through. */
function delegatedVerdict(check: FileCheck, site: CorsSite, verdict: OriginVerdict): OriginVerdict {
  if (!site.delegate || verdict.kind !== 'any') return verdict;
  const guards = [check.analysis.guardAt(site.delegate.handed), check.analysis.guardAt(site.delegate.built)];
  if (guards.some((guard) => guard.kind === 'exact' || guard.kind === 'absent')) return RESTRICTED;
  const loose = guards.find((guard) => guard.kind === 'loose');
  return loose?.kind === 'loose' ? { kind: 'loose', check: { node: loose.node, example: loose.example, flaw: loose.flaw } } : verdict;
}

/** The option that sets the allowed origins: the first of the library's origin keys that is present. */
function originOption(site: CorsSite, scope: TSESLint.Scope.Scope): OptionLookup {
  for (const key of site.library.keys.origin) {
    const lookup = readOption(site.options, [key], scope);
    if (lookup.kind !== 'absent') return lookup;
  }
  return { kind: 'absent' };
}

function allowlistProperty(library: CorsLibrary): string {
  return `${library.allowlist.key}: ${library.allowlist.value}`;
}

/**
 * One finding per configuring call: a finding on options that several calls share (`cors(corsOptions)` twice) goes
 * on each call instead, so each one can be fixed or suppressed where it is.
 */
function reportPerSite(check: CheckContext, pending: readonly PendingReport[]): void {
  const sitesByNode = new Map<TSESTree.Node, Set<TSESTree.Node>>();
  for (const { node, site } of pending) sitesByNode.set(node, (sitesByNode.get(node) ?? new Set()).add(site.anchor));
  const reported = new Set<string>();
  for (const { node, site, descriptor } of pending) {
    const shared = (sitesByNode.get(node)?.size ?? 0) > 1 && !contains(site.anchor, node);
    const target = shared ? site.anchor : node;
    const key = `${target.range.join(':')}:${descriptor.messageId}`;
    if (reported.has(key)) continue;
    reported.add(key);
    check.context.report({ ...descriptor, node: target });
  }
}

function omittedOriginVerdict(library: CorsLibrary, credentialed: boolean, credentialsDefaulted: boolean): OriginVerdict {
  const defaulted = credentialsDefaulted && credentialed ? `; \`${library.keys.credentials}\` defaults to \`true\`` : '';
  switch (library.omittedOrigin) {
    case 'none':
      return RESTRICTED;
    case 'reflect':
      return {
        kind: 'any',
        node: undefined,
        origin: `every origin (with no \`origin\`, ${library.label} echoes the request Origin${defaulted})`,
        everySite: true,
      };
    case 'reflect-with-credentials':
      if (credentialed) {
        return {
          kind: 'any',
          node: undefined,
          origin: `every origin (with \`credentials: true\` and no \`origin\`, ${library.label.replace(/`/g, '')} echoes the request Origin)`,
          everySite: true,
        };
      }
      break;
    case 'wildcard':
      break;
  }
  return {
    kind: 'any',
    node: undefined,
    origin: `every origin (\`"*"\` is the default when \`origin\` is omitted${defaulted})`,
    everySite: true,
  };
}

function classifyOrigin(check: FileCheck, value: TSESTree.Node, library: CorsLibrary, depth: number): OriginVerdict {
  const { sourceCode } = check;
  const scope = sourceCode.getScope(value);
  const resolved = resolveValue(value, scope);
  const regex = regexOf(sourceCode, value);
  if (regex) {
    const flaw = looseOriginPattern(regex.source, regex.flags);
    return flaw ? { kind: 'regex', node: value, pattern: `/${regex.source}/${regex.flags}`, flaw: describePatternFlaw(flaw) } : RESTRICTED;
  }
  if (resolved.type === AST_NODE_TYPES.ArrayExpression) return depth === 0 ? classifyList(check, value, library) : UNKNOWN;
  const constant = staticValue(value, scope);
  if (constant) return classifyConstant(constant.value, value, depth > 0);
  const fallback = anyOriginFallback(check, resolved, library, depth);
  if (fallback) return fallback;
  // `origin: req.headers.origin` in options built per request: whatever Origin is sent is the one allowed.
  const reflected = check.analysis.reachingOrigin(value);
  if (reflected?.part === 'origin') {
    if (reflected.loose) return { kind: 'loose', check: reflected.loose };
    return { kind: 'any', node: value, origin: "every origin (the option is set to the request's own Origin)", everySite: true };
  }
  const fn = functionValue(sourceCode, resolved);
  return fn && library.originFunction ? classifyOriginFunction(check, fn, library.originFunction) : UNKNOWN;
}

/** `process.env.CORS_ORIGIN || "*"`: wherever the setting is missing, the policy is the fallback. */
function anyOriginFallback(check: FileCheck, value: TSESTree.Node, library: CorsLibrary, depth: number): OriginVerdict | undefined {
  let setting: TSESTree.Node;
  let policy: TSESTree.Node;
  if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator !== '&&') {
    [setting, policy] = [value.left, value.right];
  } else if (value.type === AST_NODE_TYPES.ConditionalExpression && isPresenceTest(value.test)) {
    // `process.env.ORIGIN_MATCH ? new RegExp(process.env.ORIGIN_MATCH) : "*"`
    [setting, policy] = [value.test, value.alternate];
  } else {
    return undefined;
  }
  const fallback = classifyOrigin(check, policy, library, depth);
  if (fallback.kind !== 'any') return undefined;
  return { ...fallback, origin: `${fallback.origin.replace(/\)$/, '')} whenever \`${shortText(check.sourceCode, setting)}\` is not set)` };
}

/** A test that only asks whether a setting is there: `process.env.CORS_ORIGIN`, `config.origins`. */
function isPresenceTest(test: TSESTree.Node): boolean {
  const value = unwrapExpression(test);
  return value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression;
}

function classifyConstant(value: unknown, node: TSESTree.Node, inList: boolean): OriginVerdict {
  if (value === '*') {
    return { kind: 'any', node, origin: inList ? 'every origin (`"*"` in the list)' : 'every origin (`"*"`)', everySite: true };
  }
  if (value === 'null') {
    return { kind: 'any', node, origin: 'the `"null"` origin, which any site can send from a sandboxed iframe', everySite: false };
  }
  if (value === true && !inList) {
    return { kind: 'any', node, origin: 'every origin (`origin: true` echoes whatever Origin the request sends)', everySite: true };
  }
  return RESTRICTED;
}

function classifyList(check: FileCheck, list: TSESTree.Node, library: CorsLibrary): OriginVerdict {
  const elements = readArrayElements(list, check.sourceCode.getScope(list));
  if (elements.kind === 'unknown') return UNKNOWN;
  for (const element of elements.elements) {
    const verdict = classifyOrigin(check, element, library, 1);
    if (verdict.kind === 'any' || verdict.kind === 'regex') return verdict;
  }
  return RESTRICTED;
}

// Origin functions.

/**
 * What an origin function admits, from every answer it gives (callback calls and returned values): every origin
 * when each answer is `true`, `"*"` or the origin itself with no check before it; a loose check's origins when one
 * answer passes an origin only after a check that an attacker's origin passes too.
 */
function classifyOriginFunction(check: FileCheck, fn: FunctionNode, shape: OriginFunction): OriginVerdict {
  const known = check.functionVerdicts.get(fn);
  if (known) return known;
  const merged = mergeDecisions(functionDecisions(check, fn, shape));
  let verdict: OriginVerdict = RESTRICTED;
  if (merged.kind === 'any') {
    verdict = {
      kind: 'any',
      node: undefined,
      origin: 'every origin (the origin function approves whatever Origin it is given)',
      everySite: true,
    };
  } else if (merged.kind === 'loose') {
    verdict = { kind: 'loose', check: merged.check };
  } else if (merged.kind === 'unknown') {
    verdict = UNKNOWN;
  }
  check.functionVerdicts.set(fn, verdict);
  return verdict;
}

function functionDecisions(check: FileCheck, fn: FunctionNode, shape: OriginFunction): Decision[] {
  const { analysis } = check;
  const callbackIndex = shape.parameters.indexOf('callback');
  const callback = callbackIndex >= 0 ? parameterAt(fn, callbackIndex) : undefined;
  const callbackCalls = callback ? callsOf(check, fn, callback) : [];
  const decisions: Decision[] = callbackCalls.map((call) => {
    const [error, allowed] = call.arguments;
    const decision: Decision = error && isNullish(error) && allowed ? decide(check, allowed, shape, 0) : { kind: 'reject' };
    return withGuard(decision, analysis.guardAt(call));
  });
  for (const returned of returnedExpressions(fn, { nested: true })) {
    // `return callback(null, true)` answers through the callback; other calls of a callback-style function are not answers.
    if (callback && unwrapExpression(returned).type === AST_NODE_TYPES.CallExpression) continue;
    decisions.push(withGuard(decide(check, returned, shape, 0), analysis.guardAt(returned)));
  }
  return decisions;
}

function callsOf(check: CheckContext, fn: FunctionNode, parameter: TSESTree.Identifier): TSESTree.CallExpression[] {
  return readsOfParameter(check.sourceCode, fn, parameter)
    .map((read) => read.parent)
    .filter(
      (parent): parent is TSESTree.CallExpression =>
        parent?.type === AST_NODE_TYPES.CallExpression && parent.callee.type === AST_NODE_TYPES.Identifier,
    );
}

/** One answer: the value passed to the callback or returned. */
function decide(check: FileCheck, answer: TSESTree.Node, shape: OriginFunction, depth: number): Decision {
  if (depth > 4) return { kind: 'unknown' };
  const { analysis } = check;
  const node = unwrapExpression(answer);
  const next = (inner: TSESTree.Node) => decide(check, inner, shape, depth + 1);
  if (node.type === AST_NODE_TYPES.ConditionalExpression) {
    return mergeDecisions([
      withGuard(next(node.consequent), analysis.judge(node.test, true)),
      withGuard(next(node.alternate), analysis.judge(node.test, false)),
    ]);
  }
  if (node.type === AST_NODE_TYPES.AwaitExpression) return next(node.argument);
  if (shape.answers === 'allow') {
    const test = analysis.judge(node, true);
    if (test.kind === 'exact') return { kind: 'restricted' };
    if (test.kind === 'loose') return { kind: 'loose', check: test };
  }
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    if (node.operator === '&&') return mergeDecisions([{ kind: 'reject' }, withGuard(next(node.right), analysis.judge(node.left, true))]);
    return mergeAlternatives([next(node.left), next(node.right)]);
  }
  const constant = staticValue(node, check.sourceCode.getScope(node));
  if (constant) {
    const value = constant.value;
    if (value === true || value === '*') return { kind: 'any' };
    if (value === false || value === null || value === undefined || value === '') return { kind: 'reject' };
    return { kind: 'restricted' };
  }
  const origin = analysis.reachingOrigin(node);
  if (origin?.part === 'origin') return origin.loose ? { kind: 'loose', check: origin.loose } : { kind: 'any' };
  return { kind: 'unknown' };
}

/** An answer only some origins reach: an exact check restricts it, a loose one makes it loose, a test for no Origin makes it moot. */
function withGuard(decision: Decision, guard: OriginTest): Decision {
  if (guard.kind === 'absent') return { kind: 'neutral' };
  if (decision.kind !== 'any' && decision.kind !== 'loose') return decision;
  if (guard.kind === 'exact') return { kind: 'restricted' };
  if (guard.kind === 'loose' && decision.kind === 'any')
    return { kind: 'loose', check: { node: guard.node, example: guard.example, flaw: guard.flaw } };
  return decision;
}

/** Answers of one function: loose if any is; every origin only if every answer that matters admits every origin. */
function mergeDecisions(decisions: readonly Decision[]): Decision {
  const relevant = decisions.filter((decision) => decision.kind !== 'neutral');
  if (relevant.length === 0) return { kind: 'neutral' };
  const loose = relevant.find((decision) => decision.kind === 'loose');
  if (loose) return loose;
  if (relevant.every((decision) => decision.kind === 'any')) return { kind: 'any' };
  return relevant.some((decision) => decision.kind === 'unknown') ? { kind: 'unknown' } : { kind: 'restricted' };
}

/** `origin || "*"`: the answer is whichever operand applies, so any admitting operand admits. */
function mergeAlternatives(decisions: readonly Decision[]): Decision {
  const loose = decisions.find((decision) => decision.kind === 'loose');
  if (loose) return loose;
  if (decisions.some((decision) => decision.kind === 'any')) return { kind: 'any' };
  return mergeDecisions(decisions);
}

function looseCheckDescriptor(check: CheckContext, loose: LooseCheck): PendingReport['descriptor'] {
  return { messageId: 'looseOriginCheck', data: { check: shortText(check.sourceCode, loose.node), example: loose.example } };
}

function allowlistSuggestion(
  check: CheckContext,
  site: CorsSite,
  originProperty: TSESTree.Property | undefined,
  credentialsProperty: TSESTree.Property | undefined,
): TSESLint.ReportSuggestionArray<MessageIds> {
  const property = allowlistProperty(site.library);
  const fix = originFix(check, site, property, originProperty, credentialsProperty);
  return fix ? [{ messageId: 'useAllowlist', data: { allowlist: property }, fix }] : [];
}

function originFix(
  check: CheckContext,
  site: CorsSite,
  property: string,
  originProperty: TSESTree.Property | undefined,
  credentialsProperty: TSESTree.Property | undefined,
): TSESLint.ReportFixFunction | undefined {
  if (originProperty) return (fixer) => fixer.replaceText(originProperty, property);
  if (credentialsProperty) return (fixer) => fixer.insertTextBefore(credentialsProperty, `${property}, `);
  const inline = site.options && unwrapExpression(site.options);
  if (inline?.type === AST_NODE_TYPES.ObjectExpression) {
    const first = inline.properties[0];
    return first ? (fixer) => fixer.insertTextBefore(first, `${property}, `) : (fixer) => fixer.replaceText(inline, `{ ${property} }`);
  }
  const { call, optionsIndex } = site;
  if (site.options || !call || optionsIndex === undefined || call.arguments.length !== optionsIndex) return undefined;
  const previous = call.arguments[optionsIndex - 1];
  if (previous) return (fixer) => fixer.insertTextAfter(previous, `, { ${property} }`);
  const closing = check.sourceCode.getLastToken(call);
  return closing?.value === ')' ? (fixer) => fixer.insertTextBefore(closing, `{ ${property} }`) : undefined;
}

// Hand-written headers.

function headerSetterWrite(check: CheckContext, call: TSESTree.CallExpression): HeaderWrite | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberKey(callee);
  const setter = method !== undefined && Object.hasOwn(HEADER_METHODS, method) ? HEADER_METHODS[method] : undefined;
  return setter ? nameValueWrite(check, call, setter.forms) : undefined;
}

/** `setHeader(event, "Access-Control-Allow-Origin", value)` from h3, imported or auto-imported by Nuxt. */
function headerFunctionWrites(check: CheckContext): HeaderWrite[] {
  const { sourceCode } = check;
  return [...findModuleReferences(sourceCode, HEADER_FUNCTIONS), ...findGlobalReferences(sourceCode, HEADER_FUNCTION_GLOBALS)].flatMap(
    (reference) => {
      const call = reference.node;
      const write = call.type === AST_NODE_TYPES.CallExpression ? nameValueWrite(check, call, [reference.info]) : undefined;
      return write ? [write] : [];
    },
  );
}

function nameValueWrite(check: CheckContext, call: TSESTree.CallExpression, forms: readonly HeaderWriteForm[]): HeaderWrite | undefined {
  for (const form of forms) {
    if (form.kind !== 'nameValue') continue;
    const name = call.arguments[form.name];
    const value = call.arguments[form.value];
    if (!name || !value || value.type === AST_NODE_TYPES.SpreadElement) continue;
    const header = corsHeader(staticString(name, check.sourceCode.getScope(call)));
    if (header) return { header, value, groups: [enclosingFunction(call) ?? check.sourceCode.ast] };
  }
  return undefined;
}

function headerPropertyWrite(check: CheckContext, property: TSESTree.Property): HeaderWrite | undefined {
  const object = property.parent as TSESTree.ObjectExpression;
  const scope = check.sourceCode.getScope(property);
  const name = staticPropertyName(property, scope);
  if (name === undefined) return undefined;
  const header = corsHeader(name);
  if (header) return { header, value: property.value, groups: [object, ...handlerGroup(object)] };
  // Next.js `headers()` entries: `{ key: "Access-Control-Allow-Origin", value: "*" }`.
  if (name !== 'key') return undefined;
  const entryHeader = corsHeader(staticString(property.value, scope));
  const value = object.properties.find(
    (member): member is TSESTree.Property => member.type === AST_NODE_TYPES.Property && staticPropertyName(member, scope) === 'value',
  );
  if (!entryHeader || !value) return undefined;
  const list = object.parent.type === AST_NODE_TYPES.ArrayExpression ? object.parent : object;
  return { header: entryHeader, value: value.value, groups: [list] };
}

/** `new Headers([["Access-Control-Allow-Origin", "*"], ...])`. */
function headerTupleWrite(check: CheckContext, tuple: TSESTree.ArrayExpression): HeaderWrite | undefined {
  const [name, value] = tuple.elements;
  if (!name || !value || name.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (tuple.parent.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const header = corsHeader(staticString(name, check.sourceCode.getScope(tuple)));
  return header ? { header, value, groups: [tuple.parent, ...handlerGroup(tuple.parent)] } : undefined;
}

/** `headers["Access-Control-Allow-Origin"] = origin`, `response.headers[ALLOW_ORIGIN] = "*"`. */
function headerAssignmentWrite(check: CheckContext, member: TSESTree.MemberExpression): HeaderWrite | undefined {
  const assignment = member.parent as TSESTree.AssignmentExpression;
  if (assignment.operator !== '=' || member.property.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  const key = member.computed ? staticString(member.property, check.sourceCode.getScope(member)) : memberKey(member);
  const header = corsHeader(key);
  return header ? { header, value: assignment.right, groups: [enclosingFunction(assignment) ?? check.sourceCode.ast] } : undefined;
}

/**
 * A header object joins its handler's other header writes only when it is sent: passed to a call
 * (`res.set({...})`, `new Headers({...})`) or given as `headers`. Header-shaped data, such as a test's
 * table of expected responses, stands alone.
 */
function handlerGroup(headers: TSESTree.Node): TSESTree.Node[] {
  const parent = headers.parent;
  const isSent =
    ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(headers as TSESTree.CallExpressionArgument)) ||
    (parent?.type === AST_NODE_TYPES.Property && parent.value === headers && staticPropertyName(parent) === 'headers');
  const fn = isSent ? enclosingFunction(headers) : undefined;
  return fn ? [fn] : [];
}

function checkHeaderWrites(check: FileCheck, headerWrites: readonly HeaderWrite[]): void {
  const groups = new Map<TSESTree.Node, HeaderWrite[]>();
  for (const write of headerWrites) {
    for (const group of write.groups) groups.set(group, [...(groups.get(group) ?? []), write]);
  }
  const reportedChecks = new Set<TSESTree.Node>();
  for (const write of headerWrites) {
    if (write.header !== 'origin') continue;
    const verdict = headerOriginVerdict(check, write.value);
    if (!verdict) continue;
    const states = write.groups.map((group) =>
      groupCredentials(
        check,
        (groups.get(group) ?? []).filter((other) => !exclusive(other.value, write.value)),
      ),
    );
    if (states.includes('on')) {
      if (verdict.loose) {
        if (reportedChecks.has(verdict.loose.node)) continue;
        reportedChecks.add(verdict.loose.node);
        check.context.report({
          node: verdict.loose.node,
          ...looseCheckDescriptor(check, verdict.loose),
        });
      } else {
        check.context.report({ node: write.value, messageId: 'reflectedOriginHeader', data: { origin: verdict.origin } });
      }
    } else if (check.reportWithoutCredentials && verdict.everySite && !verdict.loose && !states.includes('unknown')) {
      check.context.report({
        node: write.value,
        messageId: 'wildcardWithoutCredentials',
        data: { library: HAND_WRITTEN, origin: verdict.origin, fix: HAND_WRITTEN_FIX },
      });
    }
  }
}

function headerOriginVerdict(
  check: FileCheck,
  value: TSESTree.Node,
): { origin: string; everySite: boolean; loose?: LooseCheck } | undefined {
  const constant = staticString(value, check.sourceCode.getScope(value))?.trim();
  if (constant === '*') return { origin: '`*`', everySite: true };
  if (constant === 'null') return { origin: '`null`, which any site can send from a sandboxed iframe', everySite: false };
  if (constant !== undefined) return undefined;
  const origin = check.analysis.reachingOrigin(value);
  if (origin?.part === 'origin') return { origin: "the request's own `Origin` header", everySite: true, loose: origin.loose };
  // `process.env.ALLOWED_ORIGIN || "*"`: wherever the setting is missing, the header is the fallback.
  const fallback = unwrapExpression(value);
  if (fallback.type !== AST_NODE_TYPES.LogicalExpression || fallback.operator === '&&') return undefined;
  if (staticString(fallback.right, check.sourceCode.getScope(fallback))?.trim() !== '*') return undefined;
  return { origin: `\`*\` whenever \`${shortText(check.sourceCode, fallback.left)}\` is not set`, everySite: true };
}

/** Two writes on different branches of one `if`, `?:` or `switch` never run together. */
function exclusive(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const ancestors = new Map<TSESTree.Node, TSESTree.Node>();
  for (let child: TSESTree.Node = a, parent = a.parent; parent; child = parent, parent = parent.parent) ancestors.set(parent, child);
  for (let child: TSESTree.Node = b, parent = b.parent; parent; child = parent, parent = parent.parent) {
    const fromA = ancestors.get(parent);
    if (fromA === undefined) continue;
    if (fromA === child) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return fromA !== parent.test && child !== parent.test;
      case AST_NODE_TYPES.SwitchStatement:
        return fromA !== parent.discriminant && child !== parent.discriminant;
      default:
        return false;
    }
  }
  return false;
}

function groupCredentials(check: CheckContext, writes: readonly HeaderWrite[]): CredentialState {
  let state: CredentialState = 'off';
  for (const write of writes) {
    if (write.header !== 'credentials') continue;
    const constant = staticValue(write.value, check.sourceCode.getScope(write.value));
    if (constant?.value === true || (typeof constant?.value === 'string' && constant.value.trim().toLowerCase() === 'true')) return 'on';
    if (!constant) state = 'unknown';
  }
  return state;
}

function credentialState(lookup: OptionLookup, scope: TSESLint.Scope.Scope, byDefault: boolean): CredentialState {
  if (lookup.kind === 'absent') return byDefault ? 'on' : 'off';
  if (lookup.kind === 'unknown') return 'unknown';
  const value = staticBoolean(lookup.value, scope);
  if (value === undefined) return 'unknown';
  return value ? 'on' : 'off';
}

function corsHeader(name: string | undefined): HeaderWrite['header'] | undefined {
  const normalized = name?.trim().toLowerCase();
  if (normalized === ALLOW_ORIGIN) return 'origin';
  if (normalized === ALLOW_CREDENTIALS) return 'credentials';
  return undefined;
}

function isCall(node: TSESTree.Node): node is Call {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

function shortText(sourceCode: SourceCode, node: TSESTree.Node): string {
  const text = sourceCode.getText(node).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
