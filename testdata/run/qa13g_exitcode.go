package main

import (
	"fmt"
	"os"
	"strings"
)

type Cmd struct {
	Name string
	Run  func(args []string) error
}

type usageError struct{ msg string }

func (u usageError) Error() string { return "usage: " + u.msg }

var cmds = []Cmd{
	{"echo", func(a []string) error { fmt.Println(strings.Join(a, " ")); return nil }},
	{"sum", func(a []string) error {
		t := 0
		for _, s := range a {
			var n int
			if _, err := fmt.Sscanf(s, "%d", &n); err != nil {
				return fmt.Errorf("sum: bad number %q: %w", s, err)
			}
			t += n
		}
		fmt.Println("sum =", t)
		return nil
	}},
	{"need2", func(a []string) error {
		if len(a) != 2 {
			return usageError{"need2 A B"}
		}
		fmt.Println(a[1], a[0])
		return nil
	}},
}

func dispatch(line string) int {
	f := strings.Fields(line)
	if len(f) == 0 {
		return 0
	}
	for _, c := range cmds {
		if c.Name == f[0] {
			if err := c.Run(f[1:]); err != nil {
				fmt.Fprintln(os.Stderr, "error:", err)
				if _, ok := err.(usageError); ok {
					return 2
				}
				return 1
			}
			return 0
		}
	}
	fmt.Fprintf(os.Stderr, "unknown command %q\n", f[0])
	return 127
}

func main() {
	defer fmt.Println("this deferred print never runs")
	script := []string{
		"echo hello world",
		"sum 1 2 3",
		"",
		"need2 x y",
		"need2 x",
		"sum 4 five",
		"nope",
	}
	worst := 0
	for _, l := range script {
		code := dispatch(l)
		fmt.Printf("%-18q -> %d\n", l, code)
		if code > worst {
			worst = code
		}
	}
	fmt.Printf("exiting with %d\n", worst%100+3)
	os.Stdout.Sync()
	os.Exit(worst%100 + 3)
}
