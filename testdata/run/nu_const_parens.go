// Constant sub-expressions printed by -m keep the parentheses their
// operator's precedence needs: gc prints a constant's source text with the
// precedence of its operator (n * (k - 1), a && (b || c)).
package main

import (
	"fmt"
	"math"
	"unsafe"
)

type pair struct{ x, y int64 }

const k = 7

func main() {
	n := 3
	s := "z"
	fmt.Println(unsafe.Sizeof(pair{1, 2}) > 3 == true, n*int(unsafe.Sizeof(pair{1, 2})))
	fmt.Println(s+("a"+"b"), n * -(-k), n * - -k, n*^(^k), n*(k<<2), n*(1<<k>>1))
	fmt.Println(n*int(float64(k)*2), n*(math.MaxInt8+1), n*(k%4&^1), n*len([k]int{}))
	fmt.Println(n*(k+k*2), n*((k+k)*2), n*((k-1)-(k-2)), n*(k-(k-2)))
	fmt.Println(n > 2 && (k > 2 || k < 0), n+(k), n*('a'-'b'), n*(0x10|0o7), 1.5*(float64(n)*(1.0-0.5)))
	fmt.Println(s < ("a"+"b"), n*len(string(rune(65))), n*cap([3]int{}), n*((2 - 1)))
	fmt.Println(uintptr(n)*(unsafe.Sizeof(pair{})-unsafe.Sizeof(int32(0))), -(len("abc") - 1))
	fmt.Println(n == (k+1)/2 || (k > 3 && n < 0), n != (k&1))
}
