# command-line-arguments
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
./gen_heap.go:118:13: make([]go.shape.int_0, (*Heap[go.shape.int_0]).Len((*(*[12]uintptr)(unsafe.Pointer(.dict)))[.dict], h)) escapes to heap
./gen_heap.go:54:24: (*Heap[go.shape.uint_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:54:24: (*Heap[go.shape.uint_0]).down ignoring self-assignment in h.data[i], h.data[m] = h.data[m], h.data[i]
./gen_heap.go:22:7: &Heap[go.shape.uint_0]{...} escapes to heap
./gen_heap.go:35:24: (*Heap[go.shape.uint_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:35:24: (*Heap[go.shape.uint_0]).up ignoring self-assignment in h.data[i], h.data[p] = h.data[p], h.data[i]
./gen_heap.go:67:12: (*Heap[go.shape.uint_0]).Pop ignoring self-assignment in h.data[0] = h.data[last]
./gen_heap.go:70:9: (*Heap[go.shape.uint_0]).Pop ignoring self-assignment in h.data = h.data[:last]
./gen_heap.go:118:13: make([]go.shape.uint_0, (*Heap[go.shape.uint_0]).Len((*(*[12]uintptr)(unsafe.Pointer(.dict)))[.dict], h)) escapes to heap
./gen_heap.go:118:13: make([]go.shape.string_0, (*Heap[go.shape.string_0]).Len((*(*[12]uintptr)(unsafe.Pointer(.dict)))[.dict], h)) escapes to heap
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
