package main

import (
	"errors"
	"fmt"
	"os"
)

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    *string
	tags     []string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }

type Hex int

func (h Hex) Format(f fmt.State, verb rune) {
	w, hasW := f.Width()
	p, hasP := f.Precision()
	if !hasW {
		w = -1
	}
	if !hasP {
		p = -1
	}
	fmt.Fprintf(f, "Hex{%c w=%d/%v p=%d/%v plus=%v minus=%v sharp=%v zero=%v %x}", verb, w, hasW, p, hasP, f.Flag('+'), f.Flag('-'), f.Flag('#'), f.Flag('0'), int(h))
}

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 8)
	fmt.Printf("%*d|%-*d|\n", 5, 42, 5, 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z %!\n", 3)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%.*d\n", "x", 5)
	fmt.Printf("%d %s %t\n", "str", 5, 1)
	lbl := "box"
	r := Rect{Point{1, 2}, Point{3, 4}, &lbl, []string{"a"}}
	fmt.Printf("%v\n%+v\n", r.Min, r.Max)
	fmt.Printf("%v %+v\n", *r.Label, r.tags)
	fmt.Printf("%#v\n", r.Max)
	fmt.Printf("%v %s %d\n", Temp(21.55), Temp(-3), Temp(5))
	fmt.Printf("%v %#v %s\n", Secret("pw"), Secret("pw"), Secret("pw"))
	fmt.Printf("%v|%+08.3x|%-6d|%#o\n", Hex(255), Hex(10), Hex(1), Hex(8))
	fmt.Printf("%08.3f|%-8.2f|%+.1e|%g|%G\n", 3.14159, 2.5, 12345.678, 1e-7, 1e21)
	fmt.Printf("%x|% x|%X|% X|%#x\n", "hi!", "hi!", []byte{1, 171}, []byte{1, 171}, "go")
	fmt.Printf("%q|%+q|%#q|%U|%#U|%c\n", "é\n", "é", "back`tick", 'é', 'é', 0x1F600)
	fmt.Printf("%5t|%-5t|%v\n", true, false, nil)
	fmt.Printf("%p\n", nil)
	fmt.Printf("%6.2f%%|%3c|%-4q|\n", 99.5, 'x', 'y')
	fmt.Printf("%v %v\n", []interface{}{1, "a", nil, 2.5}, map[string]interface{}{"b": []int{1}, "a": Point{}})
	fmt.Printf("%d %x %o %b\n", []int{10, 11}, []int{10, 11}, [2]int8{-8, 8}, []uint8{5})
	fmt.Printf("%s\n", errors.New("boom"))
	fmt.Printf("%v %d\n", struct {
		A int
		B string
	}{1, "x"}, struct{ A, B int }{3, 4})
	var np *Point
	var ip interface{} = np
	fmt.Printf("%v %+v %v\n", np, ip, ip == nil)
	fmt.Printf("%#v %#v %#v %#v\n", []string(nil), map[int]bool{}, 1.0, "s")
	fmt.Printf("%T %T %T %T\n", r.Label, r.tags, Hex(1), fmt.Printf)
	fmt.Printf("%08d|%+08d|%-08d|% d|% d\n", -42, 42, 42, 42, -42)
	fmt.Printf("%.3s|%.10s|%8.3s|%-8.3s|\n", "abcdef", "ab", "abcdef", "abcdef")
	fmt.Printf("%x %X %#v\n", -255, uint64(1<<63), int64(-1))
	fmt.Printf("%e %.0e %#.0e %#g\n", 0.0, 5.5, 5.5, 1.0)
	fmt.Printf("%v %.2v %10.3v|\n", 1+2i, 3.14159-2.71828i, complex64(1))
	n, err := fmt.Fprintf(os.Stdout, "%s=%d\n", "n", 7)
	fmt.Println(n, err)
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, 'x')
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1) + "|")
	fmt.Print(1, 2, "\n")
}
