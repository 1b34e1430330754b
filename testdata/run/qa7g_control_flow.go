package main

import "fmt"

type Grade int

func classify(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score < 0, score > 100:
		return "invalid"
	default:
		return "C-or-below"
	}
}

func features(level int) []string {
	var fs []string
	switch level {
	case 3:
		fs = append(fs, "admin")
		fallthrough
	case 2:
		fs = append(fs, "write")
		fallthrough
	case 1:
		fs = append(fs, "read")
	case 0:
	default:
		fs = append(fs, "unknown-level")
	}
	return fs
}

func findPair(nums []int, target int) (int, int, bool) {
	var i, j int
	for i = 0; i < len(nums); i++ {
		for j = i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				goto found
			}
		}
	}
	return -1, -1, false
found:
	return i, j, true
}

func primes(n int) []int {
	var ps []int
next:
	for c := 2; len(ps) < n; c++ {
		for _, p := range ps {
			if p*p > c {
				break
			}
			if c%p == 0 {
				continue next
			}
		}
		ps = append(ps, c)
	}
	return ps
}

func retry(max int) (attempts int) {
	i := 0
loop:
	i++
	attempts = i
	if i < max {
		goto loop
	}
	return
}

func matrixSearch(m [][]int, v int) string {
	result := "not found"
rows:
	for r, row := range m {
		switch {
		case len(row) == 0:
			continue rows
		case row[0] > v:
			break rows
		}
		for c, x := range row {
			if x == v {
				result = fmt.Sprintf("found at (%d,%d)", r, c)
				break rows
			}
			if x > v {
				continue rows
			}
		}
	}
	return result
}

func typeName(vs ...interface{}) []string {
	var out []string
	for _, v := range vs {
		switch x := v.(type) {
		case nil:
			out = append(out, "nil")
		case int, int64:
			out = append(out, fmt.Sprintf("integer %v", x))
		case string:
			if x == "" {
				out = append(out, "empty string")
				break
			}
			out = append(out, "string "+x)
		case error:
			out = append(out, "error "+x.Error())
		case func() int:
			out = append(out, fmt.Sprint("func returning ", x()))
		default:
			out = append(out, fmt.Sprintf("other %T", x))
		}
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 50, -3, 101} {
		fmt.Print(classify(s), " ")
	}
	fmt.Println()
	for l := -1; l <= 4; l++ {
		fmt.Println(l, features(l))
	}
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))
	fmt.Println(primes(15))
	fmt.Println(retry(4), retry(0))
	m := [][]int{{1, 3, 5}, {}, {7, 9, 11}, {13, 15}, {20}}
	for _, v := range []int{9, 4, 15, 1, 17} {
		fmt.Println(v, matrixSearch(m, v))
	}
	fmt.Println(typeName(nil, 3, int64(4), "", "s", fmt.Errorf("e"), func() int { return 7 }, 2.5, []int{}))
	x := 0
	for {
		x++
		if x%2 == 0 {
			continue
		}
		if x > 7 {
			break
		}
		fmt.Print(x, ",")
	}
	fmt.Println()
	switch x := 5; {
	case x > 3:
		fmt.Println("big", x)
		if x == 5 {
			break
		}
		fmt.Println("unreached")
	}
	var arr [5]int
	for i := range arr {
		defer func(n int) { fmt.Print(n, " ") }(i)
	}
}
