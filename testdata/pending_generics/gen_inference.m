# command-line-arguments
./gen_inference.go:17:6: can inline Point.String
./gen_inference.go:21:6: can inline Scale[go.shape.[]int32_0,go.shape.int32_1]
./gen_inference.go:29:6: can inline ScaleBad[go.shape.int32_0]
./gen_inference.go:21:6: can inline Scale[go.shape.[]uint16_0,go.shape.uint16_1]
./gen_inference.go:37:6: can inline First[go.shape.[]uint16_0,go.shape.uint16_1]
./gen_inference.go:37:6: can inline First[go.shape.[]int32_0,go.shape.int32_1]
./gen_inference.go:37:6: can inline First[go.shape.[]string_0,go.shape.string_1]
./gen_inference.go:45:6: can inline Swap[go.shape.string_0]
./gen_inference.go:45:6: can inline Swap[go.shape.float64_0]
./gen_inference.go:49:6: can inline Deref[go.shape.int_0]
./gen_inference.go:49:6: can inline Deref[go.shape.string_0]
./gen_inference.go:60:6: can inline Invert[go.shape.string_0,go.shape.int_1]
./gen_inference.go:68:6: can inline Drain[go.shape.float32_0]
./gen_inference.go:81:17: can inline SortedKeys[go.shape.map[uint8]string_0,go.shape.uint8_1,go.shape.string_2].func1
./gen_inference.go:90:13: inlining call to fmt.Println
./gen_inference.go:91:12: inlining call to fmt.Printf
./gen_inference.go:93:13: inlining call to fmt.Println
./gen_inference.go:94:12: inlining call to fmt.Printf
./gen_inference.go:97:12: inlining call to fmt.Printf
./gen_inference.go:100:14: inlining call to fmt.Println
./gen_inference.go:103:14: inlining call to fmt.Println
./gen_inference.go:106:13: inlining call to fmt.Println
./gen_inference.go:110:13: inlining call to fmt.Println
./gen_inference.go:113:13: inlining call to fmt.Println
./gen_inference.go:117:13: inlining call to fmt.Println
./gen_inference.go:119:13: inlining call to fmt.Println
./gen_inference.go:124:13: inlining call to fmt.Println
./gen_inference.go:126:13: inlining call to fmt.Println
./gen_inference.go:129:13: inlining call to fmt.Println
./gen_inference.go:135:13: inlining call to fmt.Println
./gen_inference.go:139:14: inlining call to fmt.Println
./gen_inference.go:141:12: inlining call to fmt.Printf
./gen_inference.go:121:12: can inline main.func1
./gen_inference.go:122:10: can inline main.func2
./gen_inference.go:125:18: can inline main.func3
./gen_inference.go:17:7: leaking param: p
./gen_inference.go:17:52: ... argument does not escape
./gen_inference.go:17:71: ([]int32)(p) escapes to heap
./gen_inference.go:22:11: make(go.shape.[]int32_0, len(s)) escapes to heap
./gen_inference.go:30:11: make([]go.shape.int32_0, len(s)) escapes to heap
./gen_inference.go:22:11: make(go.shape.[]uint16_0, len(s)) escapes to heap
./gen_inference.go:57:9: func literal escapes to heap
./gen_inference.go:57:9: func literal escapes to heap
./gen_inference.go:61:11: make(map[go.shape.int_1]go.shape.string_0, len(m)) escapes to heap
./gen_inference.go:77:12: make([]go.shape.uint8_1, 0, len(m)) escapes to heap
./gen_inference.go:81:12: unsafe.Pointer(ks) escapes to heap
./gen_inference.go:81:17: func literal does not escape
./gen_inference.go:125:23: s does not escape
./gen_inference.go:88:12: Point{...} does not escape
./gen_inference.go:90:13: ... argument does not escape
./gen_inference.go:90:13: q escapes to heap
./gen_inference.go:91:12: ... argument does not escape
./gen_inference.go:91:13: q escapes to heap
./gen_inference.go:93:13: ... argument does not escape
./gen_inference.go:93:13: r escapes to heap
./gen_inference.go:94:12: ... argument does not escape
./gen_inference.go:94:13: r escapes to heap
./gen_inference.go:96:18: IDs{...} does not escape
./gen_inference.go:97:12: ... argument does not escape
./gen_inference.go:97:13: ids escapes to heap
./gen_inference.go:97:13: ids escapes to heap
./gen_inference.go:100:14: ... argument does not escape
./gen_inference.go:100:15: "first id" escapes to heap
./gen_inference.go:100:15: v escapes to heap
./gen_inference.go:103:14: ... argument does not escape
./gen_inference.go:103:15: "empty point" escapes to heap
./gen_inference.go:105:24: []string{...} does not escape
./gen_inference.go:106:13: ... argument does not escape
./gen_inference.go:106:13: w escapes to heap
./gen_inference.go:110:13: ... argument does not escape
./gen_inference.go:110:13: a escapes to heap
./gen_inference.go:110:13: b escapes to heap
./gen_inference.go:113:13: ... argument does not escape
./gen_inference.go:113:13: x escapes to heap
./gen_inference.go:113:13: y escapes to heap
./gen_inference.go:117:13: ... argument does not escape
./gen_inference.go:117:19: Deref[go.shape.int_0](&.dict.Deref[int], np, -1) escapes to heap
./gen_inference.go:117:34: Deref[go.shape.int_0](&.dict.Deref[int], &n, -1) escapes to heap
./gen_inference.go:119:13: ... argument does not escape
./gen_inference.go:119:19: Deref[go.shape.string_0](&.dict.Deref[string], &s, "default") escapes to heap
./gen_inference.go:119:41: Deref[go.shape.string_0](&.dict.Deref[string], nil, "default") escapes to heap
./gen_inference.go:121:12: func literal escapes to heap
./gen_inference.go:122:10: func literal escapes to heap
./gen_inference.go:122:48: ... argument does not escape
./gen_inference.go:122:49: "<" escapes to heap
./gen_inference.go:122:49: i escapes to heap
./gen_inference.go:122:57: ">" escapes to heap
./gen_inference.go:124:13: ... argument does not escape
./gen_inference.go:124:15: f(21) escapes to heap
./gen_inference.go:125:18: func literal escapes to heap
./gen_inference.go:126:13: ... argument does not escape
./gen_inference.go:126:15: g(5) escapes to heap
./gen_inference.go:126:21: g(500) escapes to heap
./gen_inference.go:128:30: map[string]int{...} does not escape
./gen_inference.go:129:13: ... argument does not escape
./gen_inference.go:129:17: inv[1] escapes to heap
./gen_inference.go:129:25: inv[2] escapes to heap
./gen_inference.go:129:33: inv[3] escapes to heap
./gen_inference.go:129:41: len(inv) escapes to heap
./gen_inference.go:135:13: ... argument does not escape
./gen_inference.go:135:19: Drain[go.shape.float32_0](&.dict.Drain[float32], c) escapes to heap
./gen_inference.go:137:17: Registry{...} does not escape
./gen_inference.go:139:14: ... argument does not escape
./gen_inference.go:139:14: k escapes to heap
./gen_inference.go:139:21: reg[k] escapes to heap
./gen_inference.go:141:12: ... argument does not escape
./gen_inference.go:141:31: SortedKeys[go.shape.map[uint8]string_0,go.shape.uint8_1,go.shape.string_2](&.dict.SortedKeys[main.Registry,uint8,string], reg) escapes to heap
<autogenerated>:1: inlining call to Point.String
<autogenerated>:1: ... argument does not escape
<autogenerated>:1: ([]int32)(p) escapes to heap
