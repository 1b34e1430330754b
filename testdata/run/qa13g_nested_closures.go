package main

import (
	"errors"
	"fmt"
	"strings"
)

type S struct {
	arr [3]int
	m   map[string]int
}

func mk() S { return S{arr: [3]int{1, 2, 3}, m: map[string]int{"k": 7}} }

func (s S) Sum() (t int) {
	for _, v := range s.arr {
		t += v
	}
	return
}

func three() (int, string, error) { return 1, "two", errors.New("three") }

func wrap() (n int, s string, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
			n *= 10
		}
	}()
	return three()
}

type Machine struct {
	step func(int) int
	log  []string
}

func levels() func() func() int {
	a := 1
	return func() func() int {
		b := 10
		a++
		return func() int {
			b++
			a *= 2
			return a + b
		}
	}
}

func main() {
	fmt.Println(mk().arr[2], mk().m["k"], mk().Sum(), len(mk().arr), "hello world"[6:], strings.ToUpper("abc")[1:])
	fmt.Println(three())
	fmt.Println(wrap())
	m := &Machine{}
	m.step = func(n int) int {
		m.log = append(m.log, fmt.Sprint("step", n))
		if n <= 0 {
			return 0
		}
		return n + m.step(n-1)
	}
	fmt.Println(m.step(4), m.log)
	l := levels()
	f1 := l()
	f2 := l()
	fmt.Println(f1(), f1(), f2(), f1())
	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		name := name
		counters[name] = func() int { n++; return n * len(name) }
	}
	counters["a"]()
	fmt.Println(counters["a"](), counters["b"]())
	var fs []func() string
	arr := [3]string{"x", "y", "z"}
	for i, s := range arr {
		arr[2] = "Z"
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 0
	inc := func() func() {
		return func() {
			func() { x++ }()
		}
	}()
	inc()
	inc()
	fmt.Println(x)
	type acc struct{ total int }
	accs := map[string]*acc{"a": {}}
	accs["a"].total += 5
	fmt.Println(accs["a"].total)
	var result []string
	var walk func(string, int)
	walk = func(prefix string, depth int) {
		if depth == 0 {
			result = append(result, prefix)
			return
		}
		for _, c := range "ab" {
			walk(prefix+string(c), depth-1)
		}
	}
	walk("", 3)
	fmt.Println(result)
}
