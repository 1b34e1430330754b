# command-line-arguments
./gen_cache.go:34:6: can inline NewCache[go.shape.string_0,go.shape.int_1]
./gen_cache.go:38:6: can inline (*Cache[go.shape.string_0,go.shape.int_1]).unlink
./gen_cache.go:52:6: can inline (*Cache[go.shape.string_0,go.shape.int_1]).pushFront
./gen_cache.go:86:11: inlining call to (*Cache[go.shape.string_0,go.shape.int_1]).unlink
./gen_cache.go:87:14: inlining call to (*Cache[go.shape.string_0,go.shape.int_1]).pushFront
./gen_cache.go:92:13: inlining call to (*Cache[go.shape.string_0,go.shape.int_1]).pushFront
./gen_cache.go:95:11: inlining call to (*Cache[go.shape.string_0,go.shape.int_1]).unlink
./gen_cache.go:78:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:64:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:72:10: inlining call to (*Cache[go.shape.string_0,go.shape.int_1]).unlink
./gen_cache.go:73:13: inlining call to (*Cache[go.shape.string_0,go.shape.int_1]).pushFront
./gen_cache.go:120:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:130:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:34:6: can inline NewCache[go.shape.int_0,go.shape.[]int_1]
./gen_cache.go:38:6: can inline (*Cache[go.shape.int_0,go.shape.[]int_1]).unlink
./gen_cache.go:52:6: can inline (*Cache[go.shape.int_0,go.shape.[]int_1]).pushFront
./gen_cache.go:86:11: inlining call to (*Cache[go.shape.int_0,go.shape.[]int_1]).unlink
./gen_cache.go:87:14: inlining call to (*Cache[go.shape.int_0,go.shape.[]int_1]).pushFront
./gen_cache.go:92:13: inlining call to (*Cache[go.shape.int_0,go.shape.[]int_1]).pushFront
./gen_cache.go:95:11: inlining call to (*Cache[go.shape.int_0,go.shape.[]int_1]).unlink
./gen_cache.go:105:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:109:11: inlining call to (*Cache[go.shape.int_0,go.shape.[]int_1]).unlink
./gen_cache.go:110:14: inlining call to (*Cache[go.shape.int_0,go.shape.[]int_1]).pushFront
./gen_cache.go:120:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:130:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:34:6: can inline NewCache[go.shape.int_0,go.shape.string_1]
./gen_cache.go:38:6: can inline (*Cache[go.shape.int_0,go.shape.string_1]).unlink
./gen_cache.go:52:6: can inline (*Cache[go.shape.int_0,go.shape.string_1]).pushFront
./gen_cache.go:86:11: inlining call to (*Cache[go.shape.int_0,go.shape.string_1]).unlink
./gen_cache.go:87:14: inlining call to (*Cache[go.shape.int_0,go.shape.string_1]).pushFront
./gen_cache.go:92:13: inlining call to (*Cache[go.shape.int_0,go.shape.string_1]).pushFront
./gen_cache.go:95:11: inlining call to (*Cache[go.shape.int_0,go.shape.string_1]).unlink
./gen_cache.go:105:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:109:11: inlining call to (*Cache[go.shape.int_0,go.shape.string_1]).unlink
./gen_cache.go:110:14: inlining call to (*Cache[go.shape.int_0,go.shape.string_1]).pushFront
./gen_cache.go:64:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:72:10: inlining call to (*Cache[go.shape.int_0,go.shape.string_1]).unlink
./gen_cache.go:73:13: inlining call to (*Cache[go.shape.int_0,go.shape.string_1]).pushFront
./gen_cache.go:120:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:130:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:144:14: inlining call to fmt.Println
./gen_cache.go:148:13: inlining call to fmt.Println
./gen_cache.go:151:13: inlining call to fmt.Println
./gen_cache.go:152:13: inlining call to fmt.Println
./gen_cache.go:153:12: inlining call to fmt.Printf
./gen_cache.go:166:12: inlining call to fmt.Print
./gen_cache.go:168:13: inlining call to fmt.Println
./gen_cache.go:169:13: inlining call to fmt.Println
./gen_cache.go:170:12: inlining call to fmt.Printf
./gen_cache.go:189:11: inlining call to sort.Ints
./gen_cache.go:191:13: inlining call to fmt.Println
./gen_cache.go:193:12: inlining call to fmt.Printf
./gen_cache.go:194:12: inlining call to fmt.Printf
./gen_cache.go:137:19: can inline main.func1
./gen_cache.go:158:24: can inline main.func2
./gen_cache.go:182:25: can inline main.func3.1
./gen_cache.go:105:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:109:11: inlining call to (*Cache[go.shape.string_0,go.shape.int_1]).unlink
./gen_cache.go:110:14: inlining call to (*Cache[go.shape.string_0,go.shape.int_1]).pushFront
./gen_cache.go:64:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:72:10: inlining call to (*Cache[go.shape.int_0,go.shape.[]int_1]).unlink
./gen_cache.go:73:13: inlining call to (*Cache[go.shape.int_0,go.shape.[]int_1]).pushFront
./gen_cache.go:78:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:78:11: inlining call to sync.(*Mutex).Lock
./gen_cache.go:35:9: &Cache[go.shape.string_0,go.shape.int_1]{...} escapes to heap
./gen_cache.go:35:48: make(map[go.shape.string_0]*entry[go.shape.string_0,go.shape.int_1]) escapes to heap
./gen_cache.go:90:7: &entry[go.shape.string_0,go.shape.int_1]{...} escapes to heap
./gen_cache.go:35:9: &Cache[go.shape.int_0,go.shape.[]int_1]{...} escapes to heap
./gen_cache.go:35:48: make(map[go.shape.int_0]*entry[go.shape.int_0,go.shape.[]int_1]) escapes to heap
./gen_cache.go:90:7: &entry[go.shape.int_0,go.shape.[]int_1]{...} escapes to heap
./gen_cache.go:35:9: &Cache[go.shape.int_0,go.shape.string_1]{...} escapes to heap
./gen_cache.go:35:48: make(map[go.shape.int_0]*entry[go.shape.int_0,go.shape.string_1]) escapes to heap
./gen_cache.go:90:7: &entry[go.shape.int_0,go.shape.string_1]{...} escapes to heap
./gen_cache.go:137:24: leaking param: k
./gen_cache.go:136:6: moved to heap: evicted
./gen_cache.go:175:6: moved to heap: wg
./gen_cache.go:137:19: func literal escapes to heap
./gen_cache.go:138:40: ... argument does not escape
./gen_cache.go:138:41: k escapes to heap
./gen_cache.go:138:41: v escapes to heap
./gen_cache.go:144:14: ... argument does not escape
./gen_cache.go:144:15: "a ->" escapes to heap
./gen_cache.go:144:15: v escapes to heap
./gen_cache.go:148:13: ... argument does not escape
./gen_cache.go:148:14: "b present:" escapes to heap
./gen_cache.go:148:14: ok escapes to heap
./gen_cache.go:151:13: ... argument does not escape
./gen_cache.go:151:14: "order:" escapes to heap
./gen_cache.go:151:30: (*Cache[go.shape.string_0,go.shape.int_1]).Keys(&.dict.(*Cache[string,int]).Keys, c) escapes to heap
./gen_cache.go:152:13: ... argument does not escape
./gen_cache.go:152:14: "evicted:" escapes to heap
./gen_cache.go:152:14: evicted escapes to heap
./gen_cache.go:153:12: ... argument does not escape
./gen_cache.go:153:29: (*Cache[go.shape.string_0,go.shape.int_1]).Stats(&.dict.(*Cache[string,int]).Stats, c) escapes to heap
./gen_cache.go:157:25: []int{...} does not escape
./gen_cache.go:158:24: func literal does not escape
./gen_cache.go:160:13: make([]int, k) escapes to heap
./gen_cache.go:166:12: ... argument does not escape
./gen_cache.go:166:16: len(v) escapes to heap
./gen_cache.go:166:21: ":" escapes to heap
./gen_cache.go:166:27: v[len(v) - 1] escapes to heap
./gen_cache.go:166:39: " " escapes to heap
./gen_cache.go:169:13: ... argument does not escape
./gen_cache.go:169:14: "loads" escapes to heap
./gen_cache.go:169:14: loads escapes to heap
./gen_cache.go:169:30: "keys" escapes to heap
./gen_cache.go:169:45: (*Cache[go.shape.int_0,go.shape.[]int_1]).Keys(&.dict.(*Cache[int,[]int]).Keys, sq) escapes to heap
./gen_cache.go:170:12: ... argument does not escape
./gen_cache.go:170:30: (*Cache[go.shape.int_0,go.shape.[]int_1]).Stats(&.dict.(*Cache[int,[]int]).Stats, sq) escapes to heap
./gen_cache.go:178:6: func literal escapes to heap
./gen_cache.go:182:25: func literal does not escape
./gen_cache.go:189:11: sort.Interface(sort.IntSlice(sort.x)) escapes to heap
./gen_cache.go:191:13: ... argument does not escape
./gen_cache.go:191:17: len(keys) escapes to heap
./gen_cache.go:191:29: keys[0] escapes to heap
./gen_cache.go:191:38: keys[len(keys) - 1] escapes to heap
./gen_cache.go:191:55: st.Hits escapes to heap
./gen_cache.go:191:64: st.Misses escapes to heap
./gen_cache.go:191:75: st.Evictions escapes to heap
./gen_cache.go:193:12: ... argument does not escape
./gen_cache.go:193:13: v escapes to heap
./gen_cache.go:194:12: ... argument does not escape
