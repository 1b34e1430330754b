// An in-memory key-value store sharded by FNV hash: each shard is a map
// behind its own RWMutex; values are copied in and out; stats are atomic.
package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

const shardCount = 8

type entry struct {
	val     []byte
	version uint64
}

type shard struct {
	mu sync.RWMutex
	m  map[string]entry
}

type Store struct {
	shards  [shardCount]*shard
	version atomic.Uint64
	reads   atomic.Int64
	writes  atomic.Int64
	misses  atomic.Int64
}

var ErrNotFound = errors.New("not found")
var ErrConflict = errors.New("version conflict")

func NewStore() *Store {
	s := &Store{}
	for i := range s.shards {
		s.shards[i] = &shard{m: make(map[string]entry)}
	}
	return s
}

func (s *Store) shardFor(key string) *shard {
	h := fnv.New32a()
	h.Write([]byte(key))
	return s.shards[h.Sum32()%shardCount]
}

func (s *Store) Put(key string, val []byte) uint64 {
	sh := s.shardFor(key)
	cp := make([]byte, len(val))
	copy(cp, val)
	v := s.version.Add(1)
	sh.mu.Lock()
	sh.m[key] = entry{cp, v}
	sh.mu.Unlock()
	s.writes.Add(1)
	return v
}

func (s *Store) Get(key string) ([]byte, uint64, error) {
	sh := s.shardFor(key)
	s.reads.Add(1)
	sh.mu.RLock()
	e, ok := sh.m[key]
	sh.mu.RUnlock()
	if !ok {
		s.misses.Add(1)
		return nil, 0, fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	return append([]byte(nil), e.val...), e.version, nil
}

func (s *Store) CompareAndPut(key string, version uint64, val []byte) error {
	sh := s.shardFor(key)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	e, ok := sh.m[key]
	if !ok || e.version != version {
		return fmt.Errorf("cas %q at %d: %w", key, version, ErrConflict)
	}
	sh.m[key] = entry{append([]byte(nil), val...), s.version.Add(1)}
	s.writes.Add(1)
	return nil
}

func (s *Store) Keys(prefix string) []string {
	var out []string
	for _, sh := range s.shards {
		sh.mu.RLock()
		for k := range sh.m {
			if strings.HasPrefix(k, prefix) {
				out = append(out, k)
			}
		}
		sh.mu.RUnlock()
	}
	sort.Strings(out)
	return out
}

func (s *Store) ShardSizes() []int {
	sizes := make([]int, 0, shardCount)
	for _, sh := range s.shards {
		sh.mu.RLock()
		sizes = append(sizes, len(sh.m))
		sh.mu.RUnlock()
	}
	return sizes
}

func main() {
	st := NewStore()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			buf := make([]byte, 0, 16)
			for i := 0; i < 25; i++ {
				buf = append(buf[:0], fmt.Sprintf("w%d-v%d", w, i)...)
				st.Put(fmt.Sprintf("user:%d:%02d", w, i), buf)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(len(st.Keys("user:")), len(st.Keys("user:2:")), st.Keys("user:3:2"))
	total := 0
	for _, n := range st.ShardSizes() {
		total += n
	}
	fmt.Println(total, st.writes.Load(), st.version.Load())

	val, ver, err := st.Get("user:1:07")
	fmt.Println(string(val), ver > 0, err)
	val[0] = 'X' // a copy: the store is unaffected
	again, _, _ := st.Get("user:1:07")
	fmt.Println(string(again))
	_, _, err = st.Get("nobody")
	fmt.Println(err, errors.Is(err, ErrNotFound), st.misses.Load())

	fmt.Println(st.CompareAndPut("user:1:07", ver, []byte("new")))
	err = st.CompareAndPut("user:1:07", ver, []byte("stale"))
	fmt.Println(err != nil, errors.Is(err, ErrConflict))
	v, _, _ := st.Get("user:1:07")
	fmt.Println(string(v), st.reads.Load())
}
