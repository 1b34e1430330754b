package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	CALL
	RET
)

var opNames = map[string]Op{
	"push": PUSH, "add": ADD, "sub": SUB, "mul": MUL, "div": DIV, "dup": DUP,
	"swap": SWAP, "jz": JZ, "jmp": JMP, "print": PRINT, "halt": HALT, "call": CALL, "ret": RET,
}

func (o Op) String() string {
	for k, v := range opNames {
		if v == o {
			return strings.ToUpper(k)
		}
	}
	return "Op(" + strconv.Itoa(int(o)) + ")"
}

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	code   []Instr
	stack  []int
	calls  []int
	pc     int
	steps  int
	output strings.Builder
}

var ErrStackUnderflow = errors.New("stack underflow")

type VMError struct {
	PC  int
	Op  Op
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d op=%v: %v", e.PC, e.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

func assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, ';'); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			f = f[1:]
			if len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	code := make([]Instr, 0, len(lines))
	for n, f := range lines {
		op, ok := opNames[f[0]]
		if !ok {
			return nil, fmt.Errorf("instr %d: unknown op %q", n, f[0])
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else if l, ok := labels[f[1]]; ok {
				in.Arg = l
			} else {
				return nil, fmt.Errorf("instr %d: bad operand: %w", n, err)
			}
		}
		code = append(code, in)
	}
	return code, nil
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(limit int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = &VMError{vm.pc, vm.code[vm.pc].Op, e}
		}
	}()
	for ; vm.pc < len(vm.code); vm.pc++ {
		if vm.steps++; vm.steps > limit {
			return fmt.Errorf("step limit %d exceeded", limit)
		}
		in := vm.code[vm.pc]
		switch in.Op {
		case PUSH:
			vm.stack = append(vm.stack, in.Arg)
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			var r int
			switch in.Op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case DIV:
				r = a / b
			}
			vm.stack = append(vm.stack, r)
		case DUP:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, b, a)
		case JZ:
			if vm.pop() == 0 {
				vm.pc = in.Arg - 1
			}
		case JMP:
			vm.pc = in.Arg - 1
		case PRINT:
			fmt.Fprintf(&vm.output, "%d ", vm.stack[len(vm.stack)-1])
		case CALL:
			vm.calls = append(vm.calls, vm.pc)
			vm.pc = in.Arg - 1
		case RET:
			vm.pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
		case HALT:
			return nil
		}
	}
	return nil
}

const countdown = `
	push 5
loop:	print
	push 1
	sub
	dup
	jz end
	jmp loop
end:	halt
`

func main() {
	progs := map[string]string{
		"1-countdown": countdown,
		"2-arith":     "push 6\npush 7\nmul\ncall sq\nprint\nhalt\nsq: dup\nmul\nret",
		"3-underflow": "push 1\nadd\n",
		"4-divzero":   "push 1\npush 0\ndiv",
		"5-forever":   "top: jmp top",
		"6-badop":     "push 1\nfrob",
		"7-badarg":    "push x1",
		"8-ret-empty": "ret",
	}
	names := make([]string, 0, len(progs))
	for n := range progs {
		names = append(names, n)
	}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	for _, n := range names {
		code, err := assemble(progs[n])
		if err != nil {
			fmt.Printf("%s: assemble: %v\n", n, err)
			continue
		}
		vm := &VM{code: code}
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("%s: crashed: %v\n", n, r)
				}
			}()
			err = vm.Run(100)
			fmt.Printf("%s: out=%q stack=%v steps=%d err=%v underflow=%v\n", n, vm.output.String(), vm.stack, vm.steps, err, errors.Is(err, ErrStackUnderflow))
		}()
	}
	fmt.Println(PUSH, RET, Op(99), []Instr{{PUSH, 1}, {HALT, 0}})
}
