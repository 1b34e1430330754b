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
	cfg      atomic.Value // *Config
	served   atomic.Int64
	rejected atomic.Int64
	reloads  atomic.Uint32
	closed   atomic.Bool
}

func (s *Server) Reload(v int, limits map[string]int, banned ...string) {
	c := &Config{Version: v, Limits: limits, Banned: append([]string(nil), banned...)}
	sort.Strings(c.Banned)
	s.cfg.Store(c)
	s.reloads.Add(1)
}

func (s *Server) config() *Config { return s.cfg.Load().(*Config) }

func (s *Server) Handle(user string, n int) bool {
	if s.closed.Load() {
		return false
	}
	c := s.config()
	if i := sort.SearchStrings(c.Banned, user); i < len(c.Banned) && c.Banned[i] == user {
		s.rejected.Add(1)
		return false
	}
	if lim, ok := c.Limits[user]; ok && n > lim {
		s.rejected.Add(1)
		return false
	}
	s.served.Add(1)
	return true
}

func main() {
	var s Server
	fmt.Println("before store:", s.cfg.Load() == nil)
	s.Reload(1, map[string]int{"ann": 5}, "mallory")
	users := []string{"ann", "bob", "mallory", "eve"}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				s.Handle(users[(w+i)%len(users)], i%10)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("v1 served", s.served.Load(), "rejected", s.rejected.Load())
	old := s.config()
	s.Reload(2, map[string]int{}, "eve", "mallory")
	fmt.Println("old snapshot intact:", old.Version, old.Banned, s.config().Version, s.config().Banned)
	s.served.Store(0)
	s.rejected.Store(0)
	for i := 0; i < 40; i++ {
		s.Handle(users[i%4], i)
	}
	fmt.Println("v2 served", s.served.Load(), "rejected", s.rejected.Load(), "reloads", s.reloads.Load())
	fmt.Println(s.closed.CompareAndSwap(false, true), s.closed.CompareAndSwap(false, true), s.Handle("ann", 0))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s.cfg.Store(strings.NewReader("x"))
	}()
	var v atomic.Value
	fmt.Println(v.CompareAndSwap(nil, 1), v.Swap(2), v.Load())
}
