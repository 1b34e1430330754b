package main

import (
	"fmt"
	"hash/fnv"
	"sync"
)

type Result struct {
	Input string
	Hash  uint32
	Err   error
	Extra *[]int
}

type Task struct {
	idx   int
	input string
}

func hashOf(s string) (uint32, error) {
	if s == "" {
		return 0, fmt.Errorf("empty input")
	}
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32(), nil
}

func runPool(inputs []string, workers int) []Result {
	results := make([]Result, len(inputs))
	tasks := make(chan Task)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for t := range tasks {
				h, err := hashOf(t.input)
				r := &results[t.idx]
				r.Input, r.Hash, r.Err = t.input, h, err
				if err == nil && h%3 == 0 {
					ex := make([]int, 0, 4)
					for v := h; v > 0 && len(ex) < 4; v /= 1000 {
						ex = append(ex, int(v%1000))
					}
					r.Extra = &ex
				}
			}
		}(w)
	}
	for i, in := range inputs {
		tasks <- Task{i, in}
	}
	close(tasks)
	wg.Wait()
	return results
}

type stats struct {
	mu     sync.Mutex
	counts map[string]int
}

func (s *stats) add(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.counts == nil {
		s.counts = make(map[string]int)
	}
	s.counts[k]++
}

func main() {
	inputs := []string{"alpha", "", "gamma", "delta", "epsilon", "", "eta", "theta", "iota", "kappa"}
	res := runPool(inputs, 3)
	var st stats
	for i, r := range res {
		switch {
		case r.Err != nil:
			st.add("err")
			fmt.Printf("%d error: %v\n", i, r.Err)
		case r.Extra != nil:
			st.add("extra")
			fmt.Printf("%d %-8s %08x extra=%v\n", i, r.Input, r.Hash, *r.Extra)
		default:
			st.add("plain")
			fmt.Printf("%d %-8s %08x\n", i, r.Input, r.Hash)
		}
	}
	fmt.Println(st.counts["err"], st.counts["extra"], st.counts["plain"])
	again := runPool(inputs, 7)
	same := true
	for i := range res {
		if res[i].Hash != again[i].Hash {
			same = false
		}
	}
	fmt.Println("deterministic:", same)
}
