package main

import "fmt"

// Type switches in generic functions: a case of the type parameter is
// read from the dictionary (and, from a non-empty interface, its itab);
// an interface-shaped instance passes its value to fmt as it is.

type Sizer interface{ Size() int }

type Blob []byte

func (b Blob) Size() int { return len(b) }

type Word string

func (w Word) Size() int { return len(w) }

type Pixel struct{ X, Y int }

func (p Pixel) Size() int { return 1 }

func classify[T any](v interface{}) string {
	switch x := v.(type) {
	case T:
		return fmt.Sprint("T:", x)
	case int:
		return fmt.Sprint("int:", x)
	case []T:
		return fmt.Sprint("[]T of ", len(x))
	default:
		return fmt.Sprint("other:", x)
	}
}

func measure[T Sizer](s Sizer) int {
	switch x := s.(type) {
	case T:
		return x.Size() * 10
	case Word:
		return x.Size() * 100
	}
	return -1
}

func describe[T any](v interface{}) {
	switch x := v.(type) {
	case T:
		fmt.Println("matches T", x)
	default:
		fmt.Println("no match", x)
	}
}

func main() {
	fmt.Println(classify[string]("hi"), classify[string](3), classify[string]([]string{"a", "b"}), classify[string](2.5))
	fmt.Println(classify[any](7), classify[error](nil))
	fmt.Println(measure[Blob](Blob("abc")), measure[Blob](Word("xy")), measure[Pixel](Pixel{1, 2}), measure[Pixel](Blob("z")))
	describe[any](1)
	describe[fmt.Stringer](Pixel{})
	describe[Pixel](Pixel{3, 4})
}
