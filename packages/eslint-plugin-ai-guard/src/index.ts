import { type Configs, createConfigs, TEST_FILES } from './configs';
import { packageJson } from './create-rule';
import { rules } from './rules';

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version },
  rules,
  configs: {} as Configs,
  /** The globs `recommended` treats as test code (safe in a flat config's `ignores`; see the README before using them in `files`). */
  testFiles: TEST_FILES,
};

plugin.configs = createConfigs(plugin);

export = plugin;
