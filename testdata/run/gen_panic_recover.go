// Panics raised inside generic code and recovered by a generic helper:
// index out of range in a generic accessor, a write to a nil map type
// parameter, a failed type assertion any(x).(T), a custom panic value of
// a generic type, and defers in generic functions running in LIFO order.
// The last one is not recovered: exit status 2 with the runtime message.
package main

import (
	"fmt"
	"strings"
)

type SafeErr[T any] struct {
	Op  string
	Val T
}

func (e SafeErr[T]) Error() string { return fmt.Sprintf("%s failed on %v", e.Op, e.Val) }

// Catch runs f and turns a panic into a string.
func Catch[T any](name string, f func() T) (res T, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprintf("%s: recovered %v", name, r)
		}
	}()
	return f(), "ok"
}

func At[T any](xs []T, i int) T {
	return xs[i]
}

func Put[M ~map[K]V, K comparable, V any](m M, k K, v V) int {
	m[k] = v
	return len(m)
}

func Cast[T any](x any) T {
	return x.(T)
}

func MustPositive[T ~int | ~float64](x T) T {
	if x <= 0 {
		panic(SafeErr[T]{"MustPositive", x})
	}
	return x
}

func Trace[T any](log *[]string, name string, v T) T {
	defer func() { *log = append(*log, "exit "+name) }()
	defer func(v T) { *log = append(*log, fmt.Sprintf("deferred %s=%v", name, v)) }(v)
	*log = append(*log, "enter "+name)
	return v
}

type Index map[string]int

func main() {
	xs := []string{"a", "b", "c"}
	fmt.Println(Catch("at1", func() string { return At(xs, 1) }))
	fmt.Println(Catch("at5", func() string { return At(xs, 5) }))
	fmt.Println(Catch("at-neg", func() int { return At([]int{1}, len(xs)-4) }))

	var idx Index
	fmt.Println(Catch("put-nil", func() int { return Put(idx, "x", 1) }))
	idx = Index{}
	fmt.Println(Catch("put", func() int { return Put(idx, "x", 1) }))

	fmt.Println(Catch("cast-ok", func() int { return Cast[int](42) }))
	fmt.Println(Catch("cast-bad", func() int { return Cast[int]("42") }))
	fmt.Println(Catch("cast-iface", func() fmt.Stringer { return Cast[fmt.Stringer](3) }))
	fmt.Println(Catch("cast-nil", func() error { return Cast[error](nil) }))

	fmt.Println(Catch("pos", func() float64 { return MustPositive(2.5) }))
	_, msg := Catch("neg", func() int { return MustPositive(-4) })
	fmt.Println(msg)

	func() {
		defer func() {
			r := recover()
			if e, ok := r.(SafeErr[float64]); ok {
				fmt.Println("typed recover:", e.Op, e.Val, e.Error())
			}
			fmt.Printf("%T\n", r)
		}()
		MustPositive(-0.5)
	}()

	var log []string
	Trace(&log, "outer", Trace(&log, "inner", 7)+1)
	fmt.Println(strings.Join(log, "; "))

	words := map[string][]int{"go": {1, 2}}
	fmt.Println("about to fail")
	fmt.Println(At(words["rust"], 0))
	fmt.Println("not reached")
}
