package main

import "fmt"

type trace struct {
	id    int
	spans []string
	name  string
}

// add appends through t: a nil t faults at the slice's length word.
func (t *trace) add(s string) {
	t.spans = append(t.spans, s)
}

func (t *trace) tail() []string { return t.spans[1:] }

func main() {
	tr := &trace{id: 1}
	tr.add("a")
	tr.add("b")
	fmt.Println(tr.tail(), len(tr.name[0:]))
	var none *trace
	none.add("c")
}
