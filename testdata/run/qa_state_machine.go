package main

import (
	"errors"
	"fmt"
)

type State uint8

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var names = map[State]string{Idle: "Idle", Running: "Running", Paused: "Paused", Stopped: "Stopped"}

func (s State) String() string {
	if n, ok := names[s]; ok {
		return n
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

type Event string

var transitions = map[State]map[Event]State{
	Idle:    {"start": Running},
	Running: {"pause": Paused, "stop": Stopped},
	Paused:  {"resume": Running, "stop": Stopped},
}

type TransitionError struct {
	From State
	Ev   Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("no transition from %v on %q", e.From, e.Ev)
}

type Machine struct {
	state   State
	history []State
	hooks   []func(from, to State)
}

func (m *Machine) Fire(ev Event) error {
	next, ok := transitions[m.state][ev]
	if !ok {
		return &TransitionError{m.state, ev}
	}
	for _, h := range m.hooks {
		h(m.state, next)
	}
	m.history = append(m.history, m.state)
	m.state = next
	return nil
}

func main() {
	m := &Machine{}
	var log []string
	m.hooks = append(m.hooks, func(f, t State) { log = append(log, f.String()+"->"+t.String()) })
	for _, ev := range []Event{"start", "pause", "start", "resume", "stop", "start"} {
		if err := m.Fire(ev); err != nil {
			var te *TransitionError
			fmt.Println("error:", err, errors.As(err, &te) && te.From == m.state)
		}
	}
	fmt.Println(m.state, m.history, log)
	fmt.Printf("%v %d %s %v\n", State(9), Running, Paused, []State{Idle, Stopped})
}
