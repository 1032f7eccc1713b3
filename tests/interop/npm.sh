#!/bin/sh
# The npm packages of the interop tests (package.json, their versions
# pinned by package-lock.json) installed into the build tree, never into
# the source tree, with the checkers (*.mjs) beside them, so that node finds
# the packages from the checkers. npm ci runs again only when the lock file
# changed. A ctest fixture: the consumer tests need it.
#   npm.sh SOURCE_DIR DIR
set -eu
src=$1
dir=$2
command -v npm > /dev/null ||
	{ echo "FAIL: npm is not installed (scripts/install-deps)"; exit 1; }
mkdir -p "$dir"
cp "$src/package.json" "$src/package-lock.json" "$src"/*.mjs "$dir/"
if ! cmp -s "$dir/package-lock.json" "$dir/node_modules/.citeq-lock"; then
	(cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) < /dev/null
	cp "$dir/package-lock.json" "$dir/node_modules/.citeq-lock"
fi
echo "node $(node --version), packages in $dir: $(cd "$dir" && npm ls --depth=0 --parseable | sed 's|.*/node_modules/||' | grep -v "^$dir" | tr '\n' ' ')"
