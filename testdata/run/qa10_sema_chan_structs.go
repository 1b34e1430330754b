// A buffered channel used as a counting semaphore, and channels carrying
// large structs by value versus pointers to them.
package main

import (
	"fmt"
	"sync"
)

type Frame struct {
	Seq    int
	Pixels [64]uint8
	Note   string
}

func checksum(f *Frame) int {
	s := f.Seq
	for _, p := range f.Pixels {
		s += int(p)
	}
	return s
}

func byValue(n int) int {
	ch := make(chan Frame, 2)
	go func() {
		for i := 0; i < n; i++ {
			var f Frame
			f.Seq = i
			f.Pixels[i%64] = uint8(i)
			ch <- f
		}
		close(ch)
	}()
	total := 0
	for f := range ch {
		total += checksum(&f)
	}
	return total
}

func byPointer(n int) int {
	ch := make(chan *Frame)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			f := &Frame{Seq: i, Note: "p"}
			f.Pixels[63] = 1
			ch <- f
		}
	}()
	total := 0
	for f := range ch {
		total += checksum(f)
	}
	return total
}

type Sema chan struct{}

func (s Sema) Acquire() { s <- struct{}{} }
func (s Sema) Release() { <-s }

func limited(jobs, limit int) (maxActive int32, done int) {
	sem := make(Sema, limit)
	var mu sync.Mutex
	var active int32
	var wg sync.WaitGroup
	for i := 0; i < jobs; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	return
}

func main() {
	fmt.Println(byValue(100), byPointer(100))
	m, d := limited(20, 3)
	fmt.Println(m <= 3, m >= 1, d)
	var zero Frame
	fmt.Println(checksum(&zero), len(zero.Pixels), cap(make(Sema, 5)))
}
