// Inside a generic body, another instance of the same generic (value[int]
// inside value[T]'s methods, Count[string] inside Count[T]) yields values
// of its own type arguments, not of T: the constraint rules for T must
// not apply to them (whatever order the instance bodies are checked in).
package main

import "fmt"

type value[T any] struct{ val T }

func (v *value[T]) get(def T) T { return def }

func (v *value[T]) use(def T) T {
	var c value[int]
	x := c.get(32)
	if c.get(1) > 0 {
		x += c.get(2) * 2
	}
	var d value[string]
	s := d.get("abc")[1:] + string(rune(c.get(65)))
	fmt.Println(x, s, len(d.get("xy")))
	return def
}

type wrap struct{ value[int] }

func (v *value[T]) embedded() int {
	var w wrap
	return w.get(3) + 1
}

func Count[T any](xs []T) int {
	if len(xs) == 0 {
		return 0
	}
	n := Count([]string{}) * 0
	return n + Count[string](nil)*0 + Count(xs[1:])
}

func main() {
	var v value[float64]
	fmt.Println(v.use(1.5), v.embedded())
	var w value[int]
	fmt.Println(w.use(7), w.embedded())
	fmt.Println(Count([]bool{true, false}))
}
