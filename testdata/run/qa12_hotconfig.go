// Hot-reloaded configuration: atomic.Value holding an immutable
// snapshot, readers under an RWMutex-protected registry, sync.Once lazy
// defaults, and atomic.Int64/Uint32/Bool counters.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type Snapshot struct {
	Version  int
	Limits   map[string]int
	Features []string
}

func (s *Snapshot) Enabled(f string) bool {
	i := sort.SearchStrings(s.Features, f)
	return i < len(s.Features) && s.Features[i] == f
}

type Store struct {
	cur      atomic.Value // *Snapshot
	reloads  atomic.Int64
	readers  atomic.Uint32
	frozen   atomic.Bool
	mu       sync.RWMutex
	watchers map[string]func(old, new *Snapshot)
}

var (
	defaultsOnce sync.Once
	defaults     *Snapshot
)

func Defaults() *Snapshot {
	defaultsOnce.Do(func() {
		defaults = &Snapshot{Version: 0, Limits: map[string]int{"rps": 10}, Features: []string{"basic"}}
	})
	return defaults
}

func NewStore() *Store {
	s := &Store{watchers: make(map[string]func(old, new *Snapshot))}
	s.cur.Store(Defaults())
	return s
}

func (s *Store) Load() *Snapshot {
	s.readers.Add(1)
	return s.cur.Load().(*Snapshot)
}

func (s *Store) Watch(name string, f func(old, new *Snapshot)) {
	s.mu.Lock()
	s.watchers[name] = f
	s.mu.Unlock()
}

func (s *Store) Reload(text string) error {
	if s.frozen.Load() {
		return fmt.Errorf("store frozen at version %d", s.Load().Version)
	}
	old := s.Load()
	next := &Snapshot{Version: old.Version + 1, Limits: map[string]int{}}
	for k, v := range old.Limits {
		next.Limits[k] = v
	}
	for _, line := range strings.Split(text, ";") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "+"):
			next.Features = append(next.Features, line[1:])
		case strings.Contains(line, "="):
			k, v, _ := strings.Cut(line, "=")
			var n int
			if _, err := fmt.Sscanf(v, "%d", &n); err != nil {
				return fmt.Errorf("limit %s: %v", k, err)
			}
			next.Limits[k] = n
		default:
			return fmt.Errorf("bad directive %q", line)
		}
	}
	sort.Strings(next.Features)
	s.cur.Store(next)
	s.reloads.Add(1)
	s.mu.RLock()
	names := make([]string, 0, len(s.watchers))
	for n := range s.watchers {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		s.watchers[n](old, next)
	}
	s.mu.RUnlock()
	return nil
}

func main() {
	s := NewStore()
	var events []string
	s.Watch("audit", func(o, n *Snapshot) {
		events = append(events, fmt.Sprintf("audit v%d->v%d", o.Version, n.Version))
	})
	s.Watch("limits", func(o, n *Snapshot) {
		if o.Limits["rps"] != n.Limits["rps"] {
			events = append(events, fmt.Sprintf("rps %d->%d", o.Limits["rps"], n.Limits["rps"]))
		}
	})
	for _, cfg := range []string{"rps=20; +search", "+export;burst=5", "rps=x", "what", "rps=20"} {
		if err := s.Reload(cfg); err != nil {
			fmt.Println("reload error:", err)
		}
	}
	var wg sync.WaitGroup
	var seen [8]int
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			snap := s.Load()
			if snap.Enabled("search") {
				seen[i] = snap.Version
			}
		}(i)
	}
	wg.Wait()
	s.frozen.Store(true)
	fmt.Println(s.Reload("+late"))
	cur := s.Load()
	keys := make([]string, 0)
	for k := range cur.Limits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, cur.Limits[k])
	}
	fmt.Println(cur.Features, cur.Enabled("export"), cur.Enabled("basic"))
	fmt.Println(events)
	fmt.Println("seen", seen, "reloads", s.reloads.Load(), "reads>10", s.readers.Load() > 10, Defaults() == defaults)
}
