# command-line-arguments
./gen_pool.go:20:9: &Pool[go.shape.[]uint8_0]{...} escapes to heap
./gen_pool.go:28:10: (*Pool[go.shape.[]uint8_0]).Get ignoring self-assignment in p.free = p.free[:n - 1]
./gen_pool.go:35:12: new(go.shape.[]uint8_0) escapes to heap
./gen_pool.go:20:9: &Pool[go.shape.struct { main.x float64; main.y float64; main.z float64 }_0]{...} escapes to heap
./gen_pool.go:28:10: (*Pool[go.shape.struct { main.x float64; main.y float64; main.z float64 }_0]).Get ignoring self-assignment in p.free = p.free[:n - 1]
./gen_pool.go:35:12: new(go.shape.struct { main.x float64; main.y float64; main.z float64 }_0) escapes to heap
./gen_pool.go:61:35: make([]go.shape.struct { main.key int; main.left *main.tnode; main.right *main.tnode }_0, chunkSize) escapes to heap
./gen_pool.go:85:11: (*Arena[go.shape.struct { main.key int; main.left *main.tnode; main.right *main.tnode }_0]).Reset ignoring self-assignment in a.chunks = a.chunks[:0]
./gen_pool.go:92:8: &TypedPool[go.shape.*uint8_0]{} escapes to heap
./gen_pool.go:93:13: func literal escapes to heap
./gen_pool.go:20:9: &Pool[go.shape.[8]int_0]{...} escapes to heap
./gen_pool.go:28:10: (*Pool[go.shape.[8]int_0]).Get ignoring self-assignment in p.free = p.free[:n - 1]
./gen_pool.go:35:12: new(go.shape.[8]int_0) escapes to heap
./gen_pool.go:109:24: main.func2 ignoring self-assignment in *b = (*b)[:0]
./gen_pool.go:109:8: b does not escape
./gen_pool.go:155:14: leaking param content: n
./gen_pool.go:108:35: moved to heap: b
./gen_pool.go:108:18: func literal escapes to heap
./gen_pool.go:108:44: make([]byte, 0, 16) escapes to heap
./gen_pool.go:109:3: func literal escapes to heap
./gen_pool.go:114:13: ... argument does not escape
./gen_pool.go:114:20: string(*b1) escapes to heap
./gen_pool.go:114:20: string(*b1) escapes to heap
./gen_pool.go:114:33: string(*b2) escapes to heap
./gen_pool.go:114:33: string(*b2) escapes to heap
./gen_pool.go:118:13: ... argument does not escape
./gen_pool.go:118:17: b3 == b2 escapes to heap
./gen_pool.go:118:27: len(*b3) escapes to heap
./gen_pool.go:118:37: cap(*b3) escapes to heap
./gen_pool.go:134:13: ... argument does not escape
./gen_pool.go:136:12: ... argument does not escape
./gen_pool.go:136:22: *v escapes to heap
./gen_pool.go:140:12: func literal does not escape
./gen_pool.go:151:25: []int{...} does not escape
./gen_pool.go:155:9: func literal does not escape
./gen_pool.go:159:21: ... argument does not escape
./gen_pool.go:159:40: walk(n.left, depth + 1) escapes to heap
./gen_pool.go:159:60: n.key escapes to heap
./gen_pool.go:159:70: walk(n.right, depth + 1) escapes to heap
./gen_pool.go:161:13: ... argument does not escape
./gen_pool.go:161:18: walk(root, 0) escapes to heap
./gen_pool.go:162:13: ... argument does not escape
./gen_pool.go:162:14: "arena" escapes to heap
./gen_pool.go:162:29: (*Arena[go.shape.struct { main.key int; main.left *main.tnode; main.right *main.tnode }_0]).Len(&.dict.(*Arena[main.tnode]).Len, ar) escapes to heap
./gen_pool.go:162:36: len(ar.chunks) escapes to heap
./gen_pool.go:164:13: ... argument does not escape
./gen_pool.go:164:14: "after reset" escapes to heap
./gen_pool.go:164:35: (*Arena[go.shape.struct { main.key int; main.left *main.tnode; main.right *main.tnode }_0]).Len(&.dict.(*Arena[main.tnode]).Len, ar) escapes to heap
./gen_pool.go:164:54: cap(ar.chunks) >= 3 escapes to heap
./gen_pool.go:166:13: ... argument does not escape
./gen_pool.go:166:15: p.key escapes to heap
./gen_pool.go:166:28: p.left == nil escapes to heap
./gen_pool.go:166:42: (*Arena[go.shape.struct { main.key int; main.left *main.tnode; main.right *main.tnode }_0]).Len(&.dict.(*Arena[main.tnode]).Len, ar) escapes to heap
./gen_pool.go:168:21: func literal escapes to heap
./gen_pool.go:168:43: &vec3{...} escapes to heap
./gen_pool.go:170:12: ... argument does not escape
./gen_pool.go:170:22: *w escapes to heap
./gen_pool.go:172:12: ... argument does not escape
./gen_pool.go:178:13: ... argument does not escape
./gen_pool.go:178:14: *(*Pool[go.shape.[8]int_0]).Get(&.dict.(*Pool[[8]int]).Get, ints) escapes to heap
./gen_pool.go:49:20: ... argument does not escape
./gen_pool.go:49:48: p.gets escapes to heap
./gen_pool.go:49:56: p.new escapes to heap
./gen_pool.go:49:65: len(p.free) escapes to heap
./gen_pool.go:49:20: ... argument does not escape
./gen_pool.go:49:48: p.gets escapes to heap
./gen_pool.go:49:56: p.new escapes to heap
./gen_pool.go:49:65: len(p.free) escapes to heap
./gen_pool.go:49:20: ... argument does not escape
./gen_pool.go:49:48: p.gets escapes to heap
./gen_pool.go:49:56: p.new escapes to heap
./gen_pool.go:49:65: len(p.free) escapes to heap
