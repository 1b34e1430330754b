// A validation pipeline: recovered panics for bad records, then a
// fatal panic with a custom error value that ends the program (exit 2).
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Record struct {
	Key   string
	Value int
	Tags  []string
}

type FatalError struct {
	Stage string
	Cause error
}

func (e *FatalError) Error() string { return "fatal in " + e.Stage + ": " + e.Cause.Error() }

var errCorrupt = errors.New("corrupt record")

func mustPositive(r *Record) {
	if r.Value < 0 {
		panic(fmt.Sprintf("negative value %d for %s", r.Value, r.Key))
	}
}

func tag(r *Record, i int) string {
	return r.Tags[i] // may panic: index out of range
}

func safely(name string, f func()) (err error) {
	defer func() {
		switch v := recover().(type) {
		case nil:
		case error:
			err = fmt.Errorf("%s: recovered error: %w", name, v)
		case string:
			err = fmt.Errorf("%s: recovered: %s", name, v)
		default:
			err = fmt.Errorf("%s: recovered %T", name, v)
		}
	}()
	f()
	return nil
}

func stage(records []*Record) (ok int, errs []error) {
	for _, r := range records {
		r := r
		err := safely(r.Key, func() {
			mustPositive(r)
			_ = tag(r, 1)
			if strings.Contains(r.Key, "!") {
				panic(errCorrupt)
			}
			if r.Value > 1000 {
				panic(struct{ N int }{r.Value})
			}
		})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ok++
	}
	return
}

func main() {
	defer fmt.Println("deferred in main runs before the crash report")
	recs := []*Record{
		{"a", 1, []string{"x", "y"}},
		{"b", -4, []string{"x", "y"}},
		{"c", 3, []string{"x"}},
		{"d!", 5, []string{"p", "q"}},
		{"e", 5000, []string{"p", "q"}},
		{"f", 6, []string{"p", "q", "r"}},
	}
	ok, errs := stage(recs)
	fmt.Println("ok:", ok)
	for _, e := range errs {
		fmt.Println(" ", e, "| corrupt:", errors.Is(e, errCorrupt))
	}
	if len(errs) > 3 {
		fmt.Fprintln(os.Stderr, "too many errors")
		panic(&FatalError{Stage: "validate", Cause: fmt.Errorf("%d bad records: %w", len(errs), errCorrupt)})
	}
	fmt.Println("not reached")
}
