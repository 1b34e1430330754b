package main

import (
	"errors"
	"fmt"
	"strings"
)

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d *Dog) Speak() string {
	if d == nil {
		return "<nil dog>"
	}
	return d.name + ": woof"
}

type Kennel struct {
	Speaker
	size int
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

func trace(msg string) func() {
	fmt.Println("enter", msg)
	return func() { fmt.Println("exit", msg) }
}

func order() (s []string) {
	defer trace("order")()
	for i := 0; i < 3; i++ {
		defer func(n int) { s = append(s, fmt.Sprint("d", n)) }(i)
	}
	return []string{"ret"}
}

func classify(n int) string {
	var parts []string
	switch {
	case n%15 == 0:
		parts = append(parts, "fizzbuzz")
		fallthrough
	case n%5 == 0:
		parts = append(parts, "five")
		fallthrough
	case n%3 == 0:
		parts = append(parts, "three")
	default:
		parts = append(parts, "plain")
	}
	return strings.Join(parts, "+")
}

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case error:
				err = fmt.Errorf("recovered error: %w", v)
			default:
				err = fmt.Errorf("recovered %T: %v", v, v)
			}
		}
	}()
	f()
	return nil
}

var ErrBase = errors.New("base")

func main() {
	var d *Dog
	var s Speaker = d
	fmt.Println(s.Speak(), s != nil, d == nil)
	k := Kennel{size: 2}
	fmt.Println(safe(func() { _ = k.Speak }))
	fmt.Println(safe(func() { var sp Speaker; f := sp.Speak; _ = f }))
	k.Speaker = &Dog{"rex"}
	speak := k.Speak
	k.Speaker = &Dog{"max"}
	fmt.Println(speak(), k.Speak())
	fmt.Println(order())
	for _, n := range []int{1, 3, 5, 15, 30} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(safe(func() { panic(Temp(21.55)) }))
	fmt.Println(safe(func() { panic(fmt.Errorf("wrapped: %w", ErrBase)) }))
	err := safe(func() { panic(fmt.Errorf("wrapped: %w", ErrBase)) })
	fmt.Println(errors.Is(err, ErrBase), errors.Unwrap(errors.Unwrap(err)) == ErrBase)
	fmt.Println(safe(func() { var a []int; _ = a[5] }))
	fmt.Println(safe(func() { var m map[Temp]int; m[1]++ }))
	fmt.Println(safe(func() { x := 0; _ = 10 / x }))
	fmt.Println(safe(func() { var i any = "s"; _ = i.(int) }))
	fmt.Println(safe(func() { var i any; _ = i.(fmt.Stringer) }))
	fmt.Println(safe(func() { var e error = ErrBase; _ = e.(fmt.Stringer) }))
	fmt.Println(safe(func() { arr := [3]int{}; i := 3; arr[i%4] = 1 }))
	fmt.Println(safe(func() { s := "héllo"; _ = s[2:1+len(s)] }))
	fmt.Println(safe(func() { var p *Kennel; p.size++ }))
	a, b := [2][2]int{{1, 2}, {3, 4}}, [2][2]int{{1, 2}, {3, 4}}
	fmt.Println(a == b, a != [2][2]int{}, struct{ X, Y any }{1, "a"} == struct{ X, Y any }{1, "a"})
	fmt.Println(safe(func() { _ = any([]int{}) == any([]int{}) }))
	const big = 1 << 100
	fmt.Println(big>>98, uint8(big>>95&0xff), 7.0/2, 7/2, -7/2, -7%3, 1<<3>>1)
	x := 10
	x <<= 2
	x &^= 6
	fmt.Println(x, ^x, -x>>1, uint32(1)<<31>>30)
}
