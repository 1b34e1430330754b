// A method value of atomic.Pointer[int]'s Load in plain code: gc's
// stenciler makes a closure (main.func1) calling the shaped method with
// the static dictionary and the receiver copied to .rcvr1; it is
// inlinable (cost 12) and inlined at the call.
package main

import "sync/atomic"

func main() {
	var p atomic.Pointer[int]
	x := 3
	p.Store(&x)
	load := p.Load
	println(*load())
}
