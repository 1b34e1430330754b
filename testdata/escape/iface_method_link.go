// errorcheck -0 -m -l

// An interface type's unexported method is qualified by its package's
// link prefix (-p), not its name: p.m here (package q compiled with -p=p).
package q

type S []int

func (s S) m(x int) int { return len(s) + x } // ERROR "^s does not escape$"

var sink interface{ m(int) int }

func F(s S) { // ERROR "^leaking param: s$"
	sink = interface{ m(int) int }(s) // ERROR "^\(interface { p.m\(int\) int }\)\(s\) escapes to heap$"
}

func G(s S) int { // ERROR "^s does not escape$"
	i := (interface{ m(x int) int })(s) // ERROR "^\(interface { p.m\(int\) int }\)\(s\) does not escape$"
	return i.m(1) // ERROR "^devirtualizing i.m to S$"
}
