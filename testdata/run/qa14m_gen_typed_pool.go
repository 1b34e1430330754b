// A typed wrapper over sync.Pool: Get asserts the pooled any back to T in
// generic code, Put boxes it; pools of slices reuse capacity.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

type TypedPool[T any] struct {
	p     sync.Pool
	reset func(T) T
	gets  int
	news  int
}

func NewTypedPool[T any](mk func() T, reset func(T) T) *TypedPool[T] {
	tp := &TypedPool[T]{reset: reset}
	tp.p.New = func() any {
		tp.news++
		return mk()
	}
	return tp
}

func (tp *TypedPool[T]) Get() T {
	tp.gets++
	return tp.p.Get().(T)
}

func (tp *TypedPool[T]) Put(v T) {
	if tp.reset != nil {
		v = tp.reset(v)
	}
	tp.p.Put(v)
}

func As[T any](v any) T { return v.(T) }

type scratch struct {
	words []string
	buf   bytes.Buffer
}

func wordsUpper(pool *TypedPool[*scratch], line string) string {
	s := pool.Get()
	defer pool.Put(s)
	s.words = append(s.words[:0], strings.Fields(line)...)
	for i, w := range s.words {
		if i > 0 {
			s.buf.WriteByte('_')
		}
		s.buf.WriteString(strings.ToUpper(w))
	}
	return s.buf.String()
}

func main() {
	sp := NewTypedPool(func() *scratch { return &scratch{words: make([]string, 0, 8)} },
		func(s *scratch) *scratch { s.buf.Reset(); s.words = s.words[:0]; return s })
	for _, l := range []string{"a b c", "hello pooled world", "x"} {
		fmt.Println(wordsUpper(sp, l))
	}
	fmt.Println("gets", sp.gets, "news>=1", sp.news >= 1)

	ip := NewTypedPool(func() []int { return make([]int, 0, 4) }, func(s []int) []int { return s[:0] })
	s := ip.Get()
	s = append(s, 1, 2, 3)
	fmt.Println(s, cap(s) >= 4)
	ip.Put(s)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(As[int](7))
		fmt.Println(As[string](42))
	}()
	fmt.Println("end")
}
