// Escape analysis corner cases from "why does this escape?" questions:
// pointers stored in slices/maps/channels, method values, interface
// method calls on addressable values, variadic ...interface{} arguments,
// closures in defer and go statements, returning slices of local arrays,
// large locals, and address-taken loop variables. The -m output is the
// point; the program prints only checksums.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type item struct {
	id   int
	name string
}

type store struct {
	byID  map[int]*item
	order []*item
	ch    chan *item
}

func (s *store) add(it *item) {
	s.byID[it.id] = it
	s.order = append(s.order, it)
}

func (it *item) label() string { return it.name + "#" + strconv.Itoa(it.id) }

func (it item) upper() string { return strings.ToUpper(it.name) }

type labeler interface{ label() string }

func describe(l labeler) string { return "<" + l.label() + ">" }

func sumVariadic(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func firstN(n int) []int {
	var buf [8]int
	for i := range buf {
		buf[i] = i * i
	}
	if n > len(buf) {
		n = len(buf)
	}
	return buf[:n]
}

func bigLocal() int {
	var grid [256][256]byte
	for i := range grid {
		grid[i][i] = 1
	}
	n := 0
	for i := range grid {
		n += int(grid[i][i])
	}
	return n
}

func hugeLocal() int {
	grid := make([]byte, 1<<20)
	grid[1000] = 7
	return int(grid[1000])
}

func addrOfLoopVar(xs []int) []*int {
	var out []*int
	for _, x := range xs {
		x := x
		out = append(out, &x)
	}
	return out
}

func withDefer(m *sync.Mutex, counter *int) {
	m.Lock()
	defer m.Unlock()
	msg := "counted"
	defer func() {
		if *counter < 0 {
			fmt.Println(msg)
		}
	}()
	*counter++
}

var errNeg = errors.New("negative")

func check(v int) error {
	if v < 0 {
		return fmt.Errorf("check %d: %w", v, errNeg)
	}
	return nil
}

type byName []*item

func (b byName) Len() int           { return len(b) }
func (b byName) Less(i, j int) bool { return b[i].name < b[j].name }
func (b byName) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	s := &store{byID: map[int]*item{}, ch: make(chan *item, 4)}
	for i, n := range []string{"kiwi", "apple", "fig"} {
		s.add(&item{i, n})
	}
	local := item{9, "lime"}
	s.ch <- &local
	got := <-s.ch
	fmt.Println(len(s.byID), got.label(), local.upper())

	f := local.label
	g := local.upper
	fmt.Println(f(), g(), describe(&local), describe(s.order[0]))

	sort.Sort(byName(s.order))
	names := make([]string, 0, len(s.order))
	for _, it := range s.order {
		names = append(names, it.name)
	}
	fmt.Println(strings.Join(names, ","))

	fmt.Println(sumVariadic(), sumVariadic(1, 2, 3), sumVariadic(firstN(5)...))
	fmt.Println(firstN(3), bigLocal(), hugeLocal())
	ps := addrOfLoopVar([]int{4, 5, 6})
	fmt.Println(*ps[0] + *ps[2])

	var mu sync.Mutex
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			withDefer(&mu, &count)
		}()
	}
	wg.Wait()
	fmt.Println(count)

	errs := 0
	for _, v := range []int{3, -1, 0, -7} {
		if err := check(v); errors.Is(err, errNeg) {
			errs++
		}
	}
	fmt.Println("errors:", errs)

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "[%d:%s]", i, s.order[i].name)
	}
	msg := sb.String()
	fmt.Println(msg, len(msg))
	pairs := map[string][2]int{"a": {1, 2}}
	pa := pairs["a"]
	pp := &pa
	pp[1] = 20
	fmt.Println(pairs["a"], *pp)
}
