# command-line-arguments
./gen_sort_iface.go:116:37: devirtualizing bi.Len to By[int]
./gen_sort_iface.go:29:14: leaking param: a
./gen_sort_iface.go:29:17: leaking param: b
./gen_sort_iface.go:29:9: func literal escapes to heap
./gen_sort_iface.go:42:14: leaking param: a
./gen_sort_iface.go:42:17: leaking param: b
./gen_sort_iface.go:42:9: func literal escapes to heap
./gen_sort_iface.go:29:14: leaking param: a
./gen_sort_iface.go:29:17: leaking param: b
./gen_sort_iface.go:29:9: func literal escapes to heap
./gen_sort_iface.go:50:48: leaking param: a
./gen_sort_iface.go:50:51: leaking param: b
./gen_sort_iface.go:50:43: func literal escapes to heap
./gen_sort_iface.go:23:71: unsafe.Pointer(By[go.shape.struct { main.name string; main.country string; main.pop int }_0]{...}) escapes to heap
./gen_sort_iface.go:52:56: leaking param: a
./gen_sort_iface.go:52:59: leaking param: b
./gen_sort_iface.go:52:51: func literal escapes to heap
./gen_sort_iface.go:24:73: unsafe.Pointer(By[go.shape.string_0]{...}) escapes to heap
./gen_sort_iface.go:23:71: unsafe.Pointer(By[go.shape.string_0]{...}) escapes to heap
./gen_sort_iface.go:29:14: leaking param: a
./gen_sort_iface.go:29:17: leaking param: b
./gen_sort_iface.go:29:9: func literal escapes to heap
./gen_sort_iface.go:52:56: leaking param: a
./gen_sort_iface.go:52:59: leaking param: b
./gen_sort_iface.go:52:51: func literal escapes to heap
./gen_sort_iface.go:23:71: unsafe.Pointer(By[go.shape.float64_0]{...}) escapes to heap
./gen_sort_iface.go:87:31: leaking param: c to result ~r0 level=0
./gen_sort_iface.go:87:84: c does not escape
./gen_sort_iface.go:96:23: a does not escape
./gen_sort_iface.go:96:26: b does not escape
./gen_sort_iface.go:98:25: leaking param: s to result ~r0 level=0
./gen_sort_iface.go:100:51: leaking param: s to result ~r0 level=0
./gen_sort_iface.go:101:53: leaking param: s to result ~r0 level=0
./gen_sort_iface.go:109:32: c does not escape
./gen_sort_iface.go:111:31: c does not escape
./gen_sort_iface.go:83:18: []city{...} escapes to heap
./gen_sort_iface.go:87:26: func literal escapes to heap
./gen_sort_iface.go:87:79: func literal escapes to heap
./gen_sort_iface.go:90:12: ... argument does not escape
./gen_sort_iface.go:90:14: c.country escapes to heap
./gen_sort_iface.go:90:24: "/" escapes to heap
./gen_sort_iface.go:90:30: c.name escapes to heap
./gen_sort_iface.go:90:37: " " escapes to heap
./gen_sort_iface.go:93:13: ... argument does not escape
./gen_sort_iface.go:93:27: sort.IsSorted(By[main.city]{...}) escapes to heap
./gen_sort_iface.go:93:36: By[main.city]{...} escapes to heap
./gen_sort_iface.go:96:18: func literal escapes to heap
./gen_sort_iface.go:97:13: ... argument does not escape
./gen_sort_iface.go:97:13: words escapes to heap
./gen_sort_iface.go:98:20: func literal escapes to heap
./gen_sort_iface.go:99:13: ... argument does not escape
./gen_sort_iface.go:99:13: words escapes to heap
./gen_sort_iface.go:100:46: func literal escapes to heap
./gen_sort_iface.go:101:48: func literal escapes to heap
./gen_sort_iface.go:102:13: ... argument does not escape
./gen_sort_iface.go:102:13: i escapes to heap
./gen_sort_iface.go:102:13: found escapes to heap
./gen_sort_iface.go:102:13: j escapes to heap
./gen_sort_iface.go:102:13: found2 escapes to heap
./gen_sort_iface.go:104:19: []float64{...} escapes to heap
./gen_sort_iface.go:105:15: func literal escapes to heap
./gen_sort_iface.go:106:30: func literal does not escape
./gen_sort_iface.go:107:13: ... argument does not escape
./gen_sort_iface.go:107:13: nums escapes to heap
./gen_sort_iface.go:107:13: k escapes to heap
./gen_sort_iface.go:109:27: func literal does not escape
./gen_sort_iface.go:110:13: ... argument does not escape
./gen_sort_iface.go:110:17: big.name escapes to heap
./gen_sort_iface.go:110:17: ok escapes to heap
./gen_sort_iface.go:111:22: []city{} does not escape
./gen_sort_iface.go:111:26: func literal does not escape
./gen_sort_iface.go:112:13: ... argument does not escape
./gen_sort_iface.go:112:13: ok escapes to heap
./gen_sort_iface.go:114:83: By[int]{...} escapes to heap
./gen_sort_iface.go:114:39: []int{...} escapes to heap
./gen_sort_iface.go:114:50: func literal escapes to heap
./gen_sort_iface.go:116:13: ... argument does not escape
./gen_sort_iface.go:116:26: bi.(By[int]).xs escapes to heap
./gen_sort_iface.go:116:37: By[int].Len(bi.(By[int])) escapes to heap
./gen_sort_iface.go:117:12: ... argument does not escape
./gen_sort_iface.go:21:55: By[go.shape.struct { main.name string; main.country string; main.pop int }_0].Swap ignoring self-assignment in b.xs[i], b.xs[j] = b.xs[j], b.xs[i]
./gen_sort_iface.go:21:55: By[go.shape.struct { main.name string; main.country string; main.pop int }_0].Swap ignoring self-assignment in b.xs[i], b.xs[j] = b.xs[j], b.xs[i]
./gen_sort_iface.go:42:14: leaking param: a
./gen_sort_iface.go:42:17: leaking param: b
./gen_sort_iface.go:42:9: func literal escapes to heap
./gen_sort_iface.go:50:48: leaking param: a
./gen_sort_iface.go:50:51: leaking param: b
./gen_sort_iface.go:50:43: func literal escapes to heap
./gen_sort_iface.go:21:55: By[go.shape.int_0].Swap ignoring self-assignment in b.xs[i], b.xs[j] = b.xs[j], b.xs[i]
./gen_sort_iface.go:21:55: By[go.shape.int_0].Swap ignoring self-assignment in b.xs[i], b.xs[j] = b.xs[j], b.xs[i]
./gen_sort_iface.go:21:55: By[go.shape.string_0].Swap ignoring self-assignment in b.xs[i], b.xs[j] = b.xs[j], b.xs[i]
./gen_sort_iface.go:21:55: By[go.shape.string_0].Swap ignoring self-assignment in b.xs[i], b.xs[j] = b.xs[j], b.xs[i]
./gen_sort_iface.go:21:55: By[go.shape.float64_0].Swap ignoring self-assignment in b.xs[i], b.xs[j] = b.xs[j], b.xs[i]
./gen_sort_iface.go:21:55: By[go.shape.float64_0].Swap ignoring self-assignment in b.xs[i], b.xs[j] = b.xs[j], b.xs[i]
