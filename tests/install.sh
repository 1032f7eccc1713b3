#!/bin/sh
# cmake --install into a temporary prefix: the installed binary runs, the
# installed man page reads with man -l, and the bash completion completes
# options, formats and languages. Every long option of --help is in each
# completion file.
#   install.sh BUILD_DIR
set -u
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }

cmake --install "$build" --prefix "$prefix" > /dev/null || bad "cmake --install failed"
[ "$("$prefix/bin/citeq" -V)" = "$("$build/citeq" -V)" ] || bad "installed citeq -V differs"
[ "$(cd / && "$prefix/bin/citeq" -l ru -c < /dev/null)" = 4 ] ||
	bad "the installed citeq lacks its built-in data"
MANPAGER=cat MANWIDTH=80 man -l "$prefix/share/man/man1/citeq.1" 2>/dev/null |
	grep -q "look up references in a CSV of citations" || bad "man -l cannot read the man page"

bash_completion=$prefix/share/bash-completion/completions/citeq
complete_words() {	# complete_words WORD...: what bash offers for the last word
	bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _citeq; printf "%s\n" "${COMPREPLY[@]}"' \
		sh "$bash_completion" "$@"
}
complete_words citeq --for | grep -qx -- "--format=" || bad "bash does not complete --for to --format="
complete_words citeq --format = j | tr '\n' ' ' | grep -qx -- "json jsonl " ||
	bad "bash does not complete --format=j to json, jsonl: $(complete_words citeq --format = j | tr '\n' ' ')"
complete_words citeq -l r | grep -qx ru || bad "bash does not complete -l r to ru"
complete_words citeq --delimiter = s | grep -qx semicolon || bad "bash does not complete --delimiter=s to semicolon"
complete_words citeq -F id,ti | grep -qx "id,title" || bad "bash does not complete -F id,ti"
complete_words citeq imp | grep -qx import || bad "bash does not complete imp to import"
complete_words citeq import --def | grep -qx -- "--default-lang=" ||
	bad "bash does not complete citeq import --def"
if command -v zsh > /dev/null; then
	zsh -n "$prefix/share/zsh/site-functions/_citeq" || bad "zsh cannot parse _citeq"
fi

for f in "$bash_completion" "$prefix/share/zsh/site-functions/_citeq" \
    "$prefix/share/fish/vendor_completions.d/citeq.fish"; do
	[ -f "$f" ] || { bad "not installed: $f"; continue; }
	for opt in $("$build/citeq" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		name=${opt#--}
		grep -q -- "$name" "$f" || bad "$(basename "$f") lacks $opt"
	done
done
[ $fail = 0 ] && echo "installed and completed"
exit $fail
