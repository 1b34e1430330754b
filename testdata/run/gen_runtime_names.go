package main

import (
	"fmt"
	"runtime"
)

func Where[T any](x T) string {
	pc, _, line, _ := runtime.Caller(0)
	return fmt.Sprintf("%s:%d %v", runtime.FuncForPC(pc).Name(), line, x)
}

type Box[T any] struct{ v T }

func (b *Box[T]) Where() string {
	pc, _, _, _ := runtime.Caller(0)
	return runtime.FuncForPC(pc).Name()
}

func main() {
	fmt.Println(Where(1))
	fmt.Println(Where("s"))
	b := &Box[int]{}
	fmt.Println(b.Where())
	fmt.Printf("%T %v %+v\n", b, *b, *b)
}
