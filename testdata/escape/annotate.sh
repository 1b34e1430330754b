#!/bin/sh
# annotate.sh FILE.go: (re)writes the `// ERROR "..."` annotations of an
# errorcheck test from the oracle.  The file's first line gives the flags
# ("// errorcheck -0 -m -l"); the file is compiled with Go 1.19's
# `go tool compile -p=p -C -e FLAGS` (what tests/errorcheck.sh runs against
# gosub) and every diagnostic becomes an anchored regexp on its line.
# Run only with Go 1.19 installed; the output is the expectation gosub must
# meet, never gosub's own output.
set -e
f=$1
[ -f "$f" ] || { echo "usage: annotate.sh FILE.go" >&2; exit 2; }
flags=$(head -1 "$f" | sed -n 's|^// *errorcheck\( .*\)\{0,1\}$|\1|p' | sed 's/ -0//; s/ -1//')
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
# strip old annotations
sed 's|[ \t]*// ERROR .*$||' "$f" >"$TMP/src.go"
base=$(basename "$f")
cp "$TMP/src.go" "$TMP/$base"
(cd "$TMP" && go tool compile -p=p -C -e -o a.o $flags "$base" >out.txt 2>&1) || true
python3 - "$TMP/$base" "$TMP/out.txt" "$base" >"$f" <<'PY'
import re, sys
src, out, base = sys.argv[1], sys.argv[2], sys.argv[3]
lines = open(src).read().split("\n")
msgs = {}
for l in open(out):
    l = l.rstrip("\n")
    m = re.match(r"^(?:.*/)?" + re.escape(base) + r":(\d+): (.*)$", l)
    if not m:
        continue
    msgs.setdefault(int(m.group(1)), []).append(m.group(2))
def rx(s):
    s = re.sub(r'([\\.+*?()\[\]{}|^$])', r'\\\1', s)
    return s.replace('"', '.')
for i in range(len(lines)):
    if i + 1 in msgs:
        seen = []
        for m in msgs[i + 1]:
            r = "^" + rx(m) + "$"
            if r not in seen:
                seen.append(r)
        lines[i] += " // ERROR " + " ".join('"%s"' % r for r in seen)
print("\n".join(lines), end="")
PY
