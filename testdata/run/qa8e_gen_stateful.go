package main

import (
	"fmt"
	"strings"
)

type State interface {
	~string
}

type Machine[S State, E comparable] struct {
	current S
	rules   map[S]map[E]S
	onEnter map[S]func(from S)
	trail   []S
}

func NewMachine[S State, E comparable](start S) *Machine[S, E] {
	return &Machine[S, E]{current: start, rules: map[S]map[E]S{}, onEnter: map[S]func(S){}}
}

func (m *Machine[S, E]) Rule(from S, ev E, to S) *Machine[S, E] {
	if m.rules[from] == nil {
		m.rules[from] = map[E]S{}
	}
	m.rules[from][ev] = to
	return m
}

func (m *Machine[S, E]) OnEnter(s S, f func(from S)) { m.onEnter[s] = f }

func (m *Machine[S, E]) Fire(ev E) error {
	to, ok := m.rules[m.current][ev]
	if !ok {
		return fmt.Errorf("%v: no rule for %v", m.current, ev)
	}
	from := m.current
	m.trail = append(m.trail, from)
	m.current = to
	if f := m.onEnter[to]; f != nil {
		f(from)
	}
	return nil
}

func (m *Machine[S, E]) Trail() string {
	parts := make([]string, 0, len(m.trail)+1)
	for _, s := range m.trail {
		parts = append(parts, string(s))
	}
	return strings.Join(append(parts, string(m.current)), " -> ")
}

type Door string
type DoorEvent int

const (
	Open DoorEvent = iota
	Close
	Lock
	Unlock
)

func (e DoorEvent) String() string { return [...]string{"open", "close", "lock", "unlock"}[e] }

type Phase string

func main() {
	d := NewMachine[Door, DoorEvent]("closed")
	d.Rule("closed", Open, "opened").Rule("opened", Close, "closed").Rule("closed", Lock, "locked").Rule("locked", Unlock, "closed")
	log := []string{}
	d.OnEnter("locked", func(from Door) { log = append(log, "locked from "+string(from)) })
	d.OnEnter("opened", func(from Door) { log = append(log, "welcome") })
	for _, ev := range []DoorEvent{Open, Lock, Close, Lock, Open, Unlock, Open} {
		if err := d.Fire(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(d.Trail())
	fmt.Println(log)
	p := NewMachine[Phase, string]("new")
	p.Rule("new", "start", "running").Rule("running", "pause", "paused").Rule("paused", "start", "running").Rule("running", "stop", "done")
	for _, ev := range strings.Fields("start pause start stop start") {
		if err := p.Fire(ev); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(p.Trail(), len(p.rules))
}
