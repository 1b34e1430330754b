// runtime.Stack and debug.Stack print "file:line +0x<offset>" for a frame
// that is not inlined, as Go; a nil dereference is reported at its own
// line, not at the next use of the value (Go's fixedbugs issue27201).
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

var sink int64

func f(p *int32) {
	defer checkstack()
	v := *p         // the panic happens here, line 17
	sink = int64(v) // not here, line 18
}

func checkstack() {
	_ = recover()
	var buf [4096]byte
	n := runtime.Stack(buf[:], false)
	s := string(buf[:n])
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\n"))
	fmt.Println(strings.Contains(s, "fb5_stack_nil_line.go:17 +0x"), strings.Contains(s, "fb5_stack_nil_line.go:18 "))
	d := string(debug.Stack())
	fmt.Println(strings.Contains(d, "fb5_stack_nil_line.go:17 +0x"), strings.Contains(d, "\nmain.main()\n"))
}

func main() {
	f(nil)
}
