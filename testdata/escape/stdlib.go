// errorcheck -0 -m

// Calls into the standard packages: their leak tags and inlinable bodies.
package p

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
)

func Print(x int, s string) { // ERROR "^can inline Print$" "^leaking param: s$"
	fmt.Println(x, s) // ERROR "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^x escapes to heap$" "^s escapes to heap$"
}

func Sprint(x int) string { // ERROR "^can inline Sprint$"
	return fmt.Sprintf("%d", x) // ERROR "^\.\.\. argument does not escape$" "^x escapes to heap$"
}

func Build(parts []string) string { // ERROR "^can inline Build$" "^parts does not escape$"
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(p) // ERROR "^inlining call to strings\.\(\*Builder\)\.WriteString$" "^inlining call to strings\.\(\*Builder\)\.copyCheck$" "^inlining call to strings\.noescape$" "^\(interface \{\}\)\(string\(.strings: illegal use of non-zero Builder copied by value.\)\) escapes to heap$"
	}
	return b.String() // ERROR "^inlining call to strings\.\(\*Builder\)\.String$"
}

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() { // ERROR "^leaking param: c$"
	c.mu.Lock() // ERROR "^inlining call to sync\.\(\*Mutex\)\.Lock$"
	c.n++
	c.mu.Unlock() // ERROR "^inlining call to sync\.\(\*Mutex\)\.Unlock$"
}

var hits int64

func Hit() int64 { // ERROR "^can inline Hit$"
	return atomic.AddInt64(&hits, 1)
}

func NewErr() error { // ERROR "^can inline NewErr$"
	return errors.New("bad") // ERROR "^inlining call to errors\.New$" "^&errors\.errorString\{\.\.\.\} escapes to heap$"
}

func Wrap(err error) error { // ERROR "^can inline Wrap$" "^leaking param: err$"
	return fmt.Errorf("wrap: %w", err) // ERROR "^\.\.\. argument does not escape$"
}

func Itoa(n int) string { return strconv.Itoa(n) } // ERROR "^can inline Itoa$" "^inlining call to strconv\.Itoa$"

func Sort(xs []int) { sort.Ints(xs) } // ERROR "^can inline Sort$" "^inlining call to sort\.Ints$" "^leaking param: xs$" "^sort\.Interface\(sort\.IntSlice\(sort\.x\)\) escapes to heap$"

func Join(xs []string) string { return strings.Join(xs, ",") } // ERROR "^can inline Join$" "^leaking param: xs to result ~r0 level=1$"

func Contains(s string) bool { return strings.Contains(s, "x") } // ERROR "^can inline Contains$" "^inlining call to strings\.Contains$" "^s does not escape$"
