package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
	Fatal
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	case Fatal:
		return "FATAL"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

// actions accumulate via fallthrough: higher levels do everything lower ones do.
func actions(l Level) []string {
	var out []string
	switch l {
	case Fatal:
		out = append(out, "exit")
		fallthrough
	case Error:
		out = append(out, "page")
		fallthrough
	case Warn:
		out = append(out, "mail")
		fallthrough
	case Info, Debug:
		out = append(out, "log")
	default:
		out = append(out, "ignore")
	}
	return out
}

func classify(r rune) string {
	switch {
	case r >= '0' && r <= '9':
		return "digit"
	case strings.ContainsRune("aeiou", r):
		return "vowel"
	case r >= 'a' && r <= 'z':
		return "consonant"
	case r == ' ', r == '\t':
		return "space"
	}
	return "other"
}

func grade(score int) (g string) {
	switch s := score / 10; s {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	case 7:
		g = "C"
	case 6:
		g = "D"
		if score%10 < 3 {
			g += "-"
			break
		}
		g += "+"
	default:
		g = "F"
	}
	return
}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		if x == "" {
			return "empty string"
		}
		return "string " + x
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("ints ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for l := Debug; l <= Fatal+1; l++ {
		fmt.Printf("%-9v %v\n", l, actions(l))
	}
	counts := map[string]int{}
	for _, r := range "go 1.19 rocks!" {
		counts[classify(r)]++
	}
	fmt.Println(counts)
	for _, s := range []int{100, 95, 83, 71, 64, 61, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, v := range []any{nil, 3, int64(4), "", "hi", fmt.Errorf("bad"), Warn, []int{1, 2}, 2.5, struct{}{}} {
		fmt.Println(kind(v))
	}
	x := 5
	switch {
	case x > 3:
		fmt.Println("x>3")
		fallthrough
	case x > 100:
		fmt.Println("x>100 (via fallthrough)")
	case x > 4:
		fmt.Println("not reached")
	}
	switch y := x * 2; y {
	}
	switch f := func() int { fmt.Println("tag evaluated once"); return 2 }(); f {
	case 1, 2, 3:
		fmt.Println("small")
	}
}
