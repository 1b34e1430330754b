package main

import "fmt"

// A call whose type argument does not satisfy its constraint still has
// the instantiated signature (types2 verifies later): the result has a
// type, and later uses report nothing more.  A call with an invalid
// argument is not inferred at all.

type UserJSON struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type User struct {
	ID   int
	Name string
}

type Number interface{ ~int | ~float64 }

func Convert[From, To ~struct {
	ID   int
	Name string
}](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

func SortBy[T any](xs []T, less func(a, b T) bool) []T { return xs }

func Double[T Number](x T) T { return x * 2 }

func Keys[K comparable, V any](m map[K]V) []K { return nil }

func Count[T any](xs []T) int { return len(xs) }

func main() {
	users := Convert[UserJSON, User]([]UserJSON{{1, "a"}})
	sorted := SortBy(users, func(a, b User) bool { return a.ID < b.ID })
	d := Double("x")
	e := Double[string]("y")
	fmt.Println(sorted, d+"!", e+1)
	ks := Keys(undefinedMap)
	fmt.Println(Count(ks), Count(missing), len(Keys(map[string]int{})))
	var n int = Double(2.5)
	fmt.Println(n)
}
