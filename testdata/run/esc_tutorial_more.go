// More escape-analysis tutorial patterns: sync.Pool buffers, atomic
// counters, a mutex-protected cache, a worker pool, preallocated slices,
// errors wrapping, type switches, method values through interfaces,
// embedded types, bytes.Buffer, strconv, []byte/string conversions,
// arrays by value and by pointer, anonymous structs, copy.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
)

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func Render(id int, name string) string {
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString(name)
	b.WriteByte('#')
	b.WriteString(strconv.Itoa(id))
	s := b.String()
	bufPool.Put(b)
	return s
}

type Stats struct {
	hits, misses atomic.Int64
	total        int64
}

func (s *Stats) Hit()  { s.hits.Add(1); atomic.AddInt64(&s.total, 1) }
func (s *Stats) Miss() { s.misses.Add(1); atomic.AddInt64(&s.total, 1) }

type Cache struct {
	mu    sync.RWMutex
	items map[string][]byte
	stats *Stats
}

func NewCache() *Cache { return &Cache{items: make(map[string][]byte), stats: &Stats{}} }

func (c *Cache) Get(k string) ([]byte, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.items[k]
	if ok {
		c.stats.Hit()
	} else {
		c.stats.Miss()
	}
	return v, ok
}

func (c *Cache) Put(k string, v []byte) {
	c.mu.Lock()
	c.items[k] = v
	c.mu.Unlock()
}

var ErrNotFound = errors.New("not found")

type LookupError struct {
	Key string
	Err error
}

func (e *LookupError) Error() string { return "lookup " + e.Key + ": " + e.Err.Error() }
func (e *LookupError) Unwrap() error { return e.Err }

func Find(c *Cache, k string) ([]byte, error) {
	if v, ok := c.Get(k); ok {
		return v, nil
	}
	return nil, &LookupError{k, ErrNotFound}
}

func Wrap(err error, op string) error { return fmt.Errorf("%s: %w", op, err) }

func Kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Animal interface{ Sound() string }

type Base struct{ name string }

func (b Base) Describe() string { return "I am " + b.name }

type Dog struct {
	Base
	tricks []string
}

func (d *Dog) Sound() string { return d.name + " says woof" }

func Chorus(as []Animal) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		f := a.Sound
		out = append(out, f())
	}
	return out
}

type job struct {
	id  int
	arg [4]int
}

func Workers(n int, jobs []job) []int {
	in := make(chan job)
	res := make(chan [2]int, len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				s := 0
				for _, a := range j.arg {
					s += a
				}
				res <- [2]int{j.id, s}
			}
		}()
	}
	for _, j := range jobs {
		in <- j
	}
	close(in)
	wg.Wait()
	close(res)
	out := make([]int, len(jobs))
	for r := range res {
		out[r[0]] = r[1]
	}
	return out
}

func Squares(n int) []int {
	s := make([]int, 0, 16) // constant capacity: may stay on the stack
	for i := 0; i < n; i++ {
		s = append(s, i*i)
	}
	total := 0
	for _, v := range s {
		total += v
	}
	return []int{total, len(s)}
}

func ArrayByValue(a [8]int) int { a[0] = 100; return a[0] + a[7] }
func ArrayByPtr(a *[8]int) int  { a[0] = 100; return a[0] + a[7] }

func Bytes(s string) (int, string) {
	b := []byte(s)
	b[0] = 'X'
	t := string(b)
	n := copy(b, "yy")
	return n, t + string(b[:2])
}

func main() {
	fmt.Println(Render(1, "a"), Render(2, "bb"))
	c := NewCache()
	c.Put("k", []byte("v"))
	v, err := Find(c, "k")
	fmt.Println(string(v), err)
	_, err = Find(c, "z")
	werr := Wrap(err, "get")
	var le *LookupError
	fmt.Println(werr, errors.Is(werr, ErrNotFound), errors.As(werr, &le), le.Key)
	fmt.Println(c.stats.hits.Load(), c.stats.misses.Load(), atomic.LoadInt64(&c.stats.total))
	fmt.Println(Kind(nil), Kind(3), Kind("s"), Kind(err), Kind(2.5))
	d := &Dog{Base{"rex"}, []string{"sit"}}
	fmt.Println(d.Describe(), Chorus([]Animal{d, &Dog{Base: Base{"fido"}}}))
	fmt.Println(Workers(3, []job{{0, [4]int{1, 2, 3, 4}}, {1, [4]int{5}}, {2, [4]int{}}}))
	fmt.Println(Squares(5))
	arr := [8]int{1, 2, 3, 4, 5, 6, 7, 8}
	fmt.Println(ArrayByValue(arr), arr[0], ArrayByPtr(&arr), arr[0])
	fmt.Println(Bytes("hello"))
	pt := struct {
		X, Y int
		Tag  string
	}{1, 2, "anon"}
	fmt.Printf("%+v\n", pt)
	fmt.Fprintln(os.Stderr, "done")
}
