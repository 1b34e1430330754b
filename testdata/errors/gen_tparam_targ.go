package main

import "fmt"

// A type parameter as a type argument satisfies a constraint by its own
// constraint (types2: its type set), not by the instance's type argument.

type Value interface{ Len() int }

func F[K comparable]() {}

type M[K comparable, V any] map[K]V

func G[V Value, A any, C comparable, I interface{ ~int | ~string }, S interface{ ~[]int | ~int }]() {
	F[V]()
	F[A]()
	F[C]()
	F[I]()
	F[S]()
	var _ M[A, int]
	var _ map[A]int
}


type Stringer interface{ String() string }
type Number interface{ ~int | ~int64 | ~float64 }
type Int interface{ ~int | ~int64 }

func S[T Stringer](x T) string { return x.String() }
func N[T Number](x T) T       { return x }
func I[T Int](x T) T          { return x }
func C[T comparable](x T) bool { return x == x }

type Named interface {
	Stringer
	Name() string
}

type Ptr[T any] interface {
	*T
	Set(int)
}

func G1[T any](x T) { S(x) }
func G2[T Named](x T) string { return S(x) }
func G3[T Int](x T) T { return N(x) }
func G4[T Number](x T) T { return I(x) }
func G5[T Number](x T) bool { return C(x) }
func G6[T Stringer](x T) bool { return C(x) }
func G7[T interface{ comparable; String() string }](x T) bool { return C(x) && S(x) != "" }
func G8[T fmt.Stringer](x T) string { return S(x) }
func G9[T interface{ ~int; String() string }](x T) string { return S(x) + fmt.Sprint(N(x)) }

type myint int

func (m myint) String() string { return "m" }
func (m myint) Name() string   { return "n" }

func main() {
	G1(1)
	G2(myint(1))
	G3(2)
	G4(3)
	G5(4)
	G6(myint(5))
	G7(myint(6))
	G8(myint(7))
	G9(myint(8))
}
