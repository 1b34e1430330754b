// Ring buffers: a fixed-size Ring[T] over an array [N]T sized by a
// constant (no allocation for the storage), overwrite-oldest semantics, a
// growable RingQ[T] over a slice that doubles, and a moving average over
// a ring of any Number type.
package main

import "fmt"

const N = 4

type Ring[T any] struct {
	buf   [N]T
	start int
	count int
}

func (r *Ring[T]) Push(v T) (dropped T, didDrop bool) {
	if r.count == N {
		dropped = r.buf[r.start]
		r.buf[r.start] = v
		r.start = (r.start + 1) % N
		return dropped, true
	}
	r.buf[(r.start+r.count)%N] = v
	r.count++
	return
}

func (r *Ring[T]) Pop() (T, bool) {
	var zero T
	if r.count == 0 {
		return zero, false
	}
	v := r.buf[r.start]
	r.buf[r.start] = zero
	r.start = (r.start + 1) % N
	r.count--
	return v, true
}

func (r Ring[T]) Slice() []T {
	out := make([]T, 0, r.count)
	for i := 0; i < r.count; i++ {
		out = append(out, r.buf[(r.start+i)%N])
	}
	return out
}

type RingQ[T any] struct {
	data       []T
	head, size int
}

func (q *RingQ[T]) grow() {
	n := len(q.data) * 2
	if n == 0 {
		n = 2
	}
	nd := make([]T, n)
	for i := 0; i < q.size; i++ {
		nd[i] = q.data[(q.head+i)%len(q.data)]
	}
	q.data, q.head = nd, 0
}

func (q *RingQ[T]) Push(v T) {
	if q.size == len(q.data) {
		q.grow()
	}
	q.data[(q.head+q.size)%len(q.data)] = v
	q.size++
}

func (q *RingQ[T]) Pop() T {
	v := q.data[q.head]
	var zero T
	q.data[q.head] = zero
	q.head = (q.head + 1) % len(q.data)
	q.size--
	return v
}

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

type Avg[T Number] struct {
	win Ring[T]
	sum T
}

func (a *Avg[T]) Add(v T) float64 {
	if old, dropped := a.win.Push(v); dropped {
		a.sum -= old
	}
	a.sum += v
	return float64(a.sum) / float64(a.win.count)
}

type Millis int64

func main() {
	var r Ring[string]
	for _, s := range []string{"a", "b", "c", "d", "e", "f"} {
		if old, ok := r.Push(s); ok {
			fmt.Print("drop ", old, "; ")
		}
	}
	fmt.Println(r.Slice(), r.count, r.start)
	v, _ := r.Pop()
	fmt.Println("pop", v, r.Slice())
	fmt.Printf("%v|%T\n", r.buf, r.buf)

	var ri Ring[int]
	fmt.Println(len(ri.buf), cap(ri.buf), ri.Slice())
	_, ok := ri.Pop()
	fmt.Println("empty pop", ok)

	r2 := r // arrays copy by value
	r2.Push("z")
	fmt.Println(r.Slice(), r2.Slice())

	var q RingQ[[2]int]
	for i := 0; i < 5; i++ {
		q.Push([2]int{i, i * i})
	}
	fmt.Println(q.Pop(), q.Pop(), len(q.data))
	for i := 5; i < 9; i++ {
		q.Push([2]int{i, -i})
	}
	fmt.Println(q.size, len(q.data), q.head)
	for q.size > 0 {
		fmt.Print(q.Pop(), " ")
	}
	fmt.Println()

	var avg Avg[float64]
	for _, x := range []float64{1, 2, 3, 4, 5, 6, 10} {
		fmt.Printf("%.2f ", avg.Add(x))
	}
	fmt.Println()
	var lat Avg[Millis]
	for _, x := range []Millis{100, 300, 200, 400, 1000} {
		fmt.Print(lat.Add(x), " ")
	}
	fmt.Println()
	fmt.Printf("%T %v\n", lat.sum, lat.win.Slice())
}
