// Hot-reloadable configuration: readers load an atomic.Pointer[Config]
// snapshot without locks while a writer swaps in new versions; a sync.Map
// caches per-route limits with LoadOrStore; counters are atomic.Uint64.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Config struct {
	Version int
	Limits  map[string]int
	Banned  []string
}

type Server struct {
	cfg      atomic.Pointer[Config]
	routes   sync.Map
	served   atomic.Uint64
	rejected atomic.Uint64
}

func (s *Server) Reload(version int, limits map[string]int, banned ...string) {
	c := &Config{Version: version, Limits: limits, Banned: banned}
	s.cfg.Store(c)
	s.routes.Range(func(k, v any) bool {
		s.routes.Delete(k)
		return true
	})
}

func (s *Server) limitFor(route string) int {
	if v, ok := s.routes.Load(route); ok {
		return v.(int)
	}
	c := s.cfg.Load()
	lim, ok := c.Limits[route]
	if !ok {
		lim = c.Limits["*"]
	}
	actual, _ := s.routes.LoadOrStore(route, lim)
	return actual.(int)
}

func (s *Server) Handle(route, user string, size int) bool {
	c := s.cfg.Load()
	for _, b := range c.Banned {
		if b == user {
			s.rejected.Add(1)
			return false
		}
	}
	if size > s.limitFor(route) {
		s.rejected.Add(1)
		return false
	}
	s.served.Add(1)
	return true
}

func (s *Server) cached() []string {
	var out []string
	s.routes.Range(func(k, v any) bool {
		out = append(out, fmt.Sprintf("%v:%v", k, v))
		return true
	})
	sort.Strings(out)
	return out
}

func main() {
	s := &Server{}
	s.Reload(1, map[string]int{"/upload": 100, "*": 10})
	routes := []string{"/upload", "/home", "/api"}
	users := []string{"ann", "bob", "eve"}
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				s.Handle(routes[(w+i)%3], users[i%3], (i*7)%120)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("v1 served", s.served.Load(), "rejected", s.rejected.Load())
	fmt.Println(strings.Join(s.cached(), " "))

	s.Reload(2, map[string]int{"*": 50}, "eve")
	s.served.Store(0)
	s.rejected.Store(0)
	for i := 0; i < 30; i++ {
		s.Handle(routes[i%3], users[i%3], i*3)
	}
	fmt.Println("v2 served", s.served.Load(), "rejected", s.rejected.Load(), "version", s.cfg.Load().Version)
	fmt.Println(strings.Join(s.cached(), " "))
	old := s.cfg.Swap(&Config{Version: 3})
	fmt.Println(old.Version, old.Banned, s.cfg.Load().Limits == nil)
}
