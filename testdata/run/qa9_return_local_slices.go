// Returning slices of local arrays and local slices: the array moves to
// the heap; returning a copy keeps it on the stack. AllocsPerRun shows it.
package main

import (
	"fmt"
	"testing"
)

func digitsArray(n int) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return buf[i:]
}

func digitsString(n int) string {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(buf[i:])
}

func digitsInto(dst []byte, n int) []byte {
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(dst, buf[i:]...)
}

func firstN(n int) []int {
	s := []int{10, 20, 30, 40, 50}
	return s[:n]
}

func pair() (a, b []string) {
	both := [4]string{"w", "x", "y", "z"}
	return both[:2], both[2:]
}

var sinkB []byte
var sinkS string

func main() {
	fmt.Println(string(digitsArray(90210)), digitsString(7), string(digitsInto([]byte("n="), 314)))
	fmt.Println(firstN(3), len(firstN(5)))
	x, y := pair()
	x = append(x, "appended")
	fmt.Println(x, y)

	buf := make([]byte, 0, 64)
	fmt.Println("array:", testing.AllocsPerRun(100, func() { sinkB = digitsArray(123456) }))
	fmt.Println("string:", testing.AllocsPerRun(100, func() { sinkS = digitsString(123456) }))
	fmt.Println("into:", testing.AllocsPerRun(100, func() { buf = digitsInto(buf[:0], 123456) }))
	fmt.Println("short string:", testing.AllocsPerRun(100, func() { sinkS = digitsString(5) }))
	fmt.Println("literal:", testing.AllocsPerRun(100, func() { _ = firstN(2) }))
}
