package main

import (
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoin
	Selecting
	Dispensing
	OutOfStock
	numStates
)

var stateNames = [...]string{"Idle", "HasCoin", "Selecting", "Dispensing", "OutOfStock"}

func (s State) String() string {
	if s < 0 || s >= numStates {
		return fmt.Sprintf("State(%d)", int(s))
	}
	return stateNames[s]
}

type Event uint8

const (
	Coin Event = iota + 1
	Select
	Cancel
	Dispensed
	Restock
)

func (e Event) String() string {
	switch e {
	case Coin:
		return "coin"
	case Select:
		return "select"
	case Cancel:
		return "cancel"
	case Dispensed:
		return "dispensed"
	case Restock:
		return "restock"
	}
	return "event?" + fmt.Sprint(uint8(e))
}

type key struct {
	s State
	e Event
}

type Machine struct {
	state   State
	stock   int
	credit  int
	log     []string
	handler map[key]func(*Machine) State
}

func NewMachine(stock int) *Machine {
	m := &Machine{state: Idle, stock: stock}
	m.handler = map[key]func(*Machine) State{
		{Idle, Coin}: func(m *Machine) State {
			m.credit++
			return HasCoin
		},
		{HasCoin, Coin}: func(m *Machine) State {
			m.credit++
			return HasCoin
		},
		{HasCoin, Select}: func(m *Machine) State {
			if m.stock == 0 {
				return OutOfStock
			}
			return Selecting
		},
		{HasCoin, Cancel}: func(m *Machine) State {
			m.log = append(m.log, fmt.Sprintf("refund %d", m.credit))
			m.credit = 0
			return Idle
		},
		{Selecting, Dispensed}: func(m *Machine) State {
			m.stock--
			m.credit--
			if m.credit > 0 {
				return HasCoin
			}
			return Idle
		},
		{OutOfStock, Restock}: func(m *Machine) State {
			m.stock += 3
			return HasCoin
		},
		{OutOfStock, Cancel}: func(m *Machine) State {
			m.credit = 0
			return Idle
		},
	}
	return m
}

func (m *Machine) Fire(e Event) error {
	h, ok := m.handler[key{m.state, e}]
	if !ok {
		return fmt.Errorf("invalid event %v in state %v", e, m.state)
	}
	old := m.state
	m.state = h(m)
	m.log = append(m.log, fmt.Sprintf("%v --%v--> %v", old, e, m.state))
	return nil
}

func main() {
	m := NewMachine(1)
	events := []Event{Coin, Select, Dispensed, Select, Coin, Coin, Select, Dispensed, Select, Restock, Select, Dispensed, Cancel, 9, Coin, Cancel}
	for i, e := range events {
		if err := m.Fire(e); err != nil {
			fmt.Printf("step %2d: error: %v\n", i, err)
		}
	}
	fmt.Println(strings.Join(m.log, "\n"))
	fmt.Printf("final: state=%v stock=%d credit=%d\n", m.state, m.stock, m.credit)
	fmt.Printf("%v %d %s %x %q\n", State(7), Dispensing, OutOfStock, Selecting, HasCoin)
	var s fmt.Stringer = Restock
	fmt.Printf("%v %T %+v %#v\n", s, s, key{Idle, Coin}, key{Idle, Coin})
}
