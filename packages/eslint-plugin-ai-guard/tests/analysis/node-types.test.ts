import { AST_NODE_TYPES as TYPESCRIPT_ESLINT_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import * as nodeTypes from '../../src/analysis/node-types';

describe('AST_NODE_TYPES', () => {
  it("holds typescript-eslint's node type names", () => {
    expect(nodeTypes.AST_NODE_TYPES).toBe(TYPESCRIPT_ESLINT_NODE_TYPES);
    expect(nodeTypes.AST_NODE_TYPES.CallExpression).toBe('CallExpression');
    expect(nodeTypes.AST_NODE_TYPES.TSAsExpression).toBe('TSAsExpression');
  });
});
