# command-line-arguments
./gen_panic_assert.go:56:14: inlining call to sort.Strings
./gen_panic_assert.go:23:6: can inline Register[go.shape.int_0]
./gen_panic_assert.go:23:6: can inline Register[go.shape.string_0]
./gen_panic_assert.go:23:6: can inline Register[go.shape.[]float64_0]
./gen_panic_assert.go:23:6: can inline Register[go.shape.int64_0]
./gen_panic_assert.go:31:6: can inline Lookup[go.shape.int_0]
./gen_panic_assert.go:31:6: can inline Lookup[go.shape.string_0]
./gen_panic_assert.go:40:6: can inline MustLookup[go.shape.string_0]
./gen_panic_assert.go:40:6: can inline MustLookup[go.shape.int64_0]
./gen_panic_assert.go:40:6: can inline MustLookup[go.shape.int_0]
./gen_panic_assert.go:80:22: inlining call to Lookup[go.shape.int_0]
./gen_panic_assert.go:81:13: inlining call to fmt.Println
./gen_panic_assert.go:82:22: inlining call to Lookup[go.shape.int_0]
./gen_panic_assert.go:83:13: inlining call to fmt.Println
./gen_panic_assert.go:84:25: inlining call to Lookup[go.shape.string_0]
./gen_panic_assert.go:85:12: inlining call to fmt.Printf
./gen_panic_assert.go:90:14: inlining call to fmt.Println
./gen_panic_assert.go:92:32: inlining call to MustLookup[go.shape.string_0]
./gen_panic_assert.go:92:63: inlining call to MustLookup[go.shape.int64_0]
./gen_panic_assert.go:92:13: inlining call to fmt.Println
./gen_panic_assert.go:93:29: inlining call to MustLookup[go.shape.int_0]
./gen_panic_assert.go:93:13: inlining call to fmt.Println
./gen_panic_assert.go:94:13: inlining call to fmt.Println
./gen_panic_assert.go:87:21: can inline main.func1
./gen_panic_assert.go:88:24: can inline main.func2
./gen_panic_assert.go:51:12: r does not escape
./gen_panic_assert.go:56:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
./gen_panic_assert.go:60:15: leaking param: v
./gen_panic_assert.go:63:21: ... argument does not escape
./gen_panic_assert.go:63:48: s.name escapes to heap
./gen_panic_assert.go:63:56: s.value escapes to heap
./gen_panic_assert.go:63:65: s.gen escapes to heap
./gen_panic_assert.go:65:21: ... argument does not escape
./gen_panic_assert.go:65:51: s.name escapes to heap
./gen_panic_assert.go:65:59: s.value escapes to heap
./gen_panic_assert.go:65:68: s.gen escapes to heap
./gen_panic_assert.go:67:21: ... argument does not escape
./gen_panic_assert.go:67:51: s.name escapes to heap
./gen_panic_assert.go:67:59: s.value escapes to heap
./gen_panic_assert.go:67:68: s.gen escapes to heap
./gen_panic_assert.go:69:21: ... argument does not escape
./gen_panic_assert.go:26:17: make(map[string]any) escapes to heap
./gen_panic_assert.go:28:18: &Slot[go.shape.int_0]{...} escapes to heap
./gen_panic_assert.go:26:17: make(map[string]any) escapes to heap
./gen_panic_assert.go:28:18: &Slot[go.shape.string_0]{...} escapes to heap
./gen_panic_assert.go:26:17: make(map[string]any) escapes to heap
./gen_panic_assert.go:28:18: &Slot[go.shape.[]float64_0]{...} escapes to heap
./gen_panic_assert.go:26:17: make(map[string]any) escapes to heap
./gen_panic_assert.go:28:18: &Slot[go.shape.int64_0]{...} escapes to heap
./gen_panic_assert.go:88:29: leaking param: w to result ~r0 level=0
./gen_panic_assert.go:77:35: []float64{...} escapes to heap
./gen_panic_assert.go:81:13: ... argument does not escape
./gen_panic_assert.go:81:13: p escapes to heap
./gen_panic_assert.go:81:13: ok escapes to heap
./gen_panic_assert.go:83:13: ... argument does not escape
./gen_panic_assert.go:83:13: h escapes to heap
./gen_panic_assert.go:83:13: ok escapes to heap
./gen_panic_assert.go:85:12: ... argument does not escape
./gen_panic_assert.go:85:13: s escapes to heap
./gen_panic_assert.go:85:13: ok escapes to heap
./gen_panic_assert.go:87:21: func literal does not escape
./gen_panic_assert.go:88:24: func literal does not escape
./gen_panic_assert.go:90:14: ... argument does not escape
./gen_panic_assert.go:90:23: describe(r.slots[n]) escapes to heap
./gen_panic_assert.go:92:13: ... argument does not escape
./gen_panic_assert.go:92:32: ~R0 escapes to heap
./gen_panic_assert.go:92:63: ~R0 escapes to heap
./gen_panic_assert.go:93:13: ... argument does not escape
./gen_panic_assert.go:93:29: ~R0 escapes to heap
./gen_panic_assert.go:94:13: ... argument does not escape
./gen_panic_assert.go:94:14: "not reached" escapes to heap
