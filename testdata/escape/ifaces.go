// errorcheck -0 -m -l

// Interface conversions, method values, type switches and assertions.
package p

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Circle struct{ R int }

func (c *Circle) Area() int { return 3 * c.R * c.R } // ERROR "^c does not escape$"

var sink interface{}

func Box(x int) interface{} { return x } // ERROR "^x escapes to heap$"

func BoxPtr(p *int) interface{} { return p } // ERROR "^leaking param: p to result ~r0 level=0$"

func Total(shapes []Shape) int { // ERROR "^leaking param content: shapes$"
	t := 0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func Make() int {
	r := Rect{2, 3}
	c := &Circle{2} // ERROR "^&Circle\{\.\.\.\} escapes to heap$"
	return Total([]Shape{r, c}) // ERROR "^\[\]Shape\{\.\.\.\} does not escape$" "^r escapes to heap$"
}

func Store(x int) { sink = x } // ERROR "^x escapes to heap$"

func StoreStr(s string) { sink = s } // ERROR "^leaking param: s$" "^s escapes to heap$"

func Assert(i interface{}) int { // ERROR "^i does not escape$"
	if v, ok := i.(int); ok {
		return v
	}
	return 0
}

func AssertPtr(i interface{}) *int { // ERROR "^leaking param: i to result ~r0 level=0$"
	return i.(*int)
}

func Switch(i interface{}) int { // ERROR "^i does not escape$"
	switch v := i.(type) {
	case int:
		return v
	case *int:
		return *v
	case string:
		return len(v)
	}
	return -1
}

func MethodValue(r Rect) func() int { return r.Area } // ERROR "^r\.Area escapes to heap$"

func MethodValueLocal() int {
	r := Rect{1, 1}
	f := r.Area // ERROR "^r\.Area does not escape$"
	return f()
}

func Devirt() int {
	var s Shape = Rect{4, 5} // ERROR "^Rect\{\.\.\.\} does not escape$"
	return s.Area() // ERROR "^devirtualizing s\.Area to Rect$"
}

func Compare(i interface{}, x int) bool { return i == x } // ERROR "^i does not escape$"

func Nil() interface{} { return nil }

func Err(e error) string { return e.Error() } // ERROR "^leaking param: e$"
