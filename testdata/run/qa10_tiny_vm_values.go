// A tiny stack VM comparing two value representations: interface{} values
// (boxed) and a tagged struct (no boxing); both run the same program.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Op byte

const (
	Push Op = iota
	PushStr
	Add
	Mul
	Concat
	Dup
	Print
)

type Instr struct {
	Op  Op
	N   int
	Str string
}

type Tag uint8

const (
	TInt Tag = iota
	TStr
)

type Value struct {
	Tag Tag
	I   int
	S   string
}

func (v Value) String() string {
	if v.Tag == TInt {
		return strconv.Itoa(v.I)
	}
	return strconv.Quote(v.S)
}

type TaggedVM struct {
	stack []Value
	out   []string
}

func (vm *TaggedVM) pop() Value {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *TaggedVM) Run(prog []Instr) {
	for _, in := range prog {
		switch in.Op {
		case Push:
			vm.stack = append(vm.stack, Value{Tag: TInt, I: in.N})
		case PushStr:
			vm.stack = append(vm.stack, Value{Tag: TStr, S: in.Str})
		case Add, Mul:
			b, a := vm.pop(), vm.pop()
			r := a.I + b.I
			if in.Op == Mul {
				r = a.I * b.I
			}
			vm.stack = append(vm.stack, Value{Tag: TInt, I: r})
		case Concat:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, Value{Tag: TStr, S: a.String() + b.String()})
		case Dup:
			vm.stack = append(vm.stack, vm.stack[len(vm.stack)-1])
		case Print:
			vm.out = append(vm.out, vm.pop().String())
		}
	}
}

type BoxedVM struct {
	stack []interface{}
	out   []string
}

func (vm *BoxedVM) pop() interface{} {
	v := vm.stack[len(vm.stack)-1]
	vm.stack[len(vm.stack)-1] = nil
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func show(v interface{}) string {
	switch x := v.(type) {
	case int:
		return strconv.Itoa(x)
	case string:
		return strconv.Quote(x)
	}
	return "?"
}

func (vm *BoxedVM) Run(prog []Instr) {
	for _, in := range prog {
		switch in.Op {
		case Push:
			vm.stack = append(vm.stack, in.N)
		case PushStr:
			vm.stack = append(vm.stack, in.Str)
		case Add, Mul:
			b, a := vm.pop().(int), vm.pop().(int)
			if in.Op == Add {
				vm.stack = append(vm.stack, a+b)
			} else {
				vm.stack = append(vm.stack, a*b)
			}
		case Concat:
			b, a := vm.pop(), vm.pop()
			vm.stack = append(vm.stack, show(a)+show(b))
		case Dup:
			vm.stack = append(vm.stack, vm.stack[len(vm.stack)-1])
		case Print:
			vm.out = append(vm.out, show(vm.pop()))
		}
	}
}

func main() {
	prog := []Instr{
		{Op: Push, N: 6}, {Op: Push, N: 7}, {Op: Mul}, {Op: Dup}, {Op: Print},
		{Op: Push, N: 300}, {Op: Add}, {Op: Print},
		{Op: PushStr, Str: "x"}, {Op: Push, N: 1}, {Op: Concat}, {Op: Dup}, {Op: Concat}, {Op: Print},
	}
	t := &TaggedVM{stack: make([]Value, 0, 8)}
	t.Run(prog)
	b := &BoxedVM{stack: make([]interface{}, 0, 8)}
	b.Run(prog)
	fmt.Println(strings.Join(t.out, " | "))
	fmt.Println(strings.Join(b.out, " | "))
	fmt.Println(len(t.stack), len(b.stack), cap(t.stack), cap(b.stack))
}
