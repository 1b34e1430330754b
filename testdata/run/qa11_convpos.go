package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Value interface{}

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Store struct {
	data  map[string]Value
	log   []interface{}
	errs  []error
	ch    chan Value
	shape Shape
}

type opError struct {
	op  string
	key string
}

func (e opError) Error() string { return e.op + " " + e.key }

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func (s *Store) Put(k string, v int) {
	s.data[k] = v
	s.log = append(s.log, k, v, len(k) > 2)
	if v < 0 {
		s.errs = append(s.errs, opError{"put", k})
	}
}

func (s *Store) Send(vals ...int) {
	for _, v := range vals {
		select {
		case s.ch <- v:
		default:
			s.errs = append(s.errs, fmt.Errorf("drop %d", v))
		}
	}
}

func (s *Store) Compare(k string, want int) bool {
	return s.data[k] == want
}

func counts(m map[string]int) (Value, Value) {
	return lookup(m, "a")
}

func collect(xs ...interface{}) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprint(&b, x)
	}
	return b.String()
}

func pairs() (string, int) { return "p", 7 }

type result struct {
	val Value
	err error
	sh  Shape
}

func build(i int) result {
	if i%2 == 0 {
		return result{val: i * 100, sh: Rect{float64(i), 2}}
	}
	return result{err: opError{"build", fmt.Sprint(i)}, val: "odd"}
}

func main() {
	s := &Store{data: map[string]Value{}, ch: make(chan Value, 2)}
	s.Put("alpha", 1)
	s.Put("b", -2)
	s.Send(10, 20, 30)
	s.shape = Rect{3, 4}
	fmt.Println(len(s.log), len(s.errs), s.Compare("alpha", 1), s.Compare("b", 1))
	a, b := counts(map[string]int{"a": 500})
	fmt.Println(a, b)
	fmt.Println(collect(pairs()))
	fmt.Println(collect(1000, "x", 2.5, Rect{1, 1}))
	fmt.Println(lookup(map[string]int{"z": 1}, "z"))
	var out []result
	for i := 0; i < 4; i++ {
		out = append(out, build(i))
	}
	for _, r := range out {
		var oe opError
		fmt.Println(r.val, r.err, errors.As(r.err, &oe), r.sh != nil)
	}
	vals := map[string]interface{}{"n": 1000, "s": "str", "l": []int{1}, "m": map[string]int{"k": 1}}
	keys := make([]string, 0)
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", vals[k], " ")
	}
	fmt.Println()
	var x interface{} = 5000
	fmt.Println(x == 5000, x != "s", <-s.ch, <-s.ch)
	defer fmt.Println("deferred", 6000, Rect{2, 2})
	done := make(chan bool)
	go func(v Value, sh Shape) {
		fmt.Println("go", v, sh.Area())
		done <- true
	}(7000, Rect{1, 3})
	<-done
	var e error = opError{"main", "k"}
	switch e {
	case opError{"main", "k"}:
		fmt.Println("matched")
	}
	panicky := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered: %v", r)
			}
		}()
		panic(opError{"panic", "x"})
	}
	fmt.Println(panicky())
}
