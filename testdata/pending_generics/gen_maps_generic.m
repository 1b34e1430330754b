# command-line-arguments
./gen_maps_generic.go:112:14: inlining call to sort.Strings
./gen_maps_generic.go:22:6: can inline CountBy[go.shape.string_0,go.shape.int_1]
./gen_maps_generic.go:112:14: inlining call to sort.Strings
./gen_maps_generic.go:30:6: can inline Clone[go.shape.map[string]int_0,go.shape.string_1,go.shape.int_2]
./gen_maps_generic.go:112:14: inlining call to sort.Strings
./gen_maps_generic.go:62:6: can inline Chunk[go.shape.[]int_0,go.shape.int_1]
./gen_maps_generic.go:62:6: can inline Chunk[go.shape.[]string_0,go.shape.string_1]
./gen_maps_generic.go:74:6: can inline Compact[go.shape.[]string_0,go.shape.string_1]
./gen_maps_generic.go:88:6: can inline CloneSlice[go.shape.[]int_0,go.shape.int_1]
./gen_maps_generic.go:92:6: can inline Insert[go.shape.[]int_0,go.shape.int_1]
./gen_maps_generic.go:92:6: can inline Insert[go.shape.[]string_0,go.shape.string_1]
./gen_maps_generic.go:122:13: inlining call to fmt.Println
./gen_maps_generic.go:123:12: inlining call to fmt.Printf
./gen_maps_generic.go:125:13: inlining call to fmt.Println
./gen_maps_generic.go:130:12: inlining call to fmt.Printf
./gen_maps_generic.go:132:13: inlining call to fmt.Println
./gen_maps_generic.go:135:13: inlining call to fmt.Println
./gen_maps_generic.go:137:13: inlining call to fmt.Println
./gen_maps_generic.go:141:13: inlining call to fmt.Println
./gen_maps_generic.go:143:13: inlining call to fmt.Println
./gen_maps_generic.go:144:12: inlining call to fmt.Printf
./gen_maps_generic.go:147:13: inlining call to fmt.Println
./gen_maps_generic.go:148:12: inlining call to fmt.Printf
./gen_maps_generic.go:153:13: inlining call to fmt.Println
./gen_maps_generic.go:157:13: inlining call to fmt.Println
./gen_maps_generic.go:159:13: inlining call to fmt.Println
./gen_maps_generic.go:161:12: inlining call to fmt.Printf
./gen_maps_generic.go:121:28: can inline main.func1
./gen_maps_generic.go:124:26: can inline main.func2
./gen_maps_generic.go:134:55: can inline main.func3
./gen_maps_generic.go:136:27: can inline main.func4
./gen_maps_generic.go:14:11: make(map[go.shape.uint8_2]go.shape.[]string_0) escapes to heap
./gen_maps_generic.go:108:15: make([]string, 0, len(m)) escapes to heap
./gen_maps_generic.go:110:36: ... argument does not escape
./gen_maps_generic.go:110:37: unsafe.Pointer(k) escapes to heap
./gen_maps_generic.go:110:37: unsafe.Pointer(v) escapes to heap
./gen_maps_generic.go:112:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
./gen_maps_generic.go:113:40: "{" + strings.Join(parts, " ") + "}" escapes to heap
./gen_maps_generic.go:23:16: map[go.shape.int_1]int{} escapes to heap
./gen_maps_generic.go:108:15: make([]string, 0, len(m)) escapes to heap
./gen_maps_generic.go:110:36: ... argument does not escape
./gen_maps_generic.go:110:37: unsafe.Pointer(k) escapes to heap
./gen_maps_generic.go:110:37: unsafe.Pointer(v) escapes to heap
./gen_maps_generic.go:112:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
./gen_maps_generic.go:113:40: "{" + strings.Join(parts, " ") + "}" escapes to heap
./gen_maps_generic.go:34:11: make(go.shape.map[string]int_0, len(m)) escapes to heap
./gen_maps_generic.go:108:15: make([]string, 0, len(m)) escapes to heap
./gen_maps_generic.go:110:36: ... argument does not escape
./gen_maps_generic.go:110:37: unsafe.Pointer(k) escapes to heap
./gen_maps_generic.go:110:37: unsafe.Pointer(v) escapes to heap
./gen_maps_generic.go:112:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
./gen_maps_generic.go:113:40: "{" + strings.Join(parts, " ") + "}" escapes to heap
./gen_maps_generic.go:81:9: Compact[go.shape.[]string_0,go.shape.string_1] ignoring self-assignment in s[w] = s[r]
./gen_maps_generic.go:95:13: make(go.shape.[]int_0, n, n * 2) escapes to heap
./gen_maps_generic.go:95:13: make(go.shape.[]string_0, n, n * 2) escapes to heap
./gen_maps_generic.go:121:33: w does not escape
./gen_maps_generic.go:124:31: w does not escape
./gen_maps_generic.go:136:32: k does not escape
./gen_maps_generic.go:121:28: func literal does not escape
./gen_maps_generic.go:122:13: ... argument does not escape
./gen_maps_generic.go:122:26: SortedString[go.shape.uint8_0,go.shape.[]string_1](&.dict.SortedString[uint8,main.Words], byFirst) escapes to heap
./gen_maps_generic.go:123:12: ... argument does not escape
./gen_maps_generic.go:124:26: func literal does not escape
./gen_maps_generic.go:125:13: ... argument does not escape
./gen_maps_generic.go:125:26: SortedString[go.shape.int_0,go.shape.int_1](&.dict.SortedString[int,int], byLen) escapes to heap
./gen_maps_generic.go:127:18: Inventory{...} does not escape
./gen_maps_generic.go:130:12: ... argument does not escape
./gen_maps_generic.go:130:43: SortedString[go.shape.string_0,go.shape.int_1](&.dict.SortedString[string,int], inv) escapes to heap
./gen_maps_generic.go:130:62: SortedString[go.shape.string_0,go.shape.int_1](&.dict.SortedString[string,int], cp) escapes to heap
./gen_maps_generic.go:132:13: ... argument does not escape
./gen_maps_generic.go:132:28: Clone[go.shape.map[string]int_0,go.shape.string_1,go.shape.int_2](&.dict.Clone[main.Inventory,string,int], nilInv) == nil escapes to heap
./gen_maps_generic.go:134:26: Inventory{...} does not escape
./gen_maps_generic.go:134:55: func literal does not escape
./gen_maps_generic.go:135:13: ... argument does not escape
./gen_maps_generic.go:135:26: SortedString[go.shape.string_0,go.shape.int_1](&.dict.SortedString[string,int], inv) escapes to heap
./gen_maps_generic.go:136:27: func literal does not escape
./gen_maps_generic.go:137:13: ... argument does not escape
./gen_maps_generic.go:137:13: removed escapes to heap
./gen_maps_generic.go:137:35: SortedString[go.shape.string_0,go.shape.int_1](&.dict.SortedString[string,int], inv) escapes to heap
./gen_maps_generic.go:139:15: []int{...} escapes to heap
./gen_maps_generic.go:141:13: ... argument does not escape
./gen_maps_generic.go:141:13: chunks escapes to heap
./gen_maps_generic.go:141:25: len(chunks) escapes to heap
./gen_maps_generic.go:141:38: cap(chunks[0]) escapes to heap
./gen_maps_generic.go:143:13: ... argument does not escape
./gen_maps_generic.go:143:13: nums escapes to heap
./gen_maps_generic.go:144:12: ... argument does not escape
./gen_maps_generic.go:144:26: Chunk[go.shape.[]string_0,go.shape.string_1](&.dict.Chunk[main.Words,string], words, 5) escapes to heap
./gen_maps_generic.go:146:14: Words{...} escapes to heap
./gen_maps_generic.go:147:13: ... argument does not escape
./gen_maps_generic.go:147:21: Compact[go.shape.[]string_0,go.shape.string_1](&.dict.Compact[main.Words,string], dup) escapes to heap
./gen_maps_generic.go:147:31: len(dup) escapes to heap
./gen_maps_generic.go:148:12: ... argument does not escape
./gen_maps_generic.go:148:28: Compact[go.shape.[]string_0,go.shape.string_1](&.dict.Compact[main.Words,string], dup) escapes to heap
./gen_maps_generic.go:150:15: []int{...} escapes to heap
./gen_maps_generic.go:153:13: ... argument does not escape
./gen_maps_generic.go:153:13: orig escapes to heap
./gen_maps_generic.go:153:13: c2 escapes to heap
./gen_maps_generic.go:153:47: CloneSlice[go.shape.[]int_0,go.shape.int_1](&.dict.CloneSlice[[]int,int], ([]int)(nil)) == nil escapes to heap
./gen_maps_generic.go:155:11: make([]int, 3, 10) escapes to heap
./gen_maps_generic.go:156:12: ... argument does not escape
./gen_maps_generic.go:157:13: ... argument does not escape
./gen_maps_generic.go:157:13: s escapes to heap
./gen_maps_generic.go:157:20: len(s) escapes to heap
./gen_maps_generic.go:157:28: cap(s) escapes to heap
./gen_maps_generic.go:158:12: ... argument does not escape
./gen_maps_generic.go:159:13: ... argument does not escape
./gen_maps_generic.go:159:13: s escapes to heap
./gen_maps_generic.go:159:20: len(s) escapes to heap
./gen_maps_generic.go:159:28: cap(s) escapes to heap
./gen_maps_generic.go:160:20: Words{...} escapes to heap
./gen_maps_generic.go:160:14: ... argument does not escape
./gen_maps_generic.go:161:12: ... argument does not escape
./gen_maps_generic.go:161:13: ws escapes to heap
./gen_maps_generic.go:161:13: ws escapes to heap
