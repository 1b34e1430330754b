# command-line-arguments
./gen_ring.go:17:6: can inline (*Ring[go.shape.string_0]).Push
./gen_ring.go:41:6: can inline Ring[go.shape.string_0].Slice
./gen_ring.go:29:6: can inline (*Ring[go.shape.string_0]).Pop
./gen_ring.go:41:6: can inline Ring[go.shape.int_0].Slice
./gen_ring.go:29:6: can inline (*Ring[go.shape.int_0]).Pop
./gen_ring.go:54:6: can inline (*RingQ[go.shape.[2]int_0]).grow
./gen_ring.go:68:9: inlining call to (*RingQ[go.shape.[2]int_0]).grow
./gen_ring.go:74:6: can inline (*RingQ[go.shape.[2]int_0]).Pop
./gen_ring.go:17:6: can inline (*Ring[go.shape.float64_0]).Push
./gen_ring.go:93:31: inlining call to (*Ring[go.shape.float64_0]).Push
./gen_ring.go:17:6: can inline (*Ring[go.shape.int64_0]).Push
./gen_ring.go:93:31: inlining call to (*Ring[go.shape.int64_0]).Push
./gen_ring.go:41:6: can inline Ring[go.shape.int64_0].Slice
./gen_ring.go:106:13: inlining call to fmt.Print
./gen_ring.go:109:13: inlining call to fmt.Println
./gen_ring.go:111:13: inlining call to fmt.Println
./gen_ring.go:112:12: inlining call to fmt.Printf
./gen_ring.go:115:13: inlining call to fmt.Println
./gen_ring.go:117:13: inlining call to fmt.Println
./gen_ring.go:121:13: inlining call to fmt.Println
./gen_ring.go:127:13: inlining call to fmt.Println
./gen_ring.go:131:13: inlining call to fmt.Println
./gen_ring.go:133:12: inlining call to fmt.Print
./gen_ring.go:135:13: inlining call to fmt.Println
./gen_ring.go:139:13: inlining call to fmt.Printf
./gen_ring.go:141:13: inlining call to fmt.Println
./gen_ring.go:144:12: inlining call to fmt.Print
./gen_ring.go:146:13: inlining call to fmt.Println
./gen_ring.go:147:12: inlining call to fmt.Printf
./gen_ring.go:17:6: can inline (*Ring[go.shape.int_0]).Push
./gen_ring.go:29:6: can inline (*Ring[go.shape.float64_0]).Pop
./gen_ring.go:41:6: can inline Ring[go.shape.float64_0].Slice
./gen_ring.go:29:6: can inline (*Ring[go.shape.int64_0]).Pop
./gen_ring.go:42:13: make([]go.shape.string_0, 0, r.count) escapes to heap
./gen_ring.go:42:13: make([]go.shape.int_0, 0, r.count) escapes to heap
./gen_ring.go:68:9: make([]go.shape.[2]int_0, n) escapes to heap
./gen_ring.go:42:13: make([]go.shape.int64_0, 0, r.count) escapes to heap
./gen_ring.go:104:28: []string{...} does not escape
./gen_ring.go:106:13: ... argument does not escape
./gen_ring.go:106:14: "drop " escapes to heap
./gen_ring.go:106:14: old escapes to heap
./gen_ring.go:106:28: "; " escapes to heap
./gen_ring.go:109:13: ... argument does not escape
./gen_ring.go:109:21: Ring[go.shape.string_0].Slice(&.dict.Ring[string].Slice, r) escapes to heap
./gen_ring.go:109:26: r.count escapes to heap
./gen_ring.go:109:35: r.start escapes to heap
./gen_ring.go:111:13: ... argument does not escape
./gen_ring.go:111:14: "pop" escapes to heap
./gen_ring.go:111:14: v escapes to heap
./gen_ring.go:111:31: Ring[go.shape.string_0].Slice(&.dict.Ring[string].Slice, r) escapes to heap
./gen_ring.go:112:12: ... argument does not escape
./gen_ring.go:112:25: r.buf escapes to heap
./gen_ring.go:112:32: r.buf escapes to heap
./gen_ring.go:115:13: ... argument does not escape
./gen_ring.go:115:17: len(ri.buf) escapes to heap
./gen_ring.go:115:30: cap(ri.buf) escapes to heap
./gen_ring.go:115:48: Ring[go.shape.int_0].Slice(&.dict.Ring[int].Slice, ri) escapes to heap
./gen_ring.go:117:13: ... argument does not escape
./gen_ring.go:117:14: "empty pop" escapes to heap
./gen_ring.go:117:14: ok escapes to heap
./gen_ring.go:121:13: ... argument does not escape
./gen_ring.go:121:21: Ring[go.shape.string_0].Slice(&.dict.Ring[string].Slice, r) escapes to heap
./gen_ring.go:121:33: Ring[go.shape.string_0].Slice(&.dict.Ring[string].Slice, r2) escapes to heap
./gen_ring.go:127:13: ... argument does not escape
./gen_ring.go:127:19: (*RingQ[go.shape.[2]int_0]).Pop(&.dict.(*RingQ[[2]int]).Pop, q) escapes to heap
./gen_ring.go:127:28: (*RingQ[go.shape.[2]int_0]).Pop(&.dict.(*RingQ[[2]int]).Pop, q) escapes to heap
./gen_ring.go:127:35: len(q.data) escapes to heap
./gen_ring.go:131:13: ... argument does not escape
./gen_ring.go:131:15: q.size escapes to heap
./gen_ring.go:131:25: len(q.data) escapes to heap
./gen_ring.go:131:36: q.head escapes to heap
./gen_ring.go:133:12: ... argument does not escape
./gen_ring.go:133:18: (*RingQ[go.shape.[2]int_0]).Pop(&.dict.(*RingQ[[2]int]).Pop, q) escapes to heap
./gen_ring.go:133:22: " " escapes to heap
./gen_ring.go:138:29: []float64{...} does not escape
./gen_ring.go:139:13: ... argument does not escape
./gen_ring.go:139:30: (*Avg[go.shape.float64_0]).Add(&.dict.(*Avg[float64]).Add, avg, x) escapes to heap
./gen_ring.go:143:28: []Millis{...} does not escape
./gen_ring.go:144:12: ... argument does not escape
./gen_ring.go:144:20: (*Avg[go.shape.int64_0]).Add(&.dict.(*Avg[main.Millis]).Add, lat, x) escapes to heap
./gen_ring.go:144:25: " " escapes to heap
./gen_ring.go:147:12: ... argument does not escape
./gen_ring.go:147:27: lat.sum escapes to heap
./gen_ring.go:147:46: Ring[go.shape.int64_0].Slice(&.dict.Ring[main.Millis].Slice, lat.win) escapes to heap
./gen_ring.go:59:12: make([]go.shape.[2]int_0, n) escapes to heap
./gen_ring.go:42:13: make([]go.shape.float64_0, 0, r.count) escapes to heap
