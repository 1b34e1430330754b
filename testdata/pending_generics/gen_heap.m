# command-line-arguments
./gen_heap.go:79:6: can inline Less[go.shape.int_0]
./gen_heap.go:59:6: can inline (*Heap[go.shape.int_0]).Push
./gen_heap.go:77:6: can inline (*Heap[go.shape.int_0]).Len
./gen_heap.go:80:6: can inline Greater[go.shape.string_0]
./gen_heap.go:59:6: can inline (*Heap[go.shape.string_0]).Push
./gen_heap.go:77:6: can inline (*Heap[go.shape.string_0]).Len
./gen_heap.go:59:6: can inline (*Heap[go.shape.struct { main.prio int; main.name string }_0]).Push
./gen_heap.go:77:6: can inline (*Heap[go.shape.struct { main.prio int; main.name string }_0]).Len
./gen_heap.go:79:6: can inline Less[go.shape.float64_0]
./gen_heap.go:77:6: can inline (*Heap[go.shape.float64_0]).Len
./gen_heap.go:85:11: inlining call to (*Heap[go.shape.float64_0]).Len
./gen_heap.go:83:15: can inline HeapSort[go.shape.[]float64_0,go.shape.float64_1].func1
./gen_heap.go:83:15: inlining call to Less[go.shape.float64_0]
./gen_heap.go:79:6: can inline Less[go.shape.string_0]
./gen_heap.go:85:11: inlining call to (*Heap[go.shape.string_0]).Len
./gen_heap.go:83:15: can inline HeapSort[go.shape.[]string_0,go.shape.string_1].func1
./gen_heap.go:83:15: inlining call to Less[go.shape.string_0]
./gen_heap.go:80:6: can inline Greater[go.shape.float64_0]
./gen_heap.go:113:9: inlining call to (*Heap[go.shape.int_0]).Push
./gen_heap.go:114:11: inlining call to (*Heap[go.shape.int_0]).Len
./gen_heap.go:118:24: inlining call to (*Heap[go.shape.int_0]).Len
./gen_heap.go:111:15: can inline TopK[go.shape.int_0].func1
./gen_heap.go:111:15: inlining call to Less[go.shape.int_0]
./gen_heap.go:79:6: can inline Less[go.shape.uint_0]
./gen_heap.go:59:6: can inline (*Heap[go.shape.uint_0]).Push
./gen_heap.go:77:6: can inline (*Heap[go.shape.uint_0]).Len
./gen_heap.go:113:9: inlining call to (*Heap[go.shape.uint_0]).Push
./gen_heap.go:114:11: inlining call to (*Heap[go.shape.uint_0]).Len
./gen_heap.go:118:24: inlining call to (*Heap[go.shape.uint_0]).Len
./gen_heap.go:111:15: can inline TopK[go.shape.uint_0].func1
./gen_heap.go:111:15: inlining call to Less[go.shape.uint_0]
./gen_heap.go:113:9: inlining call to (*Heap[go.shape.string_0]).Push
./gen_heap.go:114:11: inlining call to (*Heap[go.shape.string_0]).Len
./gen_heap.go:118:24: inlining call to (*Heap[go.shape.string_0]).Len
./gen_heap.go:111:15: can inline TopK[go.shape.string_0].func1
./gen_heap.go:111:15: inlining call to Less[go.shape.string_0]
./gen_heap.go:128:6: can inline pq[go.shape.int64_0].Len
./gen_heap.go:146:12: inlining call to fmt.Print
./gen_heap.go:148:13: inlining call to fmt.Println
./gen_heap.go:154:13: inlining call to fmt.Println
./gen_heap.go:168:13: inlining call to fmt.Printf
./gen_heap.go:170:13: inlining call to fmt.Println
./gen_heap.go:173:12: inlining call to fmt.Printf
./gen_heap.go:174:13: inlining call to fmt.Println
./gen_heap.go:177:13: inlining call to fmt.Println
./gen_heap.go:178:13: inlining call to fmt.Println
./gen_heap.go:180:13: inlining call to fmt.Println
./gen_heap.go:187:12: inlining call to fmt.Print
./gen_heap.go:189:13: inlining call to fmt.Println
./gen_heap.go:192:12: inlining call to fmt.Printf
./gen_heap.go:142:15: can inline main.func3
./gen_heap.go:150:16: can inline main.func4
./gen_heap.go:156:19: can inline main.func1
./gen_heap.go:176:67: can inline main.func2
./gen_heap.go:178:41: can inline main.func5
./gen_heap.go:129:6: can inline pq[go.shape.int64_0].Less
./gen_heap.go:130:6: can inline pq[go.shape.int64_0].Swap
./gen_heap.go:131:6: can inline (*pq[go.shape.int64_0]).Push
./gen_heap.go:132:6: can inline (*pq[go.shape.int64_0]).Pop
./gen_heap.go:128:6: can inline pq[go.shape.string_0].Len
./gen_heap.go:129:6: can inline pq[go.shape.string_0].Less
./gen_heap.go:130:6: can inline pq[go.shape.string_0].Swap
./gen_heap.go:131:6: can inline (*pq[go.shape.string_0]).Push
./gen_heap.go:132:6: can inline (*pq[go.shape.string_0]).Pop
./gen_heap.go:59:6: can inline (*Heap[go.shape.float64_0]).Push
./gen_heap.go:54:24: (*Heap[go.shape.int_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:54:24: (*Heap[go.shape.int_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:22:7: &Heap[go.shape.int_0]{...} escapes to heap
./gen_heap.go:35:24: (*Heap[go.shape.int_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:35:24: (*Heap[go.shape.int_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:67:12: (*Heap[go.shape.int_0]).Pop ignoring self-assignment in h.data[0] = h.data[last]
./gen_heap.go:70:9: (*Heap[go.shape.int_0]).Pop ignoring self-assignment in h.data = h.data[:last]
./gen_heap.go:54:24: (*Heap[go.shape.string_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:54:24: (*Heap[go.shape.string_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:22:7: &Heap[go.shape.string_0]{...} escapes to heap
./gen_heap.go:35:24: (*Heap[go.shape.string_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:35:24: (*Heap[go.shape.string_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:67:12: (*Heap[go.shape.string_0]).Pop ignoring self-assignment in h.data[0] = h.data[last]
./gen_heap.go:70:9: (*Heap[go.shape.string_0]).Pop ignoring self-assignment in h.data = h.data[:last]
./gen_heap.go:54:24: (*Heap[go.shape.struct { main.prio int; main.name string }_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:54:24: (*Heap[go.shape.struct { main.prio int; main.name string }_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:22:7: &Heap[go.shape.struct { main.prio int; main.name string }_0]{...} escapes to heap
./gen_heap.go:35:24: (*Heap[go.shape.struct { main.prio int; main.name string }_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:35:24: (*Heap[go.shape.struct { main.prio int; main.name string }_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:67:12: (*Heap[go.shape.struct { main.prio int; main.name string }_0]).Pop ignoring self-assignment in h.data[0] = h.data[last]
./gen_heap.go:70:9: (*Heap[go.shape.struct { main.prio int; main.name string }_0]).Pop ignoring self-assignment in h.data = h.data[:last]
./gen_heap.go:54:24: (*Heap[go.shape.float64_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:54:24: (*Heap[go.shape.float64_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:22:7: &Heap[go.shape.float64_0]{...} escapes to heap
./gen_heap.go:67:12: (*Heap[go.shape.float64_0]).Pop ignoring self-assignment in h.data[0] = h.data[last]
./gen_heap.go:70:9: (*Heap[go.shape.float64_0]).Pop ignoring self-assignment in h.data = h.data[:last]
./gen_heap.go:84:13: make(go.shape.[]float64_0, 0, len(s)) escapes to heap
./gen_heap.go:84:13: make(go.shape.[]string_0, 0, len(s)) escapes to heap
./gen_heap.go:98:13: make(go.shape.[]string_0, 0, len(s)) escapes to heap
./gen_heap.go:98:13: make(go.shape.[]float64_0, 0, len(s)) escapes to heap
./gen_heap.go:118:13: make([]go.shape.int_0, ~R0) escapes to heap
./gen_heap.go:54:24: (*Heap[go.shape.uint_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:54:24: (*Heap[go.shape.uint_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:22:7: &Heap[go.shape.uint_0]{...} escapes to heap
./gen_heap.go:35:24: (*Heap[go.shape.uint_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:35:24: (*Heap[go.shape.uint_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:67:12: (*Heap[go.shape.uint_0]).Pop ignoring self-assignment in h.data[0] = h.data[last]
./gen_heap.go:70:9: (*Heap[go.shape.uint_0]).Pop ignoring self-assignment in h.data = h.data[:last]
./gen_heap.go:118:13: make([]go.shape.uint_0, ~R0) escapes to heap
./gen_heap.go:118:13: make([]go.shape.string_0, ~R0) escapes to heap
./gen_heap.go:156:24: a does not escape
./gen_heap.go:156:27: b does not escape
./gen_heap.go:176:72: a does not escape
./gen_heap.go:176:75: b does not escape
./gen_heap.go:142:14: ... argument does not escape
./gen_heap.go:146:12: ... argument does not escape
./gen_heap.go:146:18: (*Heap[go.shape.int_0]).Pop(&.dict.(*Heap[int]).Pop, h) escapes to heap
./gen_heap.go:146:22: " " escapes to heap
./gen_heap.go:151:28: []string{...} does not escape
./gen_heap.go:154:13: ... argument does not escape
./gen_heap.go:154:20: (*Heap[go.shape.string_0]).Pop(&.dict.(*Heap[string]).Pop, mh) escapes to heap
./gen_heap.go:154:30: (*Heap[go.shape.string_0]).Pop(&.dict.(*Heap[string]).Pop, mh) escapes to heap
./gen_heap.go:154:40: (*Heap[go.shape.string_0]).Len(&.dict.(*Heap[string]).Len, mh) escapes to heap
./gen_heap.go:156:19: func literal escapes to heap
./gen_heap.go:168:13: ... argument does not escape
./gen_heap.go:168:25: t.prio escapes to heap
./gen_heap.go:168:33: t.name escapes to heap
./gen_heap.go:172:23: Scores{...} does not escape
./gen_heap.go:173:12: ... argument does not escape
./gen_heap.go:173:13: sc escapes to heap
./gen_heap.go:173:13: sc escapes to heap
./gen_heap.go:174:13: ... argument does not escape
./gen_heap.go:174:22: HeapSort[go.shape.[]string_0,go.shape.string_1](&.dict.HeapSort[[]string,string], []string{...}) escapes to heap
./gen_heap.go:174:31: []string{...} does not escape
./gen_heap.go:176:29: []string{...} escapes to heap
./gen_heap.go:176:67: func literal does not escape
./gen_heap.go:177:13: ... argument does not escape
./gen_heap.go:177:13: byLen escapes to heap
./gen_heap.go:178:13: ... argument does not escape
./gen_heap.go:178:23: MergeSort[go.shape.[]float64_0,go.shape.float64_1](&.dict.MergeSort[main.Scores,float64], Scores{...}, func literal) escapes to heap
./gen_heap.go:178:30: Scores{...} escapes to heap
./gen_heap.go:180:13: ... argument does not escape
./gen_heap.go:180:18: TopK[go.shape.int_0](&.dict.TopK[int], []int{...}, 3) escapes to heap
./gen_heap.go:180:24: []int{...} does not escape
./gen_heap.go:180:55: TopK[go.shape.uint_0](&.dict.TopK[uint], []uint{...}, 3) escapes to heap
./gen_heap.go:180:62: []uint{...} does not escape
./gen_heap.go:180:74: len(TopK[go.shape.string_0](&.dict.TopK[string], []string{}, 2)) escapes to heap
./gen_heap.go:180:88: []string{} does not escape
./gen_heap.go:182:7: &pq[int64]{} escapes to heap
./gen_heap.go:182:17: pq[int64]{} escapes to heap
./gen_heap.go:183:27: []int64{...} does not escape
./gen_heap.go:184:12: v escapes to heap
./gen_heap.go:187:12: ... argument does not escape
./gen_heap.go:187:26: " " escapes to heap
./gen_heap.go:190:26: &pq[string]{...} escapes to heap
./gen_heap.go:190:37: pq[string]{...} escapes to heap
./gen_heap.go:192:12: ... argument does not escape
./gen_heap.go:130:49: pq[go.shape.int64_0].Swap ignoring self-assignment in p[i], p[j] = p[j], p[i]
./gen_heap.go:130:49: pq[go.shape.int64_0].Swap ignoring self-assignment in p[i], p[j] = p[j], p[i]
./gen_heap.go:132:94: unsafe.Pointer(v) escapes to heap
./gen_heap.go:130:49: pq[go.shape.string_0].Swap ignoring self-assignment in p[i], p[j] = p[j], p[i]
./gen_heap.go:130:49: pq[go.shape.string_0].Swap ignoring self-assignment in p[i], p[j] = p[j], p[i]
./gen_heap.go:132:94: unsafe.Pointer(v) escapes to heap
./gen_heap.go:35:24: (*Heap[go.shape.float64_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:35:24: (*Heap[go.shape.float64_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
