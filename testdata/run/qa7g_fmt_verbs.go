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
	Label    string
	Tags     []string
	Meta     map[string]int
	Parent   *Rect
}

type Celsius float64
type Flags uint8
type ID [4]byte

func main() {
	p := Point{3, -4}
	r := Rect{Min: p, Max: Point{10, 20}, Label: "box", Tags: []string{"a", "b c"}, Meta: map[string]int{"z": 1, "a": 2, "m": 3}}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T %T %T %T\n", r, &r, r.Tags, r.Meta)
	fmt.Printf("%v %+v\n", &p, &r.Min)
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%o] [%O] [%b] [%#x] [%#o]\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8)
	fmt.Printf("[%8.3f] [%-8.2f] [%08.3f] [%+.1e] [%g] [%G] [%.3g] [%e]\n", 3.14159, 2.5, -3.14159, 12345.678, 1e21, 1e-7, 123456.0, 0.0)
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%q] [%x] [% x] [%X]\n", "go", "go", "go", "gopher", "a\"b\n", "hi", "hi", "hi")
	fmt.Printf("[%c] [%U] [%#U] [%q] [%d]\n", 'é', 'é', '⌘', 'x', 'A')
	fmt.Printf("[%t] [%v] [%5t]\n", true, false, true)
	fmt.Printf("[%p]\n", nil)
	fmt.Printf("%v %d %s\n", []byte("abc"), []byte("abc"), []byte("abc"))
	fmt.Printf("%x %X %q\n", []byte{1, 171, 255}, "hi\xff", []string{"x", "y"})
	fmt.Printf("%v %.1f %5.1f\n", Celsius(21.5), Celsius(-3), []float64{1, 2.25})
	fmt.Printf("%08b %v %d\n", Flags(5), Flags(200), ID{1, 2, 3, 4})
	fmt.Printf("%v %x % X\n", ID{0xde, 0xad, 0xbe, 0xef}, ID{0xde, 0xad, 0xbe, 0xef}, ID{0xde, 0xad, 0xbe, 0xef})
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("100%%\n")
	var ip *int
	var e error
	var m map[string]bool
	var s []int
	var f func()
	var i interface{}
	fmt.Printf("%v %v %v %v %v %d\n", ip, e, m, s, i, s)
	fmt.Printf("%+v %#v %#v %#v\n", e, m, s, i)
	fmt.Println(f == nil, ip, m, s, i)
	fmt.Printf("%#v\n", r.Tags)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 3.0, uint8(7))
	fmt.Printf("%#v\n", map[string]Point{"b": {1, 2}, "a": {3, 4}})
	fmt.Printf("%#v\n", struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%v\n", map[Point]string{{2, 1}: "c", {1, 9}: "b", {1, 2}: "a"})
	fmt.Printf("%v %v\n", map[int]bool{3: true, -1: false, 2: true}, map[float64]int{2.5: 1, -1: 2})
	fmt.Printf("%6.2f%%|%-8v|%8v|\n", 99.5, p, true)
	fmt.Printf("%x %X %#x\n", -255, int8(-1), uint64(1)<<63)
	fmt.Printf("%v %v\n", [3]bool{true}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%s\n", p)
	fmt.Printf("%d\n", r.Min)
	fmt.Printf("%q\n", 0x1F600)
	fmt.Printf("%5.2q|%-6q|\n", "abcdef", 'z')
	n, err := fmt.Fprintf(os.Stdout, "%s=%v\n", "n", 12)
	fmt.Println(n, err)
	str := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, true)
	fmt.Println(str, len(str))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprint(), fmt.Sprint(nil))
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", 1, true, 2, "\n")
}
