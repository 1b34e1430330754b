// Finalizers on tiny (pointer-free, < 16 bytes) objects: Go keeps the
// mcache's active tiny block alive through a collection (gcMarkTinyAllocs),
// so the first Resource is finalized one cycle later than a naive GC would.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Resource struct{ ID int }

func main() {
	r := &Resource{ID: 1}
	runtime.SetFinalizer(r, func(r *Resource) { fmt.Println("finalizing", r.ID) })
	r = nil
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after first GC")
	b := &Resource{ID: 2}
	runtime.SetFinalizer(b, func(r *Resource) { fmt.Println("finalizing", r.ID) })
	b = nil
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after second GC")
	for i := 0; i < 3; i++ {
		x := new([2]int64)
		runtime.SetFinalizer(x, func(x *[2]int64) { fmt.Println("finalizing 16-byte array") })
	}
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("end")
}
