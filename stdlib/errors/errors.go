// Package errors: Go 1.19's errors package, in the gosub subset.
package errors

// New returns an error that formats as the given text.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if any.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// comparable reports whether the dynamic type of err is comparable
// (reflectlite's Comparable, provided by the runtime).
//
//extern go_errors_comparable
func comparable(err error) bool

// As finds the first error in err's chain that matches target, and if one
// is found, sets target to that error value and returns true.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	for err != nil {
		if asTarget(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// asTarget: target must be a non-nil pointer to an interface or to a type
// implementing error; if err's dynamic type is assignable to *target's
// type, it stores err in *target (reflect's job, done by the runtime).
//
//extern go_errors_asTarget
func asTarget(err error, target any) bool
