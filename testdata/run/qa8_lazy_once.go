// Lazy initialization with sync.Once: a package-level pointer filled on
// first use by whichever goroutine gets there first, exactly once.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Dictionary struct {
	words map[string]struct{}
	built int
}

var (
	dictOnce sync.Once
	dict     *Dictionary
	builds   int
)

func loadDictionary() {
	builds++
	d := &Dictionary{words: make(map[string]struct{})}
	for _, w := range strings.Fields("alpha beta gamma delta epsilon zeta eta theta") {
		d.words[w] = struct{}{}
	}
	d.built = builds
	dict = d
}

func Lookup(w string) bool {
	dictOnce.Do(loadDictionary)
	_, ok := dict.words[w]
	return ok
}

type Service struct {
	once   sync.Once
	mu     sync.Mutex
	conns  []string
	inited bool
}

func (s *Service) init() {
	s.conns = make([]string, 0, 4)
	s.inited = true
}

func (s *Service) Connect(name string) int {
	s.once.Do(s.init)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.conns = append(s.conns, name)
	return len(s.conns)
}

func main() {
	var wg sync.WaitGroup
	results := make([]bool, 6)
	probe := []string{"beta", "omega", "zeta", "iota", "eta", "alpha"}
	for i := range probe {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = Lookup(probe[i])
		}(i)
	}
	wg.Wait()
	fmt.Println(results, "builds:", builds, dict.built)

	svc := &Service{}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			svc.Connect(fmt.Sprintf("c%d", n))
		}(i)
	}
	wg.Wait()
	sort.Strings(svc.conns)
	fmt.Println(svc.conns, svc.inited, cap(svc.conns))

	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("calls", calls)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var o sync.Once
		o.Do(func() { panic("init failed") })
	}()
}
