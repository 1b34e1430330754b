package calc

import "errors"

var ErrDiv = errors.New("division by zero")

func Div(a, b int) (int, error) {
	if b == 0 {
		return 0, ErrDiv
	}
	return a / b, nil
}

func Abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
