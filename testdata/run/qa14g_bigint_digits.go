package main

import (
	"fmt"
	"strings"
)

// Nat is a little-endian base-10^9 natural number.
type Nat []uint32

const base = 1000000000

func FromUint(x uint64) Nat {
	var n Nat
	for x > 0 {
		n = append(n, uint32(x%base))
		x /= base
	}
	return n
}

func Parse(s string) (Nat, error) {
	var n Nat
	for end := len(s); end > 0; end -= 9 {
		start := end - 9
		if start < 0 {
			start = 0
		}
		var v uint32
		for _, c := range s[start:end] {
			if c < '0' || c > '9' {
				return nil, fmt.Errorf("bad digit %q in %q", c, s)
			}
			v = v*10 + uint32(c-'0')
		}
		n = append(n, v)
	}
	return n.norm(), nil
}

func (n Nat) norm() Nat {
	for len(n) > 0 && n[len(n)-1] == 0 {
		n = n[:len(n)-1]
	}
	return n
}

func (a Nat) Add(b Nat) Nat {
	if len(a) < len(b) {
		a, b = b, a
	}
	r := make(Nat, len(a)+1)
	var carry uint64
	for i := range a {
		s := uint64(a[i]) + carry
		if i < len(b) {
			s += uint64(b[i])
		}
		r[i] = uint32(s % base)
		carry = s / base
	}
	r[len(a)] = uint32(carry)
	return r.norm()
}

func (a Nat) MulSmall(m uint32) Nat {
	r := make(Nat, len(a)+1)
	var carry uint64
	for i, d := range a {
		p := uint64(d)*uint64(m) + carry
		r[i] = uint32(p % base)
		carry = p / base
	}
	r[len(a)] = uint32(carry)
	return r.norm()
}

func (a Nat) Mul(b Nat) Nat {
	r := make([]uint64, len(a)+len(b)+1)
	for i, x := range a {
		var carry uint64
		for j, y := range b {
			cur := r[i+j] + uint64(x)*uint64(y) + carry
			r[i+j] = cur % base
			carry = cur / base
		}
		for k := i + len(b); carry > 0; k++ {
			cur := r[k] + carry
			r[k] = cur % base
			carry = cur / base
		}
	}
	out := make(Nat, len(r))
	for i, v := range r {
		out[i] = uint32(v)
	}
	return out.norm()
}

func (a Nat) Cmp(b Nat) int {
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

func (n Nat) String() string {
	if len(n) == 0 {
		return "0"
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d", n[len(n)-1])
	for i := len(n) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", n[i])
	}
	return sb.String()
}

func (n Nat) DigitSum() (s int) {
	for _, c := range n.String() {
		s += int(c - '0')
	}
	return
}

func Factorial(k uint32) Nat {
	r := FromUint(1)
	for i := uint32(2); i <= k; i++ {
		r = r.MulSmall(i)
	}
	return r
}

func Fib(k int) Nat {
	a, b := Nat(nil), FromUint(1)
	for i := 0; i < k; i++ {
		a, b = b, a.Add(b)
	}
	return a
}

func main() {
	f50 := Factorial(50)
	fmt.Println("50! =", f50)
	fmt.Println("digits", len(f50.String()), "digit sum", f50.DigitSum())
	fmt.Println("fib(200) =", Fib(200))
	x, _ := Parse("123456789012345678901234567890")
	y, _ := Parse("987654321098765432109876543210")
	fmt.Println(x.Add(y), x.Mul(y))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), Nat(nil).Cmp(FromUint(0)))
	two := FromUint(2)
	p := FromUint(1)
	for i := 0; i < 128; i++ {
		p = p.Mul(two)
	}
	fmt.Println("2^128 =", p)
	_, err := Parse("12a4")
	fmt.Println(err)
	z, _ := Parse("000000000000000000000")
	fmt.Println(z, len(z), FromUint(1<<64-1))
}
