package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
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

type Pixel struct {
	X, Y int
	C    Color
}

type PtrStringer struct{ v int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.v) }

type Wrapper struct {
	Err   error
	Inner *PtrStringer
	Val   PtrStringer
}

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "T[%c %.1f]", verb, float64(t))
}

type GoStr struct{ a int }

func (g GoStr) GoString() string { return "GoStr!" }

func main() {
	fmt.Println(Red, Blue, []Color{Green, Blue})
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Green)
	p := Pixel{1, 2, Blue}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Printf("%#v\n", p)
	ps := PtrStringer{3}
	fmt.Println(ps, &ps)
	w := Wrapper{errors.New("boom"), &PtrStringer{4}, PtrStringer{5}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println(map[Color]int{Blue: 3, Red: 1, Green: 2})
	fmt.Println(Temp(21.55), []Temp{1, 2})
	fmt.Printf("%v|%s|%d\n", Temp(3), Temp(4), Temp(5))
	fmt.Printf("%v %#v %+v\n", GoStr{1}, GoStr{1}, GoStr{1})
	var np *PtrStringer
	fmt.Println(np)
	fmt.Printf("%s\n", np)
	fmt.Printf("%v %v\n", []error{errors.New("a"), nil}, [2]fmt.Stringer{Red, nil})
	fmt.Printf("%5s|%-6v|%06d\n", Red, Green, Blue)
	fmt.Printf("%x %X % x %#x\n", []byte{1, 171, 255}, "hi", []byte("go"), []byte{10})
	fmt.Printf("%q %v %d\n", []rune("hé"), []rune("hé"), []byte("A"))
	fmt.Printf("%t %v\n", "notbool", struct{}{})
	fmt.Printf("%.2s|%.0f|%.1f|%.1f\n", "abc", 2.5, 0.05, 0.15)
	fmt.Printf("%e %g %g %g\n", 0.0, 1e-5, 123456789.0, float32(1)/3)
	fmt.Printf("%08b %o %#o %x\n", 5, -8, 0, -1)
	fmt.Printf("%c%c%c\n", 0x48, 0x1F600, -1)
	fmt.Printf("%U %#U\n", 0x10FFFF+1, 'a')
	fmt.Printf("%v %v\n", float32(3.4028235e38), -0.0)
}
