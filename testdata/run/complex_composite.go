// Complex values inside other values: map keys (+0 and -0 are one key,
// NaN keys never match and each insert adds one), struct fields and
// struct equality, arrays and slices, interfaces (%T, type switches,
// comparisons, boxing), named complex types with methods, channels and
// closures, and fmt's sorted printing of maps with complex keys.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Phasor complex128

func (p Phasor) Energy() float64 { return real(p)*real(p) + imag(p)*imag(p) }
func (p *Phasor) Rotate()        { *p *= 1i }

type Sample struct {
	Name string
	Z    complex128
	W    complex64
}

type Key struct {
	Z complex64
	N int
}

type Shape interface{ Energy() float64 }

func kind(v interface{}) string {
	switch x := v.(type) {
	case complex64:
		return fmt.Sprintf("complex64 %v", x)
	case complex128:
		return fmt.Sprintf("complex128 %v", x)
	case Phasor:
		return fmt.Sprintf("Phasor %v", x)
	case float64:
		return "float64"
	}
	return "other"
}

func main() {
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	m := map[complex128]string{}
	m[1+2i] = "a"
	m[complex(nan, 0)] = "nan1"
	m[complex(nan, 0)] = "nan2"
	m[0] = "zero"
	m[complex(negz, negz)] = "negzero"
	_, ok := m[complex(nan, 0)]
	fmt.Println(len(m), m[0], m[1+2i], ok)
	delete(m, complex(nan, 0)) // never finds a NaN key
	delete(m, 1+2i)
	fmt.Println(len(m))
	var names []string
	for k, v := range m {
		if k == k {
			names = append(names, fmt.Sprint(k, "=", v))
		}
	}
	sort.Strings(names)
	fmt.Println(names)

	m64 := map[complex64]int{1: 1, 2i: 2, -1: 3, 1 + 1i: 4, -1 - 1i: 5}
	fmt.Println(m64)
	counts := map[Key]int{}
	counts[Key{1i, 1}]++
	counts[Key{1i, 1}]++
	counts[Key{complex64(complex(negz, 1)), 1}]++
	counts[Key{1, 2}]++
	fmt.Println(counts, len(counts))

	s1 := Sample{"s", 1 - 1i, 2 + 0.5i}
	s2 := s1
	fmt.Println(s1 == s2, s1)
	fmt.Printf("%+v\n%#v\n", s1, s1)
	s2.Z = complex(real(s2.Z), negz)
	s3 := Sample{"s", complex(1, 0), s1.W}
	fmt.Println(s1 == s2, s2 == s3, s2)
	ps := &Sample{Name: "p", Z: 3i}
	ps.Z *= ps.Z
	fmt.Println(*ps, ps.Z == -9)

	arr := [3]complex128{1, 2i, 3 + 3i}
	arr2 := arr
	arr2[1] = complex(negz, 2)
	fmt.Println(arr == arr2, arr)
	sl := arr[:]
	sl = append(sl, 4-4i, 5)
	var total complex128
	for _, z := range sl {
		total += z
	}
	fmt.Println(sl, len(sl), cap(sl), total)
	grid := make([][]complex64, 2)
	for i := range grid {
		grid[i] = make([]complex64, 3)
		for j := range grid[i] {
			grid[i][j] = complex(float32(i), float32(j))
		}
	}
	fmt.Println(grid)

	var x interface{} = 3 + 4i
	var y interface{} = complex64(3 + 4i)
	var z interface{} = Phasor(3 + 4i)
	fmt.Printf("%T %T %T %v %v %v\n", x, y, z, x, y, z)
	fmt.Println(x == y, x == 3+4i, y == complex64(3+4i), z == Phasor(3+4i), x == interface{}(complex(3, 4)))
	fmt.Println(kind(x), kind(y), kind(z), kind(1.5))
	vals := []interface{}{1i, complex64(2i), Phasor(1), nil}
	fmt.Println(vals...)

	p := Phasor(3 + 4i)
	var sh Shape = p
	p.Rotate()
	fmt.Println(p, p.Energy(), sh.Energy(), sh)
	f := p.Energy
	p = 0
	fmt.Println(f(), p)

	ch := make(chan complex64, 2)
	ch <- 1 + 1i
	ch <- 2 - 2i
	close(ch)
	for c := range ch {
		fmt.Print(c, " ")
	}
	fmt.Println()
	acc := complex(0, 0)
	add := func(d complex128) complex128 { acc += d; return acc }
	add(1)
	add(1i)
	fmt.Println(acc, add(-1-1i))
}
