// errorcheck -0 -m

// Type switch cases in generic code: a case of a type-parameter type is a
// type read from the dictionary (gc's ODYNAMICTYPE), which the inline
// cost counts.
package p

type Box struct{ v int }

func (b Box) Get() int { return b.v } // ERROR "can inline Box.Get"

func K[T any](x any) int { // ERROR "can inline K\[go.shape.string_0\]"
	switch x.(type) {
	case T:
		return 1
	case []T:
		return 2
	}
	return 0
}

func Use() int { // ERROR "can inline Use"
	return K[string](Box{1}) + K[string]("s") // ERROR "inlining call to K\[go.shape.string_0\]" "Box{...} does not escape" "... does not escape"
}
