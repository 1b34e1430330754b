package main

import "fmt"

// How gc spells the shape of a type argument built, inside an instance,
// from the instance's own type parameters: each shape inside is replaced
// by its underlying type (Shapify), pointers collapse to *uint8.

type Text string
type Num int
type Pt struct{ X, Y int }
type Ints []int
type Fn func(int) int
type PInt *int
type Dict map[string]int
type Ch chan int
type Arr [2]int
type Any interface{ M() }

type Pair[K comparable, V any] struct {
	K K
	V V
}

func Size[T any](xs ...T) int { return len(xs) }

func Derive[V any]() int {
	return Size[[]V]() +
		Size[map[string]V]() +
		Size[*V]() +
		Size[func(V) V]() +
		Size[chan V]() +
		Size[[2]V]() +
		Size[struct{ x V }]() +
		Size[Pair[string, V]]() +
		Size[[]Pair[int, V]]() +
		Size[func(...V) (V, error)]() +
		Size[<-chan V]() +
		Size[map[int][]*V]()
}

func DeriveC[K comparable]() int {
	return Size[map[K]bool]() + Size[Pair[K, K]]() + Size[[]K]()
}

func main() {
	fmt.Println(Derive[Text](), Derive[Num](), Derive[Pt](), Derive[Ints]())
	fmt.Println(Derive[Fn](), Derive[PInt](), Derive[Dict](), Derive[Ch]())
	fmt.Println(Derive[Arr](), Derive[Any](), Derive[*Pt](), Derive[error]())
	fmt.Println(DeriveC[Text](), DeriveC[Pt](), DeriveC[*Num](), DeriveC[Arr]())
}
