# command-line-arguments
./gen_iterators.go:39:8: (*counter).Next ignoring self-assignment in c.cur += c.step
./gen_iterators.go:35:7: c does not escape
./gen_iterators.go:22:51: &sliceIter[go.shape.string_0]{...} escapes to heap
./gen_iterators.go:57:85: unsafe.Pointer(mapIter[go.shape.string_0,go.shape.string_1]{...}) escapes to heap
./gen_iterators.go:57:85: unsafe.Pointer(mapIter[go.shape.int_0,go.shape.int_1]{...}) escapes to heap
./gen_iterators.go:22:51: &sliceIter[go.shape.float64_0]{...} escapes to heap
./gen_iterators.go:57:85: unsafe.Pointer(mapIter[go.shape.uint8_0,go.shape.int32_1]{...}) escapes to heap
./gen_iterators.go:22:51: &sliceIter[go.shape.uint8_0]{...} escapes to heap
./gen_iterators.go:22:51: &sliceIter[go.shape.struct {}_0]{...} escapes to heap
./gen_iterators.go:130:41: s does not escape
./gen_iterators.go:130:36: func literal escapes to heap
./gen_iterators.go:131:13: ... argument does not escape
./gen_iterators.go:131:29: Collect[go.shape.string_0](&.dict.Collect[string], long) escapes to heap
./gen_iterators.go:131:29: long escapes to heap
./gen_iterators.go:133:11: &counter{...} escapes to heap
./gen_iterators.go:134:31: func literal escapes to heap
./gen_iterators.go:135:13: ... argument does not escape
./gen_iterators.go:135:21: Collect[go.shape.int_0](&.dict.Collect[int], sq) escapes to heap
./gen_iterators.go:137:28: &counter{...} escapes to heap
./gen_iterators.go:137:67: []string{...} escapes to heap
./gen_iterators.go:138:34: z escapes to heap
./gen_iterators.go:139:12: ... argument does not escape
./gen_iterators.go:139:13: ps escapes to heap
./gen_iterators.go:139:31: ps[0] escapes to heap
./gen_iterators.go:141:25: &counter{...} does not escape
./gen_iterators.go:143:14: ... argument does not escape
./gen_iterators.go:143:15: "is *counter" escapes to heap
./gen_iterators.go:143:31: c.end escapes to heap
./gen_iterators.go:146:13: ... argument does not escape
./gen_iterators.go:146:14: "is sliceIter:" escapes to heap
./gen_iterators.go:146:14: isSlice escapes to heap
./gen_iterators.go:147:37: []float64{...} escapes to heap
./gen_iterators.go:150:13: ... argument does not escape
./gen_iterators.go:150:13: ok1 escapes to heap
./gen_iterators.go:150:13: ok2 escapes to heap
./gen_iterators.go:151:12: ... argument does not escape
./gen_iterators.go:151:53: ([]byte)("x") escapes to heap
./gen_iterators.go:151:61: func literal escapes to heap
./gen_iterators.go:153:20: &Bag[string]{} escapes to heap
./gen_iterators.go:153:54: []string{...} escapes to heap
./gen_iterators.go:154:20: &Uniq[string]{} escapes to heap
./gen_iterators.go:154:55: []string{...} escapes to heap
./gen_iterators.go:155:13: ... argument does not escape
./gen_iterators.go:155:19: b.Len() escapes to heap
./gen_iterators.go:155:28: u.Len() escapes to heap
./gen_iterators.go:156:27: []Container[int]{...} does not escape
./gen_iterators.go:156:28: &Bag[int]{} escapes to heap
./gen_iterators.go:156:41: &Uniq[int]{} escapes to heap
./gen_iterators.go:158:25: &counter{...} escapes to heap
./gen_iterators.go:159:27: &counter{...} escapes to heap
./gen_iterators.go:159:46: func literal escapes to heap
./gen_iterators.go:160:13: ... argument does not escape
./gen_iterators.go:160:33: c.Len() escapes to heap
./gen_iterators.go:163:14: ... argument does not escape
./gen_iterators.go:163:18: bag.items escapes to heap
./gen_iterators.go:165:39: []struct {}{} escapes to heap
./gen_iterators.go:166:13: ... argument does not escape
./gen_iterators.go:166:20: empty == nil escapes to heap
./gen_iterators.go:166:31: len(empty) escapes to heap
./gen_iterators.go:114:22: map[go.shape.string_0]bool{} escapes to heap
./gen_iterators.go:114:22: map[go.shape.int_0]bool{} escapes to heap
