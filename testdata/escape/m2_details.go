// errorcheck -0 -m

// Details the -m=2 comparison (tests/differential.sh) checks: inline costs
// (select receive cases, numeric conversions gc keeps as OCONVNOP,
// encoding/binary byte-order methods), the order closures capture in
// (right side of an assignment first), go/defer wrappers (the spill after
// the call's arguments, an interface receiver or an implicit dereference
// copied to a temporary, recover's frame pointer), heap reasons of
// variables too large for the stack.
package p

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"
)

var ch = make(chan int, 1)

func SelectRecv() int { // ERROR "^can inline SelectRecv$"
	select {
	case <-ch:
		return 1
	case v := <-ch:
		return v
	}
}

func Conv(p *int64, u uint) (int, uint64, uintptr) { return int(*p), uint64(u), uintptr(u) } // ERROR "^can inline Conv$" "^p does not escape$"

type S struct{ size int64 }

func (s *S) Len() int { return int(atomic.LoadInt64(&s.size)) } // ERROR "^can inline \(\*S\)\.Len$" "^leaking param: s$"

func Sleep(i int) { time.Sleep(time.Duration(i*20) * time.Millisecond) } // ERROR "^can inline Sleep$"

func BE(b []byte) uint32 { return binary.BigEndian.Uint32(b) } // ERROR "^can inline BE$" "^inlining call to binary\.bigEndian\.Uint32$" "^b does not escape$"

func PutLE(b []byte, v uint64) { binary.LittleEndian.PutUint64(b, v) } // ERROR "^can inline PutLE$" "^inlining call to binary\.littleEndian\.PutUint64$" "^b does not escape$"

func Capture(n int) (out int) {
	defer func() { out += n }() // ERROR "^can inline Capture\.func1$" "^func literal does not escape$"
	return n
}

type I interface{ M() }

type T struct{ a [4]int }

func (T) M() {} // ERROR "^can inline T\.M$"

func DeferIface(i I) { // ERROR "^leaking param: i$"
	defer i.M()
}

func DeferDeref(p *T) { // ERROR "^p does not escape$"
	defer p.M()
}

func DeferRecover() {
	defer recover()
}

func GoRecover() {
	go recover()
}

func GoArgs(x, y int, s []int) { // ERROR "^leaking param: s$"
	go func(a, b int) { s[0] = a + b }(x, y) // ERROR "^can inline GoArgs\.func1$" "^func literal escapes to heap$"
}

func Big() int { // ERROR "^can inline Big$"
	var c [16 << 20]byte // ERROR "^moved to heap: c$"
	c[3] = 1
	return int(c[3])
}

func use(n int, s string) {} // ERROR "^can inline use$" "^s does not escape$"

func AfterInlinedStd() {
	n := runtime.NumGoroutine() // ERROR "^inlining call to runtime\.NumGoroutine$" "^inlining call to runtime\.gcount$"
	s := strconv.Itoa(n) // ERROR "^inlining call to strconv\.Itoa$"
	go use(n, s)
}

func ValueTwice() any {
	var v atomic.Value // ERROR "^moved to heap: v$"
	v.Store(1) // ERROR "^1 escapes to heap$"
	_ = v.Load() // ERROR "^inlining call to .sync/atomic.\.\(\*Value\)\.Load$"
	return v.Load() // ERROR "^inlining call to .sync/atomic.\.\(\*Value\)\.Load$"
}

type E interface{ K() string }

type A struct{}

func (A) K() string { return "a" } // ERROR "^can inline A\.K$"

type B struct{ s string }

func (b B) K() string { return b.s } // ERROR "^can inline B\.K$" "^leaking param: b to result ~r0 level=0$"

func Switch(e E) { // ERROR "^leaking param: e$"
	switch ev := e.(type) {
	case A, B:
		fmt.Println("ab", ev.K()) // ERROR "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^.ab. escapes to heap$" "^ev\.K\(\) escapes to heap$"
	case nil:
	}
}

func In(t time.Time) time.Time { return t.In(time.FixedZone("X", 60)) } // ERROR "^inlining call to time\.FixedZone$" "^inlining call to time\.Time\.In$" "^inlining call to time\.\(\*Time\)\.setLoc$" "^inlining call to time\.\(\*Time\)\.stripMono$" "^inlining call to time\.\(\*Time\)\.sec$" "^leaking param: t to result ~r0 level=0$" "^&time\.Location\{\.\.\.\} escapes to heap$" "^\[\]time\.zone\{\.\.\.\} escapes to heap$" "^\[\]time\.zoneTrans\{\.\.\.\} escapes to heap$" "^\(interface \{\}\)\(string\(.time: missing Location in call to Time\.In.\)\) escapes to heap$"
