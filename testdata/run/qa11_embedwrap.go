package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

type reverse struct {
	sort.Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

type nopCloser struct{ io.Reader }

func (nopCloser) Close() error { return nil }

type lockedMap struct {
	sync.Mutex
	m map[string]int
}

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b *base) Name() string { return b.name }

type Dog struct {
	*base
	breed string
}

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	base
	lives int
}

func (c *Cat) Sound() string { return "meow" }

type Loud struct {
	Animal
	times int
}

func (l Loud) Sound() string { return strings.Repeat(l.Animal.Sound()+"!", l.times) }

type errorList struct {
	errs []error
}

func (e *errorList) Error() string {
	parts := make([]string, len(e.errs))
	for i, x := range e.errs {
		parts[i] = x.Error()
	}
	return strings.Join(parts, "; ")
}

func (e *errorList) Is(target error) bool {
	for _, x := range e.errs {
		if errors.Is(x, target) {
			return true
		}
	}
	return false
}

var ErrA = errors.New("A")
var ErrB = errors.New("B")

type temporary interface{ Temporary() bool }

type netErr struct {
	msg  string
	temp bool
}

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return n.temp }

func isTemp(err error) bool {
	var t temporary
	return errors.As(err, &t) && t.Temporary()
}

func main() {
	words := []string{"ccc", "a", "bbbb", "dd"}
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	fmt.Println(words)
	ints := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	cr := &countingReader{Reader: strings.NewReader("some data here")}
	var rc io.ReadCloser = nopCloser{cr}
	data, _ := io.ReadAll(rc)
	fmt.Println(string(data), cr.n, rc.Close())
	lm := lockedMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			lm.Lock()
			lm.m[fmt.Sprint(i%3)]++
			lm.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(lm.m["0"], lm.m["1"], lm.m["2"])
	animals := []Animal{Dog{&base{"rex"}, "lab"}, &Cat{base{"tom"}, 9}, Loud{&Cat{base{"kit"}, 1}, 2}}
	for _, a := range animals {
		fmt.Printf("%s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	nameOf := Animal.Name
	soundOf := (*Cat).Sound
	fmt.Println(nameOf(animals[0]), soundOf(&Cat{}))
	el := &errorList{[]error{fmt.Errorf("x: %w", ErrA), &netErr{"timeout", true}}}
	var err error = el
	fmt.Println(err, errors.Is(err, ErrA), errors.Is(err, ErrB), isTemp(err), isTemp(el.errs[1]))
	wrapped := fmt.Errorf("op failed: %w", &netErr{"reset", false})
	fmt.Println(wrapped, isTemp(wrapped))
	var ne *netErr
	fmt.Println(errors.As(wrapped, &ne), ne.msg)
}
