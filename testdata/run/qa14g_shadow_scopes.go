package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parseAll(ss []string) (sum int, err error) {
	for _, s := range ss {
		n, err := strconv.Atoi(s) // shadows the named result
		if err != nil {
			fmt.Println("  inner err:", err != nil)
			continue
		}
		sum += n
	}
	return sum, err // outer err is still nil
}

func parseFirstBad(ss []string) (sum int, err error) {
	for _, s := range ss {
		var n int
		n, err = strconv.Atoi(s)
		if err != nil {
			return
		}
		sum += n
	}
	return
}

func scopes() {
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	if x := 42; x > 40 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else", y)
	} else {
		fmt.Println("never", x, y)
	}
	switch x := 3.5; {
	case x > 3:
		x := "case"
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println(x)
}

type T struct{ v int }

func (t T) get() int { return t.v }

func methodShadow() {
	t := T{1}
	get := func() int { return 99 }
	fmt.Println(t.get(), get())
	len := func(s string) int { return -1 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
	}
	nil_ := 0
	_ = nil_
	type int string
	var i int = "an int that is a string"
	fmt.Println(i)
}

var errNotFound = errors.New("not found")

func find(m map[string]int, k string) (v int, err error) {
	if v, ok := m[k]; ok {
		return v * 10, nil
	}
	return v, errNotFound
}

func main() {
	fmt.Println(x)
	fmt.Println(parseAll([]string{"1", "x", "3"}))
	fmt.Println(parseFirstBad([]string{"1", "x", "3"}))
	scopes()
	methodShadow()
	m := map[string]int{"a": 1}
	fmt.Println(find(m, "a"))
	fmt.Println(find(m, "b"))
	fmt.Println(x)
	var err error
	if true {
		_, err := strconv.Atoi("bad")
		_ = err
	}
	fmt.Println("outer err still nil:", err == nil)
	fn := func() (x int) {
		x = 5
		func() {
			x := 6
			x++
		}()
		return
	}
	fmt.Println(fn())
}
