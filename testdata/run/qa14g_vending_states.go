package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type State uint8

const (
	Idle State = iota
	HasMoney
	Dispensing
	OutOfOrder
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case HasMoney:
		return "HasMoney"
	case Dispensing:
		return "Dispensing"
	case OutOfOrder:
		return "OutOfOrder"
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

type Event struct {
	Kind string
	Arg  int
	Item string
}

var ErrInvalid = errors.New("invalid transition")

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	history []string
	faults  int
}

type transition func(m *Machine, e Event) (State, error)

var table = map[State]map[string]transition{
	Idle: {
		"coin": func(m *Machine, e Event) (State, error) { m.credit += e.Arg; return HasMoney, nil },
		"kick": kick,
	},
	HasMoney: {
		"coin": func(m *Machine, e Event) (State, error) { m.credit += e.Arg; return HasMoney, nil },
		"select": func(m *Machine, e Event) (State, error) {
			price, ok := m.prices[e.Item]
			switch {
			case !ok:
				return HasMoney, fmt.Errorf("unknown item %q", e.Item)
			case m.stock[e.Item] == 0:
				return HasMoney, fmt.Errorf("%s sold out", e.Item)
			case m.credit < price:
				return HasMoney, fmt.Errorf("need %d more for %s", price-m.credit, e.Item)
			}
			m.credit -= price
			m.stock[e.Item]--
			return Dispensing, nil
		},
		"refund": func(m *Machine, e Event) (State, error) {
			m.history = append(m.history, fmt.Sprintf("refund %d", m.credit))
			m.credit = 0
			return Idle, nil
		},
		"kick": kick,
	},
	Dispensing: {
		"take": func(m *Machine, e Event) (State, error) {
			if m.credit > 0 {
				return HasMoney, nil
			}
			return Idle, nil
		},
	},
	OutOfOrder: {
		"repair": func(m *Machine, e Event) (State, error) { m.faults = 0; return Idle, nil },
	},
}

func kick(m *Machine, e Event) (State, error) {
	m.faults++
	if m.faults >= 2 {
		return OutOfOrder, nil
	}
	return m.state, nil
}

func (m *Machine) Fire(e Event) error {
	t, ok := table[m.state][e.Kind]
	if !ok {
		return fmt.Errorf("%w: %s in %v", ErrInvalid, e.Kind, m.state)
	}
	next, err := t(m, e)
	if err != nil {
		return err
	}
	m.history = append(m.history, fmt.Sprintf("%v -%s-> %v", m.state, e.Kind, next))
	m.state = next
	return nil
}

func main() {
	m := &Machine{
		stock:  map[string]int{"cola": 1, "chips": 3, "gum": 0},
		prices: map[string]int{"cola": 150, "chips": 100, "gum": 50},
	}
	events := []Event{
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Arg: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Arg: 100},
		{Kind: "select", Item: "cola"},
		{Kind: "coin", Arg: 25},
		{Kind: "take"},
		{Kind: "select", Item: "cola"},
		{Kind: "select", Item: "gum"},
		{Kind: "select", Item: "tea"},
		{Kind: "refund"},
		{Kind: "kick"},
		{Kind: "kick"},
		{Kind: "coin", Arg: 5},
		{Kind: "repair"},
		{Kind: "coin", Arg: 200},
		{Kind: "select", Item: "chips"},
		{Kind: "take"},
	}
	invalid := 0
	for i, e := range events {
		if err := m.Fire(e); err != nil {
			if errors.Is(err, ErrInvalid) {
				invalid++
			}
			fmt.Printf("%2d %-7s error: %v\n", i, e.Kind, err)
		}
	}
	fmt.Println(strings.Join(m.history, "\n"))
	fmt.Println("final", m.state, "credit", m.credit, "invalid", invalid, State(9))
	items := make([]string, 0, len(m.stock))
	for k, v := range m.stock {
		items = append(items, fmt.Sprintf("%s:%d", k, v))
	}
	sort.Strings(items)
	fmt.Println(items)
}
