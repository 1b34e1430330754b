package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

type Z struct{}
type Tail struct {
	a int64
	z struct{}
}
type Mid struct {
	z struct{}
	a int64
}
type Arr0 struct {
	b byte
	x [0]int64
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	fmt.Println(unsafe.Sizeof(Z{}), unsafe.Sizeof(Tail{}), unsafe.Sizeof(Mid{}), unsafe.Sizeof(Arr0{}), unsafe.Alignof(Arr0{}))
	var v atomic.Value
	try("nil", func() { v.Store(nil) })
	v.Store(1)
	try("inconsistent", func() { v.Store("s") })
	fmt.Println(v.Load(), v.Swap(2), v.Load(), v.CompareAndSwap(2, 3), v.Load())
	try("cas-incons", func() { v.CompareAndSwap(3, "x") })
	var n atomic.Int64
	n.Add(5)
	n.Store(n.Load() * 2)
	fmt.Println(n.Load(), n.CompareAndSwap(10, 11), n.Swap(0), n.Load())
	var b atomic.Bool
	b.Store(true)
	fmt.Println(b.Load(), b.Swap(false), b.Load())
	var p atomic.Pointer[Tail]
	fmt.Println(p.Load() == nil)
	p.Store(&Tail{a: 7})
	fmt.Println(p.Load().a)
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	act, loaded := m.LoadOrStore(2, 100)
	fmt.Println(act, loaded)
	m.Delete(3)
	val, ok := m.LoadAndDelete(4)
	fmt.Println(val, ok)
	sum := 0
	m.Range(func(k, v any) bool { sum += v.(int); return true })
	fmt.Println(sum)
	var u32 uint32
	atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println(u32, atomic.CompareAndSwapUint32(&u32, 1<<32-1, 5), u32)
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = Z{}
	fmt.Println(len(set), set)
	zs := make([]Z, 1000)
	fmt.Println(len(zs), cap(zs[10:]), zs[999])
	var once sync.Once
	try("once-panic", func() { once.Do(func() { panic("in once") }) })
	once.Do(func() { fmt.Println("never") })
	fmt.Println("once done")
}
