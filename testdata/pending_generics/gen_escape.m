# command-line-arguments
./gen_escape.go:27:6: can inline Retain
./gen_escape.go:15:6: can inline NewBox[go.shape.int_0]
./gen_escape.go:17:6: can inline Ptr[go.shape.string_0]
./gen_escape.go:19:6: can inline Load[go.shape.string_0]
./gen_escape.go:19:6: can inline Load[go.shape.int_0]
./gen_escape.go:21:6: can inline First[go.shape.struct { main.x int; main.y int }_0]
./gen_escape.go:23:6: can inline Keep[go.shape.struct { main.x int; main.y int }_0]
./gen_escape.go:23:6: can inline Keep[go.shape.int_0]
./gen_escape.go:29:6: can inline SumFixed[go.shape.int_0]
./gen_escape.go:29:6: can inline SumFixed[go.shape.float64_0]
./gen_escape.go:39:6: can inline Describe[go.shape.struct { main.x int; main.y int }_0]
./gen_escape.go:39:6: can inline Describe[go.shape.float64_0]
./gen_escape.go:43:6: can inline MakeN[go.shape.string_0]
./gen_escape.go:49:6: can inline Counter[go.shape.int_0]
./gen_escape.go:51:9: can inline Counter[go.shape.int_0].func1
./gen_escape.go:57:6: can inline Chain[go.shape.string_0]
./gen_escape.go:65:6: can inline Len[go.shape.string_0]
./gen_escape.go:65:6: can inline Len[go.shape.int_0]
./gen_escape.go:73:6: can inline Swap[go.shape.struct { main.x int; main.y int }_0]
./gen_escape.go:73:6: can inline Swap[go.shape.int_0]
./gen_escape.go:80:13: inlining call to fmt.Println
./gen_escape.go:83:13: inlining call to fmt.Println
./gen_escape.go:86:8: inlining call to Retain
./gen_escape.go:87:8: inlining call to Retain
./gen_escape.go:88:13: inlining call to fmt.Println
./gen_escape.go:90:13: inlining call to fmt.Println
./gen_escape.go:91:13: inlining call to fmt.Println
./gen_escape.go:93:21: inlining call to MakeN[go.shape.string_0]
./gen_escape.go:94:13: inlining call to fmt.Println
./gen_escape.go:98:13: inlining call to fmt.Println
./gen_escape.go:101:13: inlining call to fmt.Println
./gen_escape.go:107:13: inlining call to fmt.Println
./gen_escape.go:27:13: leaking param: b
./gen_escape.go:15:42: &Box[go.shape.int_0]{...} escapes to heap
./gen_escape.go:17:17: moved to heap: v
./gen_escape.go:40:19: ... argument does not escape
./gen_escape.go:40:23: unsafe.Pointer(x) escapes to heap
./gen_escape.go:40:19: ... argument does not escape
./gen_escape.go:40:23: unsafe.Pointer(x) escapes to heap
./gen_escape.go:50:6: moved to heap: c
./gen_escape.go:51:9: func literal escapes to heap
./gen_escape.go:60:10: &Box[go.shape.string_0]{...} escapes to heap
./gen_escape.go:85:2: moved to heap: local
./gen_escape.go:80:13: ... argument does not escape
./gen_escape.go:80:15: b.v escapes to heap
./gen_escape.go:80:19: *p escapes to heap
./gen_escape.go:80:27: Load[go.shape.string_0](&.dict.Load[string], p) escapes to heap
./gen_escape.go:80:36: Load[go.shape.int_0](&.dict.Load[int], &b.v) escapes to heap
./gen_escape.go:82:15: []point{...} escapes to heap
./gen_escape.go:83:13: ... argument does not escape
./gen_escape.go:83:19: First[go.shape.struct { main.x int; main.y int }_0](&.dict.First[main.point], xs) escapes to heap
./gen_escape.go:83:29: Keep[go.shape.struct { main.x int; main.y int }_0](&.dict.Keep[main.point], xs) escapes to heap
./gen_escape.go:83:38: len(Keep[go.shape.int_0](&.dict.Keep[int], []int{...})) escapes to heap
./gen_escape.go:83:49: []int{...} does not escape
./gen_escape.go:88:13: ... argument does not escape
./gen_escape.go:88:17: len(kept) escapes to heap
./gen_escape.go:88:34: kept[0].v + kept[1].v escapes to heap
./gen_escape.go:90:13: ... argument does not escape
./gen_escape.go:90:22: SumFixed[go.shape.int_0](&.dict.SumFixed[int], ... argument...) escapes to heap
./gen_escape.go:90:22: ... argument does not escape
./gen_escape.go:90:41: SumFixed[go.shape.float64_0](&.dict.SumFixed[float64], ... argument...) escapes to heap
./gen_escape.go:90:41: ... argument does not escape
./gen_escape.go:91:13: ... argument does not escape
./gen_escape.go:91:22: Describe[go.shape.struct { main.x int; main.y int }_0](&.dict.Describe[main.point], point{...}) escapes to heap
./gen_escape.go:91:45: Describe[go.shape.float64_0](&.dict.Describe[float64], 4.5) escapes to heap
./gen_escape.go:93:21: make([]go.shape.string_0, 4) does not escape
./gen_escape.go:93:21: make([]go.shape.string_0, n) escapes to heap
./gen_escape.go:94:13: ... argument does not escape
./gen_escape.go:94:17: len(ms) escapes to heap
./gen_escape.go:94:31: cap(ms) >= 4 escapes to heap
./gen_escape.go:98:13: ... argument does not escape
./gen_escape.go:98:18: next() escapes to heap
./gen_escape.go:98:26: next() escapes to heap
./gen_escape.go:100:12: ... argument does not escape
./gen_escape.go:101:13: ... argument does not escape
./gen_escape.go:101:17: Len[go.shape.string_0](&.dict.Len[string], c) escapes to heap
./gen_escape.go:101:23: c.v escapes to heap
./gen_escape.go:101:38: c.next.next.v escapes to heap
./gen_escape.go:101:50: Len[go.shape.int_0](&.dict.Len[int], nil) escapes to heap
./gen_escape.go:107:13: ... argument does not escape
./gen_escape.go:107:13: x escapes to heap
./gen_escape.go:107:13: y escapes to heap
./gen_escape.go:107:13: i escapes to heap
./gen_escape.go:107:13: j escapes to heap
./gen_escape.go:44:15: make([]go.shape.string_0, 4) does not escape
./gen_escape.go:45:13: make([]go.shape.string_0, n) escapes to heap
