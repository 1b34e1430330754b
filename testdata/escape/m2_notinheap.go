// errorcheck -0 -m

// //go:notinheap (gc's NotInHeap): a pointer to such a type is no pointer
// for gc (HasPointers), so a parameter holding only one gets no tag, and
// it is not stored directly in an interface (IsDirectIface): converting a
// value holding one allocates.
package p

type iface interface {
	Get() int
}

//go:notinheap
type notInHeap struct {
	i int
}

type myInt struct {
	f *notInHeap
}

func (mi myInt) Get() int { // ERROR "^can inline myInt\.Get$"
	return int(mi.f.i)
}

type (
	//go:notinheap
	grouped struct{ n int }
	pair    struct {
		a, b *grouped
	}
)

var global notInHeap
var g2 grouped

func Use(p *notInHeap) int { // ERROR "^can inline Use$"
	return p.i
}

func Pair(q pair) int { // ERROR "^can inline Pair$"
	return q.a.n + q.b.n
}

func Conv() iface { // ERROR "^can inline Conv$"
	mi := myInt{f: &global}
	return iface(mi) // ERROR "^iface\(mi\) escapes to heap$"
}

func Sink(x interface{}) {} // ERROR "^can inline Sink$" "^x does not escape$"

func Both() { // ERROR "^can inline Both$"
	Sink(pair{&g2, &g2}) // ERROR "^inlining call to Sink$" "^pair\{\.\.\.\} does not escape$"
	Sink(&global) // ERROR "^inlining call to Sink$" "^&global does not escape$"
}
