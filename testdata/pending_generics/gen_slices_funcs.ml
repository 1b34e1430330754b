# command-line-arguments
./gen_slices_funcs.go:70:12: leaking param: xs
./gen_slices_funcs.go:70:22: f does not escape
./gen_slices_funcs.go:71:15: func literal escapes to heap
./gen_slices_funcs.go:15:11: make([]go.shape.int_1, len(s)) escapes to heap
./gen_slices_funcs.go:15:11: make([]go.shape.string_1, len(s)) escapes to heap
./gen_slices_funcs.go:41:14: make([]go.shape.string_0, 0, len(m)) escapes to heap
./gen_slices_funcs.go:49:14: make([]go.shape.int_1, 0, len(m)) escapes to heap
./gen_slices_funcs.go:15:11: make([]go.shape.int_1, len(s)) escapes to heap
./gen_slices_funcs.go:15:11: make([]go.shape.string_1, len(s)) escapes to heap
./gen_slices_funcs.go:15:11: make([]go.shape.bool_1, len(s)) escapes to heap
./gen_slices_funcs.go:15:11: make([]go.shape.int_1, len(s)) escapes to heap
./gen_slices_funcs.go:87:34: a does not escape
./gen_slices_funcs.go:119:26: s does not escape
./gen_slices_funcs.go:123:34: s does not escape
./gen_slices_funcs.go:129:58: s does not escape
./gen_slices_funcs.go:77:15: []int{...} escapes to heap
./gen_slices_funcs.go:78:23: func literal does not escape
./gen_slices_funcs.go:79:13: ... argument does not escape
./gen_slices_funcs.go:79:14: "squares:" escapes to heap
./gen_slices_funcs.go:79:14: squares escapes to heap
./gen_slices_funcs.go:81:24: func literal does not escape
./gen_slices_funcs.go:82:13: ... argument does not escape
./gen_slices_funcs.go:82:14: "evens:" escapes to heap
./gen_slices_funcs.go:82:14: evens escapes to heap
./gen_slices_funcs.go:82:34: len(evens) escapes to heap
./gen_slices_funcs.go:82:54: cap(evens) >= len(evens) escapes to heap
./gen_slices_funcs.go:84:25: func literal does not escape
./gen_slices_funcs.go:85:13: ... argument does not escape
./gen_slices_funcs.go:85:14: "sum:" escapes to heap
./gen_slices_funcs.go:85:14: sum escapes to heap
./gen_slices_funcs.go:87:29: func literal does not escape
./gen_slices_funcs.go:91:18: a + "," + strconv.Itoa(n) escapes to heap
./gen_slices_funcs.go:93:13: ... argument does not escape
./gen_slices_funcs.go:93:14: "joined:" escapes to heap
./gen_slices_funcs.go:93:14: joined escapes to heap
./gen_slices_funcs.go:97:26: func literal does not escape
./gen_slices_funcs.go:98:12: ... argument does not escape
./gen_slices_funcs.go:98:13: strs escapes to heap
./gen_slices_funcs.go:99:12: ... argument does not escape
./gen_slices_funcs.go:102:13: ... argument does not escape
./gen_slices_funcs.go:102:14: "div3:" escapes to heap
./gen_slices_funcs.go:102:28: apply(nums, func literal) escapes to heap
./gen_slices_funcs.go:104:24: map[string]int{...} does not escape
./gen_slices_funcs.go:107:13: ... argument does not escape
./gen_slices_funcs.go:107:14: "keys:" escapes to heap
./gen_slices_funcs.go:107:14: ks escapes to heap
./gen_slices_funcs.go:110:13: ... argument does not escape
./gen_slices_funcs.go:110:14: "values:" escapes to heap
./gen_slices_funcs.go:110:14: vs escapes to heap
./gen_slices_funcs.go:112:19: []string{...} does not escape
./gen_slices_funcs.go:113:13: ... argument does not escape
./gen_slices_funcs.go:113:19: Index[go.shape.string_0](&.dict.Index[string], words, "gamma") escapes to heap
./gen_slices_funcs.go:113:42: Index[go.shape.string_0](&.dict.Index[string], words, "omega") escapes to heap
./gen_slices_funcs.go:114:13: ... argument does not escape
./gen_slices_funcs.go:114:22: Contains[go.shape.string_0](&.dict.Contains[string], words, "beta") escapes to heap
./gen_slices_funcs.go:114:47: Contains[go.shape.string_0](&.dict.Contains[string], words, "zeta") escapes to heap
./gen_slices_funcs.go:116:16: []point{...} does not escape
./gen_slices_funcs.go:117:13: ... argument does not escape
./gen_slices_funcs.go:117:19: Index[go.shape.struct { main.x int; main.y int }_0](&.dict.Index[main.point], pts, point{...}) escapes to heap
./gen_slices_funcs.go:117:47: Contains[go.shape.struct { main.x int; main.y int }_0](&.dict.Contains[main.point], pts, point{...}) escapes to heap
./gen_slices_funcs.go:119:21: func literal does not escape
./gen_slices_funcs.go:120:29: func literal does not escape
./gen_slices_funcs.go:121:13: ... argument does not escape
./gen_slices_funcs.go:121:13: lens escapes to heap
./gen_slices_funcs.go:121:13: total escapes to heap
./gen_slices_funcs.go:123:29: func literal does not escape
./gen_slices_funcs.go:124:13: ... argument does not escape
./gen_slices_funcs.go:124:13: upper escapes to heap
./gen_slices_funcs.go:127:13: ... argument does not escape
./gen_slices_funcs.go:127:17: len(Map[go.shape.float64_0,go.shape.bool_1](&.dict.Map[float64,bool], empty, func literal)) escapes to heap
./gen_slices_funcs.go:127:29: func literal does not escape
./gen_slices_funcs.go:127:120: Filter[go.shape.float64_0](&.dict.Filter[float64], empty, func literal) == nil escapes to heap
./gen_slices_funcs.go:127:84: func literal does not escape
./gen_slices_funcs.go:129:23: [][]int{...} does not escape
./gen_slices_funcs.go:129:24: []int{...} escapes to heap
./gen_slices_funcs.go:129:32: []int{...} escapes to heap
./gen_slices_funcs.go:129:37: []int{} escapes to heap
./gen_slices_funcs.go:129:41: []int{...} escapes to heap
./gen_slices_funcs.go:129:53: func literal does not escape
./gen_slices_funcs.go:130:23: func literal does not escape
./gen_slices_funcs.go:132:13: ... argument does not escape
./gen_slices_funcs.go:132:14: "nested sums:" escapes to heap
./gen_slices_funcs.go:132:14: nested escapes to heap
