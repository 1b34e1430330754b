// Arbitrary-precision decimal arithmetic written by hand (a classic
// exercise before math/big): numbers as little-endian digit slices in base
// 10^9, add, subtract, multiply, small division, factorials, Fibonacci,
// powers of two, and formatting with thousands separators.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

const base = 1_000_000_000

type Nat []uint32 // little-endian limbs in base 10^9

func FromUint(v uint64) Nat {
	if v == 0 {
		return nil
	}
	var n Nat
	for v > 0 {
		n = append(n, uint32(v%base))
		v /= base
	}
	return n
}

func Parse(s string) (Nat, error) {
	s = strings.TrimLeft(s, "0")
	var n Nat
	for end := len(s); end > 0; end -= 9 {
		start := end - 9
		if start < 0 {
			start = 0
		}
		v, err := strconv.ParseUint(s[start:end], 10, 32)
		if err != nil {
			return nil, fmt.Errorf("parse %q: %w", s, err)
		}
		n = append(n, uint32(v))
	}
	return n.norm(), nil
}

func (n Nat) norm() Nat {
	for len(n) > 0 && n[len(n)-1] == 0 {
		n = n[:len(n)-1]
	}
	return n
}

func (n Nat) String() string {
	if len(n) == 0 {
		return "0"
	}
	var b strings.Builder
	b.WriteString(strconv.FormatUint(uint64(n[len(n)-1]), 10))
	for i := len(n) - 2; i >= 0; i-- {
		fmt.Fprintf(&b, "%09d", n[i])
	}
	return b.String()
}

func (n Nat) Grouped() string {
	s := n.String()
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	return strings.Join(parts, ",")
}

func Add(a, b Nat) Nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	out := make(Nat, len(a)+1)
	var carry uint64
	for i := range a {
		s := uint64(a[i]) + carry
		if i < len(b) {
			s += uint64(b[i])
		}
		out[i] = uint32(s % base)
		carry = s / base
	}
	out[len(a)] = uint32(carry)
	return out.norm()
}

func Cmp(a, b Nat) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Sub returns a-b; it panics when b > a.
func Sub(a, b Nat) Nat {
	if Cmp(a, b) < 0 {
		panic(fmt.Sprintf("Sub: %v < %v", a, b))
	}
	out := make(Nat, len(a))
	var borrow int64
	for i := range a {
		d := int64(a[i]) - borrow
		if i < len(b) {
			d -= int64(b[i])
		}
		borrow = 0
		if d < 0 {
			d += base
			borrow = 1
		}
		out[i] = uint32(d)
	}
	return out.norm()
}

func Mul(a, b Nat) Nat {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	acc := make([]uint64, len(a)+len(b)+1)
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			t := acc[i+j] + uint64(x)*uint64(y) + carry
			acc[i+j] = t % base
			carry = t / base
		}
		for k := i + len(b); carry > 0; k++ {
			t := acc[k] + carry
			acc[k] = t % base
			carry = t / base
		}
	}
	out := make(Nat, len(acc))
	for i, v := range acc {
		out[i] = uint32(v)
	}
	return out.norm()
}

func DivSmall(a Nat, d uint32) (Nat, uint32) {
	out := make(Nat, len(a))
	var rem uint64
	for i := len(a) - 1; i >= 0; i-- {
		cur := rem*base + uint64(a[i])
		out[i] = uint32(cur / uint64(d))
		rem = cur % uint64(d)
	}
	return out.norm(), uint32(rem)
}

func Factorial(n int) Nat {
	r := FromUint(1)
	for i := 2; i <= n; i++ {
		r = Mul(r, FromUint(uint64(i)))
	}
	return r
}

func DigitSum(n Nat) int {
	s := 0
	for _, c := range n.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	for _, n := range []int{0, 1, 5, 20, 21, 25, 52} {
		f := Factorial(n)
		fmt.Printf("%2d! = %s\n", n, f.Grouped())
	}
	f100 := Factorial(100)
	fmt.Println("100! digits:", len(f100.String()), "digit sum:", DigitSum(f100), "limbs:", len(f100))
	a, b := FromUint(0), FromUint(1)
	for i := 0; i < 150; i++ {
		a, b = b, Add(a, b)
	}
	fmt.Println("fib(150) =", a)
	p := FromUint(1)
	two := FromUint(2)
	for i := 0; i < 128; i++ {
		p = Mul(p, two)
	}
	fmt.Println("2^128 =", p, Cmp(p, FromUint(^uint64(0))))
	q, r := DivSmall(p, 7)
	fmt.Println("2^128 / 7 =", q, "rem", r)
	back := Add(Mul(q, FromUint(7)), FromUint(uint64(r)))
	fmt.Println("check:", Cmp(back, p) == 0)
	x, err := Parse("000123456789012345678901234567890")
	fmt.Println(x, err, len(x))
	_, err = Parse("12x4")
	fmt.Println("error:", err)
	y, _ := Parse("99999999999999999999")
	fmt.Println(Add(y, FromUint(1)), Sub(Add(y, FromUint(1)), y), Sub(y, y), Mul(y, y))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Sub(FromUint(1), FromUint(2))
	}()
	fmt.Println(FromUint(18446744073709551615).Grouped(), Nat(nil).Grouped(), FromUint(1000).Grouped())
	fmt.Printf("%v %s %d\n", FromUint(5), FromUint(6), []uint32(FromUint(7)))
}
