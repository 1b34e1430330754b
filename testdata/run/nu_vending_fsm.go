// A vending machine as a finite state machine: states and events as typed
// constants with String methods, a transition table in a map keyed by a
// struct, actions as method values, an audit trail, and errors for
// invalid transitions.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type State int

const (
	Idle State = iota
	HasCoins
	Dispensing
	OutOfService
)

func (s State) String() string {
	return [...]string{"Idle", "HasCoins", "Dispensing", "OutOfService"}[s]
}

type Event int

const (
	InsertCoin Event = iota
	SelectItem
	Dispensed
	Refund
	Service
)

var eventNames = map[Event]string{InsertCoin: "InsertCoin", SelectItem: "SelectItem", Dispensed: "Dispensed", Refund: "Refund", Service: "Service"}

func (e Event) String() string { return eventNames[e] }

type key struct {
	from State
	ev   Event
}

type Machine struct {
	state   State
	credit  int
	stock   map[string]int
	prices  map[string]int
	pending string
	audit   []string
	table   map[key]func(arg string) (State, error)
	sales   int
}

var ErrInvalid = errors.New("invalid transition")

type TransitionError struct {
	From State
	Ev   Event
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("%v on %v", e.Ev, e.From)
}

func (e *TransitionError) Is(target error) bool { return target == ErrInvalid }

func NewMachine() *Machine {
	m := &Machine{
		stock:  map[string]int{"cola": 2, "chips": 1, "candy": 0},
		prices: map[string]int{"cola": 150, "chips": 100, "candy": 75},
	}
	m.table = map[key]func(string) (State, error){
		{Idle, InsertCoin}:       m.coin,
		{HasCoins, InsertCoin}:   m.coin,
		{HasCoins, SelectItem}:   m.selectItem,
		{HasCoins, Refund}:       m.refund,
		{Dispensing, Dispensed}:  m.dispensed,
		{Idle, Service}:          m.service,
		{OutOfService, Service}:  m.service,
	}
	return m
}

func (m *Machine) coin(arg string) (State, error) {
	var v int
	switch arg {
	case "quarter":
		v = 25
	case "dollar":
		v = 100
	default:
		return m.state, fmt.Errorf("unknown coin %q", arg)
	}
	m.credit += v
	return HasCoins, nil
}

func (m *Machine) selectItem(item string) (State, error) {
	price, ok := m.prices[item]
	switch {
	case !ok:
		return HasCoins, fmt.Errorf("no such item %q", item)
	case m.stock[item] == 0:
		return HasCoins, fmt.Errorf("%s sold out", item)
	case m.credit < price:
		return HasCoins, fmt.Errorf("%s costs %d, credit %d", item, price, m.credit)
	}
	m.credit -= price
	m.stock[item]--
	m.pending = item
	return Dispensing, nil
}

func (m *Machine) dispensed(string) (State, error) {
	m.sales++
	m.audit = append(m.audit, "sold "+m.pending)
	m.pending = ""
	if m.credit > 0 {
		return HasCoins, nil
	}
	return Idle, nil
}

func (m *Machine) refund(string) (State, error) {
	m.audit = append(m.audit, fmt.Sprintf("refund %d", m.credit))
	m.credit = 0
	return Idle, nil
}

func (m *Machine) service(string) (State, error) {
	if m.state == OutOfService {
		return Idle, nil
	}
	return OutOfService, nil
}

func (m *Machine) Fire(ev Event, arg string) error {
	action, ok := m.table[key{m.state, ev}]
	if !ok {
		return &TransitionError{m.state, ev}
	}
	next, err := action(arg)
	m.audit = append(m.audit, fmt.Sprintf("%v --%v(%s)--> %v", m.state, ev, arg, next))
	m.state = next
	return err
}

func main() {
	m := NewMachine()
	steps := []struct {
		ev  Event
		arg string
	}{
		{SelectItem, "cola"},
		{InsertCoin, "dollar"},
		{SelectItem, "cola"},
		{InsertCoin, "quarter"},
		{InsertCoin, "quarter"},
		{InsertCoin, "peso"},
		{SelectItem, "candy"},
		{SelectItem, "gum"},
		{SelectItem, "cola"},
		{Refund, ""},
		{Dispensed, ""},
		{InsertCoin, "dollar"},
		{InsertCoin, "dollar"},
		{SelectItem, "chips"},
		{Dispensed, ""},
		{SelectItem, "chips"},
		{Refund, ""},
		{Service, ""},
		{InsertCoin, "dollar"},
		{Service, ""},
	}
	for i, s := range steps {
		err := m.Fire(s.ev, s.arg)
		status := "ok"
		if err != nil {
			status = "error: " + err.Error()
			if errors.Is(err, ErrInvalid) {
				status += " [invalid]"
			}
			var te *TransitionError
			if errors.As(err, &te) {
				status += fmt.Sprintf(" [from=%d]", te.From)
			}
		}
		fmt.Printf("%2d %-10v %-8s -> %-12v credit=%3d %s\n", i, s.ev, s.arg, m.state, m.credit, status)
	}
	fmt.Println("stock:", m.stock, "sales:", m.sales)
	fmt.Println(strings.Join(m.audit, "\n"))
	fmt.Printf("%v %d %s %v\n", Dispensing, Dispensing, OutOfService, []State{Idle, HasCoins})
	fmt.Println(len(m.table), Event(42), key{HasCoins, Refund})
}
