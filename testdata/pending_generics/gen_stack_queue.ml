# command-line-arguments
./gen_stack_queue.go:23:10: (*Stack[go.shape.int_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./gen_stack_queue.go:23:10: (*Stack[go.shape.string_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./gen_stack_queue.go:43:9: &Queue[go.shape.int32_0]{...} escapes to heap
./gen_stack_queue.go:43:28: make([]go.shape.int32_0, 0, capacity) escapes to heap
./gen_stack_queue.go:60:9: (*Queue[go.shape.int32_0]).Dequeue ignoring self-assignment in q.buf = q.buf[:n]
./gen_stack_queue.go:53:26: ... argument does not escape
./gen_stack_queue.go:53:53: q.head escapes to heap
./gen_stack_queue.go:23:10: (*Stack[go.shape.*uint8_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./gen_stack_queue.go:98:6: moved to heap: ps
./gen_stack_queue.go:79:13: ... argument does not escape
./gen_stack_queue.go:79:14: "len" escapes to heap
./gen_stack_queue.go:79:26: Stack[go.shape.int_0].Len(&.dict.Stack[int].Len, s) escapes to heap
./gen_stack_queue.go:79:30: "top" escapes to heap
./gen_stack_queue.go:79:30: top escapes to heap
./gen_stack_queue.go:85:12: ... argument does not escape
./gen_stack_queue.go:85:12: v escapes to heap
./gen_stack_queue.go:85:16: " " escapes to heap
./gen_stack_queue.go:89:13: ... argument does not escape
./gen_stack_queue.go:89:14: "empty pop ok:" escapes to heap
./gen_stack_queue.go:89:14: ok escapes to heap
./gen_stack_queue.go:91:11: &Stack[string]{} does not escape
./gen_stack_queue.go:92:28: []string{...} does not escape
./gen_stack_queue.go:96:13: ... argument does not escape
./gen_stack_queue.go:96:13: w escapes to heap
./gen_stack_queue.go:96:26: Stack[go.shape.string_0].Len(&.dict.Stack[string].Len, words) escapes to heap
./gen_stack_queue.go:96:35: words.items escapes to heap
./gen_stack_queue.go:102:12: ... argument does not escape
./gen_stack_queue.go:102:13: p escapes to heap
./gen_stack_queue.go:102:13: p escapes to heap
./gen_stack_queue.go:103:12: ... argument does not escape
./gen_stack_queue.go:103:13: ps escapes to heap
./gen_stack_queue.go:104:12: ... argument does not escape
./gen_stack_queue.go:107:11: ... argument does not escape
./gen_stack_queue.go:111:15: ... argument does not escape
./gen_stack_queue.go:111:16: "error:" escapes to heap
./gen_stack_queue.go:114:12: ... argument does not escape
./gen_stack_queue.go:114:19: string(r) escapes to heap
./gen_stack_queue.go:114:19: string(r) escapes to heap
./gen_stack_queue.go:116:13: ... argument does not escape
./gen_stack_queue.go:120:13: ... argument does not escape
./gen_stack_queue.go:120:14: "queue len" escapes to heap
./gen_stack_queue.go:120:32: (*Queue[go.shape.int32_0]).Len(&.dict.(*Queue[int32]).Len, q) escapes to heap
./gen_stack_queue.go:120:36: "buf len" escapes to heap
./gen_stack_queue.go:120:50: len(q.buf) escapes to heap
./gen_stack_queue.go:120:59: "head" escapes to heap
./gen_stack_queue.go:120:68: q.head escapes to heap
./gen_stack_queue.go:125:12: &Stack[float64]{} escapes to heap
./gen_stack_queue.go:133:14: ... argument does not escape
./gen_stack_queue.go:133:17: in.items escapes to heap
./gen_stack_queue.go:135:12: ... argument does not escape
./gen_stack_queue.go:135:13: ss escapes to heap
./gen_stack_queue.go:23:10: (*Stack[go.shape.struct { Key int; Val bool }_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
./gen_stack_queue.go:23:10: (*Stack[go.shape.float64_0]).Pop ignoring self-assignment in s.items = s.items[:len(s.items) - 1]
