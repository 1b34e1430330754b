# command-line-arguments
./gen_blocking_queue.go:24:6: can inline NewBlockingQueue[go.shape.struct { From int; Payload []int }_0]
./gen_blocking_queue.go:26:27: inlining call to sync.NewCond
./gen_blocking_queue.go:27:26: inlining call to sync.NewCond
./gen_blocking_queue.go:32:11: inlining call to sync.(*Mutex).Lock
./gen_blocking_queue.go:46:11: inlining call to sync.(*Mutex).Lock
./gen_blocking_queue.go:63:11: inlining call to sync.(*Mutex).Lock
./gen_blocking_queue.go:65:13: inlining call to sync.(*Mutex).Unlock
./gen_blocking_queue.go:82:11: inlining call to sync.(*Once).Do
./gen_blocking_queue.go:82:12: can inline (*Lazy[go.shape.map[string]int_0]).Get.func1
./gen_blocking_queue.go:102:13: inlining call to atomic.(*Int64).Add
./gen_blocking_queue.go:103:12: inlining call to sync.(*RWMutex).RLock
./gen_blocking_queue.go:110:35: inlining call to NewBlockingQueue[go.shape.struct { From int; Payload []int }_0]
./gen_blocking_queue.go:110:35: inlining call to sync.NewCond
./gen_blocking_queue.go:110:35: inlining call to sync.NewCond
./gen_blocking_queue.go:143:13: inlining call to fmt.Println
./gen_blocking_queue.go:144:13: inlining call to fmt.Println
./gen_blocking_queue.go:146:13: inlining call to fmt.Println
./gen_blocking_queue.go:147:12: inlining call to fmt.Printf
./gen_blocking_queue.go:164:29: inlining call to atomic.(*Int64).Load
./gen_blocking_queue.go:164:13: inlining call to fmt.Println
./gen_blocking_queue.go:182:14: inlining call to sort.Strings
./gen_blocking_queue.go:183:35: inlining call to atomic.(*Int64).Load
./gen_blocking_queue.go:183:13: inlining call to fmt.Println
./gen_blocking_queue.go:133:12: inlining call to sync.(*Mutex).Lock
./gen_blocking_queue.go:136:14: inlining call to sync.(*Mutex).Unlock
./gen_blocking_queue.go:150:36: can inline main.func3
./gen_blocking_queue.go:160:11: inlining call to atomic.(*Int64).Add
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
./gen_blocking_queue.go:110:35: &BlockingQueue[go.shape.struct { From int; Payload []int }_0]{...} escapes to heap
./gen_blocking_queue.go:110:35: &sync.Cond{...} escapes to heap
./gen_blocking_queue.go:110:35: &sync.Cond{...} escapes to heap
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
./gen_blocking_queue.go:164:29: ~R0 escapes to heap
./gen_blocking_queue.go:167:24: []string{...} escapes to heap
./gen_blocking_queue.go:168:23: []string{...} escapes to heap
./gen_blocking_queue.go:171:6: func literal escapes to heap
./gen_blocking_queue.go:173:20: []string{...} does not escape
./gen_blocking_queue.go:178:14: make([]string, 0) escapes to heap
./gen_blocking_queue.go:182:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
./gen_blocking_queue.go:183:13: ... argument does not escape
./gen_blocking_queue.go:183:13: v escapes to heap
./gen_blocking_queue.go:183:13: ok escapes to heap
./gen_blocking_queue.go:183:35: ~R0 escapes to heap
./gen_blocking_queue.go:183:35: keys escapes to heap
./gen_blocking_queue.go:25:7: &BlockingQueue[go.shape.struct { From int; Payload []int }_0]{...} escapes to heap
./gen_blocking_queue.go:26:27: &sync.Cond{...} escapes to heap
./gen_blocking_queue.go:27:26: &sync.Cond{...} escapes to heap
