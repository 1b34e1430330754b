// Resource cleanup with defer in loops: a deferred closure per opened
// resource reading a named error result, deferred method values, goroutines
// with per-iteration copies guarded by a mutex, deferred prints in order.
package main

import (
	"fmt"
	"os"
	"sync"
)

type Res struct {
	name   string
	closed bool
}

func (r *Res) Close() error {
	r.closed = true
	fmt.Println("close", r.name)
	return nil
}

func openAll(names []string) (rs []*Res, err error) {
	for _, n := range names {
		r := &Res{name: n}
		defer func() {
			if err != nil {
				r.Close()
			}
		}()
		if n == "bad" {
			return nil, fmt.Errorf("cannot open %q", n)
		}
		rs = append(rs, r)
	}
	return rs, nil
}

func process(rs []*Res) {
	for _, r := range rs {
		defer r.Close()
	}
	fmt.Println("processing", len(rs))
}

func parallel(rs []*Res) {
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]bool{}
	for _, r := range rs {
		wg.Add(1)
		r := r
		go func() {
			defer wg.Done()
			mu.Lock()
			defer mu.Unlock()
			seen[r.name] = true
		}()
	}
	wg.Wait()
	fmt.Println(len(seen))
}

func main() {
	_, err := openAll([]string{"a", "bad", "c"})
	fmt.Println(err)
	rs, _ := openAll([]string{"x", "y"})
	process(rs)
	parallel(rs)
	defer os.Stdout.Sync()
	for i := 0; i < 2; i++ {
		defer fmt.Println("deferred", i)
	}
}
