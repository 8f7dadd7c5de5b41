#!/usr/bin/env bash
# Runs the hooks in .pre-commit-hooks.yaml with the real pre-commit against a scratch git
# repository: a clean template must pass, and a template with a problem must fail with the
# problem's location in the output.
#
# Usage: Tests/pre-commit/hook-test.sh HOOK_ID [SAMKIT_DIR]
#   HOOK_ID     samkit-validate-system (runs the samkit in SAMKIT_DIR, default .build/debug)
#               or samkit-validate (pre-commit builds the package itself, in release mode).
# Exit status: 0 passed, 1 failed, 77 skipped (pre-commit or git is not installed).
set -euo pipefail

hook="${1:?usage: hook-test.sh HOOK_ID [SAMKIT_DIR]}"
package="$(cd "$(dirname "$0")/../.." && pwd)"
samkit_dir="${2:-$package/.build/debug}"

for tool in pre-commit git; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skipped: $tool is not installed"
        exit 77
    fi
done

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export PATH="$samkit_dir:$PATH"
# pre-commit keeps its environments (for the swift hook, the release build) here between runs.
export PRE_COMMIT_HOME="${PRE_COMMIT_HOME:-$package/.build/pre-commit-home}"

cd "$scratch"
git init -q .
git config user.email test@example.com
git config user.name test
mkdir -p stacks
cat > stacks/template.yaml <<'YAML'
Resources:
  Topic:
    Type: AWS::SNS::Topic
YAML
cat > notes.yaml <<'YAML'
not: a template, so the hook leaves it alone
YAML
git add -A

# try-repo runs the hooks of the package's working tree, committed or not.
run() {
    pre-commit try-repo "$package" "$hook" --all-files --color never >"$scratch/out.txt" 2>&1
}

if ! run; then
    echo "FAILED: the hook rejected a clean template"
    cat "$scratch/out.txt"
    exit 1
fi

cat > stacks/template.yaml <<'YAML'
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Timeout: 901
YAML
git add -A
if run; then
    echo "FAILED: the hook accepted a template with a Timeout beyond 900 seconds"
    cat "$scratch/out.txt"
    exit 1
fi
expected="stacks/template.yaml:5:16: error: Timeout '901' is outside the 1–900 seconds"
if ! grep -qF "$expected" "$scratch/out.txt"; then
    echo "FAILED: the hook's output lacks '$expected'"
    cat "$scratch/out.txt"
    exit 1
fi
if grep -qF "notes.yaml" "$scratch/out.txt"; then
    echo "FAILED: the hook checked notes.yaml, which is not a template"
    cat "$scratch/out.txt"
    exit 1
fi
echo "passed: $hook"
