#!/bin/sh
# instructions.sh BIN: the instructions (callgrind) of newsloop's loop, the
# news corpus analysed once article by article on one CPU with the garbage
# collector off: the run with the loop minus the run without it. Valgrind
# sometimes stops a Go program on a signal it mishandles; a run that does
# not end well is made again, up to ten times. RDTSCP, which the runtime
# reads the clock with, is one valgrind cannot run: it is turned off.
set -u
bin=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() {
	for try in 1 2 3 4 5 6 7 8 9 10; do
		if GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off GOMAXPROCS=1 GOGC=off valgrind --tool=callgrind \
			--callgrind-out-file="$out/cg" "$bin" "$@" >"$out/stdout" 2>"$out/stderr"; then
			awk '/^totals:/ {print $2}' "$out/cg"
			return 0
		fi
	done
	echo "instructions.sh: valgrind failed ten times on $bin $*" >&2
	tail -5 "$out/stderr" >&2
	return 1
}
all=$(count) || exit 1
words=$(cat "$out/stdout")
load=$(count -load-only) || exit 1
loop=$((all - load))
awk -v loop="$loop" -v w="$words" 'BEGIN {
	split(w, f, " "); n = f[3]
	printf "news loop (%s): %.1f M instructions, %.0f a word\n", w, loop / 1e6, loop / n
}'
