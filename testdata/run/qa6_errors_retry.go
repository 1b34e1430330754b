// Error handling with allocation in mind: a value-type ParseError with
// Unwrap, a pointer error with Temporary(), errors.As/Is through %w
// wrapping, recover turning a panic into a named result, a fan-in of results.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"sync"
)

type ParseError struct {
	Line int
	Err  error
}

func (e ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e ParseError) Unwrap() error { return e.Err }

type Temp interface{ Temporary() bool }

type netErr struct{ msg string }

func (n *netErr) Error() string   { return n.msg }
func (n *netErr) Temporary() bool { return true }

func parse(lines []string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	for i, l := range lines {
		n, perr := strconv.Atoi(l)
		if perr != nil {
			return sum, ParseError{i + 1, perr}
		}
		if n < 0 {
			panic("negative " + l)
		}
		sum += n
	}
	return sum, nil
}

func retry(f func() error, n int) (err error) {
	for i := 0; i < n; i++ {
		if err = f(); err == nil {
			return nil
		}
		var t Temp
		if !errors.As(err, &t) || !t.Temporary() {
			return fmt.Errorf("attempt %d: %w", i, err)
		}
	}
	return err
}

type result struct {
	id  int
	val string
	err error
}

func fanIn(n int) []result {
	ch := make(chan result, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			if id%3 == 0 {
				ch <- result{id: id, err: &netErr{"timeout " + strconv.Itoa(id)}}
				return
			}
			ch <- result{id: id, val: fmt.Sprint(id * id)}
		}(i)
	}
	wg.Wait()
	close(ch)
	out := make([]result, n)
	for r := range ch {
		out[r.id] = r
	}
	return out
}

func main() {
	fmt.Println(parse([]string{"1", "2", "x"}))
	fmt.Println(parse([]string{"1", "-2"}))
	s, err := parse([]string{"4", "5"})
	fmt.Println(s, err)
	var pe ParseError
	_, err = parse([]string{"q"})
	fmt.Println(errors.As(err, &pe), pe.Line, errors.Is(err, strconv.ErrSyntax))
	calls := 0
	err = retry(func() error {
		calls++
		if calls < 3 {
			return &netErr{"flaky"}
		}
		return os.ErrNotExist
	}, 5)
	fmt.Println(calls, err, errors.Is(err, os.ErrNotExist))
	for _, r := range fanIn(5) {
		fmt.Println(r.id, r.val, r.err)
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
