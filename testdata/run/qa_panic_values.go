package main

import (
	"fmt"
	"os"
)

type State struct {
	Code int
	Msg  string
}

type Err struct{ op string }

func (e *Err) Error() string { return "op failed: " + e.op }

func run(kind int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%d: %v (%T)\n", kind, r, r)
		}
	}()
	switch kind {
	case 0:
		panic(State{1, "bad"})
	case 1:
		panic(&Err{"read"})
	case 2:
		panic(fmt.Sprintf("formatted %d", 42))
	case 3:
		panic(3.5)
	case 4:
		var i interface{} = "str"
		_ = i.(int)
	case 5:
		a, b := 1, 0
		_ = a % b
	case 6:
		s := make([]int, 2)
		i := 5
		_ = s[1:i]
	}
}

func main() {
	for k := 0; k < 7; k++ {
		run(k)
	}
	if len(os.Args) > 5 {
		os.Exit(0)
	}
	defer fmt.Println("not printed: os.Exit skips defers")
	fmt.Fprintln(os.Stderr, "exiting with 3")
	os.Exit(3)
}
