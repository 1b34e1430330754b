# command-line-arguments
./gen_list.go:23:6: can inline New[go.shape.int_0]
./gen_list.go:30:6: can inline (*List[go.shape.int_0]).alloc
./gen_list.go:40:6: can inline (*List[go.shape.int_0]).insertAfter
./gen_list.go:41:15: inlining call to (*List[go.shape.int_0]).alloc
./gen_list.go:50:65: inlining call to (*List[go.shape.int_0]).insertAfter
./gen_list.go:50:65: inlining call to (*List[go.shape.int_0]).alloc
./gen_list.go:51:65: inlining call to (*List[go.shape.int_0]).insertAfter
./gen_list.go:51:65: inlining call to (*List[go.shape.int_0]).alloc
./gen_list.go:66:6: can inline (*List[go.shape.int_0]).Len
./gen_list.go:82:6: can inline (*List[go.shape.int_0]).Reverse
./gen_list.go:53:6: can inline (*List[go.shape.int_0]).Remove
./gen_list.go:98:12: inlining call to (*List[go.shape.int_0]).Remove
./gen_list.go:135:6: can inline (*List[go.shape.int_0]).freeCount
./gen_list.go:23:6: can inline New[go.shape.string_0]
./gen_list.go:69:6: can inline (*List[go.shape.int_0]).Iter
./gen_list.go:71:9: can inline (*List[go.shape.int_0]).Iter.func1
./gen_list.go:30:6: can inline (*List[go.shape.string_0]).alloc
./gen_list.go:40:6: can inline (*List[go.shape.string_0]).insertAfter
./gen_list.go:41:15: inlining call to (*List[go.shape.string_0]).alloc
./gen_list.go:50:65: inlining call to (*List[go.shape.string_0]).insertAfter
./gen_list.go:50:65: inlining call to (*List[go.shape.string_0]).alloc
./gen_list.go:125:15: inlining call to New[go.shape.string_0]
./gen_list.go:126:18: inlining call to (*List[go.shape.int_0]).Iter
./gen_list.go:71:9: can inline MapList[go.shape.int_0,go.shape.string_1].func1
./gen_list.go:127:14: inlining call to MapList[go.shape.int_0,go.shape.string_1].func1
./gen_list.go:66:6: can inline (*List[go.shape.string_0]).Len
./gen_list.go:23:6: can inline New[go.shape.*uint8_0]
./gen_list.go:30:6: can inline (*List[go.shape.*uint8_0]).alloc
./gen_list.go:40:6: can inline (*List[go.shape.*uint8_0]).insertAfter
./gen_list.go:41:15: inlining call to (*List[go.shape.*uint8_0]).alloc
./gen_list.go:50:65: inlining call to (*List[go.shape.*uint8_0]).insertAfter
./gen_list.go:50:65: inlining call to (*List[go.shape.*uint8_0]).alloc
./gen_list.go:69:6: can inline (*List[go.shape.*uint8_0]).Iter
./gen_list.go:71:9: can inline (*List[go.shape.*uint8_0]).Iter.func1
./gen_list.go:53:6: can inline (*List[go.shape.*uint8_0]).Remove
./gen_list.go:98:12: inlining call to (*List[go.shape.*uint8_0]).Remove
./gen_list.go:82:6: can inline (*List[go.shape.string_0]).Reverse
./gen_list.go:144:15: inlining call to New[go.shape.int_0]
./gen_list.go:149:13: inlining call to fmt.Println
./gen_list.go:151:13: inlining call to fmt.Println
./gen_list.go:152:13: inlining call to fmt.Println
./gen_list.go:154:13: inlining call to fmt.Println
./gen_list.go:158:13: inlining call to fmt.Println
./gen_list.go:161:13: inlining call to fmt.Println
./gen_list.go:162:12: inlining call to fmt.Printf
./gen_list.go:168:19: inlining call to New[go.shape.*uint8_0]
./gen_list.go:174:12: inlining call to fmt.Print
./gen_list.go:176:13: inlining call to fmt.Println
./gen_list.go:183:13: inlining call to fmt.Printf
./gen_list.go:185:13: inlining call to fmt.Println
./gen_list.go:187:18: inlining call to New[go.shape.string_0]
./gen_list.go:189:13: inlining call to fmt.Println
./gen_list.go:153:18: can inline main.func1
./gen_list.go:160:21: can inline main.func2
./gen_list.go:177:16: can inline main.func3
./gen_list.go:108:14: inlining call to strings.(*Builder).WriteByte
./gen_list.go:108:14: inlining call to strings.(*Builder).copyCheck
./gen_list.go:108:14: inlining call to strings.noescape
./gen_list.go:109:14: inlining call to (*List[go.shape.int_0]).Iter
./gen_list.go:71:9: can inline (*List[go.shape.int_0]).String.func1
./gen_list.go:111:14: inlining call to (*List[go.shape.int_0]).String.func1
./gen_list.go:116:18: inlining call to strings.(*Builder).WriteString
./gen_list.go:116:18: inlining call to strings.(*Builder).copyCheck
./gen_list.go:116:18: inlining call to strings.noescape
./gen_list.go:120:14: inlining call to strings.(*Builder).WriteByte
./gen_list.go:120:14: inlining call to strings.(*Builder).copyCheck
./gen_list.go:120:14: inlining call to strings.noescape
./gen_list.go:121:18: inlining call to strings.(*Builder).String
./gen_list.go:51:65: inlining call to (*List[go.shape.string_0]).insertAfter
./gen_list.go:51:65: inlining call to (*List[go.shape.string_0]).alloc
./gen_list.go:53:6: can inline (*List[go.shape.string_0]).Remove
./gen_list.go:69:6: can inline (*List[go.shape.string_0]).Iter
./gen_list.go:71:9: can inline (*List[go.shape.string_0]).Iter.func1
./gen_list.go:98:12: inlining call to (*List[go.shape.string_0]).Remove
./gen_list.go:108:14: inlining call to strings.(*Builder).WriteByte
./gen_list.go:108:14: inlining call to strings.(*Builder).copyCheck
./gen_list.go:108:14: inlining call to strings.noescape
./gen_list.go:109:14: inlining call to (*List[go.shape.string_0]).Iter
./gen_list.go:71:9: can inline (*List[go.shape.string_0]).String.func1
./gen_list.go:111:14: inlining call to (*List[go.shape.string_0]).String.func1
./gen_list.go:116:18: inlining call to strings.(*Builder).WriteString
./gen_list.go:116:18: inlining call to strings.(*Builder).copyCheck
./gen_list.go:116:18: inlining call to strings.noescape
./gen_list.go:120:14: inlining call to strings.(*Builder).WriteByte
./gen_list.go:120:14: inlining call to strings.(*Builder).copyCheck
./gen_list.go:120:14: inlining call to strings.noescape
./gen_list.go:121:18: inlining call to strings.(*Builder).String
./gen_list.go:135:6: can inline (*List[go.shape.string_0]).freeCount
./gen_list.go:51:65: inlining call to (*List[go.shape.*uint8_0]).insertAfter
./gen_list.go:51:65: inlining call to (*List[go.shape.*uint8_0]).alloc
./gen_list.go:66:6: can inline (*List[go.shape.*uint8_0]).Len
./gen_list.go:82:6: can inline (*List[go.shape.*uint8_0]).Reverse
./gen_list.go:108:14: inlining call to strings.(*Builder).WriteByte
./gen_list.go:108:14: inlining call to strings.(*Builder).copyCheck
./gen_list.go:108:14: inlining call to strings.noescape
./gen_list.go:109:14: inlining call to (*List[go.shape.*uint8_0]).Iter
./gen_list.go:71:9: can inline (*List[go.shape.*uint8_0]).String.func1
./gen_list.go:111:14: inlining call to (*List[go.shape.*uint8_0]).String.func1
./gen_list.go:116:18: inlining call to strings.(*Builder).WriteString
./gen_list.go:116:18: inlining call to strings.(*Builder).copyCheck
./gen_list.go:116:18: inlining call to strings.noescape
./gen_list.go:120:14: inlining call to strings.(*Builder).WriteByte
./gen_list.go:120:14: inlining call to strings.(*Builder).copyCheck
./gen_list.go:120:14: inlining call to strings.noescape
./gen_list.go:121:18: inlining call to strings.(*Builder).String
./gen_list.go:135:6: can inline (*List[go.shape.*uint8_0]).freeCount
./gen_list.go:50:65: &node[go.shape.int_0]{...} escapes to heap
./gen_list.go:51:65: &node[go.shape.int_0]{...} escapes to heap
./gen_list.go:85:20: (*List[go.shape.int_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:85:20: (*List[go.shape.int_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:50:65: &node[go.shape.string_0]{...} escapes to heap
./gen_list.go:125:15: &List[go.shape.string_0]{} escapes to heap
./gen_list.go:126:18: func literal does not escape
./gen_list.go:50:65: &node[go.shape.*uint8_0]{...} escapes to heap
./gen_list.go:70:2: moved to heap: cur
./gen_list.go:71:9: func literal escapes to heap
./gen_list.go:85:20: (*List[go.shape.string_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:85:20: (*List[go.shape.string_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:177:21: j does not escape
./gen_list.go:144:15: &List[go.shape.int_0]{} escapes to heap
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
./gen_list.go:168:19: &List[go.shape.*uint8_0]{} escapes to heap
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
./gen_list.go:187:18: &List[go.shape.string_0]{} escapes to heap
./gen_list.go:189:13: ... argument does not escape
./gen_list.go:189:22: (*List[go.shape.string_0]).Len(&.dict.(*List[string]).Len, e) escapes to heap
./gen_list.go:37:9: &node[go.shape.int_0]{...} escapes to heap
./gen_list.go:41:15: &node[go.shape.int_0]{...} escapes to heap
./gen_list.go:70:2: moved to heap: cur
./gen_list.go:71:9: func literal escapes to heap
./gen_list.go:107:6: moved to heap: sb
./gen_list.go:108:14: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:109:14: func literal does not escape
./gen_list.go:116:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:118:13: ... argument does not escape
./gen_list.go:118:14: unsafe.Pointer(v) escapes to heap
./gen_list.go:120:14: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:37:9: &node[go.shape.string_0]{...} escapes to heap
./gen_list.go:41:15: &node[go.shape.string_0]{...} escapes to heap
./gen_list.go:51:65: &node[go.shape.string_0]{...} escapes to heap
./gen_list.go:70:2: moved to heap: cur
./gen_list.go:71:9: func literal escapes to heap
./gen_list.go:107:6: moved to heap: sb
./gen_list.go:108:14: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:109:14: func literal does not escape
./gen_list.go:116:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:118:13: ... argument does not escape
./gen_list.go:118:14: unsafe.Pointer(v) escapes to heap
./gen_list.go:120:14: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:37:9: &node[go.shape.*uint8_0]{...} escapes to heap
./gen_list.go:41:15: &node[go.shape.*uint8_0]{...} escapes to heap
./gen_list.go:51:65: &node[go.shape.*uint8_0]{...} escapes to heap
./gen_list.go:85:20: (*List[go.shape.*uint8_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:85:20: (*List[go.shape.*uint8_0]).Reverse ignoring self-assignment in nd.next, nd.prev = nd.prev, nd.next
./gen_list.go:107:6: moved to heap: sb
./gen_list.go:108:14: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:109:14: func literal does not escape
./gen_list.go:116:18: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:118:13: ... argument does not escape
./gen_list.go:120:14: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
./gen_list.go:24:7: &List[go.shape.int_0]{} escapes to heap
./gen_list.go:24:7: &List[go.shape.string_0]{} escapes to heap
./gen_list.go:24:7: &List[go.shape.*uint8_0]{} escapes to heap
