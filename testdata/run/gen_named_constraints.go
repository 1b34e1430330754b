// Constraints with methods and comparable (Named), a variadic generic call
// with an explicit slice... (printed with ... after the dictionary), a
// generic pipeline over a channel and a generic matrix type.
package main

import (
	"fmt"
	"strings"
)

type Stringer interface{ String() string }

type Named interface {
	comparable
	Name() string
}

type User struct {
	ID   int
	name string
}

func (u User) Name() string   { return u.name }
func (u User) String() string { return fmt.Sprintf("User(%d,%s)", u.ID, u.name) }

type Team struct{ title string }

func (t *Team) Name() string { return t.title }

func Names[T Named](xs []T) []string {
	out := make([]string, 0, len(xs))
	seen := map[T]bool{}
	for _, x := range xs {
		if seen[x] {
			continue
		}
		seen[x] = true
		out = append(out, x.Name())
	}
	return out
}

func JoinAll[T Stringer](xs ...T) string {
	var sb strings.Builder
	for i, x := range xs {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(x.String())
	}
	return sb.String()
}

func Pipeline[T any](in []T, stages ...func(T) T) <-chan T {
	out := make(chan T, len(in))
	go func() {
		defer close(out)
		for _, v := range in {
			for _, s := range stages {
				v = s(v)
			}
			out <- v
		}
	}()
	return out
}

type Matrix[T ~int | ~float64] [][]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	r := make(Matrix[T], len(m))
	for i := range m {
		r[i] = make([]T, len(o[0]))
		for j := range o[0] {
			for k := range o {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

func main() {
	us := []User{{1, "ann"}, {2, "bob"}, {1, "ann"}}
	fmt.Println(Names(us))
	t1, t2 := &Team{"red"}, &Team{"blue"}
	fmt.Println(Names([]*Team{t1, t2, t1}))
	fmt.Println(JoinAll(us...))
	for v := range Pipeline([]int{1, 2, 3}, func(x int) int { return x * 10 }, func(x int) int { return x + 1 }) {
		fmt.Print(v, " ")
	}
	fmt.Println()
	a := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(a.Mul(a))
	f := Matrix[float64]{{0.5}}
	fmt.Println(f.Mul(f))
}
