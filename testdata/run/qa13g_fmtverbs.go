package main

import (
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	Tags     []string
	Meta     map[string]int
}

type Inner struct {
	A byte
	B rune
	C float32
	D bool
	E *int
	F interface{}
}

type Celsius float64
type Weekday int
type Bits uint8

type Shape interface{ Area() float64 }

func (r Rect) Area() float64 {
	return float64((r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y))
}

func main() {
	p := Point{1, -2}
	pp := &p
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "box", Tags: []string{"a", "b c"}, Meta: map[string]int{"z": 26, "a": 1, "m": 13}}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", pp, pp, pp, pp)
	fmt.Printf("%v\n%+v\n%#v\n%T\n", r, r, r, r)
	fmt.Printf("%v|%+v\n", &r, &r)
	in := Inner{A: 'x', B: 'λ', C: 1.5, D: true, F: []int{1, 2}}
	fmt.Printf("%v\n%+v\n%#v\n", in, in, in)
	var sh Shape = r
	fmt.Printf("%T %.1f\n", sh, sh.Area())
	var nilsh Shape
	fmt.Printf("%v|%T|%#v\n", nilsh, nilsh, nilsh)
	ps := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v|%+v|%#v|%T\n", ps, ps, ps, ps)
	arr := [3]Point{}
	fmt.Printf("%v|%#v\n", arr, arr)
	m := map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}
	fmt.Printf("%v\n%#v\n", m, m)
	nested := map[string][]int{"x": {3, 2}, "a": nil, "m": {}}
	fmt.Printf("%v|%#v\n", nested, nested)
	fmt.Printf("%q|%x|%X|% x|%#x\n", "héllo\n", "héllo", "hi", "hi", "hi")
	fmt.Printf("%q|%+q|%#q|%#q\n", "日本\t", "日本", "back`tick", "plain")
	fmt.Printf("%q|%q|%U|%#U|%c\n", 'x', '\'', 'λ', 'λ', 0x1F600)
	fmt.Printf("%q\n", []string{"a", "b\"", ""})
	fmt.Printf("%x|%X|% X|%#x\n", []byte{1, 0xab, 255}, []byte("AZ"), []byte{1, 2}, []byte{10, 11})
	fmt.Printf("|%08.3f|%-8.2f|%8.2f|%+.2e|%g|%G|\n", 3.14159, 2.5, -2.5, 12345.678, 1e21, 1e-7)
	fmt.Printf("|%6d|%-6d|%06d|%+d|% d|%x|%X|%o|%O|%b|%#b|%#o|\n", 42, 42, -42, 42, 42, 255, 255, 8, 8, 5, 5, 8)
	fmt.Printf("|%5s|%-5s|%.2s|%5.1s|%q|\n", "ab", "ab", "abcdef", "xyz", 65)
	fmt.Printf("|%t|%v|%5t|\n", true, false, true)
	fmt.Printf("|%v|%.3v|%10.4v|%v|\n", 1.0/3, 1.0/3, 3.14159265, float32(0.1))
	fmt.Printf("|%*d|%-*d|%.*f|\n", 5, 7, 4, 7, 2, 3.14159)
	fmt.Printf("%v %v %v\n", Celsius(36.6), Weekday(3), Bits(0b1010))
	fmt.Printf("%#v %#v %#v %T\n", Celsius(36.6), Weekday(3), Bits(10), Bits(10))
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 3)
	var ip *int
	fmt.Printf("%v %#v\n", ip, ip)
	var nm map[string]int
	var ns []int
	fmt.Printf("%v %#v %v %#v %d\n", nm, nm, ns, ns, len(ns))
	fmt.Printf("%v %#v\n", []interface{}{1, "a", nil, 2.5, Point{}}, []interface{}{1, "a", nil})
	fmt.Printf("%v|%#v\n", struct{}{}, struct{ A, b int }{1, 2})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%s\n", []byte("bytes"))
	fmt.Printf("%v\n", []byte("ab"))
	fmt.Printf("%08b|%-8b|%x\n", Bits(5), uint8(5), -255)
	fmt.Printf("%e|%.0e|%.0f|%.0f|%.0f\n", 0.0, 15.0, 0.5, 1.5, 2.5)
	fmt.Printf("%v|%v\n", [2][2]int{{1, 2}, {3, 4}}, [][]string{{"a"}, {}})
	fmt.Printf("%x|%X\n", 3.5, "Zz")
	s := fmt.Sprintf("%[2]d %[1]d %d", 10, 20)
	fmt.Println(s)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("a", 1), len(fmt.Sprintln()))
	fmt.Fprintf(os.Stdout, "%v %v\n", complex(1, -2), complex64(complex(0.5, 0)))
	fmt.Printf("%T %T %T %T %T\n", nil, 'a', 1.0, 1i, []interface{}{})
	fmt.Printf("%T %T %T\n", func(int) string { return "" }, make(chan<- int), map[string][]*Point{})
}
