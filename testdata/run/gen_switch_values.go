package main

import "fmt"

// Expression switches in generic code: gc switches on a type argument's
// value by converting it to interface{} (its case values too), whatever
// the cases are.

type Level int

const (
	Low Level = iota
	Mid
	High
)

func (l Level) String() string {
	switch l {
	case Low:
		return "low"
	case Mid:
		return "mid"
	}
	return "high"
}

func describe[T comparable](v, zero T) string {
	switch v {
	case zero:
		return "zero"
	default:
		return fmt.Sprint(v)
	}
}

func sign[T ~int | ~float64](x T) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

func bucket[T ~int](x T) string {
	switch x {
	case 0, 1:
		return "tiny"
	case 2:
		return "two"
	}
	return "many"
}

func find[T comparable](xs []T, target any) int {
	for i, x := range xs {
		switch target {
		case x:
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(describe(0, 0), describe("a", ""), describe(High, Low))
	fmt.Println(sign(-3), sign(2.5), sign(0))
	fmt.Println(bucket(1), bucket(Level(2)), bucket(9))
	fmt.Println(find([]string{"x", "y"}, "y"), find([]int{1}, 2))
}
