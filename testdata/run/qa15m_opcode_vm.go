package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type VM struct {
	stack []int
	out   []string
	steps int
}

type opFunc func(vm *VM, arg int) error

var ErrUnderflow = errors.New("stack underflow")

func (vm *VM) pop() (int, error) {
	if len(vm.stack) == 0 {
		return 0, ErrUnderflow
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v, nil
}

func binary(f func(a, b int) int) opFunc {
	return func(vm *VM, _ int) error {
		b, err := vm.pop()
		if err != nil {
			return err
		}
		a, err := vm.pop()
		if err != nil {
			return err
		}
		vm.stack = append(vm.stack, f(a, b))
		return nil
	}
}

var table [8]opFunc

func init() {
	table[0] = func(vm *VM, arg int) error { vm.stack = append(vm.stack, arg); return nil }
	table[1] = binary(func(a, b int) int { return a + b })
	table[2] = binary(func(a, b int) int { return a * b })
	table[3] = binary(func(a, b int) int { return a - b })
	table[4] = func(vm *VM, _ int) error {
		v, err := vm.pop()
		if err == nil {
			vm.out = append(vm.out, strconv.Itoa(v))
		}
		return err
	}
	table[5] = func(vm *VM, _ int) error {
		v, err := vm.pop()
		if err == nil {
			vm.stack = append(vm.stack, v, v)
		}
		return err
	}
}

var names = map[string]int{"push": 0, "add": 1, "mul": 2, "sub": 3, "print": 4, "dup": 5}

type instr struct{ op, arg int }

func assemble(src string) ([]instr, error) {
	var prog []instr
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		op, ok := names[f[0]]
		if !ok {
			return nil, fmt.Errorf("unknown op %q", f[0])
		}
		in := instr{op: op}
		if len(f) > 1 {
			in.arg, _ = strconv.Atoi(f[1])
		}
		prog = append(prog, in)
	}
	return prog, nil
}

func (vm *VM) run(prog []instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm crashed at step %d: %v", vm.steps, r)
		}
	}()
	for _, in := range prog {
		vm.steps++
		if err := table[in.op](vm, in.arg); err != nil {
			return fmt.Errorf("step %d: %w", vm.steps, err)
		}
	}
	return nil
}

func main() {
	progs := []string{
		"push 6\npush 7\nmul\ndup\nprint\npush 2\nsub\nprint",
		"push 1\nadd",
		"push 1\nfrob",
	}
	for _, src := range progs {
		p, err := assemble(src)
		if err != nil {
			fmt.Println("asm:", err)
			continue
		}
		vm := &VM{}
		err = vm.run(p)
		fmt.Println(vm.out, err, errors.Is(err, ErrUnderflow))
	}
	vm := &VM{}
	fmt.Println(vm.run([]instr{{0, 1}, {6, 0}}))
	vm = &VM{}
	var prog []instr
	for i := 0; i < 1000; i++ {
		prog = append(prog, instr{0, i})
	}
	for i := 0; i < 999; i++ {
		prog = append(prog, instr{1, 0})
	}
	prog = append(prog, instr{4, 0})
	fmt.Println(vm.run(prog), vm.out, cap(vm.stack) >= 1000)
}
