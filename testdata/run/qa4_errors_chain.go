// An order-processing service whose errors are wrapped layer by layer:
// sentinel errors, typed errors with fields, errors.Is/As/Unwrap through
// %w chains, and an exit status chosen from the error kind.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrOutOfStock   = errors.New("out of stock")
	ErrInvalidInput = errors.New("invalid input")
)

type ValidationError struct {
	Field string
	Value string
	Err   error
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("field %q (value %q): %v", e.Field, e.Value, e.Err)
}

func (e *ValidationError) Unwrap() error { return e.Err }

type StockError struct {
	SKU       string
	Want, Got int
}

func (e StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Got)
}

func (e StockError) Is(target error) bool { return target == ErrOutOfStock }

type TimeoutError struct{ Op string }

func (e *TimeoutError) Error() string   { return e.Op + ": timeout" }
func (e *TimeoutError) Temporary() bool { return true }

var stock = map[string]int{"apple": 5, "pear": 0, "fig": 12}

func parseQty(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, &ValidationError{Field: "qty", Value: s, Err: err}
	}
	if n <= 0 {
		return 0, &ValidationError{Field: "qty", Value: s, Err: ErrInvalidInput}
	}
	return n, nil
}

func reserve(sku string, qty int) error {
	have, ok := stock[sku]
	if !ok {
		return fmt.Errorf("reserve %s: %w", sku, ErrNotFound)
	}
	if have < qty {
		return StockError{sku, qty, have}
	}
	stock[sku] = have - qty
	return nil
}

func placeOrder(id int, sku, qty string) error {
	if sku == "slow" {
		return fmt.Errorf("order %d: %w", id, &TimeoutError{Op: "inventory lookup"})
	}
	n, err := parseQty(qty)
	if err != nil {
		return fmt.Errorf("order %d: parse: %w", id, err)
	}
	if err := reserve(sku, n); err != nil {
		return fmt.Errorf("order %d: %w", id, err)
	}
	return nil
}

func classify(err error) string {
	var ve *ValidationError
	var se StockError
	var ne *strconv.NumError
	var temp interface{ Temporary() bool }
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &ne):
		return fmt.Sprintf("bad number (func %s, input %q, cause %v, range=%v)", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	case errors.As(err, &ve):
		return "validation of " + ve.Field
	case errors.As(err, &se):
		return fmt.Sprintf("stock short by %d (is ErrOutOfStock: %v)", se.Want-se.Got, errors.Is(err, ErrOutOfStock))
	case errors.Is(err, ErrNotFound):
		return "unknown product"
	case errors.As(err, &temp):
		return fmt.Sprintf("temporary=%v", temp.Temporary())
	}
	return "unclassified"
}

func depth(err error) int {
	n := 0
	for err != nil {
		n++
		err = errors.Unwrap(err)
	}
	return n
}

func main() {
	orders := []struct{ sku, qty string }{
		{"apple", "2"}, {"apple", "4"}, {"pear", "1"}, {"kiwi", "1"}, {"fig", "x3"},
		{"fig", "-1"}, {"fig", "99999999999999999999"}, {"slow", "1"}, {"fig", "12"}, {"fig", "1"},
	}
	failures := map[string]int{}
	for i, o := range orders {
		err := placeOrder(i+1, o.sku, o.qty)
		fmt.Printf("#%-2d %-6s %-22s depth=%d %s\n", i+1, o.sku, o.qty, depth(err), classify(err))
		if err != nil {
			fmt.Println("    ", err)
			failures[classify(err)[:5]]++
		}
	}
	fmt.Println(failures)

	// Standard library errors take part in the same protocol.
	_, err := os.Open("/definitely/not/here.txt")
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.As(err, &pe))
	fmt.Println(pe.Op, pe.Path, pe.Err)
	wrapped := fmt.Errorf("load config: %w", err)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == pe.Err)
	fmt.Println(errors.Is(fmt.Errorf("read: %w", io.EOF), io.EOF), errors.Is(fmt.Errorf("read: %v", io.EOF), io.EOF))
	fmt.Println(fmt.Errorf("two: %w and %w", io.EOF, io.ErrUnexpectedEOF))
	fmt.Println(fmt.Errorf("none: %w", nil), errors.Unwrap(fmt.Errorf("x %d", 1)) == nil)
	var target *TimeoutError
	fmt.Println(errors.As(placeOrder(0, "slow", "1"), &target), target.Op)

	code := 0
	if len(failures) > 0 {
		code = 3
	}
	fmt.Fprintf(os.Stderr, "%d orders failed\n", len(orders)-2)
	os.Exit(code)
}
