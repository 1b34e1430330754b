// Event sourcing in memory: an append-only log of typed events (an
// interface with several concrete types), projections rebuilt by
// replaying the log, snapshots that copy state (deep vs shallow copy
// pitfalls with maps and slices), and compaction that lets old events be
// collected. Output is the projections, sorted.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Event interface {
	Apply(s *State) error
	Kind() string
}

type Opened struct {
	Account string
	Owner   string
}

type Deposited struct {
	Account string
	Amount  int
}

type Withdrawn struct {
	Account string
	Amount  int
}

type Tagged struct {
	Account string
	Tags    []string
}

type Account struct {
	Owner   string
	Balance int
	Tags    []string
	History []int
}

type State struct {
	Accounts map[string]*Account
	Applied  int
}

var (
	ErrUnknown   = errors.New("unknown account")
	ErrOverdrawn = errors.New("insufficient funds")
	ErrExists    = errors.New("account exists")
)

func (e Opened) Kind() string    { return "opened" }
func (e Deposited) Kind() string { return "deposited" }
func (e Withdrawn) Kind() string { return "withdrawn" }
func (e Tagged) Kind() string    { return "tagged" }

func (e Opened) Apply(s *State) error {
	if _, ok := s.Accounts[e.Account]; ok {
		return fmt.Errorf("open %s: %w", e.Account, ErrExists)
	}
	s.Accounts[e.Account] = &Account{Owner: e.Owner}
	return nil
}

func (e Deposited) Apply(s *State) error {
	a, ok := s.Accounts[e.Account]
	if !ok {
		return fmt.Errorf("deposit %s: %w", e.Account, ErrUnknown)
	}
	a.Balance += e.Amount
	a.History = append(a.History, e.Amount)
	return nil
}

func (e Withdrawn) Apply(s *State) error {
	a, ok := s.Accounts[e.Account]
	if !ok {
		return fmt.Errorf("withdraw %s: %w", e.Account, ErrUnknown)
	}
	if a.Balance < e.Amount {
		return fmt.Errorf("withdraw %d from %s (balance %d): %w", e.Amount, e.Account, a.Balance, ErrOverdrawn)
	}
	a.Balance -= e.Amount
	a.History = append(a.History, -e.Amount)
	return nil
}

func (e Tagged) Apply(s *State) error {
	a, ok := s.Accounts[e.Account]
	if !ok {
		return fmt.Errorf("tag %s: %w", e.Account, ErrUnknown)
	}
	a.Tags = append(a.Tags, e.Tags...)
	return nil
}

type Store struct {
	log      []Event
	rejected []error
	base     *State // snapshot the log starts after (compaction)
}

func NewState() *State { return &State{Accounts: map[string]*Account{}} }

func (st *Store) Append(s *State, e Event) {
	if err := e.Apply(s); err != nil {
		st.rejected = append(st.rejected, err)
		return
	}
	s.Applied++
	st.log = append(st.log, e)
}

func (st *Store) Replay() *State {
	s := NewState()
	if st.base != nil {
		s = DeepCopy(st.base)
	}
	for _, e := range st.log {
		if err := e.Apply(s); err != nil {
			panic(err) // the log only holds applied events
		}
		s.Applied++
	}
	return s
}

func ShallowCopy(s *State) *State {
	c := &State{Accounts: make(map[string]*Account, len(s.Accounts)), Applied: s.Applied}
	for k, v := range s.Accounts {
		c.Accounts[k] = v // shares the *Account
	}
	return c
}

func DeepCopy(s *State) *State {
	c := &State{Accounts: make(map[string]*Account, len(s.Accounts)), Applied: s.Applied}
	for k, v := range s.Accounts {
		a := *v
		a.Tags = append([]string(nil), v.Tags...)
		a.History = append([]int(nil), v.History...)
		c.Accounts[k] = &a
	}
	return c
}

func (st *Store) Compact(s *State) int {
	n := len(st.log)
	st.base = DeepCopy(s)
	st.log = nil // old events are now garbage
	return n
}

func describe(s *State) string {
	keys := make([]string, 0, len(s.Accounts))
	for k := range s.Accounts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		a := s.Accounts[k]
		fmt.Fprintf(&b, "%s(%s)=%d%v ", k, a.Owner, a.Balance, a.Tags)
	}
	fmt.Fprintf(&b, "applied=%d", s.Applied)
	return b.String()
}

func main() {
	st := &Store{}
	live := NewState()
	events := []Event{
		Opened{"acc1", "ann"},
		Opened{"acc2", "bob"},
		Deposited{"acc1", 100},
		Deposited{"acc2", 50},
		Withdrawn{"acc1", 30},
		Withdrawn{"acc2", 80},
		Opened{"acc1", "eve"},
		Tagged{"acc1", []string{"vip"}},
		Deposited{"acc3", 5},
	}
	for _, e := range events {
		st.Append(live, e)
	}
	fmt.Println("live:  ", describe(live))
	fmt.Println("replay:", describe(st.Replay()))
	for _, err := range st.rejected {
		fmt.Printf("rejected: %v [unknown=%v overdrawn=%v exists=%v]\n", err,
			errors.Is(err, ErrUnknown), errors.Is(err, ErrOverdrawn), errors.Is(err, ErrExists))
	}

	shallow := ShallowCopy(live)
	deep := DeepCopy(live)
	st.Append(live, Deposited{"acc1", 1})
	st.Append(live, Tagged{"acc2", []string{"new"}})
	fmt.Println("shallow:", describe(shallow))
	fmt.Println("deep:   ", describe(deep))

	kinds := map[string]int{}
	for _, e := range st.log {
		kinds[e.Kind()]++
	}
	var ks []string
	for k, v := range kinds {
		ks = append(ks, fmt.Sprintf("%s:%d", k, v))
	}
	sort.Strings(ks)
	fmt.Println("log:", len(st.log), strings.Join(ks, " "))

	dropped := st.Compact(live)
	st.Append(live, Withdrawn{"acc2", 10})
	fmt.Println("compacted", dropped, "events; log now", len(st.log))
	fmt.Println("replay after compaction:", describe(st.Replay()))
	fmt.Println("history acc1:", live.Accounts["acc1"].History, "acc2:", live.Accounts["acc2"].History)

	var e Event = Deposited{"x", 1}
	switch ev := e.(type) {
	case Opened, Tagged:
		fmt.Println("structural", ev.Kind())
	case Deposited:
		fmt.Println("money in:", ev.Amount, ev.Account)
	}
}
