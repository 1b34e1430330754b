# command-line-arguments
./gen_pair_fmt.go:21:6: can inline MakePair[go.shape.string_0,go.shape.int_1]
./gen_pair_fmt.go:21:6: can inline MakePair[go.shape.string_0,go.shape.[]int_1]
./gen_pair_fmt.go:21:6: can inline MakePair[go.shape.int_0,go.shape.string_1]
./gen_pair_fmt.go:44:29: inlining call to MakePair[go.shape.int_0,go.shape.string_1]
./gen_pair_fmt.go:46:18: can inline Entries[go.shape.int_0,go.shape.string_1].func1
./gen_pair_fmt.go:21:6: can inline MakePair[go.shape.float64_0,go.shape.bool_1]
./gen_pair_fmt.go:21:6: can inline MakePair[go.shape.int32_0,go.shape.int32_1]
./gen_pair_fmt.go:52:13: inlining call to fmt.Println
./gen_pair_fmt.go:53:12: inlining call to fmt.Printf
./gen_pair_fmt.go:54:12: inlining call to fmt.Printf
./gen_pair_fmt.go:55:12: inlining call to fmt.Printf
./gen_pair_fmt.go:56:12: inlining call to fmt.Printf
./gen_pair_fmt.go:59:12: inlining call to fmt.Printf
./gen_pair_fmt.go:60:12: inlining call to fmt.Printf
./gen_pair_fmt.go:61:12: inlining call to fmt.Printf
./gen_pair_fmt.go:64:12: inlining call to fmt.Printf
./gen_pair_fmt.go:65:12: inlining call to fmt.Printf
./gen_pair_fmt.go:66:12: inlining call to fmt.Printf
./gen_pair_fmt.go:69:12: inlining call to fmt.Printf
./gen_pair_fmt.go:70:12: inlining call to fmt.Printf
./gen_pair_fmt.go:73:12: inlining call to fmt.Printf
./gen_pair_fmt.go:76:13: inlining call to fmt.Println
./gen_pair_fmt.go:77:12: inlining call to fmt.Printf
./gen_pair_fmt.go:80:13: inlining call to fmt.Println
./gen_pair_fmt.go:81:12: inlining call to fmt.Printf
./gen_pair_fmt.go:84:13: inlining call to fmt.Println
./gen_pair_fmt.go:85:12: inlining call to fmt.Printf
./gen_pair_fmt.go:88:12: inlining call to fmt.Print
./gen_pair_fmt.go:90:13: inlining call to fmt.Println
./gen_pair_fmt.go:93:13: inlining call to fmt.Println
./gen_pair_fmt.go:94:12: inlining call to fmt.Printf
./gen_pair_fmt.go:99:14: inlining call to fmt.Println
./gen_pair_fmt.go:101:14: inlining call to fmt.Println
./gen_pair_fmt.go:103:13: inlining call to fmt.Println
./gen_pair_fmt.go:106:13: inlining call to fmt.Println
./gen_pair_fmt.go:107:12: inlining call to fmt.Printf
./gen_pair_fmt.go:87:68: can inline main.func1
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.string_0,go.shape.int_1].String
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.string_0,go.shape.[]int_1].String
./gen_pair_fmt.go:39:6: can inline (*Num[go.shape.float64_0]).String
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.int_0,go.shape.string_1].String
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.int_0,go.shape.int_1].String
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.float64_0,go.shape.bool_1].String
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.int32_0,go.shape.uint8_1].String
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.int32_0,go.shape.int_1].String
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.int32_0,go.shape.int32_1].String
./gen_pair_fmt.go:17:6: can inline Pair[go.shape.string_0,go.shape.*uint8_1].String
./gen_pair_fmt.go:93:22: devirtualizing s.String to Pair[float64,bool]
./gen_pair_fmt.go:42:13: make([]Pair[go.shape.int_0,go.shape.string_1], 0, len(m)) escapes to heap
./gen_pair_fmt.go:46:12: unsafe.Pointer(out) escapes to heap
./gen_pair_fmt.go:46:18: func literal does not escape
./gen_pair_fmt.go:51:2: moved to heap: p
./gen_pair_fmt.go:75:2: moved to heap: n
./gen_pair_fmt.go:52:13: ... argument does not escape
./gen_pair_fmt.go:52:13: p escapes to heap
./gen_pair_fmt.go:53:12: ... argument does not escape
./gen_pair_fmt.go:53:13: p escapes to heap
./gen_pair_fmt.go:53:13: p escapes to heap
./gen_pair_fmt.go:53:13: p escapes to heap
./gen_pair_fmt.go:54:12: ... argument does not escape
./gen_pair_fmt.go:54:13: p escapes to heap
./gen_pair_fmt.go:55:12: ... argument does not escape
./gen_pair_fmt.go:55:13: p escapes to heap
./gen_pair_fmt.go:56:12: ... argument does not escape
./gen_pair_fmt.go:59:12: ... argument does not escape
./gen_pair_fmt.go:59:13: pl escapes to heap
./gen_pair_fmt.go:59:13: pl escapes to heap
./gen_pair_fmt.go:60:12: ... argument does not escape
./gen_pair_fmt.go:60:13: pl escapes to heap
./gen_pair_fmt.go:61:12: ... argument does not escape
./gen_pair_fmt.go:61:13: pl escapes to heap
./gen_pair_fmt.go:63:59: []int{...} escapes to heap
./gen_pair_fmt.go:64:12: ... argument does not escape
./gen_pair_fmt.go:64:13: b escapes to heap
./gen_pair_fmt.go:65:12: ... argument does not escape
./gen_pair_fmt.go:65:13: b escapes to heap
./gen_pair_fmt.go:66:12: ... argument does not escape
./gen_pair_fmt.go:66:13: b escapes to heap
./gen_pair_fmt.go:69:12: ... argument does not escape
./gen_pair_fmt.go:69:13: bb escapes to heap
./gen_pair_fmt.go:69:13: bb escapes to heap
./gen_pair_fmt.go:69:13: bb escapes to heap
./gen_pair_fmt.go:70:12: ... argument does not escape
./gen_pair_fmt.go:70:13: bb escapes to heap
./gen_pair_fmt.go:72:22: Wrapper[string]{...} escapes to heap
./gen_pair_fmt.go:73:12: ... argument does not escape
./gen_pair_fmt.go:73:13: w escapes to heap
./gen_pair_fmt.go:73:13: w escapes to heap
./gen_pair_fmt.go:73:13: w escapes to heap
./gen_pair_fmt.go:76:13: ... argument does not escape
./gen_pair_fmt.go:76:13: n escapes to heap
./gen_pair_fmt.go:77:12: ... argument does not escape
./gen_pair_fmt.go:77:13: n escapes to heap
./gen_pair_fmt.go:79:27: []Pair[int,string]{...} escapes to heap
./gen_pair_fmt.go:80:13: ... argument does not escape
./gen_pair_fmt.go:80:13: ps escapes to heap
./gen_pair_fmt.go:81:12: ... argument does not escape
./gen_pair_fmt.go:81:13: ps escapes to heap
./gen_pair_fmt.go:83:32: map[string]Pair[int,int]{...} escapes to heap
./gen_pair_fmt.go:84:13: ... argument does not escape
./gen_pair_fmt.go:85:12: ... argument does not escape
./gen_pair_fmt.go:87:42: map[int]string{...} does not escape
./gen_pair_fmt.go:87:68: func literal does not escape
./gen_pair_fmt.go:88:12: ... argument does not escape
./gen_pair_fmt.go:88:12: e escapes to heap
./gen_pair_fmt.go:88:16: " " escapes to heap
./gen_pair_fmt.go:92:23: MakePair[go.shape.float64_0,go.shape.bool_1](&.dict.MakePair[float64,bool], 1.5, true) escapes to heap
./gen_pair_fmt.go:93:13: ... argument does not escape
./gen_pair_fmt.go:93:22: Pair[float64,bool].String(s.(Pair[float64,bool])) escapes to heap
./gen_pair_fmt.go:94:12: ... argument does not escape
./gen_pair_fmt.go:96:33: Pair[int32,uint8]{...} does not escape
./gen_pair_fmt.go:99:14: ... argument does not escape
./gen_pair_fmt.go:99:15: "rune,int" escapes to heap
./gen_pair_fmt.go:99:15: v escapes to heap
./gen_pair_fmt.go:101:14: ... argument does not escape
./gen_pair_fmt.go:101:15: "rune,byte" escapes to heap
./gen_pair_fmt.go:101:15: v escapes to heap
./gen_pair_fmt.go:101:32: v.Key escapes to heap
./gen_pair_fmt.go:101:39: v.Val escapes to heap
./gen_pair_fmt.go:103:13: ... argument does not escape
./gen_pair_fmt.go:103:19: anyv == Pair[int32,uint8]{...} escapes to heap
./gen_pair_fmt.go:103:55: anyv == MakePair[go.shape.int32_0,go.shape.int32_1](&.dict.MakePair[int32,int32], 'x', 'y') escapes to heap
./gen_pair_fmt.go:106:13: ... argument does not escape
./gen_pair_fmt.go:106:13: zero escapes to heap
./gen_pair_fmt.go:106:29: zero.Val == nil escapes to heap
./gen_pair_fmt.go:107:12: ... argument does not escape
./gen_pair_fmt.go:107:33: Plain[*int]{} escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
./gen_pair_fmt.go:18:41: unsafe.Pointer(p.Val) escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
./gen_pair_fmt.go:18:41: unsafe.Pointer(p.Val) escapes to heap
./gen_pair_fmt.go:39:54: ... argument does not escape
./gen_pair_fmt.go:39:67: unsafe.Pointer(n.V) escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
./gen_pair_fmt.go:18:41: unsafe.Pointer(p.Val) escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
./gen_pair_fmt.go:18:41: unsafe.Pointer(p.Val) escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
./gen_pair_fmt.go:18:41: unsafe.Pointer(p.Val) escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
./gen_pair_fmt.go:18:41: unsafe.Pointer(p.Val) escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
./gen_pair_fmt.go:18:41: unsafe.Pointer(p.Val) escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
./gen_pair_fmt.go:18:41: unsafe.Pointer(p.Val) escapes to heap
./gen_pair_fmt.go:18:20: ... argument does not escape
./gen_pair_fmt.go:18:34: unsafe.Pointer(p.Key) escapes to heap
