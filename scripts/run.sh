#!/usr/bin/env bash
# The README's two commands on a fresh machine that has only node, npm and python3:
#   bash scripts/run.sh example   install everything, then scan the bundled example app with the plugin and the pack
#   bash scripts/run.sh test      install everything, then run the whole test suite
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

task="${1:-}"
if [[ "$task" != "example" && "$task" != "test" ]]; then
  echo "usage: bash scripts/run.sh example|test" >&2
  exit 2
fi

node -e 'const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 19)) { console.error(`ai-guard needs Node.js >= 20.19 (found ${process.versions.node})`); process.exit(1); }'

# pnpm, exactly the version package.json pins. Corepack cannot verify packages from this registry and
# pnpm will not switch itself to another version, so the pinned release is installed into .tools/.
pnpm_version="$(node -p 'require("./package.json").packageManager.split("@")[1]')"
pnpm_bin="$root/.tools/pnpm/node_modules/.bin/pnpm"
if [[ ! -x "$pnpm_bin" || "$("$pnpm_bin" --version)" != "$pnpm_version" ]]; then
  echo "» installing pnpm $pnpm_version into .tools/pnpm"
  npm install --silent --no-save --no-audit --no-fund --no-package-lock --prefix "$root/.tools/pnpm" "pnpm@$pnpm_version"
fi
export PATH="$root/.tools/pnpm/node_modules/.bin:$PATH"

echo "» pnpm install --frozen-lockfile"
pnpm install --frozen-lockfile --reporter=silent

# semgrep, from the fully pinned requirements, into a project-local virtualenv (never a global install).
requirements="semgrep-rules/requirements.txt"
stamp=".venv/.requirements.sha256"
wanted="$(sha256sum "$requirements" | cut -d' ' -f1)"
if [[ ! -x .venv/bin/semgrep || ! -f "$stamp" || "$(cat "$stamp")" != "$wanted" ]]; then
  echo "» installing semgrep into .venv from $requirements"
  rm -rf .venv
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$requirements"
  echo "$wanted" > "$stamp"
fi

# Development tools (pre-commit, for the hook tests) into the same virtualenv, from their own pinned list.
dev_requirements="requirements-dev.txt"
dev_stamp=".venv/.requirements-dev.sha256"
dev_wanted="$(sha256sum "$dev_requirements" | cut -d' ' -f1)"
if [[ ! -x .venv/bin/pre-commit || ! -f "$dev_stamp" || "$(cat "$dev_stamp")" != "$dev_wanted" ]]; then
  echo "» installing development tools into .venv from $dev_requirements"
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$dev_requirements"
  echo "$dev_wanted" > "$dev_stamp"
fi

if [[ "$task" == "example" ]]; then
  pnpm run --silent scan:example
else
  pnpm run test
fi
