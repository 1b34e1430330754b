package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func logf(level string, format string, args ...any) string {
	return fmt.Sprintf("[%s] "+format, append([]any{}, args...)...)
}

func mutate(xs ...int) { xs[0] = -1 }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))
	mutate(xs...)
	fmt.Println(xs)
	fmt.Println(join("-", "a", "b", "c"), join(","))
	fmt.Println(logf("INFO", "%s=%d", "x", 1))
	var args []interface{}
	args = append(args, 1, "two", 3.0)
	fmt.Println(args...)
	fmt.Println(len(args), args)
	fmt.Printf("%v %v %v\n", args...)
}
