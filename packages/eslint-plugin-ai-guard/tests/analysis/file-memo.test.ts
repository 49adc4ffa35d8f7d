import { Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { FileMemo } from '../../src/analysis/file-memo';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Two SourceCode objects as ESLint builds them, one per file. */
function sourceCodes(...texts: string[]): SourceCode[] {
  return texts.map((text) => {
    const linter = new Linter({ configType: 'flat' });
    linter.verify(text, [{ files: ['**/*.js'] }], { filename: 'file.js' });
    return linter.getSourceCode() as unknown as SourceCode;
  });
}

describe('FileMemo', () => {
  it('computes once per file, however many callers ask', () => {
    const [file] = sourceCodes('const a = 1;');
    const memo = new FileMemo<number>();
    let computed = 0;
    const compute = (sourceCode: SourceCode) => {
      computed += 1;
      return sourceCode.text.length;
    };
    expect([memo.get(file!, compute), memo.get(file!, compute), memo.get(file!, compute)]).toEqual([12, 12, 12]);
    expect(computed).toBe(1);
  });

  it('answers for the file asked about, also when an earlier file is asked about again', () => {
    const [first, second] = sourceCodes('first();', 'second(1, 2);');
    const memo = new FileMemo<string>();
    const compute = (sourceCode: SourceCode) => sourceCode.text;
    expect([memo.get(first!, compute), memo.get(second!, compute), memo.get(first!, compute)]).toEqual([
      'first();',
      'second(1, 2);',
      'first();',
    ]);
  });

  it('keeps an answer that is undefined, and nothing when the computation throws', () => {
    const [file] = sourceCodes('x;');
    const memo = new FileMemo<string | undefined>();
    let computed = 0;
    expect(() =>
      memo.get(file!, () => {
        throw new Error('unreadable');
      }),
    ).toThrow('unreadable');
    const compute = () => {
      computed += 1;
      return undefined;
    };
    expect([memo.get(file!, compute), memo.get(file!, compute)]).toEqual([undefined, undefined]);
    expect(computed).toBe(1);
  });
});
