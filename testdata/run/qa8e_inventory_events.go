package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type EventType int

const (
	Received EventType = iota
	Shipped
	Adjusted
	Returned
)

func (t EventType) String() string {
	return [...]string{"received", "shipped", "adjusted", "returned"}[t]
}

type Event struct {
	Seq  int
	Type EventType
	SKU  string
	Qty  int
	Note string
}

type Stock struct {
	OnHand   map[string]int
	Reserved map[string]int
	applied  int
}

var (
	ErrUnknownSKU = errors.New("unknown sku")
	ErrNegative   = errors.New("stock would go negative")
)

type EventError struct {
	Ev  Event
	Err error
}

func (e *EventError) Error() string {
	return fmt.Sprintf("event #%d (%v %s x%d): %v", e.Ev.Seq, e.Ev.Type, e.Ev.SKU, e.Ev.Qty, e.Err)
}

func (e *EventError) Unwrap() error { return e.Err }

func (s *Stock) Apply(ev Event) (err error) {
	defer func() {
		if err != nil {
			err = &EventError{ev, err}
		} else {
			s.applied++
		}
	}()
	cur, ok := s.OnHand[ev.SKU]
	if !ok && ev.Type != Received {
		return ErrUnknownSKU
	}
	switch ev.Type {
	case Received, Returned:
		s.OnHand[ev.SKU] = cur + ev.Qty
	case Shipped:
		if cur < ev.Qty {
			return fmt.Errorf("ship %d of %d: %w", ev.Qty, cur, ErrNegative)
		}
		s.OnHand[ev.SKU] = cur - ev.Qty
	case Adjusted:
		if cur+ev.Qty < 0 {
			return ErrNegative
		}
		s.OnHand[ev.SKU] = cur + ev.Qty
	}
	return nil
}

func parseEvents(src string) ([]Event, error) {
	var evs []Event
	for i, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 {
			return evs, fmt.Errorf("line %d: want 3+ fields, got %d", i+1, len(f))
		}
		var t EventType
		switch strings.ToLower(f[0]) {
		case "recv":
			t = Received
		case "ship":
			t = Shipped
		case "adj":
			t = Adjusted
		case "ret":
			t = Returned
		default:
			return evs, fmt.Errorf("line %d: bad type %q", i+1, f[0])
		}
		q, err := strconv.Atoi(f[2])
		if err != nil {
			return evs, fmt.Errorf("line %d: %w", i+1, err)
		}
		evs = append(evs, Event{i + 1, t, f[1], q, strings.Join(f[3:], " ")})
	}
	return evs, nil
}

const log = `
recv WIDGET 100 initial load
recv GADGET 20
ship WIDGET 30 order 1001
ship GADGET 25 order 1002
adj WIDGET -5 damaged
ret WIDGET 2 customer return
ship DOOHICKEY 1
adj GADGET -21
ship WIDGET 67
`

func main() {
	evs, err := parseEvents(log)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	st := &Stock{OnHand: map[string]int{}, Reserved: map[string]int{}}
	var failures []error
	for _, ev := range evs {
		if err := st.Apply(ev); err != nil {
			failures = append(failures, err)
		}
	}
	skus := make([]string, 0, len(st.OnHand))
	for s := range st.OnHand {
		skus = append(skus, s)
	}
	sort.Strings(skus)
	for _, s := range skus {
		fmt.Printf("%-8s %4d\n", s, st.OnHand[s])
	}
	fmt.Println("applied", st.applied, "failed", len(failures))
	for _, f := range failures {
		var ee *EventError
		errors.As(f, &ee)
		fmt.Printf("- %v\n  seq=%d negative=%t unknown=%t\n", f, ee.Ev.Seq, errors.Is(f, ErrNegative), errors.Is(f, ErrUnknownSKU))
	}
	_, err = parseEvents("recv X ten")
	fmt.Println(err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func)
	_, err = parseEvents("sell X 1")
	fmt.Println(err)
	byType := map[EventType]int{}
	for _, ev := range evs {
		byType[ev.Type] += ev.Qty
	}
	fmt.Println(byType)
}
