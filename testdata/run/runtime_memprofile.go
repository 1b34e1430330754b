// runtime.MemProfile with MemProfileRate = 1 (every allocation sampled):
// records per allocation site and rounded size, frees counted by the
// sweep, publication after a collection, inuseZero, Stack() through
// CallersFrames, a goroutine's stack, and the default rate of a program
// that uses MemProfile.  Only records with a main.* leaf are printed,
// sorted, since the runtime's own allocations differ from go's.
//
// gosub:nostress the profile shows the state as of the last collection: more collections publish more, in go too
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

type node struct {
	next *node
	val  [5]int
}

var keep []*node
var big []byte
var sum int
var keepBufs [][]byte

//go:noinline
func makeNodes(n int) {
	for i := 0; i < n; i++ {
		p := &node{}
		if i%2 == 0 {
			keep = append(keep, p)
		}
	}
}

//go:noinline
func deeper(n int) {
	makeNodes(n)
}

//go:noinline
func garbage(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 200)
		b[0] = byte(i)
		s += int(b[0])
		keepBufs = append(keepBufs, b)
	}
	keepBufs = nil
	return s
}

//go:noinline
func largeAlloc() {
	big = make([]byte, 100000)
}

func profile(inuseZero bool) []runtime.MemProfileRecord {
	n, ok := runtime.MemProfile(nil, inuseZero)
	if ok && n > 0 {
		fmt.Println("unexpected ok with an empty slice")
	}
	for {
		p := make([]runtime.MemProfileRecord, n+50)
		n, ok = runtime.MemProfile(p, inuseZero)
		if ok {
			return p[:n]
		}
	}
}

func describe(r *runtime.MemProfileRecord) (string, bool) {
	frames := runtime.CallersFrames(r.Stack())
	var parts []string
	for {
		f, more := frames.Next()
		parts = append(parts, fmt.Sprintf("%s:%d", f.Function, f.Line))
		if !more {
			break
		}
	}
	if !strings.HasPrefix(parts[0], "main.") || strings.HasPrefix(parts[0], "main.profile") ||
		strings.HasPrefix(parts[0], "main.describe") || strings.HasPrefix(parts[0], "main.show") {
		return "", false
	}
	size := int64(0)
	if r.AllocObjects > 0 {
		size = r.AllocBytes / r.AllocObjects
	}
	return fmt.Sprintf("size=%d alloc=%d/%d free=%d/%d inuse=%d/%d stack=%s", size,
		r.AllocObjects, r.AllocBytes, r.FreeObjects, r.FreeBytes,
		r.InUseObjects(), r.InUseBytes(), strings.Join(parts, " ")), true
}

func show(title string, inuseZero bool) {
	var lines []string
	for i := range profileCache(inuseZero) {
		if s, ok := describe(&cache[i]); ok {
			lines = append(lines, s)
		}
	}
	sort.Strings(lines)
	fmt.Println(title)
	for _, l := range lines {
		fmt.Println("  " + l)
	}
}

var cache []runtime.MemProfileRecord

func profileCache(inuseZero bool) []runtime.MemProfileRecord {
	cache = profile(inuseZero)
	return cache
}

func main() {
	fmt.Println("default rate:", runtime.MemProfileRate)
	runtime.MemProfileRate = 1

	deeper(10)
	largeAlloc()
	// no collection yet: MemProfile shows everything recorded
	show("before any GC:", false)

	makeNodes(4)
	// published only after a collection
	show("new site not yet visible:", false)
	runtime.GC()
	show("after GC:", false)

	sum = garbage(30)
	big = nil
	keep = keep[:0]
	runtime.GC()
	runtime.GC()
	show("after freeing (inuse only):", false)
	show("after freeing (inuseZero):", true)

	done := make(chan bool)
	go func() {
		keep = append(keep, &node{val: [5]int{1}})
		done <- true
	}()
	<-done
	runtime.GC()
	runtime.GC()
	show("goroutine:", false)
	runtime.MemProfileRate = 0
	makeNodes(100)
	runtime.GC()
	runtime.GC()
	show("rate 0:", false)
}
