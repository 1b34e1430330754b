// Inspecting type parameters at run time: type switches on any(x),
// type assertions any(x).(int) with the comma-ok form, comparing a T with
// ==, and generic code choosing a formatting per dynamic type; the same
// generic function gives different answers per instantiation.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Kind[T any](x T) string {
	switch v := any(x).(type) {
	case nil:
		return "nil interface"
	case int:
		return "int " + strconv.Itoa(v)
	case int8, int16:
		return fmt.Sprintf("small int %v", v)
	case string:
		return "string of len " + strconv.Itoa(len(v))
	case []T:
		return "slice of T"
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	case func() T:
		return "func returning T"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func AsInt[T any](x T) (int, bool) {
	n, ok := any(x).(int)
	return n, ok
}

func Encode[T any](xs []T) string {
	var sb strings.Builder
	for i, x := range xs {
		if i > 0 {
			sb.WriteByte(',')
		}
		switch v := any(x).(type) {
		case string:
			sb.WriteString(strconv.Quote(v))
		case bool:
			sb.WriteString(strconv.FormatBool(v))
		case float64:
			sb.WriteString(strconv.FormatFloat(v, 'g', -1, 64))
		case int:
			sb.WriteString(strconv.Itoa(v))
		default:
			fmt.Fprintf(&sb, "?%T", v)
		}
	}
	return "[" + sb.String() + "]"
}

func CountEqual[T comparable](xs []T, target T) int {
	n := 0
	for _, x := range xs {
		if x == target {
			n++
		}
	}
	return n
}

func IsNil[T any](x T) bool {
	return any(x) == nil
}

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "K" }

type myErr struct{ code int }

func (e *myErr) Error() string { return "code " + strconv.Itoa(e.code) }

func main() {
	fmt.Println(Kind(42))
	fmt.Println(Kind[int8](-1))
	fmt.Println(Kind(int16(300)))
	fmt.Println(Kind("hello"))
	fmt.Println(Kind(Temp(273.15)))
	fmt.Println(Kind[error](&myErr{7}))
	fmt.Println(Kind[error](nil))
	fmt.Println(Kind[any](nil))
	fmt.Println(Kind(3.5))
	fmt.Println(Kind([]int{1}))
	fmt.Println(Kind[any]([]any{1}))
	fmt.Println(Kind(func() int { return 1 }))
	fmt.Println(Kind(func() string { return "" }))
	fmt.Println(Kind(uint(7)))

	n, ok := AsInt(12)
	fmt.Println(n, ok)
	n, ok = AsInt(int64(12))
	fmt.Println(n, ok)
	n, ok = AsInt[any](99)
	fmt.Println(n, ok)

	fmt.Println(Encode([]any{"a\"b", true, 1.5, 7, nil, Temp(1)}))
	fmt.Println(Encode([]string{"x", "y"}))
	fmt.Println(Encode([]float64{1e21, 0.1}))
	fmt.Println(Encode([]Temp{1}))

	fmt.Println(CountEqual([]string{"a", "b", "a"}, "a"))
	e1 := &myErr{1}
	fmt.Println(CountEqual([]*myErr{nil, e1, nil, &myErr{1}, e1}, e1), CountEqual([]*myErr{nil, e1}, nil))
	fmt.Println(CountEqual([][2]string{{"a", "b"}, {"b", "a"}}, [2]string{"b", "a"}))
	fmt.Println(CountEqual([]Temp{1, 2, 1}, 1))

	var e error
	var p *myErr
	fmt.Println(IsNil(e), IsNil(p), IsNil[error](p), IsNil(0), IsNil[fmt.Stringer](nil))
}
