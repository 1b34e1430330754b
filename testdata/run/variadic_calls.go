package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	r := ""
	for i, p := range parts {
		if i > 0 {
			r += sep
		}
		r += p
	}
	return r
}

func pair() (int, int) { return 3, 4 }

func two(a, b int) int { return a * b }

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...), sum(xs[1:]...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	fmt.Println(two(pair()))
	fmt.Println(describe("n=", 1, "two", 3.0, nil))
	fmt.Println(describe("none"))
	var args []interface{}
	args = append(args, 1, 2)
	fmt.Println(describe("spread", args...))
	b := append([]byte("abc"), "def"...)
	fmt.Println(string(b), len(b))
	c := make([]int, 2, 10)
	d := append(c, 1)
	e := append(c, 2)
	fmt.Println(d[2], e[2], len(c), cap(d))
	s := []int{1, 2, 3, 4, 5}
	copy(s[1:], s)
	fmt.Println(s)
	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid, len(grid[0]))
	anon := []struct {
		name string
		n    int
	}{{"x", 1}, {"y", 2}}
	for _, a := range anon {
		fmt.Print(a.name, a.n, ";")
	}
	fmt.Println()
}
