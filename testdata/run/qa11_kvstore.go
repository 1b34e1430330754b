package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

type OpKind uint8

const (
	OpGet OpKind = iota + 1
	OpPut
	OpDel
)

type Request struct {
	Kind  OpKind
	Key   string
	Value string
	Reply chan Response
}

type Response struct {
	Value string
	Err   error
}

type Stats struct {
	gets, puts, dels, misses int64
}

func (s *Stats) Snapshot() map[string]int64 {
	return map[string]int64{
		"gets":   atomic.LoadInt64(&s.gets),
		"puts":   atomic.LoadInt64(&s.puts),
		"dels":   atomic.LoadInt64(&s.dels),
		"misses": atomic.LoadInt64(&s.misses),
	}
}

type shard struct {
	sync.RWMutex
	data map[string]string
}

type Store struct {
	shards [8]shard
	stats  Stats
	reqs   chan Request
	wg     sync.WaitGroup
	closed int32
}

var ErrMissing = errors.New("missing key")
var ErrClosed = errors.New("store closed")

type KeyError struct {
	Key string
	Err error
}

func (e *KeyError) Error() string { return "key " + e.Key + ": " + e.Err.Error() }
func (e *KeyError) Unwrap() error { return e.Err }

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func NewStore(workers int) *Store {
	s := &Store{reqs: make(chan Request, 16)}
	for i := range s.shards {
		s.shards[i].data = make(map[string]string)
	}
	for i := 0; i < workers; i++ {
		s.wg.Add(1)
		go s.worker(i)
	}
	return s
}

func (s *Store) shardFor(k string) *shard { return &s.shards[fnv(k)%uint32(len(s.shards))] }

func (s *Store) worker(id int) {
	defer s.wg.Done()
	for r := range s.reqs {
		r.Reply <- s.handle(r)
	}
}

func (s *Store) handle(r Request) Response {
	sh := s.shardFor(r.Key)
	switch r.Kind {
	case OpGet:
		atomic.AddInt64(&s.stats.gets, 1)
		sh.RLock()
		v, ok := sh.data[r.Key]
		sh.RUnlock()
		if !ok {
			atomic.AddInt64(&s.stats.misses, 1)
			return Response{Err: &KeyError{r.Key, ErrMissing}}
		}
		return Response{Value: v}
	case OpPut:
		atomic.AddInt64(&s.stats.puts, 1)
		sh.Lock()
		sh.data[r.Key] = r.Value
		sh.Unlock()
		return Response{}
	case OpDel:
		atomic.AddInt64(&s.stats.dels, 1)
		sh.Lock()
		_, ok := sh.data[r.Key]
		delete(sh.data, r.Key)
		sh.Unlock()
		if !ok {
			return Response{Err: &KeyError{r.Key, ErrMissing}}
		}
		return Response{}
	}
	return Response{Err: fmt.Errorf("bad op %d", r.Kind)}
}

func (s *Store) Do(kind OpKind, key, val string) (string, error) {
	if atomic.LoadInt32(&s.closed) == 1 {
		return "", ErrClosed
	}
	reply := make(chan Response, 1)
	s.reqs <- Request{Kind: kind, Key: key, Value: val, Reply: reply}
	r := <-reply
	return r.Value, r.Err
}

func (s *Store) Close() {
	if atomic.CompareAndSwapInt32(&s.closed, 0, 1) {
		close(s.reqs)
		s.wg.Wait()
	}
}

func (s *Store) Dump() string {
	var keys []string
	all := make(map[string]string)
	for i := range s.shards {
		sh := &s.shards[i]
		sh.RLock()
		for k, v := range sh.data {
			keys = append(keys, k)
			all[k] = v
		}
		sh.RUnlock()
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(all[k])
		b.WriteByte(';')
	}
	return b.String()
}

func main() {
	st := NewStore(4)
	var wg sync.WaitGroup
	var errCount int64
	for c := 0; c < 6; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				key := fmt.Sprintf("c%d/%02d", c, i%7)
				if _, err := st.Do(OpPut, key, strings.Repeat("v", i%4+1)); err != nil {
					panic(err)
				}
				if i%5 == 4 {
					if _, err := st.Do(OpDel, key, ""); err != nil {
						atomic.AddInt64(&errCount, 1)
					}
				}
			}
		}(c)
	}
	wg.Wait()
	_, err := st.Do(OpGet, "nope", "")
	var ke *KeyError
	fmt.Println(err, errors.Is(err, ErrMissing), errors.As(err, &ke), ke.Key)
	v, err := st.Do(OpGet, "c1/03", "")
	fmt.Printf("%q %v\n", v, err)
	_, err = st.Do(OpDel, "c5/06", "")
	fmt.Println("del:", err)
	snap := st.stats.Snapshot()
	names := make([]string, 0, len(snap))
	for k := range snap {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s=%d ", n, snap[n])
	}
	fmt.Println()
	d := st.Dump()
	fmt.Println(len(d), strings.Count(d, ";"))
	fmt.Println(d[:60])
	st.Close()
	st.Close()
	_, err = st.Do(OpGet, "x", "")
	fmt.Println(err, errCount)
}
