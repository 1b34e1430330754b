// Control flow that changes escape decisions: labels and goto loops,
// select, defer/recover, recursive closures, named results whose address
// is taken, panics with custom values.
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type parseErr struct {
	pos int
	msg string
}

func (e *parseErr) Error() string { return "at " + strconv.Itoa(e.pos) + ": " + e.msg }

func mustDigit(s string, i int) int {
	c := s[i]
	if c < '0' || c > '9' {
		panic(&parseErr{pos: i, msg: "not a digit"})
	}
	return int(c - '0')
}

func sumDigits(s string) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*parseErr); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	for i := range s {
		total += mustDigit(s, i)
	}
	return total, nil
}

func search(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
			if v > target {
				continue outer
			}
		}
	}
	return -1, -1, false
}

func retry(n int) int {
	attempts := 0
	var last *int
again:
	x := attempts * 2
	last = &x
	attempts++
	if attempts < n {
		goto again
	}
	return *last
}

func fib() func() int {
	var f func(int) int
	memo := map[int]int{}
	f = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		v := f(n-1) + f(n-2)
		memo[n] = v
		return v
	}
	i := 0
	return func() int { i++; return f(i) }
}

func fanIn(a, b <-chan int, quit <-chan bool) []int {
	var got []int
	for {
		select {
		case v := <-a:
			got = append(got, v)
		case v := <-b:
			got = append(got, -v)
		case <-quit:
			return got
		}
	}
}

func setResult() (p *int) {
	var local int
	p = &local
	*p = 7
	return
}

func main() {
	fmt.Println(sumDigits("1234"))
	_, err := sumDigits("12a4")
	var pe *parseErr
	fmt.Println(err, errors.As(err, &pe), pe.pos)

	g := [][]int{{1, 3, 9}, {2, 4, 6}, {5, 7, 8}}
	fmt.Println(search(g, 7))
	fmt.Println(retry(4))

	next := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(next(), " ")
	}
	fmt.Println()

	a := make(chan int)
	b := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
			b <- i * 10
		}
		quit <- true
	}()
	fmt.Println(fanIn(a, b, quit))
	fmt.Println(*setResult())

	defer fmt.Println("deferred last")
	if len(os.Args) > 5 {
		os.Exit(3)
	}
}
