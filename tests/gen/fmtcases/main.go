// Command fmtcases writes tests/unit/rt_fmt_cases.h: Printf/Sprint cases
// with the exact output of Go 1.19's fmt, for tests/unit/test_rt_fmt_verbs.c.
// Each case is a format, its operands (rendered as C constructor calls that
// rebuild the same values with hand-made type descriptors) and Go's output.
//
//	GO111MODULE=off go run tests/gen/fmtcases/main.go > tests/unit/rt_fmt_cases.h
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
)

type T struct {
	A int
	B string
	c float64
}

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type E struct{ Code int }

func (e *E) Error() string { return "E" + strconv.Itoa(e.Code) }

type MyInt int

type W struct {
	X any
	Y error
	Z []int
	t Celsius
	C Celsius
}

// cval renders v as a C expression of type GoEface (helpers in the test).
func cval(v any) string {
	switch x := v.(type) {
	case nil:
		return "mk_nil()"
	case int:
		return fmt.Sprintf("mk_int(%dLL)", x)
	case int8:
		return fmt.Sprintf("mk_i8(%d)", x)
	case int16:
		return fmt.Sprintf("mk_i16(%d)", x)
	case int32:
		return fmt.Sprintf("mk_i32(%d)", x)
	case int64:
		if x == math.MinInt64 {
			return "mk_i64(INT64_MIN)"
		}
		return fmt.Sprintf("mk_i64(%dLL)", x)
	case uint:
		return fmt.Sprintf("mk_uint(%dULL)", x)
	case uint8:
		return fmt.Sprintf("mk_u8(%d)", x)
	case uint16:
		return fmt.Sprintf("mk_u16(%d)", x)
	case uint32:
		return fmt.Sprintf("mk_u32(%dU)", x)
	case uint64:
		return fmt.Sprintf("mk_u64(%dULL)", x)
	case uintptr:
		return fmt.Sprintf("mk_uptr(%dULL)", x)
	case float32:
		return fmt.Sprintf("mk_f32(0x%08xU)", math.Float32bits(x))
	case float64:
		return fmt.Sprintf("mk_f64(0x%016xULL)", math.Float64bits(x))
	case bool:
		return fmt.Sprintf("mk_bool(%v)", x)
	case string:
		return fmt.Sprintf("mk_str(%s, %d)", cstr(x), len(x))
	case []byte:
		return fmt.Sprintf("mk_bytes(%s, %d)", cstr(string(x)), len(x))
	case []int:
		if x == nil {
			return "mk_ints(NULL, 0)"
		}
		return fmt.Sprintf("mk_ints((const int64_t[]){%s}, %d)", join(x), len(x))
	case []string:
		if x == nil {
			return "mk_strs(NULL, 0)"
		}
		var parts []string
		for _, s := range x {
			parts = append(parts, fmt.Sprintf("{(const uint8_t *)%s, %d}", cstr(s), len(s)))
		}
		return fmt.Sprintf("mk_strs((const GoString[]){%s}, %d)", strings.Join(parts, ", "), len(x))
	case [3]int:
		return fmt.Sprintf("mk_arr3(%d, %d, %d)", x[0], x[1], x[2])
	case T:
		return fmt.Sprintf("mk_T(%d, %s, %d, 0x%016xULL)", x.A, cstr(x.B), len(x.B), math.Float64bits(x.c))
	case *T:
		if x == nil {
			return "mk_pT_nil()"
		}
		return fmt.Sprintf("mk_pT(%d, %s, %d, 0x%016xULL)", x.A, cstr(x.B), len(x.B), math.Float64bits(x.c))
	case Celsius:
		return fmt.Sprintf("mk_celsius(0x%016xULL)", math.Float64bits(float64(x)))
	case *E:
		return fmt.Sprintf("mk_pE(%d)", x.Code)
	case []Celsius:
		var parts []string
		for _, c := range x {
			parts = append(parts, fmt.Sprintf("0x%016xULL", math.Float64bits(float64(c))))
		}
		return fmt.Sprintf("mk_celsiuses((const uint64_t[]){%s}, %d)", strings.Join(parts, ", "), len(x))
	case MyInt:
		return fmt.Sprintf("mk_myint(%d)", x)
	case []any:
		var parts []string
		for _, e := range x {
			parts = append(parts, cval(e))
		}
		return fmt.Sprintf("mk_anys(%d, (GoEface[]){%s})", len(x), strings.Join(parts, ", "))
	case W:
		var y string = "0"
		if x.Y != nil {
			y = strconv.Itoa(x.Y.(*E).Code)
		}
		return fmt.Sprintf("mk_W(%s, %s, %s, 0x%016xULL, 0x%016xULL)", cval(x.X), y, cval(x.Z),
			math.Float64bits(float64(x.t)), math.Float64bits(float64(x.C)))
	}
	panic(fmt.Sprintf("cval: %T", v))
}

func join(x []int) string {
	var s []string
	for _, v := range x {
		s = append(s, strconv.Itoa(v))
	}
	return strings.Join(s, ", ")
}

func cstr(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "\\%03o", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

type tcase struct {
	format string
	args   []any
}

func main() {
	ints := []any{0, 42, -42, 255, math.MaxInt64, int64(math.MinInt64), int8(-128), int16(1234), int32(0x1F600), uint8(200), uint16(65535), uint32(0xDEADBEEF), uint64(math.MaxUint64), uint(7), uintptr(0xc000), MyInt(-5)}
	floats := []any{0.0, 1.0, -1.5, 3.14159265358979, 1e21, 1e20, 1e-7, 123456789.0, 0.1, 100000.0, 1000000.0, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 5e-324, math.MaxFloat64, float32(0.1), float32(1e10), float32(3.4028235e38), float32(-2.5), 2.5, 0.000123456, Celsius(21.55)}
	strs := []any{"", "hello", "héllo, 世界", "tab\there\n", "\x00\xff bad", "`back`", "a\"b", "\u00a0nbsp\u2028"}
	others := []any{nil, true, false, []byte("hi\x00"), []byte(nil), []int{1, -2, 3}, []int(nil), []string{"a", "b c"}, [3]int{7, 8, 9},
		T{1, "x", 2.5}, &T{-3, "yz", 0}, (*T)(nil), &E{7}, []any{1, "a", nil, 2.5, Celsius(3)}, W{nil, nil, nil, 1, 2}, W{42, nil, []int{5}, 3, 4}}

	verbs := []string{"v", "+v", "#v", "T", "d", "s", "q", "x", "X", "o", "O", "b", "e", "E", "f", "F", "g", "G", "c", "U", "#U", "t", "#x", "#o", "08.3f", "x "}
	var cases []tcase
	all := append(append(append([]any{}, ints...), floats...), strs...)
	all = append(all, others...)
	for _, v := range all {
		for _, verb := range verbs {
			cases = append(cases, tcase{"%" + verb, []any{v}})
		}
	}
	// Flags, width and precision on numbers and strings.
	flagsets := []string{"", "+", "-", "#", " ", "0", "+0", "-#", " 0", "#0"}
	widths := []string{"", "6", "12"}
	precs := []string{"", ".0", ".2", ".9"}
	numVerbs := []string{"d", "x", "X", "o", "b", "e", "f", "g", "G", "s", "q", "v", "c", "U"}
	sample := []any{0, 42, -42, 3.0, -0.001234, 1e9, 65, "héllo", []byte("ab"), math.Inf(-1), math.NaN(), uint8(9), float32(2.25), 5e-324}
	k := 0
	for _, v := range sample {
		for _, fl := range flagsets {
			for _, w := range widths {
				for _, p := range precs {
					for _, verb := range numVerbs {
						k++
						if k%7 != 0 { // a deterministic seventh of the grid
							continue
						}
						cases = append(cases, tcase{"%" + fl + w + p + verb, []any{v}})
					}
				}
			}
		}
	}
	// Operand handling: indexes, stars, missing and extra operands, bad forms.
	cases = append(cases,
		tcase{"%d %d", []any{1}},
		tcase{"%d", []any{1, "x", nil}},
		tcase{"%[2]d %[1]d", []any{1, 2}},
		tcase{"%[3]d", []any{1, 2}},
		tcase{"%[1]d %d", []any{1, 2}},
		tcase{"%[0]d", []any{1}},
		tcase{"%[x]d", []any{1}},
		tcase{"%[2]*[1]d", []any{12, 5}},
		tcase{"%*d|%-*d", []any{5, 1, 5, 2}},
		tcase{"%*d", []any{-5, 1}},
		tcase{"%.*f", []any{2, 3.14159}},
		tcase{"%.*f", []any{-2, 3.14159}},
		tcase{"%*d", []any{"x", 1}},
		tcase{"%.*d", []any{"x", 1}},
		tcase{"%*d", []any{uint8(4), 1}},
		tcase{"%*d", []any{10000000, 1}},
		tcase{"%", nil},
		tcase{"%!", nil},
		tcase{"100%%", nil},
		tcase{"%5%", nil},
		tcase{"%z", []any{1}},
		tcase{"%!d", []any{1}},
		tcase{"%é", []any{1}},
		tcase{"%-010d|", []any{7}},
		tcase{"%.3s|%.10s|%5.1s|", []any{"héllo", "ab", "xyz"}},
		tcase{"%x|% x|%#x|% #X", []any{"hi", "hi", []byte("hi"), "hi"}},
		tcase{"%10.4v|%-10v|", []any{3.14159265, "s"}},
		tcase{"%v %v", []any{[]int{}, []string{}}},
		tcase{"%d%%", []any{50}},
		tcase{"%.2f%%", []any{99.5}},
		tcase{"%6.2f|%-8.3e|%+.1g", []any{3.14159, 1234.5678, 0.05}},
		tcase{"%#.3g|%#g|%#.0f|%#e|%#.0e", []any{1.0, 123456.0, 2.0, 1.0, 3.0}},
		tcase{"%#x|%#X|%x|%.3x|%b", []any{1.0, -2.5, 3.75, 1.0 / 3, 1.0}},
		tcase{"%08.3f|%-08.3f|%+08d|% 08d", []any{-3.14159, 3.14159, 42, 42}},
		tcase{"%05s|%-05s|%05q", []any{"ab", "ab", "ab"}},
		tcase{"%c%c%c", []any{'G', 0x4E16, -1}},
		tcase{"%q %+q %#q", []any{'x', 'é', '\n'}},
		tcase{"%q", []any{0x110000}},
		tcase{"%U %#U %#8U %.6U", []any{0x1F600, 'x', 'y', 0x41}},
		tcase{"%t %v %5t %-6t|", []any{true, false, true, false}},
		tcase{"%s", []any{&E{1}}},
		tcase{"%d", []any{&E{1}}},
		tcase{"%v %s %d", []any{Celsius(1.25), Celsius(-3), Celsius(2)}},
		tcase{"%x %X %q", []any{Celsius(1.25), Celsius(1.25), Celsius(1.25)}},
		tcase{"%6.2v|", []any{Celsius(1.25)}},
		tcase{"%v", []any{[]Celsius{1, 2}}},
		tcase{"%d %s", []any{[]int{1, 2}, []int{1, 2}}},
		tcase{"%x %X", []any{[]int{10, 255}, []string{"ab", "cd"}}},
		tcase{"%q", []any{[]string{"a", "b\n"}}},
		tcase{"%s", []any{[]byte(nil)}},
		tcase{"%v|%d|%s|%x|%q|%#v", []any{[]byte("Az"), []byte("Az"), []byte("Az"), []byte("Az"), []byte("Az"), []byte("Az")}},
		tcase{"%v %+v %#v", []any{W{42, &E{9}, []int{5}, 3, 4}, W{}, W{}}},
		tcase{"%v %d", []any{[]any{nil}, []any{nil}}},
		tcase{"%s", []any{nil}},
		tcase{"%T %T %T %T", []any{nil, 1, "s", []any{}}},
		tcase{"%-10T|%10T|", []any{1, 1.5}},
		tcase{"%p", []any{nil}},
		tcase{"%v", []any{(*T)(nil)}},
		tcase{"%+v", []any{&T{1, "b", 3}}},
		tcase{"%#v", []any{&T{1, "b", 3}}},
		tcase{"%#v", []any{(*T)(nil)}},
		tcase{"%#v %#v %#v %#v", []any{uint8(7), MyInt(3), 2.0, "q"}},
		tcase{"%#v %#v", []any{[]string(nil), []int{}}},
		tcase{"%v %.2v %10.3v|", []any{1e-5, 2.0 / 3, float32(1) / 3}},
		tcase{"%e %f %g", []any{float32(16777216), float32(1e-45), float32(3.1415927)}},
		tcase{"%.0f %.0f %.0f %.0f %.1f %.1f", []any{0.5, 1.5, 2.5, -0.5, 0.25, 0.35}},
		tcase{"%.3e %.20e %.30f", []any{5e-324, 0.1, 0.1}},
		tcase{"%g %g %g %g", []any{1e-4, 1e-5, 123456.0, 1234567.0}},
		tcase{"%.3g %.3g %.10g %.0g", []any{1234.0, 0.0001234, 1.0 / 3, 7.5}},
		tcase{"%v %v", []any{float32(0.3), float32(16777217)}},
		tcase{"%d %s %v", []any{true, 3.5, 'x'}},
	)

	// Random formats: flags, widths, precisions (literal or *), argument
	// indexes, several verbs per format, over the whole value pool.
	rnd := rand.New(rand.NewSource(2026))
	verbList := "vdsqxXobOeEfFgGcUtT%"
	for n := 0; n < 2500; n++ {
		var f strings.Builder
		var args []any
		nverbs := 1 + rnd.Intn(3)
		for k := 0; k < nverbs; k++ {
			if rnd.Intn(3) == 0 {
				f.WriteString("|")
			}
			f.WriteByte('%')
			for _, fl := range "+-# 0" {
				if rnd.Intn(5) == 0 {
					f.WriteRune(fl)
				}
			}
			switch rnd.Intn(6) {
			case 0:
				f.WriteString(strconv.Itoa(rnd.Intn(16)))
			case 1:
				f.WriteByte('*')
				args = append(args, rnd.Intn(21)-5)
			}
			switch rnd.Intn(6) {
			case 0:
				f.WriteString("." + strconv.Itoa(rnd.Intn(12)))
			case 1:
				f.WriteString(".*")
				args = append(args, rnd.Intn(14)-2)
			case 2:
				f.WriteByte('.')
			}
			f.WriteByte(verbList[rnd.Intn(len(verbList))])
			args = append(args, all[rnd.Intn(len(all))])
		}
		if rnd.Intn(10) == 0 && len(args) > 0 {
			args = args[:len(args)-1] // a missing operand
		}
		if rnd.Intn(10) == 0 {
			args = append(args, all[rnd.Intn(len(all))]) // an extra one
		}
		cases = append(cases, tcase{f.String(), args})
	}

	// Random byte soup over the format syntax's alphabet: the parser's
	// corner cases ("%[", "%.*[2]", "%-*", trailing "%", bad indexes...).
	alphabet := "%%%%[]*.0123456789+-# vdsxq\xc3\xa9"
	for n := 0; n < 1200; n++ {
		b := make([]byte, 1+rnd.Intn(9))
		for i := range b {
			b[i] = alphabet[rnd.Intn(len(alphabet))]
		}
		var args []any
		for k := rnd.Intn(4); k > 0; k-- {
			if rnd.Intn(2) == 0 {
				args = append(args, rnd.Intn(30)-10)
			} else {
				args = append(args, all[rnd.Intn(len(all))])
			}
		}
		cases = append(cases, tcase{string(b), args})
	}

	fmt.Println("/* GENERATED by tests/gen/fmtcases/main.go from Go 1.19's fmt; do not edit.")
	fmt.Println(" * GO111MODULE=off go run tests/gen/fmtcases/main.go > tests/unit/rt_fmt_cases.h */")
	// Small functions of 40 cases: one huge function takes the C compiler
	// minutes to optimise.
	nchunks := 0
	fmt.Println("static void fmt_cases_0(void) {")
	for i, c := range cases {
		if i > 0 && i%40 == 0 {
			nchunks++
			fmt.Printf("}\nstatic void fmt_cases_%d(void) {\n", nchunks)
		}
		want := fmt.Sprintf(c.format, c.args...)
		var parts []string
		for _, a := range c.args {
			parts = append(parts, cval(a))
		}
		args := "NULL"
		if len(parts) > 0 {
			args = "(GoEface[]){" + strings.Join(parts, ", ") + "}"
		}
		fmt.Printf("    CASE(%s, %d, %s, %s, %d);\n", cstr(c.format), len(c.args), args, cstr(want), len(want))
	}
	fmt.Println("}")
	fmt.Println("static void (*const fmt_cases_chunks[])(void) = {")
	for i := 0; i <= nchunks; i++ {
		fmt.Printf("    fmt_cases_%d,\n", i)
	}
	fmt.Println("};")
	fmt.Println("static void fmt_cases_run(void) {")
	fmt.Println("    for (size_t i = 0; i < sizeof fmt_cases_chunks / sizeof fmt_cases_chunks[0]; i++) fmt_cases_chunks[i]();")
	fmt.Println("}")
	fmt.Fprintf(os.Stderr, "%d cases\n", len(cases))
}

