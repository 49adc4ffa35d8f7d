// Types for release-lib.mjs, which the TypeScript integration tests import.

export declare const root: string;
export declare const pluginDirectory: string;
export declare const exampleApp: string;
export declare const PUBLISHED_NAME: string;
export declare const LOCAL_NAME: string;

export declare function pluginPackage(): { name: string; version: string } & Record<string, unknown>;
export declare function tarballName(version?: string): string;
export declare function codeBlocks(markdown: string): { info: string; text: string }[];

export interface ReadmeInstructions {
  version: string;
  /** argv, starting with `npm`. */
  registryInstall: string[];
  tarballInstall: string[];
  semgrepScan: string[];
  download: string;
  flatConfig: string;
  eslintrc: string;
}
export declare function readmeInstructions(readme?: string): ReadmeInstructions;
export declare function flatConfigWithTypeScript(flatConfig: string): string;
export declare function expectedExampleFindings(): { eslint: string[]; semgrep: string[] };

interface EslintResult {
  filePath: string;
  messages: { line: number; ruleId: string | null }[];
}
interface SemgrepResult {
  path: string;
  start: { line: number };
  extra: { metadata: Record<string, unknown> };
}
export declare function eslintFindingKeys(results: EslintResult[], appDirectory: string): string[];
export declare function semgrepFindingKeys(results: SemgrepResult[], appDirectory: string, cwd: string): string[];
export declare function scopedRegistry(tarballPath: string): Promise<{ flag: string; close: () => Promise<void> }>;
