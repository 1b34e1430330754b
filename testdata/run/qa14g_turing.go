package main

import (
	"fmt"
	"strings"
)

type Move int8

const (
	Left Move = -1
	Stay Move = 0
	Right Move = 1
)

func (m Move) String() string {
	switch m {
	case Left:
		return "L"
	case Right:
		return "R"
	}
	return "N"
}

type key struct {
	state string
	sym   byte
}

type action struct {
	write byte
	move  Move
	next  string
}

type Machine struct {
	rules map[key]action
	tape  map[int]byte
	head  int
	state string
	steps int
}

func NewMachine(spec string) *Machine {
	m := &Machine{rules: map[key]action{}, tape: map[int]byte{}, state: "A"}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		var st, nx string
		var rd, wr byte
		var mv string
		n, err := fmt.Sscanf(line, "%s %c %c %s %s", &st, &rd, &wr, &mv, &nx)
		if err != nil || n != 5 {
			panic(fmt.Sprintf("bad rule %q: %v", line, err))
		}
		var move Move
		switch mv {
		case "L":
			move = Left
		case "R":
			move = Right
		}
		m.rules[key{st, rd}] = action{wr, move, nx}
	}
	return m
}

func (m *Machine) read() byte {
	if b, ok := m.tape[m.head]; ok {
		return b
	}
	return '0'
}

func (m *Machine) Run(limit int) bool {
	for m.state != "H" {
		if m.steps >= limit {
			return false
		}
		a, ok := m.rules[key{m.state, m.read()}]
		if !ok {
			return false
		}
		m.tape[m.head] = a.write
		m.head += int(a.move)
		m.state = a.next
		m.steps++
	}
	return true
}

func (m *Machine) Tape() string {
	lo, hi := 0, 0
	for k := range m.tape {
		if k < lo {
			lo = k
		}
		if k > hi {
			hi = k
		}
	}
	var sb strings.Builder
	for i := lo; i <= hi; i++ {
		if i == m.head {
			sb.WriteByte('[')
		}
		b, ok := m.tape[i]
		if !ok {
			b = '0'
		}
		sb.WriteByte(b)
		if i == m.head {
			sb.WriteByte(']')
		}
	}
	return sb.String()
}

func (m *Machine) Ones() (n int) {
	for _, b := range m.tape {
		if b == '1' {
			n++
		}
	}
	return
}

const beaver3 = `
A 0 1 R B
A 1 1 R H
B 0 0 R C
B 1 1 R B
C 0 1 L C
C 1 1 L A
`

const beaver4 = `
A 0 1 R B
A 1 1 L B
B 0 1 L A
B 1 0 L C
C 0 1 R H
C 1 1 L D
D 0 1 R D
D 1 0 R A
`

func main() {
	for i, spec := range []string{beaver3, beaver4} {
		m := NewMachine(spec)
		halted := m.Run(1000)
		fmt.Printf("machine %d: halted=%v steps=%d ones=%d tape=%s\n", i+3, halted, m.steps, m.Ones(), m.Tape())
	}
	loop := NewMachine("A 0 1 R A\nA 1 1 R A")
	fmt.Println("looping machine halted:", loop.Run(50), "steps", loop.steps, "ones", loop.Ones())
	fmt.Println(Left, Stay, Right, Move(7))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	NewMachine("A 0 1")
}
