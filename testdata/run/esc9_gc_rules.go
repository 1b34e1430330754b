// -m rules found running Go's own test/*.go programs (session 9):
//   - a blank method is reported as "_";
//   - a literal inside a package-level literal is glob..func2.1;
//   - (*I).val(&i) of a value method passes &i to a receiver without
//     pointers, which has no escape tag: i is moved to heap;
//   - a local of an unnamed type live across a call, and a method
//     expression on an unnamed type, make gc write that type's wrappers;
//   - a go statement's argument over 128 bytes is captured by reference:
//     moved to heap: .autotmp_N;
//   - []byte("const") in a package variable is static data, and a static
//     itab's descriptors are written then (no inlining in their wrappers).
package main

import "fmt"

type T struct{ n int }

func (T) _()         {}
func (T) _()         {}
func (t T) m2() int  { return t.n + 2 }
func (I) _()         {}

type I int

func (i I) val() int { return int(i) * 3 }

type Val interface{ val() int }

type Big [20]int

type B []byte
type C chan int

func (B) Method() {}
func (C) Method() {}

type J interface{ Method() }

var sumE = func() func(...int) int {
	return func(args ...int) int {
		s := 0
		for _, a := range args {
			s += a
		}
		return s
	}
}()

var b = B("11")
var raw = []byte("hello")
var c = make(C, 3)
var jc J = c
var jb J = b

func sum(c chan int, t Big) {
	s := 0
	for _, v := range t {
		s += v
	}
	c <- s
}

func main() {
	var i I = 2
	if (*I).val(&i) != 6 {
		panic("val")
	}
	var zv struct{ Val }
	zv.Val = i
	fmt.Println(zv.val())
	fmt.Println(zv.val() + 1)
	g := struct{ T }.m2
	fmt.Println(g(struct{ T }{T{1}}))
	ch := make(chan int)
	var t Big
	for k := range t {
		t[k] = k
	}
	go sum(ch, t)
	fmt.Println(<-ch, sumE(1, 2, 3), len(b), len(raw), cap(c), jc != nil, jb != nil)
}
