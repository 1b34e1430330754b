package main

import (
	"fmt"
	"strings"
)

type Engine struct {
	HP   int
	Runs bool
}

func (e *Engine) Start() string {
	e.Runs = true
	return fmt.Sprintf("vroom (%d hp)", e.HP)
}

func (e *Engine) Status() string {
	if e == nil {
		return "no engine"
	}
	return fmt.Sprintf("%d hp running=%t", e.HP, e.Runs)
}

type Car struct {
	*Engine
	Model string
}

func grade(score int) string {
	var parts []string
	switch {
	case score >= 90:
		parts = append(parts, "excellent")
		fallthrough
	case score >= 75:
		parts = append(parts, "good")
		fallthrough
	case score >= 50:
		parts = append(parts, "pass")
	default:
		parts = append(parts, "fail")
	}
	return strings.Join(parts, "+")
}

func weekdayKind(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4, 5:
		return "weekday"
	}
	return "invalid"
}

func main() {
	for _, s := range []int{95, 80, 60, 10} {
		fmt.Println(s, grade(s))
	}
	for d := -1; d <= 7; d += 2 {
		fmt.Print(weekdayKind(d), " ")
	}
	fmt.Println()
	cars := []Car{{&Engine{HP: 300}, "fast"}, {nil, "shell"}}
	for _, c := range cars {
		fmt.Printf("%s: %s\n", c.Model, c.Status())
	}
	fmt.Println(cars[0].Start(), cars[0].Runs)
	fmt.Println("starting the shell...")
	fmt.Println(cars[1].Start())
}
