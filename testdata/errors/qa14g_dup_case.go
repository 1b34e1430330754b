package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func name(c Color) string {
	switch c {
	case Red:
		return "red"
	case Green, Red:
		return "green"
	case 2, Blue:
		return "blue"
	}
	return "?"
}

func kind(v interface{}) string {
	switch v.(type) {
	case int, string:
		return "basic"
	case int:
		return "int again"
	}
	return ""
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	fmt.Println(name(Red), kind(1), m)
}
