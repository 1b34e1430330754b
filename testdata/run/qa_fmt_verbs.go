package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name string
	Tags []string
	P    *Point
	M    map[string]int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v\n", &p, &p)
	n := Named{"n", []string{"a", "b"}, nil, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, true})
	fmt.Printf("%d|%5d|%-5d|%05d|%x|%X|%o|%O|%b|%#x|%+d\n", 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 7)
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%e|%E|%g|%G\n", 3.14159, 3.14159, 3.14159, 3.14159, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("%s|%q|%10s|%-10s|%.3s|%x|% x|%X\n", "go", "go\"", "right", "left", "truncate", "hi", "hi", "hi")
	fmt.Printf("%c|%U|%#U|%q|%d\n", 'G', 'G', '⌘', 'x', 'x')
	fmt.Printf("%t|%v|%p\n", true, false, nil)
	fmt.Printf("%v|%s|%d\n", Celsius(21.5), Celsius(-3), []int{1, 2})
	fmt.Printf("%v|%v|%v\n", []byte("ab"), [2]bool{true}, map[int]string{2: "b", 1: "a"})
	fmt.Printf("%s|%v\n", []byte("bytes"), errors.New("an error"))
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!|%z\n", 1)
	var ip *int
	var e error
	fmt.Printf("%v|%v|%d\n", ip, e, []interface{}{})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%x|%X|% d|%+.1e\n", -255, "Hello", 5, 12345.678)
	fmt.Printf("%08.3f|%-08d|%+q\n", -3.5, 3, "é")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprintf("%v", [][]int{{1}, {2, 3}}))
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Printf("%v %v %v %v\n", int8(-128), uint8(255), uint64(1<<64-1), float32(0.1))
	fmt.Printf("%v %.3v %10.4v|\n", 1e6, 3.14159, 2.0/3)
	fmt.Printf("%#o %#b %#X %x\n", 8, 5, 3054, 3.5)
	type inner struct {
		A int
		B string
	}
	fmt.Printf("%#v %#v\n", inner{1, "x"}, &inner{})
}
