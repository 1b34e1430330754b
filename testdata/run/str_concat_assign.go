// Allocations of s += a + b (one concatenation, as gc folds it) and of
// m[k] += a + b (not folded: the right side is evaluated first).
package main

import (
	"fmt"
	"testing"
)

var words = []string{"a", "bb", "ccc"}
var sink string
var m = map[string]string{}

func local() int {
	s := ""
	for _, w := range words {
		s += w + " " + w
	}
	return len(s)
}

func main() {
	fmt.Println(testing.AllocsPerRun(100, func() { sink = fmt.Sprint(local()) }))
	fmt.Println(testing.AllocsPerRun(100, func() {
		m["k"] = ""
		for _, w := range words {
			m["k"] += w + "-"
		}
	}), m["k"])
	x := "q"
	x += x + x
	x += (x + "!") + (x + "?")
	fmt.Println(x, local())

	fmt.Println(testing.AllocsPerRun(100, func() {
		m["k"] = ""
		for _, w := range words {
			m["k"] += w + "-"
		}
	}))
	fmt.Println(testing.AllocsPerRun(100, func() {
		m["k"] = ""
		for _, w := range words {
			m["k"] = m["k"] + w + "-"
		}
	}))
	fmt.Println(testing.AllocsPerRun(100, func() {
		m["k"] = ""
		for _, w := range words {
			m["k"] += w
		}
	}))
}
