# command-line-arguments
./gen_nested_instances.go:33:43: &elem[go.shape.struct { First int; Second int }_0]{...} escapes to heap
./gen_nested_instances.go:48:7: &List[go.shape.struct { First int; Second int }_1]{} escapes to heap
./gen_nested_instances.go:36:13: make([]go.shape.struct { First int; Second int }_0, 0, l.size) escapes to heap
./gen_nested_instances.go:59:35: moved to heap: v
./gen_nested_instances.go:63:34: map[rune]*Trie[go.shape.[]int_0]{} escapes to heap
./gen_nested_instances.go:67:8: &Trie[go.shape.[]int_0]{} escapes to heap
./gen_nested_instances.go:79:14: make([]rune, 0, len(t.children)) escapes to heap
./gen_nested_instances.go:83:12: keys escapes to heap
./gen_nested_instances.go:83:19: func literal does not escape
./gen_nested_instances.go:85:28: prefix + string(r) escapes to heap
./gen_nested_instances.go:85:35: string(r) does not escape
./gen_nested_instances.go:102:55: leaking param: a
./gen_nested_instances.go:102:40: x.name + "|" + y.name escapes to heap
./gen_nested_instances.go:102:50: func literal escapes to heap
./gen_nested_instances.go:102:55: leaking param: a
./gen_nested_instances.go:102:40: x.name + "|" + y.name escapes to heap
./gen_nested_instances.go:102:50: func literal escapes to heap
./gen_nested_instances.go:33:43: &elem[go.shape.int_0]{...} escapes to heap
./gen_nested_instances.go:33:43: &elem[go.shape.*uint8_0]{...} escapes to heap
./gen_nested_instances.go:36:13: make([]go.shape.*uint8_0, 0, l.size) escapes to heap
./gen_nested_instances.go:36:13: make([]go.shape.int_0, 0, l.size) escapes to heap
./gen_nested_instances.go:131:18: leaking param: k
./gen_nested_instances.go:131:28: leaking param: v
./gen_nested_instances.go:137:48: s does not escape
./gen_nested_instances.go:107:12: ... argument does not escape
./gen_nested_instances.go:107:13: pp escapes to heap
./gen_nested_instances.go:107:13: pp escapes to heap
./gen_nested_instances.go:107:13: pp escapes to heap
./gen_nested_instances.go:109:12: ... argument does not escape
./gen_nested_instances.go:109:32: sw.First.Second escapes to heap
./gen_nested_instances.go:109:32: sw escapes to heap
./gen_nested_instances.go:110:13: ... argument does not escape
./gen_nested_instances.go:110:37: Pair[go.shape.string_0,go.shape.int_1].Swap(&.dict.Pair[string,int].Swap, .autotmp_15) == pp.First escapes to heap
./gen_nested_instances.go:112:36: Multi[string,main.Pair[int,int]]{} escapes to heap
./gen_nested_instances.go:116:13: ... argument does not escape
./gen_nested_instances.go:116:26: (*List[go.shape.struct { First int; Second int }_0]).Slice(&.dict.(*List[main.Pair[int,int]]).Slice, m["x"]) escapes to heap
./gen_nested_instances.go:116:36: m["y"].size escapes to heap
./gen_nested_instances.go:116:46: len(m) escapes to heap
./gen_nested_instances.go:117:12: ... argument does not escape
./gen_nested_instances.go:119:37: map[Pair[string,int]]int{} does not escape
./gen_nested_instances.go:123:13: ... argument does not escape
./gen_nested_instances.go:123:20: counts[MkPair[go.shape.string_0,go.shape.int_1](&.dict.MkPair[string,int], "a", 1)] escapes to heap
./gen_nested_instances.go:123:44: counts[MkPair[go.shape.string_0,go.shape.int_1](&.dict.MkPair[string,int], "bb", 2)] escapes to heap
./gen_nested_instances.go:123:69: counts[MkPair[go.shape.string_0,go.shape.int_1](&.dict.MkPair[string,int], "bb", 3)] escapes to heap
./gen_nested_instances.go:123:91: len(counts) escapes to heap
./gen_nested_instances.go:126:19: []int{...} escapes to heap
./gen_nested_instances.go:127:23: []int{...} escapes to heap
./gen_nested_instances.go:129:18: []int{...} escapes to heap
./gen_nested_instances.go:130:19: []int{...} escapes to heap
./gen_nested_instances.go:131:13: func literal does not escape
./gen_nested_instances.go:131:48: ... argument does not escape
./gen_nested_instances.go:131:48: k escapes to heap
./gen_nested_instances.go:131:52: "=" escapes to heap
./gen_nested_instances.go:131:52: v escapes to heap
./gen_nested_instances.go:131:60: " " escapes to heap
./gen_nested_instances.go:134:13: ... argument does not escape
./gen_nested_instances.go:134:21: Flatten[go.shape.string_0](&.dict.Flatten[string], [][]string{...}) escapes to heap
./gen_nested_instances.go:134:32: [][]string{...} does not escape
./gen_nested_instances.go:134:33: []string{...} does not escape
./gen_nested_instances.go:134:40: []string{} does not escape
./gen_nested_instances.go:134:44: []string{...} does not escape
./gen_nested_instances.go:134:56: []string{...} does not escape
./gen_nested_instances.go:135:13: ... argument does not escape
./gen_nested_instances.go:135:21: Flatten[go.shape.struct { First int; Second bool }_0](&.dict.Flatten[main.Pair[int,bool]], [][]Pair[int,bool]{...}) escapes to heap
./gen_nested_instances.go:135:41: [][]Pair[int,bool]{...} does not escape
./gen_nested_instances.go:135:42: []Pair[int,bool]{...} does not escape
./gen_nested_instances.go:135:55: []Pair[int,bool]{...} does not escape
./gen_nested_instances.go:135:89: Flatten[go.shape.int_0](&.dict.Flatten[int], nil) == nil escapes to heap
./gen_nested_instances.go:137:43: func literal escapes to heap
./gen_nested_instances.go:138:44: func literal escapes to heap
./gen_nested_instances.go:139:59: func literal escapes to heap
./gen_nested_instances.go:140:27: ... argument does not escape
./gen_nested_instances.go:140:27: f escapes to heap
./gen_nested_instances.go:143:13: ... argument does not escape
./gen_nested_instances.go:143:17: all.name escapes to heap
./gen_nested_instances.go:143:30: all.fn("abc") escapes to heap
./gen_nested_instances.go:143:45: all.fn("a") escapes to heap
./gen_nested_instances.go:144:12: ... argument does not escape
./gen_nested_instances.go:144:13: all escapes to heap
./gen_nested_instances.go:146:8: &List[*main.List[int]]{} does not escape
./gen_nested_instances.go:148:12: &List[int]{} escapes to heap
./gen_nested_instances.go:155:12: ... argument does not escape
./gen_nested_instances.go:155:21: (*List[go.shape.int_0]).Slice(&.dict.(*List[int]).Slice, in) escapes to heap
./gen_nested_instances.go:155:25: " " escapes to heap
