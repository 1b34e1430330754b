// errorcheck -0 -m

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

func NewUser(id int, name string) *User { // ERROR "^can inline NewUser$" "^leaking param: name$"
	return &User{ID: id, Name: name} // ERROR "^&User\{\.\.\.\} escapes to heap$"
}

type Store struct {
	mu    sync.Mutex
	users map[int]*User
}

func NewStore() *Store { // ERROR "^can inline NewStore$"
	return &Store{users: make(map[int]*User)} // ERROR "^&Store\{\.\.\.\} escapes to heap$" "^make\(map\[int\]\*User\) escapes to heap$"
}

func (s *Store) Put(u *User) { // ERROR "^leaking param: s$" "^leaking param: u$"
	s.mu.Lock() // ERROR "^inlining call to sync\.\(\*Mutex\)\.Lock$"
	defer s.mu.Unlock()
	s.users[u.ID] = u
}

func (s *Store) Get(id int) (*User, bool) { // ERROR "^leaking param: s$"
	s.mu.Lock() // ERROR "^inlining call to sync\.\(\*Mutex\)\.Lock$"
	u, ok := s.users[id]
	s.mu.Unlock() // ERROR "^inlining call to sync\.\(\*Mutex\)\.Unlock$"
	return u, ok
}

var requests int64

func handle(id int) { // ERROR "^can inline handle$"
	atomic.AddInt64(&requests, 1)
}

var bufPool = sync.Pool{
	New: func() interface{} { return new(bytes.Buffer) }, // ERROR "^can inline glob\.\.func1$" "^new\(bytes\.Buffer\) escapes to heap$"
}

func render(u *User) string { // ERROR "^u does not escape$"
	b := bufPool.Get().(*bytes.Buffer)
	b.Reset() // ERROR "^inlining call to bytes\.\(\*Buffer\)\.Reset$" "^render ignoring self-assignment in bytes\.b\.buf = bytes\.b\.buf\[:int\(0\)\]$"
	b.WriteString(u.Name)
	s := b.String() // ERROR "^inlining call to bytes\.\(\*Buffer\)\.String$" "^string\(bytes\.b\.buf\[bytes\.b\.off:\]\) escapes to heap$"
	bufPool.Put(b)
	return s
}

func squares(n int) []int { // ERROR "^can inline squares$"
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
			sb.WriteByte(',') // ERROR "^inlining call to strings\.\(\*Builder\)\.WriteByte$" "^inlining call to strings\.\(\*Builder\)\.copyCheck$" "^inlining call to strings\.noescape$" "^\(interface \{\}\)\(string\(.strings: illegal use of non-zero Builder copied by value.\)\) escapes to heap$"
		}
		sb.WriteString(u.Name) // ERROR "^inlining call to strings\.\(\*Builder\)\.WriteString$" "^inlining call to strings\.\(\*Builder\)\.copyCheck$" "^inlining call to strings\.noescape$" "^\(interface \{\}\)\(string\(.strings: illegal use of non-zero Builder copied by value.\)\) escapes to heap$"
	}
	return sb.String() // ERROR "^inlining call to strings\.\(\*Builder\)\.String$"
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
	st := NewStore() // ERROR "^inlining call to NewStore$" "^&Store\{\.\.\.\} escapes to heap$" "^make\(map\[int\]\*User\) escapes to heap$"
	for i := 0; i < 3; i++ {
		st.Put(NewUser(i, "u")) // ERROR "^inlining call to NewUser$" "^&User\{\.\.\.\} escapes to heap$"
	}
	u, _ := st.Get(1)
	fmt.Println(render(u)) // ERROR "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^render\(u\) escapes to heap$"
	handle(1) // ERROR "^inlining call to handle$"
	fmt.Println(squares(4), joinNames([]*User{u})) // ERROR "^inlining call to squares$" "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^~R0 escapes to heap$" "^make\(\[\]int, 0, n\) escapes to heap$" "^joinNames\(\[\]\*User\{\.\.\.\}\) escapes to heap$" "^\[\]\*User\{\.\.\.\} does not escape$"

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
	fmt.Println(p.a, len(results), atomic.LoadInt64(&requests)) // ERROR "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^p\.a escapes to heap$" "^len\(results\) escapes to heap$" "^atomic\.LoadInt64\(&requests\) escapes to heap$"
}
