import { TSESLint, type TSESTree } from '@typescript-eslint/utils';

import {
  ADDRESS_FILTERS,
  CLIENTS,
  GLOBAL_FETCH,
  INSTANCE_SHAPES,
  PLAIN_AGENTS,
  redirectCount,
  SUPERAGENT,
  type CallForm,
  type ClientEntry,
  type ClientSpec,
  type Decision,
} from '../libraries/http-clients';
import { injectedServiceCalls } from './injected-services';
import {
  CALL,
  findGlobalReferences,
  findModuleReferences,
  isGlobalIdentifier,
  mayReferenceModules,
  textMentions,
  valueUses,
  type ModuleReference,
} from './module-references';
import { isNullish, readOption, resolveValue, staticPropertyName, staticValue, unwrapExpression } from './static-values';
import { isFunctionNode, parameterIndexOf, type FunctionNode } from './local-functions';
import { AST_NODE_TYPES } from './node-types';
import { requestModel } from './request-model';
import { memberKey, patternPath } from './value-flow';
import { readsOfStoredValue, storingDeclarator } from './value-references';
import { FileMemo } from './file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Call = TSESTree.CallExpression;

/** Options objects from defaults to call, later ones overriding earlier ones. */
export type OptionSources = readonly (TSESTree.Node | undefined)[];

/** One request a file makes, with where its URL and options are. */
export interface OutgoingRequest {
  call: Call;
  client: ClientSpec;
  url: TSESTree.Node;
  /** Where the call's own options go (an argument position), for suggestions that add one. */
  optionsIndex: number;
  /** Instance and global defaults, then the call's own options. */
  sources: OptionSources;
  /** superagent's chained settings (`.redirects(0)`, `.agent(a)`), which replace options. */
  chain?: SuperagentChain;
  /** `axios(x)` with one argument that may be a config object rather than a URL. */
  ambiguous?: boolean;
}

export interface SuperagentChain {
  redirects: TSESTree.Node[];
  agents: TSESTree.Node[];
  /** The builder is stored and configured later, or handed back unsent: its caller decides. */
  configuredElsewhere: boolean;
}

const requestsOfFile = new FileMemo<OutgoingRequest[]>();

/**
 * Whether a file can make an outgoing request at all: it says `fetch` (the global, `$fetch`, a SvelteKit event's) or binds a
 * client's module. The rules that only look at requests register no listener elsewhere.
 */
export function mayMakeRequests(sourceCode: SourceCode): boolean {
  return textMentions(sourceCode, 'fetch') || mayReferenceModules(sourceCode, CLIENTS);
}

/** Every outgoing request in a file, by every client in `libraries/http-clients.ts`, in every import style. */
export function findOutgoingRequests(sourceCode: SourceCode): OutgoingRequest[] {
  return requestsOfFile.get(sourceCode, collectRequests);
}

function collectRequests(sourceCode: SourceCode): OutgoingRequest[] {
  const references = [...findGlobalReferences(sourceCode, GLOBAL_FETCH), ...findModuleReferences(sourceCode, CLIENTS)];
  const eventRequests = eventFetchRequests(sourceCode);
  if (references.length === 0) return eventRequests;
  const globalDefaults = collectGlobalDefaults(references);
  const requests: OutgoingRequest[] = [...eventRequests];
  const seen = new Set<TSESTree.Node>(eventRequests.map((request) => request.call));
  const add = (request: OutgoingRequest | undefined) => {
    if (!request || seen.has(request.call)) return;
    seen.add(request.call);
    requests.push(request);
  };
  for (const reference of references) {
    const { info } = reference;
    const defaults = 'client' in info ? globalDefaults.get(info.client) : undefined;
    if (defaults === 'unknown') continue;
    switch (info.role) {
      case 'request':
        add(locate(sourceCode, reference.node as Call, info.client, info.form, defaults ?? []));
        break;
      case 'instance': {
        const creation = reference.node as Call;
        for (const found of instanceRequests(
          sourceCode,
          creation,
          info.client,
          [...(defaults ?? []), creation.arguments[info.defaults]],
          0,
        ))
          add(found);
        break;
      }
      case 'superagent':
        add(superagentRequest(sourceCode, reference.node as Call, info.callable));
        break;
      case 'service':
        for (const { call, method } of injectedServiceCalls(sourceCode, reference, info.instanceProperties)) {
          const form = info.methods[method];
          if (form) add(locate(sourceCode, call, info.client, form, []));
        }
        break;
      case 'moduleObject':
        for (const found of chosenModuleRequests(sourceCode, reference, info.client, info.methods)) add(found);
        break;
      case 'globalDefaults':
        break;
    }
  }
  return requests;
}

/**
 * SvelteKit hands each server handler a `fetch` on its event (`GET = async ({ url, fetch }) => fetch(src)`,
 * `event.fetch(src)`): the platform's fetch, with fetch's redirects. Only parameters the request model knows as a
 * framework event count, so a `fetch` parameter of any other function is not mistaken for it.
 */
/**
 * Whether the text destructures a `fetch` (`{ url, fetch }`) or reads one as a member (`event.fetch`). Found from
 * each `fetch` back to the character before it: a pattern that starts at every `{` and `,` costs a scan per brace.
 */
function writesEventFetch(text: string): boolean {
  for (let at = text.indexOf('fetch'); at >= 0; at = text.indexOf('fetch', at + 5)) {
    if (isWordCode(text.charCodeAt(at + 5))) continue;
    let before = at - 1;
    while (before >= 0 && isSpaceCode(text.charCodeAt(before))) before -= 1;
    const mark = text.charAt(before);
    if (mark === '{' || mark === ',' || (mark === '.' && before === at - 1)) return true;
  }
  return false;
}

// Character codes, not a pattern per character: this runs at every `fetch` of every file.
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;
}

function eventFetchRequests(sourceCode: SourceCode): OutgoingRequest[] {
  const entry = GLOBAL_FETCH.fetch?.[CALL];
  // The event's fetch is destructured (`{ url, fetch }`) or read as a member (`event.fetch`): text without either has none.
  if (entry?.role !== 'request' || !textMentions(sourceCode, 'fetch') || !writesEventFetch(sourceCode.text)) return [];
  const found: OutgoingRequest[] = [];
  const readsMember = sourceCode.text.includes('.fetch');
  for (const scope of sourceCode.scopeManager?.scopes ?? []) {
    if (scope.type !== TSESLint.Scope.ScopeType.function || !isFunctionNode(scope.block)) continue;
    const fn = scope.block;
    const event = fn.params[0];
    if (!event) continue;
    // Two lookups per function: a `fetch` it declares, and its first parameter when some `.fetch` is read.
    const candidates = [
      scope.set.get('fetch'),
      readsMember && event.type === AST_NODE_TYPES.Identifier ? scope.set.get(event.name) : undefined,
    ];
    const callees = candidates.flatMap((variable) => (variable ? eventFetchCallees(fn, event, variable) : []));
    if (callees.length === 0) continue;
    const value = requestModel(sourceCode).parameter(fn, 0);
    if (value?.kind !== 'request' || value.api !== 'event') continue;
    for (const callee of callees) {
      const call = callee.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== callee) continue;
      const request = locate(sourceCode, call, entry.client, entry.form, []);
      if (request) found.push(request);
    }
  }
  return found;
}

/** `fetch` destructured from the first parameter, or `event.fetch` read from it: where it is called. */
function eventFetchCallees(fn: FunctionNode, event: TSESTree.Parameter, variable: TSESLint.Scope.Variable): TSESTree.Node[] {
  const definition = variable.defs[0];
  if (definition?.type !== TSESLint.Scope.DefinitionType.Parameter || parameterIndexOf(fn, definition.name) !== 0) return [];
  const path = patternPath(definition.name, event);
  const reads = variable.references.map((reference) => reference.identifier);
  if (path?.length === 1 && path[0] === 'fetch') return reads;
  if (path?.length !== 0) return [];
  return reads.flatMap((read) => {
    const member = read.parent;
    return member?.type === AST_NODE_TYPES.MemberExpression && member.object === read && memberKey(member) === 'fetch' ? [member] : [];
  });
}

/** `const client = url.protocol === "https:" ? https : http`: the variable holds one of the modules, and its calls are requests. */
function chosenModuleRequests(
  sourceCode: SourceCode,
  reference: ModuleReference<ClientEntry>,
  client: ClientSpec,
  methods: Readonly<Record<string, CallForm>>,
): OutgoingRequest[] {
  const found: OutgoingRequest[] = [];
  for (const use of valueUses(sourceCode, reference)) {
    let holder: TSESTree.Node = use;
    while (holder.parent?.type === AST_NODE_TYPES.ConditionalExpression || holder.parent?.type === AST_NODE_TYPES.LogicalExpression) {
      if (holder.parent.type === AST_NODE_TYPES.ConditionalExpression && holder.parent.test === holder) break;
      holder = holder.parent;
    }
    if (holder === use || holder.parent?.type !== AST_NODE_TYPES.VariableDeclarator || holder.parent.init !== holder) continue;
    for (const read of readsOfStoredValue(sourceCode, holder)) {
      const method = memberNameOf(read);
      const call = read.parent?.parent;
      const form = method === undefined ? undefined : methods[method];
      if (!form || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== read.parent) continue;
      const request = locate(sourceCode, call, client, form, []);
      if (request) found.push(request);
    }
  }
  return found;
}

/** `axios.defaults.x = ...` makes every axios call's options unreadable; `needle.defaults({...})` adds defaults. */
function collectGlobalDefaults(references: ModuleReference<ClientEntry>[]): Map<ClientSpec, OptionSources | 'unknown'> {
  const result = new Map<ClientSpec, OptionSources | 'unknown'>();
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
function instanceRequests(
  sourceCode: SourceCode,
  creation: Call,
  client: ClientSpec,
  defaults: OptionSources,
  depth: number,
): OutgoingRequest[] {
  const shape = INSTANCE_SHAPES.get(client);
  if (!shape || depth > 3) return [];
  const uses: TSESTree.Node[] = [creation, ...readsOfStoredValue(sourceCode, creation)];
  // Defaults changed after creation (`api.defaults.maxRedirects = 0`) cannot be ordered against the calls.
  if (uses.some((use) => memberNameOf(use) === 'defaults' && shape.factories.every((factory) => factory !== 'defaults'))) return [];
  const found: OutgoingRequest[] = [];
  for (const use of uses) {
    const parent = use.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === use && shape.callable) {
      const request = locate(sourceCode, parent, client, shape.callable, defaults);
      if (request) found.push(request);
      continue;
    }
    const method = memberNameOf(use);
    const call = use.parent?.parent;
    if (method === undefined || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== use.parent) continue;
    const form = shape.methods[method];
    if (form) {
      const request = locate(sourceCode, call, client, form, defaults);
      if (request) found.push(request);
    } else if (shape.factories.includes(method)) {
      found.push(...instanceRequests(sourceCode, call, client, [...defaults, call.arguments[0]], depth + 1));
    }
  }
  return found;
}

/** The URL expression and the options of a call, by its form; undefined where they cannot be told apart. */
function locate(
  sourceCode: SourceCode,
  call: Call,
  client: ClientSpec,
  form: CallForm,
  defaults: OptionSources,
): OutgoingRequest | undefined {
  const scope = sourceCode.getScope(call);
  const request = (url: TSESTree.Node, options: TSESTree.Node | undefined, optionsIndex: number): OutgoingRequest => ({
    call,
    client,
    url,
    optionsIndex,
    sources: [...defaults, options],
  });
  if (form.kind === 'url') {
    const urlArgument = call.arguments[form.url];
    if (!urlArgument || urlArgument.type === AST_NODE_TYPES.SpreadElement) return undefined;
    return request(urlArgument, call.arguments[form.options], form.options);
  }
  const first = call.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (form.kind === 'node') return locateNodeRequest(sourceCode, call, first, request);
  if (form.kind === 'urlOrConfig' && call.arguments.length > 1 && !isFunctionArgument(call.arguments[1])) {
    return request(first, call.arguments[1], 1);
  }
  const configIndex = form.kind === 'config' ? form.config : 0;
  const config = call.arguments[configIndex];
  if (!config || config.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const resolved = resolveValue(config, scope);
  if (resolved.type === AST_NODE_TYPES.ObjectExpression) {
    const urlOption = readOption(config, ['url'], scope);
    if (urlOption.kind === 'present') return request(urlOption.value, config, configIndex);
    const uriOption = readOption(config, ['uri'], scope);
    return uriOption.kind === 'present' ? request(uriOption.value, config, configIndex) : undefined;
  }
  if (form.kind !== 'urlOrConfig') return undefined;
  // A lone argument that is neither an object nor obviously a URL may be a config object: only client data is a URL for sure.
  const ambiguous = !form.loneIsUrl && !looksLikeUrlExpression(sourceCode, resolved);
  return { ...request(config, undefined, 1), ambiguous };
}

/** `http.get(url, options?, callback?)` or `http.get({ hostname, path }, callback?)`: the host decides. */
function locateNodeRequest(
  sourceCode: SourceCode,
  call: Call,
  first: TSESTree.Node,
  request: (url: TSESTree.Node, options: TSESTree.Node | undefined, optionsIndex: number) => OutgoingRequest,
): OutgoingRequest | undefined {
  const scope = sourceCode.getScope(call);
  if (resolveValue(first, scope).type === AST_NODE_TYPES.ObjectExpression) {
    for (const key of ['hostname', 'host', 'href']) {
      const option = readOption(first, [key], scope);
      if (option.kind === 'present') return request(option.value, first, 0);
    }
    return undefined;
  }
  // `get(url, callback)` or `get(url, options, callback)`: a lone second argument that is not an object is the callback.
  const second = call.arguments[1];
  const isOptions =
    second !== undefined &&
    !isFunctionArgument(second) &&
    (call.arguments.length > 2 || resolveValue(second, scope).type === AST_NODE_TYPES.ObjectExpression);
  return request(first, isOptions ? second : undefined, 1);
}

function isFunctionArgument(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.ArrowFunctionExpression || node?.type === AST_NODE_TYPES.FunctionExpression;
}

function looksLikeUrlExpression(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TemplateLiteral ||
    node.type === AST_NODE_TYPES.BinaryExpression ||
    (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
    (node.type === AST_NODE_TYPES.NewExpression && isGlobalIdentifier(sourceCode, node.callee, 'URL')) ||
    (node.type === AST_NODE_TYPES.MemberExpression && ['href', 'url', 'link', 'uri'].includes(memberKey(node) ?? ''))
  );
}

/** superagent builds the request by chaining: `.redirects(0)` and `.agent(a)` can come anywhere before it is sent. */
function superagentRequest(sourceCode: SourceCode, call: Call, callable: boolean): OutgoingRequest | undefined {
  // `superagent(url)` or `superagent(method, url)`; methods take the URL first.
  const url = callable && call.arguments.length >= 2 ? call.arguments[1] : call.arguments[0];
  if (!url || url.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const chain: SuperagentChain = { redirects: [], agents: [], configuredElsewhere: false };
  let current: TSESTree.Node = call;
  for (;;) {
    const member: TSESTree.Node | undefined = current.parent;
    const next: TSESTree.Node | undefined = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || next?.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) break;
    const method = staticPropertyName(member);
    const [argument] = next.arguments;
    if (method === 'redirects' && argument) chain.redirects.push(argument);
    if (method === 'agent' && argument) chain.agents.push(argument);
    current = next;
  }
  if (storingDeclarator(current)) {
    const later = readsOfStoredValue(sourceCode, current).map(memberNameOf);
    if (later.includes('redirects') || later.includes('agent')) chain.configuredElsewhere = true;
  }
  const parent = current.parent;
  if (
    parent?.type === AST_NODE_TYPES.ReturnStatement ||
    (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === current)
  ) {
    chain.configuredElsewhere = true;
  }
  return { call, client: SUPERAGENT, url, optionsIndex: -1, sources: [], chain };
}

function memberNameOf(node: TSESTree.Node): string | undefined {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return undefined;
  return staticPropertyName(parent);
}

export type OptionValue =
  { kind: 'present'; value: TSESTree.Node; property: TSESTree.Property; fromCall: boolean } | { kind: 'absent' } | { kind: 'unknown' };

/** The value the client sees for `path`, the last source that sets it winning. */
export function effectiveOption(sourceCode: SourceCode, sources: OptionSources, path: readonly string[]): OptionValue {
  for (let index = sources.length - 1; index >= 0; index--) {
    const source = sources[index];
    if (!source || source.type === AST_NODE_TYPES.SpreadElement) continue;
    const lookup = readOption(source, path, sourceCode.getScope(source));
    if (lookup.kind === 'unknown') return lookup;
    if (lookup.kind === 'present')
      return { kind: 'present', value: lookup.value, property: lookup.property, fromCall: index === sources.length - 1 };
  }
  return { kind: 'absent' };
}

export interface RedirectPolicy {
  result: Decision;
  /** The option that turns following on, when the call itself sets it (the most specific node to report). */
  property?: TSESTree.Node;
}

/** Whether a request follows redirects: its switches, per-hop hooks and connect-time filters, over its defaults and options. */
export function redirectPolicy(sourceCode: SourceCode, request: OutgoingRequest, trustCustomAgents: boolean): RedirectPolicy {
  if (request.chain) return superagentPolicy(sourceCode, request.chain, trustCustomAgents);
  const { client, sources } = request;
  const decisions: { decision: Decision; property?: TSESTree.Node }[] = [];
  for (const redirectSwitch of client.switches) {
    const lookup = effectiveOption(sourceCode, sources, redirectSwitch.path);
    if (lookup.kind === 'unknown') return { result: 'unknown' };
    if (lookup.kind === 'absent') continue;
    const value = staticValue(lookup.value, sourceCode.getScope(lookup.value));
    decisions.push({
      decision: value ? redirectSwitch.decide(value.value) : 'unknown',
      property: lookup.fromCall ? lookup.property : undefined,
    });
  }
  for (const hook of client.hopHooks) {
    const lookup = effectiveOption(sourceCode, sources, hook);
    if (lookup.kind === 'unknown') return { result: 'unknown' };
    if (lookup.kind === 'present' && !isNullish(lookup.value)) decisions.push({ decision: 'safe' });
  }
  const filter = connectFilter(sourceCode, request, trustCustomAgents);
  if (filter !== 'default') decisions.push({ decision: filter });
  if (decisions.some(({ decision }) => decision === 'safe')) return { result: 'safe' };
  if (decisions.some(({ decision }) => decision === 'unknown')) return { result: 'unknown' };
  const follows = decisions.find(({ decision }) => decision === 'follows');
  if (follows) return { result: 'follows', property: follows.property };
  return { result: client.followsByDefault ? 'follows' : 'safe' };
}

function superagentPolicy(sourceCode: SourceCode, chain: SuperagentChain, trustCustomAgents: boolean): RedirectPolicy {
  if (chain.configuredElsewhere) return { result: 'unknown' };
  for (const count of chain.redirects) {
    if (redirectCount(staticValue(count, sourceCode.getScope(count))?.value) !== 'follows') return { result: 'safe' };
  }
  for (const agent of chain.agents) if (agentDecision(sourceCode, agent, trustCustomAgents, 0) !== 'default') return { result: 'safe' };
  return { result: 'follows' };
}

/** Whether every connection of a request goes through an address filter: `safe`, `default` (no filter) or `unknown`. */
export function connectFilter(sourceCode: SourceCode, request: OutgoingRequest, trustCustomAgents: boolean): Decision {
  if (request.chain) {
    const decisions = request.chain.agents.map((agent) => agentDecision(sourceCode, agent, trustCustomAgents, 0));
    return decisions.includes('safe') ? 'safe' : 'default';
  }
  const decisions: Decision[] = [];
  for (const guard of request.client.guards) {
    const lookup = effectiveOption(sourceCode, request.sources, [guard]);
    if (lookup.kind === 'unknown') return 'unknown';
    if (lookup.kind === 'present') decisions.push(agentDecision(sourceCode, lookup.value, trustCustomAgents, 0));
  }
  if (decisions.includes('safe')) return 'safe';
  return decisions.includes('unknown') ? 'unknown' : 'default';
}

/** Whether an `agent` / `dispatcher` / `lookup` value screens the addresses it connects to. */
function agentDecision(sourceCode: SourceCode, value: TSESTree.Node, trustCustomAgents: boolean, depth: number): Decision {
  const scope = sourceCode.getScope(value);
  const resolved = resolveValue(value, scope);
  if (isNullish(resolved) || staticValue(resolved, scope)?.value === false) return 'default';
  const filters = referenceNodes(findModuleReferences(sourceCode, ADDRESS_FILTERS));
  if (filters.has(resolved) || filters.has(value) || filters.has(unwrapExpression(value))) return 'safe';
  const plainAgents = referenceNodes(findModuleReferences(sourceCode, PLAIN_AGENTS));
  if (plainAgents.has(resolved) && resolved.type === AST_NODE_TYPES.NewExpression) {
    const agentOptions = resolved.arguments[0];
    const screens = ['lookup', 'connect'].some((key) => readOption(agentOptions, [key], scope).kind !== 'absent');
    return screens && trustCustomAgents ? 'safe' : 'default';
  }
  // got's `agent: { http, https }`: every protocol's agent has to screen.
  if (resolved.type === AST_NODE_TYPES.ObjectExpression && depth === 0) {
    const decisions = resolved.properties.map((property) =>
      property.type === AST_NODE_TYPES.Property ? agentDecision(sourceCode, property.value, trustCustomAgents, depth + 1) : 'unknown',
    );
    if (decisions.length === 0 || decisions.includes('default')) return 'default';
    return decisions.every((decision) => decision === 'safe') ? 'safe' : 'unknown';
  }
  return trustCustomAgents ? 'safe' : 'default';
}

const referenceSets = new WeakMap<ModuleReference<true>[], Set<TSESTree.Node>>();

function referenceNodes(references: ModuleReference<true>[]): Set<TSESTree.Node> {
  let nodes = referenceSets.get(references);
  if (!nodes) {
    nodes = new Set(references.map((reference) => reference.node));
    referenceSets.set(references, nodes);
  }
  return nodes;
}
