// errorcheck -0 -m

// go/defer of a call through a function value with arguments: gc's
// wrapper copies the callee (a func literal, a func variable) into a
// temporary like each argument, so -m=2 explains the call parameter as
// ".autotmp_N(.autotmp_M)", not "(func literal)(...)" (B118).
package p

import "sync"

var sink []string

func GoLiteral(words []string, wg *sync.WaitGroup) { // ERROR "leaking param content: words$" "leaking param: wg$"
	for _, w := range words {
		wg.Add(1)
		go func(w string) { // ERROR "func literal escapes to heap$" "leaking param: w$"
			defer wg.Done()
			sink = append(sink, w)
		}(w)
	}
}

func DeferLiteral(name string) (err error) { // ERROR "leaking param: name$"
	defer func(s string) { // ERROR "can inline DeferLiteral.func1$" "leaking param: s$" "func literal does not escape$"
		sink = append(sink, s)
	}(name)
	return nil
}

func DeferVar(f func(string), s string) { // ERROR "leaking param: f$" "leaking param: s$"
	for i := 0; i < 2; i++ {
		defer f(s)
	}
}
