// Inference failures spell what was inferred so far (types2's wording),
// and a type parameter keying a map needs a comparable constraint.
package main

type V[T any] interface{ M(T) }
type P[A, B any] struct{}
type Num interface{ ~int | ~float64 }
type Str interface{ String() string }

func F[T any](a V[T], b T)                        {}
func G[A, B any](p P[A, B], x []A)                {}
func H[A, B, C any](x map[A]B, y C)               {}
func K[K Num](m map[K]int)                        {}
func L[K Str](m map[K]int)                        {}
func M[K interface{ ~[]int | ~int }](m map[K]int) {}

type Validator[T any] interface{ Validate(T) error }
type RangeV struct{}

func (RangeV) Validate(int) error { return nil }

func All[T any](x T, vs ...Validator[T]) {}

type R struct{}

func (R) M(int) {}

func main() {
	F(R{}, 1)
	G(P[int, string]{}, []string{})
	All(42, Validator[int](RangeV{}), RangeV{})
}
