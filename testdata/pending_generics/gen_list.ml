# command-line-arguments
./gen_list.go:24:7: &List[go.shape.int_0]{} escapes to heap
./gen_list.go:37:9: &node[go.shape.int_0]{...} escapes to heap
./gen_list.go:85:20: (*List[go.shape.int_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:85:20: (*List[go.shape.int_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:24:7: &List[go.shape.string_0]{} escapes to heap
./gen_list.go:70:2: moved to heap: cur
./gen_list.go:71:9: func literal escapes to heap
./gen_list.go:37:9: &node[go.shape.string_0]{...} escapes to heap
./gen_list.go:24:7: &List[go.shape.*uint8_0]{} escapes to heap
./gen_list.go:37:9: &node[go.shape.*uint8_0]{...} escapes to heap
./gen_list.go:70:2: moved to heap: cur
./gen_list.go:71:9: func literal escapes to heap
./gen_list.go:85:20: (*List[go.shape.string_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:85:20: (*List[go.shape.string_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:177:21: j does not escape
./gen_list.go:149:13: ... argument does not escape
./gen_list.go:149:22: (*List[go.shape.int_0]).Len(&.dict.(*List[int]).Len, l) escapes to heap
./gen_list.go:151:13: ... argument does not escape
./gen_list.go:152:13: ... argument does not escape
./gen_list.go:152:14: "removed" escapes to heap
./gen_list.go:152:33: (*List[go.shape.int_0]).Remove(&.dict.(*List[int]).Remove, l, mid) escapes to heap
./gen_list.go:153:18: func literal does not escape
./gen_list.go:154:13: ... argument does not escape
./gen_list.go:154:14: "removed" escapes to heap
./gen_list.go:154:14: n escapes to heap
./gen_list.go:154:31: "free" escapes to heap
./gen_list.go:154:50: (*List[go.shape.int_0]).freeCount(&.dict.(*List[int]).freeCount, l) escapes to heap
./gen_list.go:158:13: ... argument does not escape
./gen_list.go:158:17: "free" escapes to heap
./gen_list.go:158:36: (*List[go.shape.int_0]).freeCount(&.dict.(*List[int]).freeCount, l) escapes to heap
./gen_list.go:160:21: func literal does not escape
./gen_list.go:160:60: ... argument does not escape
./gen_list.go:160:61: v escapes to heap
./gen_list.go:161:13: ... argument does not escape
./gen_list.go:161:28: (*List[go.shape.string_0]).Len(&.dict.(*List[string]).Len, strs) escapes to heap
./gen_list.go:162:12: ... argument does not escape
./gen_list.go:169:29: []string{...} does not escape
./gen_list.go:170:17: &job{...} escapes to heap
./gen_list.go:174:12: ... argument does not escape
./gen_list.go:174:14: j.id escapes to heap
./gen_list.go:174:19: ":" escapes to heap
./gen_list.go:174:25: j.name escapes to heap
./gen_list.go:174:32: " " escapes to heap
./gen_list.go:177:16: func literal does not escape
./gen_list.go:183:13: ... argument does not escape
./gen_list.go:183:22: *j escapes to heap
./gen_list.go:189:13: ... argument does not escape
./gen_list.go:189:22: (*List[go.shape.string_0]).Len(&.dict.(*List[string]).Len, e) escapes to heap
./gen_list.go:107:6: moved to heap: sb
./gen_list.go:118:13: ... argument does not escape
./gen_list.go:118:14: unsafe.Pointer(v) escapes to heap
./gen_list.go:70:2: moved to heap: cur
./gen_list.go:71:9: func literal escapes to heap
./gen_list.go:107:6: moved to heap: sb
./gen_list.go:118:13: ... argument does not escape
./gen_list.go:118:14: unsafe.Pointer(v) escapes to heap
./gen_list.go:85:20: (*List[go.shape.*uint8_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:85:20: (*List[go.shape.*uint8_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:107:6: moved to heap: sb
./gen_list.go:118:13: ... argument does not escape
