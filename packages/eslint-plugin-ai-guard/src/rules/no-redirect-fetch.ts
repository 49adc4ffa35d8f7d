import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../analysis/node-types';
import { findOutgoingRequests, mayMakeRequests, redirectPolicy, type OutgoingRequest } from '../analysis/outgoing-requests';
import { moduleRuntime } from '../analysis/runtime';
import { staticPropertyName, unwrapExpression } from '../analysis/static-values';
import { urlTarget, type UrlTarget } from '../analysis/url-targets';
import { createRule, docsFor } from '../create-rule';

export type Options = [{ trustCustomAgents?: boolean; trustConfiguredHosts?: boolean; reportNonConstantUrls?: boolean }];
export type MessageIds = 'followsRedirects' | 'followsRequestUrl' | 'disableRedirects';

interface CheckContext {
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  sourceCode: Readonly<TSESLint.SourceCode>;
  trustCustomAgents: boolean;
  trustConfiguredHosts: boolean;
  reportNonConstantUrls: boolean;
}

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
              'Treat URLs whose host comes from deployment configuration as fixed: `process.env` / `import.meta.env` reads, imported bindings, module-level consts and a `this.baseUrl`-style base. Only matters with `reportNonConstantUrls`.',
          },
          reportNonConstantUrls: {
            type: 'boolean',
            description:
              'Also report redirect-following requests to URLs that are not fixed in the code even when no request input reaches them (a parameter, a database row). Browser code and React components are skipped. On in the strict config.',
          },
        },
      },
    ],
    messages: {
      followsRedirects:
        '{{client}} follows redirects for the non-constant URL `{{url}}`, so any public host it reaches can bounce the request to an internal address. Disable redirects (`{{option}}`) and validate each `Location` hop yourself.',
      followsRequestUrl:
        '{{client}} follows redirects for `{{url}}`, which comes from `{{source}}`, so even a host the code checks can bounce the request to an internal address. Disable redirects (`{{option}}`) and validate each `Location` hop yourself.',
      disableRedirects: 'Add `{{option}}` so the client does not follow redirects.',
    },
  },
  defaultOptions: [{ trustCustomAgents: true, trustConfiguredHosts: true, reportNonConstantUrls: false }],
  create(context, [options]) {
    if (!mayMakeRequests(context.sourceCode)) return {};
    const check: CheckContext = {
      context,
      sourceCode: context.sourceCode,
      trustCustomAgents: options.trustCustomAgents !== false,
      trustConfiguredHosts: options.trustConfiguredHosts !== false,
      reportNonConstantUrls: options.reportNonConstantUrls === true,
    };
    return {
      'Program:exit'() {
        const requests = findOutgoingRequests(check.sourceCode);
        // Where the module runs takes a walk of the whole file: asked only once there is a request.
        if (requests.length === 0 || moduleRuntime(check.sourceCode) === 'browser') return;
        for (const request of requests) checkRequest(check, request);
      },
    };
  },
});

function checkRequest(check: CheckContext, request: OutgoingRequest): void {
  const policy = redirectPolicy(check.sourceCode, request, check.trustCustomAgents);
  if (policy.result !== 'follows') return;
  const target = urlTarget(check.sourceCode, request, { trustConfiguredHosts: check.trustConfiguredHosts });
  if (!isReported(check, target)) return;
  const option = fixOption(request);
  const data = {
    client: request.client.label,
    url: shortText(check.sourceCode, request.url),
    option,
    source: target.kind === 'request' ? target.source : '',
  };
  check.context.report({
    node: policy.property ?? request.url,
    messageId: target.kind === 'request' ? 'followsRequestUrl' : 'followsRedirects',
    data,
    suggest: [{ messageId: 'disableRedirects', data: { option }, fix: (fixer) => disableRedirectsFix(check.sourceCode, fixer, request) }],
  });
}

function isReported(check: CheckContext, target: UrlTarget): boolean {
  if (target.kind === 'request') return true;
  // A non-constant URL no request input reaches is reported on request, and never in UI code.
  return target.kind === 'variable' && check.reportNonConstantUrls && moduleRuntime(check.sourceCode) === 'server';
}

function fixOption(request: OutgoingRequest): string {
  if (request.chain) return '.redirects(0)';
  const fix = request.client.fix;
  return fix ? `${fix.key}: ${fix.value}` : 'redirect: "error"';
}

function shortText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  // A template's own backticks would break the message's code span around it.
  const text = sourceCode
    .getText(node)
    .replace(/\s+/g, ' ')
    .replace(/^`([^`]*)`$/, '$1');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Adds the no-follow option to the call's own options, creating them (or spreading a non-literal) as needed. */
function disableRedirectsFix(
  sourceCode: Readonly<TSESLint.SourceCode>,
  fixer: TSESLint.RuleFixer,
  request: OutgoingRequest,
): TSESLint.RuleFix | null {
  const { call } = request;
  if (request.chain) return fixer.insertTextAfter(call, '.redirects(0)');
  const fix = request.client.fix;
  if (!fix) return null;
  const option = `${fix.key}: ${fix.value}`;
  const argument = call.arguments[request.optionsIndex];
  if (argument?.type === AST_NODE_TYPES.SpreadElement) return null;
  // `https.get(url, callback)`: options go before the callback.
  if (argument?.type === AST_NODE_TYPES.ArrowFunctionExpression || argument?.type === AST_NODE_TYPES.FunctionExpression) {
    return fixer.insertTextBefore(argument, `{ ${option} }, `);
  }
  if (argument) {
    const object = unwrapExpression(argument);
    if (object.type !== AST_NODE_TYPES.ObjectExpression)
      return fixer.replaceText(argument, `{ ...${sourceCode.getText(argument)}, ${option} }`);
    const existing = object.properties.find(
      (property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && staticPropertyName(property) === fix.key,
    );
    if (existing && object.properties[object.properties.length - 1] === existing) return fixer.replaceText(existing, option);
    const last = object.properties[object.properties.length - 1];
    return last ? fixer.insertTextAfter(last, `, ${option}`) : fixer.replaceText(object, `{ ${option} }`);
  }
  const last = call.arguments[call.arguments.length - 1];
  if (!last || request.optionsIndex < 0) return null;
  const padding = ', undefined'.repeat(Math.max(0, request.optionsIndex - call.arguments.length));
  return fixer.insertTextAfter(last, `${padding}, { ${option} }`);
}
