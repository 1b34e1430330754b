package main

import (
	"fmt"
	"strings"
	"sync"
)

type Counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	c.counts[k]++
	c.Unlock()
}

type Logger interface{ Log(string) }

type prefixLog struct {
	prefix string
	lines  *[]string
}

func (p prefixLog) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	*Counter
	name string
}

func (s *Service) Handle(reqs ...string) int {
	defer s.Log("done " + s.name)
	for _, r := range reqs {
		s.Inc(strings.ToLower(r))
	}
	return len(reqs)
}

type bigBuf struct{ data [70000]byte }

func useBig() int {
	var b bigBuf
	b.data[100] = 7
	local := [1024]int{}
	local[3] = 4
	s := make([]byte, 70000)
	s[1] = 2
	t := make([]int, 100)
	return int(b.data[100]) + local[3] + int(s[1]) + len(t)
}

func toUpperBytes(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func countBytes(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if c == 'a' {
			n++
		}
	}
	return n
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
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

func main() {
	var lines []string
	svc := &Service{Logger: prefixLog{"[svc] ", &lines}, Counter: &Counter{counts: map[string]int{}}, name: "api"}
	n := svc.Handle("GET", "get", "POST")
	handle := svc.Handle
	n += handle("put")
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go svc.Inc("async")
		wg.Done()
	}
	wg.Wait()
	svc.Lock()
	fmt.Println(n, len(svc.counts), svc.counts["get"])
	svc.Unlock()
	fmt.Println(lines)
	fmt.Println(useBig(), toUpperBytes("abcXyz"), countBytes("banana"))
	fmt.Println(classify(nil), classify(3), classify("s"), classify(fmt.Errorf("e%d", 1)), classify(2.5))
}
