package main

import "fmt"

func gen(xs ...int) chan int {
	ch := make(chan int)
	go func() {
		for _, x := range xs {
			ch <- x
		}
		close(ch)
	}()
	return ch
}

// mergeSorted merges two sorted streams, disabling a case with a nil channel.
func mergeSorted(a, b chan int) []int {
	var out []int
	var va, vb int
	hasA, hasB := false, false
	for a != nil || b != nil || hasA || hasB {
		if !hasA && a != nil {
			v, ok := <-a
			if ok {
				va, hasA = v, true
			} else {
				a = nil
			}
		}
		if !hasB && b != nil {
			v, ok := <-b
			if ok {
				vb, hasB = v, true
			} else {
				b = nil
			}
		}
		switch {
		case hasA && (!hasB || va <= vb):
			out = append(out, va)
			hasA = false
		case hasB:
			out = append(out, vb)
			hasB = false
		}
	}
	return out
}

func drain(chs ...chan int) (sum, n int) {
	for len(chs) > 0 {
		select {
		case v, ok := <-chs[0]:
			if !ok {
				chs = chs[1:]
				continue
			}
			sum += v
			n++
		default:
			if len(chs) > 1 {
				select {
				case v, ok := <-chs[1]:
					if !ok {
						chs = append(chs[:1], chs[2:]...)
						continue
					}
					sum += v
					n++
				default:
				}
			}
		}
	}
	return
}

func main() {
	fmt.Println(mergeSorted(gen(1, 4, 9, 12), gen(2, 3, 10, 20, 30)))
	fmt.Println(mergeSorted(gen(), gen(5)))
	s, n := drain(gen(1, 2, 3), gen(10, 20), gen(100))
	fmt.Println(s, n)
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel never ready")
	}
	done := make(chan struct{})
	close(done)
	for i := 0; i < 3; i++ {
		select {
		case <-done:
			fmt.Println("closed ready", i)
		}
	}
}
