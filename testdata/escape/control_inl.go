// errorcheck -0 -m

// Labels, goto, switch, select and loops that change the loop depth.
package p

var sink *int

func Labeled() { // ERROR "^can inline Labeled$"
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

func BackGoto() *int { // ERROR "^can inline BackGoto$"
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

func ForwardGoto() int { // ERROR "^can inline ForwardGoto$"
	v := 1
	p := &v
	goto done
done:
	return *p
}

func Switch(k int) *int { // ERROR "^can inline Switch$"
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

func SelectLoop(c chan *int) { // ERROR "^can inline SelectLoop$" "^c does not escape$"
	for {
		select {
		case p := <-c:
			sink = p
		default:
			return
		}
	}
}

func RangeArray() *int { // ERROR "^can inline RangeArray$"
	arr := [3]*int{}
	for _, p := range arr {
		if p != nil {
			return p
		}
	}
	return nil
}

func RangeString(s string) int { // ERROR "^can inline RangeString$" "^s does not escape$"
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n
}

func DeadCode() { // ERROR "^can inline DeadCode$"
	x := 1
	if false {
		sink = &x
	}
}
