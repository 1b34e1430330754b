package main

import (
	"errors"
	"fmt"
	"strings"
)

func divmod(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("divmod(%d,%d): %v", a, b, e)
			q, r = -1, -1
		}
	}()
	q = a / b
	r = a % b
	return
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 10 // n = 11, then +3 = 14, then *2 = 28
}

func shadowed() (x int) {
	defer func() { x++ }()
	x = 5
	{
		x := 100
		_ = x
	}
	return
}

func retOverride() (s string) {
	defer func() {
		s = strings.ToUpper(s) + "!"
	}()
	return "done"
}

type Tx struct {
	ops    []string
	closed bool
}

func (t *Tx) Commit() error {
	if len(t.ops) > 2 {
		return errors.New("too many ops")
	}
	t.closed = true
	return nil
}

func (t *Tx) Rollback() { t.ops = nil; t.closed = true }

func withTx(ops []string) (t *Tx, err error) {
	t = &Tx{}
	defer func() {
		if err != nil {
			t.Rollback()
			err = fmt.Errorf("rolled back: %w", err)
			return
		}
		err = t.Commit()
	}()
	for _, op := range ops {
		if op == "" {
			return t, errors.New("empty op")
		}
		t.ops = append(t.ops, op)
	}
	return t, nil
}

func loopDefers() (trace []string) {
	for i := 0; i < 3; i++ {
		defer func(n int) { trace = append(trace, fmt.Sprint("arg", n)) }(i)
		defer func() { trace = append(trace, fmt.Sprint("cap", len(trace))) }()
	}
	return []string{"start"}
}

func accumulate() (total int, calls int) {
	add := func(v int) {
		total += v
		calls++
	}
	defer add(1000)
	for _, v := range []int{1, 2, 3} {
		add(v)
	}
	return total * 10, calls
}

func evalOrder() (x int) {
	x = 1
	defer fmt.Println("deferred arg sees x =", x)
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 2
	return 3
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(1, 0))
	fmt.Println(counter())
	fmt.Println(shadowed())
	fmt.Println(retOverride())
	for _, ops := range [][]string{{"a", "b"}, {"a", "", "c"}, {"a", "b", "c"}} {
		t, err := withTx(ops)
		fmt.Printf("ops=%q tx=%+v err=%v\n", ops, *t, err)
	}
	fmt.Println(loopDefers())
	fmt.Println(accumulate())
	fmt.Println(evalOrder())
}
