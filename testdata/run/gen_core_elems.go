// Ranging over or indexing a value whose type parameter has a core type
// ([]E, [2]E, chan E, map[K]V) gives the element type parameter E, so
// converting the element to an interface goes through the dictionary
// (unsafe.Pointer(e) escapes in -m); a map index gives the map shape's
// plain element.
package main

import "fmt"

func Keys[K comparable, V any, M ~map[K]V](m M) []K {
	var ks []K
	for k, v := range m {
		fmt.Println(v)
		ks = append(ks, k)
	}
	fmt.Println(m[ks[0]])
	return ks
}

func Drain[E any, C ~chan E](c C) {
	for v := range c {
		fmt.Println(v)
	}
}

func First[E any, A ~[2]E](a A) E {
	fmt.Println(a[1])
	return a[0]
}

type Bag[E any] []E

func (b Bag[E]) Each() {
	for _, x := range b {
		fmt.Println(x)
	}
}

func Each[E any, L ~[]E](l L) {
	for _, e := range l {
		fmt.Println(e)
	}
	for i := range l {
		fmt.Println(l[i])
	}
}

type Lst[E any] interface{ ~[]E }

func Each2[E any, L Lst[E]](l L) {
	for _, e := range l {
		fmt.Println(e)
	}
}

func main() {
	Each([]int{1})
	Each2([][]int{{1}})
	Each2([]string{"a"})
	fmt.Println(Keys(map[string][]int{"a": {1}}))
	c := make(chan [2]string, 1)
	c <- [2]string{"x", "y"}
	close(c)
	Drain(c)
	fmt.Println(First([2][]byte{[]byte("p"), []byte("q")}))
	Bag[[]int]{{1}, {2}}.Each()
}
