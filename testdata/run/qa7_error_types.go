// Validation errors as custom types: a field error with a pointer receiver,
// a value-receiver code error, wrapping with %w, errors.Is/As and a joined
// multi-error.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrRequired = errors.New("required")

type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == c || t == 0)
}

type MultiError []error

func (m MultiError) Error() string {
	s := ""
	for i, e := range m {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return s
}

type User struct {
	Name  string
	Age   string
	Email string
}

func validate(u User) error {
	var errs MultiError
	if u.Name == "" {
		errs = append(errs, &FieldError{"name", ErrRequired})
	}
	if n, err := strconv.Atoi(u.Age); err != nil {
		errs = append(errs, &FieldError{"age", err})
	} else if n < 0 || n > 150 {
		errs = append(errs, &FieldError{Field: "age", Err: fmt.Errorf("out of range: %d", n)})
	}
	if u.Email != "" && len(u.Email) < 3 {
		errs = append(errs, fmt.Errorf("email %q: %w", u.Email, Code(422)))
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	users := []User{
		{"ann", "31", "ann@example.org"},
		{"", "x1", "a"},
		{"bob", "200", ""},
	}
	for i, u := range users {
		err := validate(u)
		if err == nil {
			fmt.Println(i, "ok")
			continue
		}
		fmt.Println(i, "invalid:", err)
		var me MultiError
		if errors.As(err, &me) {
			for _, e := range me {
				var fe *FieldError
				var ne *strconv.NumError
				switch {
				case errors.As(e, &ne):
					fmt.Printf("  number error in %s: func=%s num=%q\n", e.(*FieldError).Field, ne.Func, ne.Num)
				case errors.As(e, &fe):
					fmt.Printf("  field %s required=%v\n", fe.Field, errors.Is(fe, ErrRequired))
				case errors.Is(e, Code(0)):
					fmt.Println("  coded:", errors.Is(e, Code(422)), errors.Is(e, Code(500)), errors.Unwrap(e))
				}
			}
		}
	}
	wrapped := fmt.Errorf("saving user %d: %w", 7, &FieldError{"id", ErrRequired})
	fmt.Println(wrapped, errors.Is(wrapped, ErrRequired))
}
