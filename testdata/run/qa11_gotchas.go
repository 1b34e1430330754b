package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // non-nil interface holding nil pointer when !fail
}

func mayFailCorrect(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Item struct {
	ID   int
	Name string
}

func pointersToRange(items []Item) []*Item {
	var out []*Item
	for _, it := range items {
		out = append(out, &it)
	}
	return out
}

func pointersToIndex(items []Item) []*Item {
	var out []*Item
	for i := range items {
		out = append(out, &items[i])
	}
	return out
}

func aliasing() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println("alias:", b[3], c[3], len(a), &b[0] == &c[0])
	d := a[:2:2]
	e := append(d, 6)
	fmt.Println("full slice expr:", a[2], e[2], cap(d))
}

func builderCopy() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	var b strings.Builder
	b.WriteString("x")
	c := b
	c.WriteString("y")
	return nil
}

func deferOrder() (s string) {
	for i := 0; i < 3; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	for i := 0; i < 3; i++ {
		defer func(i int) { s += fmt.Sprint(i) }(i)
	}
	return "r"
}

func mapMutation() int {
	m := map[int]bool{}
	for i := 0; i < 10; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	return len(m)
}

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c Counter) IncByValue() { c.mu.Lock(); c.n++; c.mu.Unlock() }
func (c *Counter) Inc()       { c.mu.Lock(); c.n++; c.mu.Unlock() }

func nilThings() {
	var s []int
	e := []int{}
	var m map[string]int
	fmt.Println(s == nil, e == nil, len(s), cap(e), m == nil, m["x"], len(m))
	for range s {
		fmt.Println("never")
	}
	s = append(s, 1)
	fmt.Println(s, fmt.Sprintf("%v|%v|%d", []int(nil), []string{}, len(e)))
	var ip *int
	var iface interface{} = ip
	fmt.Println(iface == nil, ip == nil, iface.(*int) == nil)
	var ch chan int
	select {
	case v := <-ch:
		fmt.Println("never", v)
	default:
		fmt.Println("nil chan blocks")
	}
}

func stringIter() {
	s := "aé世"
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], " ")
	}
	fmt.Println()
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(s), strings.Count(s, "")-1)
	b := []byte(s)
	b[0] = 'A'
	fmt.Println(s, string(b))
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	var me *MyErr
	fmt.Println(errors.As(mayFail(true), &me), me.msg, mayFailCorrect(false) == nil)
	items := []Item{{1, "a"}, {2, "b"}, {3, "c"}}
	r := pointersToRange(items)
	x := pointersToIndex(items)
	fmt.Println(r[0].ID, r[2].ID, r[0] == r[1], x[0].ID, x[2].ID)
	aliasing()
	fmt.Println("builder:", builderCopy())
	fmt.Println("defers:", deferOrder())
	fmt.Println("map left:", mapMutation())
	var c Counter
	c.IncByValue()
	c.Inc()
	fmt.Println("counter:", c.n)
	nilThings()
	stringIter()
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println("total", total)
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	sl := arr[:]
	sl[1] = 200
	fmt.Println(arr, arr2)
	type S struct{ v []int }
	s1 := S{[]int{1, 2}}
	s2 := s1
	s2.v[0] = 99
	fmt.Println(s1.v, s2.v)
}
