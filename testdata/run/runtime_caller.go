package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// where reports its caller's function, file and line, as logging helpers do.
func where() string {
	pc, file, line, ok := runtime.Caller(1)
	f := runtime.FuncForPC(pc)
	i := strings.LastIndex(file, "/")
	return fmt.Sprintf("%s %s:%d %v", f.Name(), file[i+1:], line, ok)
}

func helper() {
	fmt.Println(where())
}

func main() {
	fmt.Println(where())
	helper()
	_, _, _, ok := runtime.Caller(100)
	fmt.Println("deep:", ok)
	fmt.Println(len(os.Environ()) > 0)
}
