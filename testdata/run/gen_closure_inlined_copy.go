// -m=2: closures inside a generic function's instance start with gc's
// `.dict = .dict` (3 nodes of inline cost).  When the instance is inlined
// into a plain function, its closures are copied there (main.func1, ...)
// and the copies keep that statement and its cost.
package main

import "fmt"

func nested[G any]() int {
	return func() int {
		return func() int {
			return 7
		}()
	}()
}

func maker[G any](g G) func() func() G {
	return func() func() G {
		return func() G {
			return g
		}
	}
}

func main() {
	fmt.Println(nested[int](), maker("s")()())
}
