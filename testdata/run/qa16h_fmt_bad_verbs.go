package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Both struct{ msg string }

func (b Both) Error() string  { return "error:" + b.msg }
func (b Both) String() string { return "string:" + b.msg }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprint("ptr#", p.n) }

type Inner struct{ A, B int }
type Outer struct {
	Name  string
	In    Inner
	Ptr   *Inner
	List  []Inner
	Err   error
	Any   any
}

type Gopher struct{ name string }

func (g Gopher) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "Gopher{name=%s}", g.name)
			return
		}
		fmt.Fprint(f, "gopher:"+g.name)
	default:
		fmt.Fprintf(f, "%%!%c(Gopher)", verb)
	}
}

func main() {
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("%z %t\n", 1, 5)
	fmt.Printf("%.2f %5.1f|%-6.2f|%+d %x\n", 3.14159, 2.0, 1.5, 5, "hi")
	fmt.Println(Temp(21.456), []Temp{1, 2})
	fmt.Printf("%v %s %d\n", Temp(3), Temp(4), Temp(5))
	fmt.Println(Both{"x"})
	fmt.Printf("%v %s\n", Both{"y"}, Both{"z"})
	p := PtrStringer{3}
	fmt.Println(p, &p)
	o := Outer{Name: "o", In: Inner{1, 2}, List: []Inner{{5, 6}}, Err: errors.New("boom"), Any: Inner{7, 8}}
	fmt.Printf("%v\n%+v\n", o, o)
	var nilErr error
	fmt.Printf("%v %+v\n", Outer{}, nilErr)
	fmt.Println(Gopher{"g"})
	fmt.Printf("%v %+v %d %s\n", Gopher{"a"}, Gopher{"b"}, Gopher{"c"}, []Gopher{{"d"}})
	fmt.Printf("%T %T %T %T\n", o, &o, o.List, nilErr)
	fmt.Printf("%5t|%-5t|%q|%v\n", true, false, 'x', 'x')
	fmt.Printf("%08.3f|%+.2e|%g|%G\n", -3.14159, 12345.678, 1e-7, 1e21)
	fmt.Printf("%x %X %#x %#o %b\n", -255, 255, 255, 8, -5)
	fmt.Printf("%3c|%-3c|%U|%#U\n", 'a', 'b', '⌘', '⌘')
	fmt.Printf("%s %v %d\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%q %x % X\n", []string{"a", "b"}, "hello", []byte{1, 171})
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]d\n", 1)
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%6.2v|%v\n", 3.14159, float32(0.1))
	fmt.Printf("%t\n", "notbool")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4), fmt.Sprintln("x", 1))
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", []any{1, "a", nil})
	var np *Inner
	fmt.Printf("%v %+v\n", np, []*Inner{nil})
	fmt.Print(1, 2, "x", 3, "\n")
	fmt.Print("a", "b", 1, 2, "\n")
}
