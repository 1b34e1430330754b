// A generic fixed-capacity ring buffer holding pointers, used as a
// message history; the backing store is an array inside the struct.
package main

import (
	"fmt"
	"strings"
)

type Message struct {
	ID   int
	From string
	Body string
}

type Ring[T any] struct {
	buf   [8]T
	start int
	n     int
	drops int
}

func (r *Ring[T]) Push(v T) {
	if r.n == len(r.buf) {
		var zero T
		r.buf[r.start] = zero
		r.start = (r.start + 1) % len(r.buf)
		r.n--
		r.drops++
	}
	r.buf[(r.start+r.n)%len(r.buf)] = v
	r.n++
}

func (r *Ring[T]) Pop() (T, bool) {
	var zero T
	if r.n == 0 {
		return zero, false
	}
	v := r.buf[r.start]
	r.buf[r.start] = zero
	r.start = (r.start + 1) % len(r.buf)
	r.n--
	return v, true
}

func (r *Ring[T]) Each(f func(i int, v T)) {
	for i := 0; i < r.n; i++ {
		f(i, r.buf[(r.start+i)%len(r.buf)])
	}
}

func (r *Ring[T]) Len() int { return r.n }

type History struct {
	ring   Ring[*Message]
	nextID int
}

func NewHistory() *History {
	return &History{nextID: 100}
}

func (h *History) Say(from, body string) *Message {
	m := &Message{ID: h.nextID, From: from, Body: body}
	h.nextID++
	h.ring.Push(m)
	return m
}

func (h *History) Transcript() string {
	var sb strings.Builder
	h.ring.Each(func(i int, m *Message) {
		fmt.Fprintf(&sb, "%d. #%d <%s> %s\n", i+1, m.ID, m.From, m.Body)
	})
	return sb.String()
}

func main() {
	h := NewHistory()
	names := [...]string{"ann", "ben", "cat"}
	var last *Message
	for i := 0; i < 11; i++ {
		last = h.Say(names[i%len(names)], fmt.Sprintf("message %d", i))
	}
	fmt.Print(h.Transcript())
	fmt.Println("drops:", h.ring.drops, "len:", h.ring.Len(), "last:", last.ID)

	var ints Ring[int]
	for i := 1; i <= 5; i++ {
		ints.Push(i * i)
	}
	sum := 0
	for {
		v, ok := ints.Pop()
		if !ok {
			break
		}
		sum += v
	}
	fmt.Println("sum of squares:", sum)

	var words Ring[string]
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog again") {
		words.Push(w)
	}
	var got []string
	words.Each(func(_ int, w string) { got = append(got, strings.ToUpper(w)) })
	fmt.Println(strings.Join(got, "-"), words.drops)
	for h.ring.Len() > 6 {
		m, _ := h.ring.Pop()
		fmt.Println("popped", m.ID, m.From)
	}
}
