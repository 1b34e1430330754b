package main

import (
	"errors"
	"fmt"
	"strings"
)

type Machine struct {
	tape  [300]byte
	ptr   int
	out   strings.Builder
	steps int
}

var errSteps = errors.New("step limit")

func compile(src string) (map[int]int, error) {
	jumps := map[int]int{}
	var stack []int
	for i, c := range src {
		switch c {
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 {
				return nil, fmt.Errorf("unmatched ] at %d", i)
			}
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jumps[i], jumps[j] = j, i
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("unmatched [ at %d", stack[len(stack)-1])
	}
	return jumps, nil
}

func (m *Machine) Run(src string, input string, limit int) (err error) {
	jumps, err := compile(src)
	if err != nil {
		return err
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("machine fault after %d steps: %v", m.steps, r)
		}
	}()
	in := 0
	for pc := 0; pc < len(src); pc++ {
		m.steps++
		if m.steps > limit {
			return errSteps
		}
		switch src[pc] {
		case '>':
			m.ptr++
		case '<':
			m.ptr--
		case '+':
			m.tape[m.ptr]++
		case '-':
			m.tape[m.ptr]--
		case '.':
			m.out.WriteByte(m.tape[m.ptr])
		case ',':
			if in < len(input) {
				m.tape[m.ptr] = input[in]
				in++
			} else {
				m.tape[m.ptr] = 0
			}
		case '[':
			if m.tape[m.ptr] == 0 {
				pc = jumps[pc]
			}
		case ']':
			if m.tape[m.ptr] != 0 {
				pc = jumps[pc]
			}
		}
	}
	return nil
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
	progs := []struct{ name, src, in string }{
		{"hello", hello, ""},
		{"echo-upper", ",[>++++[<-------->-]<.,]", "hello"},
		{"unmatched", "+[>+", ""},
		{"extra", "+]", ""},
		{"forever", "+[]", ""},
		{"underflow", "<<+", ""},
	}
	for _, p := range progs {
		m := &Machine{}
		err := m.Run(p.src, p.in, 5000)
		fmt.Printf("%-10s out=%q steps=%d err=%v\n", p.name, m.out.String(), m.steps, err)
	}
}
