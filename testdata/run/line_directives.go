package main

import (
	"fmt"
	"runtime"
	"strings"
)

func where(skip int) string {
	_, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "?"
	}
	if i := strings.LastIndex(file, "/"); i >= 0 && !strings.HasPrefix(file, "/abs") {
		file = file[i+1:]
	}
	return fmt.Sprintf("%s:%d", file, line)
}

func here() string { return where(1) }

//line parser.y:100
func action(n int) int {
	fmt.Println("action at", where(0))
	return n + 1
}

//line :200:5
func keepFile() string {
	return where(0)
}

/*line /abs/gen.go:300:1*/ func inlined() string { return where(0) }

//line :7
func noName() string { return where(0) }

//line line_directives.go:60
func main() {
	fmt.Println(action(1))
	fmt.Println("keep", keepFile())
	fmt.Println("abs", inlined())
	fmt.Println("empty", noName())
	fmt.Println("main", here())
	/*line x.go:5*/ fmt.Println("inline comment", here())
	var m map[string]int
	m["boom"]++
}
