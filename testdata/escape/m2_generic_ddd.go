// errorcheck -0 -m

// A generic variadic function called from another generic function, as
// -m=2 prints the caller's inline body (tests/differential.sh compares
// -m=2 and -m -m): before escape analysis gc still has the ... arguments
// one by one (`New[go.shape.int_0](.dict, n, a, b)`) and none when they
// are empty (`New[go.shape.int_0](.dict, n)`), not the packed slice.
package p

type M[T any] struct{ data []T }

func New[T any](n int, vals ...T) *M[T] { // ERROR "^can inline New\[go\.shape\.int_0\]$"
	m := &M[T]{make([]T, n)} // ERROR "^&M\[go\.shape\.int_0\]\{\.\.\.\} escapes to heap$" "^make\(\[\]go\.shape\.int_0, n\) escapes to heap$"
	copy(m.data, vals)
	return m
}

func None[T any](n int) *M[T] { return New[T](n) } // ERROR "^can inline None\[go\.shape\.int_0\]$"

func Two[T any](n int, a, b T) *M[T] { return New(n, a, b) } // ERROR "^can inline Two\[go\.shape\.int_0\]$" "^inlining call to New\[go\.shape\.int_0\]$" "^\.\.\. argument does not escape$" "^&M\[go\.shape\.int_0\]\{\.\.\.\} escapes to heap$" "^make\(\[\]go\.shape\.int_0, n\) escapes to heap$"

func Use() int { // ERROR "^can inline Use$"
	return len(None[int](3).data) + len(Two(2, 1, 2).data) // ERROR "^inlining call to None\[go\.shape\.int_0\]$"
}
