#!/bin/sh
# make demo: show the escape decisions for an example, then run it.
GOSUB=${1:-bin/gosub}
set -x
"$GOSUB" build -o /tmp/gosub-hello -gcflags=-m examples/hello.go
"$GOSUB" run examples/hello.go
