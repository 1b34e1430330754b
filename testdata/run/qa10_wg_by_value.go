// A classic mistake: passing a sync.WaitGroup by value. Each worker calls
// Done on its own copy, the original never reaches zero, and Wait blocks
// forever: the runtime reports a deadlock.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Result struct {
	Word  string
	Upper string
}

func upper(word string, out chan<- Result, wg sync.WaitGroup) {
	defer wg.Done() // Done on a copy
	out <- Result{word, strings.ToUpper(word)}
}

func upperPtr(word string, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	out <- Result{word, strings.ToUpper(word)}
}

func collect(words []string, byValue bool) []Result {
	out := make(chan Result, len(words))
	var wg sync.WaitGroup
	for _, w := range words {
		wg.Add(1)
		if byValue {
			go upper(w, out, wg)
		} else {
			go upperPtr(w, out, &wg)
		}
	}
	wg.Wait()
	close(out)
	var res []Result
	for r := range out {
		res = append(res, r)
	}
	return res
}

func main() {
	words := []string{"heap", "stack"}
	res := collect(words, false)
	fmt.Println(len(res))
	fmt.Println("now passing the WaitGroup by value")
	res = collect(words, true)
	fmt.Println(len(res))
}
