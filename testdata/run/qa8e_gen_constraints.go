package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Numeric interface{ Integer | Float }

func Convert[U, T Numeric](x T) U { return U(x) }

type StringerInt interface {
	~int
	String() string
}

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d%7]
}

type Priority int

func (p Priority) String() string { return "P" + strconv.Itoa(int(p)) }

func Labels[T StringerInt](xs []T) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%s(%d)", x.String(), int(x)+1)
	}
	return strings.Join(parts, " ")
}

func Next[T StringerInt](x T) T { return x + 1 }

type Setter[T any] interface {
	*T
	Set(string) error
}

type Port struct{ N int }

func (p *Port) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	p.N = n
	return nil
}

type Host struct{ Name string }

func (h *Host) Set(s string) error {
	if s == "" {
		return fmt.Errorf("empty host")
	}
	h.Name = strings.ToLower(s)
	return nil
}

func ParseAll[T any, PT Setter[T]](inputs []string) ([]T, error) {
	out := make([]T, 0, len(inputs))
	for _, in := range inputs {
		var v T
		if err := PT(&v).Set(in); err != nil {
			return out, fmt.Errorf("parse %q: %w", in, err)
		}
		out = append(out, v)
	}
	return out, nil
}

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int:" + strconv.Itoa(v)
	case string:
		return "string:" + v
	case fmt.Stringer:
		return "stringer:" + v.String()
	case []T:
		return "slice of T"
	default:
		return fmt.Sprintf("other:%T", v)
	}
}

func Equal[T comparable](a, b T) bool { return a == b }

func IndexOf[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func AbsDiff[T Numeric](a, b T) T {
	if a > b {
		return a - b
	}
	return b - a
}

func main() {
	fmt.Println(Convert[int](3.99), Convert[float64](int8(-5)), Convert[int8](300), Convert[float32](1.0/3))
	days := []Weekday{0, 3, 6}
	fmt.Println(Labels(days), Next(Weekday(6)), Labels([]Priority{1, 2}))
	ports, err := ParseAll[Port]([]string{"80", "443"})
	fmt.Println(ports, err)
	ports, err = ParseAll[Port]([]string{"22", "ssh", "8080"})
	fmt.Println(ports, err)
	hosts, err := ParseAll[Host]([]string{"Example.COM", ""})
	fmt.Printf("%+v %v\n", hosts, err)
	fmt.Println(Describe(5), Describe("x"), Describe(Weekday(2)), Describe(2.5), Describe([]int{1}))
	fmt.Println(Equal("a", "a"), Equal(Port{1}, Port{2}), Equal[*Port](nil, nil), Equal(Weekday(1), 1))
	fmt.Println(IndexOf([]string{"x", "y", "z"}, "z"), IndexOf([]Weekday{1, 2}, 5), IndexOf([]*Port{nil}, nil))
	fmt.Println(AbsDiff(3, 10), AbsDiff(2.5, -1.0), AbsDiff[uint8Alias](250, 5))
}

type uint8Alias = int16
