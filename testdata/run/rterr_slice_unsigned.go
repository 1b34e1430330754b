// Slice bounds panics whose index has an unsigned type print it unsigned,
// as gc's panicSlice*U variants (Go's fixedbugs/issue30116u).
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Printf("%-22s %v\n", name, recover()) }()
	f()
}

func main() {
	s := []int{1, 2, 3}
	a := [3]int{}
	str := "abc"
	var big uint64 = 1<<64 - 1
	var u8 uint8 = 200
	var i int = -1
	try("s[0:big]", func() { _ = s[0:big] })
	try("s[big:0]", func() { _ = s[big:0] })
	try("a[1:u8]", func() { _ = a[1:u8] })
	try("str[big:]", func() { _ = str[big:] })
	try("s[0:1:big]", func() { _ = s[0:1:big] })
	try("s[0:big:2]", func() { _ = s[0:big:2] })
	try("s[big:1:2]", func() { _ = s[big:1:2] })
	try("s[i:]", func() { _ = s[i:] })
	try("s[:i]", func() { _ = s[:i] })
	try("s[big]", func() { _ = s[big] })
}
