// A fixed-capacity ring buffer of log entries that overwrites the oldest
// entry when full; the storage is one array inside the struct.
package main

import (
	"fmt"
	"strings"
)

type Entry struct {
	Seq  int
	Text string
}

type Ring struct {
	buf   [5]Entry
	start int
	n     int
	drops int
}

func (r *Ring) Push(e Entry) {
	if r.n == len(r.buf) {
		r.buf[r.start] = e
		r.start = (r.start + 1) % len(r.buf)
		r.drops++
		return
	}
	r.buf[(r.start+r.n)%len(r.buf)] = e
	r.n++
}

func (r *Ring) Pop() (Entry, bool) {
	if r.n == 0 {
		return Entry{}, false
	}
	e := r.buf[r.start]
	r.buf[r.start] = Entry{}
	r.start = (r.start + 1) % len(r.buf)
	r.n--
	return e, true
}

func (r Ring) Len() int { return r.n }

func (r *Ring) Slice() []Entry {
	out := make([]Entry, r.n)
	for i := 0; i < r.n; i++ {
		out[i] = r.buf[(r.start+i)%len(r.buf)]
	}
	return out
}

func (r *Ring) Do(f func(i int, e *Entry)) {
	for i := 0; i < r.n; i++ {
		f(i, &r.buf[(r.start+i)%len(r.buf)])
	}
}

func main() {
	var r Ring
	for i := 1; i <= 8; i++ {
		r.Push(Entry{i, fmt.Sprintf("line %d", i)})
	}
	fmt.Println(r.Len(), r.drops, r.Slice())
	e, _ := r.Pop()
	fmt.Println("popped", e)
	r.Do(func(i int, e *Entry) {
		e.Text = strings.ToUpper(e.Text)
	})
	fmt.Println(r.Slice())
	var texts []string
	for {
		e, ok := r.Pop()
		if !ok {
			break
		}
		texts = append(texts, e.Text)
	}
	fmt.Println(texts, r.Len())
	copyR := r
	copyR.Push(Entry{100, "copy"})
	fmt.Println(r.Len(), copyR.Len())
}
