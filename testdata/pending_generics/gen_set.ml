# command-line-arguments
./gen_set.go:15:11: make(Set[go.shape.int_0], len(items)) escapes to heap
./gen_set.go:64:13: make([]go.shape.int_0, 0, len(s)) escapes to heap
./gen_set.go:68:12: unsafe.Pointer(out) escapes to heap
./gen_set.go:68:18: func literal does not escape
./gen_set.go:73:6: moved to heap: b
./gen_set.go:74:13: ... argument does not escape
./gen_set.go:74:18: name escapes to heap
./gen_set.go:74:40: Set[go.shape.int_0].Len((*(*[6]uintptr)(unsafe.Pointer(.dict)))[.dict], s) escapes to heap
./gen_set.go:79:13: ... argument does not escape
./gen_set.go:79:14: unsafe.Pointer(v) escapes to heap
./gen_set.go:40:13: Set[go.shape.int_0]{} escapes to heap
./gen_set.go:50:13: Set[go.shape.int_0]{} escapes to heap
./gen_set.go:15:11: make(Set[go.shape.string_0], len(items)) escapes to heap
./gen_set.go:64:13: make([]go.shape.string_0, 0, len(s)) escapes to heap
./gen_set.go:68:12: unsafe.Pointer(out) escapes to heap
./gen_set.go:68:18: func literal does not escape
./gen_set.go:73:6: moved to heap: b
./gen_set.go:74:13: ... argument does not escape
./gen_set.go:74:18: name escapes to heap
./gen_set.go:74:40: Set[go.shape.string_0].Len((*(*[6]uintptr)(unsafe.Pointer(.dict)))[.dict], s) escapes to heap
./gen_set.go:79:13: ... argument does not escape
./gen_set.go:79:14: unsafe.Pointer(v) escapes to heap
./gen_set.go:15:11: make(Set[go.shape.[2]int_0], len(items)) escapes to heap
./gen_set.go:15:11: make(Set[go.shape.*uint8_0], len(items)) escapes to heap
./gen_set.go:26:42: make(Set[go.shape.string_0]) escapes to heap
./gen_set.go:64:13: make([]go.shape.float64_0, 0, len(s)) escapes to heap
./gen_set.go:68:12: unsafe.Pointer(out) escapes to heap
./gen_set.go:68:18: func literal does not escape
./gen_set.go:73:6: moved to heap: b
./gen_set.go:74:13: ... argument does not escape
./gen_set.go:74:18: name escapes to heap
./gen_set.go:74:40: Set[go.shape.float64_0].Len((*(*[6]uintptr)(unsafe.Pointer(.dict)))[.dict], s) escapes to heap
./gen_set.go:79:13: ... argument does not escape
./gen_set.go:79:14: unsafe.Pointer(v) escapes to heap
./gen_set.go:15:11: make(Set[go.shape.float64_0], len(items)) escapes to heap
./gen_set.go:90:13: ... argument does not escape
./gen_set.go:91:13: ... argument does not escape
./gen_set.go:92:13: ... argument does not escape
./gen_set.go:92:22: Describe[go.shape.int_0](&.dict.Describe[int], "a", a) escapes to heap
./gen_set.go:93:13: ... argument does not escape
./gen_set.go:93:22: Describe[go.shape.int_0](&.dict.Describe[int], "b", b) escapes to heap
./gen_set.go:94:13: ... argument does not escape
./gen_set.go:94:22: Describe[go.shape.int_0](&.dict.Describe[int], "a|b", Set[go.shape.int_0].Union(&.dict.Set[int].Union, a, b)) escapes to heap
./gen_set.go:95:13: ... argument does not escape
./gen_set.go:95:22: Describe[go.shape.int_0](&.dict.Describe[int], "a&b", Set[go.shape.int_0].Intersect(&.dict.Set[int].Intersect, a, b)) escapes to heap
./gen_set.go:96:13: ... argument does not escape
./gen_set.go:96:22: Describe[go.shape.int_0](&.dict.Describe[int], "a-b", Set[go.shape.int_0].Diff(&.dict.Set[int].Diff, a, b)) escapes to heap
./gen_set.go:99:13: ... argument does not escape
./gen_set.go:99:22: Describe[go.shape.int_0](&.dict.Describe[int], "a", a) escapes to heap
./gen_set.go:99:37: Set[go.shape.int_0].Has(&.dict.Set[int].Has, a, 1) escapes to heap
./gen_set.go:99:47: Set[go.shape.int_0].Has(&.dict.Set[int].Has, a, 2) escapes to heap
./gen_set.go:101:25: ... argument does not escape
./gen_set.go:104:13: ... argument does not escape
./gen_set.go:104:22: Describe[go.shape.string_0](&.dict.Describe[main.Color], "colors", colors) escapes to heap
./gen_set.go:105:12: ... argument does not escape
./gen_set.go:107:23: Set[main.coord]{} does not escape
./gen_set.go:108:17: []coord{...} does not escape
./gen_set.go:117:13: ... argument does not escape
./gen_set.go:117:14: "visited" escapes to heap
./gen_set.go:117:36: Set[go.shape.struct { main.r int; main.c int }_0].Len(&.dict.Set[main.coord].Len, visited) escapes to heap
./gen_set.go:117:40: "revisits" escapes to heap
./gen_set.go:117:40: revisits escapes to heap
./gen_set.go:119:17: ... argument does not escape
./gen_set.go:120:13: ... argument does not escape
./gen_set.go:120:14: "arrays" escapes to heap
./gen_set.go:120:33: Set[go.shape.[2]int_0].Len(&.dict.Set[[2]int].Len, grids) escapes to heap
./gen_set.go:120:46: Set[go.shape.[2]int_0].Has(&.dict.Set[[2]int].Has, grids, [2]int{...}) escapes to heap
./gen_set.go:124:12: &coord{...} escapes to heap
./gen_set.go:124:26: &coord{...} escapes to heap
./gen_set.go:128:13: ... argument does not escape
./gen_set.go:128:14: "pointer set" escapes to heap
./gen_set.go:128:37: Set[go.shape.*uint8_0].Len(&.dict.Set[*main.coord].Len, ptrs) escapes to heap
./gen_set.go:128:49: Set[go.shape.*uint8_0].Has(&.dict.Set[*main.coord].Has, ptrs, c2) escapes to heap
./gen_set.go:128:63: Set[go.shape.*uint8_0].Has(&.dict.Set[*main.coord].Has, ptrs, &coord{...}) escapes to heap
./gen_set.go:128:64: &coord{...} does not escape
./gen_set.go:131:13: ... argument does not escape
./gen_set.go:131:14: "after reset" escapes to heap
./gen_set.go:131:39: Set[go.shape.string_0].Len(&.dict.Set[main.Color].Len, colors) escapes to heap
./gen_set.go:131:50: colors != nil escapes to heap
./gen_set.go:134:13: ... argument does not escape
./gen_set.go:134:24: Set[go.shape.string_0].Has(&.dict.Set[string].Has, nilset, "x") escapes to heap
./gen_set.go:134:41: Set[go.shape.string_0].Len(&.dict.Set[string].Len, nilset) escapes to heap
./gen_set.go:134:48: len(Sorted[go.shape.string_0](&.dict.Sorted[string], nilset)) escapes to heap
./gen_set.go:135:13: ... argument does not escape
./gen_set.go:135:22: Describe[go.shape.float64_0](&.dict.Describe[float64], "floats", NewSet[go.shape.float64_0](&.dict.NewSet[float64], ... argument...)) escapes to heap
./gen_set.go:135:39: ... argument does not escape
./gen_set.go:26:42: make(Set[go.shape.int_0]) escapes to heap
./gen_set.go:40:13: Set[go.shape.string_0]{} escapes to heap
./gen_set.go:50:13: Set[go.shape.string_0]{} escapes to heap
./gen_set.go:26:42: make(Set[go.shape.struct { main.r int; main.c int }_0]) escapes to heap
./gen_set.go:15:11: make(Set[go.shape.struct { main.r int; main.c int }_0], len(items)) escapes to heap
./gen_set.go:40:13: Set[go.shape.struct { main.r int; main.c int }_0]{} escapes to heap
./gen_set.go:50:13: Set[go.shape.struct { main.r int; main.c int }_0]{} escapes to heap
./gen_set.go:26:42: make(Set[go.shape.[2]int_0]) escapes to heap
./gen_set.go:40:13: Set[go.shape.[2]int_0]{} escapes to heap
./gen_set.go:50:13: Set[go.shape.[2]int_0]{} escapes to heap
./gen_set.go:26:42: make(Set[go.shape.*uint8_0]) escapes to heap
./gen_set.go:40:13: Set[go.shape.*uint8_0]{} escapes to heap
./gen_set.go:50:13: Set[go.shape.*uint8_0]{} escapes to heap
./gen_set.go:26:42: make(Set[go.shape.float64_0]) escapes to heap
./gen_set.go:40:13: Set[go.shape.float64_0]{} escapes to heap
./gen_set.go:50:13: Set[go.shape.float64_0]{} escapes to heap
