// Runtime introspection for debugging memory code: a tiny logger that
// prints its caller with runtime.Caller/FuncForPC, a stack dump through
// Callers/CallersFrames, and an allocation table measured with
// testing.AllocsPerRun from a plain main program.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	pc, file, line, ok := runtime.Caller(1)
	where := "?"
	if ok {
		fn := runtime.FuncForPC(pc)
		where = fmt.Sprintf("%s:%d %s", filepath.Base(file), line, fn.Name())
	}
	l.lines = append(l.lines, fmt.Sprintf("%s[%s] %s", l.prefix, where, fmt.Sprintf(format, args...)))
}

func stack(skip int) []string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		out = append(out, fmt.Sprintf("%s (%s:%d)", f.Function, filepath.Base(f.File), f.Line))
		if !more {
			break
		}
	}
	return out
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int, log *Logger) *Tree {
	if t == nil {
		log.Logf("new node %d", v)
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v, log)
	} else {
		t.Right = t.Right.Insert(v, log)
	}
	return t
}

func (t *Tree) Depth() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Depth(), t.Right.Depth()
	if l > r {
		return l + 1
	}
	return r + 1
}

//go:noinline
func level3() []string { return stack(1) }

//go:noinline
func level2() []string { return level3() }

//go:noinline
func level1() []string { return level2() }

var (
	sinkTree  *Tree
	sinkStr   string
	sinkSlice []int
	sinkAny   interface{}
)

func main() {
	log := &Logger{prefix: "dbg "}
	log.Logf("starting with %d CPUs known", 1)
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4} {
		root = root.Insert(v, log)
	}
	log.Logf("depth %d", root.Depth())
	for _, l := range log.lines {
		fmt.Println(l)
	}

	for _, f := range level1() {
		fmt.Println("  at", f)
	}
	fmt.Println("frames with runtime.Callers itself:", len(stack(0)) == len(stack(1))+1)

	fmt.Println("MemProfileRate:", runtime.MemProfileRate)

	n := 42
	cases := []struct {
		name string
		f    func()
	}{
		{"new tree node", func() { sinkTree = &Tree{Val: n} }},
		{"local tree node", func() { t := Tree{Val: n}; sinkStr = fmt.Sprint(t.Val > 0) }},
		{"Sprintf", func() { sinkStr = fmt.Sprintf("n=%d", n) }},
		{"make 16 ints", func() { sinkSlice = make([]int, 16) }},
		{"box int", func() { sinkAny = n }},
		{"strings.Fields", func() { sinkStr = strings.Fields(" a b c ")[1] }},
		{"nothing", func() {}},
	}
	for _, c := range cases {
		fmt.Printf("%-16s %v allocs/run\n", c.name, testing.AllocsPerRun(200, c.f))
	}
}
