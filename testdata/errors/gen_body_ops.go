// A generic body is checked against its type parameters' constraints:
// an operator must be defined on every type of the type set, whatever
// the type arguments of the instances (here all ints, which allow them).
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Double[T any](t T) T              { return t + t }
func Neg[T ~int | ~string](t T) T      { return -t }
func Rem[T Number](a, b T) T           { return a % b }
func Shl[T ~float64 | ~int](x T) T     { return x << 1 }
func Inc[T ~int | ~string](t T) T      { return t + 1 }
func Ok[T Number](a, b T) T            { return a*b + a/b - -a }
func OkInt[T ~int | ~uint8](a T) T     { return a%3 | a<<2 ^ ^a }

type List[T any] struct{ items []T }

func (l *List[T]) Sum() T {
	var s T
	for _, v := range l.items {
		s += v
	}
	return s
}

func main() {
	l := &List[int]{}
	fmt.Println(Double(1), Neg(2), Rem(5, 3), Shl(1), Inc(1), Ok(1, 2), OkInt(3), l.Sum())
}
