// A stack-based bytecode VM: an assembler with labels, a fixed-size
// operand stack inside the VM struct, a call stack of frames, and a
// dispatch loop written as a switch inside a labelled for.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	PUSH Op = iota
	POP
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JMP
	JZ
	CALL
	RET
	LOAD
	STORE
	PRINT
	HALT
)

var opNames = [...]string{"PUSH", "POP", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "JMP", "JZ", "CALL", "RET", "LOAD", "STORE", "PRINT", "HALT"}

func (o Op) String() string { return opNames[o] }

type Instr struct {
	Op  Op
	Arg int
}

type Frame struct {
	ret    int
	locals [8]int
}

type VM struct {
	code   []Instr
	stack  [64]int
	sp     int
	frames []Frame
	out    strings.Builder
	steps  int
}

var (
	ErrStackOverflow  = errors.New("stack overflow")
	ErrStackUnderflow = errors.New("stack underflow")
	ErrDivZero        = errors.New("division by zero")
	ErrStepLimit      = errors.New("step limit")
)

type VMError struct {
	PC  int
	Op  Op
	Err error
}

func (e *VMError) Error() string { return fmt.Sprintf("pc=%d %v: %v", e.PC, e.Op, e.Err) }
func (e *VMError) Unwrap() error { return e.Err }

func (vm *VM) push(v int) error {
	if vm.sp == len(vm.stack) {
		return ErrStackOverflow
	}
	vm.stack[vm.sp] = v
	vm.sp++
	return nil
}

func (vm *VM) pop() (int, error) {
	if vm.sp == 0 {
		return 0, ErrStackUnderflow
	}
	vm.sp--
	return vm.stack[vm.sp], nil
}

func (vm *VM) Run(limit int) (err error) {
	vm.frames = append(vm.frames[:0], Frame{ret: -1})
	pc := 0
	var in Instr
	defer func() {
		if err != nil {
			err = &VMError{pc, in.Op, err}
		}
	}()
loop:
	for pc < len(vm.code) {
		if vm.steps++; vm.steps > limit {
			return ErrStepLimit
		}
		in = vm.code[pc]
		pc++
		switch in.Op {
		case PUSH:
			err = vm.push(in.Arg)
		case POP:
			_, err = vm.pop()
		case ADD, SUB, MUL, DIV:
			var a, b int
			if b, err = vm.pop(); err != nil {
				break
			}
			if a, err = vm.pop(); err != nil {
				break
			}
			switch in.Op {
			case ADD:
				a += b
			case SUB:
				a -= b
			case MUL:
				a *= b
			case DIV:
				if b == 0 {
					err = ErrDivZero
					break loop
				}
				a /= b
			}
			err = vm.push(a)
		case DUP:
			var a int
			if a, err = vm.pop(); err == nil {
				vm.push(a)
				err = vm.push(a)
			}
		case SWAP:
			if vm.sp < 2 {
				err = ErrStackUnderflow
				break
			}
			vm.stack[vm.sp-1], vm.stack[vm.sp-2] = vm.stack[vm.sp-2], vm.stack[vm.sp-1]
		case JMP:
			pc = in.Arg
		case JZ:
			var a int
			if a, err = vm.pop(); err == nil && a == 0 {
				pc = in.Arg
			}
		case CALL:
			vm.frames = append(vm.frames, Frame{ret: pc})
			pc = in.Arg
		case RET:
			f := vm.frames[len(vm.frames)-1]
			vm.frames = vm.frames[:len(vm.frames)-1]
			if f.ret < 0 {
				break loop
			}
			pc = f.ret
		case LOAD:
			err = vm.push(vm.frames[len(vm.frames)-1].locals[in.Arg])
		case STORE:
			fr := &vm.frames[len(vm.frames)-1]
			fr.locals[in.Arg], err = vm.pop()
		case PRINT:
			var a int
			if a, err = vm.pop(); err == nil {
				vm.out.WriteString(strconv.Itoa(a))
				vm.out.WriteByte(' ')
			}
		case HALT:
			return nil
		}
		if err != nil {
			return err
		}
	}
	return err
}

func Assemble(src string) ([]Instr, error) {
	labels := map[string]int{}
	var lines [][]string
	for _, l := range strings.Split(src, "\n") {
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		if len(f) == 0 {
			continue
		}
		if strings.HasSuffix(f[0], ":") {
			labels[strings.TrimSuffix(f[0], ":")] = len(lines)
			if f = f[1:]; len(f) == 0 {
				continue
			}
		}
		lines = append(lines, f)
	}
	code := make([]Instr, 0, len(lines))
	for n, f := range lines {
		op := -1
		for i, name := range opNames {
			if strings.EqualFold(name, f[0]) {
				op = i
				break
			}
		}
		if op < 0 {
			return nil, fmt.Errorf("line %d: unknown op %q", n, f[0])
		}
		in := Instr{Op: Op(op)}
		if len(f) > 1 {
			if v, err := strconv.Atoi(f[1]); err == nil {
				in.Arg = v
			} else if t, ok := labels[f[1]]; ok {
				in.Arg = t
			} else {
				return nil, fmt.Errorf("line %d: bad argument %q", n, f[1])
			}
		}
		code = append(code, in)
	}
	return code, nil
}

const factorial = `
	push 6
	call fact
	print
	push 10
	call fact
	print
	halt
fact:           # n on the stack -> n!
	store 0
	push 1
	store 1
again:
	load 0
	jz done
	load 1
	load 0
	mul
	store 1
	load 0
	push 1
	sub
	store 0
	jmp again
done:
	load 1
	ret
`

func main() {
	progs := []string{
		factorial,
		"push 1\npush 0\ndiv\nprint",
		"pop",
		"top: push 1\njmp top",
		"push 2 \n push 3 \n swap \n sub \n dup \n mul \n print \n ret",
		"frob 1",
		"jmp nowhere",
	}
	for i, p := range progs {
		code, err := Assemble(p)
		if err != nil {
			fmt.Printf("%d: assemble: %v\n", i, err)
			continue
		}
		vm := &VM{code: code}
		err = vm.Run(1000)
		var ve *VMError
		fmt.Printf("%d: out=%q steps=%d err=%v", i, vm.out.String(), vm.steps, err)
		if errors.As(err, &ve) {
			fmt.Printf(" [op %v, overflow=%v, divzero=%v, limit=%v]", ve.Op, errors.Is(err, ErrStackOverflow), errors.Is(err, ErrDivZero), errors.Is(err, ErrStepLimit))
		}
		fmt.Println()
	}
}
