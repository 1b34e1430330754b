package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
)

type ValidationError struct {
	Field string
	Code  int
}

func (v ValidationError) Error() string { return fmt.Sprintf("invalid %s (%d)", v.Field, v.Code) }

type Resource struct {
	name   string
	closed bool
	log    *[]string
}

func Open(name string, log *[]string) (*Resource, error) {
	if strings.HasPrefix(name, "bad") {
		return nil, fmt.Errorf("open %s: %w", name, os.ErrNotExist)
	}
	*log = append(*log, "open "+name)
	return &Resource{name: name, log: log}, nil
}

func (r *Resource) Close() error {
	if r.closed {
		return errors.New("already closed")
	}
	r.closed = true
	*r.log = append(*r.log, "close "+r.name)
	return nil
}

func useResources(names []string, failAt int) (err error) {
	var log []string
	defer func() {
		fmt.Println("  log:", strings.Join(log, "; "))
	}()
	for i, n := range names {
		r, err := Open(n, &log)
		if err != nil {
			return err
		}
		defer func() {
			if cerr := r.Close(); cerr != nil && err == nil {
				err = cerr
			}
		}()
		if i == failAt {
			panic(ValidationError{n, i})
		}
	}
	return nil
}

func safely(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-10s ok\n", name)
			return
		}
		switch e := r.(type) {
		case runtime.Error:
			fmt.Printf("%-10s runtime error: %v\n", name, e)
		case error:
			var ve ValidationError
			fmt.Printf("%-10s error: %v (validation=%v)\n", name, e, errors.As(e, &ve))
		default:
			fmt.Printf("%-10s value: %v (%T)\n", name, e, e)
		}
	}()
	f()
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (s *Sq) Area() float64 { return s.s * s.s }

func main() {
	var nilMap map[string]int
	var nilPtr *Sq
	arr := []int{1, 2, 3}
	idx := 5
	var iface interface{} = "str"
	var sh Shape
	zero := 0
	safely("index", func() { _ = arr[idx] })
	safely("slice", func() { _ = arr[2:idx] })
	safely("slice3", func() { _ = arr[idx:1] })
	safely("nilmap", func() { nilMap["a"] = 1 })
	safely("nilptr", func() { _ = nilPtr.s })
	safely("nilmeth", func() { _ = nilPtr.Area() })
	safely("niliface", func() { _ = sh.Area() })
	safely("assert", func() { _ = iface.(int) })
	safely("assert2", func() { _ = iface.(Shape) })
	safely("divzero", func() { _ = 10 / zero })
	safely("closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	safely("sendclosed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	safely("custom", func() { panic(ValidationError{"age", 7}) })
	safely("wrapped", func() { panic(fmt.Errorf("ctx: %w", ValidationError{"x", 1})) })
	safely("string", func() { panic("plain") })
	safely("int", func() { panic(42) })
	safely("nilpanic", func() { panic(nil) })
	safely("makeneg", func() { _ = make([]int, zero-1) })
	safely("conv", func() { _ = []rune(strings.Repeat("x", 2))[idx] })
	safely("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	safely("array", func() {
		var a [4]int
		i := idx
		a[i%8] = 1
	})
	fmt.Println(useResources([]string{"a", "b", "c"}, -1))
	fmt.Println(useResources([]string{"a", "bad1", "c"}, -1), errors.Is(useResources([]string{"bad"}, -1), os.ErrNotExist))
	safely("resources", func() { useResources([]string{"x", "y", "z"}, 1) })
	defer fmt.Println("deferred in main runs")
	var counts = map[bool]int{}
	for i := 0; i < 10; i++ {
		func() {
			defer func() { counts[recover() != nil]++ }()
			if i%3 == 0 {
				panic(i)
			}
		}()
	}
	fmt.Println(counts[true], counts[false])
	panic(ValidationError{"final", 99})
}
