package main

import (
	"fmt"
	"os"
	"strings"
)

var (
	total    = compute("total", a+b)
	a        = compute("a", 10)
	b        = compute("b", a*2)
	registry = map[string]func(int) int{}
	order    []string
	greeting = buildGreeting()
)

type Config struct {
	Name  string `json:"name"`
	Debug bool   `json:"debug,omitempty"`
	Level int
}

var defaults = Config{Name: "app", Level: 2}

func compute(name string, v int) int {
	order = append(order, fmt.Sprintf("%s=%d", name, v))
	return v
}

func buildGreeting() string {
	return strings.Repeat("hi ", 2) + defaults.Name
}

func init() {
	registry["double"] = func(x int) int { return 2 * x }
	order = append(order, "init1")
}

func init() {
	registry["square"] = func(x int) int { return x * x }
	order = append(order, "init2")
	if os.Getenv("QA8E_NEVER_SET") != "" {
		defaults.Debug = true
	}
}

type Plugin interface {
	Name() string
	Run(int) int
}

type funcPlugin struct {
	name string
	fn   func(int) int
}

func (p funcPlugin) Name() string    { return p.name }
func (p funcPlugin) Run(x int) int   { return p.fn(x) }

var plugins = []Plugin{
	funcPlugin{"neg", func(x int) int { return -x }},
	funcPlugin{"inc", func(x int) int { return x + 1 }},
}

const (
	Version = "1." + minor
	minor   = "19"
)

func main() {
	fmt.Println(order)
	fmt.Println(total, a, b, greeting, Version)
	fmt.Printf("%+v\n", defaults)
	for _, k := range []string{"double", "square", "missing"} {
		if f, ok := registry[k]; ok {
			fmt.Println(k, f(7))
		} else {
			fmt.Println(k, "not registered")
		}
	}
	x := 5
	for _, p := range plugins {
		x = p.Run(x)
		fmt.Printf("%s -> %d\n", p.Name(), x)
	}
	var sb strings.Builder
	for i, s := range order {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strings.SplitN(s, "=", 2)[0])
	}
	fmt.Println(sb.String())
}
