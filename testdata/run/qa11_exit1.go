package main

import (
	"fmt"
	"os"
	"sync"
)

type Config struct {
	Name    string
	Workers int
	Retries int
}

type Validator func(*Config) error

func validators() []Validator {
	return []Validator{
		func(c *Config) error {
			if c.Name == "" {
				return fmt.Errorf("name required")
			}
			return nil
		},
		func(c *Config) error {
			if c.Workers <= 0 || c.Workers > 64 {
				return fmt.Errorf("workers %d out of range", c.Workers)
			}
			return nil
		},
	}
}

func check(c *Config) []error {
	var errs []error
	for _, v := range validators() {
		if err := v(c); err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}

func main() {
	cfgs := []Config{{"a", 4, 1}, {"", 0, 0}, {"b", 100, 2}}
	var wg sync.WaitGroup
	results := make([][]error, len(cfgs))
	for i := range cfgs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = check(&cfgs[i])
		}(i)
	}
	wg.Wait()
	bad := 0
	for i, errs := range results {
		for _, e := range errs {
			fmt.Fprintf(os.Stderr, "config %d: %v\n", i, e)
			bad++
		}
	}
	defer fmt.Println("not printed: os.Exit skips defers")
	if bad > 0 {
		fmt.Printf("%d problems\n", bad)
		os.Exit(bad)
	}
}
