package main

import (
	"fmt"
	"strings"
)

type ValidationError struct {
	Field string
	Issue string
}

func (v *ValidationError) Error() string {
	return "validation failed on " + v.Field + ": " + v.Issue
}

type Config struct {
	Name    string
	Port    int
	Workers int
}

func validate(c Config) error {
	if strings.TrimSpace(c.Name) == "" {
		return &ValidationError{"name", "empty"}
	}
	if c.Port <= 0 || c.Port > 65535 {
		return &ValidationError{"port", fmt.Sprintf("out of range: %d", c.Port)}
	}
	return nil
}

func mustLoad(c Config) Config {
	if err := validate(c); err != nil {
		panic(err)
	}
	return c
}

func main() {
	good := mustLoad(Config{"api", 8080, 4})
	fmt.Printf("%+v\n", good)
	defer fmt.Println("deferred print runs during panic")
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		mustLoad(Config{"", 1, 1})
	}()
	mustLoad(Config{"db", 70000, 2})
	fmt.Println("not reached")
}
