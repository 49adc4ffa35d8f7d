import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { findSqlQueries, methodName, SQL_METHOD_NAMES, type SqlQuery } from '../analysis/sql-queries';
import { AST_NODE_TYPES } from '../analysis/node-types';
import {
  checkedBefore,
  DATA,
  DECIDED,
  isStatement,
  quotedAt,
  sqlFlow,
  type BuiltSql,
  type DataUse,
  type SqlValue,
} from '../analysis/sql-text';
import { isFunctionNode } from '../analysis/local-functions';
import { staticString, unwrapExpression } from '../analysis/static-values';
import { createRule, docsFor } from '../create-rule';
import type { PlaceholderStyle } from '../libraries/sql';

export type Options = [{ reportNonRequestData?: boolean }];
export type MessageIds = 'sqlStringBuilt' | 'useParameters';

interface CheckContext {
  context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  sourceCode: Readonly<TSESLint.SourceCode>;
  reportNonRequestData: boolean;
  /** Every query call of the file: their results are rows of another query. */
  queryCalls: ReadonlySet<TSESTree.Node>;
  /** Where a finding was already reported: a fragment shared by several queries is one flaw. */
  reported: Set<TSESTree.Node>;
}

/** Member calls by one of the query method names, or by a computed key: the listener then runs on a few calls of a file, not on all. */
const QUERY_CALL_SELECTOR = [
  'CallExpression[callee.type="MemberExpression"][callee.computed=true]',
  `CallExpression[callee.type="MemberExpression"][callee.property.name=/^(?:${[...SQL_METHOD_NAMES].map((name) => name.replace(/\$/g, '\\$')).join('|')})$/]`,
].join(', ');

export default createRule<Options, MessageIds>({
  name: 'no-sql-string-build',
  meta: {
    type: 'problem',
    docs: docsFor('no-sql-string-build'),
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          reportNonRequestData: {
            type: 'boolean',
            description:
              'Also report SQL built from values no request input reaches and no declared type marks as text: untyped parameters wherever they land (by default only inside a quoted SQL literal) and values read from another query. On in the strict config.',
          },
        },
      },
    ],
    messages: {
      sqlStringBuilt:
        'SQL text passed to `{{api}}` is built from `{{source}}`, so a quote in that value can rewrite the query. Use a placeholder and pass the value as a query parameter.',
      useParameters: 'Write {{placeholders}} placeholders in the SQL and pass the values in a parameters array.',
    },
  },
  defaultOptions: [{ reportNonRequestData: false }],
  create(context, [options]) {
    const candidates: TSESTree.CallExpression[] = [];
    return {
      [QUERY_CALL_SELECTOR](node: TSESTree.CallExpression) {
        if (SQL_METHOD_NAMES.has(methodName(node))) candidates.push(node);
      },
      'Program:exit'() {
        const queries = findSqlQueries(context.sourceCode, candidates);
        if (queries.length === 0) return;
        const check: CheckContext = {
          context,
          sourceCode: context.sourceCode,
          reportNonRequestData: options.reportNonRequestData === true,
          queryCalls: new Set(queries.filter((query) => isKnownQuery(context.sourceCode, query)).map((query) => query.call)),
          reported: new Set(),
        };
        for (const query of queries) checkQuery(check, query);
      },
    };
  },
});

function checkQuery(check: CheckContext, query: SqlQuery): void {
  const value = sqlFlow(check.sourceCode, check.queryCalls).valueOf(query.text);
  if (value?.kind === 'built') {
    if (query.statementOnly && !isStatement(value.text)) return;
    const use = value.uses.find((candidate) => isReported(check, candidate) && !checkedBefore(check.sourceCode, candidate.at));
    if (use) report(check, query, use.at, use.source, value);
    return;
  }
  // The request's own text used as the query: worse than built, and reported the same way.
  if (value?.kind === 'input' && !query.statementOnly) report(check, query, query.text, value.source, undefined);
}

/**
 * A call whose awaited result is rows of a query: a traced library's (not a builder's chain), or a generic one given a
 * constant statement. A knex `raw()` written into a template is a fragment, not rows.
 */
function isKnownQuery(sourceCode: Readonly<TSESLint.SourceCode>, query: SqlQuery): boolean {
  const parent = query.call.parent;
  const awaited =
    parent.type === AST_NODE_TYPES.AwaitExpression || (parent.type === AST_NODE_TYPES.MemberExpression && methodNameOf(parent) === 'then');
  if (!awaited || query.library?.chainable) return false;
  if (!query.statementOnly) return true;
  const text = staticString(query.text, sourceCode.getScope(query.text));
  return text !== undefined && isStatement(text);
}

function methodNameOf(member: TSESTree.MemberExpression): string | undefined {
  return !member.computed && member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
}

function isReported(check: CheckContext, use: DataUse): boolean {
  switch (use.origin) {
    case 'request':
    case 'caller-string':
      return true;
    case 'caller':
      return use.compared || check.reportNonRequestData;
    case 'row':
      return check.reportNonRequestData;
  }
}

function report(check: CheckContext, query: SqlQuery, node: TSESTree.Node, source: string, value: BuiltSql | undefined): void {
  if (check.reported.has(node)) return;
  check.reported.add(node);
  const rewrite = value && query.library?.placeholder ? parameterized(check, query, query.library.placeholder) : undefined;
  check.context.report({
    node,
    messageId: 'sqlStringBuilt',
    data: {
      api: apiName(check.sourceCode, query.call),
      source: source || check.sourceCode.getText(node).replace(/\s+/g, ' ').slice(0, 50),
    },
    suggest: rewrite
      ? [
          {
            messageId: 'useParameters',
            data: { placeholders: rewrite.style === 'dollar' ? '`$1`, `$2`, ...' : '`?`' },
            fix: (fixer) => rewrite.fix(fixer),
          },
        ]
      : [],
  });
}

/** `pool.query`, `this.dataSource.query`, or the bare method after a long chain (`whereRaw`). */
function apiName(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): string {
  const callee = unwrapExpression(call.callee);
  const method = methodName(call);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return method;
  const receiver = sourceCode.getText(callee.object).replace(/\s+/g, '');
  return receiver.length <= 30 && /^[\w$.]+$/.test(receiver) ? `${receiver}.${method}` : method;
}

// ---------------------------------------------------------------------------------------------------------------
// The suggestion: a template written directly in the call, with no parameters yet, becomes placeholders and an array.

interface Rewrite {
  style: PlaceholderStyle;
  fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/** An interpolation compared with, matched against or limiting by: `= ${id}`, `LIKE ${q}`, `LIMIT ${n}`. */
const VALUE_POSITION = /(?:[=<>]|\b(?:like|ilike|limit|offset))\s*$/i;
const VALUE_END = /^(?:\s|\)|,|;|$)/;

/**
 * Placeholders for the interpolated values, when the rewrite is exact: the template is written in the call, the call
 * has no parameters yet, and each interpolation of data is a plain reference that fills a whole quoted literal
 * (`'${email}'`, `'%${q}%'`, which becomes the parameter) or stands where a value goes (`= ${id}`, `LIMIT ${n}`).
 * Interpolations of constants stay as they are.
 */
function parameterized(check: CheckContext, query: SqlQuery, style: PlaceholderStyle): Rewrite | undefined {
  const { sourceCode } = check;
  const template = query.call.arguments[query.form.text];
  const paramsIndex = query.form.params;
  if (template?.type !== AST_NODE_TYPES.TemplateLiteral || template !== query.text || paramsIndex === undefined) return undefined;
  const following = query.call.arguments[paramsIndex];
  const previous = query.call.arguments[paramsIndex - 1];
  if ((following && !isFunctionNode(unwrapExpression(following))) || !previous) return undefined;
  const raws = template.quasis.map((quasi) => quasi.value.raw);
  if (raws.some((raw) => (style === 'dollar' ? /\$\d/.test(raw) : raw.includes('?')))) return undefined;
  const flow = sqlFlow(sourceCode, check.queryCalls);
  const skip = raws.map(() => 0);
  let sql = '';
  let plain = '';
  const params: string[] = [];
  for (const [index, whole] of raws.entries()) {
    const raw = whole.slice(skip[index]);
    const expression = template.expressions[index];
    if (!expression) {
      sql += raw;
      break;
    }
    const value = flow.valueOf(expression);
    if (value?.kind === 'built') return undefined;
    if (!isData(value)) {
      sql += `${raw}\${${sourceCode.getText(expression)}}`;
      plain += `${raw}${DECIDED}`;
      continue;
    }
    if (!isPlain(expression)) return undefined;
    const placeholder = style === 'dollar' ? `$${params.length + 1}` : '?';
    const next = raws[index + 1] ?? '';
    const code = sourceCode.getText(expression);
    const open = /(['"])([^'"`\\$]*)$/.exec(raw);
    if (open && quotedAt(plain + raw, (plain + raw).length)) {
      const [quote = "'", prefix = ''] = [open[1], open[2]];
      // In PostgreSQL and SQLite a double-quoted name is an identifier, not a value.
      if (quote === '"' && style === 'dollar') return undefined;
      const close = new RegExp(`^([^'"\`\\\\$]*)${quote}`).exec(next);
      if (!close) return undefined;
      const suffix = close[1] ?? '';
      const kept = raw.slice(0, raw.length - prefix.length - 1);
      sql += `${kept}${placeholder}`;
      plain += `${kept}${DATA}`;
      params.push(prefix || suffix ? `\`${prefix}\${${code}}${suffix}\`` : code);
      skip[index + 1] = close[0].length;
      continue;
    }
    if (quotedAt(plain + raw, (plain + raw).length) || !VALUE_POSITION.test(raw) || !VALUE_END.test(next)) return undefined;
    sql += `${raw}${placeholder}`;
    plain += `${raw}${DATA}`;
    params.push(code);
  }
  if (params.length === 0) return undefined;
  const array = `[${params.join(', ')}]`;
  return {
    style,
    fix: (fixer) => [
      fixer.replaceText(template, `\`${sql}\``),
      following ? fixer.insertTextBefore(following, `${array}, `) : fixer.insertTextAfter(previous, `, ${array}`),
    ],
  };
}

function isData(value: SqlValue | undefined): boolean {
  return value?.kind === 'input' || value?.kind === 'own-url' || value?.kind === 'data';
}

/** `email`, `req.body.email`, `this.filters.status`: a read with no call and no computed key. */
function isPlain(expression: TSESTree.Node): boolean {
  const current = unwrapExpression(expression);
  if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression) return true;
  return current.type === AST_NODE_TYPES.MemberExpression && !current.computed && isPlain(current.object);
}
