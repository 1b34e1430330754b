// Inlined calls as Go reports them: runtime.Caller and log's Lshortfile inside an
// inlined helper name the helper's line, FuncForPC and CallersFrames list
// the inlined frames, and a panic in an inlined method prints its frame.
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"runtime"
	"strings"
)

type stack struct{ items []int }

func (s *stack) push(v int) { s.items = append(s.items, v) }

func (s *stack) top() int { return s.items[len(s.items)-1] }

func where() string {
	_, file, line, ok := runtime.Caller(0)
	if i := strings.LastIndex(file, "/"); i >= 0 {
		file = file[i+1:]
	}
	return fmt.Sprintf("%s:%d %v", file, line, ok)
}

func callerLine() int {
	_, _, line, _ := runtime.Caller(1)
	return line
}

func check(err error) {
	if err != nil {
		log.Printf("check: %v", err)
	}
}

func twice(x int) int { return double(x) + 1 }

func double(x int) int { return x * 2 }

func funcName() string {
	pc, _, _, _ := runtime.Caller(0)
	return runtime.FuncForPC(pc).Name()
}

func main() {
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	fmt.Println(where())
	fmt.Println(callerLine())
	check(errors.New("first"))
	fmt.Println(twice(4))
	check(errors.New("second"))
	fmt.Println(funcName())
	pcs := make([]uintptr, 10)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			fmt.Println(f.Function, f.Line)
		}
		if !more {
			break
		}
	}
	s := &stack{}
	s.push(1)
	fmt.Println(s.top())
	s.items = nil
	fmt.Println(s.top())
}
