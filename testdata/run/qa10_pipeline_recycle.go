// A two-stage pipeline that recycles its []int batches through a
// buffered channel used as a free list, so steady state allocates nothing.
package main

import "fmt"

const batchSize = 4

type Batch struct {
	Seq  int
	Vals []int
}

func producer(n int, free chan *Batch, out chan<- *Batch, made *int) {
	defer close(out)
	seq := 0
	for start := 0; start < n; start += batchSize {
		var b *Batch
		select {
		case b = <-free:
		default:
			*made++
			b = &Batch{Vals: make([]int, 0, batchSize)}
		}
		b.Seq = seq
		seq++
		b.Vals = b.Vals[:0]
		for i := start; i < start+batchSize && i < n; i++ {
			b.Vals = append(b.Vals, i)
		}
		out <- b
	}
}

func squarer(in <-chan *Batch, out chan<- *Batch) {
	defer close(out)
	for b := range in {
		for i, v := range b.Vals {
			b.Vals[i] = v * v
		}
		out <- b
	}
}

func main() {
	free := make(chan *Batch, 3)
	raw := make(chan *Batch)
	sq := make(chan *Batch)
	made := 0
	done := make(chan struct{})
	go func() {
		producer(30, free, raw, &made)
		close(done)
	}()
	go squarer(raw, sq)
	total := 0
	batches := 0
	for b := range sq {
		batches++
		for _, v := range b.Vals {
			total += v
		}
		if b.Seq%3 == 0 {
			fmt.Println("batch", b.Seq, b.Vals)
		}
		select {
		case free <- b:
		default:
		}
	}
	<-done
	fmt.Println("batches", batches, "total", total, "made<=batches", made <= batches, made >= 1)
}
