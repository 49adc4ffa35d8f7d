import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { resolveLocalFunction, returnedExpressions } from '../analysis/local-functions';
import {
  CALL,
  CONSTRUCT,
  findGlobalReferences,
  findModuleReferences,
  isGlobalIdentifier,
  READ,
  type ModuleReference,
  type TraceMap,
  type TraceMapNode,
} from '../analysis/module-references';
import { findRequestInput } from '../analysis/request-sources';
import {
  isNullish,
  readOption,
  resolveValue,
  staticPropertyName,
  staticString,
  staticValue,
  unwrapExpression,
} from '../analysis/static-values';
import { readsOfStoredValue, storingDeclarator } from '../analysis/value-references';
import { createRule, docsFor } from '../create-rule';

const { DefinitionType, ScopeType } = TSESLint.Scope;

export type Options = [{ trustCustomAgents?: boolean; trustConfiguredHosts?: boolean }];
export type MessageIds = 'followsRedirects' | 'followsRequestUrl' | 'disableRedirects';

type Scope = TSESLint.Scope.Scope;
type Call = TSESTree.CallExpression;

/** How one option decides whether the client follows redirects. */
type Decision = 'follows' | 'safe' | 'unknown' | 'default';

interface RedirectSwitch {
  path: readonly string[];
  decide: (value: unknown) => Decision;
}

interface ClientSpec {
  label: string;
  followsByDefault: boolean;
  switches: readonly RedirectSwitch[];
  /** Per-hop callbacks (`beforeRedirect`): the code validates each hop itself. */
  hopHooks: readonly (readonly string[])[];
  /** Options that route every connection through an agent, dispatcher or DNS lookup. */
  guards: readonly string[];
  /** A base URL option; `absoluteWins` where an absolute request URL replaces it (axios, ofetch). */
  base?: { path: readonly string[]; absoluteWins: boolean };
  /** The no-follow option the suggestion adds. */
  fix: { key: string; value: string };
}

/** Where a call form keeps its URL and options. */
type CallForm =
  | { kind: 'url'; url: number; options: number }
  | { kind: 'config'; config: number }
  /** `axios(url, config)` or `axios(config)`, `got(url, options)` or `got(options)`; `loneIsUrl` reads a lone non-object as the URL. */
  | { kind: 'urlOrConfig'; loneIsUrl: boolean };

type Entry =
  | { role: 'request'; client: ClientSpec; form: CallForm }
  | { role: 'instance'; client: ClientSpec; defaults: number }
  | { role: 'superagent'; callable: boolean }
  | { role: 'globalDefaults'; client: ClientSpec };

const redirectMode = (value: unknown): Decision => {
  if (value === 'manual' || value === 'error') return 'safe';
  return value === 'follow' ? 'follows' : 'unknown';
};
const redirectCount = (value: unknown): Decision => {
  if (value === 0 || value === false) return 'safe';
  return (typeof value === 'number' && value > 0) || value === true ? 'follows' : 'unknown';
};
const followFlag = (value: unknown): Decision => {
  if (value === false) return 'safe';
  return value === true ? 'follows' : 'unknown';
};

const FETCH: ClientSpec = {
  label: '`fetch`',
  followsByDefault: true,
  switches: [{ path: ['redirect'], decide: redirectMode }],
  hopHooks: [],
  guards: ['dispatcher', 'agent'],
  fix: { key: 'redirect', value: '"error"' },
};
const NODE_FETCH: ClientSpec = {
  ...FETCH,
  label: 'node-fetch',
  switches: [...FETCH.switches, { path: ['follow'], decide: redirectCount }],
};
const UNDICI_FETCH: ClientSpec = { ...FETCH, label: 'undici `fetch`' };
const AXIOS: ClientSpec = {
  label: 'axios',
  followsByDefault: true,
  switches: [{ path: ['maxRedirects'], decide: redirectCount }],
  hopHooks: [['beforeRedirect']],
  guards: ['httpAgent', 'httpsAgent', 'lookup'],
  base: { path: ['baseURL'], absoluteWins: true },
  fix: { key: 'maxRedirects', value: '0' },
};
const GOT: ClientSpec = {
  label: 'got',
  followsByDefault: true,
  switches: [
    { path: ['followRedirect'], decide: followFlag },
    { path: ['maxRedirects'], decide: redirectCount },
  ],
  hopHooks: [['hooks', 'beforeRedirect']],
  guards: ['agent', 'dnsLookup'],
  base: { path: ['prefixUrl'], absoluteWins: false },
  fix: { key: 'followRedirect', value: 'false' },
};
const KY: ClientSpec = {
  label: 'ky',
  followsByDefault: true,
  switches: [{ path: ['redirect'], decide: redirectMode }],
  hopHooks: [],
  guards: ['fetch'],
  base: { path: ['prefixUrl'], absoluteWins: false },
  fix: { key: 'redirect', value: '"error"' },
};
const OFETCH: ClientSpec = {
  label: 'ofetch',
  followsByDefault: true,
  switches: [{ path: ['redirect'], decide: redirectMode }],
  hopHooks: [],
  guards: ['dispatcher', 'agent'],
  base: { path: ['baseURL'], absoluteWins: true },
  fix: { key: 'redirect', value: '"error"' },
};
const NEEDLE: ClientSpec = {
  label: 'needle',
  followsByDefault: false,
  switches: [
    { path: ['follow_max'], decide: redirectCount },
    { path: ['follow'], decide: redirectCount },
  ],
  hopHooks: [],
  guards: ['agent', 'lookup'],
  fix: { key: 'follow_max', value: '0' },
};
const UNDICI_REQUEST: ClientSpec = {
  label: 'undici `request`',
  followsByDefault: false,
  switches: [{ path: ['maxRedirections'], decide: redirectCount }],
  hopHooks: [],
  guards: ['dispatcher'],
  fix: { key: 'maxRedirections', value: '0' },
};

const url = (urlIndex: number, options: number): CallForm => ({ kind: 'url', url: urlIndex, options });
const AXIOS_CALL: CallForm = { kind: 'urlOrConfig', loneIsUrl: false };
const GOT_CALL: CallForm = { kind: 'urlOrConfig', loneIsUrl: true };

const AXIOS_METHODS: Record<string, CallForm> = {
  request: { kind: 'config', config: 0 },
  get: url(0, 1),
  delete: url(0, 1),
  head: url(0, 1),
  options: url(0, 1),
  post: url(0, 2),
  put: url(0, 2),
  patch: url(0, 2),
  postForm: url(0, 2),
  putForm: url(0, 2),
  patchForm: url(0, 2),
};
const GOT_METHODS: Record<string, CallForm> = Object.fromEntries(
  ['get', 'post', 'put', 'patch', 'delete', 'head', 'stream'].map((method) => [method, url(0, 1)]),
);
const KY_METHODS: Record<string, CallForm> = Object.fromEntries(
  ['get', 'post', 'put', 'patch', 'delete', 'head'].map((method) => [method, url(0, 1)]),
);
const OFETCH_METHODS: Record<string, CallForm> = { raw: url(0, 1), native: url(0, 1) };
const NEEDLE_METHODS: Record<string, CallForm> = {
  get: url(0, 1),
  head: url(0, 1),
  post: url(0, 2),
  put: url(0, 2),
  patch: url(0, 2),
  delete: url(0, 2),
  request: url(1, 3),
};
const SUPERAGENT_METHODS = ['get', 'post', 'put', 'patch', 'del', 'delete', 'head', 'options'];

/** What an instance factory (`axios.create`, `got.extend`) returns: callable or not, with which methods. */
interface InstanceShape {
  callable?: CallForm;
  methods: Record<string, CallForm>;
  factories: readonly string[];
}
const INSTANCE_SHAPES = new Map<ClientSpec, InstanceShape>([
  [AXIOS, { callable: AXIOS_CALL, methods: AXIOS_METHODS, factories: ['create'] }],
  [GOT, { callable: GOT_CALL, methods: GOT_METHODS, factories: ['extend'] }],
  [KY, { callable: url(0, 1), methods: KY_METHODS, factories: ['create', 'extend'] }],
  [OFETCH, { callable: url(0, 1), methods: OFETCH_METHODS, factories: ['create'] }],
]);

function request(client: ClientSpec, form: CallForm): TraceMapNode<Entry> {
  return { [CALL]: { role: 'request', client, form } };
}

function clientModule(client: ClientSpec, callable: CallForm | undefined, methods: Record<string, CallForm>): TraceMapNode<Entry> {
  const node: TraceMapNode<Entry> = {};
  if (callable) node[CALL] = { role: 'request', client, form: callable };
  for (const [method, form] of Object.entries(methods)) node[method] = request(client, form);
  for (const factory of INSTANCE_SHAPES.get(client)?.factories ?? []) {
    node[factory] = { [CALL]: { role: 'instance', client, defaults: 0 } };
  }
  return node;
}

/** `require("m").default` and `import m from "m"` both reach the module's callable export. */
function withDefault(node: TraceMapNode<Entry>): TraceMapNode<Entry> {
  return { ...node, default: node };
}

const axiosModule = clientModule(AXIOS, AXIOS_CALL, AXIOS_METHODS);
axiosModule.defaults = { [READ]: { role: 'globalDefaults', client: AXIOS } };
const needleModule = clientModule(NEEDLE, url(1, 3), NEEDLE_METHODS);
needleModule.defaults = { [CALL]: { role: 'globalDefaults', client: NEEDLE } };
const superagentModule: TraceMapNode<Entry> = { [CALL]: { role: 'superagent', callable: true } };
for (const method of SUPERAGENT_METHODS) superagentModule[method] = { [CALL]: { role: 'superagent', callable: false } };
const ofetchModule = clientModule(OFETCH, url(0, 1), OFETCH_METHODS);

const CLIENTS: TraceMap<Entry> = {
  'node-fetch': withDefault(request(NODE_FETCH, url(0, 1))),
  'cross-fetch': withDefault({ ...request(FETCH, url(0, 1)), fetch: request(FETCH, url(0, 1)) }),
  undici: { fetch: request(UNDICI_FETCH, url(0, 1)), request: request(UNDICI_REQUEST, url(0, 1)) },
  axios: withDefault(axiosModule),
  got: withDefault(clientModule(GOT, GOT_CALL, GOT_METHODS)),
  ky: withDefault(clientModule(KY, url(0, 1), KY_METHODS)),
  ofetch: { ofetch: ofetchModule, $fetch: ofetchModule },
  needle: withDefault(needleModule),
  superagent: withDefault(superagentModule),
};
const GLOBAL_FETCH: TraceMap<Entry> = { fetch: request(FETCH, url(0, 1)) };

/** Agents and lookups that refuse private and link-local addresses at connect time. */
const ADDRESS_FILTERS: TraceMap<true> = {
  'request-filtering-agent': {
    useAgent: { [CALL]: true },
    RequestFilteringHttpAgent: { [CONSTRUCT]: true },
    RequestFilteringHttpsAgent: { [CONSTRUCT]: true },
    globalHttpAgent: { [READ]: true },
    globalHttpsAgent: { [READ]: true },
  },
  'ssrf-req-filter': { [CALL]: true, default: { [CALL]: true } },
  'ssrf-agent': { [CALL]: true, default: { [CALL]: true } },
};
const plainAgent = { Agent: { [CONSTRUCT]: true } } satisfies TraceMapNode<true>;
/** Connection pools that filter nothing unless given a `lookup` / `connect` of their own. */
const PLAIN_AGENTS: TraceMap<true> = {
  http: plainAgent,
  https: plainAgent,
  'node:http': plainAgent,
  'node:https': plainAgent,
  undici: { Agent: { [CONSTRUCT]: true }, Pool: { [CONSTRUCT]: true }, Client: { [CONSTRUCT]: true } },
  agentkeepalive: { [CONSTRUCT]: true, HttpsAgent: { [CONSTRUCT]: true } },
};

/** Options objects from defaults to call, later ones overriding earlier ones. */
type Sources = readonly (TSESTree.Node | undefined)[];

interface RequestCall {
  call: Call;
  client: ClientSpec;
  form: CallForm;
  /** Instance or global defaults, before the call's own options. */
  defaults: Sources;
}

interface Target {
  kind: 'constant' | 'variable' | 'request' | 'unknown';
  node?: TSESTree.Node;
  source?: string;
}

const MAX_DEPTH = 8;

export default createRule<Options, MessageIds>({
  name: 'no-redirect-fetch',
  meta: {
    type: 'problem',
    docs: docsFor('no-redirect-fetch'),
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          trustCustomAgents: {
            type: 'boolean',
            description:
              'Treat an `agent`, `dispatcher` or `lookup` option that this file builds itself (or cannot be read) as an address filter that makes following redirects safe. When false, only the known filtering packages (request-filtering-agent, ssrf-req-filter, ssrf-agent) count.',
          },
          trustConfiguredHosts: {
            type: 'boolean',
            description:
              'Treat URLs whose host comes from deployment configuration as constant: `process.env` / `import.meta.env` reads, imported bindings, module-level consts and a `this.baseUrl`-style base. Off by default, because a configured host that redirects is followed all the same.',
          },
        },
      },
    ],
    defaultOptions: [{ trustCustomAgents: true, trustConfiguredHosts: false }],
    messages: {
      followsRedirects:
        '{{client}} follows redirects for the non-constant URL `{{url}}`, so any public host it reaches can bounce the request to an internal address. Disable redirects (`{{option}}`) and validate each `Location` hop yourself.',
      followsRequestUrl:
        '{{client}} follows redirects for `{{url}}`, which comes from `{{source}}`, so the caller picks a host that can bounce the request to an internal address. Disable redirects (`{{option}}`) and validate each `Location` hop yourself.',
      disableRedirects: 'Add `{{option}}` so the client does not follow redirects.',
    },
  },
  defaultOptions: [{ trustCustomAgents: true, trustConfiguredHosts: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const trustCustomAgents = options.trustCustomAgents !== false;
    const trustConfiguredHosts = options.trustConfiguredHosts === true;
    let filters: ReadonlySet<TSESTree.Node> = new Set();
    let plainAgents: ReadonlySet<TSESTree.Node> = new Set();

    return {
      'Program:exit'(program: TSESTree.Program) {
        if (isBrowserFile(program, sourceCode.getScope(program))) return;
        const references = [...findGlobalReferences(sourceCode, GLOBAL_FETCH), ...findModuleReferences(sourceCode, CLIENTS)];
        if (references.length === 0) return;
        filters = referenceNodes(findModuleReferences(sourceCode, ADDRESS_FILTERS));
        plainAgents = referenceNodes(findModuleReferences(sourceCode, PLAIN_AGENTS));
        const globalDefaults = collectGlobalDefaults(references);
        const requests: RequestCall[] = [];
        const reported = new Set<TSESTree.Node>();
        for (const reference of references) collect(reference, globalDefaults, requests, reported);
        for (const found of requests) {
          if (reported.has(found.call)) continue;
          reported.add(found.call);
          checkRequest(found);
        }
      },
    };

    function collect(
      reference: ModuleReference<Entry>,
      globalDefaults: Map<ClientSpec, Sources | 'unknown'>,
      requests: RequestCall[],
      reported: Set<TSESTree.Node>,
    ): void {
      const { info } = reference;
      const defaults = 'client' in info ? globalDefaults.get(info.client) : undefined;
      if (defaults === 'unknown') return;
      switch (info.role) {
        case 'request':
          requests.push({ call: reference.node as Call, client: info.client, form: info.form, defaults: defaults ?? [] });
          return;
        case 'instance':
          collectInstance(
            reference.node as Call,
            info.client,
            [...(defaults ?? []), (reference.node as Call).arguments[info.defaults]],
            requests,
            0,
          );
          return;
        case 'superagent':
          if (!reported.has(reference.node)) {
            reported.add(reference.node);
            checkSuperagent(reference.node as Call, info.callable);
          }
          return;
        case 'globalDefaults':
          return;
      }
    }

    /** `axios.defaults.x = ...` makes every axios call's options unreadable; `needle.defaults({...})` adds defaults. */
    function collectGlobalDefaults(references: ModuleReference<Entry>[]): Map<ClientSpec, Sources | 'unknown'> {
      const result = new Map<ClientSpec, Sources | 'unknown'>();
      for (const { info, node } of references) {
        if (info.role !== 'globalDefaults') continue;
        if (node.type === AST_NODE_TYPES.CallExpression) {
          const previous = result.get(info.client);
          if (previous !== 'unknown') result.set(info.client, [...(previous ?? []), node.arguments[0]]);
        } else {
          result.set(info.client, 'unknown');
        }
      }
      return result;
    }

    /** Follows an instance through the const that stores it: calls, method calls, and further `create`/`extend`. */
    function collectInstance(creation: Call, client: ClientSpec, defaults: Sources, requests: RequestCall[], depth: number): void {
      const shape = INSTANCE_SHAPES.get(client);
      if (!shape || depth > 3) return;
      const uses: TSESTree.Node[] = [creation, ...readsOfStoredValue(sourceCode, creation)];
      // Defaults changed after creation (`api.defaults.maxRedirects = 0`) cannot be ordered against the calls.
      if (uses.some((use) => memberName(use) === 'defaults')) return;
      for (const use of uses) {
        const parent = use.parent;
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === use && shape.callable) {
          requests.push({ call: parent, client, form: shape.callable, defaults });
          continue;
        }
        const method = memberName(use);
        const call = use.parent?.parent;
        if (method === undefined || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== use.parent) continue;
        const form = shape.methods[method];
        if (form) requests.push({ call, client, form, defaults });
        else if (shape.factories.includes(method)) collectInstance(call, client, [...defaults, call.arguments[0]], requests, depth + 1);
      }
    }

    function checkRequest(found: RequestCall): void {
      const { call, client } = found;
      const scope = sourceCode.getScope(call);
      const located = locate(call, found.form);
      if (!located) return;
      const sources = [...found.defaults, located.options];
      const decision = redirectDecision(client, sources);
      if (decision.result !== 'follows' && !(decision.result === 'default' && client.followsByDefault)) return;
      const target = classifyTarget(located.url, client, sources, scope);
      if (target.kind === 'constant' || target.kind === 'unknown') return;
      const option = `${client.fix.key}: ${client.fix.value}`;
      const data = { client: client.label, url: shortText(located.url), option, source: target.source ?? '' };
      context.report({
        node: decision.property ?? located.url,
        messageId: target.kind === 'request' ? 'followsRequestUrl' : 'followsRedirects',
        data,
        suggest: [
          {
            messageId: 'disableRedirects',
            data: { option },
            fix: (fixer) => addOption(fixer, call, located.optionsIndex, option, client.fix.key),
          },
        ],
      });
    }

    /** The URL expression and the options argument of a call, by its form; undefined where they cannot be told apart. */
    function locate(
      call: Call,
      form: CallForm,
    ): { url: TSESTree.Node; options: TSESTree.Node | undefined; optionsIndex: number } | undefined {
      const scope = sourceCode.getScope(call);
      if (form.kind === 'url') {
        const urlArgument = call.arguments[form.url];
        if (!urlArgument || urlArgument.type === AST_NODE_TYPES.SpreadElement) return undefined;
        return { url: urlArgument, options: call.arguments[form.options], optionsIndex: form.options };
      }
      const first = call.arguments[0];
      if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
      if (form.kind === 'urlOrConfig' && call.arguments.length > 1) return { url: first, options: call.arguments[1], optionsIndex: 1 };
      const configIndex = form.kind === 'config' ? form.config : 0;
      const config = call.arguments[configIndex];
      if (!config || config.type === AST_NODE_TYPES.SpreadElement) return undefined;
      const resolved = resolveValue(config, scope);
      if (resolved.type === AST_NODE_TYPES.ObjectExpression) {
        const urlOption = readOption(config, ['url'], scope);
        return urlOption.kind === 'present' ? { url: urlOption.value, options: config, optionsIndex: configIndex } : undefined;
      }
      // A lone argument that is neither an object nor obviously a URL may be a config object: only request data is a URL for sure.
      if (form.kind === 'urlOrConfig' && (form.loneIsUrl || looksLikeUrlExpression(resolved) || findRequestInput(sourceCode, config))) {
        return { url: config, options: undefined, optionsIndex: 1 };
      }
      return undefined;
    }

    function redirectDecision(client: ClientSpec, sources: Sources): { result: Decision; property?: TSESTree.Node } {
      const decisions: { decision: Decision; property?: TSESTree.Node }[] = [];
      for (const redirectSwitch of client.switches) {
        const lookup = effectiveOption(sources, redirectSwitch.path);
        if (lookup.kind === 'unknown') return { result: 'unknown' };
        if (lookup.kind === 'absent') continue;
        const value = staticValue(lookup.value, sourceCode.getScope(lookup.value));
        decisions.push({
          decision: value ? redirectSwitch.decide(value.value) : 'unknown',
          property: lookup.fromCall ? lookup.property : undefined,
        });
      }
      for (const hook of client.hopHooks) {
        const lookup = effectiveOption(sources, hook);
        if (lookup.kind === 'unknown') return { result: 'unknown' };
        if (lookup.kind === 'present' && !isNullish(lookup.value)) decisions.push({ decision: 'safe' });
      }
      for (const guard of client.guards) {
        const lookup = effectiveOption(sources, [guard]);
        if (lookup.kind === 'unknown') return { result: 'unknown' };
        if (lookup.kind === 'present') decisions.push({ decision: guardDecision(lookup.value, 0) });
      }
      if (decisions.some(({ decision }) => decision === 'safe')) return { result: 'safe' };
      if (decisions.some(({ decision }) => decision === 'unknown')) return { result: 'unknown' };
      const follows = decisions.find(({ decision }) => decision === 'follows');
      return follows ? { result: 'follows', property: follows.property } : { result: 'default' };
    }

    /** The value the client sees for `path`, the last source that sets it winning. */
    function effectiveOption(
      sources: Sources,
      path: readonly string[],
    ):
      { kind: 'present'; value: TSESTree.Node; property: TSESTree.Property; fromCall: boolean } | { kind: 'absent' } | { kind: 'unknown' } {
      for (let index = sources.length - 1; index >= 0; index--) {
        const source = sources[index];
        if (!source || source.type === AST_NODE_TYPES.SpreadElement) continue;
        const lookup = readOption(source, path, sourceCode.getScope(source));
        if (lookup.kind === 'unknown') return lookup;
        if (lookup.kind === 'present') {
          return { kind: 'present', value: lookup.value, property: lookup.property, fromCall: index === sources.length - 1 };
        }
      }
      return { kind: 'absent' };
    }

    /** Whether an `agent` / `dispatcher` / `lookup` value screens the addresses it connects to. */
    function guardDecision(value: TSESTree.Node, depth: number): Decision {
      const scope = sourceCode.getScope(value);
      const resolved = resolveValue(value, scope);
      if (isNullish(resolved) || staticValue(resolved, scope)?.value === false) return 'default';
      if (filters.has(resolved) || filters.has(value)) return 'safe';
      if (plainAgents.has(resolved) && resolved.type === AST_NODE_TYPES.NewExpression) {
        const agentOptions = resolved.arguments[0];
        const screens = ['lookup', 'connect'].some((key) => readOption(agentOptions, [key], scope).kind !== 'absent');
        return screens && trustCustomAgents ? 'safe' : 'default';
      }
      // got's `agent: { http, https }`: every protocol's agent has to screen.
      if (resolved.type === AST_NODE_TYPES.ObjectExpression && depth === 0) {
        const decisions = resolved.properties.map((property) =>
          property.type === AST_NODE_TYPES.Property ? guardDecision(property.value, depth + 1) : 'unknown',
        );
        if (decisions.length === 0 || decisions.includes('default')) return 'default';
        return decisions.every((decision) => decision === 'safe') ? 'safe' : 'unknown';
      }
      return trustCustomAgents ? 'safe' : 'default';
    }

    /** superagent builds the request by chaining: `.redirects(0)` and `.agent(a)` can come anywhere before it is sent. */
    function checkSuperagent(call: Call, callable: boolean): void {
      const scope = sourceCode.getScope(call);
      // `superagent(url)` or `superagent(method, url)`; methods take the URL first.
      const urlArgument = callable && call.arguments.length >= 2 ? call.arguments[1] : call.arguments[0];
      if (!urlArgument || urlArgument.type === AST_NODE_TYPES.SpreadElement) return;
      let current: TSESTree.Node = call;
      for (;;) {
        const member: TSESTree.Node | undefined = current.parent;
        const next: TSESTree.Node | undefined = member?.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member)
          break;
        const method = staticPropertyName(member, scope);
        if (method === 'redirects') {
          const count = next.arguments[0];
          if (!count || redirectCount(staticValue(count, scope)?.value) !== 'follows') return;
        }
        if (method === 'agent') {
          const agent = next.arguments[0];
          if (!agent || guardDecision(agent, 0) !== 'default') return;
        }
        current = next;
      }
      const stored = storingDeclarator(current);
      if (stored) {
        const later = readsOfStoredValue(sourceCode, current).map(memberName);
        if (later.includes('redirects') || later.includes('agent')) return;
      }
      // A builder handed back unsent can be configured by its caller.
      if (
        current.parent?.type === AST_NODE_TYPES.ReturnStatement ||
        (current.parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && current.parent.body === current)
      )
        return;
      const target = classifyTarget(urlArgument, SUPERAGENT_SPEC, [], scope);
      if (target.kind === 'constant' || target.kind === 'unknown') return;
      const option = '.redirects(0)';
      context.report({
        node: urlArgument,
        messageId: target.kind === 'request' ? 'followsRequestUrl' : 'followsRedirects',
        data: { client: 'superagent', url: shortText(urlArgument), option, source: target.source ?? '' },
        suggest: [{ messageId: 'disableRedirects', data: { option }, fix: (fixer) => fixer.insertTextAfter(call, option) }],
      });
    }

    function classifyTarget(urlNode: TSESTree.Node, client: ClientSpec, sources: Sources, scope: Scope): Target {
      if (isRequestTyped(urlNode, scope)) return { kind: 'unknown' };
      const fixedUrl = hostIsFixed(urlNode, 0);
      const requestInput = fixedUrl ? undefined : findRequestInput(sourceCode, urlNode);
      const base = client.base ? effectiveOption(sources, client.base.path) : { kind: 'absent' as const };
      if (base.kind === 'present' && !isNullish(base.value)) {
        const fixedBase = hostIsFixed(base.value, 0);
        if (fixedUrl) return isAbsoluteConstant(urlNode) || fixedBase ? { kind: 'constant' } : variableTarget(base.value);
        if (!client.base?.absoluteWins) return fixedBase ? { kind: 'constant' } : variableTarget(base.value);
        // Paths joined to a fixed base are the common case; only request data is likely to be a whole URL.
        if (requestInput) return { kind: 'request', source: requestInput.source };
        return fixedBase ? { kind: 'constant' } : variableTarget(urlNode);
      }
      if (base.kind === 'unknown' && !isAbsoluteConstant(urlNode) && !requestInput) return { kind: 'unknown' };
      if (fixedUrl) return { kind: 'constant' };
      if (requestInput) return { kind: 'request', source: requestInput.source };
      return variableTarget(urlNode);
    }

    function variableTarget(node: TSESTree.Node): Target {
      const requestInput = findRequestInput(sourceCode, node);
      return requestInput ? { kind: 'request', source: requestInput.source } : { kind: 'variable' };
    }

    /**
     * True when the scheme and host are fixed when the code is written or deployed: literals, consts,
     * templates and concatenations whose leading part names the host, relative paths, `new URL(path, FIXED)`,
     * environment variables and imported configuration.
     */
    function hostIsFixed(node: TSESTree.Node, depth: number): boolean {
      if (depth > MAX_DEPTH) return false;
      const current = unwrapExpression(node);
      const scope = sourceCode.getScope(current);
      if (staticString(current, scope) !== undefined) return true;
      switch (current.type) {
        case AST_NODE_TYPES.Identifier: {
          const resolved = resolveValue(current, scope);
          if (resolved !== current) return hostIsFixed(resolved, depth + 1);
          return (trustConfiguredHosts && isConfiguredBinding(current)) || isAppendOnlyFixed(current, depth);
        }
        case AST_NODE_TYPES.MemberExpression:
          return memberHostIsFixed(current, depth);
        case AST_NODE_TYPES.TemplateLiteral:
          return leadingPartFixesHost(templateParts(current), depth);
        case AST_NODE_TYPES.BinaryExpression:
          return current.operator === '+' && leadingPartFixesHost(concatenationParts(current), depth);
        case AST_NODE_TYPES.LogicalExpression:
          return hostIsFixed(current.left, depth + 1) && hostIsFixed(current.right, depth + 1);
        case AST_NODE_TYPES.ConditionalExpression:
          return hostIsFixed(current.consequent, depth + 1) && hostIsFixed(current.alternate, depth + 1);
        case AST_NODE_TYPES.NewExpression:
          return isGlobalIdentifier(sourceCode, current.callee, 'URL') && urlConstructorIsFixed(current, depth);
        case AST_NODE_TYPES.CallExpression:
          return callHostIsFixed(current, depth);
        default:
          return false;
      }
    }

    function memberHostIsFixed(member: TSESTree.MemberExpression, depth: number): boolean {
      const scope = sourceCode.getScope(member);
      const name = staticPropertyName(member, scope);
      if (name === 'href') return hostIsFixed(member.object, depth + 1);
      const resolved = resolveValue(member, scope);
      if (resolved !== member) return hostIsFixed(resolved, depth + 1);
      if (trustConfiguredHosts && (isEnvironmentRead(member) || isConfiguredBinding(rootOf(member)))) return true;
      // `ENDPOINTS[name]` over a const table whose every entry is a fixed URL.
      const table = resolveValue(member.object, scope);
      return (
        member.computed &&
        table.type === AST_NODE_TYPES.ObjectExpression &&
        table.properties.length > 0 &&
        table.properties.every((property) => property.type === AST_NODE_TYPES.Property && hostIsFixed(property.value, depth + 1))
      );
    }

    function urlConstructorIsFixed(construct: TSESTree.NewExpression, depth: number): boolean {
      const [input, base] = construct.arguments;
      if (!input || input.type === AST_NODE_TYPES.SpreadElement) return false;
      if (hostIsFixed(input, depth + 1)) return true;
      // An absolute first argument replaces the base, so a base does not fix a request-chosen input.
      return (
        base !== undefined &&
        base.type !== AST_NODE_TYPES.SpreadElement &&
        hostIsFixed(base, depth + 1) &&
        !findRequestInput(sourceCode, input)
      );
    }

    function callHostIsFixed(call: Call, depth: number): boolean {
      const callee = unwrapExpression(call.callee);
      const scope = sourceCode.getScope(call);
      const first = call.arguments[0];
      if (
        callee.type === AST_NODE_TYPES.Identifier &&
        ['String', 'encodeURI'].includes(callee.name) &&
        isGlobalIdentifier(sourceCode, callee, callee.name)
      ) {
        return first !== undefined && first.type !== AST_NODE_TYPES.SpreadElement && hostIsFixed(first, depth + 1);
      }
      if (callee.type === AST_NODE_TYPES.MemberExpression && ['toString', 'toJSON'].includes(staticPropertyName(callee, scope) ?? '')) {
        return hostIsFixed(callee.object, depth + 1);
      }
      // A URL builder declared in this file: fixed when everything it returns is.
      const fn = resolveLocalFunction(call, scope);
      if (!fn || depth > 2) return false;
      const returned = returnedExpressions(fn);
      return returned.length > 0 && returned.every((expression) => hostIsFixed(expression, depth + 2));
    }

    /** Leading static text decides the host, or a configured base comes first and a path follows. */
    function leadingPartFixesHost(parts: readonly (string | TSESTree.Node)[], depth: number): boolean {
      let prefix = '';
      for (const [index, part] of parts.entries()) {
        if (prefixFixesHost(prefix)) return true;
        if (typeof part === 'string') {
          prefix += part;
          continue;
        }
        const text = staticString(part, sourceCode.getScope(part));
        if (text !== undefined) {
          prefix += text;
          continue;
        }
        return prefix === '' && index === firstExpressionIndex(parts) && isConfiguredBase(part, depth);
      }
      return true;
    }

    function isConfiguredBase(node: TSESTree.Node, depth: number): boolean {
      const current = unwrapExpression(node);
      if (hostIsFixed(current, depth + 1)) return true;
      // `${this.baseUrl}/users`: a service's base URL, set once from configuration.
      return (
        trustConfiguredHosts && current.type === AST_NODE_TYPES.MemberExpression && rootOf(current).type === AST_NODE_TYPES.ThisExpression
      );
    }

    /** Imports and module-level bindings hold configuration, not request data. */
    function isConfiguredBinding(node: TSESTree.Node): boolean {
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (!definition) return false;
      if (definition.type === DefinitionType.ImportBinding) return true;
      const scopeType = variable?.scope.type;
      return (
        definition.type === DefinitionType.Variable &&
        definition.parent.kind === 'const' &&
        (scopeType === ScopeType.module || scopeType === ScopeType.global)
      );
    }

    /** `let url = BASE + "/x"; url += "?q=" + q;`: only appended to, so the host stays. */
    function isAppendOnlyFixed(identifier: TSESTree.Identifier, depth: number): boolean {
      const variable = ASTUtils.findVariable(sourceCode.getScope(identifier), identifier);
      const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
      if (definition?.type !== DefinitionType.Variable || !definition.node.init || !variable) return false;
      const appendsOnly = variable.references.every(
        (reference) =>
          reference.init ||
          !reference.isWrite() ||
          (reference.identifier.parent.type === AST_NODE_TYPES.AssignmentExpression && reference.identifier.parent.operator === '+='),
      );
      return appendsOnly && hostIsFixed(definition.node.init, depth + 1);
    }

    /** A parameter typed as a fetch `Request` carries its own `redirect` mode. */
    function isRequestTyped(node: TSESTree.Node, scope: Scope): boolean {
      const current = unwrapExpression(node);
      if (current.type !== AST_NODE_TYPES.Identifier) return false;
      const definition = ASTUtils.findVariable(scope, current)?.defs[0];
      if (definition?.type !== DefinitionType.Parameter) return false;
      const annotation = definition.name.type === AST_NODE_TYPES.Identifier ? definition.name.typeAnnotation?.typeAnnotation : undefined;
      return (
        annotation?.type === AST_NODE_TYPES.TSTypeReference &&
        annotation.typeName.type === AST_NODE_TYPES.Identifier &&
        annotation.typeName.name === 'Request'
      );
    }

    function isAbsoluteConstant(node: TSESTree.Node): boolean {
      const text = staticString(node, sourceCode.getScope(node));
      return text !== undefined && /^[a-z][a-z\d+.-]*:/i.test(text);
    }

    function looksLikeUrlExpression(node: TSESTree.Node): boolean {
      return (
        node.type === AST_NODE_TYPES.TemplateLiteral ||
        node.type === AST_NODE_TYPES.BinaryExpression ||
        (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
        (node.type === AST_NODE_TYPES.NewExpression && isGlobalIdentifier(sourceCode, node.callee, 'URL'))
      );
    }

    function shortText(node: TSESTree.Node): string {
      // A template's own backticks would break the message's code span around it.
      const text = sourceCode
        .getText(node)
        .replace(/\s+/g, ' ')
        .replace(/^`([^`]*)`$/, '$1');
      return text.length > 60 ? `${text.slice(0, 57)}...` : text;
    }

    function addOption(fixer: TSESLint.RuleFixer, call: Call, optionsIndex: number, option: string, key: string): TSESLint.RuleFix | null {
      const argument = call.arguments[optionsIndex];
      if (argument?.type === AST_NODE_TYPES.SpreadElement) return null;
      if (argument) {
        const object = unwrapExpression(argument);
        if (object.type !== AST_NODE_TYPES.ObjectExpression)
          return fixer.replaceText(argument, `{ ...${sourceCode.getText(argument)}, ${option} }`);
        const existing = object.properties.find(
          (property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && staticPropertyName(property) === key,
        );
        if (existing && object.properties[object.properties.length - 1] === existing) return fixer.replaceText(existing, option);
        const last = object.properties[object.properties.length - 1];
        return last ? fixer.insertTextAfter(last, `, ${option}`) : fixer.replaceText(object, `{ ${option} }`);
      }
      const last = call.arguments[call.arguments.length - 1];
      if (!last) return null;
      const padding = ', undefined'.repeat(optionsIndex - call.arguments.length);
      return fixer.insertTextAfter(last, `${padding}, { ${option} }`);
    }
  },
});

const SUPERAGENT_SPEC: ClientSpec = {
  label: 'superagent',
  followsByDefault: true,
  switches: [],
  hopHooks: [],
  guards: [],
  fix: { key: 'redirects', value: '0' },
};

function referenceNodes(references: ModuleReference<true>[]): Set<TSESTree.Node> {
  return new Set(references.map((reference) => reference.node));
}

function memberName(node: TSESTree.Node): string | undefined {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return undefined;
  return staticPropertyName(parent);
}

const BROWSER_GLOBALS = new Set(['window', 'document']);

/**
 * Browser code, where a redirect cannot reach the server's internal network: a `"use client"` component
 * file, or a script that uses `window` / `document` as globals (a `typeof window` probe does not count).
 */
function isBrowserFile(program: TSESTree.Program, globalScope: TSESLint.Scope.Scope): boolean {
  const usesClientDirective = program.body.some(
    (statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive === 'use client',
  );
  if (usesClientDirective) return true;
  // Undeclared globals stay unresolved; globals the config declares (`globals.browser`) resolve to a variable with no definition.
  const browserReads = [
    ...globalScope.through.filter((reference) => BROWSER_GLOBALS.has(reference.identifier.name)),
    ...[...BROWSER_GLOBALS].flatMap((name) => {
      const variable = globalScope.set.get(name);
      return variable && variable.defs.length === 0 ? variable.references : [];
    }),
  ];
  return browserReads.some(
    (reference) =>
      !(reference.identifier.parent?.type === AST_NODE_TYPES.UnaryExpression && reference.identifier.parent.operator === 'typeof'),
  );
}

function isEnvironmentRead(member: TSESTree.MemberExpression): boolean {
  const object = unwrapExpression(member.object);
  if (object.type !== AST_NODE_TYPES.MemberExpression) return false;
  const owner = unwrapExpression(object.object);
  const property = staticPropertyName(object);
  if (property !== 'env') return false;
  // `process.env.API_URL`, `import.meta.env.VITE_API_URL`.
  return (owner.type === AST_NODE_TYPES.Identifier && owner.name === 'process') || owner.type === AST_NODE_TYPES.MetaProperty;
}

function rootOf(member: TSESTree.MemberExpression): TSESTree.Node {
  let current: TSESTree.Node = member;
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
  return current;
}

function templateParts(template: TSESTree.TemplateLiteral): (string | TSESTree.Node)[] {
  const parts: (string | TSESTree.Node)[] = [];
  for (const [index, quasi] of template.quasis.entries()) {
    parts.push(quasi.value.cooked ?? '');
    const expression = template.expressions[index];
    if (expression) parts.push(expression);
  }
  return parts;
}

function concatenationParts(expression: TSESTree.Expression | TSESTree.PrivateIdentifier): (string | TSESTree.Node)[] {
  const current = unwrapExpression(expression);
  if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    return [...concatenationParts(current.left), ...concatenationParts(current.right)];
  }
  return [current];
}

function firstExpressionIndex(parts: readonly (string | TSESTree.Node)[]): number {
  return parts.findIndex((part) => typeof part !== 'string');
}

/** `https://host...`, a relative path (`/x`, `./x`), a query or fragment only: the host no longer depends on what follows. */
function prefixFixesHost(prefix: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\/[^/?#\s@]/i.test(prefix) || /^(?:\/(?!\/)|\.{1,2}\/|[?#])/.test(prefix);
}
