package main

import "fmt"

// Wrappers of unnamed types' unexported methods are named with the
// method's package: interface { main.area() int }.main.area.

type square struct{ side int }

func (s square) area() int      { return s.side * s.side }
func (s *square) grow(by int)   { s.side += by }
func (s square) String() string { return fmt.Sprint("square ", s.side) }

type shape interface{ area() int }

func total(xs []interface{ area() int }) int {
	n := 0
	for _, x := range xs {
		n += x.area()
	}
	return n
}

// in a generic body, asserting back to the type parameter makes gc
// write the unnamed interface's descriptor while it stencils
func grown[T any](v T) T {
	if g, ok := any(v).(interface{ grow(int) }); ok {
		g.grow(10)
		return g.(T)
	}
	return v
}

func main() {
	sq := square{3}
	anon := struct {
		square
		label string
	}{sq, "a"}
	anon.grow(1)
	var sh shape = anon
	fmt.Println(sh.area(), anon.label)
	pa := &struct{ *square }{&sq}
	pa.grow(2)
	fmt.Println(total([]interface{ area() int }{sq, anon, pa}), pa)
	if g, ok := interface{}(pa).(interface{ grow(int) }); ok {
		g.grow(1)
	}
	fmt.Println(sq)
	fmt.Println(grown(&sq).side, grown(sq).side)
}
