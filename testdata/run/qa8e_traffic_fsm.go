package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Red State = iota
	Green
	Yellow
	FlashingRed
	numStates
)

var stateNames = [...]string{"Red", "Green", "Yellow", "FlashingRed"}

func (s State) String() string {
	if s < 0 || s >= numStates {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event uint8

const (
	Tick Event = iota + 1
	Fault
	Reset
)

func (e Event) String() string {
	switch e {
	case Tick:
		return "tick"
	case Fault:
		return "fault"
	case Reset:
		return "reset"
	}
	return "event?"
}

type transition struct {
	from State
	ev   Event
}

type Light struct {
	state    State
	ticks    int
	history  []State
	table    map[transition]State
	duration map[State]int
}

func NewLight() *Light {
	l := &Light{
		state: Red,
		table: map[transition]State{
			{Red, Tick}:    Green,
			{Green, Tick}:  Yellow,
			{Yellow, Tick}: Red,
		},
		duration: map[State]int{Red: 3, Green: 2, Yellow: 1},
	}
	for s := Red; s < numStates; s++ {
		l.table[transition{s, Fault}] = FlashingRed
	}
	l.table[transition{FlashingRed, Reset}] = Red
	return l
}

func (l *Light) Handle(e Event) (changed bool, err error) {
	if e == Tick {
		l.ticks++
		if d, ok := l.duration[l.state]; ok && l.ticks < d {
			return false, nil
		}
	}
	next, ok := l.table[transition{l.state, e}]
	if !ok {
		return false, fmt.Errorf("no transition from %v on %v", l.state, e)
	}
	l.history = append(l.history, l.state)
	l.state = next
	l.ticks = 0
	return true, nil
}

func main() {
	l := NewLight()
	script := "ttttttttt f t r tttt x"
	step := 0
loop:
	for _, c := range script {
		var e Event
		switch c {
		case 't':
			e = Tick
		case 'f':
			e = Fault
		case 'r':
			e = Reset
		case ' ':
			continue
		default:
			fmt.Printf("unknown input %q, stopping\n", c)
			break loop
		}
		step++
		changed, err := l.Handle(e)
		if err != nil {
			fmt.Printf("%2d %-5v error: %v\n", step, e, err)
			continue
		}
		mark := ""
		if changed {
			mark = " *"
		}
		fmt.Printf("%2d %-5v -> %-11v%s\n", step, e, l.state, mark)
	}
	var parts []string
	for _, s := range l.history {
		parts = append(parts, s.String())
	}
	fmt.Println(strings.Join(parts, " > "))
	fmt.Println(State(7), Event(9), numStates)
	fmt.Printf("%d %v %s %q\n", Yellow, Yellow, FlashingRed, Green)
}
