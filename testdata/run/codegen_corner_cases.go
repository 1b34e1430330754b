// Corner cases found by Go's fixedbugs tests: a labeled switch in an
// inlined function (issue49145), a deferred nil func value (issue8047),
// append past MaxInt elements of a zero-size type (issue7550, 29190),
// map elements on the left of a tuple assignment use the old key (issue4620).
package main

import (
	"fmt"
	"strings"
)

func f(j int) int {
loop:
	switch j {
	case 1:
		break loop
	default:
		return j * 10
	}
	return -1
}

func deferNil() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	defer ((func())(nil))()
	return "no panic"
}

type T struct{}

func grow() (msg string) {
	defer func() {
		if e, ok := recover().(error); ok && strings.Contains(e.Error(), "cap out of range") {
			msg = "growslice panicked"
		}
	}()
	s := make([]T, int(^uint(0)>>1))
	s = append(s, T{})
	return fmt.Sprint("no panic ", len(s))
}

func main() {
	for j := 0; j < 3; j++ {
		fmt.Println(j, f(j))
	}
	fmt.Println(deferNil())
	fmt.Println(grow())
	m := map[int]int{0: 1}
	i := 0
	i, m[i] = 1, 2
	fmt.Println(i, m)
	k := "a"
	n := map[string][]int{}
	n[k], k = []int{1}, "b"
	fmt.Println(k, n)
	a := map[int]string{1: "one", 2: "two"}
	a[1], a[2] = a[2], a[1]
	fmt.Println(a)
}
