// "Go quirks quiz": each question prints its answer. Shadowed builtins,
// methods on func/slice/map types, evaluation order of assignments,
// fallthrough, goto, labeled continue, comparing structs and arrays,
// integer wrap-around, float specials, unicode identifiers, iota tricks.
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type HandlerFunc func(string) string

func (f HandlerFunc) Serve(s string) string { return "[" + f(s) + "]" }

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string) { *p = append(*p, s) }

type Set map[string]struct{}

func (s Set) Add(k string) Set { s[k] = struct{}{}; return s }
func (s Set) Keys() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 2
	c, d
	e, f = "e", iota
)

type key struct {
	x, y int
	name string
}

var initOrder []string

var (
	va = vb + 1
	vb = vc * 2
	vc = initValue("vc", 3)
)

func initValue(name string, v int) int {
	initOrder = append(initOrder, name)
	return v
}

func init() { initOrder = append(initOrder, "init1") }
func init() { initOrder = append(initOrder, "init2") }

func classify(n int) []string {
	var out []string
	switch {
	case n < 0:
		out = append(out, "negative")
		fallthrough
	case n == 0:
		out = append(out, "non-positive")
	case n > 100:
		out = append(out, "big")
	default:
		out = append(out, "small")
	}
	return out
}

func typeName(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice of ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println("Q1 init order:", initOrder, va, vb, vc)

	len := func(s string) int { return 42 }
	copy := "shadowed copy"
	new := 7
	fmt.Println("Q2 shadowed builtins:", len("abc"), copy, new)

	h := HandlerFunc(strings.ToUpper)
	fmt.Println("Q3 method on func type:", h.Serve("hi"), HandlerFunc(strings.TrimSpace).Serve("  x "))

	var p Path
	p.Push("usr")
	p.Push("local")
	fmt.Println("Q4 method on slice type:", p, Set{}.Add("b").Add("a").Keys())

	fmt.Println("Q5 iota:", Sunday, Monday, Tuesday, Thursday, Friday, Saturday, KB, MB, GB, TB/GB, a, b, c, d, e, f)

	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9
	fmt.Println("Q6 assignment order:", i, xs)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println("   swap:", x, y)

	fmt.Println("Q7 fallthrough:", classify(-5), classify(0), classify(500), classify(5))

	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	fmt.Println("Q8 goto:", n)

	var pairs []string
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i+j == 5 {
				break outer
			}
			pairs = append(pairs, fmt.Sprint(i, j))
		}
	}
	fmt.Println("Q9 labels:", pairs)

	k1, k2 := key{1, 2, "a"}, key{1, 2, "a"}
	m := map[key]int{k1: 1}
	m[k2]++
	arr1, arr2 := [3]int{1, 2, 3}, [3]int{1, 2, 3}
	fmt.Println("Q10 comparable:", k1 == k2, m[k1], arr1 == arr2, [2]string{"a"} == [2]string{"a", ""})
	var e1, e2 interface{} = k1, k2
	fmt.Println("    interface ==:", e1 == e2, e1 != nil)
	func() {
		defer func() { fmt.Println("    uncomparable:", recover()) }()
		var s1, s2 interface{} = []int{1}, []int{1}
		fmt.Println(s1 == s2)
	}()

	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var u uint = 1
	fmt.Println("Q11 wrap:", i8, u8, u<<63>>63, -math.MinInt64 == math.MinInt64, int32(math.MaxInt32)+int32(u))
	neg := -7
	fmt.Println("    division:", neg/2, neg%2, neg>>1, uint32(neg)>>28, 7&^5)

	zero := 0.0
	fmt.Println("Q12 floats:", 1/zero, -1/zero, zero/zero == zero/zero, math.Copysign(0, -1), 0.1+0.2, float32(0.1)+float32(0.2))
	nan := math.NaN()
	fm := map[float64]int{nan: 1, nan: 2, 1: 3}
	fmt.Println("    NaN keys:", len(fm), fm[nan], int64(math.Float64bits(-0.0)>>63))

	π := 3.14159
	変数 := "unicode"
	fmt.Println("Q13 identifiers:", π, 変数, len(変数))

	fmt.Println("Q14 type switch:", typeName(nil), typeName(3), typeName(int64(4)), typeName(errors.New("x")), typeName(p), typeName([]int{1}), typeName(2.5))

	s := "héllo, 世界"
	var runes, bytes int
	for range s {
		runes++
	}
	for i := 0; i < len(s); i++ {
		bytes++
	}
	bad := string([]byte{0xff, 'a', 0xe4, 0xb8})
	var rs []rune
	for _, r := range bad {
		rs = append(rs, r)
	}
	fmt.Println("Q15 strings:", runes, bytes, s[1], s[1:3], string(s[7]), rs, []byte(string(rune(0x4e16))))
	fmt.Println("    conversions:", string(rune(65)), string(rune(-1)), []rune("ab"), strings.Repeat("ab", 3)[1:4])
}
