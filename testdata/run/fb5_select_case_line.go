// A nil dereference while a select evaluates its cases is reported at the
// case's line, not the select's (Go's fixedbugs bug347).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var t *struct {
	c chan int
}

var c chan int

func f() {
	select {
	case <-c:
		break
	case <-t.c: // line 21
		break
	}
}

func g() {
	v := 1
	select {
	case c <- v:
	case t.c <- v: // line 30
	default:
	}
}

func where(fn func()) {
	defer func() {
		fmt.Println(recover())
		for i := 0; ; i++ {
			pc, file, line, ok := runtime.Caller(i)
			if !ok {
				fmt.Println("not found")
				return
			}
			name := runtime.FuncForPC(pc).Name()
			if strings.HasSuffix(file, "fb5_select_case_line.go") && (name == "main.f" || name == "main.g") {
				fmt.Println(name, line)
				return
			}
		}
	}()
	fn()
}

func main() {
	where(f)
	where(g)
}
