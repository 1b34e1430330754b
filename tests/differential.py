#!/usr/bin/env python3
"""The differential test's driver (tests/differential.sh documents what it
compares and the DIFF_* variables).

One process drives every comparison, two at a time (CI has two cores):
a comparison costs one gosub process (and one go process when go's output
is not recorded), not the dozen shell utilities a shell loop spawns, which
were more than half of the run's time.
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor

GOSUB = os.environ.get("GOSUB", "bin/gosub")
if not GOSUB.startswith("/"):
    GOSUB = os.path.join(os.getcwd(), GOSUB)
HAVE_GO = shutil.which("go") is not None
RECORD = os.environ.get("DIFF_RECORD", "0") or "0"
LIVE = os.environ.get("DIFF_LIVE", "0") or "0"
ORACLE = os.path.join(os.getcwd(), "testdata", "oracle")
JOBS = int(os.environ.get("DIFF_JOBS", "0") or "0") or os.cpu_count() or 2

# The compiler allocates from an arena it never frees (by design): under
# SAN=1 LeakSanitizer would report that at every exit.
asan = os.environ.get("ASAN_OPTIONS", "")
os.environ["ASAN_OPTIONS"] = (asan + ":" if asan else "") + "detect_leaks=0"
# go replays a cached compile's -m output verbatim, paths included: an entry
# another user created by building from elsewhere (go build testdata/run/x.go)
# would print testdata/run/x.go where ./x.go is expected.  A cache of our own.
os.environ["GOCACHE"] = os.environ.get("DIFF_GOCACHE") or os.path.join(
    os.environ.get("HOME") or "/tmp", ".cache", "gosub-differential")

TMP = tempfile.mkdtemp()


def read_record(path):
    """The recorded file: (source line, {flags: output})."""
    try:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
            lines = f.read().splitlines(keepends=True)
    except OSError:
        return None, {}
    head = lines[0].rstrip("\n") if lines else ""
    sections, cur = {}, None
    for line in lines[1:]:
        if line.startswith("=== flags "):
            cur = line[len("=== flags "):].rstrip("\n")
            sections[cur] = []
        elif cur is not None:
            sections[cur].append(line)
    return head, {k: "".join(v) for k, v in sections.items()}


def run(cmd, cwd, env=None):
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return p.stdout.decode("utf-8", errors="surrogateescape")


# the C compile and link are skipped, and so is the build cache (its key
# hashes megabytes of runtime archives for an executable never made)
GOSUB_ENV = dict(os.environ, CC="true", GOSUBCACHE="off")
GO_ENV = dict(os.environ, GOFLAGS="")


def compare(f, flagsets, copy):
    """Compares one program under each flag set: a list of (status, text)
    with status 'pass', 'fail', 'live' or 'skip'."""
    results = []
    name = os.path.basename(f)
    key = f.replace("/", "_")
    d = os.path.dirname(f) or "."
    if copy:
        # go build replays no -m output for a non-main package found in its
        # build cache: each file is compiled from a copy ending in a unique
        # comment, in a directory of its own
        d = os.path.join(TMP, key + ".d")
        os.makedirs(d, exist_ok=True)
        shutil.copy(f, os.path.join(d, name))
    d = os.path.abspath(d)
    with open(f, "rb") as fh:
        src = fh.read()
    store = os.path.join(ORACLE, key + ".txt")
    want_head = "source " + hashlib.sha1(src).hexdigest()
    bin_out = os.path.join(TMP, key + ".bin")  # a regular file: never -o /dev/null
    started = False  # this run has started the record anew
    head, sections = read_record(store)
    for flags in flagsets:
        valid = head == want_head
        live = False
        if RECORD != "all" and LIVE == "0" and valid and flags in sections:
            want = sections[flags]
        elif HAVE_GO:
            if copy:
                with open(os.path.join(d, name), "ab") as fh:
                    fh.write(b"// differential %d\n" % time.time_ns())
            want = run(["go", "build", "-o", bin_out, "-gcflags=" + flags, name], d, GO_ENV)
            if copy:
                want = want.replace(d + "/", "")
            if RECORD != "0":
                mode = "a"
                if not started and (not valid or RECORD == "all"):
                    mode = "w"
                started = True
                with open(store, mode, encoding="utf-8", errors="surrogateescape") as fh:
                    if mode == "w":
                        fh.write(want_head + "\n")
                    fh.write("=== flags " + flags + "\n" + want)
                if mode == "w":  # what the file now holds
                    head, sections = want_head, {}
                sections[flags] = want
            else:
                live = True
        else:
            results.append(("skip", "%s [%s]" % (f, flags)))
            continue
        got = run([GOSUB, "build", "-o", bin_out, "-gcflags=" + flags, name], d, GOSUB_ENV)
        # copies live in temporary directories: a full path in an error is spelled relative
        if copy:
            got = got.replace(d + "/", "")
        try:
            os.unlink(bin_out)
        except OSError:
            pass
        if live:
            results.append(("live", "%s [%s]" % (f, flags)))
        if want == got:
            results.append(("pass", ""))
        else:
            results.append(("fail", "FAIL %s [%s]\n%s" % (f, flags, unified(want, got))))
    return results


def unified(want, got):
    """diff's normal format, as the shell version printed (first 20 lines)."""
    tag = "%d.%d" % (os.getpid(), threading.get_ident())
    a, b = os.path.join(TMP, "w." + tag), os.path.join(TMP, "g." + tag)
    with open(a, "w", encoding="utf-8", errors="surrogateescape") as fh:
        fh.write(want)
    with open(b, "w", encoding="utf-8", errors="surrogateescape") as fh:
        fh.write(got)
    out = subprocess.run(["diff", a, b], stdout=subprocess.PIPE).stdout.decode("utf-8", "replace")
    os.unlink(a)
    os.unlink(b)
    return "\n".join(out.split("\n")[:20])


def main():
    if not os.path.exists("tests/differential.list"):
        print("differential: no programs enabled yet (tests/differential.list)")
        return 0
    if not HAVE_GO and RECORD != "0":
        print("differential: recording needs go")
        return 1
    if not HAVE_GO:
        print("differential: go not installed: only programs with recorded outputs are compared")
    os.makedirs(ORACLE, exist_ok=True)
    # DIFF_LIST, DIFF_ESCAPE: another list, other escape files (a quick check)
    lst = os.environ.get("DIFF_LIST") or "tests/differential.list"
    entries = []
    with open(lst) as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            entries.append(line.split())
    # one job per program, holding all its flag sets: a job may write the
    # program's record
    flagsets = {}
    for e in entries:
        flagsets.setdefault(e[0], ["-m -l", "-m"])
    for e in entries:
        if len(e) > 1 and e[1] == "-m=2" and "-m=2" not in flagsets[e[0]]:
            # -m -m is -m=2 by construction (each -m adds a level, in gc
            # and in gosub): the spelling is compared on testdata/escape
            flagsets[e[0]] += ["-m=2"]
    jobs = [(f, fl, False) for f, fl in flagsets.items()]
    # testdata/escape (errorcheck files, mostly non-main packages): the -m=2
    # explanations too, spelled both ways
    esc = os.environ.get("DIFF_ESCAPE")
    if esc:
        escape_files = esc.split()
    else:
        escape_files = sorted(
            os.path.join("testdata/escape", n) for n in os.listdir("testdata/escape") if n.endswith(".go"))
    jobs += [(f, ["-m=2", "-m -m"], True) for f in escape_files if f not in flagsets]
    with ThreadPoolExecutor(max_workers=JOBS) as ex:
        results = list(ex.map(lambda j: compare(*j), jobs))
    flat = [r for rs in results for r in rs]
    for status, text in flat:
        if status == "fail":
            print(text)
    live = [t for s, t in flat if s == "live"]
    if live:
        print("differential: compared with a live go build (no recorded output, or the program changed; DIFF_RECORD=1 records):")
        for t in live:
            print("  " + t)
    skipped = sum(1 for s, _ in flat if s == "skip")
    if skipped:
        print("differential: skipped (no go, no recorded output): %d" % skipped)
    npass = sum(1 for s, _ in flat if s == "pass")
    nfail = sum(1 for s, _ in flat if s == "fail")
    print("differential: %d passed, %d failed" % (npass, nfail))
    return 0 if nfail == 0 else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
