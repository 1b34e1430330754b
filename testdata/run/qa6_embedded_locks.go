// Embedding locks: a session table that embeds *sync.RWMutex (shared with
// a sibling table), a counter embedding sync.Mutex, and both handed to code
// that only wants a sync.Locker.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type Session struct {
	User  string
	Hits  int
	Admin bool
}

type SessionTable struct {
	*sync.RWMutex
	byID map[int]*Session
}

type AuditLog struct {
	*sync.RWMutex
	lines []string
}

type Tally struct {
	sync.Mutex
	counts map[string]int
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func (t SessionTable) Touch(id int, user string) *Session {
	s, ok := t.byID[id]
	if !ok {
		s = &Session{User: user}
		t.byID[id] = s
	}
	s.Hits++
	return s
}

func (t SessionTable) Users() []string {
	t.RLock()
	defer t.RUnlock()
	out := make([]string, 0, len(t.byID))
	for _, s := range t.byID {
		out = append(out, fmt.Sprintf("%s:%d", s.User, s.Hits))
	}
	sort.Strings(out)
	return out
}

func main() {
	shared := &sync.RWMutex{}
	table := SessionTable{RWMutex: shared, byID: make(map[int]*Session)}
	audit := AuditLog{RWMutex: shared}
	tally := &Tally{counts: map[string]int{}}

	var wg sync.WaitGroup
	users := []string{"ann", "bob", "ann", "cy", "bob", "ann"}
	for i, u := range users {
		wg.Add(1)
		go func(id int, user string) {
			defer wg.Done()
			withLock(table, func() {
				table.Touch(int(user[0]), user)
				audit.lines = append(audit.lines, fmt.Sprintf("touch %d", id))
			})
			withLock(tally, func() { tally.counts[user]++ })
		}(i, u)
	}
	wg.Wait()

	fmt.Println(table.Users())
	audit.RLock()
	fmt.Println(len(audit.lines), "audit lines")
	audit.RUnlock()

	keys := make([]string, 0, len(tally.counts))
	for k := range tally.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, tally.counts[k])
	}
	fmt.Println()

	var locks []sync.Locker
	locks = append(locks, table, audit, tally, shared.RLocker())
	for i, l := range locks {
		if i == 3 {
			l.Lock()
			l.Unlock()
			continue
		}
		withLock(l, func() {})
	}
	fmt.Println("locked and unlocked", len(locks), "lockers")
}
