# command-line-arguments
./gen_errors.go:35:6: can inline Must[go.shape.int_0]
./gen_errors.go:35:6: can inline Must[go.shape.string_0]
./gen_errors.go:75:12: inlining call to sync.(*Mutex).Lock
./gen_errors.go:85:6: can inline (*Group[go.shape.int_0]).Wait
./gen_errors.go:95:13: inlining call to fmt.Println
./gen_errors.go:98:13: inlining call to fmt.Println
./gen_errors.go:100:14: inlining call to fmt.Println
./gen_errors.go:103:13: inlining call to fmt.Println
./gen_errors.go:104:27: inlining call to errors.Unwrap
./gen_errors.go:104:13: inlining call to fmt.Println
./gen_errors.go:106:13: inlining call to fmt.Println
./gen_errors.go:123:13: inlining call to fmt.Println
./gen_errors.go:125:13: inlining call to fmt.Println
./gen_errors.go:138:11: inlining call to sort.Ints
./gen_errors.go:143:14: inlining call to sort.Strings
./gen_errors.go:144:13: inlining call to fmt.Println
./gen_errors.go:145:12: inlining call to fmt.Printf
./gen_errors.go:112:15: inlining call to fmt.Println
./gen_errors.go:119:33: inlining call to strconv.Itoa
./gen_errors.go:121:35: inlining call to strconv.Itoa
./gen_errors.go:124:21: can inline main.func3
./gen_errors.go:130:8: can inline main.func4
./gen_errors.go:20:6: can inline (*NotFound[go.shape.string_0]).Error
./gen_errors.go:20:6: can inline (*NotFound[go.shape.int_0]).Error
./gen_errors.go:30:23: ... argument does not escape
./gen_errors.go:30:35: s.name escapes to heap
./gen_errors.go:30:42: &NotFound[go.shape.string_0]{...} escapes to heap
./gen_errors.go:30:23: ... argument does not escape
./gen_errors.go:30:35: s.name escapes to heap
./gen_errors.go:30:42: &NotFound[go.shape.int_0]{...} escapes to heap
./gen_errors.go:44:9: func literal does not escape
./gen_errors.go:45:10: func literal does not escape
./gen_errors.go:47:35: ... argument does not escape
./gen_errors.go:47:36: i escapes to heap
./gen_errors.go:55:33: ... argument does not escape
./gen_errors.go:55:34: i escapes to heap
./gen_errors.go:44:9: func literal does not escape
./gen_errors.go:45:10: func literal does not escape
./gen_errors.go:47:35: ... argument does not escape
./gen_errors.go:47:36: i escapes to heap
./gen_errors.go:55:33: ... argument does not escape
./gen_errors.go:55:34: i escapes to heap
./gen_errors.go:72:5: func literal escapes to heap
./gen_errors.go:96:6: moved to heap: nfs
./gen_errors.go:97:6: moved to heap: nfi
./gen_errors.go:127:6: moved to heap: g
./gen_errors.go:111:8: moved to heap: target
./gen_errors.go:91:11: &Store[string,int]{...} does not escape
./gen_errors.go:91:45: map[string]int{...} escapes to heap
./gen_errors.go:92:11: &Store[int,string]{...} does not escape
./gen_errors.go:92:45: map[int]string{...} escapes to heap
./gen_errors.go:95:13: ... argument does not escape
./gen_errors.go:98:13: ... argument does not escape
./gen_errors.go:98:23: errors.As(err, &nfs) escapes to heap
./gen_errors.go:98:45: errors.As(err, &nfi) escapes to heap
./gen_errors.go:100:14: ... argument does not escape
./gen_errors.go:100:15: "missing user:" escapes to heap
./gen_errors.go:100:35: nfs.Key escapes to heap
./gen_errors.go:103:13: ... argument does not escape
./gen_errors.go:103:28: errors.As(err, &nfi) escapes to heap
./gen_errors.go:103:44: nfi.Key escapes to heap
./gen_errors.go:104:13: ... argument does not escape
./gen_errors.go:104:33: (~R0) == error(nfi) escapes to heap
./gen_errors.go:106:13: ... argument does not escape
./gen_errors.go:106:18: (<node FUNCINST>)((*Store[go.shape.string_0,go.shape.int_1]).Get(&.dict.(*Store[string,int]).Get, users, "ann")) escapes to heap
./gen_errors.go:106:42: (<node FUNCINST>)(strconv.Atoi("12")) escapes to heap
./gen_errors.go:107:2: func literal does not escape
./gen_errors.go:108:9: func literal does not escape
./gen_errors.go:112:15: ... argument does not escape
./gen_errors.go:112:16: "recovered:" escapes to heap
./gen_errors.go:112:42: errors.As(err, &target) escapes to heap
./gen_errors.go:117:21: func literal does not escape
./gen_errors.go:119:33: "flaky " + ~R0 escapes to heap
./gen_errors.go:119:19: "flaky " + ~R0 escapes to heap
./gen_errors.go:121:21: "done at " + ~R0 escapes to heap
./gen_errors.go:123:13: ... argument does not escape
./gen_errors.go:123:13: v escapes to heap
./gen_errors.go:123:13: log escapes to heap
./gen_errors.go:124:21: func literal does not escape
./gen_errors.go:124:51: []int{} does not escape
./gen_errors.go:125:13: ... argument does not escape
./gen_errors.go:125:13: n escapes to heap
./gen_errors.go:125:13: log escapes to heap
./gen_errors.go:130:8: func literal escapes to heap
./gen_errors.go:132:15: &NotFound[int]{...} escapes to heap
./gen_errors.go:138:11: sort.Interface(sort.IntSlice(sort.x)) escapes to heap
./gen_errors.go:139:14: make([]string, len(errs)) escapes to heap
./gen_errors.go:143:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
./gen_errors.go:144:13: ... argument does not escape
./gen_errors.go:144:13: res escapes to heap
./gen_errors.go:144:13: msgs escapes to heap
./gen_errors.go:145:12: ... argument does not escape
./gen_errors.go:20:58: ... argument does not escape
./gen_errors.go:20:80: unsafe.Pointer(e.Key) escapes to heap
./gen_errors.go:20:58: ... argument does not escape
./gen_errors.go:20:80: unsafe.Pointer(e.Key) escapes to heap
