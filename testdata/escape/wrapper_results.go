// errorcheck -0 -m

// Method wrappers of promoted methods with several results (gc returns
// them through temporaries), named results (the wrapper keeps the
// method's names), and an allocation the inlined body returns.
package p

import "errors"

type Inner struct{ data []byte }

var errShort = errors.New("short") // ERROR "^inlining call to errors\.New$" "^&errors\.errorString\{\.\.\.\} escapes to heap$"

func (in *Inner) ReadAt(off int) (line []byte, err error) { // ERROR "^can inline \(\*Inner\)\.ReadAt$" "^leaking param: in to result line level=1$"
	if off > len(in.data) {
		return nil, errors.New("bad offset") // ERROR "^inlining call to errors\.New$" "^&errors\.errorString\{\.\.\.\} escapes to heap$"
	}
	return in.data[off:], nil
}

func (in *Inner) Take(n int) ([]byte, error) { // ERROR "^can inline \(\*Inner\)\.Take$" "^leaking param: in to result ~r0 level=1$"
	if n > len(in.data) {
		return nil, errShort
	}
	b := in.data[:n]
	in.data = in.data[n:] // ERROR "^\(\*Inner\)\.Take ignoring self-assignment in in\.data = in\.data\[n:\]$"
	return b, nil
}

func (in *Inner) Box() (p *int) { // ERROR "^can inline \(\*Inner\)\.Box$" "^in does not escape$"
	v := len(in.data) // ERROR "^moved to heap: v$"
	return &v
}

type Outer struct {
	*Inner
	name string
}

type Reader interface {
	ReadAt(off int) ([]byte, error)
	Take(n int) ([]byte, error)
	Box() *int
}

func Use(o Outer) Reader { // ERROR "^can inline Use$" "^leaking param: o$"
	return o // ERROR "^o escapes to heap$"
}
