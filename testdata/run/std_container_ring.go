package main

import (
	"container/ring"
	"fmt"
)

func main() {
	r := ring.New(5)
	n := r.Len()
	for i := 0; i < n; i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	r = r.Move(2)
	fmt.Println(r.Value, r.Prev().Value, r.Move(-3).Value)
	removed := r.Unlink(2)
	fmt.Println(r.Len(), removed.Len())
	s := ring.New(2)
	s.Value = "a"
	t := s.Next()
	t.Value = "b"
	r.Link(s)
	r.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	var nilr *ring.Ring
	fmt.Println(nilr.Len(), ring.New(0) == nil, r.Unlink(0) == nil)
	nilr.Do(func(any) { fmt.Println("never") })
}
