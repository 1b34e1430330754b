package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Labeled struct {
	Name  string
	Pos   *Point
	Tags  []string
	Attrs map[string]int
	inner struct{ a, b bool }
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Code int

func (c Code) GoString() string { return fmt.Sprintf("Code(%d)", int(c)) }

type Color uint8

func main() {
	p := Point{3, -4}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	l := Labeled{Name: "box", Pos: &p, Tags: []string{"a", "b c"}, Attrs: map[string]int{"w": 2, "h": 1}}
	fmt.Printf("%v\n%+v\n", l.Tags, l.Attrs)
	fmt.Printf("%#v %#v\n", l.Tags, l.Attrs)
	fmt.Printf("%q %x %X % x\n", "héllo\n", "hi", []byte("hi"), "abc")
	fmt.Printf("|%08.3f|%-10s|%10s|%-5d|%05d|%+d|\n", 3.14159, "left", "right", 42, 42, 42)
	fmt.Printf("|%6.2f|%-8.1e|%g|%G|%.3g|\n", 2.0/3, 12345.678, 1e21, 1e-7, 123456.0)
	fmt.Printf("%b %o %O %#x %#o %x %X\n", 10, 64, 64, 255, 8, -255, 3054)
	fmt.Printf("%c %U %#U %q %d\n", 'G', 'λ', 'λ', 'x', 'A')
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 7, 4, 8, 2, 3.14159)
	fmt.Printf("%v %s %d\n", Celsius(21.55), Celsius(-3), Code(7))
	fmt.Printf("%#v %v\n", Code(9), Code(9))
	fmt.Printf("%v %d %x %T\n", Color(200), Color(200), Color(200), Color(1))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%s %v\n", errors.New("an error"), []error{errors.New("e1"), nil})
	fmt.Printf("%d %s\n", "str", 12)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%v %+v\n", struct {
		A int
		B string
	}{1, "x"}, &struct{ Z []int }{[]int{1}})
	fmt.Printf("%x %X %x\n", 3.5, []int{10, 11}, "")
	fmt.Printf("%8.3s|%-8q|%.2q\n", "abcdef", "q", "abc")
	fmt.Printf("%v %v %v\n", [3]bool{true}, [][]int{{1}, {2, 3}}, map[Point]string{{1, 2}: "a", {0, 0}: "o"})
	fmt.Printf("%e %.0f %.1f %v %v\n", 0.0, 2.5, 0.05, float32(0.1), 1e6)
	fmt.Printf("%v %v %v\n", int8(-128), uint64(18446744073709551615), uintptr(10))
	var ip *int
	var e error
	fmt.Printf("%v %v %d\n", ip, e, []string{"x"})
	s := fmt.Sprintf("%[2]d-%[1]d-%[2]d", 1, 2)
	fmt.Println(s, len(s))
	fmt.Print("a", "b", 1, 2, "c", 3.0, "\n")
	fmt.Println("a", "b", 1, 2, "c", 3.0)
	n, err := fmt.Fprintf(os.Stdout, "%s=%v\n", "key", []interface{}{1, "two", 3.0, nil})
	fmt.Println(n, err)
	fmt.Println(fmt.Sprint(Celsius(1), Celsius(2)), fmt.Sprintln("end", 1))
}
