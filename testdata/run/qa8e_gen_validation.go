package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Rule[T any] struct {
	Name  string
	Check func(T) error
}

type Validator[T any] struct {
	rules []Rule[T]
}

func (v *Validator[T]) Add(name string, check func(T) error) *Validator[T] {
	v.rules = append(v.rules, Rule[T]{name, check})
	return v
}

type FieldError struct {
	Rule string
	Err  error
}

func (e FieldError) Error() string { return e.Rule + ": " + e.Err.Error() }
func (e FieldError) Unwrap() error { return e.Err }

type Errors []error

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

func (v *Validator[T]) Validate(x T) error {
	var errs Errors
	for _, r := range v.rules {
		if err := r.Check(x); err != nil {
			errs = append(errs, FieldError{r.Name, err})
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

var (
	ErrTooShort = errors.New("too short")
	ErrRange    = errors.New("out of range")
)

func MinLen(n int) func(string) error {
	return func(s string) error {
		if len(s) < n {
			return fmt.Errorf("%w (%d < %d)", ErrTooShort, len(s), n)
		}
		return nil
	}
}

func Between[T ~int | ~float64](lo, hi T) func(T) error {
	return func(x T) error {
		if x < lo || x > hi {
			return fmt.Errorf("%v not in [%v, %v]: %w", x, lo, hi, ErrRange)
		}
		return nil
	}
}

func Each[T any](check func(T) error) func([]T) error {
	return func(xs []T) error {
		for i, x := range xs {
			if err := check(x); err != nil {
				return fmt.Errorf("item %d: %w", i, err)
			}
		}
		return nil
	}
}

type User struct {
	Name string
	Age  int
	Tags []string
}

func main() {
	pw := (&Validator[string]{}).
		Add("length", MinLen(8)).
		Add("digit", func(s string) error {
			if strings.IndexFunc(s, unicode.IsDigit) < 0 {
				return errors.New("needs a digit")
			}
			return nil
		})
	for _, p := range []string{"abc", "password", "passw0rd!"} {
		err := pw.Validate(p)
		fmt.Printf("%-10q -> %v (short=%t)\n", p, err, errors.Is(err, ErrTooShort))
	}
	var uv Validator[User]
	uv.Add("name", func(u User) error { return MinLen(2)(u.Name) })
	uv.Add("age", func(u User) error { return Between(0, 150)(u.Age) })
	uv.Add("tags", func(u User) error { return Each(MinLen(3))(u.Tags) })
	users := []User{{"Al", 30, []string{"admin"}}, {"B", 200, []string{"ok1", "x"}}}
	for _, u := range users {
		err := uv.Validate(u)
		var fe FieldError
		var es Errors
		fmt.Println(u.Name, err)
		if errors.As(err, &es) {
			for _, e := range es {
				if errors.As(e, &fe) {
					fmt.Printf("  rule=%s range=%t short=%t\n", fe.Rule, errors.Is(fe, ErrRange), errors.Is(e, ErrTooShort))
				}
			}
		}
	}
	temp := Between(-40.0, 60.5)
	fmt.Println(temp(20), temp(99.9))
	fmt.Println(len(pw.rules), len(uv.rules))
}
