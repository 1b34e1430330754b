# command-line-arguments
./gen_blocking_queue.go:25:7: &BlockingQueue[go.shape.struct { From int; Payload []int }_0]{...} escapes to heap
./gen_blocking_queue.go:57:8: (*BlockingQueue[go.shape.struct { From int; Payload []int }_0]).Take ignoring self-assignment in q.buf = q.buf[1:]
./gen_blocking_queue.go:82:12: func literal does not escape
./gen_blocking_queue.go:96:13: make(map[go.shape.string_0]go.shape.[]string_1) escapes to heap
./gen_blocking_queue.go:111:6: moved to heap: prod
./gen_blocking_queue.go:111:12: moved to heap: cons
./gen_blocking_queue.go:121:6: moved to heap: mu
./gen_blocking_queue.go:123:2: moved to heap: total
./gen_blocking_queue.go:149:2: moved to heap: calls
./gen_blocking_queue.go:154:6: moved to heap: wg
./gen_blocking_queue.go:155:6: moved to heap: sum
./gen_blocking_queue.go:166:6: moved to heap: reg
./gen_blocking_queue.go:114:6: func literal escapes to heap
./gen_blocking_queue.go:117:30: []int{...} escapes to heap
./gen_blocking_queue.go:122:28: map[int]int{} escapes to heap
./gen_blocking_queue.go:126:6: func literal escapes to heap
./gen_blocking_queue.go:143:13: ... argument does not escape
./gen_blocking_queue.go:143:25: perProducer[0] escapes to heap
./gen_blocking_queue.go:143:41: perProducer[1] escapes to heap
./gen_blocking_queue.go:143:57: perProducer[2] escapes to heap
./gen_blocking_queue.go:143:57: total escapes to heap
./gen_blocking_queue.go:144:13: ... argument does not escape
./gen_blocking_queue.go:144:19: (*BlockingQueue[go.shape.struct { From int; Payload []int }_0]).Put(&.dict.(*BlockingQueue[main.Msg[[]int]]).Put, q, Msg[[]int]{}) escapes to heap
./gen_blocking_queue.go:144:38: len(q.buf) escapes to heap
./gen_blocking_queue.go:146:13: ... argument does not escape
./gen_blocking_queue.go:146:13: ok escapes to heap
./gen_blocking_queue.go:147:12: ... argument does not escape
./gen_blocking_queue.go:150:8: &Lazy[map[string]int]{...} escapes to heap
./gen_blocking_queue.go:150:36: func literal escapes to heap
./gen_blocking_queue.go:152:24: map[string]int{...} escapes to heap
./gen_blocking_queue.go:158:6: func literal escapes to heap
./gen_blocking_queue.go:164:13: ... argument does not escape
./gen_blocking_queue.go:164:13: calls escapes to heap
./gen_blocking_queue.go:164:29: (*atomic.Int64).Load(sum) escapes to heap
./gen_blocking_queue.go:167:24: []string{...} escapes to heap
./gen_blocking_queue.go:168:23: []string{...} escapes to heap
./gen_blocking_queue.go:171:6: func literal escapes to heap
./gen_blocking_queue.go:173:20: []string{...} does not escape
./gen_blocking_queue.go:178:14: make([]string, 0) escapes to heap
./gen_blocking_queue.go:183:13: ... argument does not escape
./gen_blocking_queue.go:183:13: v escapes to heap
./gen_blocking_queue.go:183:13: ok escapes to heap
./gen_blocking_queue.go:183:35: (*atomic.Int64).Load(reg.reads) escapes to heap
./gen_blocking_queue.go:183:35: keys escapes to heap
