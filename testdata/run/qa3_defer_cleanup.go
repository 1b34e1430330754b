// Defer, panic and recover as resource management: a transaction that
// rolls back on failure, deferred closures that change named results,
// argument evaluation time, recover only in the deferred call itself,
// re-panics and the chain Go prints when a deferred call panics again.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tx struct {
	name    string
	log     *[]string
	done    bool
	changes map[string]int
}

func Begin(name string, log *[]string) *Tx {
	*log = append(*log, "begin "+name)
	return &Tx{name: name, log: log, changes: map[string]int{}}
}

func (t *Tx) Set(k string, v int) {
	if v < 0 {
		panic(fmt.Sprintf("negative value %d for %s", v, k))
	}
	t.changes[k] = v
}

func (t *Tx) Commit() {
	t.done = true
	*t.log = append(*t.log, fmt.Sprintf("commit %s (%d changes)", t.name, len(t.changes)))
}

func (t *Tx) Rollback() {
	if t.done {
		return
	}
	*t.log = append(*t.log, "rollback "+t.name)
}

var ErrAborted = errors.New("transaction aborted")

// apply turns a panic inside the transaction into an error result.
func apply(log *[]string, name string, kv map[string]int, keys []string) (n int, err error) {
	tx := Begin(name, log)
	defer tx.Rollback()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v: %w", name, r, ErrAborted)
			n = -1
		}
	}()
	for _, k := range keys {
		tx.Set(k, kv[k])
		n++
	}
	tx.Commit()
	return n, nil
}

func evalOrder() (out []string) {
	x := 1
	defer func(v int) { out = append(out, fmt.Sprint("arg evaluated at defer: ", v)) }(x)
	defer func() { out = append(out, fmt.Sprint("closure sees final: ", x)) }()
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("loop closure i=", i)) }()
	}
	for i := 0; i < 3; i++ {
		defer func(i int) { out = append(out, fmt.Sprint("loop arg i=", i)) }(i)
	}
	x = 100
	return []string{"body"}
}

func double(x int) (result int) {
	defer func() { result *= 2 }()
	return x + 1
}

func helperRecover() interface{} { return recover() }

func notDirect() (got interface{}) {
	defer func() {
		got = helperRecover() // not called directly by the deferred function: nil
		if got == nil {
			got = recover()
		}
	}()
	panic("caught by the second recover")
}

func repanic() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint("wrapped(", r, ")"))
		}
	}()
	panic("inner")
}

type closer struct {
	name string
	out  *strings.Builder
}

func (c closer) Close() error {
	fmt.Fprintf(c.out, "close %s; ", c.name)
	if c.name == "db" {
		return errors.New("db close failed")
	}
	return nil
}

func openAll(out *strings.Builder) (err error) {
	for _, n := range []string{"file", "db", "socket"} {
		c := closer{n, out}
		defer func() {
			if cerr := c.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
	}
	return nil
}

func main() {
	var log []string
	n, err := apply(&log, "t1", map[string]int{"a": 1, "b": 2}, []string{"a", "b"})
	fmt.Println(n, err)
	n, err = apply(&log, "t2", map[string]int{"a": 1, "b": -5}, []string{"a", "b", "c"})
	fmt.Println(n, err, errors.Is(err, ErrAborted))
	fmt.Println(strings.Join(log, " | "))

	for _, line := range evalOrder() {
		fmt.Println(line)
	}
	fmt.Println("double(4) =", double(4))
	fmt.Println(notDirect())
	fmt.Println(repanic())

	var sb strings.Builder
	fmt.Println(openAll(&sb), "/", sb.String())

	func() {
		defer fmt.Println("deferred print runs before the panic message")
		defer func() {
			panic(errors.New("second failure in defer"))
		}()
		var m map[string][]int
		m["k"] = append(m["k"], 1)
	}()
	fmt.Println("not reached")
}
