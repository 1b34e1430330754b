# command-line-arguments
./gen_panic_recover.go:30:6: can inline At[go.shape.string_0]
./gen_panic_recover.go:30:6: can inline At[go.shape.int_0]
./gen_panic_recover.go:34:6: can inline Put[go.shape.map[string]int_0,go.shape.string_1,go.shape.int_2]
./gen_panic_recover.go:39:6: can inline Cast[go.shape.int_0]
./gen_panic_recover.go:39:6: can inline Cast[go.shape.interface { String() string }_0]
./gen_panic_recover.go:39:6: can inline Cast[go.shape.interface { Error() string }_0]
./gen_panic_recover.go:43:6: can inline MustPositive[go.shape.float64_0]
./gen_panic_recover.go:43:6: can inline MustPositive[go.shape.int_0]
./gen_panic_recover.go:18:6: can inline SafeErr[go.shape.float64_0].Error
./gen_panic_recover.go:51:8: can inline Trace[go.shape.int_0].func1
./gen_panic_recover.go:52:8: can inline Trace[go.shape.int_0].func2
./gen_panic_recover.go:61:13: inlining call to fmt.Println
./gen_panic_recover.go:62:13: inlining call to fmt.Println
./gen_panic_recover.go:63:13: inlining call to fmt.Println
./gen_panic_recover.go:66:13: inlining call to fmt.Println
./gen_panic_recover.go:68:13: inlining call to fmt.Println
./gen_panic_recover.go:70:13: inlining call to fmt.Println
./gen_panic_recover.go:71:13: inlining call to fmt.Println
./gen_panic_recover.go:72:13: inlining call to fmt.Println
./gen_panic_recover.go:73:13: inlining call to fmt.Println
./gen_panic_recover.go:75:13: inlining call to fmt.Println
./gen_panic_recover.go:77:13: inlining call to fmt.Println
./gen_panic_recover.go:92:13: inlining call to fmt.Println
./gen_panic_recover.go:95:13: inlining call to fmt.Println
./gen_panic_recover.go:96:13: inlining call to fmt.Println
./gen_panic_recover.go:97:13: inlining call to fmt.Println
./gen_panic_recover.go:61:27: can inline main.func1
./gen_panic_recover.go:62:27: can inline main.func2
./gen_panic_recover.go:63:30: can inline main.func3
./gen_panic_recover.go:66:31: can inline main.func4
./gen_panic_recover.go:68:27: can inline main.func5
./gen_panic_recover.go:70:31: can inline main.func6
./gen_panic_recover.go:70:60: inlining call to Cast[go.shape.int_0]
./gen_panic_recover.go:71:32: can inline main.func7
./gen_panic_recover.go:71:61: inlining call to Cast[go.shape.int_0]
./gen_panic_recover.go:72:34: can inline main.func8
./gen_panic_recover.go:72:81: inlining call to Cast[go.shape.interface { String() string }_0]
./gen_panic_recover.go:73:32: can inline main.func9
./gen_panic_recover.go:73:65: inlining call to Cast[go.shape.interface { Error() string }_0]
./gen_panic_recover.go:75:27: can inline main.func10
./gen_panic_recover.go:76:25: can inline main.func11
./gen_panic_recover.go:83:16: inlining call to fmt.Println
./gen_panic_recover.go:85:14: inlining call to fmt.Printf
./gen_panic_recover.go:18:6: can inline SafeErr[go.shape.int_0].Error
./gen_panic_recover.go:22:8: func literal does not escape
./gen_panic_recover.go:24:21: ... argument does not escape
./gen_panic_recover.go:24:22: name escapes to heap
./gen_panic_recover.go:22:8: func literal does not escape
./gen_panic_recover.go:24:21: ... argument does not escape
./gen_panic_recover.go:24:22: name escapes to heap
./gen_panic_recover.go:22:8: func literal does not escape
./gen_panic_recover.go:24:21: ... argument does not escape
./gen_panic_recover.go:24:22: name escapes to heap
./gen_panic_recover.go:22:8: func literal does not escape
./gen_panic_recover.go:24:21: ... argument does not escape
./gen_panic_recover.go:24:22: name escapes to heap
./gen_panic_recover.go:22:8: func literal does not escape
./gen_panic_recover.go:24:21: ... argument does not escape
./gen_panic_recover.go:24:22: name escapes to heap
./gen_panic_recover.go:45:36: unsafe.Pointer(SafeErr[go.shape.float64_0]{...}) escapes to heap
./gen_panic_recover.go:45:36: unsafe.Pointer(SafeErr[go.shape.int_0]{...}) escapes to heap
./gen_panic_recover.go:18:56: ... argument does not escape
./gen_panic_recover.go:18:77: e.Op escapes to heap
./gen_panic_recover.go:18:83: unsafe.Pointer(e.Val) escapes to heap
./gen_panic_recover.go:51:8: func literal does not escape
./gen_panic_recover.go:51:44: "exit " + name escapes to heap
./gen_panic_recover.go:52:8: func literal does not escape
./gen_panic_recover.go:52:51: ... argument does not escape
./gen_panic_recover.go:52:52: name escapes to heap
./gen_panic_recover.go:52:52: unsafe.Pointer(v) escapes to heap
./gen_panic_recover.go:53:30: "enter " + name escapes to heap
./gen_panic_recover.go:60:16: []string{...} does not escape
./gen_panic_recover.go:61:27: func literal does not escape
./gen_panic_recover.go:61:13: ... argument does not escape
./gen_panic_recover.go:61:13: .autotmp_1 escapes to heap
./gen_panic_recover.go:61:13: .autotmp_2 escapes to heap
./gen_panic_recover.go:62:27: func literal does not escape
./gen_panic_recover.go:62:13: ... argument does not escape
./gen_panic_recover.go:62:13: .autotmp_3 escapes to heap
./gen_panic_recover.go:62:13: .autotmp_4 escapes to heap
./gen_panic_recover.go:63:30: func literal does not escape
./gen_panic_recover.go:63:58: []int{...} does not escape
./gen_panic_recover.go:63:13: ... argument does not escape
./gen_panic_recover.go:63:13: .autotmp_5 escapes to heap
./gen_panic_recover.go:63:13: .autotmp_6 escapes to heap
./gen_panic_recover.go:66:31: func literal does not escape
./gen_panic_recover.go:66:13: ... argument does not escape
./gen_panic_recover.go:66:13: .autotmp_8 escapes to heap
./gen_panic_recover.go:66:13: .autotmp_9 escapes to heap
./gen_panic_recover.go:67:13: Index{} does not escape
./gen_panic_recover.go:68:27: func literal does not escape
./gen_panic_recover.go:68:13: ... argument does not escape
./gen_panic_recover.go:68:13: .autotmp_10 escapes to heap
./gen_panic_recover.go:68:13: .autotmp_11 escapes to heap
./gen_panic_recover.go:70:31: func literal does not escape
./gen_panic_recover.go:70:61: 42 does not escape
./gen_panic_recover.go:70:13: ... argument does not escape
./gen_panic_recover.go:70:13: .autotmp_12 escapes to heap
./gen_panic_recover.go:70:13: .autotmp_13 escapes to heap
./gen_panic_recover.go:71:32: func literal does not escape
./gen_panic_recover.go:71:62: "42" does not escape
./gen_panic_recover.go:71:13: ... argument does not escape
./gen_panic_recover.go:71:13: .autotmp_14 escapes to heap
./gen_panic_recover.go:71:13: .autotmp_15 escapes to heap
./gen_panic_recover.go:72:34: func literal does not escape
./gen_panic_recover.go:72:82: 3 escapes to heap
./gen_panic_recover.go:72:13: ... argument does not escape
./gen_panic_recover.go:72:13: .autotmp_17 escapes to heap
./gen_panic_recover.go:73:32: func literal does not escape
./gen_panic_recover.go:73:13: ... argument does not escape
./gen_panic_recover.go:73:13: .autotmp_19 escapes to heap
./gen_panic_recover.go:75:27: func literal does not escape
./gen_panic_recover.go:75:13: ... argument does not escape
./gen_panic_recover.go:75:13: .autotmp_20 escapes to heap
./gen_panic_recover.go:75:13: .autotmp_21 escapes to heap
./gen_panic_recover.go:76:25: func literal does not escape
./gen_panic_recover.go:77:13: ... argument does not escape
./gen_panic_recover.go:77:13: msg escapes to heap
./gen_panic_recover.go:79:2: func literal does not escape
./gen_panic_recover.go:80:9: func literal does not escape
./gen_panic_recover.go:83:16: ... argument does not escape
./gen_panic_recover.go:83:17: "typed recover:" escapes to heap
./gen_panic_recover.go:83:36: e.Op escapes to heap
./gen_panic_recover.go:83:42: e.Val escapes to heap
./gen_panic_recover.go:83:55: SafeErr[go.shape.float64_0].Error(&.dict.SafeErr[float64].Error, e) escapes to heap
./gen_panic_recover.go:85:14: ... argument does not escape
./gen_panic_recover.go:92:13: ... argument does not escape
./gen_panic_recover.go:92:26: strings.Join(log, "; ") escapes to heap
./gen_panic_recover.go:94:27: map[string][]int{...} does not escape
./gen_panic_recover.go:94:34: []int{...} escapes to heap
./gen_panic_recover.go:95:13: ... argument does not escape
./gen_panic_recover.go:95:14: "about to fail" escapes to heap
./gen_panic_recover.go:96:13: ... argument does not escape
./gen_panic_recover.go:96:16: At[go.shape.int_0](&.dict.At[int], words["rust"], 0) escapes to heap
./gen_panic_recover.go:97:13: ... argument does not escape
./gen_panic_recover.go:97:14: "not reached" escapes to heap
./gen_panic_recover.go:18:56: ... argument does not escape
./gen_panic_recover.go:18:77: e.Op escapes to heap
./gen_panic_recover.go:18:83: unsafe.Pointer(e.Val) escapes to heap
