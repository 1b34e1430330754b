// errorcheck -0 -m -l

// Labels, goto, switch, select and loops that change the loop depth.
package p

var sink *int

func Labeled() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			x := i + j // ERROR "^moved to heap: x$"
			if x > 2 {
				sink = &x
				continue outer
			}
		}
	}
}

func BackGoto() *int {
	var last *int
	n := 0
again:
	v := n // ERROR "^moved to heap: v$"
	last = &v
	n++
	if n < 3 {
		goto again
	}
	return last
}

func ForwardGoto() int {
	v := 1
	p := &v
	goto done
done:
	return *p
}

func Switch(k int) *int {
	switch k {
	case 0:
		a := 0 // ERROR "^moved to heap: a$"
		return &a
	default:
		b := 1
		_ = &b
	}
	return nil
}

func SelectLoop(c chan *int) { // ERROR "^c does not escape$"
	for {
		select {
		case p := <-c:
			sink = p
		default:
			return
		}
	}
}

func RangeArray() *int {
	arr := [3]*int{}
	for _, p := range arr {
		if p != nil {
			return p
		}
	}
	return nil
}

func RangeString(s string) int { // ERROR "^s does not escape$"
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n
}

func DeadCode() {
	x := 1
	if false {
		sink = &x
	}
}
