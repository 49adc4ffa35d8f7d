import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { hostCheckFor } from '../analysis/host-checks';
import { connectFilter, findOutgoingRequests, mayMakeRequests, type OutgoingRequest } from '../analysis/outgoing-requests';
import { moduleRuntime } from '../analysis/runtime';
import { urlTarget } from '../analysis/url-targets';
import { createRule, docsFor } from '../create-rule';

export type Options = [];
export type MessageIds = 'unvalidatedRequestUrl' | 'rawStringHostCheck';

interface CheckContext {
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  sourceCode: Readonly<TSESLint.SourceCode>;
}

export default createRule<Options, MessageIds>({
  name: 'no-unvalidated-url-fetch',
  meta: {
    type: 'problem',
    docs: docsFor('no-unvalidated-url-fetch'),
    schema: [],
    messages: {
      unvalidatedRequestUrl:
        '`{{url}}` comes from `{{source}}` and is requested with no host check, so the caller chooses which host this server connects to, internal ones included. Parse it and compare its hostname with an allowlist.',
      rawStringHostCheck:
        'The check `{{check}}` on the raw URL string does not pin the host, so `https://allowed.example@evil.net` still reaches any server. Parse the URL and compare its hostname with an allowlist.',
    },
  },
  defaultOptions: [],
  create(context) {
    if (!mayMakeRequests(context.sourceCode)) return {};
    const check: CheckContext = { context, sourceCode: context.sourceCode };
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
  const { sourceCode } = check;
  const target = urlTarget(sourceCode, request, { trustConfiguredHosts: true });
  if (target.kind !== 'request') return;
  // An agent that screens every connection is a host check made when the socket opens.
  if (connectFilter(sourceCode, request, true) !== 'default') return;
  const guard = hostCheckFor(sourceCode, request.call, target.source);
  if (guard?.kind === 'host' || guard?.kind === 'address') return;
  if (guard?.kind === 'raw-string') {
    check.context.report({ node: guard.node, messageId: 'rawStringHostCheck', data: { check: shortText(sourceCode, guard.node) } });
    return;
  }
  check.context.report({
    node: request.url,
    messageId: 'unvalidatedRequestUrl',
    data: { url: shortText(sourceCode, request.url), source: target.source },
  });
}

function shortText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const text = sourceCode
    .getText(node)
    .replace(/\s+/g, ' ')
    .replace(/^`([^`]*)`$/, '$1');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
