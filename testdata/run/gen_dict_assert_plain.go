// In an instance, an assertion to a concrete type from a non-empty
// interface has its itab in the dictionary even when nothing in it is
// shaped: gc writes it while it stencils, with the interface's I.M
// wrappers, which its inliner then reports (can inline Named[string].Deps).
package main

import "fmt"

type Dep interface{ Deps() []string }

type Named[T any] interface {
	Dep
}

type task struct{ name string }

func (t *task) Deps() []string { return []string{t.name} }

func Check[T any](v Named[T]) string {
	if t, ok := v.(*task); ok {
		return t.name
	}
	return "?"
}

type myErr struct{}

func (*myErr) Error() string { return "mine" }

func Err[T any](err error) bool {
	_, ok := err.(*myErr)
	return ok
}

func main() {
	fmt.Println(Check(Named[string](&task{"build"})), Check[int](nil), Err[int](fmt.Errorf("x")), Err[string](&myErr{}))
}
