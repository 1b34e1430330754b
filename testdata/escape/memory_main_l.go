// errorcheck -0 -m -l

// A program as a new user writes it while learning where values live:
// constructors, a mutex-protected map, atomic counters, a sync.Pool of
// buffers, a worker pool, strings.Builder and preallocated slices.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type User struct {
	ID   int
	Name string
	Tags []string
}

func NewUser(id int, name string) *User { // ERROR "^leaking param: name$"
	return &User{ID: id, Name: name} // ERROR "^&User\{\.\.\.\} escapes to heap$"
}

type Store struct {
	mu    sync.Mutex
	users map[int]*User
}

func NewStore() *Store {
	return &Store{users: make(map[int]*User)} // ERROR "^&Store\{\.\.\.\} escapes to heap$" "^make\(map\[int\]\*User\) escapes to heap$"
}

func (s *Store) Put(u *User) { // ERROR "^leaking param: s$" "^leaking param: u$"
	s.mu.Lock()
	defer s.mu.Unlock()
	s.users[u.ID] = u
}

func (s *Store) Get(id int) (*User, bool) { // ERROR "^leaking param: s$"
	s.mu.Lock()
	u, ok := s.users[id]
	s.mu.Unlock()
	return u, ok
}

var requests int64

func handle(id int) {
	atomic.AddInt64(&requests, 1)
}

var bufPool = sync.Pool{
	New: func() interface{} { return new(bytes.Buffer) }, // ERROR "^new\(bytes\.Buffer\) escapes to heap$"
}

func render(u *User) string { // ERROR "^u does not escape$"
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset()
	b.WriteString(u.Name)
	s := b.String()
	bufPool.Put(b)
	return s
}

func squares(n int) []int {
	out := make([]int, 0, n) // ERROR "^make\(\[\]int, 0, n\) escapes to heap$"
	for i := 0; i < n; i++ {
		out = append(out, i*i)
	}
	return out
}

func joinNames(us []*User) string { // ERROR "^us does not escape$"
	var sb strings.Builder
	for i, u := range us {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(u.Name)
	}
	return sb.String()
}

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) { // ERROR "^jobs does not escape$" "^results does not escape$" "^leaking param: wg$"
	defer wg.Done()
	for j := range jobs {
		results <- j * 2
	}
}

type Padded struct {
	a bool
	b int64
	c bool
}

func main() {
	st := NewStore()
	for i := 0; i < 3; i++ {
		st.Put(NewUser(i, "u"))
	}
	u, _ := st.Get(1)
	fmt.Println(render(u)) // ERROR "^\.\.\. argument does not escape$" "^render\(u\) escapes to heap$"
	handle(1)
	fmt.Println(squares(4), joinNames([]*User{u})) // ERROR "^\.\.\. argument does not escape$" "^squares\(4\) escapes to heap$" "^joinNames\(\[\]\*User\{\.\.\.\}\) escapes to heap$" "^\[\]\*User\{\.\.\.\} does not escape$"

	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup // ERROR "^moved to heap: wg$"
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 0; j < 5; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	var p Padded
	fmt.Println(p.a, len(results), atomic.LoadInt64(&requests)) // ERROR "^\.\.\. argument does not escape$" "^p\.a escapes to heap$" "^len\(results\) escapes to heap$" "^atomic\.LoadInt64\(&requests\) escapes to heap$"
}
