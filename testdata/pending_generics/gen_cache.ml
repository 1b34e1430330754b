# command-line-arguments
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
