// fmt's verbs, flags, widths and precisions on every kind of value.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *Point
	any   interface{}
}

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	n := Named{"n", []string{"a", "b"}, nil, 3}
	fmt.Printf("%v\n%+v\n", n, n)
	var np *Point
	fmt.Printf("%v %+v %#v\n", np, np, np)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%#b\n", 42, 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8, 5)
	fmt.Printf("%d|%x|%X|%#x\n", -255, -255, -255, -255)
	fmt.Printf("%c|%q|%U|%#U|%c\n", 'A', 'A', 0x1F600, 0x1F600, 0x4E16)
	fmt.Printf("%s|%q|%x|% x|%X|%10s|%-10s|%.2s|\n", "héllo", "héllo", "hi", "hi", "hi", "r", "l", "héllo")
	fmt.Printf("%q|%+q|%#q|%#q\n", "a\tb\n", "日本", "back`tick", "plain")
	fmt.Printf("%t|%v|%5t|\n", true, false, true)
	fmt.Printf("%v|%v|%v|%v\n", Red, Green, Color(7), []Color{Red, Green})
	fmt.Printf("%d|%s|%x\n", Red, Green, Red)
	fmt.Printf("%v|%.2f|%6.1f|%e|%E|%g|%G\n", Temp(21.5), 3.14159, 2.25, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("%v %v %v %v %v\n", []int{1, 2}, [2]bool{true}, []string{}, []byte("hi"), [3]byte{1, 2, 3})
	fmt.Printf("%s %x %X %q\n", []byte("abc"), []byte("abc"), []byte{0xde, 0xad}, []byte("q\x00"))
	var s []int
	var m map[string]int
	var e error
	var i interface{}
	fmt.Printf("%v %v %v %v %d\n", s, m, e, i, s)
	fmt.Printf("%#v %#v %#v %#v\n", s, m, []int{}, map[string]int{})
	fmt.Printf("%!|%z|%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra", 2.5)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 6, 7, 2, 3.14159)
	fmt.Printf("%s %d\n", 12, "str")
	fmt.Printf("%v %d\n", nil, nil)
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%08.3f|%-8.3f|%+.2e\n", -3.14159, 3.14159, 12345.678)
	fmt.Printf("%x %X %#v\n", "hello", []string{"a"}, []interface{}{1, "a", nil})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, true), fmt.Sprintln("x", 1))
	fmt.Print("no newline", 5, 6, "\n")
}
