# command-line-arguments
./gen_closures.go:13:6: can inline Accumulator[go.shape.int_0]
./gen_closures.go:15:9: can inline Accumulator[go.shape.int_0].func1
./gen_closures.go:13:6: can inline Accumulator[go.shape.string_0]
./gen_closures.go:15:9: can inline Accumulator[go.shape.string_0].func1
./gen_closures.go:13:6: can inline Accumulator[go.shape.float64_0]
./gen_closures.go:15:9: can inline Accumulator[go.shape.float64_0].func1
./gen_closures.go:32:6: can inline Memo[go.shape.int_0,go.shape.int_1].func2
./gen_closures.go:32:6: can inline Memo[go.shape.string_0,go.shape.string_1].func2
./gen_closures.go:41:6: can inline (*Counter[go.shape.string_0]).Incrementer
./gen_closures.go:45:9: can inline (*Counter[go.shape.string_0]).Incrementer.func1
./gen_closures.go:56:9: can inline Once[go.shape.[]int_0].func1
./gen_closures.go:75:8: can inline Counted[go.shape.int_0].func1
./gen_closures.go:75:8: can inline Counted[go.shape.[]string_0].func1
./gen_closures.go:86:6: can inline (*Bus[go.shape.map[string]int_0]).On
./gen_closures.go:92:9: can inline (*Bus[go.shape.map[string]int_0]).On.func1
./gen_closures.go:106:6: can inline Adders[go.shape.int_0]
./gen_closures.go:110:19: can inline Adders[go.shape.int_0].func1
./gen_closures.go:118:13: inlining call to fmt.Println
./gen_closures.go:121:13: inlining call to fmt.Println
./gen_closures.go:123:13: inlining call to fmt.Println
./gen_closures.go:133:13: inlining call to fmt.Println
./gen_closures.go:135:13: inlining call to fmt.Println
./gen_closures.go:143:13: inlining call to fmt.Println
./gen_closures.go:147:13: inlining call to fmt.Println
./gen_closures.go:149:13: inlining call to fmt.Println
./gen_closures.go:150:13: inlining call to fmt.Println
./gen_closures.go:152:13: inlining call to fmt.Println
./gen_closures.go:157:13: inlining call to fmt.Println
./gen_closures.go:164:13: inlining call to fmt.Println
./gen_closures.go:166:13: inlining call to fmt.Println
./gen_closures.go:167:13: inlining call to fmt.Println
./gen_closures.go:170:12: inlining call to fmt.Print
./gen_closures.go:172:13: inlining call to fmt.Println
./gen_closures.go:178:14: inlining call to sort.Strings
./gen_closures.go:179:13: inlining call to fmt.Println
./gen_closures.go:146:14: can inline main.func2
./gen_closures.go:149:30: can inline main.func3
./gen_closures.go:150:38: can inline main.func4
./gen_closures.go:152:33: can inline main.func5
./gen_closures.go:155:23: can inline main.func6
./gen_closures.go:156:25: can inline main.func7
./gen_closures.go:161:24: can inline main.func8
./gen_closures.go:162:17: can inline main.func9
./gen_closures.go:14:2: moved to heap: acc
./gen_closures.go:15:9: func literal escapes to heap
./gen_closures.go:15:14: leaking param: x
./gen_closures.go:14:2: moved to heap: acc
./gen_closures.go:15:9: func literal escapes to heap
./gen_closures.go:14:2: moved to heap: acc
./gen_closures.go:15:9: func literal escapes to heap
./gen_closures.go:23:2: moved to heap: calls
./gen_closures.go:22:18: map[go.shape.int_0]go.shape.int_1{} escapes to heap
./gen_closures.go:24:9: func literal escapes to heap
./gen_closures.go:32:6: func literal escapes to heap
./gen_closures.go:24:14: leaking param: k
./gen_closures.go:23:2: moved to heap: calls
./gen_closures.go:22:18: map[go.shape.string_0]go.shape.string_1{} escapes to heap
./gen_closures.go:24:9: func literal escapes to heap
./gen_closures.go:32:6: func literal escapes to heap
./gen_closures.go:43:18: make(map[go.shape.string_0]int) escapes to heap
./gen_closures.go:45:9: func literal escapes to heap
./gen_closures.go:53:3: moved to heap: done
./gen_closures.go:54:3: moved to heap: val
./gen_closures.go:56:9: func literal escapes to heap
./gen_closures.go:66:8: func literal does not escape
./gen_closures.go:66:8: func literal does not escape
./gen_closures.go:66:8: func literal does not escape
./gen_closures.go:75:8: func literal does not escape
./gen_closures.go:76:34: ... argument does not escape
./gen_closures.go:76:35: name escapes to heap
./gen_closures.go:76:35: unsafe.Pointer(res) escapes to heap
./gen_closures.go:75:8: func literal does not escape
./gen_closures.go:76:34: ... argument does not escape
./gen_closures.go:76:35: name escapes to heap
./gen_closures.go:76:35: unsafe.Pointer(res) escapes to heap
./gen_closures.go:88:36: map[string][]func(go.shape.map[string]int_0){} escapes to heap
./gen_closures.go:92:9: func literal escapes to heap
./gen_closures.go:110:19: func literal escapes to heap
./gen_closures.go:161:29: e does not escape
./gen_closures.go:162:22: e does not escape
./gen_closures.go:125:6: moved to heap: fib
./gen_closures.go:137:6: moved to heap: c
./gen_closures.go:145:2: moved to heap: n
./gen_closures.go:159:6: moved to heap: bus
./gen_closures.go:160:6: moved to heap: seen
./gen_closures.go:118:13: ... argument does not escape
./gen_closures.go:118:16: ai(1) escapes to heap
./gen_closures.go:121:13: ... argument does not escape
./gen_closures.go:121:16: as("pher") escapes to heap
./gen_closures.go:123:13: ... argument does not escape
./gen_closures.go:123:16: af(0.25) escapes to heap
./gen_closures.go:123:26: af(0.25) escapes to heap
./gen_closures.go:126:22: func literal escapes to heap
./gen_closures.go:133:13: ... argument does not escape
./gen_closures.go:133:17: fib(50) escapes to heap
./gen_closures.go:133:28: calls() escapes to heap
./gen_closures.go:135:13: ... argument does not escape
./gen_closures.go:135:16: up("a") escapes to heap
./gen_closures.go:135:25: up("b") escapes to heap
./gen_closures.go:135:34: up("a") escapes to heap
./gen_closures.go:135:48: upCalls() escapes to heap
./gen_closures.go:143:13: ... argument does not escape
./gen_closures.go:143:18: incA() escapes to heap
./gen_closures.go:143:26: incB() escapes to heap
./gen_closures.go:143:38: c.counts["a"] escapes to heap
./gen_closures.go:143:48: len(c.counts) escapes to heap
./gen_closures.go:146:14: func literal escapes to heap
./gen_closures.go:146:46: []int{...} escapes to heap
./gen_closures.go:147:13: ... argument does not escape
./gen_closures.go:147:17: get() escapes to heap
./gen_closures.go:147:24: get() escapes to heap
./gen_closures.go:147:24: n escapes to heap
./gen_closures.go:149:13: ... argument does not escape
./gen_closures.go:149:25: WithDefault[go.shape.int_0](&.dict.WithDefault[int], -1, func literal) escapes to heap
./gen_closures.go:149:30: func literal does not escape
./gen_closures.go:149:55: []int{} does not escape
./gen_closures.go:150:13: ... argument does not escape
./gen_closures.go:150:25: WithDefault[go.shape.string_0](&.dict.WithDefault[string], "fallback", func literal) escapes to heap
./gen_closures.go:150:38: func literal does not escape
./gen_closures.go:152:13: ... argument does not escape
./gen_closures.go:152:25: WithDefault[go.shape.bool_0](&.dict.WithDefault[bool], false, func literal) escapes to heap
./gen_closures.go:152:33: func literal does not escape
./gen_closures.go:155:23: func literal does not escape
./gen_closures.go:156:25: func literal does not escape
./gen_closures.go:157:13: ... argument does not escape
./gen_closures.go:157:26: strings.Join(log, "; ") escapes to heap
./gen_closures.go:161:24: func literal escapes to heap
./gen_closures.go:161:79: ... argument does not escape
./gen_closures.go:161:80: "h1:" escapes to heap
./gen_closures.go:161:88: e["n"] escapes to heap
./gen_closures.go:162:17: func literal escapes to heap
./gen_closures.go:162:82: ... argument does not escape
./gen_closures.go:162:83: "h2:" escapes to heap
./gen_closures.go:162:91: e["n"] escapes to heap
./gen_closures.go:163:22: map[string]int{...} escapes to heap
./gen_closures.go:164:13: ... argument does not escape
./gen_closures.go:164:22: (*Bus[go.shape.map[string]int_0]).Emit(&.dict.(*Bus[map[string]int]).Emit, bus, "tick", ev) escapes to heap
./gen_closures.go:164:44: (*Bus[go.shape.map[string]int_0]).Emit(&.dict.(*Bus[map[string]int]).Emit, bus, "none", ev) escapes to heap
./gen_closures.go:166:13: ... argument does not escape
./gen_closures.go:166:22: (*Bus[go.shape.map[string]int_0]).Emit(&.dict.(*Bus[map[string]int]).Emit, bus, "tick", ev) escapes to heap
./gen_closures.go:166:38: ev["n"] escapes to heap
./gen_closures.go:167:13: ... argument does not escape
./gen_closures.go:167:13: seen escapes to heap
./gen_closures.go:169:32: []int{...} does not escape
./gen_closures.go:170:12: ... argument does not escape
./gen_closures.go:170:14: f() escapes to heap
./gen_closures.go:170:18: " " escapes to heap
./gen_closures.go:174:14: make([]string, 0) escapes to heap
./gen_closures.go:178:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
./gen_closures.go:179:13: ... argument does not escape
./gen_closures.go:179:13: keys escapes to heap
