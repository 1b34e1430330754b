package main

import (
	"fmt"
	"os"
	"strconv"
	"text/tabwriter"
)

type P struct {
	A int
	B string
}
type MyInt int
type MyStr string
type E struct{ *P }

func main() {
	fmt.Printf("%x|%X|%o\n", P{10, "hi"}, []string{"ab", "c"}, []int{8, 9})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%5v|%-4v|%05d\n", []int{1, 22}, P{1, "x"}, []int{3, -4})
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%[2]v %v %[1]v %v\n", 1, 2)
	fmt.Printf("%[5]d\n", 1)
	fmt.Printf("%.*d|%*s|\n", -1, 5, -4, "x")
	fmt.Printf("%+q|%#q|%# x|%#X\n", "é\x01", "a\tb", "ab", []byte{1, 2})
	fmt.Printf("%v|%+v\n", E{}, E{&P{1, "a"}} == E{})
	fmt.Printf("%s|%v|%d\n", MyStr("s"), MyInt(3), MyStr("z"))
	fmt.Printf("%c|%c|%U\n", 65, -1, -1)
	fmt.Printf("%t|%t\n", 1, "x")
	fmt.Printf("%6.3v|%.0s|%.1q\n", "abcdef", "abc", "abc")
	fmt.Printf("%e|%E|%.3g|%g|%g\n", 1234.5678, 0.000012, 1234567.0, 1e-5, 123456789.0)
	fmt.Printf("%b|%b\n", 1.0, float32(0.5))
	fmt.Printf("%08.3f|%-08.3f|%+08d|% 08d|%x\n", -3.14159, 3.1, 42, 42, -1<<63)
	fmt.Printf("%v %v\n", int8(-128), uint64(1<<64-1))
	fmt.Printf("%#v|%#v|%#v|%#v\n", []byte(nil), map[string]int(nil), [0]int{}, (*int)(nil))
	fmt.Printf("%#v|%#v|%#v\n", 'x', "q\"", 1e21)
	fmt.Printf("%#v\n", struct {
		A interface{}
		B []interface{}
		C map[MyStr]MyInt
	}{nil, []interface{}{1, "x", nil, MyInt(2)}, map[MyStr]MyInt{"k": 1}})
	fmt.Printf("%v %s\n", os.ErrNotExist, strconv.ErrRange)
	fmt.Printf("%10.3q|%-10q|\n", "hello", 'x')
	fmt.Printf("%x %X % X\n", "", []byte{}, "é")
	fmt.Printf("%#o %#b %#x %O\n", 0, 0, 0, -8)
	fmt.Printf("%3c|%-3c|%03c\n", 'a', 'b', 'c')
	fmt.Printf("%p\n", nil)
	fmt.Printf("%s\n", nil)
	fmt.Printf("%s %d\n", []interface{}{"a", 1}, []interface{}{"a", 1})
	fmt.Printf("%v\n", [][]byte{[]byte("ab"), nil})
	fmt.Printf("%s\n", [][]byte{[]byte("ab"), nil})
	fmt.Printf("%q\n", [][]byte{[]byte("ab"), nil})
	fmt.Printf("%x\n", [][]byte{[]byte("ab"), {255}})
	fmt.Printf("%v %.2v\n", []float64{1.5, 2.25}, []float64{1.555, 2.25})
	fmt.Printf("%6.2f|\n", []float64{1, 2})
	fmt.Printf("%v\n", map[MyInt][]string{2: {"b"}, 1: {"a"}})
	fmt.Printf("%v\n", map[bool]int{true: 1, false: 0})
	fmt.Printf("%v\n", map[[2]int]string{{2, 1}: "x", {1, 2}: "y"})
	fmt.Printf("%v\n", map[interface{}]int{"b": 1, 2: 2, "a": 3, 1.5: 4, false: 5})
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tcccc\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', 0)
	fmt.Fprintln(w, "name\tqty\tprice")
	fmt.Fprintln(w, "apple\t3\t1.25")
	fmt.Fprintln(w, "kiwi fruit\t12\t0.5")
	w.Flush()
	var sc, sc2 int
	var ss string
	n, err := fmt.Sscanf("12 abc 7", "%d %s %d", &sc, &ss, &sc2)
	fmt.Println(n, err, sc, ss, sc2)
	n, err = fmt.Sscanf("x=5", "y=%d", &sc)
	fmt.Println(n, err)
	var f float64
	var b bool
	n, err = fmt.Sscan("3.5 true extra", &f, &b)
	fmt.Println(n, err, f, b)
	n, err = fmt.Sscan("notnum", &sc)
	fmt.Println(n, err)
	var r1, r2 rune
	n, err = fmt.Sscanf("ab", "%c%c", &r1, &r2)
	fmt.Println(n, err, r1, r2)
	var hx int
	n, err = fmt.Sscanf("0x1f ff", "%v %x", &sc, &hx)
	fmt.Println(n, err, sc, hx)
}
