package main

import (
	"fmt"
	"strings"
)

type step struct {
	name string
	run  func(string) string
}

func buildShared(words []string) []func() string {
	var fs []func() string
	for _, w := range words {
		fs = append(fs, func() string { return w })
	}
	return fs
}

func buildCopied(words []string) []func() string {
	var fs []func() string
	for _, w := range words {
		w := w
		fs = append(fs, func() string { return w })
	}
	return fs
}

func buildIndexed(n int) []func() int {
	fs := make([]func() int, n)
	for i := 0; i < n; i++ {
		fs[i] = func() int { return i * i }
	}
	return fs
}

func pipeline(ops []string) []step {
	steps := make([]step, 0, len(ops))
	for i, op := range ops {
		op, i := op, i
		switch op {
		case "upper":
			steps = append(steps, step{op, strings.ToUpper})
		case "trim":
			steps = append(steps, step{op, strings.TrimSpace})
		case "tag":
			steps = append(steps, step{op, func(s string) string { return fmt.Sprintf("[%d:%s]", i, s) }})
		default:
			steps = append(steps, step{op, func(s string) string { return s + "+" + op }})
		}
	}
	return steps
}

func main() {
	words := []string{"red", "green", "blue"}
	for _, f := range buildShared(words) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range buildCopied(words) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range buildIndexed(4) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	s := "  hello  "
	for _, st := range pipeline([]string{"trim", "upper", "tag", "x", "tag"}) {
		s = st.run(s)
		fmt.Printf("%-5s -> %q\n", st.name, s)
	}
	var defers []func()
	for i := 0; i < 3; i++ {
		defers = append(defers, func() { fmt.Println("deferred sees", i) })
	}
	for _, d := range defers {
		d()
	}
}
