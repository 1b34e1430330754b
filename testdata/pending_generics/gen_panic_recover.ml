# command-line-arguments
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
