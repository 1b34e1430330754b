package main

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"os"
	"strconv"
	"strings"
)

type Point struct {
	X, Y int
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "°C" }

type Grid [3][3]int8

type Flags uint16

const (
	FRead Flags = 1 << iota
	FWrite
	FExec
	FHidden
)

func (f Flags) String() string {
	if f == 0 {
		return "none"
	}
	var parts []string
	names := []string{"r", "w", "x", "h"}
	for i, n := range names {
		if f&(1<<uint(i)) != 0 {
			parts = append(parts, n)
		}
	}
	if rest := f &^ (FRead | FWrite | FExec | FHidden); rest != 0 {
		parts = append(parts, fmt.Sprintf("%#x", uint16(rest)))
	}
	return strings.Join(parts, "|")
}

type Wrapper struct {
	Name  string
	Inner *Point
	Tags  []string
	Meta  map[string]int
	Err   error
	Any   interface{}
	t     Temp
}

type GoStr struct{ A int }

func (g GoStr) GoString() string { return "GoStr!" }

type Fmter struct{}

func (Fmter) Format(f fmt.State, c rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	fmt.Fprintf(f, "[%c w=%d/%v p=%d/%v plus=%v minus=%v sharp=%v]", c, w, wok, p, pok, f.Flag('+'), f.Flag('-'), f.Flag('#'))
}

func main() {
	p := Point{1, -2}
	pp := &p
	fmt.Printf("%v %+v %#v %T\n", p, p, p, pp)
	fmt.Printf("%v %+v\n", pp, []*Point{pp}[0] == pp)
	fmt.Printf("%d %5d %-5d| %05d %x %X %o %b %c %U %q\n", 42, 42, 42, -42, 255, 255, 8, 5, 'G', 'G', 'G')
	fmt.Printf("%f %.2f %8.3f %e %E %g %G\n", math.Pi, math.Pi, -math.Pi, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("%v %v %v %v %.3v\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 2.0/3)
	fmt.Printf("%s %q %x % x %X\n", "héllo", "tab\there", "hi", "hi", []byte("ok"))
	fmt.Printf("%t %v %p\n", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Println(Temp(21.55), []Temp{1, 2.25}, map[string]Temp{"b": 3, "a": -1})
	fmt.Println(FRead|FExec, Flags(0), Flags(0x31), FWrite|FHidden)
	var g Grid
	g[1][1] = 5
	g[2][0] = -1
	fmt.Println(g, len(g), g[1])
	w := Wrapper{Name: "w", Inner: nil, Tags: []string{"a", "b"}, Meta: map[string]int{"z": 1, "a": 2}, Err: errors.New("bad"), Any: 3.5, t: 4}
	fmt.Printf("%v\n%+v\n", w, w)
	var nilW *Wrapper
	fmt.Printf("%v %+v %s\n", nilW, []interface{}{nil, 1, "x"}, []string{"q"})
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"t": true}, GoStr{1})
	fmt.Printf("%v|%+5.2x|%-#v\n", Fmter{}, Fmter{}, Fmter{})
	fmt.Println(strconv.Quote("a\"b\n\x00ü"), strconv.QuoteToASCII("ü世"), strconv.Itoa(-0), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	v, err := strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("ff", 16, 8)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	fmt.Println(bits.OnesCount64(0xF0F0), bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Reverse8(1), bits.Len(255))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo, bits.RotateLeft32(1, -1))
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8, -math.MinInt64 == math.MinInt64, math.MaxUint32, uint32(1<<32-1))
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, []int(nil))
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("x", 1), fmt.Sprintf("%6.2f%%", 12.345))
	n, err := fmt.Fprintf(os.Stdout, "%s=%v\n", "k", []interface{}{1, "a", nil})
	fmt.Println(n, err)
	fmt.Printf("%08.3f|%+d|% d|%x|%10.4s|\n", -3.14159, 5, 5, -255, "abcdefgh")
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, math.E)
	fmt.Printf("%v %d\n", []byte("hi"), []byte("hi"))
	fmt.Printf("%s\n", errors.New("e1"))
	fmt.Printf("%v %s\n", struct{ A, b int }{1, 2}, &struct{ S string }{"x"})
	fmt.Printf("%6.3v|%-8q|%#x|%#o\n", "abcdef", "q", "hex", 8)
	fmt.Printf("%x %X\n", 3.5, -1)
	fmt.Printf("%c|%5c|%-3c|\n", 65, 'é', 'z')
	fmt.Printf("%t %v\n", 1, complex(1, -2))
}
