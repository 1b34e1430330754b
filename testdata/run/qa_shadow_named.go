package main

import (
	"errors"
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
		}
	}()
	if s == "" {
		err = errors.New("empty")
		return
	}
	n, err = strconv.Atoi(s)
	return
}

func shadow() (result string) {
	x := "outer"
	if x := "inner"; len(x) > 0 {
		result += x + " "
	}
	{
		x := 5
		result += fmt.Sprint(x, " ")
	}
	return result + x
}

func swap(a, b int) (int, int) { return b, a }

func multi() (a, b, c int) {
	a, b, c = 1, 2, 3
	a, b, c = c, a, b
	return
}

func main() {
	fmt.Println(parse("42"))
	fmt.Println(parse("x"))
	fmt.Println(parse(""))
	fmt.Println(shadow(), x)
	a, b := swap(1, 2)
	fmt.Println(a, b)
	fmt.Println(multi())
	i, s := 0, []int{10, 20, 30}
	i, s[i] = 2, 99
	fmt.Println(i, s)
	var err error
	if n, err := parse("7"); err == nil {
		fmt.Println("inner", n, err)
	}
	fmt.Println("outer err still nil:", err == nil)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m["a"], m["b"])
}
