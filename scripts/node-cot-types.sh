#!/usr/bin/env bash
# @tak-ps/node-cot 12 ships TypeScript sources instead of declarations, and those sources do
# not compile under this project's stricter settings. This regenerates declarations from them
# into types/node-cot/ (tsconfig.check.json maps the package there for tsc; tsx and ESLint read tsconfig.json, where it resolves normally). Run after changing its version.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(mktemp -d)
cp -r node_modules/@tak-ps/node-cot/. "$src"
ln -sfn "$PWD/node_modules" "$src/node_modules"
rm -rf types/node-cot
(cd "$src" && "$OLDPWD/node_modules/.bin/tsc" index.ts lib/*.ts lib/**/*.ts --declaration --emitDeclarationOnly \
  --noCheck --skipLibCheck --module nodenext --moduleResolution nodenext --target es2022 --outDir "$OLDPWD/types/node-cot")
rm -rf "$src"
