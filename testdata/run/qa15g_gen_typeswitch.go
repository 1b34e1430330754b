package main

import (
	"fmt"
	"strconv"
	"strings"
)

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

// Describe switches on the dynamic type of a type-parameter value.
func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + strconv.Quote(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case []T:
		return fmt.Sprintf("slice of own type, len %d", len(x))
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

// Is reports whether v's dynamic type is exactly T.
func Is[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

func Convert[From, To any](xs []From, f func(From) (To, error)) ([]To, []error) {
	var out []To
	var errs []error
	for _, x := range xs {
		y, err := f(x)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, y)
	}
	return out, errs
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Flat() Pair[K, string] {
	return Pair[K, string]{p.Key, fmt.Sprint(p.Val)}
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Zero[T any]() (z T) { return }

func main() {
	var e error
	things := []any{1, int64(2), "hi", ID(7), []any{1, 2}, fmt.Errorf("bad"), e, 3.5, struct{}{}}
	for _, t := range things {
		fmt.Println(Describe(t))
	}
	fmt.Println(Describe(ID(3)), Describe([]int{1}), Describe(uint8(9)))
	fmt.Println(Is[int](1), Is[int](int64(1)), Is[fmt.Stringer](ID(1)), Is[error](nil))
	nums, errs := Convert([]string{"1", "x", "30", "-4", "9999999999999999999"}, strconv.Atoi)
	fmt.Println(nums, len(errs))
	for _, err := range errs {
		fmt.Println(" ", err)
	}
	ids, _ := Convert(nums, func(n int) (ID, error) { return ID(n), nil })
	fmt.Println(Join(ids, ","))
	p := Pair[ID, []float64]{5, []float64{1.5}}
	fmt.Printf("%+v %+v\n", p, p.Flat())
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[*int](), Zero[[2]bool](), Zero[Pair[int, error]]())
}
