import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, isFunctionNode, parameterAt, readsOfParameter, type FunctionNode } from '../analysis/local-functions';
import { CALL, CONSTRUCT, findModuleReferences, READ, valueUses, type ModuleReference, type TraceMap } from '../analysis/module-references';
import { looseOriginPattern } from '../analysis/origin-patterns';
import { isGuardedByOriginCheck, isRequestOriginRead, originReference, type OriginReference } from '../analysis/request-origin';
import {
  isMethodCall,
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
import { readsOfStoredValue } from '../analysis/value-references';
import { createRule, docsFor } from '../create-rule';

export type Options = [{ reportWildcardWithoutCredentials?: boolean }];
export type MessageIds =
  | 'anyOriginWithCredentials'
  | 'looseOriginRegex'
  | 'looseOriginCheck'
  | 'reflectedOriginHeader'
  | 'wildcardWithoutCredentials'
  | 'useAllowlist';

type Scope = TSESLint.Scope.Scope;

/** How a CORS library turns its `origin` option into `Access-Control-Allow-Origin`. */
interface CorsLibrary {
  label: string;
  /** `reflect-with-credentials`: @koa/cors echoes the request Origin when `origin` is omitted and credentials are on. */
  omittedOrigin: 'wildcard' | 'reflect-with-credentials';
  /** What an origin function receives first: the Origin string (cors, @fastify/cors, hono) or the Koa context. */
  originArgument: 'origin' | 'context';
  /** The replacement offered by the suggestion: an allowlist read from configuration. */
  allowlist: string;
}

const LIST_ALLOWLIST = 'process.env.CORS_ORIGINS?.split(",") ?? []';
const KOA_ALLOWLIST = '(ctx) => ((process.env.CORS_ORIGINS?.split(",") ?? []).includes(ctx.get("Origin")) ? ctx.get("Origin") : "")';

const library = (label: string, overrides: Partial<CorsLibrary> = {}): CorsLibrary => ({
  label,
  omittedOrigin: 'wildcard',
  originArgument: 'origin',
  allowlist: LIST_ALLOWLIST,
  ...overrides,
});

const EXPRESS_CORS = library('`cors`');
const FASTIFY_CORS = library('`@fastify/cors`');
const KOA_CORS = library('`@koa/cors`', {
  omittedOrigin: 'reflect-with-credentials',
  originArgument: 'context',
  allowlist: KOA_ALLOWLIST,
});
const HONO_CORS = library('hono `cors`');
const NEST_CORS = library('Nest CORS');
const SOCKET_IO_CORS = library('Socket.IO `cors`');
const APOLLO_CORS = library('Apollo Server `cors`');

type CorsEntry =
  | { role: 'middleware'; library: CorsLibrary }
  | { role: 'fastifyPlugin' }
  | { role: 'nestFactory' }
  | { role: 'socketServer' }
  | { role: 'apolloServer'; standalone: boolean }
  | { role: 'apolloStandalone' };

const middleware = (corsLibrary: CorsLibrary): CorsEntry => ({ role: 'middleware', library: corsLibrary });
const callable = (entry: CorsEntry) => ({ [CALL]: entry, default: { [CALL]: entry } });
const fastifyPlugin = { [READ]: { role: 'fastifyPlugin' } } as const;
const socketServer: CorsEntry = { role: 'socketServer' };
const apolloServer = (standalone: boolean) => ({ ApolloServer: { [CONSTRUCT]: { role: 'apolloServer', standalone } as CorsEntry } });

const CORS_LIBRARIES: TraceMap<CorsEntry> = {
  cors: callable(middleware(EXPRESS_CORS)),
  '@koa/cors': callable(middleware(KOA_CORS)),
  kcors: callable(middleware(KOA_CORS)),
  'hono/cors': { cors: { [CALL]: middleware(HONO_CORS) } },
  '@fastify/cors': { ...fastifyPlugin, default: fastifyPlugin, fastifyCors: fastifyPlugin },
  'fastify-cors': { ...fastifyPlugin, default: fastifyPlugin },
  '@nestjs/core': { NestFactory: { create: { [CALL]: { role: 'nestFactory' } } } },
  'socket.io': {
    [CALL]: socketServer,
    [CONSTRUCT]: socketServer,
    Server: { [CALL]: socketServer, [CONSTRUCT]: socketServer },
    default: { [CALL]: socketServer, [CONSTRUCT]: socketServer },
  },
  'apollo-server': apolloServer(true),
  'apollo-server-express': apolloServer(false),
  'apollo-server-koa': apolloServer(false),
  'apollo-server-fastify': apolloServer(false),
  'apollo-server-hapi': apolloServer(false),
  'apollo-server-lambda': apolloServer(false),
  '@apollo/server/standalone': { startStandaloneServer: { [CALL]: { role: 'apolloStandalone' } } },
};

/** Apollo Server 2/3 integration methods that take `{ cors }`. */
const APOLLO_MIDDLEWARE_METHODS = new Set(['applyMiddleware', 'getMiddleware', 'createHandler']);
const HEADER_SETTERS = new Set(['setHeader', 'header', 'set', 'append']);
const ALLOW_ORIGIN = 'access-control-allow-origin';
const ALLOW_CREDENTIALS = 'access-control-allow-credentials';
const HAND_WRITTEN = 'A hand-written CORS header';
const HAND_WRITTEN_FIX = '`if (allowedOrigins.has(origin))` before echoing it';

/** One place where a CORS library is configured: the options object it reads and the call to report on. */
interface CorsSite {
  library: CorsLibrary;
  /** Undefined when the library runs with its defaults (`cors()`, `cors: true`). */
  options: TSESTree.Node | undefined;
  call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** `cors()` and `register(cors)`: the options object can be added as this argument. */
  optionsIndex?: number;
}

type OriginVerdict =
  | { kind: 'any'; node: TSESTree.Node | undefined; origin: string; everySite: boolean }
  | { kind: 'regex'; node: TSESTree.Node; pattern: string; flaw: string }
  | { kind: 'restricted' }
  | { kind: 'unknown' };

type CredentialState = 'on' | 'off' | 'unknown';

interface HeaderWrite {
  header: 'origin' | 'credentials';
  value: TSESTree.Node;
  /** The handler and/or header object (or `{ key, value }` list) the header belongs to. */
  groups: TSESTree.Node[];
}

const RESTRICTED: OriginVerdict = { kind: 'restricted' };
const UNKNOWN: OriginVerdict = { kind: 'unknown' };

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
        '{{library}} allows credentialed requests from {{origin}}, so any website can act as the signed-in user and read the responses. Allow only an explicit list of origins, e.g. `origin: {{allowlist}}`.',
      looseOriginRegex:
        '{{library}} allows credentialed requests from origins matching `{{pattern}}`, which {{flaw}}. Anchor it with `^` and `$` and escape every dot in the host, e.g. `/^https:\\/\\/(www\\.)?example\\.com$/`.',
      // eslint-disable-next-line eslint-plugin/no-unused-message-ids -- reported once origin checks are judged by what they let through (next commits)
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
    const sourceCode = context.sourceCode;
    const reportWithoutCredentials = options.reportWildcardWithoutCredentials === true;
    const returnsByFunction = new Map<TSESTree.Node, TSESTree.ReturnStatement[]>();
    const headerWrites: HeaderWrite[] = [];

    return {
      ReturnStatement(node) {
        const fn = enclosingFunction(node);
        if (fn) returnsByFunction.set(fn, [...(returnsByFunction.get(fn) ?? []), node]);
      },
      'CallExpression[callee.type="MemberExpression"]'(node: TSESTree.CallExpression) {
        collectHeaderSetter(node);
      },
      'ObjectExpression > Property'(node: TSESTree.Property) {
        collectHeaderProperty(node);
      },
      'ArrayExpression[elements.length=2]'(node: TSESTree.ArrayExpression) {
        collectHeaderTuple(node);
      },
      'Program:exit'() {
        const seen = new Set<TSESTree.Node>();
        for (const site of findModuleReferences(sourceCode, CORS_LIBRARIES).flatMap(sitesOf)) {
          if (seen.has(site.call)) continue;
          seen.add(site.call);
          checkSite(site);
        }
        checkHeaderWrites();
      },
    };

    // Library configuration.

    function sitesOf(reference: ModuleReference<CorsEntry>): CorsSite[] {
      const { info } = reference;
      const call = reference.node;
      switch (info.role) {
        case 'middleware':
          return isCall(call) ? [{ library: info.library, options: call.arguments[0], call, optionsIndex: 0 }] : [];
        case 'fastifyPlugin':
          return fastifyRegistration(reference);
        case 'nestFactory':
          return isCall(call) ? nestSites(call) : [];
        case 'socketServer':
          return isCall(call) ? socketSites(call) : [];
        case 'apolloServer':
          return isCall(call) ? apolloSites(call, info.standalone) : [];
        case 'apolloStandalone': {
          // `startStandaloneServer(server, { cors })`: Apollo 4 ignores the option, but it states the intended policy.
          const site = isCall(call) ? corsOptionSite(call.arguments[1], call, APOLLO_CORS) : undefined;
          return site ? [site] : [];
        }
      }
    }

    /** `fastify.register(cors, options)`, wherever the imported plugin is passed. */
    function fastifyRegistration(reference: ModuleReference<CorsEntry>): CorsSite[] {
      return valueUses(sourceCode, reference).flatMap((plugin) => {
        const register = plugin.parent;
        if (register?.type !== AST_NODE_TYPES.CallExpression || register.arguments[0] !== plugin) return [];
        if (!isMethodCall(register, new Set(['register']))) return [];
        return [{ library: FASTIFY_CORS, options: register.arguments[1], call: register, optionsIndex: 1 }];
      });
    }

    /** `NestFactory.create(AppModule, { cors })` and `app.enableCors(options)` on the app it returns. */
    function nestSites(create: TSESTree.CallExpression | TSESTree.NewExpression): CorsSite[] {
      const sites: CorsSite[] = [];
      const factoryOptions = create.arguments.length >= 2 ? create.arguments[create.arguments.length - 1] : undefined;
      const fromFactory = corsOptionSite(factoryOptions, create, NEST_CORS);
      if (fromFactory) sites.push(fromFactory);
      for (const read of readsOfStoredValue(sourceCode, create)) {
        const member = read.parent;
        if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== read) continue;
        const call = member.parent;
        if (call.type === AST_NODE_TYPES.CallExpression && call.callee === member && isMethodCall(call, new Set(['enableCors']))) {
          sites.push({ library: NEST_CORS, options: call.arguments[0], call, optionsIndex: 0 });
        }
      }
      return sites;
    }

    /** `new Server(httpServer, { cors })`, `new Server({ cors })`, `require("socket.io")(httpServer, { cors })`. */
    function socketSites(call: TSESTree.CallExpression | TSESTree.NewExpression): CorsSite[] {
      const [first, second] = call.arguments;
      const serverOptions =
        second ?? (first && resolveValue(first, sourceCode.getScope(call)).type === AST_NODE_TYPES.ObjectExpression ? first : undefined);
      const site = corsOptionSite(serverOptions, call, SOCKET_IO_CORS);
      return site ? [site] : [];
    }

    /** `new ApolloServer({ cors })` (apollo-server) or `server.applyMiddleware({ app, cors })` (integrations). */
    function apolloSites(construct: TSESTree.CallExpression | TSESTree.NewExpression, standalone: boolean): CorsSite[] {
      if (standalone) {
        const site = corsOptionSite(construct.arguments[0], construct, APOLLO_CORS);
        return site ? [site] : [];
      }
      return readsOfStoredValue(sourceCode, construct).flatMap((read) => {
        const member = read.parent;
        if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== read) return [];
        const call = member.parent;
        if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return [];
        if (!isMethodCall(call, APOLLO_MIDDLEWARE_METHODS)) return [];
        const site = corsOptionSite(call.arguments[0], call, APOLLO_CORS);
        return site ? [site] : [];
      });
    }

    /** A `cors` property inside a server's options: an options object, `true` for the defaults, absent or `false` for none. */
    function corsOptionSite(
      serverOptions: TSESTree.Node | undefined,
      call: TSESTree.CallExpression | TSESTree.NewExpression,
      corsLibrary: CorsLibrary,
    ): CorsSite | undefined {
      const scope = sourceCode.getScope(call);
      const lookup = readOption(serverOptions, ['cors'], scope);
      if (lookup.kind !== 'present') return undefined;
      const enabled = staticBoolean(lookup.value, scope);
      if (enabled === false) return undefined;
      return { library: corsLibrary, options: enabled === true ? undefined : lookup.value, call };
    }

    function checkSite(site: CorsSite): void {
      const scope = sourceCode.getScope(site.call);
      const credentials = readOption(site.options, ['credentials'], scope);
      const state = credentialState(credentials, scope);
      if (state === 'unknown') return;
      const origin = readOption(site.options, ['origin'], scope);
      if (origin.kind === 'unknown') return;
      const verdict =
        origin.kind === 'absent'
          ? omittedOriginVerdict(site.library, state === 'on')
          : classifyOrigin(origin.value, site.library, scope, 0);
      const credentialsNode = credentials.kind === 'present' ? credentials.property : undefined;

      const originNode = origin.kind === 'present' ? origin.value : undefined;
      if (state === 'on' && verdict.kind === 'any') {
        const allowlist = site.library.allowlist;
        context.report({
          node: verdict.node ?? originNode ?? credentialsNode ?? site.call,
          messageId: 'anyOriginWithCredentials',
          data: { library: site.library.label, origin: verdict.origin, allowlist },
          suggest: allowlistSuggestion(site, origin.kind === 'present' ? origin.property : undefined, credentialsNode),
        });
      } else if (state === 'on' && verdict.kind === 'regex') {
        context.report({
          node: verdict.node,
          messageId: 'looseOriginRegex',
          data: { library: site.library.label, pattern: verdict.pattern, flaw: verdict.flaw },
        });
      } else if (state === 'off' && reportWithoutCredentials && verdict.kind === 'any' && verdict.everySite) {
        context.report({
          node: verdict.node ?? originNode ?? site.call,
          messageId: 'wildcardWithoutCredentials',
          data: { library: site.library.label, origin: verdict.origin, fix: `\`origin: ${site.library.allowlist}\`` },
          suggest: allowlistSuggestion(site, origin.kind === 'present' ? origin.property : undefined, credentialsNode),
        });
      }
    }

    function omittedOriginVerdict(corsLibrary: CorsLibrary, credentialed: boolean): OriginVerdict {
      if (corsLibrary.omittedOrigin === 'reflect-with-credentials' && credentialed) {
        return {
          kind: 'any',
          node: undefined,
          origin: 'every origin (with `credentials: true` and no `origin`, @koa/cors echoes the request Origin)',
          everySite: true,
        };
      }
      return { kind: 'any', node: undefined, origin: 'every origin (`"*"` is the default when `origin` is omitted)', everySite: true };
    }

    function classifyOrigin(value: TSESTree.Node, corsLibrary: CorsLibrary, scope: Scope, depth: number): OriginVerdict {
      const resolved = resolveValue(value, scope);
      const regex = regexOf(resolved, scope);
      if (regex) {
        const flaw = looseOriginPattern(regex.source, regex.flags);
        return flaw ? { kind: 'regex', node: value, pattern: `/${regex.source}/${regex.flags}`, flaw } : RESTRICTED;
      }
      if (resolved.type === AST_NODE_TYPES.ArrayExpression) return depth === 0 ? classifyList(value, corsLibrary, scope) : UNKNOWN;
      const constant = staticValue(value, scope);
      if (constant) return classifyConstant(constant.value, value, depth > 0);
      const fn = functionOf(resolved, scope);
      return fn ? classifyOriginFunction(fn, corsLibrary) : UNKNOWN;
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

    function classifyList(list: TSESTree.Node, corsLibrary: CorsLibrary, scope: Scope): OriginVerdict {
      const elements = readArrayElements(list, scope);
      if (elements.kind === 'unknown') return UNKNOWN;
      for (const element of elements.elements) {
        const verdict = classifyOrigin(element, corsLibrary, sourceCode.getScope(element), 1);
        if (verdict.kind === 'any' || verdict.kind === 'regex') return verdict;
      }
      return RESTRICTED;
    }

    function regexOf(node: TSESTree.Node, scope: Scope): { source: string; flags: string } | undefined {
      if (node.type === AST_NODE_TYPES.Literal && 'regex' in node) return { source: node.regex.pattern, flags: node.regex.flags };
      if (
        (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) &&
        node.callee.type === AST_NODE_TYPES.Identifier &&
        node.callee.name === 'RegExp' &&
        !ASTUtils.findVariable(scope, 'RegExp')?.defs.length
      ) {
        const [pattern, flags] = node.arguments;
        const source = pattern && staticString(pattern, scope);
        const flagText = flags ? staticString(flags, scope) : '';
        return source !== undefined && source !== '' && flagText !== undefined ? { source, flags: flagText } : undefined;
      }
      return undefined;
    }

    function functionOf(node: TSESTree.Node, scope: Scope): FunctionNode | undefined {
      if (isFunctionNode(node)) return node;
      if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
      const variable = ASTUtils.findVariable(scope, node);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      return definition?.type === TSESLint.Scope.DefinitionType.FunctionName && isFunctionNode(definition.node)
        ? definition.node
        : undefined;
    }

    /**
     * An origin function that approves whatever it is given: every callback call passes `true`, `"*"` or
     * the origin itself, and every returned value is one of those, with none of them behind an origin check.
     */
    function classifyOriginFunction(fn: FunctionNode, corsLibrary: CorsLibrary): OriginVerdict {
      const scope = sourceCode.getScope(fn);
      const originParameter = corsLibrary.originArgument === 'origin' ? parameterAt(fn, 0) : undefined;
      const callbackParameter = corsLibrary.originArgument === 'origin' ? parameterAt(fn, 1) : undefined;
      const originVariables = sourceCode.getDeclaredVariables(fn).filter((variable) => variable.name === originParameter?.name);
      const isOrigin = originReference(scope, originVariables);
      const callbackCalls = callbackParameter ? callsOf(fn, callbackParameter) : [];
      const decisions: TSESTree.Node[] = callbackCalls.map((call) => {
        const [error, allowed] = call.arguments;
        return error && isNullLiteral(error) && allowed ? allowed : call;
      });
      for (const returned of returnedValues(fn)) {
        if (!callbackCalls.includes(unwrapExpression(returned) as TSESTree.CallExpression)) decisions.push(returned);
      }
      if (decisions.length === 0) return UNKNOWN;
      const approvesAll = decisions.every(
        (decision) =>
          approvesAnyOrigin(decision, isOrigin, sourceCode.getScope(decision), 0) &&
          !isGuardedByOriginCheck(decision, isOrigin, sourceCode.getScope(decision)),
      );
      if (!approvesAll) return RESTRICTED;
      return {
        kind: 'any',
        node: undefined,
        origin: 'every origin (the origin function approves whatever Origin it is given)',
        everySite: true,
      };
    }

    function callsOf(fn: FunctionNode, parameter: TSESTree.Identifier): TSESTree.CallExpression[] {
      return readsOfParameter(sourceCode, fn, parameter)
        .map((read) => read.parent)
        .filter((parent): parent is TSESTree.CallExpression => parent.type === AST_NODE_TYPES.CallExpression)
        .filter((call) => call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === parameter.name);
    }

    function returnedValues(fn: FunctionNode): TSESTree.Node[] {
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
      return (returnsByFunction.get(fn) ?? []).flatMap((statement) => (statement.argument ? [statement.argument] : []));
    }

    function approvesAnyOrigin(node: TSESTree.Node, isOrigin: OriginReference, scope: Scope, depth: number): boolean {
      if (depth > 4) return false;
      const value = unwrapExpression(node);
      if (isOrigin(value)) return true;
      const constant = staticValue(value, scope);
      if (constant) return constant.value === true || constant.value === '*';
      if (value.type === AST_NODE_TYPES.ConditionalExpression) {
        return (
          approvesAnyOrigin(value.consequent, isOrigin, scope, depth + 1) && approvesAnyOrigin(value.alternate, isOrigin, scope, depth + 1)
        );
      }
      if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator !== '&&') {
        return approvesAnyOrigin(value.left, isOrigin, scope, depth + 1) && approvesAnyOrigin(value.right, isOrigin, scope, depth + 1);
      }
      if (value.type === AST_NODE_TYPES.AwaitExpression) return approvesAnyOrigin(value.argument, isOrigin, scope, depth + 1);
      return false;
    }

    function allowlistSuggestion(
      site: CorsSite,
      originProperty: TSESTree.Property | undefined,
      credentialsProperty: TSESTree.Property | undefined,
    ): TSESLint.ReportSuggestionArray<MessageIds> {
      const { allowlist } = site.library;
      const property = `origin: ${allowlist}`;
      const fix = originFix(site, property, originProperty, credentialsProperty);
      return fix ? [{ messageId: 'useAllowlist', data: { allowlist }, fix }] : [];
    }

    function originFix(
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
      if (site.options || site.optionsIndex === undefined || site.call.arguments.length !== site.optionsIndex) return undefined;
      const previous = site.call.arguments[site.optionsIndex - 1];
      if (previous) return (fixer) => fixer.insertTextAfter(previous, `, { ${property} }`);
      const closing = sourceCode.getLastToken(site.call);
      return closing?.value === ')' ? (fixer) => fixer.insertTextBefore(closing, `{ ${property} }`) : undefined;
    }

    // Hand-written headers.

    function collectHeaderSetter(call: TSESTree.CallExpression): void {
      if (!isMethodCall(call, HEADER_SETTERS)) return;
      const [name, value] = call.arguments;
      if (!name || !value) return;
      const header = corsHeader(staticString(name, sourceCode.getScope(call)));
      if (header) headerWrites.push({ header, value, groups: [enclosingFunction(call) ?? sourceCode.ast] });
    }

    function collectHeaderProperty(property: TSESTree.Property): void {
      const object = property.parent as TSESTree.ObjectExpression;
      const scope = sourceCode.getScope(property);
      const name = staticPropertyName(property, scope);
      if (name === undefined) return;
      const header = corsHeader(name);
      if (header) {
        headerWrites.push({ header, value: property.value, groups: [object, ...handlerGroup(object)] });
        return;
      }
      // Next.js `headers()` entries: `{ key: "Access-Control-Allow-Origin", value: "*" }`.
      if (name !== 'key') return;
      const entryHeader = corsHeader(staticString(property.value, scope));
      const value = object.properties.find(
        (member): member is TSESTree.Property => member.type === AST_NODE_TYPES.Property && staticPropertyName(member, scope) === 'value',
      );
      if (!entryHeader || !value) return;
      const list = object.parent.type === AST_NODE_TYPES.ArrayExpression ? object.parent : object;
      headerWrites.push({ header: entryHeader, value: value.value, groups: [list] });
    }

    /** `new Headers([["Access-Control-Allow-Origin", "*"], ...])`. */
    function collectHeaderTuple(tuple: TSESTree.ArrayExpression): void {
      const [name, value] = tuple.elements;
      if (!name || !value || name.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) return;
      if (tuple.parent.type !== AST_NODE_TYPES.ArrayExpression) return;
      const header = corsHeader(staticString(name, sourceCode.getScope(tuple)));
      if (header) headerWrites.push({ header, value, groups: [tuple.parent, ...handlerGroup(tuple.parent)] });
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

    function checkHeaderWrites(): void {
      const groups = new Map<TSESTree.Node, HeaderWrite[]>();
      for (const write of headerWrites) {
        for (const group of write.groups) groups.set(group, [...(groups.get(group) ?? []), write]);
      }
      for (const write of headerWrites) {
        if (write.header !== 'origin') continue;
        const verdict = headerOriginVerdict(write.value);
        if (!verdict) continue;
        const states = write.groups.map((group) => groupCredentials(groups.get(group) ?? []));
        if (states.includes('on')) {
          context.report({ node: write.value, messageId: 'reflectedOriginHeader', data: { origin: verdict.origin } });
        } else if (reportWithoutCredentials && verdict.everySite && !states.includes('unknown')) {
          context.report({
            node: write.value,
            messageId: 'wildcardWithoutCredentials',
            data: { library: HAND_WRITTEN, origin: verdict.origin, fix: HAND_WRITTEN_FIX },
          });
        }
      }
    }

    function headerOriginVerdict(value: TSESTree.Node): { origin: string; everySite: boolean } | undefined {
      const scope = sourceCode.getScope(value);
      const constant = staticString(value, scope)?.trim();
      if (constant === '*') return { origin: '`*`', everySite: true };
      if (constant === 'null') return { origin: '`null`, which any site can send from a sandboxed iframe', everySite: false };
      if (constant !== undefined) return undefined;
      const isOrigin = originReference(scope, []);
      if (!isRequestOriginRead(value, scope) || isGuardedByOriginCheck(value, isOrigin, scope)) return undefined;
      return { origin: "the request's own `Origin` header", everySite: true };
    }

    function groupCredentials(writes: readonly HeaderWrite[]): CredentialState {
      let state: CredentialState = 'off';
      for (const write of writes) {
        if (write.header !== 'credentials') continue;
        const constant = staticValue(write.value, sourceCode.getScope(write.value));
        if (constant?.value === true || (typeof constant?.value === 'string' && constant.value.trim().toLowerCase() === 'true'))
          return 'on';
        if (!constant) state = 'unknown';
      }
      return state;
    }
  },
});

function credentialState(lookup: OptionLookup, scope: Scope): CredentialState {
  if (lookup.kind === 'absent') return 'off';
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

function isCall(node: TSESTree.Node): node is TSESTree.CallExpression | TSESTree.NewExpression {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}

function isNullLiteral(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return (
    (value.type === AST_NODE_TYPES.Literal && value.value === null) ||
    (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined')
  );
}
