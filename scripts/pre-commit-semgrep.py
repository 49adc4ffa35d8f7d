#!/usr/bin/env python3
"""The `ai-guard-semgrep` pre-commit hook (.pre-commit-hooks.yaml): ai-guard's Semgrep pack from the hook's own
checkout, so the hook's `rev` pins it, on the Python files pre-commit passes, with the `semgrep` on PATH."""
import os
import shutil
import subprocess
import sys

PACK = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "semgrep-rules", "python")


def main() -> int:
    semgrep = shutil.which("semgrep")
    if semgrep is None:
        print(
            "ai-guard-semgrep: semgrep is not on PATH. Install it where the hook can find it "
            "(the pack is tested with 1.180.0: python3 -m pip install semgrep==1.180.0).",
            file=sys.stderr,
        )
        return 1
    env = dict(os.environ, SEMGREP_ENABLE_VERSION_CHECK="0", SEMGREP_SEND_METRICS="off")
    command = [semgrep, "scan", "--config", PACK, "--no-rewrite-rule-ids", "--metrics=off", "--disable-version-check"]
    return subprocess.call([*command, "--error", "--quiet", *sys.argv[1:]], env=env)


if __name__ == "__main__":
    sys.exit(main())
