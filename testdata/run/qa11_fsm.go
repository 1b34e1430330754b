package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
	numStates
)

var stateNames = [...]string{"Idle", "Running", "Paused", "Stopped"}

func (s State) String() string {
	if s < 0 || s >= numStates {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event string

type transitionKey struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	table   map[transitionKey]func() (State, error)
	onEnter map[State][]func(from State)
	history []string
	ticks   int
}

var ErrInvalid = errors.New("invalid transition")

type TransitionError struct {
	From  State
	Event Event
}

func (e TransitionError) Error() string {
	return fmt.Sprintf("cannot %s from %v", e.Event, e.From)
}

func (e TransitionError) Is(target error) bool { return target == ErrInvalid }

func NewMachine() *Machine {
	m := &Machine{table: map[transitionKey]func() (State, error){}, onEnter: map[State][]func(State){}}
	m.table[transitionKey{Idle, "start"}] = m.start
	m.table[transitionKey{Running, "pause"}] = m.pause
	m.table[transitionKey{Paused, "resume"}] = m.start
	m.table[transitionKey{Running, "tick"}] = m.tick
	m.table[transitionKey{Running, "stop"}] = m.stop
	m.table[transitionKey{Paused, "stop"}] = m.stop
	return m
}

func (m *Machine) start() (State, error) { return Running, nil }
func (m *Machine) pause() (State, error) { return Paused, nil }
func (m *Machine) stop() (State, error)  { return Stopped, nil }
func (m *Machine) tick() (State, error) {
	m.ticks++
	if m.ticks > 3 {
		return Running, fmt.Errorf("tick %d: overheated", m.ticks)
	}
	return Running, nil
}

func (m *Machine) OnEnter(s State, f func(State)) {
	m.onEnter[s] = append(m.onEnter[s], f)
}

func (m *Machine) Fire(ev Event) error {
	fn, ok := m.table[transitionKey{m.state, ev}]
	if !ok {
		return TransitionError{m.state, ev}
	}
	next, err := fn()
	if err != nil {
		return fmt.Errorf("fire %s: %w", ev, err)
	}
	prev := m.state
	m.state = next
	if prev != next {
		m.history = append(m.history, prev.String()+"->"+next.String())
		for _, f := range m.onEnter[next] {
			f(prev)
		}
	}
	return nil
}

type Logger struct {
	prefix string
	out    *strings.Builder
}

func (l Logger) Log(from State) {
	l.out.WriteString(l.prefix + from.String() + ";")
}

type op struct {
	name string
	fn   func(int, int) int
}

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

type Acc struct{ v int }

func (a *Acc) Apply(f func(int, int) int, x int) *Acc { a.v = f(a.v, x); return a }
func (a Acc) Get() int                                 { return a.v }

func main() {
	m := NewMachine()
	var sb strings.Builder
	lg := Logger{"enter-run from ", &sb}
	m.OnEnter(Running, lg.Log)
	m.OnEnter(Stopped, Logger{"stop from ", &sb}.Log)
	count := 0
	m.OnEnter(Paused, func(State) { count++ })
	script := []Event{"start", "tick", "pause", "tick", "resume", "tick", "tick", "tick", "stop", "start"}
	for _, ev := range script {
		if err := m.Fire(ev); err != nil {
			var te TransitionError
			fmt.Printf("%-6s error: %v (invalid=%v as=%v)\n", ev, err, errors.Is(err, ErrInvalid), errors.As(err, &te))
			continue
		}
		fmt.Printf("%-6s ok -> %v\n", ev, m.state)
	}
	fmt.Println(m.history)
	fmt.Println(sb.String(), count, State(7), State(-1))

	ops := []op{{"add", add}, {"sub", sub}, {"mul", func(a, b int) int { return a * b }}}
	acc := &Acc{1}
	for i, o := range ops {
		acc.Apply(o.fn, i+2)
		fmt.Print(o.name, "=", acc.Get(), " ")
	}
	fmt.Println()
	get := acc.Get
	acc.v = 100
	applyFn := (*Acc).Apply
	applyFn(acc, add, 5)
	getExpr := Acc.Get
	fmt.Println(get(), acc.Get(), getExpr(*acc))
	dispatch := map[string]func(*Acc){
		"inc":  func(a *Acc) { a.v++ },
		"dbl":  func(a *Acc) { a.v *= 2 },
		"zero": func(a *Acc) { *a = Acc{} },
	}
	for _, cmd := range strings.Split("inc,dbl,dbl,zero,inc,bogus", ",") {
		if f, ok := dispatch[cmd]; ok {
			f(acc)
		} else {
			fmt.Println("unknown", cmd)
		}
	}
	fmt.Println(acc.v)
}
