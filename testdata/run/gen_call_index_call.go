package main

import (
	"fmt"
	"strings"
)

func Registry[T any]() map[string]func(T) T {
	return map[string]func(T) T{"id": func(x T) T { return x }}
}

type table struct{ ops map[string]func(string) string }

func load(prefix string) *table {
	return &table{ops: map[string]func(string) string{"up": strings.ToUpper, "pre": func(s string) string { return prefix + s }}}
}

func main() {
	fmt.Println(Registry[int64]()["id"](5), Registry[string]()["id"]("s"))
	fmt.Println(func(n int) map[string]func(int) int {
		return map[string]func(int) int{"add": func(x int) int { return x + n }}
	}(10)["add"](5))
	fmt.Println(load("x-").ops["pre"]("y"), []func() int{func() int { return 7 }}[0]())
}
