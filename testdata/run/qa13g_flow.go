package main

import "fmt"

func grade(n int) string {
	s := ""
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
		fallthrough
	case n >= 70:
		s += "C"
	case n >= 60:
		s += "D"
	default:
		s += "F"
	}
	return s
}

func findPair(grid [][]int, target int) (int, int, bool) {
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				continue outer
			}
			if v == target {
				return i, j, true
			}
			if v > 100 {
				break outer
			}
		}
	}
	return -1, -1, false
}

func gotoLoop(n int) (sum int) {
	i := 0
loop:
	if i >= n {
		goto done
	}
	sum += i
	i++
	goto loop
done:
	return
}

func primes(limit int) []int {
	var ps []int
next:
	for n := 2; len(ps) < limit; n++ {
		for _, p := range ps {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		ps = append(ps, n)
	}
	return ps
}

func switchInit(x int) string {
	switch y := x * 2; {
	case y > 10:
		return "big"
	case y < 0:
		return "neg"
	}
	switch x {
	case 1, 2, 3:
		return "small"
	case 4:
	case 5:
		return "five"
	default:
		return "other"
	}
	return "four"
}

func labeledSelect(ch chan int) []int {
	var got []int
L:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break L
			}
			if v%2 == 0 {
				continue L
			}
			got = append(got, v)
		}
	}
	return got
}

func switchBreak(xs []int) int {
	count := 0
	for _, x := range xs {
		switch {
		case x == 0:
			break
		case x < 0:
			count -= 100
		default:
			count++
		}
		if x == 99 {
			break
		}
	}
	return count
}

type state int

const (
	start state = iota
	inWord
	inNum
)

func tokens(s string) []string {
	var out []string
	st := start
	begin := 0
	for i := 0; i <= len(s); i++ {
		var c byte = ' '
		if i < len(s) {
			c = s[i]
		}
		switch st {
		case start:
			switch {
			case c >= 'a' && c <= 'z':
				st, begin = inWord, i
			case c >= '0' && c <= '9':
				st, begin = inNum, i
			}
		case inWord:
			if c < 'a' || c > 'z' {
				out = append(out, "W:"+s[begin:i])
				st = start
				i--
			}
		case inNum:
			if c < '0' || c > '9' {
				out = append(out, "N:"+s[begin:i])
				st = start
				i--
			}
		}
	}
	return out
}

func main() {
	for _, n := range []int{95, 85, 75, 65, 5} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	grid := [][]int{{1, 2, -1, 7}, {3, 7, 4}, {200, 7}}
	fmt.Println(findPair(grid, 7))
	fmt.Println(findPair(grid, 4))
	fmt.Println(findPair(grid, 9))
	fmt.Println(gotoLoop(10), gotoLoop(0))
	fmt.Println(primes(15))
	for _, x := range []int{-3, 1, 4, 5, 6, 9} {
		fmt.Print(switchInit(x), " ")
	}
	fmt.Println()
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	fmt.Println(labeledSelect(ch))
	fmt.Println(switchBreak([]int{1, 0, 2, -1, 99, 3}))
	fmt.Println(tokens("abc 123 x9y 42z"))
	var i int
	for i = 0; i < 5; i++ {
		if i == 3 {
			break
		}
	}
	fmt.Println("i after:", i)
	for j := range [3]struct{}{} {
		defer fmt.Println("deferred", j)
	}
	k := 0
	for {
		k++
		if k > 3 {
			break
		}
	}
	fmt.Println("k:", k)
	switch v := interface{}(3.5).(type) {
	case int, int64:
		fmt.Printf("integer %T\n", v)
	case float64:
		fmt.Printf("float %v\n", v+1)
	}
}
